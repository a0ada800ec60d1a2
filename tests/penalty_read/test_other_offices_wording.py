"""Referrals from offices that word their header, their narrative and their table their own way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.common.reading.row_runs import header_above, row_runs
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entries import CONTENT_ONLY, ENTRY_NUMBER
from bots.penalty_notice.extract_header import INFERRED
from bots.penalty_notice.extract_header_values import disclosure_of
from tests.penalty_read.drawn import draw_referral

NARRATIVE = [
    "Review of the entry documents shows that Liberty Foods Co. declared the cotton knit shirts",
    "under a tariff provision carrying a lower rate of duty. The violation is assessed as",
    "negligent on the facts described below.",
]
ROW_X = (72.0, 150.0, 270.0, 330.0, 420.0, 500.0)


def header(*lines: str) -> list[str]:
    return ["U.S. Customs and Border Protection", "PENALTY CASE REFERRAL", *lines]


def test_the_header_wordings_other_offices_print_are_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *header("SEACATS No.: 2026-2709-100283-01", "Alleged Violator: Liberty Foods Co.",
                "Address of Record: 4816 Main St, Newark, NJ 07105", "IOR Number: 42-2804065",
                "Violation Dt.: Sept. 29, 2023", "Culpability Level: NEGLIGENCE",
                "Prior Disclosure Filed: No", "DV: USD 1,060,565.00",
                "Total Entered Value: 623,861.71", "Merchandise: cotton knit shirts."),
        *NARRATIVE,
        "Entry No.  Entry Date  Liquidated?  Entered Value  Duty Paid  Duty Owed",
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.case_number, facts.party_name, facts.party_address) == (
        "2026-2709-100283-01", "Liberty Foods Co.", "4816 Main St, Newark, NJ 07105")
    assert (facts.violation_date, facts.prior_disclosure) == (date(2023, 9, 29), False)
    assert (facts.domestic_value, facts.dutiable_value) == (
        Decimal("1060565.00"), Decimal("623861.71"))


def test_a_bare_importer_label_names_the_party_and_a_status_label_gives_the_disclosure(
    tmp_path: Path,
) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *header("Case #: 2026-1601-100541-01", "Importer: Ironwood Components Inc.",
                "Date Violation Occurred: 2022-12-23", "Culpability: Fraud",
                "Prior Disclosure Status: Y", "Date of First Violation: 2022-12-23"),
        *NARRATIVE,
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.party_name, facts.prior_disclosure) == ("Ironwood Components Inc.", True)
    assert facts.violation_date == date(2022, 12, 23)


def test_a_disclosure_answered_in_words_is_read_both_ways() -> None:
    assert disclosure_of("Prior disclosure perfected") is True
    assert disclosure_of("Valid prior disclosure filed (19 CFR 162.74)") is True
    assert disclosure_of("Yes - tendered") is True
    assert disclosure_of("Not filed") is False
    assert disclosure_of("No prior disclosure") is False
    assert disclosure_of("Pending review") is None


def test_a_narrative_with_no_heading_states_the_violation_and_its_kind(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *header("Case Number: 2026-2704-100014-01", "Culpability: Negligence"), *NARRATIVE,
        "Recommend that a penalty case be opened and the appropriate notice issued.",
    ])
    extraction = extract_penalty(pdf)
    assert extraction.facts.violation_type == "classification"
    facts = extraction.facts.material_facts
    assert facts is not None and facts.startswith("Review of the entry documents shows")
    assert facts.endswith("on the facts described below.")
    assert extraction.fields["material_facts"].confidence == INFERRED


def test_a_paragraph_that_reports_no_act_is_not_taken_for_the_statement(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *header("Case Number: 2026-2704-100014-01", "Culpability: Negligence"),
        "This office reviewed the tariff classification files of the port for the period.",
        "Recommend that a penalty case be opened and the appropriate notice issued.",
    ])
    assert extract_penalty(pdf).facts.material_facts is None


def test_an_aligned_table_with_amounts_wrapped_onto_the_next_line_is_read_row_by_row(
    tmp_path: Path,
) -> None:
    def row(*texts: str) -> list[tuple[float, str]]:
        return [(x, t) for x, t in zip(ROW_X, texts, strict=False) if t]

    pdf = draw_referral(tmp_path / "memo.pdf", [
        # The narrative assesses the violation as negligent: the label says the same (a label
        # of another degree would be two degrees, for a person).
        *header("Case Number: 2026-2704-100014-01", "Culpability: Negligence"),
        *NARRATIVE, "Entries",
        row("Entry #", "Entry Dt.", "Status", "Entered Value (USD)", "Duty Deposited"),
        row("", "Correct Duty"),
        row("987-3850252-9", "Wednesday, March 15, 2023", "Yes", "$ 304,795.55",
            "$ 7,619.89 $"),
        row("51,510.45"),
        row("ABC-4338193-0", "Saturday, March 30, 2024", "No", "$ 77,961.01", "$ 0.00     $"),
        row("12,083.96"),
        "Recommend that a penalty case be opened and the appropriate notice issued.",
    ])
    extraction = extract_penalty(pdf)
    first, second = extraction.facts.entries
    assert (first.entry_date, first.liquidated, first.entered_value) == (
        date(2023, 3, 15), True, Decimal("304795.55"))
    assert (first.duty_paid, first.duty_owed) == (Decimal("7619.89"), Decimal("51510.45"))
    assert (second.liquidated, second.duty_paid, second.duty_owed) == (
        False, Decimal("0.00"), Decimal("12083.96"))
    assert extraction.fields["entries[0].duty_owed"].confidence == CONTENT_ONLY
    assert extraction.facts.doubts == ()


def test_a_broken_row_types_its_values_and_keeps_a_dates_figures_out_of_the_money() -> None:
    text = ("Entry # Entry Dt. Status Value Duty Paid\nDuty Owed\n"
            "987-3850252-9 March 15, 2023 Yes $ 304,795.55 $ 7,619.89 $\n51,510.45\n"
            "Recommend that a penalty case be opened.")
    (run,) = row_runs(text, ENTRY_NUMBER)
    assert [d.value for d in run.dates] == [date(2023, 3, 15)]
    assert [a.value for a in run.amounts] == [
        Decimal("304795.55"), Decimal("7619.89"), Decimal("51510.45")]
    assert [w.value for w in run.words] == ["Yes"]
    assert header_above(text, ENTRY_NUMBER) == [
        "Entry # Entry Dt. Status Value Duty Paid", "Duty Owed"]


def test_a_one_row_table_under_a_title_that_names_a_loss_is_read(tmp_path: Path) -> None:
    # As Word printed it: tab stops too narrow, so the date runs under "Liq. Status", the
    # mark under "Value", and two header words touch ("DepositedDuties").
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *header("Case Number: 2026-2704-100014-01", "Culpability: Fraud"),
        *NARRATIVE, "Loss of Duties by Entry",
        [(72.0, "Entry Number"), (176.0, "Date of Entry"), (248.0, "Liq. Status"),
         (310.0, "Value"), (385.0, "Duties"), (414.0, "DepositedDuties"), (486.0, "Lawfully")],
        "Owed",
        [(72.0, "DEF-4983822-9"), (176.0, "Saturday, March 2, 2024"), (310.0, "Yes"),
         (385.0, "74,298.11"), (457.0, "0.00"), (504.0, "2,228.94")],
        "Recommend that a penalty case be opened and the appropriate notice issued.",
    ])
    (entry,) = extract_penalty(pdf).facts.entries
    assert (entry.entry_number, entry.entry_date, entry.liquidated) == (
        "DEF-4983822-9", date(2024, 3, 2), True)
    assert (entry.entered_value, entry.duty_paid, entry.duty_owed) == (
        Decimal("74298.11"), Decimal("0.00"), Decimal("2228.94"))


@pytest.mark.parametrize(
    ("name", "party", "address", "domestic"),
    [("penalty_001_fpdf_neg", "D'Arcy Garden Supply Company",
      "1407 Greenway Drive, Raleigh, NC 27603", Decimal("125999.00")),
     ("penalty_010_gs_fraud-pd-nolod", "McAllister & Roe Trading Co.",
      "75 Front Street, Portland, ME 04101", Decimal("231850.00"))],
)
def test_a_case_exports_padded_labels_give_their_values_without_the_colon(
        name: str, party: str, address: str, domestic: Decimal) -> None:
    # "SUBJECT                 : <party>", "ADDR.", "IMPORTER", "DV": the blind family's export.
    facts = extract_penalty(Path(__file__).parent / "blind" / f"{name}.pdf").facts
    assert (facts.party_name, facts.party_address, facts.domestic_value) == (
        party, address, domestic)


def test_a_bare_dutiable_label_gives_the_dutiable_value(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "Case No.: 2025-1001-397473-01", "Party: Sunridge Lighting Corporation",
        "Address: 9100 Commerce Parkway, Mesa, AZ 85210", "Date of violation: 04/03/2023",
        "Culpability: negligence", "Total domestic value: $106079.00", "Dutiable: $66299.00"])
    assert extract_penalty(pdf).facts.dutiable_value == Decimal("66299.00")

"""Referral cues of senders in general (issue 13, round 4): numbered label lines, a "DV" with dot
leaders, a sentence wrapped so a line opens with "prior disclosure", a disclosure told then named
with its statute, a "voluntary (prior) disclosure ... received", and a text table whose header
sits over a typed rule and whose last row is followed by the letter's closing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

ROW = [(60.0, "285-8497759-0"), (140.0, "10/02/2023"), (210.0, "N"), (250.0, "$107,729.39"),
       (330.0, "$4,309.18"), (410.0, "$11,850.24")]
HEADER = [(60.0, "Entry Number"), (140.0, "Entered"), (210.0, "Liq."), (250.0, "Value"),
          (330.0, "Duty Paid"), (410.0, "Duty Owed")]
NEGLIGENCE = "The evidence supports negligence."


def memo(*lines: str | list[tuple[float, str]]) -> list[str | list[tuple[float, str]]]:
    return ["MEMORANDUM", "SUBJECT: Referral for penalty action - Case No. 2025-4601-158187-01",
            *lines]


def test_numbered_label_lines_are_read_as_labels(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", memo(
        "1. Case No.: 2025-4601-158187-01", "2. Name of party: Acme Widgets, Inc.",
        "3. Mailing address: 12 Elm Street, Dayton, OH 45402",
        "4. Date of first violation: October 2, 2023", "5. Culpability: negligence",
        "6. Domestic value: USD 417,319.00", "7. Dutiable: 107729.39", HEADER, ROW))
    facts = extract_penalty(pdf).facts
    assert facts.party_name == "Acme Widgets, Inc."
    assert facts.party_address == "12 Elm Street, Dayton, OH 45402"
    assert facts.violation_date == date(2023, 10, 2)
    assert facts.dutiable_value == Decimal("107729.39")


def test_a_dv_label_with_dot_leaders_is_the_domestic_value(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", memo(
        "PARTY...........: Acme Widgets, Inc.", "DV..............: USD 417,319.00",
        NEGLIGENCE, HEADER, ROW))
    assert extract_penalty(pdf).facts.domestic_value == Decimal("417319.00")


@pytest.mark.parametrize(("lines", "made"), [
    (["FP&F recommends that the violation be charged as negligence. No",
      "prior disclosure was made."], False),
    (["Before any investigation, the importer told CBP of the false statements in",
      "writing and tendered the duties (prior disclosure under 19 U.S.C. 1592(c)(4))."], True),
    (["VOLUNTARY (PRIOR) DISCLOSURE UNDER 162.74 RECEIVED APRIL 27, 2024."], True),
])
def test_the_prior_disclosure_is_read_however_the_sentence_falls(tmp_path: Path,
                                                                 lines: list[str],
                                                                 made: bool) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", memo(
        "Party: Acme Widgets, Inc.", NEGLIGENCE, *lines, HEADER, ROW,
        "The domestic value of the merchandise is $417,319.00."))
    assert extract_penalty(pdf).facts.prior_disclosure is made


def test_a_text_table_under_a_typed_rule_ends_at_the_closing(tmp_path: Path) -> None:
    # The liquidation date printed before the entry date: only the header tells them apart.
    header = [(60.0, "Entry Number"), (140.0, "Liquidated"), (210.0, "Entered"),
              (280.0, "Value"), (350.0, "Duty Paid"), (420.0, "Duty Owed")]
    row = [(60.0, "285-8497759-0"), (140.0, "03/05/2024"), (210.0, "10/02/2023"),
           (280.0, "$107,729.39"), (350.0, "$4,309.18"), (420.0, "$11,850.24")]
    pdf = draw_referral(tmp_path / "r.pdf", memo(
        "Party: Acme Widgets, Inc.", NEGLIGENCE, "DV: USD 417,319.00", header, "-" * 90, row,
        "Thanks,", "Marcus D. Whitlock"))
    extraction = extract_penalty(pdf)
    [entry] = extraction.facts.entries
    assert entry.entry_date == date(2023, 10, 2)
    assert entry.liquidated is True
    assert "Thanks" not in str(extraction.fields["entries[0].entry_number"].evidence)


def test_a_case_exports_padded_labels_are_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", memo(
        "IMPORTER................: Acme Widgets, Inc.", "EIN/IOR.................: 31-1234567",
        "DUTIABLE................: USD 107,729.39", NEGLIGENCE, "DV: USD 417,319.00", HEADER, ROW))
    facts = extract_penalty(pdf).facts
    assert facts.party_name == "Acme Widgets, Inc."
    assert facts.importer_number == "31-1234567"
    assert facts.dutiable_value == Decimal("107729.39")


def test_a_header_over_a_typed_rule_not_understood_leaves_the_columns_to_their_contents(
        tmp_path: Path) -> None:
    header = [(60.0, "ENTRY"), (140.0, "ENT DATE"), (210.0, "LIQ"), (250.0, "VALUE USD"),
              (330.0, "DUTY PD"), (410.0, "DUTY DUE")]
    pdf = draw_referral(tmp_path / "r.pdf", memo(
        "Party: Acme Widgets, Inc.", NEGLIGENCE, "DV: USD 417,319.00", header, "-" * 90, ROW))
    [entry] = extract_penalty(pdf).facts.entries
    assert entry.entry_date == date(2023, 10, 2)
    assert entry.duty_paid == Decimal("4309.18")
    assert entry.duty_owed == Decimal("11850.24")

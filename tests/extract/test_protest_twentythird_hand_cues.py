"""Round 18 (issue 13), twentythird hand: CBP's receipt named by its filing (filing is receipt,
19 CFR 174.12(f)) on a labelled line or over its value, and a protest lodged against a decision
on a petition (171.22, 172.22) whose argument argues the merits of a 1514(a) decision."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_fields import LABELLED, PROSE
from bots.protest_intake.rules.validity import check_protestable
from tests.penalty_read.drawn import Line, draw_referral

_ENTRY = [[(72.0, "Entry Number"), (250.0, "Date of Entry"), (400.0, "Date of Liquidation")],
          [(72.0, "BDF-0475591-8"), (250.0, "2024-06-29"), (400.0, "05/26/2025")]]
_ARGUMENT = ["The goods were entered under the subheading that describes them by name; CBP's",
             "change at liquidation rests on a reading of the heading that the Explanatory Notes",
             "do not support, and the merchandise is correctly classified as entered."]


def _read(path: Path, lines: Sequence[Line]) -> tuple[date | None, float | None]:
    framed = ["Protest under 19 U.S.C. 1514", "Printed by filer software 2025-09-30", *lines,
              *_ENTRY, "The importer protests the classification of the merchandise.", *_ARGUMENT]
    read = extract_protest(draw_referral(path, framed, font_size=10))
    item = read.fields.get("received_date")
    return read.facts.received_date, item.confidence if item else None


@pytest.mark.parametrize(("line", "confidence"), [
    ("Protest Filed / Received by CBP: 3/7/2025", LABELLED),
    ("Filed with CBP on: March 7, 2025", LABELLED),
    ("Receipt date (CBP use): 7 March 2025", LABELLED),
    ("Date received / filed: 2025-03-07", LABELLED),
    # Filing is receipt (174.12(f)), but a bare "filed" may be a mailed letter's sending date.
    ("Date filed: 03/07/2025", PROSE),
    ("Filing date (ACE): Mar. 7, 2025", PROSE),
    ("Date of filing: 2025-03-07", PROSE),
])
def test_the_receipt_named_by_its_filing_on_a_labelled_line_is_read(
        tmp_path: Path, line: str, confidence: float) -> None:
    # Before: only "Received:" opening a line or a RECEIVED stamp gave the receipt date.
    assert _read(tmp_path / "r.pdf", [line]) == (date(2025, 3, 7), confidence)


@pytest.mark.parametrize("lines", [["Filed by: Marta Oyelaran, 2025-03-07"],
                                   ["Status: FILED 2025-03-07"],
                                   ["Earlier protest: 1001-25-100234", "Date filed: 2025-01-15"]])
def test_who_filed_a_status_or_an_earlier_protest_s_filing_is_no_receipt_date(
        tmp_path: Path, lines: list[str]) -> None:
    assert _read(tmp_path / "n.pdf", lines) == (None, None)


def test_a_filing_date_caption_over_its_value_is_the_receipt(tmp_path: Path) -> None:
    # Before: "Date filed" was no caption, so the date under it went unread.
    assert _read(tmp_path / "s.pdf", ["Protestant: Cedar Hollow Supply Company", "Date filed",
                                      "September 2, 2025"])[0] == date(2025, 9, 2)


@pytest.mark.parametrize("lodging", [
    ["The importer protests the decision dated July 16, 2025 on its petition for relief under 19",
     "CFR Part 171 in penalty case 2025-8301-838832-01, which denied mitigation of the penalty."],
    ["We, the undersigned importer, contest the denial of our petition for mitigation of the",
     "penalty in case 2025-3901-000123-01, as follows:"],
    ["Protestant challenges CBP's decision on its petition for relief from liquidated damages",
     "under 19 CFR Part 172 (case 2025-1001-000456-01)."],
])
def test_a_protest_of_a_petition_decision_argued_on_the_merits_is_invalid(
        tmp_path: Path, lodging: list[str]) -> None:
    # Before: the argument's "subheading" made the decision "classification" and the lodging
    # sentence that named the petition was left out of the objection: accepted, confidently.
    pdf = draw_referral(tmp_path / "p.pdf", [
        "Port Director, Port of Chicago (Port Code 3901)", "Received by CBP: 2025-02-07",
        "Protestant: Lakeshore Lighting Imports, Inc., importer no. 66-8605274", *lodging,
        *_ENTRY, "Goods: Glazed stoneware dinner plates", *_ARGUMENT,
        "Sincerely,", "/s/ Dolores M. Vantreese", "Dolores M. Vantreese"], font_size=10)
    facts = extract_protest(pdf).facts
    assert facts.category is None
    assert "invalid" in [f.outcome for f in check_protestable(facts)]


def test_a_classification_protest_that_mentions_a_penalty_keeps_its_decision(
        tmp_path: Path) -> None:
    # The lodging sentence names a 1514(a) decision: a penalty spoken of later does not undo it.
    pdf = draw_referral(tmp_path / "c.pdf", [
        "Port Director, Port of Chicago (Port Code 3901)", "Received by CBP: 2025-02-07",
        "The importer protests the classification of the merchandise at liquidation, on which",
        "a penalty notice was later based.", *_ENTRY, "Goods: Glazed stoneware dinner plates",
        *_ARGUMENT], font_size=10)
    assert extract_protest(pdf).facts.category == "classification"


@pytest.mark.parametrize("rows", [
    ["01 ECI-7541208-0 Ent. Dt. 2024-03-09", "Port 1001 Liq. Dt. 2024-12-04"],
    ["01 ECI-7541208-0 Liq. Dt. 2024-12-04", "Port 1001 Ent. Dt. 2024-03-09"],
    ["Entry ECI-7541208-0, Ent. Dt. 03/09/2024, Liq. Dt. 12/04/2024"],
    ["Entry No. ECI-7541208-0 (Ent. Dt. 03/09/2024; Liqd. 12/04/2024)"],
])
def test_an_abbreviation_s_period_does_not_end_an_entry_s_line(
        tmp_path: Path, rows: list[str]) -> None:
    # Before: "Ent." ended the sentence, so the entry kept neither of its dates.
    pdf = draw_referral(tmp_path / "e.pdf", [
        "ACE PROTEST MODULE - PROTEST SUMMARY PRINTOUT", "Port of Entry: 1001 (New York/Newark)",
        "Entries Protested", "Ln Entry No. Dates", *rows, "Category: CLASSIFICATION",
        "The importer protests the classification of the merchandise."], font_size=10)
    entries = extract_protest(pdf).facts.entries
    assert [(e.entry_date, e.liquidation_date) for e in entries] == [
        (date(2024, 3, 9), date(2024, 12, 4))]


@pytest.mark.parametrize(("box", "category"), [
    ("Decision protested: Denial of petition for mitigation of penalty (19 CFR Part 171)", None),
    ("Decision protested: Penalty petition decision, case 2025-3901-000123-01", None),
    ("Decision protested: Classification of the merchandise", "classification"),
])
def test_a_decision_box_naming_a_petition_outweighs_an_argued_decision(
        tmp_path: Path, box: str, category: str | None) -> None:
    # Before: the argument's "subheading" gave "classification" though the box named the
    # petition's decision, and the protest went to a person instead of being invalid.
    pdf = draw_referral(tmp_path / "b.pdf", [
        "Protest under 19 U.S.C. 1514", "Port Director, Port of Chicago (Port Code 3901)",
        "Protestant: Lakeshore Lighting Imports, Inc.", *_ENTRY,
        "Goods: Glazed stoneware dinner plates", box, "Grounds:", *_ARGUMENT], font_size=10)
    facts = extract_protest(pdf).facts
    assert facts.category == category
    assert ("invalid" in [f.outcome for f in check_protestable(facts)]) is (category is None)

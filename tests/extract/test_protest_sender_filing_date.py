"""The sender's own "Date of filing" on its particulars is the day it sent the protest, not
CBP's receipt: filing is receipt by CBP (19 CFR 174.12(f)), so the receipt date given for the
document (--received, the day the office stored it) wins over it. A receipt CBP printed (a
"Date received by CBP" line, a RECEIVED stamp) still wins over the date given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.contract import extract_json
from tests.extract.test_protest_decision_cues import _letter_pdf


def _form(path: Path, dated: list[str]) -> Path:
    return _letter_pdf(path, [
        "PROTEST - CONTINUATION FORM",
        "19 U.S.C. 1514 / 19 CFR Part 174",
        "Port code: 5201 (Miami)",
        "Importer No.: 92-9676235",
        "Protesting party: Saltmarsh Ceramics Co.",
        "Address: 501 Canal Street, Unit 12, Doral, FL 33178",
        *dated,
        "Entry No. CF8-3299716-1, entered April 27, 2024, liquidated January 27, 2025",
        "Description of merchandise: Children's plastic building block sets, 250 pieces",
        "Decision protested: the classification of the merchandise.",
        "Grounds: the sets are toys of heading 9503, HTSUS, not articles of plastics of",
        "heading 3926, because they are designed for the amusement of children.",
        "No drawback claim has been or will be filed on these entries.",
        "Further review is not requested.",
        "/s/ Naomi Achterberg",
    ])


def _received(path: Path, given: date | None) -> str:
    read = extract_json(path, received=given, today=date(2025, 3, 1))
    return str(read["values"]["received_date"])


@pytest.mark.parametrize("dated", [
    ["Date of filing: February 20, 2025"],  # as the fortieth hand wrote it
    ["Filing date: 02/20/2025"],
    ["Date filed", "2025-02-20"],
])
def test_the_date_given_beats_the_senders_filing_date(tmp_path: Path, dated: list[str]) -> None:
    # Before: the sender's date was read as CBP's receipt, at a label's confidence, and the
    # receipt date given three days later was never used: wrong clocks, confidently.
    pdf = _form(tmp_path / "f.pdf", dated)
    assert _received(pdf, date(2025, 2, 23)) == "2025-02-23"
    assert _received(pdf, None) == "2025-02-20"  # no receipt given: the filing date serves


def test_a_receipt_cbp_printed_beats_the_date_given(tmp_path: Path) -> None:
    pdf = _form(tmp_path / "r.pdf", ["Date received by CBP: February 21, 2025"])
    assert _received(pdf, date(2025, 2, 23)) == "2025-02-21"

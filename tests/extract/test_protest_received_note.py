"""A clerk's receipt note typed without a colon ("Received by CBP on Sept. 2, 2025") or captioned
"Date stamp" gives the received date (19 CFR 174.12(f): filing is receipt); a sentence that
merely opens with "Received on" does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_BODY = [
    "Port Director, U.S. Customs and Border Protection, Port of Los Angeles (2704)",
    "Protestant: Blue Heron Outdoor Gear, Inc., 1420 Industrial Parkway, Tacoma, WA 98421",
    "This protest is filed under 19 U.S.C. 1514.",
    "The merchandise consists of folding aluminum camp chairs.",
    "Entry No.         Entry Date   Liquidation",
    "H8A-2085585-8     12/01/2024   08/03/2025",
    "CBP liquidated the entry under subheading 9401.71.0011, HTSUS, and the chairs are",
    "properly classified under subheading 9401.81.5500, HTSUS, under GRI 1.",
    "Sincerely,", "Kenneth J. Abernathy", "Licensed Customs Broker",
]


@pytest.mark.parametrize("note", [
    "Received by CBP on September 2, 2025",
    "Received at the port on 2 September 2025.",
    "Received 09/02/2025 by CBP LAX",
    "Receipt date 02-Sep-2025",
    "CBP date stamp: 09/02/2025",
    "Date stamped: 09/02/2025",
], ids=["by-cbp-on", "at-the-port", "date-first", "receipt-date", "date-stamp", "date-stamped"])
def test_a_receipt_note_without_a_colon_gives_the_received_date(tmp_path: Path, note: str) -> None:
    # Before: None for each (the clerk's date then stood in for the stamp's).
    facts = extract_protest(_letter_pdf(tmp_path / "l.pdf", [note, *_BODY])).facts
    assert facts.received_date == date(2025, 9, 2)


@pytest.mark.parametrize("line", [
    "Received on August 3, 2025, the notice of liquidation showed a higher rate of duty for the"
    " chairs.",
    "Received from: Acme Logistics, 09/02/2025",
    "Filed with CBP on September 2, 2025 by counsel for the importer and its surety",
], ids=["sentence", "received-from", "filed-by"])
def test_a_sentence_about_a_receipt_is_no_receipt_note(tmp_path: Path, line: str) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "l.pdf", [line, *_BODY])).facts
    assert facts.received_date is None

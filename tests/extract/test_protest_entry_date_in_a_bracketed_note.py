"""Counsel's letter names the entry with one of its dates and leaves the other to a note,
marked in brackets in the entry's sentence or right after its stop ("... which CBP liquidated
as shown in the footnote. [1]") and printed at the foot of the page ("[1] Liquidated
10/29/2024 (bulletin notice)."). The date the sentence lacks is read from the note its mark
points to; a note that gives no date of that kind leaves it unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "BALLANTYNE THIBODEAUX LLP",
    "1200 Seventeenth Street NW, Suite 800, Washington, DC 20036",
    "Port Director, Port of Miami (5201)",
    "Re: Protest",
    "We submit this protest for our client Northgate Housewares, Inc. under 19 U.S.C. 1514.",
    "Protestant's address is 7228 Market Street, Suite 925, Elizabeth, NJ 07201.",
    "Protestant's importer number is 47-5251516.",
    "I. The Entry",
]
_TAIL = [
    "II. Merchandise",
    "Description of merchandise: Ceramic stoneware dinner plates, 10.5 inch, glazed",
    "III. Objection",
    "CBP classified the plates under subheading 6912.00.3500; they are properly classified",
    "under subheading 6912.00.4810, HTSUS, by GRI 1.",
    "Respectfully submitted,",
    "/s/ Harriet A. Okafor",
]
# (the entry's lines, the note at the foot, the entry and liquidation dates read)
_NOTED = [
    # As the twenty-second hand wrote it.
    (["The protest covers entry number FGB-1056373-9, made on 12/09/2023, which CBP",
      "liquidated as shown in the footnote. [1]"],
     ["[1] Liquidated 10/29/2024 (bulletin notice)."], ("2023-12-09", "2024-10-29")),
    (["Entry FGB-1056373-9 was liquidated on 10/29/2024; its date of entry is given",
      "in note [2] below."],
     ["[2] Date of entry: December 9, 2023."], ("2023-12-09", "2024-10-29")),
    (["The entry, FGB-1056373-9 of 12/09/2023, was liquidated [*] at a higher rate."],
     ["[*] Liquidation posted to the bulletin on October 29, 2024."],
     ("2023-12-09", "2024-10-29")),
]


@pytest.mark.parametrize(("entry", "note", "dates"), _NOTED)
def test_the_date_left_to_a_bracketed_note_is_read_there(
        tmp_path: Path, entry: list[str], note: list[str], dates: tuple[str, str]) -> None:
    # Before: the note's mark was looked for only right after the number, with no date in the
    # sentence; the date the sentence left to the note stayed unread.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *entry, *_TAIL, *note])).facts
    read = facts.entries[0]
    assert (str(read.entry_date), str(read.liquidation_date)) == dates


def test_a_note_without_the_dates_kind_leaves_it_unread(tmp_path: Path) -> None:
    entry = ["The protest covers entry number FGB-1056373-9, made on 12/09/2023, which CBP",
             "liquidated as shown in the footnote. [1]"]
    note = ["[1] The bulletin notice of 10/29/2024 is enclosed."]
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *entry, *_TAIL, *note])).facts
    assert facts.entries[0].liquidation_date is None

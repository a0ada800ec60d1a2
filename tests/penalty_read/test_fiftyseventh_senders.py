"""A case chronology, a case review meeting's minutes and a ledger card with captions under the
lines (issue 13, round 37: the fifty-seventh hand).

- Minutes give the violation a date in the passive: "The violation is dated 15 January 2025",
  "the violation was fixed at ...", "is taken as of ...". Unread, the limitations date went
  missing (19 U.S.C. 1621 runs from it) and the case went to a person.
- A chronology names the goods only as what they were entered as: "Entry X filed; goods declared
  as LED lamps at a lower rate of duty". Unread, 162.77(b)(1)(i) sent it to a person. The same act
  with no goods after it ("declared as duty-free", "entered as originating in ...") names none.
- A meeting's "Action" section ("The chair will have the case drafted ...") says nothing of the
  importation's use or of a disclosure, so it leaves neither absence open; a section under any
  heading that speaks of the goods' use ("homes", "its own shops") still does.
- A ledger card's captions under their values in type two points smaller (11 over 9 pt), and a
  row whose address cell wraps its ZIP code to a second line, pushing the captions down.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.rules.laws import check_notice_contents
from tests.penalty_read.drawn import draw_referral

_HEAD = ["MINUTES - PENALTY CASE REVIEW MEETING",
         "Item 1. Case 2025-2704-637921-01",
         "The meeting reviewed the referral concerning Sunfield Garden Products Co., 455 Orchard",
         "Boulevard, Fresno, CA 93721, importer number 75-2392785. The audit found that the party",
         "declared steel wire rope under a lower-rated subheading."]
_AGREED = ["After discussion the meeting agreed that the evidence supports negligence as the",
           "level of culpability.",
           "No prior disclosure was made.",
           "Item 2. Entries reviewed",
           "Entry Number    Date of Entry    Liquidated?    Value    Duty Deposited    Duty Owed",
           "ABC-9684425-5    15 January 2025    No    86,886.52    4,344.32    11,348.98",
           "Domestic value of the merchandise: 187,623.00.",
           "Dutiable value of the merchandise: 117,264.00."]

DATED = [
    "The violation is dated 15 January 2025.",
    "The violation was dated 01/15/2025 by the auditors.",
    "The violation of 19 U.S.C. 1592 is taken as of January 15, 2025.",
    "For the limitations period the violation has been fixed at 2025-01-15.",
    "The violations are deemed as of 15-JAN-2025.",
]


@pytest.mark.parametrize("sentence", DATED)
def test_the_date_given_to_the_violation_is_its_date(tmp_path: Path, sentence: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "m.pdf", [*_HEAD, sentence, *_AGREED]))
    assert reading.facts.violation_date == date(2025, 1, 15)


_CHRONOLOGY = ["PENALTY REFERRAL - CASE CHRONOLOGY",
               "Case number: 2025-2704-328247-01",
               "Party: Westbrook Ceramic Tile Corp. Importer number: 88-3306152",
               "Address: 88 Clay Pit Road, El Paso, TX 79907",
               "Culpability found: negligence",
               "Chronology",
               "Date Event",
               "01/16/2025 Date of the violation (first false statement).",
               "{event}",
               "08/20/2025 Audit report forwarded to Fines, Penalties and Forfeitures.",
               "No prior disclosure was made.",
               "Entry No.  Entry Date  Liq. Status  Entered Value  Duty Paid  Duty Owed",
               "DE4-5170356-0  01/16/2025  Liquidated  11,994.83  599.74  15,310.98",
               "Domestic value of the merchandise: 59,107.00."]

DECLARED_AS = [
    ("01/16/2025 Entry DE4-5170356-0 filed; goods declared as LED lamps at a lower rate of duty.",
     "LED lamps"),
    ("01/16/2025 Entry DE4-5170356-0 filed: the merchandise was falsely described as cotton bath "
     "towels under a lower-rated subheading.", "cotton bath towels"),
    ("01/16/2025 Entry DE4-5170356-0 filed, products invoiced as folding camp chairs at a "
     "reduced price.", "folding camp chairs"),
]


@pytest.mark.parametrize(("event", "goods"), DECLARED_AS)
def test_the_goods_named_by_what_they_were_declared_as(
        tmp_path: Path, event: str, goods: str) -> None:
    lines = [line.format(event=event) for line in _CHRONOLOGY]
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert reading.facts.merchandise == goods
    assert not any("description of the merchandise" in f.message
                   for f in check_notice_contents(reading.facts))


@pytest.mark.parametrize("event", [
    "01/16/2025 Entry DE4-5170356-0 filed; goods declared as duty-free under a program.",
    "01/16/2025 Entry DE4-5170356-0 filed; goods entered as originating in Vietnam.",
    "01/16/2025 Entry DE4-5170356-0 filed; goods declared as the same at a lower rate.",
])
def test_a_state_declared_names_no_goods(tmp_path: Path, event: str) -> None:
    lines = [line.format(event=event) for line in _CHRONOLOGY]
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert reading.facts.merchandise is None


_DATED = "The violation occurred on 15 January 2025."


@pytest.mark.parametrize(("heading", "text"), [
    ("Action", "The chair will have the case drafted for the notice the law requires."),
    ("Next steps", "The officer is to prepare the notice and circulate it to the members."),
    ("Follow-up", "Counsel will review the draft before it goes out to the party named above."),
])
def test_a_section_that_tells_what_is_to_be_done_leaves_no_absence_open(
        tmp_path: Path, heading: str, text: str) -> None:
    lines = [*_HEAD, _DATED, *_AGREED, heading, text, "Minutes taken by Y. Takahashi."]
    reading = extract_penalty(draw_referral(tmp_path / "m.pdf", lines))
    assert reading.facts.noncommercial is False
    assert not any("noncommercial" in doubt or "prior disclosure" in doubt
                   for doubt in reading.facts.doubts)


@pytest.mark.parametrize(("heading", "text"), [
    ("Action", "The chair noted that the lamps went on to the homes of the members."),
    ("Other matters", "The party says the goods were kept back for its own shops."),
])
def test_a_section_that_may_state_either_still_leaves_it_open(
        tmp_path: Path, heading: str, text: str) -> None:
    lines = [*_HEAD, _DATED, *_AGREED, heading, text, "Minutes taken by Y. Takahashi."]
    reading = extract_penalty(draw_referral(tmp_path / "m.pdf", lines))
    assert any(f"under '{heading}'" in doubt for doubt in reading.facts.doubts)


def _ledger_card(path: Path, name: str, address: list[str], big: float = 11,
                 small: float = 9) -> Path:
    """A ledger card: each row of values in BIG type over its captions in SMALL; the address
    cell may wrap onto a second line."""
    canvas = Canvas(str(path), pagesize=letter)
    y = letter[1] - 72

    # (a value's line stands 1.8 of its size over its captions, which stand 1.6 over the next)
    def row(size: float, texts: list[tuple[float, str]], down: float = 1.8 * big) -> None:
        nonlocal y
        canvas.setFont("Helvetica", size)
        for x, text in texts:
            canvas.drawString(x, y, text)
        y -= down

    row(11, [(200, "1592 CASE LEDGER CARD")], 24)
    row(big, [(72, "2025-1001-703538-01"), (256, "43-8476811"), (392, "14 December 2024")])
    row(small, [(72, "CASE NUMBER"), (256, "IMPORTER NUMBER"), (392, "DATE OF VIOLATION")],
        1.6 * big)
    row(big, [(72, name), (300, address[0])], 1.2 * big if address[1:] else 1.8 * big)
    for index, more in enumerate(address[1:], 2):
        row(big, [(300, more)], 1.2 * big if index < len(address) else 1.8 * big)
    row(small, [(72, "PARTY NAME"), (300, "ADDRESS")], 1.6 * big)
    row(11, [(72, "NEGLIGENCE"), (200, "NO"), (320, "COMMERCIAL"), (430, "USD 153,618.00")])
    row(9, [(72, "CULPABILITY"), (200, "PRIOR DISCLOSURE"), (320, "IMPORTATION"),
            (430, "DOMESTIC VALUE")], 24)
    row(10, [(72, "Entry #"), (160, "Entered"), (240, "Status"), (300, "Value"),
             (380, "Deposited"), (460, "Lawful duty")], 14)
    row(10, [(72, "B7G-8521485-2"), (160, "14-DEC-2024"), (240, "LIQ"), (300, "86,099.37"),
             (380, "2,582.98"), (460, "9,582.98")], 14)
    row(10, [(72, "Goods declared as glass lenses at a lower rate of duty.")])
    canvas.save()
    return path


@pytest.mark.parametrize(("address", "joined", "sizes"), [
    # Captions in type a fifth smaller, under 2 points apart in all (10 over 8.2 pt).
    (["88 Clay Pit Road, El Paso, TX 79907"], "88 Clay Pit Road, El Paso, TX 79907", (10, 8.2)),
    # The ZIP code wrapped under the state: the captions stand a line lower.
    (["2250 Canyon Park Drive, Boise, ID", "83704"], "2250 Canyon Park Drive, Boise, ID 83704",
     (11, 9)),
    (["40 Foundry Street, Suite 3, Lowell, MA", "01852-1201"],
     "40 Foundry Street, Suite 3, Lowell, MA 01852-1201", (10.5, 8.5)),
])
def test_a_party_captioned_under_its_value_in_smaller_type(
        tmp_path: Path, address: list[str], joined: str, sizes: tuple[float, float]) -> None:
    reading = extract_penalty(_ledger_card(tmp_path / "l.pdf", "Kestrel Ridge Optics Corp.",
                                           address, *sizes))
    assert reading.facts.party_name == "Kestrel Ridge Optics Corp."
    assert reading.facts.party_address == joined

"""Synthetic documents that ask yes/no questions the ways real senders print and answer them:
a Form 19 replica, a protest letter with a questionnaire, a penalty worksheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

Line = list[tuple[float, str]]
Drawing = Callable[[Canvas], None]

FORM_HEAD: list[str] = [
    "DEPARTMENT OF HOMELAND SECURITY - U.S. Customs and Border Protection",
    "PROTEST (CBP Form 19)",
    "Protest Number: 4601-25-100321",
    "Date received: 08/01/2025",
    "Port code: 4601",
    "Importer number: 31-1234567",
    "Name and address of protestant: Acme Widgets, Inc.",
    "Address of protestant: 12 Elm Street, Dayton, OH 45402",
    "Entry number         Entry date        Liquidation date",
    "EH2-4108452-2        01/10/2025        06/02/2025",
    "Description of merchandise: Aluminum bicycle frames, model NG-54",
    "Decision protested: Classification",
    "Nature of and justification for the objection: The frames belong in 8714.91.3000",
    "under GRI 1; the port's 8714.91.9000 covers goods of another material.",
]
FORM_TAIL = ["Name of person signing: Ann Lee", "Signature: /s/ Ann Lee"]
LETTER_HEAD = [
    "Acme Widgets, Inc.", "12 Elm Street", "Dayton, OH 45402", "August 1, 2025",
    "Port Director, U.S. Customs and Border Protection, Port of Newark (4601)",
    "Re: Protest of the liquidation of entry EH2-4108452-2",
    "Acme Widgets, Inc. (importer number 31-1234567) protests the classification of entry",
    "EH2-4108452-2, entered on January 10, 2025 and liquidated on June 2, 2025.",
]
LETTER_TAIL = ["Sincerely,", "Ann Lee", "President"]
WORKSHEET_HEAD = [
    "PENALTY CASE WORKSHEET - 19 U.S.C. 1592",
    "U.S. Customs and Border Protection - Port of Detroit (3801)",
    "Case No.: 2024-3801-495334-01",
    "Violator: Sandpiper Swimwear Co.",
    "Address: 1600 N.W. 7th Avenue, Miami, FL 33136",
    "Importer No.: 26-4299626",
    "Violation date: 06/14/2021",
    "Culpability: GROSS NEGLIGENCE",
    "Domestic value: $270,794",
]
WORKSHEET_TAIL = [
    "Nature of violation: The goods were declared as parts under a duty-free subheading although",
    "they were complete articles dutiable at a higher rate. Merchandise: laminated glass panels.",
    "Entries involved",
    "Entry Number          Entry Date      Liq. Status     Entered Value     Duties Deposited     "
    "Duties Owed",
    "5HA-5357040-1         06/14/2021      Liquidated      $45,570.76        $1,777.26            "
    "$13,169.96",
    "5HA-7053438-0         06/22/2021      Liquidated      $29,777.16        $1,161.31            "
    "$8,605.60",
    "Prepared by: Marcus T. Washington, Import Specialist",
]
TOP = 780.0  # the first line's baseline
STEP = 18.0  # points between baselines


def question_baseline(head: Sequence[str], index: int) -> float:
    """Where the INDEX-th question line after HEAD stands (reportlab's y, from the bottom)."""
    return TOP - STEP * (len(head) + index)


def document(path: Path, head: Sequence[str], questions: Sequence[Line], tail: Sequence[str],
             drawings: Sequence[Drawing] = (), font: tuple[str, int] = ("Helvetica", 10)) -> Path:
    """HEAD's lines, then each question line (text placed at x), then TAIL, then DRAWINGS."""
    canvas = Canvas(str(path))
    canvas.setFont(*font)
    y = TOP
    for text in head:
        canvas.drawString(72, y, text)
        y -= STEP
    for line in questions:
        for x, text in line:
            canvas.drawString(x, y, text)
        y -= STEP
    for text in tail:
        canvas.drawString(72, y, text)
        y -= STEP
    for drawing in drawings:
        drawing(canvas)
    canvas.save()
    return path


def ring(x: float, y: float, width: float) -> Drawing:
    """An ellipse drawn round a word of WIDTH at baseline Y: a circled answer."""
    return lambda c: c.ellipse(x - 5, y - 5, x + width + 5, y + 12, stroke=1, fill=0)


def frame(x: float, y: float, width: float) -> Drawing:
    """A rectangle drawn round a word: an answer boxed by hand or by a highlighter's frame."""
    return lambda c: c.rect(x - 3, y - 4, width + 6, 15, stroke=1, fill=0)


def radio(x: float, y: float, chosen: bool) -> Drawing:
    """A radio button drawn as a ring, filled with a dot when chosen."""
    def draw(canvas: Canvas) -> None:
        canvas.circle(x, y + 3.5, 5, stroke=1, fill=0)
        if chosen:
            canvas.circle(x, y + 3.5, 2.5, stroke=0, fill=1)
    return draw


def check_box(x: float, y: float, ticked: bool) -> Drawing:
    """A square check box, crossed when ticked."""
    def draw(canvas: Canvas) -> None:
        canvas.rect(x, y - 2, 10, 10, stroke=1, fill=0)
        if ticked:
            canvas.line(x + 1, y - 1, x + 9, y + 7)
            canvas.line(x + 1, y + 7, x + 9, y - 1)
    return draw

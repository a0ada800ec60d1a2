"""The referral's yes/no questions as a worksheet or questionnaire asks them ("Prior disclosure
filed? N/A", "Commercial importation (Y/N): Y"), answered any way a sender answers
(bots/common/reading/questions.py), and what each answer means under the rules.

A prior disclosure (19 CFR 162.74) changes the proposed penalty (19 U.S.C. 1592(c)(4)), and a
noncommercial importation the notice (19 CFR 162.77(c)): only a Yes or a No settles either, so
boxes left blank or both ticked go to a person with the reason. An N/A to the disclosure question
is a No: a disclosure is the violator's own act, made in writing to CBP (162.74(a)), which a
referral records when there was one; "not applicable" says there is none to apply, as a referral
that does not mention one does. An N/A on whether an importation was commercial says neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.answers import Answer
from bots.common.reading.drawn_answers import answer_shapes
from bots.common.reading.questions import Answered, answered_question, on_same_line, unusable
from bots.common.reading.tick_boxes import drawn_boxes
from bots.penalty_notice.extract_entries import ENTRY_NUMBER, EntryRow
from bots.penalty_notice.extract_header import LABELLED
from tradebots.facts import Extracted
from tradebots.pdf import PdfDocument, Segment
from tradebots.pdf.words import evidence_of

# Each question, and whether a Yes to it is the contract's True.
_QUESTIONS = (
    ("prior_disclosure", re.compile(r"(?i)prior\s+disclosure|\bPD\b"), True),
    ("noncommercial", re.compile(r"(?i)\bnon[\s-]*commercial\b"), True),
    ("noncommercial", re.compile(r"(?i)(?<![\w-])commercial\s+(?:importation|shipment|entry"
                                 r"|use|goods|merchandise)|\bimportation\s+commercial\b"
                                 r"|\bcommercial\s*\?"), False),
)
# Questions an N/A answers No, read a little below a plain No.
_NOT_APPLICABLE_IS_NO = {"prior_disclosure"}
NOT_APPLICABLE_NO = 0.85
_LAW = {"prior_disclosure": "a prior disclosure (19 CFR 162.74) changes the penalty",
        "noncommercial": "a noncommercial importation takes no pre-penalty notice (162.77(c))"}


def settle_answers(document: PdfDocument, lines: Sequence[Sequence[Segment]],
                   labelled: dict[str, Extracted], prose: dict[str, Extracted]) -> tuple[str, ...]:
    """Answer each question the referral asks: its Yes or No stands for the label and prose
    readers' reading of that very line; an answer the rules cannot use drops those readings and
    returns, as a doubt for a person, why. Another cue elsewhere is left to agree or not."""
    boxes, shapes = drawn_boxes(document), answer_shapes(document)
    doubts: list[str] = []
    done: set[str] = set()
    for key, question, yes_is_true in _QUESTIONS:
        found = answered_question(lines, question, boxes, shapes)
        if found is None or found.blank or key in done:
            continue
        done.add(key)
        evidence = evidence_of(found.words)
        if found.answer is Answer.UNANSWERED and key in labelled:
            continue  # a drawn box's reader saw a mark this reader did not
        for readings in (labelled, prose):
            if key in readings and on_same_line(readings[key].evidence, evidence):
                del readings[key]
        if found.answer in (Answer.YES, Answer.NO):
            labelled[key] = Extracted((found.answer is Answer.YES) == yes_is_true, evidence,
                                      LABELLED)
        elif found.answer is Answer.NOT_APPLICABLE and key in _NOT_APPLICABLE_IS_NO:
            labelled[key] = Extracted(not yes_is_true, evidence, NOT_APPLICABLE_NO)
        else:
            doubts.append(_why(key, found))
    return tuple(doubts)


# A referral-wide question on liquidation: "Entries liquidated?", "Have the entries been
# liquidated? Y/N". A line naming an entry asks about that entry alone.
_LIQUIDATED = re.compile(r"(?i)\bentr(?:y|ies)\b[^?]{0,40}?\bliquidated\b|^\W*liquidated\b")


def with_liquidation_answered(document: PdfDocument, lines: Sequence[Sequence[Segment]],
                              rows: list[EntryRow]) -> list[EntryRow]:
    """Rows whose liquidation is unread take the Yes or No of the referral's one question on
    liquidation (it decides actual against potential loss, 162.71(a)); a question asked more than
    once, or answered otherwise, leaves them unread for a person."""
    if all("liquidated" in row.values for row in rows):
        return rows
    # An entry's own line is set aside (left blank, so the line under a question stays under it).
    kept = [[] if any(ENTRY_NUMBER.search(s.text) for s in line) else line for line in lines]
    asked = [line for line in kept if _LIQUIDATED.search(" ".join(s.text for s in line))]
    found = answered_question(kept, _LIQUIDATED, drawn_boxes(document), answer_shapes(document))
    if len(asked) != 1 or found is None or found.answer not in (Answer.YES, Answer.NO):
        return rows
    mark = Extracted(found.answer is Answer.YES, evidence_of(found.words), LABELLED)
    return [row if "liquidated" in row.values
            else EntryRow(row.number, {**row.values, "liquidated": mark}) for row in rows]


def _why(key: str, found: Answered) -> str:
    return f"{unusable(found)}; {_LAW[key]}: a person reads the answer."

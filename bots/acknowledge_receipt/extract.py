"""Read a letter's sender (under its closing), its subject (the Re: line) and its date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bots.acknowledge_receipt.model import LetterFacts
from tradebots.facts import Extracted
from tradebots.pdf import Segment, evidence_of, find_dates, open_pdf

_CLOSING = re.compile(r"(?i)^(sincerely|respectfully(\s+submitted)?|very truly yours|yours "
                      r"(truly|faithfully|sincerely)|(kind |best )?regards),?$")
_SIGNED = re.compile(r"^(/s/|by:)\s*", re.IGNORECASE)
_SUBJECT = re.compile(r"(?i)^(re|subject)\s*:\s*")
# How sure the reader is of a value by where it stood: a signed name under a closing is the
# sender; a Re: line is the subject; the first date on the page is the letter's date.
SURE = {"sender_name": 0.9, "subject": 0.9, "letter_date": 0.8}


@dataclass(frozen=True)
class LetterReading:
    """The letter's facts and where each was read."""

    sha256: str
    pages: int
    facts: LetterFacts
    fields: dict[str, Extracted] = field(default_factory=dict)


def read_letter(path: Path) -> LetterReading:
    """Read the letter at PATH (UnusablePdf when it cannot be read)."""
    with open_pdf(path) as document:
        lines = _lines(document.all_segments)
        fields: dict[str, Extracted] = {}
        sender = _sender(lines)
        if sender is not None:
            fields["sender_name"] = Extracted(_SIGNED.sub("", _text(sender)).strip(),
                                              evidence_of(sender.words), SURE["sender_name"])
        subject = next((line for line in lines if _SUBJECT.match(_text(line))), None)
        if subject is not None:
            fields["subject"] = Extracted(_SUBJECT.sub("", _text(subject)).strip(),
                                          evidence_of(subject.words), SURE["subject"])
        for line in lines:
            found = next(find_dates(_text(line)), None)
            if found is not None:
                fields["letter_date"] = Extracted(found.value, evidence_of(line.words),
                                                  SURE["letter_date"])
                break
        facts = LetterFacts(**{key: item.value for key, item in fields.items()})
        return LetterReading(document.sha256, document.page_count, facts, fields)


def _lines(segments: list[Segment]) -> list[Segment]:
    # A letter is read line by line: segments of one printed line are joined.
    lines: list[Segment] = []
    for segment in segments:
        last = lines[-1] if lines else None
        if last is not None and last.page == segment.page and \
                abs(last.words[0].top - segment.words[0].top) < 2:
            lines[-1] = Segment(last.words + segment.words)
        else:
            lines.append(segment)
    return lines


def _sender(lines: list[Segment]) -> Segment | None:
    closings = [i for i, line in enumerate(lines) if _CLOSING.match(_text(line))]
    if not closings:
        return None
    after = [line for line in lines[closings[-1] + 1:] if _text(line).strip("_ ")]
    return after[0] if after else None


def _text(line: Segment) -> str:
    return " ".join(word.text for word in line.words).strip()

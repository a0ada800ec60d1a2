"""A typed block of labelled lines set tight under each other ("Importer: X" / "Importer address:
Y" / "Port(s) of entry: Z"): each line is a field of its own, so the block is cut into one
paragraph a field and no value runs on into the next line's label."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import BULLET, Paragraph
from tradebots.pdf import Segment

# A line opening with a short caption and its colon: a capitalised word and at most four more
# ("Port(s) of entry:", "Importer No.:", "Number of items:"), then its value or the line's end.
CAPTIONED = re.compile(rf"\s*(?:{BULLET}\s+)?[A-Z][\w()/'.&-]*(?:[ \t]+[\w()/'.&-]+){{0,4}}"
                        r"[ \t]*:(?:[ \t]+\S|[ \t]*$)")
# Captioned lines, the first among them and at least half of all, make a block of fields; a
# prose paragraph whose wrapped line happens to open "States: ..." is none, and two captioned
# lines ("To: ..." / "Subject: ...") are a letter's heading, read as they stand.
_LEAST = 3
# A line ending on a word a sentence or a caption goes on after ("... Principal use in the
# United" / "States: sale through ..."): the next line continues it, whatever it opens with.
_RUNS_ON = re.compile(r"\b(?:United|of|the|in|and|or|for|to|by|a|an)[ \t]*$")
# A reference line heads what is set under it ("Re: ruling request" / "Importer: X" / "IOR No.
# ..."): those lines name the subject of the letter, not its own fields. So does an e-mail's or a
# fax cover's header ("From: / Date: / Subject:"): its date is the message's, not the request's.
_REFERENCE = re.compile(r"\s*(?:re|subject|subj|ref|reference|regarding|our\s+ref|from|to|cc|bcc|"
                        r"sent|attn|attention|fax|pages?)\s*:", re.I)


# A summary's "Subject" row ("Subject: marking" over "Port(s): ...", "Proposed HTS: ...") opens
# a block of the request's fields when no line under it is a message's header ("Date:", "To:").
_SUBJECT = re.compile(r"\s*subject\s*:", re.I)
_HEADER_LINE = re.compile(r"\s*(?:date|sent|from|to|cc|bcc|re|ref|fax|pages?|attn)\s*:", re.I)


def _subject_row(lines: list[Segment]) -> bool:
    return (_SUBJECT.match(lines[0].text) is not None and len(lines) > _LEAST
            and all(CAPTIONED.match(line.text) and not _HEADER_LINE.match(line.text)
                    for line in lines[1:]))


# A caption printed over its value, on a line of its own: a few capitalised words, no colon
# ("Importer Number", "PROPOSED HTS", "Date of Request").
CAPTION_OVER = re.compile(r"\s*[A-Z][\w()/'.&#-]*(?:[ \t]+(?:[A-Z(#][\w()/'.&#-]*|of|the|for|"
                           r"or|and|to|no\.?)){0,4}[ \t]*")


def split_label_lines(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each block of labelled lines cut before every line that opens a caption; a
    line without one (a value wrapped from the line above) stays with its field."""
    out: list[Paragraph] = []
    for paragraph in _stacked_fields(items):
        lines = paragraph.segments
        opens = [bool(CAPTIONED.match(line.text))
                 and not (at and _RUNS_ON.search(lines[at - 1].text))
                 for at, line in enumerate(lines)]
        if (type(paragraph) is not Paragraph or not opens[0] or sum(opens) < _LEAST
                or 2 * sum(opens) < len(lines)
                or (_REFERENCE.match(lines[0].text) and not _subject_row(lines))):
            out.append(paragraph)
            continue
        field: list[Segment] = []
        for line, opened in zip(lines, opens, strict=True):
            if opened and field:
                out.append(Paragraph(paragraph.page, field))
                field = []
            field.append(line)
        out.append(Paragraph(paragraph.page, field))
    return out


def _stacked_fields(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with a caption over its value ("Importer Number" / "33-0951276") cut from the
    "Label: value" line set tight under it: that line is the next field, not the value's."""
    out: list[Paragraph] = []
    for paragraph in items:
        lines = paragraph.segments
        if (type(paragraph) is Paragraph and len(lines) >= 3
                and CAPTION_OVER.fullmatch(lines[0].text) is not None
                and not CAPTIONED.match(lines[1].text) and CAPTIONED.match(lines[2].text)
                and not _REFERENCE.match(lines[2].text)):
            out.append(Paragraph(paragraph.page, lines[:2]))
            out.extend(_stacked_fields([Paragraph(paragraph.page, lines[2:])]))
            continue
        out.append(paragraph)
    return out

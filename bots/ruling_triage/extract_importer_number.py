"""The importer number (19 CFR 177.2(b)(1)): after its caption in a sentence or a line, in a
form's box, or bare in parentheses after the party's name."""

from __future__ import annotations

import re

from bots.customs.identifiers import parse_importer_number
from bots.ruling_triage.extract_text import LABELLED, PROSE, Fields, Paragraph, Span, labelled
from bots.ruling_triage.field_labels import LABELS, STOP

# The importer number is most often the IRS number: "(EIN 27-5925170)".
# "(IOR 39-8501641)" and "Its importer number is 36-3252661" as well as "Importer No.:".
# A key = value list or an export prints "Importer number = 36-3252661" or "IOR ID: ...".
_IMPORTER = re.compile(r"(?:(?:importer(?:\s+of\s+record)?|IOR|IRS)\s*(?:no\.?|number|#|ID)"
                       r"(?:\s+is)?|\b(?:F?EIN|IOR)\b(?:\s+is)?"
                       # the number's other names, run into a letterhead's or a block's line:
                       # "Federal Tax ID No.", "Employer Identification Number", "CBP-assigned
                       # number" (the last VERIFY form: a person checks it)
                       r"|\b(?:federal\s+|IRS\s+)?(?:tax(?:payer)?\s+ID(?:entification)?|employer\s+"
                       r"identification)(?:\s+(?:no\.?|number|#))?(?:\s+is)?"
                       r"|\bCBP[-\s]+assigned\s+(?:importer\s+)?(?:no\.?|number)(?:\s+is)?)\s*[:=]?\s*"
                       # OCR may set a space beside the hyphen: "IOR 95- 4900335", "95 -4900335".
                       r"(?P<n>[0-9](?:[0-9A-Z-]|[ \t](?=-[0-9])|(?<=-)[ \t](?=[0-9])){6,14})",
                       re.I)


def read_importer_number(items: list[Paragraph], fields: Fields) -> None:
    """The importer number, after its caption, in its box, or bare."""
    for paragraph in items:
        if match := _IMPORTER.search(paragraph.text):
            parsed = parse_importer_number(re.sub(r"[ \t]", "", match["n"]).rstrip("-"))
            if parsed is not None:
                fields.put_span("importer_number", parsed.normalized,
                                Span(paragraph, match.start("n"), match.end("n")), PROSE)
                break
    if "importer_number" not in fields.items:
        _importer_box(items, fields)
    if "importer_number" not in fields.items:
        _typed_on_the_blank(items, fields)
    if "importer_number" not in fields.items:
        _bare_number(items, fields)


# The IRS number in parentheses straight after a party's name, with no caption: "Bluefield
# Ceramics Corporation (72-6583027) will import"; the IRS form NN-NNNNNNN (and its two-character
# suffix) is not a phone's or an entry's. A weaker cue than a caption.
_BARE_EIN = re.compile(r"[A-Z][\w.&'-]*(?:[ ,]+[\w.&'-]+){0,8}\s+"
                       r"\((?P<n>\d{2}-\d{7}(?:[A-Z0-9]{2})?)\)")


def _bare_number(items: list[Paragraph], fields: Fields) -> None:
    for paragraph in items:
        if (match := _BARE_EIN.search(paragraph.text)) and (
                parsed := parse_importer_number(match["n"])):
            fields.put_span("importer_number", parsed.normalized,
                            Span(paragraph, match.start("n"), match.end("n")), PROSE - 0.1)
            return


def _importer_box(items: list[Paragraph], fields: Fields) -> None:
    """An importer-number caption alone ("IOR No.", "3. Importer number:") over or beside the
    box that holds the number."""
    box = labelled(items, LABELS["importer_number"], STOP)
    if box is None or not box.text.split():
        return
    first = box.text.split()[0].rstrip(".,;")
    parsed = parse_importer_number(first)
    if parsed is not None:
        start = box.start + box.text.index(first)
        fields.put_span("importer_number", parsed.normalized,
                        Span(box.paragraph, start, start + len(first)), LABELLED)


_SAME_LINE = 6.0  # points: a value typed on a form's blank stands a little off the caption's line


def _typed_on_the_blank(items: list[Paragraph], fields: Fields) -> None:
    """A form letter's caption ("importer number ____") with the number typed on the blank to its
    right in another font, read just before or after its caption (it sits a little off the line)."""
    caption = LABELS["importer_number"]
    for index, paragraph in enumerate(items):
        if not (match := caption.match(paragraph.text)) or paragraph.text[match.end():].strip():
            continue
        for typed in items[max(index - 1, 0):index] + items[index + 1:index + 2]:
            value = typed.text.strip()
            if (typed.page == paragraph.page and abs(typed.top - paragraph.top) <= _SAME_LINE
                    and typed.x0 > paragraph.x0 and len(value.split()) == 1
                    and (parsed := parse_importer_number(value.rstrip(".,;"))) is not None):
                start = typed.text.index(value)
                fields.put_span("importer_number", parsed.normalized,
                                Span(typed, start, start + len(value)), LABELLED - 0.1)
                return

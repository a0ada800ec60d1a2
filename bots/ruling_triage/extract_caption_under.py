"""A value printed on a rule with its caption under it ("38-2750914" / "Importer Number"): the
caption and its value are made one "caption over value" paragraph, as the labelled readers read
a box, whatever field the caption names."""

from __future__ import annotations

import re

from bots.ruling_triage.captions import is_caption
from bots.ruling_triage.extract_label_lines import CAPTION_OVER, CAPTIONED
from bots.ruling_triage.extract_text import Paragraph

_COLUMN = 6.0  # points: a caption starts under its value, give or take
# An answer under a question is no caption: "No.", "None", "N/A", "Yes".
_ANSWER = re.compile(r"(?:yes|no|none|n/?a|nil|unknown|not\s+applicable)\.?", re.I)
# The other fields a request captions (a signer's title under a name is none of them): the
# proposed tariff number, the ports, the subject, the goods.
_FIELD = re.compile(r"\b(?:HTS\w*|tariff|classification|ports?|entry|subject|ruling\s+type|"
                    r"type\s+of\s+ruling|nature\s+of\s+request|product|merchandise|goods|"
                    r"description)\b", re.I)
# A sentence ("The merchandise will be entered at the port of Miami (5201).") is the text of the
# section above a heading, never a value typed on a rule: a value there is a name, a number or a
# phrase without a verb.
_SENTENCE = re.compile(r"\b(?:will|shall|is|are|was|were|has|have|had)\b[^\n]*\.\s*$", re.I)
_GAP = 18.0  # points: at most a line and a half between the value's foot and the caption's head
_ROW = 2.0  # points: cells of one row share their top, give or take


def join_captions_under(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each one-line value that has a bare caption right under it (its own line or
    the next paragraph), and no caption over it, made one paragraph headed by that caption. A
    caption with a value of its own under it (a heading over its text) is left as it stands."""
    out: list[Paragraph] = []
    index = 0
    while index < len(items):
        paragraph = items[index]
        before = items[index - 1] if index > 0 else None
        if type(paragraph) is Paragraph and len(paragraph.segments) == 2:
            value, caption = (Paragraph(paragraph.page, [s]) for s in paragraph.segments)
            after = items[index + 1] if index + 1 < len(items) else None
            if _captioned_under(value, caption, before, after):
                out.append(Paragraph(paragraph.page, paragraph.segments[::-1]))
                index += 1
                continue
        if index + 1 < len(items):
            after = items[index + 2] if index + 2 < len(items) else None
            if _captioned_under(paragraph, items[index + 1], before, after):
                out.append(Paragraph(paragraph.page, [*items[index + 1].segments,
                                                      *paragraph.segments]))
                index += 2
                continue
        out.append(paragraph)
        index += 1
    return out


def _captioned_under(value: Paragraph, caption: Paragraph, before: Paragraph | None,
                     after: Paragraph | None) -> bool:
    if not all(type(p) is Paragraph and len(p.segments) == 1 for p in (value, caption)):
        return False
    if (caption.page != value.page or abs(caption.x0 - value.x0) > _COLUMN
            or not 0 <= caption.top - value.bottom <= _GAP):
        return False
    # (a name in capitalised words looks like a caption: only the bank's captions are no value)
    if not _bare_caption(caption.text) or is_caption(value.text) or CAPTIONED.match(value.text):
        return False
    if value.text.rstrip().endswith((":", "?")) or _ANSWER.fullmatch(caption.text.strip()):
        return False  # a heading or a question of its own, and an answer under it
    if _SENTENCE.search(value.text):
        return False
    if (before is not None and before.page == value.page and abs(before.x0 - value.x0) <= _COLUMN
            and value.top - before.bottom <= _GAP and _bare_caption(before.text)):
        return False  # the value is the caption's above it
    # The caption's own value would stand beside or under it: there a field's "Label: value"
    # line or another of the bank's captions stands, on a line of its own, or nothing.
    return after is None or after.page != caption.page or (
        after.top - caption.top > _ROW and not _same_field(caption.text, after.text)
        and bool(CAPTIONED.match(after.text) or is_caption(after.text.split("\n")[0])))


def _same_field(caption: str, after: str) -> bool:
    """A section heading over its own field's labelled line ("Description of the Merchandise"
    over "Product description: ..."): the heading's field words recur in the label."""
    label = after.split("\n")[0].split(":")[0]
    return bool(_fields_named(caption) & _fields_named(label))


# The goods go by many names: a heading naming them heads a "Commodity:" or "Article:" line.
_GOODS = re.compile(r"\b(?:product|merchandise|goods|description|commodit(?:y|ies)|articles?"
                    r"|items?)\b", re.I)


def _fields_named(text: str) -> set[str]:
    named = {word.lower() for word in _FIELD.findall(text)}
    return named | ({"goods"} if _GOODS.search(text) else set())


def _bare_caption(text: str) -> bool:
    """A caption alone on its line, no colon (that announces a value after it): one of the
    requester bank's, or a few capitalised words naming another field."""
    text = text.strip()
    if text.endswith(":"):
        return False
    return is_caption(text) or (CAPTION_OVER.fullmatch(text) is not None
                                and _FIELD.search(text) is not None)

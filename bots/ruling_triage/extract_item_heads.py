"""Items each set under a head naming its model or style code: a bulleted "* Model A604: ...",
a lettered section "B. PRODUCT DATA SHEET - Model B418", a table's cell "Style 1420": one item a
distinct code (CBP's five-item practice counts them)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_request_captions import RE_LINE
from bots.ruling_triage.extract_rows import variant_stem
from bots.ruling_triage.extract_text import BULLET, PROSE, Fields, Paragraph, Span

# The code word and the code ("Model A-100", "Style No. 1420", "SKU 44-01", "Part # HX9"): a word
# with a digit in it, no description.
_CODED = (r"(?P<word>model|style|sku|part|article|item|catalog(?:ue)?)\s*(?:no\.?|number|#)?\s*"
          r"(?P<code>(?=[\w./-]*\d)[A-Za-z0-9][\w./-]{0,15})")
# A line opening (after a bullet or a section's letter or number, and a heading's words up to a
# dash) with the code, which ends there or captions what follows: "A. PRODUCT DATA SHEET - Model
# A478", "* Model A604: Cordless ...", "Style 1420 - men's shirts", a cell "Model A494". Without
# a bullet or a number, only a paragraph's first line heads an item.
_HEAD = re.compile(rf"(?im)^[ \t]*(?P<mark>(?:{BULLET}|\(?[A-Za-z0-9]{{1,2}}[.)])[ \t]+)?"
                   r"(?:[A-Z][\w ]{0,40}?[ \t]+[-\u2013\u2014][ \t]+)?"
                   + _CODED + r"[ \t]*(?::|[ \t][-\u2013\u2014][ \t]|$)")
_LEAST = 2  # one coded head is the product's name, not a list of items
# A line drawn with characters ("-----", "=====") under a head, and a caption opening the
# description ("Description.......: ").
_RULE = re.compile(r"^[\s\W_]*$")
_CAPTION = re.compile(r"^[ \t]*[A-Za-z][\w ()/.]{0,40}?[ \t.]*:[ \t]*")
_ROW = 3.0  # points: cells of one table row share their top


def read_item_heads(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT from the distinct codes that head a line each, when two or more do; items
    described alike but for a last detail (a finish, a colour) are of one kind."""
    codes: dict[str, str | None] = {}
    first: Span | None = None
    for paragraph in items:
        for match in _HEAD.finditer(paragraph.text):
            if not match["mark"] and (match.start() > 0 or match["word"][0].islower()):
                # a cell's wrapped line ("LED fixtures, 150 W," / "model HB-150"): a head opens
                # its paragraph, capitalised as a caption is
                continue
            code = match["code"].casefold()
            if code not in codes:
                codes[code] = _described(items, paragraph, match.end())
                first = first or Span(paragraph, match.start(), match.end())
    if first is None or len(codes) < _LEAST:
        return
    # Counted from the layout, not stated by the sender: less sure than a stated count.
    fields.put_span("item_count", len(codes), first, PROSE - 0.1)
    stems = {variant_stem(text) if text else None for text in codes.values()}
    if len(stems) == 1 and None not in stems:
        fields.put_span("items_same_kind", True, first, PROSE - 0.1)


def read_named_codes(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT from the codes the Re: line names, two or more ("Re: Binding ruling request -
    Model A981, Model B335"): one item a code."""
    for index, paragraph in enumerate(items):
        if (subject := RE_LINE.match(paragraph.text)) is None:
            continue
        at, where = subject.end(), paragraph
        if not paragraph.text[at:].strip() and index + 1 < len(items):
            at, where = 0, items[index + 1]  # a typed "Re:" set apart from its words
        line = where.text[at:].split("\n")[0]
        codes = {m["code"].casefold() for m in re.finditer(rf"\b{_CODED}\b", line, re.I)}
        if len(codes) >= _LEAST:
            fields.put_span("item_count", len(codes), Span(where, at, at + len(line)),
                            PROSE - 0.1)
        return


def _described(items: list[Paragraph], paragraph: Paragraph, after: int) -> str | None:
    """The goods' description after a head: the rest of its paragraph (past drawn rules and a
    caption), else the table cell beside the head's, else the paragraph set under the head."""
    if (text := _first_line(paragraph.text[after:])) is not None:
        return text
    beside = sorted((p for p in items if p is not paragraph and p.page == paragraph.page
                     and abs(p.top - paragraph.top) <= _ROW and p.x0 > paragraph.x0),
                    key=lambda p: p.x0)
    if beside:
        return " ".join(beside[0].text.split())
    index = items.index(paragraph)
    # (a rule drawn under the head may stand as a paragraph of its own)
    return next((text for under in items[index + 1:index + 3]
                 if (text := _first_line(under.text)) is not None), None)


def _first_line(text: str) -> str | None:
    """The first line of TEXT that is not drawn with characters, without its caption."""
    line = next((line for line in text.split("\n") if not _RULE.match(line)), None)
    return _CAPTION.sub("", line, count=1).strip() or None if line is not None else None

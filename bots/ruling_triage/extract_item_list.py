"""Items named on a line of their own ("Items: models A-1, A-2 and A-3") or counted in
parentheses ("(six items)"): how many the request covers (CBP's five-item practice)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
_GOODS = r"(?:items|products|articles|models|styles|SKUs)"
# A line that lists the goods under a caption of its own: "Items: ...", "Models covered: ...".
_LIST_LINE = re.compile(rf"(?im)^[ \t]*{_GOODS}(?:[ \t]+(?:covered|included|concerned))?[ \t]*:"
                        r"[ \t]*(?P<list>\S.*)$")
# The sender's own count in parentheses: "(six items)", "(6 models)".
_STATED = re.compile(rf"\(\s*(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+(?:different\s+)?"
                     rf"{_GOODS}\s*\)", re.I)
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")
_LEAD_WORD = re.compile(rf"^{_GOODS}\s+", re.I)
# A model or part code: "A-1", "HD-20", "CM14/02"; a description with commas is not counted.
_CODE = re.compile(r"(?=[^\s]*\d)[A-Za-z0-9][\w./-]{0,15}")
# Where a list's entries end: a description after the last one ("... A-6 of the same line").
_TAIL = re.compile(r"\s+(?:of|in|from|for)\s+(?:the|a|an|our|its)\b.*$|\s*\(.*$", re.I)


# Each item under a caption of its own, one block after the other: "Item: Cordless grinders ...",
# "Item 2: Cotton shirts ...", "Product: ...".
_ITEM_BLOCK = re.compile(r"(?im)^[ \t]*(?:item|product|article)(?:[ \t]+(?:no\.?[ \t]*)?\d{1,2})?"
                         r"[ \t]*:[ \t]*\S")


def read_item_list(items: list[Paragraph], fields: Fields) -> None:
    """The count the sender states in parentheses, else the entries of a captioned list; a
    captioned list the reader cannot count leaves the count unknown (a person counts)."""
    for paragraph in items:
        if stated := _STATED.search(paragraph.text):
            number = stated["n"].lower()
            value = int(number) if number.isdigit() else _NUMBER_WORDS.index(number) + 1
            fields.put_span("item_count", value, Span(paragraph, stated.start(), stated.end()),
                            PROSE)
            return
    for paragraph in items:
        for line in _LIST_LINE.finditer(paragraph.text):
            entries = _entries(line["list"])
            span = Span(paragraph, line.start("list"), line.end("list"))
            if len(entries) > 1 and all(_CODE.fullmatch(entry) for entry in entries):
                # Counted from the list, not stated by the sender: less sure than a stated count.
                fields.put_span("item_count", len(entries), span, PROSE - 0.1)
            elif "item_count" not in fields.items:
                fields.put_span("items_uncounted", True, span, PROSE)
            return
    if "item_count" not in fields.items:
        _item_blocks(items, fields)


def _item_blocks(items: list[Paragraph], fields: Fields) -> None:
    """Two or more blocks each opened by an item's caption: one item each."""
    blocks = [(paragraph, match) for paragraph in items
              for match in _ITEM_BLOCK.finditer(paragraph.text)]
    if len(blocks) > 1:
        paragraph, first = blocks[0]
        # Counted from the layout, not stated by the sender: less sure than a stated count.
        fields.put_span("item_count", len(blocks), Span(paragraph, first.start(), first.end()),
                        PROSE - 0.1)


def _entries(listed: str) -> list[str]:
    """The entries of "models A-1, A-2 and A-3 of the same line": A-1, A-2, A-3."""
    body = _TAIL.sub("", _LEAD_WORD.sub("", listed.strip())).rstrip(" .")
    return [entry for entry in _SEPARATOR.split(body) if entry.strip()]

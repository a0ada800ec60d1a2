"""Items named on a line of their own ("Items: models A-1, A-2 and A-3") or counted in
parentheses ("(six items)"): how many the request covers (CBP's five-item practice)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
_GOODS = r"(?:items|products|articles|models|styles|SKUs)"
_CAPTION = rf"{_GOODS}(?:[ \t]+(?:covered|included|concerned))?"
# A line that lists the goods under a caption of its own: "Items: ...", "Models covered: ...".
_LIST_LINE = re.compile(rf"(?im)^[ \t]*{_CAPTION}[ \t]*:[ \t]*(?P<list>\S.*)$")
# The caption alone on its line, the list printed under it (a heading, a form's caption above).
_CAPTION_ALONE = re.compile(rf"\s*(?:\d{{1,2}}[.)]\s*)?(?:number\s+of\s+)?{_CAPTION}\s*:?\s*",
                            re.I)
# The count the list opens with: "3 models of the same line: ...", "two (2) styles", "6 SKUs".
_LEADING = re.compile(rf"\s*(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})(?:\s*\(\d{{1,3}}\))?\s+"
                      r"(?:different\s+|separate\s+|distinct\s+)?(?:items?|products?|articles?|"
                      r"models?|styles?|SKUs?|variants?|versions?|designs?|sizes?)\b", re.I)
# Models of one product: "of the same product line", "in one series", "of the same design".
_ONE_LINE = re.compile(r"\b(?:of|in|from)\s+(?:the\s+same|one|a\s+single)\s+(?:product\s+)?"
                       r"(?:line|range|family|series|design|product|article)\b", re.I)
_CODE_WORD = re.compile(r"^(?:models?|styles?|items?|SKUs?|parts?|nos?\.)\s+", re.I)
_DIFFERENT = re.compile(r"\bdifferent\s+(?:kinds?|class(?:es)?|products|articles)\b", re.I)
# The sender's own count in parentheses: "(six items)", "(6 models)".
_STATED = re.compile(rf"\(\s*(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+(?:different\s+)?"
                     rf"{_GOODS}\s*\)", re.I)
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")
_LEAD_WORD = re.compile(rf"^{_GOODS}\s+", re.I)
# A model or part code: "A-1", "HD-20", "CM14/02"; a description with commas is not counted.
_CODE = re.compile(r"(?=[^\s]*\d)[A-Za-z0-9][\w./-]{0,15}")
# Where a list's entries end: a description after the last one ("... A-6 of the same line").
_TAIL = re.compile(r"\s+(?:of|in|from|for)\s+(?:the|a|an|our|its)\b.*$|\s*\(.*$", re.I)


# A caption's value that is a number alone: a count, not a code ("Items: 7").
_BARE_COUNT = re.compile(r"\s*(?P<n>\d{1,3})\s*\.?\s*")
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
    if _counted_list(items, fields):
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


def _counted_list(items: list[Paragraph], fields: Fields) -> bool:
    """A captioned list that opens with the sender's count ("Items: 3 models of the same line:
    A-100, B-101, C-102"), the caption beside or above it: the stated count; codes listed after
    it that number otherwise leave the count to a person."""
    for index, paragraph in enumerate(items):
        head, _, rest = paragraph.text.partition("\n")
        if line := _LIST_LINE.search(paragraph.text):
            listed = Span(paragraph, line.start("list"), line.end("list"))
        elif _CAPTION_ALONE.fullmatch(head) and rest.strip():
            # The caption set tight over its list: one paragraph, the caption its first line.
            listed = Span(paragraph, len(head) + 1, len(head) + 1 + len(rest.split("\n")[0]))
        elif _CAPTION_ALONE.fullmatch(paragraph.text) and index + 1 < len(items):
            under = items[index + 1]
            listed = Span(under, 0, len(under.text.split("\n")[0]))
        else:
            continue
        if (bare := _BARE_COUNT.fullmatch(listed.text)) is not None:
            # "Items: 7", a summary's row: the caption counts what the request covers.
            fields.put_span("item_count", int(bare["n"]), listed, PROSE)
            return True
        if (stated := _LEADING.match(listed.text)) is None:
            continue
        number = stated["n"].lower()
        value = int(number) if number.isdigit() else _NUMBER_WORDS.index(number) + 1
        whole = listed.paragraph.text[listed.start:]
        codes = [_CODE_WORD.sub("", c) for c in _entries(whole.partition(":")[2])]
        if len(codes) > 1 and all(_CODE.fullmatch(c) for c in codes) and len(codes) != value:
            fields.put_span("items_uncounted", True, listed, PROSE)  # the two counts disagree
            return True
        fields.put_span("item_count", value, listed, PROSE)
        if value > 1 and _ONE_LINE.search(listed.text) and not _DIFFERENT.search(listed.text):
            fields.put_span("items_same_kind", True, listed, PROSE)
        return True
    return False


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

"""The goods counted by their model designations where nothing else counted them (CBP's
five-item practice): a bulleted or numbered list under a lead that ends with a colon, each entry
opening with its designation ("- Model FJ-12, 12 oz"), is as many items as entries; models the
sender designates so are the one article's, of one class or kind; entries naming goods of their
own ("- Food jar, model FJ-12" / "- Kettle, model K-2") leave the kind to a person. A product
named with its models in a sentence ("models FJ-10, FJ-12 and FJ-24") stays one item, unless
it names more models than the practice allows: then a person counts. Models each designated on
its own ("offered as Model A94, Model B19, Model C10") are as many items, the one article's."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import BULLET, PROSE, Fields, Paragraph, Span, lines_of

_WORD = (r"(?:models|styles|versions|variants|SKUs"
         r"|(?:item|part|article|catalog|style|model)\s+nos?\.)")
_CODE = r"(?=[\w./-]*\d)[A-Z0-9][\w./-]{0,15}"
# "models FJ-10, FJ-12 and FJ-24", "styles 501, 502, 503 & 504", "SKUs A1/A2" never (one code)
_PLURAL = re.compile(rf"\b(?i:{_WORD})\s+(?P<list>{_CODE}(?:\s*,\s*{_CODE})*\s*,?\s*(?:and|&)\s+"
                     rf"{_CODE})(?![\w-])")
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)")
# An entry's mark, then its designation ("1. Model FJ-12, 12 oz", "(b) Style 502 - navy").
_MARK = re.compile(rf"^\s*(?:\d{{1,2}}[.)]|\(\d{{1,2}}\)|\(?[a-z][.)]|{BULLET})\s+")
_DESIGNATION = re.compile(rf"(?i:model|style|version|variant|SKU|item|part|article)\s+"
                          rf"(?i:no\.?\s*|#\s*)?{_CODE}\b")
_LEAD = re.compile(r":\s*$")
# Each model with its own designation word: "Model A94, Model B19 and Model C10", "Style 501 /
# Style 502", "SKU 1001; SKU 1002". The word is the same each time (a sentence naming a style
# and a part number names one article).
_ONE = (r"(?P<word>(?i:model|style|version|variant|SKU|item|article|part))\s+"
        rf"(?i:no\.?\s*|#\s*)?{_CODE}")
_EACH = re.compile(rf"\b{_ONE}(?![\w-])(?:(?:\s*[,;/]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
                   rf"(?P=word)\s+(?i:no\.?\s*|#\s*)?{_CODE}(?![\w-])){{1,40}}")
_MOST = 40  # entries: a longer run is a table of something else
_MOST_ITEMS = 5  # CBP's practice: at most five items of one class or kind in one request


def read_designated_models(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT (and one kind) from the goods' designations, where nothing else counted them."""
    if "item_count" in fields.items or fields.value("items_uncounted"):
        return
    for paragraph in items:
        if (plural := _PLURAL.search(paragraph.text)) and len(
                _SPLIT.split(plural["list"].strip())) > _MOST_ITEMS:
            # A product named with its models ("shirts, style nos. WS-110 and WS-112") is one
            # item as senders and the office count it; so many models that they may be more
            # than the five-item practice allows are for a person to count.
            span = Span(paragraph, plural.start(), plural.end())
            fields.put_span("items_uncounted", True, span, PROSE - 0.1)
            return
    _marked_entries(items, fields)
    if "item_count" not in fields.items:
        _each_designated(items, fields)


def _each_designated(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT from models a sentence designates each on its own ("offered as Model A94,
    Model B19, Model C10"): as many items, all the one article's, so of one kind."""
    # Read across the paragraphs: a list item's wrapped line, set under its hanging indent, may
    # stand apart from the line it goes on from ("... offered as Model" / "A94, Model B19").
    joined = "\n".join(paragraph.text for paragraph in items)
    if (each := _EACH.search(joined)) is None:
        return
    count = len(re.findall(rf"\b{re.escape(each['word'])}\s", each.group(0)))
    start = 0
    for paragraph in items:
        end = start + len(paragraph.text)
        if each.start() <= end:
            span = Span(paragraph, each.start() - start, min(each.end(), end) - start)
            fields.put_span("item_count", count, span, PROSE - 0.1)
            fields.put_span("items_same_kind", True, span, PROSE - 0.1)
            return
        start = end + 1


def _marked_entries(items: list[Paragraph], fields: Fields) -> None:
    """The entries of a marked list under a lead ending with a colon, each opening with (or
    naming) a model designation."""
    lines = [(line.paragraph, line.start, line.text) for paragraph in items
             for line in lines_of(paragraph)]
    for index, (_, _, line) in enumerate(lines):
        if not _LEAD.search(line):
            continue
        run: list[tuple[Paragraph, int, str]] = []
        for entry in lines[index + 1:index + 1 + _MOST]:
            mark = _MARK.match(entry[2])
            if mark is None or not _DESIGNATION.search(entry[2]):
                break
            run.append(entry)
        if len(run) < 2:
            continue
        paragraph, start, text = run[0]
        span = Span(paragraph, start, start + len(text))
        fields.put_span("item_count", len(run), span, PROSE - 0.1)
        if all(_DESIGNATION.match(_MARK.sub("", entry[2])) for entry in run):
            fields.put_span("items_same_kind", True, span, PROSE - 0.1)
        return

"""Goods listed by model code: "(models A-100, A-120)" after the product, or a table whose first
column is headed "Model" / "Style" / "SKU": each code is one item (CBP's five-item practice)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_items import MODEL
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

# The codes in parentheses after the goods: "(models )", "(style nos. 14, 15)".
_IN_PARENS = re.compile(r"\(\s*(?:the\s+)?(?:models?|styles?|items?|SKUs?|versions?|variants?|"
                        r"(?:part|article|catalog(?:ue)?|item|style|model)\s+(?:nos?\.|numbers?|#))"
                        r"\s*(?:nos?\.|numbers?|#)?\s*:?\s*(?P<list>[^()]+?)\s*\)", re.I)
# Each item of a list tagged with its number and its code: "(item 1, model A-100)", "(model
# A-100, item 1)", "(item no. 2; style B-7)". The number orders the list; the code is the item.
_CODE_WORD = r"(?:models?|styles?|SKU|part\s+(?:no\.?|number))\s*:?\s*"
_TAGGED = re.compile(r"\(\s*(?:item\s+(?:no\.?\s*)?\d{1,3}\s*[,;]\s*" + _CODE_WORD
                     + r"(?P<a>[A-Za-z0-9][\w./-]{0,15})|" + _CODE_WORD
                     + r"(?P<b>[A-Za-z0-9][\w./-]{0,15})\s*[,;]\s*item\s+(?:no\.?\s*)?\d{1,3})"
                     r"\s*\)", re.I)
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*/\s*(?=\S*\d))")
# A model or part code: "A-100", "HD20", "CM14/02" - a word with a digit, no description.
_CODE = re.compile(r"(?=\S*\d)[A-Za-z0-9][\w./-]{0,15}")
# A range of codes, not one code: "1-6", "A-1 through A-6", "101 to 106".
_RANGE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$|\s(?:through|thru|to)\s|\s[-\u2013]\s", re.I)
# The header of a table's code column: "Model", "Style No.", "SKU", "Item #", "Part number".
_HEADER = re.compile(r"\s*(?:model|style|sku|item|part|article|catalog(?:ue)?)\s*(?:no\.?|number|"
                     r"#|code)?\s*", re.I)
_COLUMN = 3.0  # points: the codes of one column start at the same x, give or take
_ROW = 3.0  # points: the cells of one row start at the same height, give or take
_ROW_GAP = 60.0  # points from one row to the next (a description may wrap to a second line)


def read_code_rows(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT from a parenthetical list of codes and a table's column of codes; when the two
    disagree, or a list holds more than codes, the count is left to a person."""
    listed = _listed_in_parens(items, fields)
    column = next((c for header in items if _HEADER.fullmatch(header.text)
                   and (c := _codes_below(items, header))), [])
    if listed is not None and column and listed[0] != len(column):
        fields.put_span("items_uncounted", True, listed[1], PROSE)
    elif listed is not None:
        fields.put_span("item_count", listed[0], listed[1], PROSE)
        if listed[0] > 1 and listed[2]:
            # Models of the one product the sentence names are goods of one kind.
            fields.put_span("items_same_kind", True, listed[1], PROSE)
    elif column:
        fields.put_span("item_count", len(column), Span(column[-1], 0, len(column[-1].text)),
                        PROSE)
        # Codes whose next cell names one and the same article are models of one kind, told
        # apart at most by a model or version designation ("Analyzer, model XF-40, version A").
        described = {MODEL.sub("", " ".join(_beside(items, cell)[0].text.split())).casefold()
                     for cell in column}
        if len(described) == 1 and described != {""}:
            fields.put_span("items_same_kind", True, Span(column[0], 0, len(column[0].text)),
                            PROSE)


def _listed_in_parens(items: list[Paragraph], fields: Fields) -> tuple[int, Span, bool] | None:
    """How many distinct codes the parenthetical lists give, where the first is, and whether one
    list gave them all; a list of more than codes is marked uncounted (a person counts it).
    Each article described in turn with its own code ("model 1 (part no. HR-4343) ... model 2
    (part no. TR-6370)") adds its code: the articles are as many as the codes."""
    codes: dict[str, None] = {}
    first: Span | None = None
    leads: list[str] = []  # the article each list follows, its model designation cut off
    for paragraph in items:
        text = paragraph.text
        for tagged in _TAGGED.finditer(paragraph.text):
            codes[(tagged["a"] or tagged["b"]).casefold()] = None
            first = first or Span(paragraph, tagged.start(), tagged.end())
            leads.append(_lead(paragraph.text, tagged.start()))
            # (blanked, so the tag is not read again as a list of codes)
            text = text[:tagged.start()] + " " * (tagged.end() - tagged.start()) + text[
                tagged.end():]
        for match in _IN_PARENS.finditer(text):
            entries = [e for e in _SEPARATOR.split(" ".join(match["list"].split())) if e]
            span = Span(paragraph, match.start(), match.end())
            if any(_RANGE.search(entry) for entry in entries):
                fields.put_span("items_uncounted", True, span, PROSE)  # "items 1-6": a range
                continue
            if entries and all(_CODE.fullmatch(entry) for entry in entries):
                codes.update(dict.fromkeys(entry.casefold() for entry in entries))
                first = first or span
                leads.append(_lead(paragraph.text, match.start()))
            elif len(entries) > 1:
                fields.put_span("items_uncounted", True, span, PROSE)
    if first is None:
        return None
    # Models of one product: one list, or lists each after the same article's name.
    return len(codes), first, len(leads) == 1 or (len(set(leads)) == 1 and leads[0] != "")


def _lead(text: str, at: int) -> str:
    """The words of AT's sentence before it, without the model designation that ends them
    ("Claw hammers with hickory handles, model 2 " gives "claw hammers with hickory handles")."""
    sentence = re.split(r"[.;:]\s", text[:at])[-1]
    return MODEL.sub("", " ".join(sentence.split())).strip(" ,").casefold()


def _codes_below(items: list[Paragraph], header: Paragraph) -> list[Paragraph]:
    """The cells under HEADER in its column, each a code with a cell beside it, row after row."""
    column: list[Paragraph] = []
    last = header
    for cell in sorted((p for p in items if p.page == header.page and p.top > header.top),
                       key=lambda p: p.top):
        if abs(cell.x0 - header.x0) > _COLUMN:
            continue
        if cell.top - last.bottom > _ROW_GAP or not _CODE.fullmatch(cell.text.strip()):
            break
        if not _beside(items, cell):
            break
        column.append(cell)
        last = cell
    return column if len(column) >= 2 else []


def _beside(items: list[Paragraph], cell: Paragraph) -> list[Paragraph]:
    """The cells of CELL's row to its right, nearest first."""
    return sorted((p for p in items if p is not cell and p.page == cell.page
                   and abs(p.top - cell.top) <= _ROW and p.x0 > cell.x0), key=lambda p: p.x0)

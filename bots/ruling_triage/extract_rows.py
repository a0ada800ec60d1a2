"""How many items a table of goods lists: rows numbered 1, 2, 3 ... under a header row.

A letter or form may list its articles as a table ("No. | Article | Finish") rather than say "the
request covers two items"; each numbered row is one item (CBP's five-item practice counts them).
"""

from __future__ import annotations

import re

from bots.common.reading.worksheet_cells import same_row
from bots.ruling_triage.extract_across import across_rows
from bots.ruling_triage.extract_cells import is_field_label
from bots.ruling_triage.extract_items import MODEL
from bots.ruling_triage.extract_text import BULLET, PROSE, Fields, Paragraph, Span

_NUMBER = re.compile(r"\s*(\d{1,2})\.?\s*")
_HEADER = re.compile(r"^\s*(?:no\.?|#|item|article|model|product|description|merchandise|goods|"
                     r"style|sku)\b", re.I)
_ROW = 3.0  # points: cells of one row start at the same height, give or take
_COLUMN = 3.0  # points: the row numbers start at the same x, give or take
_ROW_GAP = 40.0  # points between one numbered row's foot and the next row's number


def read_numbered_rows(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT from the longest run of rows numbered from 1, each with cells to its right."""
    numbers = [p for p in items if len(p.segments) == 1 and _NUMBER.fullmatch(p.text)]
    best: list[Paragraph] = []
    for first in numbers:
        if int(_number(first)) != 1 or not _has_header(items, first):
            continue
        run = [first]
        for cell in sorted(numbers, key=lambda p: (p.page, p.top)):
            last = run[-1]
            if (cell.page == last.page and abs(cell.x0 - last.x0) <= _COLUMN
                    and cell.top > last.top
                    and cell.top - _row_bottom(items, last) <= _ROW_GAP
                    and int(_number(cell)) == int(_number(last)) + 1 and _beside(items, cell)):
                run.append(cell)
        if len(run) > len(best) and _beside(items, first):
            best = run
    if len(best) >= 2:
        fields.put_span("item_count", len(best), Span(best[-1], 0, len(best[-1].text)), PROSE)
        # Rows naming one article, told apart only in a further column (finish, colour, size)
        # or by their model, list one kind of goods: "1 | Bath towels | white", "2 | Bath
        # towels | blue".
        # A model or version designation tells items of one kind apart too ("Desk lamp, model
        # DL-9 - version A" / "- version B").
        articles = {MODEL.sub("", " ".join(_first_beside(items, row).text.split())).casefold()
                    for row in best}
        if len(articles) == 1:
            fields.put_span("items_same_kind", True, Span(best[0], 0, len(best[0].text)), PROSE)


# The row of a table set one column per item that names each article.
_NAMES = re.compile(r"\s*(?:(?:product|article|item|goods|merchandise)\s+)?(?:description|name)|"
                    r"\s*(?:product|article|goods|merchandise|commodity)\s*$", re.I)


def read_articles_across(items: list[Paragraph], fields: Fields) -> None:
    """A table set one column per item whose articles differ only by model or version ("Bilge
    pump - version A" | "- version B"): items of one kind (CBP's five-item practice)."""
    for label, cells in across_rows(items, is_field_label):
        if not _NAMES.match(items[label].text):
            continue
        names = {MODEL.sub("", " ".join(items[i].text.split())).casefold() for i in cells}
        if len(names) == 1 and names != {""}:
            first = items[cells[0]]
            fields.put_span("items_same_kind", True, Span(first, 0, len(first.text)), PROSE)
        return


def _row_bottom(items: list[Paragraph], cell: Paragraph) -> float:
    """Where CELL's row ends: its tallest cell's foot (a description or materials cell wrapped
    over four lines pushes the next row's number down as far)."""
    return max(p.bottom for p in items
               if p.page == cell.page and abs(p.top - cell.top) <= _ROW)


def _number(cell: Paragraph) -> str:
    match = _NUMBER.fullmatch(cell.text)
    return match.group(1) if match else "0"


def _beside(items: list[Paragraph], cell: Paragraph) -> bool:
    """Whether some cell of the same row stands to the right of the number."""
    return any(p.page == cell.page and abs(p.top - cell.top) <= _ROW and p.x0 > cell.x0
               for p in items if p is not cell)


def _first_beside(items: list[Paragraph], cell: Paragraph) -> Paragraph:
    """The nearest cell to the right of the number in its row (the article's name): a cell
    whose lines reach the number's height, though wrapped over two lines it starts above the
    number centred in the row."""
    row = [p for p in items if p is not cell and p.page == cell.page
           and same_row(cell, p) and p.x0 > cell.x0]
    return min(row, key=lambda p: p.x0)


def _has_header(items: list[Paragraph], first: Paragraph) -> bool:
    """A header cell ("No.", "Item", "Article") in the row just above the first numbered row."""
    return any(p.page == first.page and 0 < first.top - p.top <= _ROW_GAP
               and abs(p.x0 - first.x0) <= _ROW_GAP and _HEADER.match(p.text) is not None
               for p in items)


_PRICE = re.compile(r"\bprice\b", re.I)
_LEAD_WORDS = 4
_MIN_VARIANT = 60  # characters: a variant's own description, not a heading


def read_variant_paragraphs(items: list[Paragraph], fields: Fields) -> None:
    """ITEM_COUNT from paragraphs that each describe one variant of the goods with its own price
    ("Anchors, item BW-15F, red finish. ... Purchase price USD 42.48", then "... blue finish")."""
    groups: dict[str, list[Paragraph]] = {}
    for paragraph, before in zip(items, [None, *items], strict=False):
        if _continues_bullet(paragraph, before):
            continue  # a bulleted article's wrapped lines, set apart: no variant of its own
        text = " ".join(paragraph.text.split())
        if len(text) >= _MIN_VARIANT and _PRICE.search(text):
            groups.setdefault(" ".join(text.casefold().split()[:_LEAD_WORDS]), []).append(paragraph)
    variants = max(groups.values(), key=len, default=[])
    if len(variants) < 2 or len({p.text for p in variants}) < len(variants):
        return
    fields.put_span("item_count", len(variants), Span(variants[-1], 0, len(variants[-1].text)),
                    PROSE)
    # Variants told apart only by their last detail (finish, colour) are one kind of goods.
    stems = {variant_stem(p.text) for p in variants}
    if len(stems) == 1:
        fields.put_span("items_same_kind", True, Span(variants[0], 0, len(variants[0].text)),
                        PROSE)


# A list's bullet opening a line, then its text.
_INDENT = 2.0  # points: an item's wrapped lines stand right of its bullet
_BULLETED = re.compile(rf"\s*{BULLET}\s+\S")


def _continues_bullet(paragraph: Paragraph, before: Paragraph | None) -> bool:
    """Whether PARAGRAPH carries on the bulleted item whose first lines end the one BEFORE it
    ("* Hiking boots, style HB-220." / "Commonly known in the trade as ..."): no bullet of its
    own, on the same page, set in from the bullet as the item's wrapped lines are."""
    if before is None or before.page != paragraph.page or _BULLETED.match(paragraph.text):
        return False
    bullets = [segment for segment, line in zip(before.segments, before.text.split("\n"),
                                                strict=False) if _BULLETED.match(line)]
    return bool(bullets) and paragraph.x0 > bullets[-1].x0 + _INDENT


_VARIANT_LINE = 120  # characters: a listed variant is one short line


_ENTRY_MARK = re.compile(rf"^(?:\d{{1,2}}[.)]|\(\d{{1,2}}\)|[a-z][.)]|{BULLET})\s+")


def read_listed_variants(items: list[Paragraph], fields: Fields) -> None:
    """Where nothing else counted the goods, ITEM_COUNT from a run of one-line entries that
    repeat one description and differ only in its last detail ("Dumbbells, cast iron core, 5
    lb., variant A" ... "variant G"), set as paragraphs of their own or as the lines of one.
    Such a list describes the goods, where no caption or sentence did."""
    best: list[Span] = []
    run: list[Span] = []
    for paragraph in items:
        start = 0
        for line in paragraph.text.split("\n"):
            span, start = Span(paragraph, start, start + len(line)), start + len(line) + 1
            # A numbered or bulleted list's mark ("1. ", "- ") is no part of the entry.
            text = _ENTRY_MARK.sub("", " ".join(line.split()))
            if len(text) > _VARIANT_LINE or "," not in text:
                run = []
                continue
            same = run and variant_stem(_ENTRY_MARK.sub("", run[0].flat)) == variant_stem(text)
            run = [*run, span] if same else [span]
            if len(run) > len(best):
                best = run
    if len(best) < 2 or len({" ".join(span.flat.split()) for span in best}) < len(best):
        return
    fields.put_span("product_description", _ENTRY_MARK.sub("", " ".join(best[0].flat.split())),
                    best[0], PROSE - 0.1)
    if "item_count" in fields.items or fields.value("items_uncounted"):
        return
    # Counted from the layout, not stated by the sender: less sure than a stated count.
    fields.put_span("item_count", len(best), best[0], PROSE - 0.1)
    fields.put_span("items_same_kind", True, best[0], PROSE - 0.1)


def variant_stem(text: str) -> str:
    """The first sentence without its last comma-separated detail."""
    first = " ".join(text.split()).split(". ")[0]
    return first.rsplit(",", 1)[0].casefold()


_STEM_WORDS = 3  # words an article's name runs to at least, before its first comma


def read_repeated_description(fields: Fields) -> None:
    """Where nothing else counted the goods, ITEM_COUNT from a description that names the same
    article again for each version ("Woven fabric, 140 cm wide, version A, Woven fabric, 140 cm
    wide, version B"): one item each time the name comes again, all of one kind when only the
    last detail differs."""
    described = fields.items.get("product_description")
    if ("item_count" in fields.items or fields.value("items_uncounted") or described is None
            or not isinstance(described.value, str)):
        return
    text = " ".join(described.value.split())
    stem = text.split(",", 1)[0].strip()
    if len(stem.split()) < _STEM_WORDS:
        return
    starts = [m.start() for m in re.finditer(re.escape(stem), text, re.I)]
    # each further naming opens a list entry: after a comma, a semicolon or "and"
    if len(starts) < 2 or starts[0] != 0 or any(
            not re.search(r"(?:[,;]|\band)\s*$", text[:at]) for at in starts[1:]):
        return
    entries = [text[a:b].strip(" ,;").removesuffix(" and").strip(" ,;")
               for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    if len({entry.casefold() for entry in entries}) < len(entries):
        return
    fields.put("item_count", len(entries), described.evidence, PROSE - 0.1)
    if len({variant_stem(entry) for entry in entries}) == 1:
        fields.put("items_same_kind", True, described.evidence, PROSE - 0.1)

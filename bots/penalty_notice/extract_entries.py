"""The entries table of a penalty referral: number, date, liquidation, value and duties per entry.

Tables are found by their rows (entry numbers), ruled or only aligned. Columns are placed by
their header's wording (synonyms), or by what their cells hold when the header is not understood,
so their order and extra columns (a loss or difference column, a total row) do not matter. A
table that runs onto another page continues under a repeated header, or under none: a
header-less table with as many columns as the last entries table is read as its continuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bots.common.reading.dates import find_dates, parse_date
from bots.common.reading.delimited_tables import delimited_tables
from bots.common.reading.money import parse_money
from bots.common.reading.stacked_rows import unstacked
from bots.common.reading.tables import aligned_tables, column_kinds, match_header, ruled_tables
from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.day_first import parse_date_either_way
from bots.penalty_notice.extract_entry_columns import upright
from bots.penalty_notice.extract_entry_joined import joined_columns, joined_values
from bots.penalty_notice.extract_entry_sideways import sideways_tables
from bots.penalty_notice.extract_entry_summary import SUMMARY_FIELDS, with_summary
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import Cell, PdfDocument, Table, Word
from tradebots.pdf.words import BBox

TABLE_CELL = 0.95
CONTENT_ONLY = 0.8  # a column placed by what its cells hold, its header not understood
CHECK_DIGIT_FAILED = 0.5  # a number whose check digit disagrees: misread or mistyped
DATE_BY_ORDER = 0.75  # a row's one date, its column not found: the layout split or merged it

# A number whose cell overflows into the date's next to it runs into it with no gap
# ("ABC-9994879-87 May 2023", "ABC-5355838-520 September 2023", "H2G-5464691-5June 7, 2023",
# "ABC-9994879-805/07/2023"):
# the check digit is the one digit after the second group, and what follows it the date.
_DAY_GLUED = (r"(?:\d{1,2}\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
              r"(?:\d{1,2},?\s+)?\d{4}")
_DATE_GLUED = r"\d{1,2}/\d{1,2}/\d{2,4}\b|\d{4}-\d{2}-\d{2}\b"
ENTRY_NUMBER = re.compile(
    rf"[0-9A-Z]{{3}}\s?-?\s?\d{{7}}\s?-?\s?\d(?:\b|(?=(?i:{_DAY_GLUED})|{_DATE_GLUED}))")
LOSS = "printed_loss"  # a loss or difference column: no contract field, read to check the duties
# The entered value's column by its word, whole ("EnteredValue" too) or cut to fit a fixed-width
# column ("ENTERED VAL", "Ent. Val."), not a word that only begins so ("Valuation", "Valid").
VALUE_WORD = r"value|\bval\b|\bev\b"  # "EV": a clerk's column for the entered value
# Tried in order, so "Loss of duties" is set aside before "duties" could claim it, and
# "Liq. Status" is the liquidation column before "date" could make it the entry date.
HEADER_SYNONYMS: dict[str, re.Pattern[str]] = {
    "_penalty": re.compile(r"(?i)penalty"),  # set aside: not checked against the duties
    # what is still owed, not the duty owed: "Unpaid duty", "Balance due", "Shortfall"
    # a clerk's "LOR" / "LOD" (loss of revenue, of duties) heads the same column
    LOSS: re.compile(r"(?i)loss|difference|increase|additional|under\s*pa|unpaid|balance"
                     r"|shortfall|(?-i:\bLO[RD]\b)"),
    # "Declared Value", "Value Declared", "Value as entered" are the entered value; "Declared
    # duty", "Duty as entered" what was paid.
    # ... and a clerk's "DUTY PD." (paid) cut to fit its column
    "duty_paid": re.compile(r"(?i)paid|deposit|\bpd\b|(?<!value\s)(?<!value\sas\s)"
                            r"(?:as\s+entered|declared)(?!\s+value)"),
    "duty_owed": re.compile(r"(?i)owed|owing|correct|lawful|\bdue\b|should|revised|actual"),
    "entered_value": re.compile(rf"(?i){VALUE_WORD}"),
    "liquidated": re.compile(r"(?i)liq|status|final"),
    "entry_date": re.compile(r"(?i)date|\bdt\b|^\W*entered(?:\s+on)?\W*$"),
    "entry_number": re.compile(r"(?i)entry|number|\bno\b|#"),
}
_REQUIRED = {"entry_number", "duty_paid", "duty_owed"}
_LOSS_ONLY = {"entry_number", "duty_paid", LOSS}
# The tail of a word that ran on from the column to its left, glued to an amount.
_OVERRUN = re.compile(r"^[a-z]{1,3}(?=(?:US\$|USD|\$)?\s?\d)")
_MONEY_ORDER = ("entered_value", "duty_paid", "duty_owed")
# An empty box or cell under a liquidation heading is an entry not liquidated; a check box's
# mark (a form field's "X", a tick, a filled glyph) is one that is.
# A case system's codes too: "L" / "U" (liquidated, unliquidated), "PEND", "EXT", "SUSP" (an
# extended or suspended entry is not yet liquidated, 19 U.S.C. 1504(b), (c)).
_NOT_LIQUIDATED = re.compile(
    r"^(?:n|no|u|unliq\w*|notliq\w*|not|open|pend\w*|ext|extd|susp\w*|false|notfinal|\[\]|\(\)"
    # a dash typed for an empty cell ("--", "—"): no liquidation, as a blank cell says
    r"|[☐□]|-{1,3}|[\u2013\u2014])?$")
_LIQUIDATED = re.compile(
    r"^(?:y|yes|l|liq\w*|final|closed|true|[x✓✔✗✘☒☑■]|\[[x✓✔]\]|\([x✓✔]\))$")
# A status in words, by meaning: an extended or suspended entry is not yet liquidated (19 U.S.C.
# 1504(b), (c)); a deemed, reliquidated or protested one was liquidated (1504(a); 1514).
_NOT_LIQUIDATED_WORDS = re.compile(
    r"^(?:not\s+(?:yet\s+)?(?:liquidated|final)|(?:un|non)-?\s*liquidated|(?:liquidation\s+)?"
    r"(?:suspended|extended)|in\s+suspension|under\s+extension)\b")
_LIQUIDATED_WORDS = re.compile(
    r"^(?:(?:deemed|re-?)\s*liquidated|protested|liquidated(?:\s*\(.*\)|\s+and\s+\w+))$")
_CURRENCY = re.compile(r"^\s*(?:USD|US\$|\$)\s*$")
# "liquidat" as an OCR engine misreads it from a scan or fax: g for q, 1 | ! for l or i, c for d,
# v for u ("Unliguidated", "Liqu1dated"); read back only when the word is not otherwise read.
_OCR_LIQUIDAT = re.compile(r"(?i)[il1|!][il1|!][qg][uv][il1|!][dc]at")

ColumnMap = dict[str, int]


@dataclass(frozen=True)
class EntryRow:
    """One entry as the table gives it; each value read with its cell's evidence."""

    number: Extracted
    values: dict[str, Extracted]


def column_map(cells: list[str]) -> ColumnMap | None:
    """Contract field -> column index for a header row; None when the row is not a header. A
    header that gives the duty paid and the loss ("Additional duty owed", "Underpayment") but no
    duty owed is one: its amounts are never placed by their order, which took the loss for the
    duty owed."""
    mapped = match_header(cells, HEADER_SYNONYMS)
    return mapped if mapped.keys() >= _REQUIRED or mapped.keys() >= _LOSS_ONLY else None


def _is_header(cells: list[str]) -> bool:
    return column_map(cells) is not None


def liquidated_of(text: str) -> bool | None:
    """Liquidated, from a status word or phrase (LIQ/UNLIQ, Final/Open, Suspended, Deemed
    liquidated), a yes/no or a liquidation date; the word as OCR misreads it too."""
    read = _status_of(text)
    if read is None and _OCR_LIQUIDAT.search(text):
        return _status_of(_OCR_LIQUIDAT.sub("liquidat", text))
    return read


def _status_of(text: str) -> bool | None:
    words = " ".join(re.sub(r"[.?:]", "", text).lower().split())
    if _NOT_LIQUIDATED_WORDS.match(words):
        return False  # "Extended to 3/1/25" gives a date that is no liquidation's
    dated = find_dates(text)
    if dated:
        # A status word beside a date says more than the date ("7/19/22 Unliquidated": an entry
        # date run into the status); a date alone is the liquidation's.
        rest = text
        for found in dated:
            rest = rest.replace(found.text, " ")
        if rest.strip(" ,;()-") and (worded := liquidated_of(rest)) is not None:
            return worded
        return True
    if parse_date(text) is not None:
        return True
    compact = re.sub(r"[\s.?:]", "", text).lower()
    if _NOT_LIQUIDATED.match(compact):
        return False
    if _LIQUIDATED.match(compact):
        return True
    return True if _LIQUIDATED_WORDS.match(words) else None


_PARSERS: dict[str, Callable[[str], date | Decimal | bool | None]] = {
    "entry_date": parse_date_either_way,
    "liquidated": liquidated_of,
    "entered_value": parse_money,
    "duty_paid": parse_money,
    "duty_owed": parse_money,
    LOSS: parse_money,
}


def read_entry_rows(document: PdfDocument) -> list[EntryRow]:
    """Every row of every entries table, ruled or aligned, page by page, in printed order."""
    rows: list[EntryRow] = []
    summary: list[EntryRow] = []  # a summary table's dates and statuses, keyed by entry number
    last: tuple[ColumnMap, int, float] | None = None
    for page in document.page_numbers:
        # A card ruled under each line holds no columns (one cell a row): its lines are read as
        # printed, an aligned table's if they line up.
        ruled = [unstacked(document, table, ENTRY_NUMBER) for table in ruled_tables(document, page)
                 if any(len(row) > 1 for row in table.texts())]
        # A grid on its side first: its line of entry numbers would start an aligned table.
        tables = ruled + sideways_tables(document, page, ENTRY_NUMBER, _is_header,
                                         [t.bbox for t in ruled])
        aligned = aligned_tables(document, page, ENTRY_NUMBER, [t.bbox for t in tables])
        # Cells parted by bars in proportional type: no column lines up, so no table above; or
        # the bars line up as columns of their own under a header that does not (one row of
        # cells, a rule under the header), a table no column of which is known.
        barred = delimited_tables(document, page, ENTRY_NUMBER, [t.bbox for t in tables])
        aligned = [t for t in aligned if not (_unheaded(t) and any(
            _overlap(t.bbox, b.bbox) for b in barred))]
        tables += aligned
        tables += [b for b in barred if not any(_overlap(b.bbox, t.bbox) for t in aligned)]
        for printed in sorted(tables, key=lambda t: t.bbox[1]):
            table = upright(printed, _is_header, ENTRY_NUMBER)
            texts = table.texts()
            start, columns, confidence = _header(texts)
            if confidence < TABLE_CELL and last is not None and texts and len(texts[0]) == last[1]:
                # No header here: the table continues the last one (a page break), same columns.
                columns, start, confidence = last[0], 0, last[2]
            if columns is None:
                if (summed := _summary_header(texts)) is not None:
                    summary += [row for index in range(summed[0], len(texts))
                                if (row := _row(table, index, summed[1], TABLE_CELL))]
                continue
            last = (columns, len(texts[0]), confidence)
            # A ruled grid cuts a word printed across a column's rule; the page's words keep it.
            words = document.words(page) if printed in ruled else []
            for index in range(start, len(texts)):
                row = _row(table, index, columns, confidence, words)
                if row is not None:
                    rows.append(row)
    return with_summary(rows, summary)


def _summary_header(texts: list[list[str]]) -> tuple[int, ColumnMap] | None:
    """A summary table's header ("Entry No. | Entry Date | Liq. Status"): the entry number and
    its date or status, no amount; the row after it and the columns, or None."""
    for index, cells in enumerate(texts[:2]):
        mapped = match_header(cells, HEADER_SYNONYMS)
        if ("entry_number" in mapped and mapped.keys() & SUMMARY_FIELDS
                and not mapped.keys() & {*_MONEY_ORDER, LOSS}):
            return index + 1, _checked(mapped, texts[index + 1:])
    return None


def _unheaded(table: Table) -> bool:
    """Whether no row the table opens with names a known entry column."""
    return _header(upright(table, _is_header, ENTRY_NUMBER).texts())[1] is None


def _overlap(one: BBox, other: BBox) -> bool:
    return one[1] <= other[3] and other[1] <= one[3] and one[0] <= other[2] and other[0] <= one[2]


def _header(texts: list[list[str]]) -> tuple[int, ColumnMap | None, float]:
    # The header is the first row; a title row spanning the table may come before it, and a
    # form's grid prints its boxes (case, party, dates) above the entries' header row.
    first = _first_entry_row(texts)
    for index, cells in enumerate(texts[:max(2, first)]):
        mapped = column_map(cells)
        if mapped is not None:
            mapped = joined_columns(mapped, cells)
            body = texts[index + 1:]
            checked = _checked(mapped, body)
            if _money_fits(checked, body) or (by_content := _by_content(body)) is None:
                return index + 1, checked, TABLE_CELL
            # The layout split the cells ("USD" / "1,677.23"), so the header's columns miss
            # the amounts: the columns are placed by what they hold instead.
            return index + 1, by_content, CONTENT_ONLY
    # A header row not understood ("ENT DATE | LIQ | DUTY PD") says nothing of what its
    # columns hold: the rows below it do.
    headed = bool(texts) and not any(ENTRY_NUMBER.search(cell) for cell in texts[0])
    return 0, _by_content(texts[max(1, first):] if headed else texts), CONTENT_ONLY


def _first_entry_row(texts: list[list[str]]) -> int:
    """The index of the first row that holds an entry number (len(texts) when none does)."""
    return next((i for i, cells in enumerate(texts)
                 if any(ENTRY_NUMBER.search(cell) for cell in cells)), len(texts))


def _money_fits(mapped: ColumnMap, body: list[list[str]]) -> bool:
    """Whether every money column the header placed holds an amount in some row."""
    return all(any(mapped[field] < len(row) and parse_money(row[mapped[field]]) is not None
                   for row in body)
               for field in _MONEY_ORDER if field in mapped)


def _checked(mapped: ColumnMap, body: list[list[str]]) -> ColumnMap:
    """The header's map, with the entry number column moved to where the numbers are, and the
    entry date and liquidation columns the header did not name taken from what columns hold."""
    kinds = column_kinds(body, ENTRY_NUMBER)
    checked = dict(mapped)
    if "anchor" in kinds and kinds[checked["entry_number"]] != "anchor":
        checked["entry_number"] = kinds.index("anchor")
    free = [i for i in range(len(kinds)) if i not in checked.values()]
    for field, kind in (("entry_date", "date"), ("liquidated", "yes_no")):
        if field not in checked and any(kinds[i] == kind for i in free):
            checked[field] = next(i for i in free if kinds[i] == kind)
    return checked


def _marks_column(body: list[list[str]], kinds: Sequence[str]) -> int | None:
    """The column of text whose every cell is a liquidation mark a case system codes ("L" /
    "U", "PEND", "SUSP"), which no kind of cell names a mark; None when there is none."""
    for index, kind in enumerate(kinds):
        cells = [row[index].strip() for row in body if index < len(row)]
        if kind == "text" and cells and all(
                cell and len(cell) <= 6 and liquidated_of(cell) is not None for cell in cells):
            return index
    return None


def _by_content(body: list[list[str]]) -> ColumnMap | None:
    """Columns placed by what they hold when no header names them: number, date, mark, money."""
    kinds = column_kinds(body, ENTRY_NUMBER)
    if "anchor" not in kinds:
        return None
    mapped: ColumnMap = {"entry_number": kinds.index("anchor")}
    if "date" in kinds:
        mapped["entry_date"] = kinds.index("date")
    if "yes_no" in kinds:
        mapped["liquidated"] = kinds.index("yes_no")
    elif (marks := _marks_column(body, kinds)) is not None:
        mapped["liquidated"] = marks
    money = [i for i, kind in enumerate(kinds) if kind == "money"]
    if len(money) < len(_MONEY_ORDER):
        return None
    mapped.update(zip(_MONEY_ORDER, money, strict=False))
    return mapped


def _row(table: Table, index: int, columns: ColumnMap, confidence: float,
         words: Sequence[Word] = ()) -> EntryRow | None:
    cells = table.rows[index]

    def cell(field: str) -> Cell | None:
        position = columns.get(field)
        return cells[position] if position is not None and position < len(cells) else None

    number_cell = cell("entry_number")
    found_number = ENTRY_NUMBER.search(number_cell.text) if number_cell else None
    parsed = normalize_entry_number(found_number.group(0)) if found_number else None
    if number_cell is None or parsed is None:
        return None  # a total line, a note or a blank row
    number = Extracted(parsed.normalized, number_cell.evidence(),
                       confidence if parsed.check_digit_ok else CHECK_DIGIT_FAILED)
    values: dict[str, Extracted] = {}
    joined = columns.get("entry_date")
    if joined is not None and joined == columns.get("liquidated"):
        values.update(joined_values(cell("entry_date"), liquidated_of, confidence, CONTENT_ONLY))
    for field, parse in _PARSERS.items():
        if field in values:
            continue
        found = cell(field)
        if found is not None and _CURRENCY.match(found.text) and field in _MONEY_ORDER:
            # "USD" printed as its own word lines up under the header; the amount is beside it.
            found = _cell_after(cells, columns[field])
        if found is None:
            continue
        if field in _MONEY_ORDER and (across := _across_rule(words, found)) is not None:
            # The amount begins in the column to the left: its cell holds only a piece of it.
            if (run := _status_run_on(across.text)) is not None:
                values[field] = Extracted(run[1], found.evidence(), confidence)
                if "liquidated" not in values:
                    values["liquidated"] = Extracted(run[0], found.evidence(), confidence)
            elif (whole := parse_money(across.text)) is not None:
                values[field] = Extracted(whole, found.evidence(), confidence)
            continue  # else a word no amount: the cell's piece of it is not the value
        value = parse(found.text)
        if value is None and field in _MONEY_ORDER:
            # "Unliquidate | d36,050.48": a word of the left column printed into this one.
            value = parse(_OVERRUN.sub("", found.text))
        if value is None and field in _MONEY_ORDER and (run := _status_run_on(found.text)):
            # "UNLIQ77,313.40": the status column's word run into the amount, read as both.
            value = run[1]
            if "liquidated" not in values and "liquidated" not in columns:
                values["liquidated"] = Extracted(run[0], found.evidence(), confidence)
        if value is not None:
            values[field] = Extracted(value, found.evidence(), confidence)
    if "entry_date" not in values and (day := _only_date(cells, columns)) is not None:
        values["entry_date"] = day
    return EntryRow(number, values)


# A status run into the amount on its right ("UNLIQ77,313.40", "N$1,000.00").
_STATUS_RUN_ON = re.compile(
    r"^(?P<mark>[A-Za-z]{1,14})(?P<amount>(?:US\$|USD|\$)?\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?)$")


def _status_run_on(text: str) -> tuple[bool, Decimal] | None:
    """The liquidation and the amount of a cell whose status word ran into the amount: the
    status column set too close to the money column, so the two read as one column."""
    run_on = _STATUS_RUN_ON.match(text.strip())
    if run_on is None:
        return None
    mark, amount = liquidated_of(run_on.group("mark")), parse_money(run_on.group("amount"))
    return (mark, amount) if mark is not None and amount is not None else None


_CUT_REACH = 1.5  # points a cut word reaches past the rule on each side: more than a bbox's slack


def _across_rule(words: Sequence[Word], cell: Cell) -> Word | None:
    """The word printed across CELL's left rule, begun in the cell to its left, if any: the cell
    holds only a piece of it (a scan's word box that merely touches the rule is whole in it)."""
    x0, top, _, bottom = cell.bbox
    return next((w for w in words if w.x0 < x0 - _CUT_REACH and x0 + _CUT_REACH < w.x1
                 and top <= (w.top + w.bottom) / 2 <= bottom and w.text not in cell.text), None)


def _cell_after(cells: Sequence[Cell | None], position: int) -> Cell | None:
    """The cell right of POSITION, if the row has one."""
    return cells[position + 1] if position + 1 < len(cells) else None


def _only_date(cells: Sequence[Cell | None], columns: ColumnMap) -> Extracted | None:
    """The row's one date when no column gave it: a text layout split "Dec. 3, 2021" over
    three cells or joined it to the entry number. Two dates in the row: a person reads them."""
    skip = {columns.get("liquidated")}
    parts = [c for i, c in enumerate(cells) if c is not None and c.text and i not in skip]
    found = find_dates(" ".join(c.text for c in parts))
    if len(found) != 1:
        return None
    left = min(c.bbox[0] for c in parts)
    bbox = (left, min(c.bbox[1] for c in parts), max(c.bbox[2] for c in parts),
            max(c.bbox[3] for c in parts))
    return Extracted(found[0].value, Evidence(parts[0].page, bbox, found[0].text),
                     DATE_BY_ORDER)

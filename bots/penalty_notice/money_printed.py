"""Amounts printed in a form the reader cannot be sure of go to a person, never read as a guess.

A European sender writes "USD 1.234,56" (a decimal comma, thousands set apart by dots or
spaces) or "$90.000"; a summary rounds to "$90K". Read as US figures these give $1.00, $90.00
or $90.00: the penalty, its range and the notice would rest on a wrong amount. The value is
dropped and a person reads the amount as printed (19 CFR 162.71(a), 1592(c) rest on it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bots.penalty_notice.extract_entries import EntryRow
from tradebots.facts import Extracted

MONEY_FIELDS = ("domestic_value", "dutiable_value")
ROW_MONEY = ("entered_value", "duty_paid", "duty_owed")

# A decimal comma: cents after a comma ("63.867,74", "1 596,69", "1,5"), where a US amount has
# only thousands after its commas ("1,234.56", "48,210").
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?![\d])")
# Thousands set apart by dots ("90.000", "1.234.567"): no US amount has three decimals.
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d%])")
# A rounded figure with its scale as a letter or word ("$90K", "USD 1.2M", "$3 million").
_SCALED = re.compile(r"\d\s*(?:k|m|mm|mn|bn|thousand|million)\b", re.IGNORECASE)


# A figure read only in part: cents after a comma, thousands after a dot or a space before
# cents, or a scale ("USD 90| 000,00", "$90|.000", "$90|K").
_GOES_ON = re.compile(r"(?:[.,]\d|[ \u00a0\u2009']\d{3}[.,]\d)[\d.,' \u00a0\u2009]*\d"
                      r"|\s?(?:k|mm?|mn|bn|thousand|million)\b", re.IGNORECASE)


def printed_on(text: str, end: int) -> int:
    """Where the figure read up to END in TEXT ends as printed (END when it ends there)."""
    found = _GOES_ON.match(text, end)
    return found.end() if found else end


def unsure_amount(printed: str) -> bool:
    """Whether an amount printed so is not surely read as US dollars and cents."""
    return any(p.search(printed) for p in (_DECIMAL_COMMA, _DOT_GROUPS, _SCALED))


# A spreadsheet's row pasted with no space after its commas prints as one word
# ("QBX-1234567-1,03/03/2023,Y,41,250.00,1,031.25,2,681.25"). Its cells can be told apart only
# when every amount carries its cents: a comma after the cents parts two cells, one inside a
# figure sets its thousands apart. A cell of one to three bare digits could be a figure's
# thousands or a cell of its own ("12,345.00": 12 and 345.00?): the row is then unsure.
_GLUED_AMOUNT = re.compile(r"(?:US\$|USD|\$)?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d(?=,|$)")
_GLUED_CELL = re.compile(r"[^,]*(?=,|$)")
_BARE_GROUP = re.compile(r"(?:US\$|USD|\$)?\d{1,3}")


def glued_amounts(word: str) -> list[str] | None:
    """The amounts of a comma-joined row WORD, each as printed; None when the word is no such
    row or a cell could be a figure's thousands as well as a cell of its own."""
    if word.count(",") < 2:
        return None
    amounts: list[str] = []
    at = 0
    while at <= len(word):
        found = _GLUED_AMOUNT.match(word, at)
        if found is not None:
            amounts.append(found.group(0))
        else:
            found = _GLUED_CELL.match(word, at)
            assert found is not None
            if _BARE_GROUP.fullmatch(found.group(0)):
                return None
        at = found.end() + 1
    return amounts or None


def _glued_figure_read(printed: str, value: object) -> bool:
    """Whether PRINTED holds a comma-joined row whose cells are told apart surely and one of
    whose amounts is VALUE."""
    for word in printed.split():
        amounts = glued_amounts(word.strip(".;"))
        if amounts and any(_figure(amount) == value for amount in amounts):
            return True
    return False


def _figure(printed: str) -> Decimal:
    return Decimal(re.sub(r"[^\d.]", "", printed))


def _doubt(where: str, item: Extracted) -> str | None:
    if item.evidence is None or not unsure_amount(item.evidence.text):
        return None
    if _glued_figure_read(item.evidence.text, item.value):
        return None  # "41,250.00,1,031.25": each cell's figure is a sure US amount
    return (f"The {where} is printed {item.evidence.text!r}: a decimal comma, thousands set "
            "apart by dots or a rounded figure, which a person reads.")


def settle_printed_money(fields: dict[str, Extracted],
                         rows: list[EntryRow]) -> tuple[list[EntryRow], tuple[str, ...]]:
    """Drop every amount whose printed form is unsure (from FIELDS in place, and from the
    rows returned), with a doubt for each naming it as printed."""
    doubts: list[str] = []
    for key in MONEY_FIELDS:
        if key in fields and (doubt := _doubt(key.replace("_", " "), fields[key])):
            doubts.append(doubt)
            del fields[key]
    settled: list[EntryRow] = []
    for row in rows:
        values = dict(row.values)
        for key in ROW_MONEY:
            where = f"{key.replace('_', ' ')} of entry {row.number.value}"
            if key in values and (doubt := _doubt(where, values[key])):
                doubts.append(doubt)
                del values[key]
        settled.append(replace(row, values=values))
    return settled, tuple(doubts)

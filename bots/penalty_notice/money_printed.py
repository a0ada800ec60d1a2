"""Amounts printed in a form the reader cannot be sure of go to a person, never read as a guess.

A European sender writes "USD 1.234,56" (a decimal comma, thousands set apart by dots or
spaces) or "$90.000"; a summary rounds to "$90K". Read as US figures these give $1.00, $90.00
or $90.00: the penalty, its range and the notice would rest on a wrong amount. The value is
dropped and a person reads the amount as printed (19 CFR 162.71(a), 1592(c) rest on it).
"""

from __future__ import annotations

import re
from dataclasses import replace

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


def _doubt(where: str, item: Extracted) -> str | None:
    if item.evidence is None or not unsure_amount(item.evidence.text):
        return None
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

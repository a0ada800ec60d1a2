"""Money as senders print it: $1,234.56, 1234.56, 1,234.56, USD 1,234.56, $48,210, $-158.71,
(1,234.00) for a credit; one amount in a cell, or every amount in a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_CURRENCY = r"(?:US\s*\$|USD\s*\$?|\$)"
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
MONEY_PATTERN = re.compile(
    rf"(?P<neg>\()?\s*(?P<minus>-)?\s*(?P<cur>{_CURRENCY})?\s*(?P<minus2>-)?\s*"
    rf"(?P<amount>{_AMOUNT})\s*(?P<cur2>USD|dollars)?\s*(?(neg)\))",
    re.IGNORECASE,
)
# Thousands set apart by a space, a thin or no-break space or an apostrophe ("$216 000.00",
# "USD 1\u2009031.25", "$12'500.00"): read as one amount only after a currency, since bare
# figures side by side ("100 250.00") are two cells.
GROUP_GAP = "[ \u2009\u202f\u00a0']"
SPACED_AMOUNT = rf"\d{{1,3}}(?:{GROUP_GAP}\d{{3}})+(?:\.\d{{1,2}})?(?![\d,])"
# An amount in a sentence, its currency first: a clause's comma after it is no digit group
# ("deposited $806, owed $744"), and thousands set apart are one amount only after the currency.
AMOUNT_AFTER_CURRENCY = rf"{_CURRENCY}\s*-?\s*(?:{SPACED_AMOUNT}|{_AMOUNT})"
_SPACED_MONEY = re.compile(rf"\(?\s*-?\s*{_CURRENCY}\s*-?\s*{SPACED_AMOUNT}\s*\)?", re.IGNORECASE)
_GAP_IN_GROUPS = re.compile(rf"(?<=\d){GROUP_GAP}(?=\d{{3}}\b)")
# In running text an amount must carry its currency: "3 entries" and "2022" are not money.
# A cheque's "and 00/100 Dollars" is the cents of an amount in words, not a hundred dollars; a
# European "5.000,00" or a spaced "12 000.00" is not read as its first group (after a currency,
# "$12 000.00", it is one amount).
_IN_TEXT = re.compile(
    rf"(?<![\w.,/])(?:(?P<cur>{_CURRENCY})\s*(?P<minus>-)?\s*(?P<a1>{SPACED_AMOUNT}|{_AMOUNT})"
    rf"|(?P<a2>{_AMOUNT})\s*(?:USD|(?:U\.\s?S\.|US)?\s*dollars)\b)(?![\d,]|\.\d|\s\d{{3}}[.,]\d)",
    re.IGNORECASE,
)
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class MoneyMatch:
    start: int
    end: int
    text: str
    value: Decimal


def _dollars(amount: str, negative: bool) -> Decimal:
    value = Decimal(_GAP_IN_GROUPS.sub("", amount).replace(",", ""))
    return (-value if negative else value).quantize(_CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str) -> Decimal | None:
    """The one amount `text` is, to the cent, with or without a currency; None otherwise."""
    stripped = text.strip().rstrip(".;")
    if _SPACED_MONEY.fullmatch(stripped):
        stripped = _GAP_IN_GROUPS.sub("", stripped)
    match = MONEY_PATTERN.fullmatch(stripped)
    if match is None:
        return None
    negative = bool(match.group("neg") or match.group("minus") or match.group("minus2"))
    return _dollars(match.group("amount"), negative)


def find_money(text: str) -> Iterator[MoneyMatch]:
    """Every amount in running text that carries a currency ($, USD, dollars), in order."""
    for match in _IN_TEXT.finditer(text):
        amount = match.group("a1") or match.group("a2")
        value = _dollars(amount, bool(match.group("minus")))
        yield MoneyMatch(match.start(), match.end(), match.group(0), value)


def looks_like_money(text: str) -> bool:
    """A cell that holds one amount with cents, separators or a currency, not a count or year."""
    stripped = text.strip()
    return parse_money(stripped) is not None and bool(
        re.search(r"[$.,]|usd", stripped, re.IGNORECASE)
    )

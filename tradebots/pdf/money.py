"""Money amounts as printed ($1,234.56, USD 1,234, (1,234.00) for a credit) to Decimal dollars."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

MONEY_PATTERN = re.compile(
    r"(?P<neg>\()?\s*(?P<minus>-)?\s*(?:US\s*\$|USD|\$)?\s*"
    r"(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:USD)?\s*(?(neg)\))",
    re.IGNORECASE,
)
_CENT = Decimal("0.01")


def parse_money(text: str) -> Decimal | None:
    """The amount in `text` rounded to cents; None when the text is not one amount."""
    match = MONEY_PATTERN.fullmatch(text.strip())
    if match is None:
        return None
    value = Decimal(match.group("amount").replace(",", ""))
    if match.group("neg") or match.group("minus"):
        value = -value
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)

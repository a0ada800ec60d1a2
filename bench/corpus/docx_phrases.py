"""Phrasings every kind of Word letter shares: dates, money, stamps, closings, signature blocks.

Each bank holds the ways real senders write the element; a document draws one of each.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from bench.corpus.formats import NUMERIC_STYLES, WORD_STYLES, DateStyle, stamp_date


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


DATE_STYLES: tuple[DateStyle, ...] = NUMERIC_STYLES + WORD_STYLES + (
    lambda d: f"{d:%m}-{d:%d}-{d.year}",  # 03-07-2025
    lambda d: f"{d:%B} {_ordinal(d.day)}, {d.year}",  # March 7th, 2025
    lambda d: f"{d.day:02d}-{d:%b}-{d.year}",  # 07-Mar-2025
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",  # Friday, March 7, 2025
)

MoneyStyle = Callable[[Decimal], str]
MONEY_STYLES: tuple[MoneyStyle, ...] = (
    lambda a: f"${a:,.2f}",  # $12,345.67
    lambda a: f"{a:,.2f}",  # 12,345.67
    lambda a: f"{a:.2f}",  # 12345.67
    lambda a: f"USD {a:,.2f}",  # USD 12,345.67
    lambda a: f"$ {a:,.2f}",  # $ 12,345.67
    lambda a: f"{a:,.2f} USD",  # 12,345.67 USD
    lambda a: f"${a:,.0f}" if a == a.to_integral_value() else f"${a:,.2f}",  # $48,210
)

CLOSINGS = ("Respectfully submitted,", "Very truly yours,", "Sincerely,", "Sincerely yours,",
            "Yours truly,", "Respectfully,", "Best regards,")
SALUTATIONS = ("Dear Port Director:", "Dear Sir or Madam:", "Dear Sir/Madam:",
               "To Whom It May Concern:", "Dear Director:", "Ladies and Gentlemen:")


def pick_date(rng: random.Random) -> DateStyle:
    return rng.choice(DATE_STYLES)


def pick_money(rng: random.Random) -> MoneyStyle:
    return rng.choice(MONEY_STYLES)


def received_stamp(rng: random.Random, received: date, office: str,
                   number: str | None = None) -> list[str]:
    """A CBP receipt stamp in one of the forms ports use; the protest number when one is given."""
    style = rng.randrange(5)
    if style == 0:
        lines = ["RECEIVED", stamp_date(received), office]
    elif style == 1:
        lines = ["U.S. CUSTOMS AND BORDER PROTECTION", f"RECEIVED {received:%m/%d/%Y}", office]
    elif style == 2:
        lines = [f"RECEIVED BY CBP ON {received:%B} {received.day}, {received.year}".upper(),
                 office]
    elif style == 3:
        lines = ["DATE RECEIVED", received.strftime("%m/%d/%Y"), office]
    else:
        lines = ["CBP", "RECEIVED", f"{received:%d %b %Y}".upper(), office]
    if number:
        lines.append(rng.choice(("PROTEST NO. ", "Protest Number: ", "PROTEST # ")) + number)
    return lines


def signature_block(rng: random.Random, name: str | None, title: str, organisation: str,
                    *, client: str | None = None) -> list[str]:
    """The lines under the closing; `name=None` leaves the block unsigned (a bare line)."""
    if name is None:
        return ["", "______________________________", organisation]
    style = rng.randrange(6)
    if style == 0:
        return [f"/s/ {name}", name, title, organisation]
    if style == 1:
        return ["", "______________________________", name, title]
    if style == 2:
        return [organisation.upper(), "", f"By: /s/ {name}", f"{name}, {title}"]
    if style == 3:
        return ["", f"{name}", f"{title}, {organisation}"]
    if style == 4 and client:
        return [f"{client},", f"by its attorneys, {organisation}", "",
                f"By: /s/ {name}", name]
    return ["", name, "______________________________", name, f"{title}, {organisation}"]

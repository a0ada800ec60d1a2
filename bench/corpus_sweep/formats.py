"""How US senders print dates, money and entry numbers: every style one axis value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = [m[:3] for m in MONTHS]
SHORT_DOT = [m if len(m) <= 4 else m[:3] + "." for m in MONTHS]  # "June", "July", "May"


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


DATE_STYLES: dict[str, str] = {  # value: example for 2025-03-07 (the baseline is "long")
    "long": "March 7, 2025",
    "numeric": "03/07/2025",
    "numeric_nozero": "3/7/2025",
    "numeric_2y": "03/07/25",
    "numeric_2y_nozero": "3/7/25",
    "iso": "2025-03-07",
    "dotted": "03.07.2025",
    "dashed": "03-07-2025",
    "short_dot": "Mar. 7, 2025",
    "short": "Mar 7, 2025",
    "upper": "MARCH 7, 2025",
    "day_month": "7 March 2025",
    "dd_mon_yyyy": "07-MAR-2025",
    "ordinal": "March 7th, 2025",
    "day_of": "the 7th day of March, 2025",
    "weekday": "Friday, March 7, 2025",
    "compact": "20250307",
    "long_nocomma": "March 7 2025",
}


def fmt_date(day: date, style: str) -> str:
    """DAY printed in STYLE (a key of DATE_STYLES)."""
    m, d, y = day.month, day.day, day.year
    month = MONTHS[m - 1]
    return {
        "long": f"{month} {d}, {y}",
        "numeric": f"{m:02d}/{d:02d}/{y}",
        "numeric_nozero": f"{m}/{d}/{y}",
        "numeric_2y": f"{m:02d}/{d:02d}/{y % 100:02d}",
        "numeric_2y_nozero": f"{m}/{d}/{y % 100:02d}",
        "iso": day.isoformat(),
        "dotted": f"{m:02d}.{d:02d}.{y}",
        "dashed": f"{m:02d}-{d:02d}-{y}",
        "short_dot": f"{SHORT_DOT[m - 1]} {d}, {y}",
        "short": f"{SHORT[m - 1]} {d}, {y}",
        "upper": f"{month.upper()} {d}, {y}",
        "day_month": f"{d} {month} {y}",
        "dd_mon_yyyy": f"{d:02d}-{SHORT[m - 1].upper()}-{y}",
        "ordinal": f"{month} {ordinal(d)}, {y}",
        "day_of": f"the {ordinal(d)} day of {month}, {y}",
        "weekday": f"{day.strftime('%A')}, {month} {d}, {y}",
        "compact": f"{y}{m:02d}{d:02d}",
        "long_nocomma": f"{month} {d} {y}",
    }[style]


MONEY_STYLES: dict[str, str] = {  # value: example for 48210.5 (the baseline is "dollar")
    "dollar": "$48,210.50",
    "plain": "48,210.50",
    "no_comma": "48210.50",
    "dollar_no_comma": "$48210.50",
    "usd_prefix": "USD 48,210.50",
    "usd_suffix": "48,210.50 USD",
    "dollar_space": "$ 48,210.50",
    "thin_space": "$48 210.50",
    "dollars_word": "48,210.50 dollars",
    "no_cents": "$48,210 (cents only where not zero)",
}


def fmt_money(amount: Decimal, style: str) -> str:
    """AMOUNT (not negative) printed in STYLE (a key of MONEY_STYLES)."""
    assert amount >= 0
    grouped = f"{amount:,.2f}"
    bare = f"{amount:.2f}"
    if style == "no_cents":
        return f"${amount:,.0f}" if amount == amount.to_integral_value() else f"${grouped}"
    return {
        "dollar": f"${grouped}",
        "plain": grouped,
        "no_comma": bare,
        "dollar_no_comma": f"${bare}",
        "usd_prefix": f"USD {grouped}",
        "usd_suffix": f"{grouped} USD",
        "dollar_space": f"$ {grouped}",
        "thin_space": "$" + grouped.replace(",", " "),
        "dollars_word": f"{grouped} dollars",
    }[style]


CREDIT_STYLES = {"minus": "-123.45", "parens": "(123.45)", "trailing_minus": "123.45-",
                 "cr": "123.45 CR"}


def fmt_credit(amount: Decimal, style: str) -> str:
    """A per-entry difference that may be a credit (duty overpaid), as worksheets print it."""
    if amount >= 0:
        return f"{amount:,.2f}"
    text = f"{-amount:,.2f}"
    return {"minus": f"-{text}", "parens": f"({text})", "trailing_minus": f"{text}-",
            "cr": f"{text} CR"}[style]


ENTRY_FORMATS = {"dash": "BDF-0412775-3", "nodash": "BDF04127753", "spaces": "BDF 0412775 3",
                 "joined_check": "BDF-04127753", "dash_before_check_only": "BDF0412775-3"}


def fmt_entry(number: str, style: str) -> str:
    """An `XXX-NNNNNNN-C` entry number as the sender prints it."""
    filer, serial, check = number.split("-")
    return {"dash": number, "nodash": f"{filer}{serial}{check}",
            "spaces": f"{filer} {serial} {check}",
            "joined_check": f"{filer}-{serial}{check}",
            "dash_before_check_only": f"{filer}{serial}-{check}"}[style]

"""FP&F referrals printed by texttopdf: a case summary worksheet and a typed referral memo."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from . import typewriter as tw
from .common import date_text, pick, rough, usd
from .penalties import Referral
from .penalty_words import culpability, entry_rows, facts, goods, kind, loss, prior


def worksheet(c: Referral, rng: random.Random) -> tuple[str, str]:
    style = pick(rng, ["dotted-day-first", "us", "iso"])
    money = pick(rng, ["bare", "nocomma"])
    w = 22
    out = [
        f"U.S. CUSTOMS AND BORDER PROTECTION{'FP&F CASE SUMMARY WORKSHEET':>50}",
        "=" * 84,
        tw.dotted("CASE NUMBER", c.case_number, w),
        tw.dotted("PREPARED", f"{date_text(c.referral_date, style)}  BY {c.officer.upper()}", w),
        tw.dotted("VIOLATOR", c.party, w),
        tw.dotted("ADDRESS", c.address[0], w),
    ]
    out += [" " * (w + 2) + line for line in c.address[1:]]
    out.append(tw.dotted("IOR NO", c.importer_number, w))
    if goods(c):
        out += tw.dotted_lines("MERCHANDISE", goods(c) or "", w, 90)
    if kind(c):
        out += tw.dotted_lines("VIOLATION", (kind(c) or "").upper(), w, 90)
    out += [
        tw.dotted("DATE OF VIOLATION", date_text(c.violation_date, style), w),
        tw.dotted("CULPABILITY", culpability(c, rng).upper(), w),
        prior(c, rng).upper()
        if rng.random() < 0.5
        else tw.dotted("PRIOR DISCLOSURE", "Y" if c.prior_disclosure else "N", w),
        tw.dotted(
            "IMPORTATION", "NONCOMMERCIAL (PERSONAL USE)" if c.noncommercial else "COMMERCIAL", w
        ),
        tw.dotted("DOMESTIC VALUE", usd(c.domestic_value, money), w),
    ]
    if c.dutiable_value is not None:
        out.append(tw.dotted("DUTIABLE VALUE", usd(c.dutiable_value, money), w))
    widths = [15, 11, 6, 13, 11, 11, 11]
    right = frozenset({3, 4, 5, 6})
    head = tw.columns(
        ["ENTRY NUMBER", "ENTRY DATE", "LIQ", "ENTERED VAL", "DUTY PAID", "DUTY OWED", "LOSS"],
        widths,
        right,
    )
    rows = [tw.columns(row, widths, right) for row in entry_rows(c, rng, style, money)]
    total = [sum((getattr(e, f) for e in c.entries), Decimal(0)) for f in ("value", "paid", "owed")]
    total_loss = sum((loss(e.owed, e.paid) for e in c.entries), Decimal(0))
    out += ["", "ENTRY DETAIL", "-" * 84, head, "-" * 84, *rows[:2]]
    if len(rows) > 2:
        out += [tw.FORM_FEED + "ENTRY DETAIL (CONT'D)", head, "-" * 84, *rows[2:]]
    out += [
        "-" * 84,
        tw.columns(
            ["TOTALS", "", ""] + [usd(t, money) for t in total] + [usd(total_loss, money)],
            widths,
            right,
        ),
        "",
    ]
    text = facts(c)
    if text:
        out += ["MATERIAL FACTS:", *tw.wrap(text, 80, "  ")]
    out += ["", f"REFERRED BY: {c.officer}, Import Specialist", "*** END ***"]
    return "\n".join(out) + "\n", "cpi=12 lpi=7"


def memo(c: Referral, rng: random.Random) -> tuple[str, str]:
    style = pick(rng, ["day-first", "long", "ordinal"])
    money = pick(rng, ["usd", "dollar"])
    total_loss = sum((loss(e.owed, e.paid) for e in c.entries), Decimal(0))
    out = [
        "MEMORANDUM",
        "",
        "TO:       Fines, Penalties and Forfeitures Officer",
        f"FROM:     {c.officer}, Entry Specialist",
        f"DATE:     {date_text(c.referral_date, style)}",
        f"SUBJECT:  Referral for penalty action, 19 U.S.C. 1592 - Case {c.case_number}",
        "",
        "-" * 70,
        "",
    ]
    para = (
        f"1. Party. {c.party}, {', '.join(c.address)}, importer number {c.importer_number}, is the "
        "importer of record on the entries below."
    )
    out += [*tw.wrap(para, 70), ""]
    second = "2. Violation. "
    if goods(c):
        second += f"The merchandise is {goods(c)}. "
    if kind(c):
        second += f"The violation is {kind(c)}. "
    second += (
        f"Date of violation: {date_text(c.violation_date, style)}. The level of "
        f"culpability: {culpability(c, rng)}. {prior(c, rng, prose=True)}"
    )
    if c.noncommercial:
        second += (
            " The goods were imported for personal use, not for sale (noncommercial importation)."
        )
    out += [*tw.wrap(second, 70), ""]
    text = facts(c)
    if text:
        prose = f"3. Facts. {text} In round numbers the loss is about {rough(total_loss)}."
        out += [*tw.wrap(prose, 70), ""]
    values = f"4. Values. Domestic value {usd(c.domestic_value, money)}"
    if c.dutiable_value is not None:
        values += f"; dutiable value {usd(c.dutiable_value, money)}"
    out += [*tw.wrap(values + ".", 70), "", "5. Entries:", ""]
    widths = [15, 12, 12, 12, 11, 11]
    right = frozenset({3, 4, 5})
    out.append(
        tw.columns(
            ["Entry", "Entered on", "Liquidated?", "Value", "Duty paid", "Duty owed"], widths, right
        )
    )
    for row in entry_rows(c, rng, "us", "bare"):
        out.append(tw.columns(row[:6], widths, right))
    out += ["", "", c.officer, "Entry Specialist"]
    return "\n".join(out) + "\n", "cpi=11 lpi=6 page-left=40"


STYLES = {"worksheet": worksheet, "typed-memo": memo}


def render(c: Referral, rng: random.Random, style: str, out: Path) -> None:
    text, options = STYLES[style](c, rng)
    tw.print_text(text, out, options, f"penalty {c.case}")

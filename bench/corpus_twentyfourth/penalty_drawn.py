"""FP&F referrals drawn with PDF::Create: a narrative memo and a findings sheet with a worksheet."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from .canvas import Canvas
from .common import date_text, pick, rough, usd
from .penalties import Referral
from .penalty_words import culpability, entry_rows, facts, goods, kind, loss, prior


def narrative(c: Referral, rng: random.Random) -> Canvas:
    style = pick(rng, ["ordinal", "abbr", "day-first"])
    money = pick(rng, ["dollar", "usd"])
    total_loss = sum((loss(e.owed, e.paid) for e in c.entries), Decimal(0))
    cv = Canvas(font="Times-Roman", size=11, footer=f"Case {c.case_number}")
    cv.para("U.S. Customs and Border Protection", "Times-Bold", 12, after=0)
    cv.para("Office of Field Operations - Entry Branch", "Times-Italic", 10, after=10)
    cv.para("MEMORANDUM FOR: Fines, Penalties and Forfeitures Officer", "Helvetica", 9.5, after=2)
    cv.para(f"FROM: {c.officer}, Supervisory Import Specialist", "Helvetica", 9.5, after=2)
    cv.para(f"DATE: {date_text(c.referral_date, style)}", "Helvetica", 9.5, after=2)
    cv.para(
        f"SUBJECT: Penalty referral, {c.party} (Case No. {c.case_number})",
        "Helvetica",
        9.5,
        after=4,
    )
    cv.rule(0.8, 10)
    opening = (
        f"This referral concerns {c.party} of {', '.join(c.address)}, importer of record number "
        f"{c.importer_number}. "
    )
    if goods(c):
        opening += f"The goods are {goods(c)}. "
    if kind(c):
        opening += f"The entries misstate the merchandise by {kind(c)}. "
    cv.para(opening)
    text = facts(c)
    if text:
        cv.para("Background", "Times-Bold", 11, after=3)
        cv.para(
            f"{text} In short, roughly {rough(total_loss)} in duty is at stake across "
            f"{len(c.entries)} entr{'y' if len(c.entries) == 1 else 'ies'}."
        )
    cv.para("Culpability and disclosure", "Times-Bold", 11, after=3)
    cv.para(
        f"Culpability assessed: {culpability(c, rng)}. {prior(c, rng, prose=True)} The violation "
        f"date for limitations purposes is {date_text(c.violation_date, style)}."
        + (" This was a noncommercial importation for personal use." if c.noncommercial else "")
    )
    cv.para("Values", "Times-Bold", 11, after=3)
    values = f"The domestic value of the merchandise is {usd(c.domestic_value, money)}"
    if c.dutiable_value is not None:
        values += f" and its dutiable value is {usd(c.dutiable_value, money)}"
    cv.para(values + ".")
    cv.para("Entries", "Times-Bold", 11, after=3)
    header = pick(
        rng,
        [
            ["Entry No.", "Entry Date", "Liq. Status", "Entered Value", "Duty Paid", "Duty Owed"],
            [
                "Entry #",
                "Date of Entry",
                "Liquidated?",
                "Value (USD)",
                "Duties Deposited",
                "Correct Duty",
            ],
        ],
    )
    cv.table(
        header,
        [row[:6] for row in entry_rows(c, rng, "us", "bare")],
        [2.2, 1.5, 1.3, 1.6, 1.5, 1.5],
        ruled=True,
        size=8.5,
        repeat_header=rng.random() < 0.5,
    )
    cv.para(f"Referred for action under 19 U.S.C. 1592. - {c.officer}", "Times-Italic", 10)
    return cv


def findings(c: Referral, rng: random.Random) -> Canvas:
    style = pick(rng, ["us", "long", "us-short"])
    money = pick(rng, ["dollar", "bare"])
    cv = Canvas(font="Helvetica", size=9, footer="Case initiation and findings")
    cv.para("CASE INITIATION AND FINDINGS", "Helvetica-Bold", 13, after=2)
    cv.para("Fines, Penalties & Forfeitures - 19 U.S.C. 1592 referral", "Helvetica", 8.5, after=8)
    fields = [
        ("Case number", c.case_number),
        ("Alleged violator", c.party),
        ("Address", ", ".join(c.address)),
        ("Importer of record no.", c.importer_number),
        ("Date of violation", date_text(c.violation_date, style)),
        ("Culpability", culpability(c, rng)),
        ("Prior disclosure", "Yes" if c.prior_disclosure else "No"),
        ("Commercial importation", "No - personal use" if c.noncommercial else "Yes"),
        ("Domestic value", usd(c.domestic_value, money)),
    ]
    if c.dutiable_value is not None:
        fields.append(("Dutiable value", usd(c.dutiable_value, money)))
    if goods(c):
        fields.append(("Merchandise", goods(c) or ""))
    if kind(c):
        fields.append(("Nature of violation", kind(c) or ""))
    cv.table(["Field", "Finding"], [list(f) for f in fields], [1.4, 3.6], ruled=True, size=9)
    text = facts(c)
    if text:
        cv.para("Statement of facts", "Helvetica-Bold", 10, after=3)
        cv.para(text)
    cv.para("Loss of duties worksheet", "Helvetica-Bold", 10, after=3)
    rows = entry_rows(c, rng, style if style != "long" else "us", money)
    total = [sum((getattr(e, f) for e in c.entries), Decimal(0)) for f in ("value", "paid", "owed")]
    total_loss = sum((loss(e.owed, e.paid) for e in c.entries), Decimal(0))
    rows.append(["TOTAL", "", ""] + [usd(t, money) for t in total] + [usd(total_loss, money)])
    cv.table(
        ["Entry Number", "Entry Dt.", "Status", "Entered Value", "Duty Paid", "Duty Owed", "Loss"],
        rows,
        [2.1, 1.3, 1.1, 1.5, 1.3, 1.3, 1.3],
        ruled=False,
        size=8.5,
        repeat_header=rng.random() < 0.5,
    )
    cv.para(
        f"Prepared by {c.officer} on {date_text(c.referral_date, style)}.", "Helvetica-Oblique", 8.5
    )
    return cv


STYLES = {"narrative-memo": narrative, "findings-sheet": findings}


def render(c: Referral, rng: random.Random, style: str, out: Path) -> None:
    STYLES[style](c, rng).render(out, f"Penalty referral {c.case_number}", c.officer)

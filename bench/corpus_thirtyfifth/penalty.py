"""Penalty referrals (19 U.S.C. 1592): the cases, their truths and three senders' styles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyfifth import law, pools
from bench.corpus_thirtyfifth.model import MONEY_STYLES, Doc, dollars, fmt_date, fmt_money, pick

CASES = [
    "neg",
    "gn",
    "fraud",
    "neg-no-loss",
    "dv-cap",
    "fraud-pd",
    "fraud-pd-no-loss",
    "small",
    "noncommercial",
    "expired",
    "neg-pd-actual",
    "barred-entry",
]
STYLES = ("twocol", "worksheet", "narrative")
CULPABILITY_WORDS = {
    "negligence": (
        "Negligence",
        "negligent (failure to exercise reasonable care)",
        "NEGLIGENCE - 19 U.S.C. 1592(c)(3)",
    ),
    "gross_negligence": (
        "Gross negligence",
        "grossly negligent",
        "GROSS NEGLIGENCE - 19 U.S.C. 1592(c)(2)",
    ),
    "fraud": ("Fraud", "fraudulent (knowing and voluntary)", "FRAUD - 19 U.S.C. 1592(c)(1)"),
}


@dataclasses.dataclass
class Line:
    number: str
    date: dt.date
    liquidated: bool
    value: int
    paid: int
    owed: int


@dataclasses.dataclass
class Referral:
    case: str
    number: str
    name: str
    address: list[str]
    ior: str
    violation: dt.date
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    lines: list[Line]
    dv: int
    dutiable: int
    today: dt.date
    officer: str


def plan(case: str, rng: random.Random) -> Referral:
    name, address = pools.COMPANIES[rng.randrange(len(pools.COMPANIES))]
    filer = pick(rng, pools.FILERS)
    culpability = {
        "gn": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-no-loss": "fraud",
    }.get(case, "negligence")
    start = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randrange(0, 900))
    if case == "expired":
        start = dt.date(2018, 2, 1) + dt.timedelta(days=rng.randrange(0, 300))
    if case == "barred-entry":
        start = dt.date(2019, 6, 1) + dt.timedelta(days=rng.randrange(0, 200))
    count = rng.randrange(2, 5)
    lines = []
    day = start
    for k in range(count):
        value = rng.randrange(8_000, 90_000) * 100 + rng.randrange(100)
        if case == "small":
            value = rng.randrange(2_000, 3_500) * 100
        paid_rate, owed_rate = (
            (0.05, 0.75) if case == "dv-cap" else (0.025, rng.choice([0.065, 0.08, 0.1]))
        )
        paid = round(value * paid_rate)
        owed = round(value * owed_rate)
        if case in ("neg-no-loss", "fraud-pd-no-loss"):
            owed = paid - (rng.randrange(0, 5000) if k == 0 else 0)
        if case == "gn" and k == count - 1:
            owed = paid - rng.randrange(1000, 9000)  # an overpaid entry: no offset
        if case == "small":
            owed = paid + (rng.randrange(20000, 45000) if k == 0 else 0)
        if (owed - paid) % 2 and owed > paid:
            owed += 1
        liquidated = case != "fraud-pd-no-loss" and (k % 2 == 0 or case == "neg-pd-actual")
        lines.append(
            Line(law.entry_number(filer, pools.serial(rng)), day, liquidated, value, paid, owed)
        )
        day += dt.timedelta(days=rng.randrange(20, 90))
        if case == "barred-entry" and k == 0:
            day = dt.date(2021, 9, 1) + dt.timedelta(days=rng.randrange(0, 200))
    total = sum(line.value for line in lines)
    dutiable = -(-total // 2000) * 2000
    dv = -(-dutiable * (120 if case == "dv-cap" else rng.randrange(125, 160)) // 10000) * 100
    violation = lines[-1].date if case == "barred-entry" else lines[0].date
    limit = law.add_years(violation, 5)
    if case == "expired":
        today = limit + dt.timedelta(days=rng.randrange(20, 200))
    else:
        today = lines[-1].date + dt.timedelta(days=rng.randrange(60, 300))
        today = min(today, limit - dt.timedelta(days=10))
    if case == "barred-entry":
        today = law.add_years(lines[0].date, 5) + dt.timedelta(days=rng.randrange(10, 60))
        assert today < limit
    port = pools.PORTS[rng.randrange(len(pools.PORTS))][0]
    return Referral(
        case=case,
        number=f"{today.year}-{port}-{rng.randrange(100000, 999999)}-01",
        name=name,
        address=list(address),
        ior=pools.ior(rng),
        violation=violation,
        culpability=culpability,
        prior_disclosure=case in ("fraud-pd", "fraud-pd-no-loss", "neg-pd-actual"),
        noncommercial=case == "noncommercial",
        lines=lines,
        dv=dv,
        dutiable=dutiable,
        today=today,
        officer=pick(rng, pools.PEOPLE),
    )


def truth(r: Referral) -> tuple[dict[str, Any], dict[str, Any], list[str], list[str]]:
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "case_number": r.number,
        "party_name": r.name,
        "party_address": ", ".join(r.address),
        "importer_number": r.ior,
        "violation_date": r.violation.isoformat(),
        "culpability": r.culpability,
        "prior_disclosure": r.prior_disclosure,
        "noncommercial": r.noncommercial,
        "entries": [
            {
                "entry_number": x.number,
                "entry_date": x.date.isoformat(),
                "liquidated": x.liquidated,
                "entered_value": dollars(x.value),
                "duty_paid": dollars(x.paid),
                "duty_owed": dollars(x.owed),
            }
            for x in r.lines
        ],
        "domestic_value": dollars(r.dv),
        "dutiable_value": dollars(r.dutiable),
    }
    actual = sum(max(0, x.owed - x.paid) for x in r.lines if x.liquidated)
    potential = sum(max(0, x.owed - x.paid) for x in r.lines if not x.liquidated)
    lod = actual + potential
    statutory, (low, high), proposed = law.penalty_figures(
        r.culpability, lod, r.dv, r.dutiable, r.prior_disclosure
    )
    limit = law.add_years(r.violation, 5)
    barred = [x.number for x in r.lines if law.add_years(x.date, 5) < r.today]
    human = limit < r.today or bool(barred) or proposed is None
    outcome = "needs_human" if human else "draft"
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": dollars(actual),
            "potential": dollars(potential),
            "total": dollars(lod),
        },
        "statutory_max": dollars(statutory),
        "guideline_range": [dollars(low), dollars(high)],
        "limitations_date": limit.isoformat(),
        "notice": law.notice(outcome, proposed, r.noncommercial),
        "outcome": outcome,
        "barred_entries": barred,
    }
    if proposed is None:
        not_scored.append(
            "proposed_penalty: interest on the actual loss of a negligence prior disclosure is "
            "computed by a person"
        )
    else:
        decision["proposed_penalty"] = dollars(proposed)
    if r.prior_disclosure:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range"
        )
    return values, decision, not_scored, ["--today", r.today.isoformat()]


# ----------------------------------------------------------------------------------------------


def _marks(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        [("Liquidated", "Unliquidated"), ("Y", "N"), ("Final", "Open"), ("LIQ", "UNLIQ")]
    )


def _pd_text(r: Referral, style: str) -> str:
    if r.prior_disclosure:
        return {
            "twocol": "Yes - valid prior disclosure (19 CFR 162.74)",
            "worksheet": "[X] Prior disclosure received and perfected",
            "narrative": "Before any investigation began, the party filed a prior disclosure "
            "under 19 CFR 162.74, which has been accepted as valid.",
        }[style]
    return {
        "twocol": "None",
        "worksheet": "[ ] Prior disclosure received and perfected -- none on file",
        "narrative": "The party did not make a prior disclosure.",
    }[style]


def _nc_text(r: Referral) -> str:
    if r.noncommercial:
        return (
            "The importation was noncommercial: personal household effects of the party's "
            "owner, not for sale."
        )
    return "The importations were commercial shipments for resale."


def _show(doc: Doc, r: Referral, ds: str, ms: str) -> None:
    doc.show(
        r.number,
        r.name,
        *r.address,
        r.ior,
        fmt_date(r.violation, ds),
        fmt_money(r.dv, ms),
        fmt_money(r.dutiable, ms),
    )
    for x in r.lines:
        doc.show(
            x.number,
            fmt_date(x.date, ds),
            fmt_money(x.value, ms),
            fmt_money(x.paid, ms),
            fmt_money(x.owed, ms),
        )


def render(r: Referral, style: str, rng: random.Random) -> Doc:
    return {"twocol": _twocol, "worksheet": _worksheet, "narrative": _narrative}[style](r, rng)


def _twocol(r: Referral, rng: random.Random) -> Doc:
    ds, ms = pick(rng, ("slash", "long", "iso")), pick(rng, ("dollar", "plain", "usd"))
    doc = Doc(font="sans", size=9, title=f"Penalty referral {r.number}", author="CBP Port")
    doc.h("U.S. CUSTOMS AND BORDER PROTECTION", align="center", size=12)
    doc.p(
        "Office of Field Operations -- Referral to Fines, Penalties and Forfeitures", align="center"
    )
    doc.p("CASE SUMMARY -- 19 U.S.C. 1592", bold=True, align="center")
    doc.rule()
    doc.cols(
        [
            f"Case No.: {r.number}",
            f"Party: {r.name}",
            "Address:",
            *(f"   {a}" for a in r.address),
            f"IOR No.: {r.ior}",
        ],
        [
            f"Date of violation: {fmt_date(r.violation, ds)}",
            f"Culpability: {CULPABILITY_WORDS[r.culpability][0]}",
            f"Prior disclosure: {_pd_text(r, 'twocol')}",
            f"Domestic value: {fmt_money(r.dv, ms)}",
            f"Dutiable value: {fmt_money(r.dutiable, ms)}",
        ],
    )
    doc.p(_nc_text(r))
    yes, no = _marks(rng)
    doc.p("ENTRIES", bold=True)
    doc.table(
        [["Entry No.", "Entry Date", "Status", "Entered Value", "Duty Paid", "Duty Owed"]]
        + [
            [
                x.number,
                fmt_date(x.date, ds),
                yes if x.liquidated else no,
                fmt_money(x.value, ms),
                fmt_money(x.paid, ms),
                fmt_money(x.owed, ms),
            ]
            for x in r.lines
        ],
        ruled=True,
        widths=[0.21, 0.17, 0.13, 0.17, 0.16, 0.16],
    )
    doc.p(
        "Facts: the party declared the goods under a subheading with a lower rate; the import "
        "specialist's "
        "review of the invoices and mill certificates shows the correct rate."
    )
    doc.p(f"Referred by: {r.officer}, Import Specialist")
    _show(doc, r, ds, ms)
    return doc


def _worksheet(r: Referral, rng: random.Random) -> Doc:
    ds, ms = pick(rng, ("dashmon", "iso", "slash")), pick(rng, ("nocomma", "dollar", "trailing"))
    doc = Doc(font="mono", size=8, title=f"FP&F worksheet {r.number}", author="FP&F")
    doc.p("FINES, PENALTIES & FORFEITURES -- 1592 CASE WORKSHEET", bold=True)
    doc.p(f"CASE NUMBER ......... {r.number}", tight=True)
    doc.p(f"VIOLATOR ............ {r.name}", tight=True)
    for k, a in enumerate(r.address):
        doc.p(f"{'ADDRESS ............. ' if k == 0 else '                      '}{a}", tight=True)
    doc.p(f"IMPORTER NO. ........ {r.ior}", tight=True)
    doc.p(f"VIOLATION DATE ...... {fmt_date(r.violation, ds)}", tight=True)
    doc.p(f"DOMESTIC VALUE ...... {fmt_money(r.dv, ms)}", tight=True)
    doc.p(f"DUTIABLE VALUE ...... {fmt_money(r.dutiable, ms)}", tight=True)
    doc.rule()
    doc.p("CULPABILITY (check one):", bold=True, tight=True)
    for key in ("negligence", "gross_negligence", "fraud"):
        doc.p(f"  [{'X' if key == r.culpability else ' '}] {CULPABILITY_WORDS[key][2]}", tight=True)
    doc.p(_pd_text(r, "worksheet"))
    doc.p(("[X] " if r.noncommercial else "[ ] ") + "Noncommercial importation (162.77(c))")
    yes, no = _marks(rng)
    doc.p("ENTRIES:", bold=True)
    doc.bullets(
        [
            f"{x.number} | entered {fmt_date(x.date, ds)} | {yes if x.liquidated else no} | value "
            f"{fmt_money(x.value, ms)} | paid {fmt_money(x.paid, ms)} | "
            f"owed {fmt_money(x.owed, ms)}"
            for x in r.lines
        ],
        mark="-",
    )
    doc.p(f"PREPARED BY: {r.officer}, Paralegal Specialist")
    _show(doc, r, ds, ms)
    return doc


def _narrative(r: Referral, rng: random.Random) -> Doc:
    ds, ms = pick(rng, ("long", "daymonth", "ordinal", "abbrev")), pick(rng, ("dollar", "usd"))
    doc = Doc(font="serif", size=10, title=f"Audit referral {r.number}", author="Regulatory Audit")
    doc.h("REGULATORY AUDIT AND AGENCY ADVISORY SERVICES", size=12)
    doc.p("Report of Findings and Referral for Penalty Action", bold=True)
    doc.p(f"Case number {r.number}")
    doc.rule()
    doc.p(f"Party. The auditee is {r.name}, {', '.join(r.address)}, importer number {r.ior}.")
    doc.p(
        f"Findings. Date of violation: {fmt_date(r.violation, ds)}. On the entries below the "
        "auditee declared the merchandise under a subheading that carried a lower rate than the "
        f"one that applies. We find the conduct {CULPABILITY_WORDS[r.culpability][1]}."
    )
    doc.p(_pd_text(r, "narrative") + " " + _nc_text(r))
    yes, no = "liquidated", "not yet liquidated"
    for x in r.lines:
        doc.p(
            f"Entry {x.number}, entered on {fmt_date(x.date, ds)} and "
            f"{yes if x.liquidated else no}, declared "
            f"an entered value of {fmt_money(x.value, ms)}; duty of {fmt_money(x.paid, ms)} was "
            "deposited, "
            f"while the duty lawfully owed is {fmt_money(x.owed, ms)}.",
            indent=10,
        )
    doc.p(
        f"Values. The domestic value of the merchandise is {fmt_money(r.dv, ms)}; its dutiable "
        "value is "
        f"{fmt_money(r.dutiable, ms)}."
    )
    doc.gap()
    doc.p(f"{r.officer}", tight=True)
    doc.p("Field Auditor", tight=True)
    _show(doc, r, ds, ms)
    return doc


_ = MONEY_STYLES

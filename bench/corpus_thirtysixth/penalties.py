"""Penalty-case referrals under 19 U.S.C. 1592 and the three offices that write them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtysixth import law
from bench.corpus_thirtysixth.formats import COMPANIES, FILERS, PEOPLE, PORTS, date, money, pick
from bench.corpus_thirtysixth.model import Doc

CASES = [
    "neg-mixed",
    "gn",
    "fraud",
    "neg-noloss",
    "fraud-pd",
    "fraud-pd-noloss",
    "dv-cap",
    "small-claim",
    "noncommercial",
    "expired",
    "barred-entry",
    "neg-pd-actual",
    "gn-noloss",
]
STYLES = ["findings", "worksheet", "narrative"]
CULP_WORDS = {
    "negligence": [
        "Negligence",
        "negligent violation",
        "NEG - failure to exercise reasonable care",
    ],
    "gross_negligence": [
        "Gross negligence",
        "grossly negligent violation",
        "GN - actual knowledge or wanton disregard",
    ],
    "fraud": ["Fraud", "fraudulent violation", "FRAUD - knowing and voluntary false statement"],
}


@dataclass
class PEntry:
    number: str
    entry_date: dt.date
    liquidated: bool
    value: int
    paid: int
    owed: int


@dataclass
class Facts:
    case: str
    number: str
    name: str
    address: list[str]
    ior: str
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    violation: dt.date
    entries: list[PEntry]
    dv: int
    dutiable: int
    today: dt.date
    port: tuple[str, str]


def facts(case: str, rng: random.Random) -> Facts:
    name, address = pick(rng, COMPANIES)
    port = pick(rng, PORTS)
    culp = {
        "gn": "gross_negligence",
        "gn-noloss": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
    }.get(case, "negligence")
    noloss = case.endswith("noloss")
    start = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randrange(900))
    filer = pick(rng, FILERS)
    count = 1 if case == "small-claim" else rng.randrange(2, 5)
    entries = []
    for k in range(count):
        value = (
            rng.randrange(800_000, 9_000_000)
            if case != "small-claim"
            else rng.randrange(300_000, 600_000)
        )
        paid = value * rng.randrange(2, 6) // 100
        if noloss:
            owed = paid
        elif case == "dv-cap":
            owed = paid + value * rng.randrange(60, 75) // 100
        elif case == "small-claim":
            owed = paid + rng.randrange(10_000, 45_000)
        else:
            owed = paid + value * rng.randrange(3, 12) // 100
        entries.append(
            PEntry(
                law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                start + dt.timedelta(days=23 * k + rng.randrange(5)),
                case in ("neg-pd-actual", "expired") or (k % 2 == 0),
                value,
                paid,
                owed,
            )
        )
    if case == "neg-mixed" and len(entries) > 1:
        entries[-1].owed = entries[-1].paid - rng.randrange(1000, 9000)  # overpaid: no offset
    lod = sum(max(0, e.owed - e.paid) for e in entries)
    if lod % 2:
        entries[0].owed += 1
    total_value = sum(e.value for e in entries)
    dutiable = (total_value // 10_000 + 1) * 10_000
    dv = dutiable * rng.randrange(120, 160) // 100 // 100 * 100
    if case == "dv-cap":
        dv = dutiable * rng.randrange(115, 125) // 100 // 100 * 100
    violation = entries[0].entry_date
    today = violation + dt.timedelta(days=rng.randrange(700, 1400))
    if case == "expired":
        today = law.add_years(violation, 5) + dt.timedelta(days=rng.randrange(20, 200))
    if case == "barred-entry":
        entries[0].entry_date = start - dt.timedelta(days=rng.randrange(800, 1100))
        today = law.add_years(entries[0].entry_date, 5) + dt.timedelta(days=rng.randrange(30, 120))
        violation = entries[1].entry_date
    for e in entries:
        if e.entry_date.month == 2 and e.entry_date.day == 29:
            e.entry_date += dt.timedelta(days=1)
    if violation.month == 2 and violation.day == 29:
        violation += dt.timedelta(days=1)
    return Facts(
        case,
        f"{today.year}-{port[0]}-{rng.randrange(10**5, 10**6)}-01",
        name,
        list(address),
        f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        culp,
        case in ("fraud-pd", "fraud-pd-noloss", "neg-pd-actual"),
        case == "noncommercial",
        violation,
        entries,
        dv,
        dutiable,
        today,
        port,
    )


def truth(f: Facts) -> dict[str, Any]:
    actual = sum(max(0, e.owed - e.paid) for e in f.entries if e.liquidated)
    potential = sum(max(0, e.owed - e.paid) for e in f.entries if not e.liquidated)
    lod = actual + potential
    maximum, (low, high), proposed = law.penalty_figures(
        f.culpability, lod, f.dv, f.dutiable, f.prior_disclosure
    )
    limitation = law.add_years(f.violation, 5)
    barred = [e.number for e in f.entries if law.add_years(e.entry_date, 5) < f.today]
    needs_human = limitation < f.today or bool(barred) or proposed is None
    outcome = "needs_human" if needs_human else "draft"
    values = {
        "case_number": f.number,
        "party_name": f.name,
        "party_address": ", ".join(f.address),
        "importer_number": f.ior,
        "violation_date": f.violation.isoformat(),
        "culpability": f.culpability,
        "prior_disclosure": f.prior_disclosure,
        "noncommercial": f.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": law.dollars(e.value),
                "duty_paid": law.dollars(e.paid),
                "duty_owed": law.dollars(e.owed),
            }
            for e in f.entries
        ],
        "domestic_value": law.dollars(f.dv),
        "dutiable_value": law.dollars(f.dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.dollars(actual),
            "potential": law.dollars(potential),
            "total": law.dollars(lod),
        },
        "statutory_max": law.dollars(maximum),
        "guideline_range": [law.dollars(low), law.dollars(high)],
        "limitations_date": limitation.isoformat(),
        "notice": law.notice(proposed, not f.noncommercial, needs_human),
        "outcome": outcome,
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss needs "
            "interest from liquidation to tender, which a person computes"
        )
    else:
        decision["proposed_penalty"] = law.dollars(proposed)
    return {
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--today", f.today.isoformat()],
    }


def render(f: Facts, style: str, rng: random.Random, doc: Doc) -> None:
    fmt = {
        "findings": pick(rng, ["us-slash", "dmy-upper"]),
        "worksheet": "iso",
        "narrative": pick(rng, ["long", "weekday"]),
    }[style]
    mstyle = {
        "findings": "dollar",
        "worksheet": pick(rng, ["plain", "trailing"]),
        "narrative": "usd",
    }[style]

    def d(day: dt.date) -> str:
        return date(fmt, day)

    def m(cents: int) -> str:
        return money(mstyle, cents)

    culp = pick(rng, CULP_WORDS[f.culpability])
    doc.shows(f.number, f.name, *f.address, f.ior, d(f.violation), m(f.dv), m(f.dutiable))
    for e in f.entries:
        doc.shows(e.number, d(e.entry_date), m(e.value), m(e.paid), m(e.owed))
    pd_line = (
        "The party made a prior disclosure under 19 CFR 162.74 before any investigation began, "
        "and tendered any loss of duties."
        if f.prior_disclosure
        else pick(rng, ["No prior disclosure was made.", "Prior disclosure: none."])
    )
    nc_line = (
        "The importation was noncommercial: personal effects imported for the party's own use."
        if f.noncommercial
        else ""
    )
    officer = pick(rng, PEOPLE)
    if style == "findings":
        doc.font = pick(rng, ["sans", "serif"])
        doc.add("head", f"U.S. Customs and Border Protection - Port of {f.port[1]}")
        doc.add("p", "MEMORANDUM - Referral for penalty action under 19 U.S.C. 1592")
        doc.add(
            "kv",
            [
                ("Case no.", f.number),
                ("Party", f.name),
                ("Address", ", ".join(f.address)),
                ("Importer no.", f.ior),
                ("Date of violation", d(f.violation)),
                ("Culpability", culp),
            ],
        )
        doc.add("p", "Findings")
        doc.add(
            "table",
            ["Duty owed", "Entry date", "Entered value", "Entry no.", "Duty deposited", "Final?"],
            [
                [
                    m(e.owed),
                    d(e.entry_date),
                    m(e.value),
                    e.number,
                    m(e.paid),
                    "Final" if e.liquidated else "Open",
                ]
                for e in f.entries
            ],
            True,
        )
        doc.add(
            "p", f"Domestic value of the merchandise: {m(f.dv)}. Dutiable value: {m(f.dutiable)}."
        )
        doc.add("p", " ".join(x for x in (pd_line, nc_line) if x))
        doc.add("p", f"Referred by {officer}, Import Specialist.")
    elif style == "worksheet":
        doc.font = "mono"
        doc.add("head", "LOSS OF DUTY COMPUTATION - ACCOUNTING WORKSHEET")
        doc.add(
            "mono",
            [
                f"CASE ............ {f.number}",
                f"PARTY ........... {f.name}",
                f"ADDRESS ......... {', '.join(f.address)}",
                f"IOR ............. {f.ior}",
                f"VIOLATION DATE .. {d(f.violation)}",
                f"CULPABILITY ..... {culp}",
            ],
        )
        rows = []
        for e in f.entries:
            rows.append(
                [
                    e.number,
                    d(e.entry_date),
                    "LIQ" if e.liquidated else "UNLIQ",
                    m(e.value),
                    m(e.paid),
                    m(e.owed),
                    m(max(0, e.owed - e.paid)),
                ]
            )
        doc.add(
            "table", ["Entry", "Dt entered", "Status", "Value", "Paid", "Owed", "Loss"], rows, False
        )
        doc.add(
            "mono",
            [
                f"DOMESTIC VALUE .. {m(f.dv)}",
                f"DUTIABLE VALUE .. {m(f.dutiable)}",
                f"PRIOR DISCL ..... {'YES' if f.prior_disclosure else 'NO'}",
                f"COMMERCIAL ...... {'NO' if f.noncommercial else 'YES'}",
            ],
        )
        doc.add("p", f"Prepared by {officer}, Accounting.")
    else:
        doc.font = pick(rng, ["serif", "sans"])
        doc.add("head", "Case narrative - fines, penalties and forfeitures")
        doc.add(
            "p",
            f"Case {f.number}. {f.name}, whose address is {', '.join(f.address)} and whose "
            f"importer number is {f.ior}, made the entries below. Date of violation: "
            f"{d(f.violation)}. Culpability: {culp}.",
        )
        doc.add(
            "ul",
            [
                f"Entry {e.number}, entered {d(e.entry_date)}, "
                f"{'liquidated' if e.liquidated else 'not yet liquidated'}: "
                f"entered value {m(e.value)}, "
                f"duty paid {m(e.paid)}, duty owed {m(e.owed)}."
                for e in f.entries
            ],
        )
        doc.add(
            "p",
            f"The domestic value of the merchandise is {m(f.dv)} and its dutiable value "
            f"{m(f.dutiable)}. " + " ".join(x for x in (pd_line, nc_line) if x),
        )
        doc.add("p", f"{officer}, Special Agent")

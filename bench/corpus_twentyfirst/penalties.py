"""19 U.S.C. 1592 penalty referrals: cases, truths, and six ways FP&F and specialists write them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_twentyfirst import law
from bench.corpus_twentyfirst.render import (
    Doc,
    PageBreak,
    Para,
    Space,
    Table,
    TwoColumns,
    caps_pair,
)
from bench.corpus_twentyfirst.words import COMPANIES, GOODS, PEOPLE, PORTS, fmt_date, fmt_money

CASES = [
    "neg",
    "fraud",
    "limitations",
    "nofacts-goods",
    "noncommercial",
    "fraud-pd",
    "gn",
    "dv-cap",
    "small",
    "nofacts-violation",
    "neg-noloss",
    "neg-pd",
    "fraud-pd-noloss",
    "overpaid",
    "gn-near-limit",
    "nofacts-facts",
]
STYLES = ["memo", "landscape", "caps", "email", "numbered", "twocol"]

CULPABILITY = {
    "negligence": [
        "Negligence",
        "a negligent violation",
        "Level of culpability: negligence",
        "a failure to exercise reasonable care (negligence)",
        "Culpability - NEGLIGENCE",
    ],
    "gross_negligence": [
        "Gross negligence",
        "a grossly negligent violation",
        "Culpability level: GROSS NEGLIGENCE",
        "wanton disregard of the facts and of the importer's obligations (gross negligence)",
        "Level of culpability: gross negligence",
    ],
    "fraud": [
        "Fraud",
        "a fraudulent violation",
        "Culpability level: FRAUD",
        "a knowing and voluntary false statement (fraud)",
        "Level of culpability: fraud",
    ],
}
PD_YES = [
    "The importer filed a valid prior disclosure under 19 CFR 162.74 on {d}, before any "
    "investigation began.",
    "Prior disclosure: YES (received {d})",
    "Prior Disclosure  [X] Yes  [ ] No   (dated {d})",
    "A timely prior disclosure was made by letter of {d} and the loss of duties was tendered.",
    "The violation was voluntarily disclosed to CBP on {d} (prior disclosure, 1592(c)(4)).",
]
PD_NO = [
    "No prior disclosure was made.",
    "Prior disclosure: NO",
    "Prior Disclosure  [ ] Yes  [X] No",
    "The company did not disclose the violation before the investigation began.",
    "There was no prior disclosure: the violation came to light in a CBP audit.",
]
VIOLATIONS = {
    "undervalued": (
        "undervaluation",
        "The invoices presented at entry showed prices about 40% below the prices actually paid, "
        "as the importer's bank records and a second set of invoices show.",
    ),
    "misclassified": (
        "misclassification",
        "The goods were entered under a duty-free subheading although CBP laboratory analysis and "
        "the importer's catalogue show they fall under a dutiable one.",
    ),
    "origin": (
        "false country of origin",
        "The goods were declared as products of Vietnam; the mill certificates and factory "
        "records show they were made in China and only repacked in Vietnam.",
    ),
    "quantity": (
        "understated quantity",
        "The entry summaries declared fewer units than were shipped; the bills of lading and a "
        "CBP examination show the difference.",
    ),
}
LIQ_STYLES = [
    ("Y", "N"),
    ("LIQ", "UNLIQ"),
    ("Liquidated", "Unliquidated"),
    ("Final", "Open"),
    ("Yes", "No"),
]


@dataclass
class Entry:
    number: str
    entry_date: date
    liquidated: bool
    entered: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Penalty:
    case: str
    style: str
    case_number: str
    company: tuple[str, str, str]
    importer_no: str | None
    port: tuple[str, str]
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[Entry]
    domestic: Decimal
    dutiable: Decimal | None
    violation: str
    goods: str
    today: date
    omit: str | None
    officer: str
    money_style: str
    date_style: str
    liq_style: int

    @property
    def violation_date(self) -> date:
        return min(e.entry_date for e in self.entries)


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def build(case: str, number: int, rng: random.Random) -> Penalty:
    culpability = (
        "fraud"
        if case.startswith("fraud")
        else "gross_negligence"
        if case.startswith("gn")
        else "negligence"
    )
    count = 1 if case in ("small", "overpaid", "noncommercial") else rng.choice([1, 2, 3])
    start = date(2021, 2, 1) + timedelta(days=rng.randrange(900))
    if case == "limitations":
        start = date(2019, 3, 1) + timedelta(days=rng.randrange(200))
    filer = law.filer_code(rng)
    no_loss = case in ("neg-noloss", "fraud-pd-noloss")
    rate = Decimal("0.65") if case == "dv-cap" else Decimal(rng.choice(["0.12", "0.25", "0.32"]))
    entries: list[Entry] = []
    for index in range(count):
        entered = _cents(rng, 8000, 90000) if case != "small" else _cents(rng, 1500, 4000)
        paid = law.money(entered * Decimal("0.05"))
        owed = paid if no_loss else law.money(entered * rate)
        entry_date = start + timedelta(days=index * rng.randrange(20, 70))
        while entry_date.weekday() > 4:
            entry_date += timedelta(days=1)
        liquidated = rng.random() < 0.5 or (case == "neg-pd" and index == 0)
        entries.append(
            Entry(law.entry_number(rng, filer), entry_date, liquidated, entered, paid, owed)
        )
    if case == "overpaid" and len(entries) == 1:
        entries.append(
            Entry(
                law.entry_number(rng, filer),
                entries[0].entry_date + timedelta(days=14),
                True,
                _cents(rng, 8000, 20000),
                Decimal("900.00"),
                Decimal("850.00"),
            )
        )
    if case == "small":
        first = entries[0]
        others = sum((max(Decimal(0), e.owed - e.paid) for e in entries[1:]), Decimal(0))
        first.owed = first.paid + Decimal("500.00") - others
        assert first.owed > first.paid
    loss = sum((max(Decimal(0), e.owed - e.paid) for e in entries), Decimal(0))
    if loss * 100 % 2:
        next(e for e in entries if e.owed > e.paid).owed += Decimal("0.01")
    total_entered = sum((e.entered for e in entries), Decimal(0))
    dutiable: Decimal | None = total_entered if rng.random() < 0.5 else None
    if no_loss:
        target = (total_entered / 100).to_integral_value() * 100 + 100
        entries[-1].entered += target - total_entered
        dutiable = target
    domestic = (total_entered * Decimal("1.45")).to_integral_value()
    if case == "dv-cap":
        domestic = (total_entered * Decimal("1.1")).to_integral_value()
    today = entries[-1].entry_date + timedelta(days=400 + rng.randrange(300))
    if case == "limitations":
        today = law.plus_years(start, 5) + timedelta(days=30 + rng.randrange(200))
    if case == "gn-near-limit":
        today = law.plus_years(start, 5) - timedelta(days=60 + rng.randrange(200))
    port = PORTS[rng.randrange(len(PORTS))]
    omit = {
        "nofacts-goods": "goods",
        "nofacts-violation": "violation",
        "nofacts-facts": "facts",
    }.get(case)
    return Penalty(
        case=case,
        style=STYLES[number % len(STYLES)],
        case_number=f"{today.year}-{port[0]}-{rng.randrange(100000, 999999)}-01",
        company=(
            (PEOPLE[rng.randrange(len(PEOPLE))], "14 Juniper Lane", "Bend, OR 97701")
            if case == "noncommercial"
            else COMPANIES[rng.randrange(len(COMPANIES))]
        ),
        importer_no=f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
        if rng.random() < 0.8 and case != "noncommercial"
        else None,
        port=port,
        culpability=culpability,
        prior_disclosure="pd" in case,
        noncommercial=case == "noncommercial",
        entries=entries,
        domestic=domestic,
        dutiable=dutiable,
        violation=rng.choice(list(VIOLATIONS)) if not no_loss else "origin",
        goods=GOODS[rng.randrange(len(GOODS))][0],
        today=today,
        omit=omit,
        officer=PEOPLE[rng.randrange(len(PEOPLE))],
        money_style=rng.choice(["dollar", "plain", "usd", "comma", "dollar_usd"]),
        date_style=rng.choice(["long", "us", "short", "iso", "dmy", "abbr", "mil", "dash"]),
        liq_style=rng.randrange(len(LIQ_STYLES)),
    )


def truth(p: Penalty) -> dict[str, Any]:
    not_scored: list[str] = []
    actual = sum((max(Decimal(0), e.owed - e.paid) for e in p.entries if e.liquidated), Decimal(0))
    potential = sum(
        (max(Decimal(0), e.owed - e.paid) for e in p.entries if not e.liquidated), Decimal(0)
    )
    figures = law.penalty(
        p.culpability, p.prior_disclosure, actual, potential, p.domestic, p.dutiable
    )
    limitations = law.plus_years(p.violation_date, 5)
    assert limitations != p.today
    barred = [e.number for e in p.entries if law.plus_years(e.entry_date, 5) < p.today]
    needs_human = limitations < p.today or bool(barred) or p.omit is not None
    proposed = figures["proposed_penalty"]
    if p.prior_disclosure and p.culpability != "fraud":
        if actual > 0:
            needs_human = True
            not_scored.append(
                "proposed_penalty: interest on the actual loss from liquidation to tender, which a "
                "person computes"
            )
            del figures["proposed_penalty"]
        else:
            not_scored.append(
                "outcome/notice: a (gross) negligence prior disclosure with no actual loss; the "
                "contract does not settle it"
            )
    assert isinstance(proposed, Decimal) or proposed is None
    if needs_human or not proposed:
        notice = "none"
    elif proposed > 1000 and not p.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, Any] = {
        **figures,
        "limitations_date": limitations.isoformat(),
        "barred_entries": barred,
    }
    if not (p.prior_disclosure and p.culpability != "fraud" and actual == 0):
        decision["notice"] = notice
        decision["outcome"] = "needs_human" if needs_human else "draft"
    values: dict[str, Any] = {
        "case_number": p.case_number,
        "party_name": p.company[0],
        "party_address": f"{p.company[1]}, {p.company[2]}",
        "importer_number": p.importer_no,
        "violation_date": p.violation_date.isoformat(),
        "culpability": p.culpability,
        "prior_disclosure": p.prior_disclosure,
        "noncommercial": p.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": e.entered,
                "duty_paid": e.paid,
                "duty_owed": e.owed,
            }
            for e in p.entries
        ],
        "domestic_value": p.domestic,
        "dutiable_value": p.dutiable,
    }
    out: dict[str, Any] = {
        "kind": "penalty-case",
        "case": p.case,
        "args": ["--today", p.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out


# ------------------------------------------------------------------ wording


def _m(p: Penalty, value: Decimal) -> str:
    return fmt_money(value, p.money_style)


def _d(p: Penalty, day: date) -> str:
    return fmt_date(day, p.date_style)


def _entry_table(p: Penalty, ruled: bool) -> Table:
    yes, no = LIQ_STYLES[p.liq_style]
    heads = [
        ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"],
        [
            "Entry Number",
            "Date of Entry",
            "Liquidated?",
            "Value",
            "Duties Deposited",
            "Correct Duty",
        ],
        [
            "Entry #",
            "Entry Dt.",
            "Status",
            "Entered Value (USD)",
            "Duty Deposited",
            "Duties Lawfully Owed",
        ],
    ]
    rows = [heads[p.liq_style % 3]]
    for e in p.entries:
        rows.append(
            [
                e.number,
                _d(p, e.entry_date),
                yes if e.liquidated else no,
                _m(p, e.entered),
                _m(p, e.paid),
                _m(p, e.owed),
            ]
        )
    return Table(rows, [1.6, 1.2, 0.9, 1.3, 1.2, 1.3], ruled=ruled, size=8.5)


def _party(p: Penalty) -> list[str]:
    return [p.company[0], p.company[1], p.company[2]]


def _facts(p: Penalty, rng: random.Random) -> dict[str, str]:
    kind, facts = VIOLATIONS[p.violation]
    pd_date = _d(p, p.entries[-1].entry_date + timedelta(days=90))
    return {
        "goods": "" if p.omit == "goods" else f"Merchandise: {p.goods}.",
        "violation": (
            "The importer violated 19 U.S.C. 1592."
            if p.omit == "violation"
            else f"Violation: {kind} on the entries listed, a material false statement under 19 "
            f"U.S.C. "
            "1592(a)(1)(A)."
        ),
        "facts": {
            "facts": "Material facts: to be developed.",
            "violation": "Facts: the entries listed were found in a post-entry review to be in "
            "violation; the file is with the port.",
        }.get(p.omit or "", facts),
        "culp": rng.choice(CULPABILITY[p.culpability]),
        "pd": rng.choice(PD_YES if p.prior_disclosure else PD_NO).format(d=pd_date),
        "nc": (
            "The importation was noncommercial: personal effects brought in for the party's own "
            "use."
            if p.noncommercial
            else ""
        ),
        "dv": f"Domestic value: {_m(p, p.domestic)}",
        "dut": f"Dutiable value: {_m(p, p.dutiable)}" if p.dutiable is not None else "",
        "vdate": f"Date of violation: {_d(p, p.violation_date)}",
    }


def render(p: Penalty, rng: random.Random) -> Doc:
    f = _facts(p, rng)
    return {
        "memo": _memo,
        "landscape": _landscape,
        "caps": _caps,
        "email": _email,
        "numbered": _numbered,
        "twocol": _twocol,
    }[p.style](p, rng, f)


def _culp(phrase: str) -> str:
    return phrase if "ulpability" in phrase else f"Culpability: {phrase}"


def _ior(p: Penalty) -> str:
    return f"Importer No.: {p.importer_no}" if p.importer_no else ""


def _memo(p: Penalty, rng: random.Random, f: dict[str, str]) -> Doc:
    doc = Doc(font="times", header=f"Case No. {p.case_number}")
    doc.add(
        Para("MEMORANDUM", 14, True, "C"),
        Para("TO: Fines, Penalties and Forfeitures Officer", after=1),
        Para(f"FROM: {p.officer}, Import Specialist, Port of {p.port[1]}", after=1),
        Para(f"DATE: {_d(p, p.today - timedelta(days=5))}", after=1),
        Para(f"SUBJECT: Referral for penalty action, Case No. {p.case_number}", bold=True),
        Para("Violator: " + ", ".join(_party(p)), after=1),
        Para(_ior(p)),
        *[Para(t, align="J") for t in (f["goods"], f["violation"], f["facts"]) if t],
        Para(_culp(f["culp"])),
        Para(f["pd"]),
        Para(f["nc"]) if f["nc"] else Space(1),
        Para(f["vdate"]),
        _entry_table(p, rng.random() < 0.5),
        PageBreak(),
        Para("COMPUTATION WORKSHEET", 11, True),
        Para(f["dv"], after=1),
        Para(f["dut"] or "Dutiable value: not computed", after=1),
        Para("Loss of duties: owed less paid on each entry, never below zero.", 9),
        Para(f"Referred by {p.officer}"),
    )
    return doc


def _landscape(p: Penalty, rng: random.Random, f: dict[str, str]) -> Doc:
    doc = Doc(font="helv", landscape=True, header=f"PENALTY CASE {p.case_number} - FP&F")
    doc.add(
        Para(f"Penalty Case Worksheet - {p.port[1]} ({p.port[0]})", 13, True),
        Table(
            [
                ["Case Number", "Party", "Address", "Importer No."],
                [
                    p.case_number,
                    p.company[0],
                    f"{p.company[1]}, {p.company[2]}",
                    p.importer_no or "-",
                ],
            ],
            [1.4, 1.6, 2.4, 1],
            ruled=True,
        ),
        _entry_table(p, rng.random() < 0.5),
        *[Para(t) for t in (f["vdate"], f["dv"], f["dut"]) if t],
        *[Para(t, align="J") for t in (f["goods"], f["violation"], f["facts"]) if t],
        Para(_culp(f["culp"])),
        Para(f["pd"]),
        *([Para(f["nc"])] if f["nc"] else []),
        Para(f"Prepared by {p.officer}"),
    )
    return doc


def _caps(p: Penalty, rng: random.Random, f: dict[str, str]) -> Doc:
    doc = Doc(font="courier", header=f"CASE {p.case_number}")

    doc.add(
        Para("CASE INITIATION - 19 USC 1592", 12, True),
        *caps_pair("CASE NUMBER", p.case_number),
        *caps_pair("VIOLATOR", p.company[0]),
        *caps_pair("ADDRESS", f"{p.company[1]}, {p.company[2]}"),
        *caps_pair("IMPORTER NUMBER", p.importer_no or ""),
        *caps_pair("PORT", f"{p.port[0]} {p.port[1].upper()}"),
        *caps_pair("DATE OF VIOLATION", _d(p, p.violation_date)),
        *caps_pair("MERCHANDISE", f["goods"].removeprefix("Merchandise: ")),
        *caps_pair("VIOLATION", f["violation"]),
        *caps_pair("FACTS", f["facts"]),
        *caps_pair("CULPABILITY", f["culp"]),
        *caps_pair("PRIOR DISCLOSURE", f["pd"]),
        *([*caps_pair("NONCOMMERCIAL", f["nc"])] if f["nc"] else []),
        *caps_pair("DOMESTIC VALUE", _m(p, p.domestic)),
        *caps_pair("DUTIABLE VALUE", _m(p, p.dutiable) if p.dutiable is not None else ""),
        Para("ENTRIES", 8, True),
        _entry_table(p, False),
    )
    return doc


def _email(p: Penalty, rng: random.Random, f: dict[str, str]) -> Doc:
    doc = Doc(font="helv")
    doc.add(
        Para(f"From: {p.officer} <{p.officer.split()[0].lower()}@cbp.dhs.gov>", 9, after=1),
        Para(
            f"Sent: {fmt_date(p.today - timedelta(days=3), 'long')} 2:{rng.randrange(10, 59)} PM",
            9,
            after=1,
        ),
        Para(f"To: FPF {p.port[1]}", 9, after=1),
        Para(f"Subject: 592 referral - {p.company[0]} - case {p.case_number}", 9, True, after=10),
        Para("All,"),
        Para(
            f"Please open penalty case {p.case_number} against {p.company[0]}, {p.company[1]}, "
            f"{p.company[2]}. {_ior(p)}",
            align="J",
        ),
        *[Para(t, align="J") for t in (f["goods"], f["violation"], f["facts"]) if t],
        Para(f"We assess the culpability as {f['culp']}."),
        Para(f["pd"]),
        *([Para(f["nc"])] if f["nc"] else []),
        Para(f["vdate"]),
        _entry_table(p, False),
        Para(f["dv"]),
        *([Para(f["dut"])] if f["dut"] else []),
        Para(f"Thanks, {p.officer.split()[0]}"),
        Space(6),
        Para(
            "> From the entry branch: the entry summaries and the lab report are on the shared "
            "drive.",
            8.5,
        ),
        Para("WARNING: this message contains law enforcement sensitive information.", 7.5),
    )
    return doc


def _numbered(p: Penalty, rng: random.Random, f: dict[str, str]) -> Doc:
    doc = Doc(
        font=rng.choice(["times", "courier"]), header=f"Report of Findings - Case {p.case_number}"
    )
    heads = ["Party", "Entries", "Violation and Facts", "Culpability", "Values"]
    doc.add(
        Para("REPORT OF FINDINGS", 13, True, "C"),
        Para(f"Case {p.case_number}", align="C"),
        Para("Contents", bold=True),
        *[Para(f"{i}. {h}", indent=18, after=1) for i, h in enumerate(heads, 1)],
        Space(6),
        Para("1. Party", bold=True),
        *[Para(x, indent=18, after=1) for x in _party(p)],
        Para(_ior(p), indent=18),
        Para("2. Entries", bold=True),
        Para(f"2.1 {f['vdate']}"),
        _entry_table(p, rng.random() < 0.5),
        PageBreak(),
        Para("3. Violation and Facts", bold=True),
        *[
            Para(f"3.{i} {t}", align="J")
            for i, t in enumerate([t for t in (f["goods"], f["violation"], f["facts"]) if t], 1)
        ],
        Para("4. Culpability", bold=True),
        Para(f"4.1 {f['culp']}"),
        Para(f"4.2 {f['pd']}"),
        *([Para(f"4.3 {f['nc']}")] if f["nc"] else []),
        Para("5. Values", bold=True),
        Para(f"5.1 {f['dv']}"),
        *([Para(f"5.2 {f['dut']}")] if f["dut"] else []),
        Para(f"Special Agent {p.officer}"),
    )
    return doc


def _twocol(p: Penalty, rng: random.Random, f: dict[str, str]) -> Doc:
    doc = Doc(font="times", header=f"FP&F case {p.case_number}")
    left = [t for t in (f["goods"], f["violation"], f["facts"]) if t]
    right = [_culp(f["culp"]), f["pd"], *([f["nc"]] if f["nc"] else [])]
    doc.add(
        Para("CASE SUMMARY", 14, True),
        Para(f"Case number: {p.case_number}", after=1),
        Para(f"Party: {p.company[0]}", after=1),
        Para(f"Address: {p.company[1]}, {p.company[2]}", after=1),
        Para(_ior(p)),
        TwoColumns(left, right),
        Para(f["vdate"]),
        _entry_table(p, True),
        Para(f["dv"], after=1),
        *([Para(f["dut"])] if f["dut"] else []),
        Para(f"Officer: {p.officer}"),
    )
    return doc

"""1592 penalty referrals: a web case tool's printout with a computation table and status badges
(jsPDF) and a landscape case-briefing deck (Impress)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal

from bench.corpus_sixteenth.common import (
    COMPANIES,
    FILERS,
    GOODS,
    PEOPLE,
    PORTS,
    Built,
    date_style,
    fmt_date,
    fmt_money,
    pick,
)
from bench.corpus_sixteenth.law import entry_number, money, plus_years
from bench.corpus_sixteenth.layout import Document, Flow

CASES = [
    "neg",
    "gn",
    "fraud",
    "fraud-pd",
    "neg-nolod",
    "gn-pd-actual",
    "expired",
    "noncommercial",
    "small",
    "lacks-goods",
    "mixed",
    "lacks-facts",
    "neg-dvcap",
    "lacks-kind",
    "overpaid",
    "fraud-pd-nolod",
    "gn-nolod",
]
CULPABILITY = {
    "negligence": [
        "Negligence",
        "Negligent violation - 19 U.S.C. 1592(c)(3)",
        "negligence (failure to exercise reasonable care)",
        "NEGLIGENCE",
        "Negligence (c)(3)",
    ],
    "gross_negligence": [
        "Gross negligence",
        "Grossly negligent - 19 U.S.C. 1592(c)(2)",
        "gross negligence (wanton disregard of the facts)",
        "GROSS NEGLIGENCE",
        "Gross Negligence (c)(2)",
    ],
    "fraud": [
        "Fraud",
        "Fraudulent violation - 19 U.S.C. 1592(c)(1)",
        "fraud (knowingly false statements)",
        "FRAUD",
        "Fraud (c)(1)",
    ],
}
PD_YES = [
    "Yes - prior disclosure received {when} (19 CFR 162.74)",
    "Valid prior disclosure ({when})",
    "Prior disclosure filed {when}; accepted as valid",
    "YES, disclosed {when}",
]
PD_NO = ["None", "No prior disclosure", "No", "Not made"]
VIOLATIONS = {
    "undervalued": (
        "Undervaluation",
        "The invoices presented at entry showed a unit price about "
        "40% below the price the importer actually paid, as shown by its wire "
        "transfers and the seller's second set of invoices.",
    ),
    "misclassified": (
        "Misclassification",
        "The goods were entered under a lower-rate subheading "
        "although the importer's own product catalogue and a prior CBP ruling place "
        "them in a higher-rate one.",
    ),
    "origin": (
        "False country of origin",
        "The goods were declared as products of Vietnam; mill "
        "records and a verification visit show they were made in China and only "
        "repacked in Vietnam.",
    ),
}
STATUS = {True: ["Liquidated", "LIQ", "Final", "Y"], False: ["Unliquidated", "UNLIQ", "Open", "N"]}


@dataclass
class Line:
    """One entry of the referral."""

    number: str
    entered: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Referral:
    """What one referral says."""

    case: str
    number: str
    party: tuple[str, str, str]
    ior: str
    culpability: str
    disclosure: date | None
    noncommercial: bool
    lines: list[Line]
    domestic: Decimal
    dutiable: Decimal | None
    violation: str | None
    goods: str | None
    facts: bool
    today: date
    officer: str


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _spec(rng: random.Random, case: str, serial: int) -> Referral:
    port = PORTS[rng.randrange(len(PORTS))][0]
    filer = pick(rng, FILERS)
    first = date(2022, 3, 1) + timedelta(days=rng.randrange(500))
    if case == "expired":
        first = date(2019, 2, 4) + timedelta(days=rng.randrange(200))
    culp = {"gn": "gross_negligence", "fraud": "fraud"}.get(case.split("-")[0], "negligence")
    count = 1 if case == "small" else rng.choice([2, 3]) if case != "mixed" else 3
    lines = []
    for i in range(count):
        entered = first + timedelta(days=i * rng.randrange(20, 90))
        value = _cents(rng, 4000, 9000) if case == "small" else _cents(rng, 18000, 140000)
        paid = (value * Decimal("0.025")).quantize(Decimal("0.01"))
        owed = (value * Decimal("0.065")).quantize(Decimal("0.01"))
        if case.endswith("nolod"):
            owed = paid
        liquidated = i == 0 if case == "mixed" else case == "gn-pd-actual" or rng.random() < 0.4
        lines.append(
            Line(entry_number(filer, rng.randrange(10**7)), entered, liquidated, value, paid, owed)
        )
    if case == "overpaid":
        lines[-1].owed = lines[-1].paid - Decimal("112.50")
    if case == "small":
        lines[0].owed = lines[0].paid + Decimal("312.40")
    loss = sum((max(x.owed - x.paid, Decimal(0)) for x in lines), Decimal(0))
    if loss * 100 % 2:
        lines[0].owed += Decimal("0.01")  # an even number of cents keeps every range exact
    loss = sum((max(x.owed - x.paid, Decimal(0)) for x in lines), Decimal(0))
    total_value = sum((x.value for x in lines), Decimal(0))
    domestic = (total_value * Decimal("1.7")).to_integral_value(ROUND_FLOOR)
    if case == "neg-dvcap":
        domestic = (loss * Decimal("1.5")).to_integral_value(ROUND_FLOOR)
    if case.endswith("nolod"):  # whole dollars keep the percentages of dutiable value exact
        lines[0].value -= total_value - total_value.to_integral_value(ROUND_FLOOR)
        total_value = sum((x.value for x in lines), Decimal(0))
    dutiable = total_value if case.endswith("nolod") or rng.random() < 0.4 else None
    last = max(x.entered for x in lines)
    today = last + timedelta(days=rng.randrange(150, 400))
    if case == "expired":
        today = plus_years(first, 5) + timedelta(days=rng.randrange(20, 300))
    return Referral(
        case,
        f"{first.year + 1}-{port}-{600000 + serial * 41:06d}-01",
        COMPANIES[rng.randrange(len(COMPANIES))],
        f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        culp,
        last + timedelta(days=30) if "-pd" in case else None,
        case == "noncommercial",
        lines,
        domestic,
        dutiable,
        None if case == "lacks-kind" else rng.choice(list(VIOLATIONS)),
        None if case == "lacks-goods" else GOODS[rng.randrange(len(GOODS))][0],
        case != "lacks-facts",
        today,
        pick(rng, PEOPLE),
    )


def truth(r: Referral) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """The contract's values and decision for R under 1592, App. B and 162.77."""
    not_scored: list[str] = []
    actual = sum((max(x.owed - x.paid, Decimal(0)) for x in r.lines if x.liquidated), Decimal(0))
    potential = sum(
        (max(x.owed - x.paid, Decimal(0)) for x in r.lines if not x.liquidated), Decimal(0)
    )
    lod = actual + potential
    dv, dut = r.domestic, r.dutiable
    times = {
        "fraud": (Decimal(5), Decimal(8)),
        "gross_negligence": (Decimal("2.5"), Decimal(4)),
        "negligence": (Decimal("0.5"), Decimal(2)),
    }[r.culpability]
    shares = {
        "fraud": (Decimal("0.5"), Decimal("0.8")),
        "gross_negligence": (Decimal("0.25"), Decimal("0.4")),
        "negligence": (Decimal("0.05"), Decimal("0.2")),
    }[r.culpability]
    if lod > 0:
        low, high = lod * times[0], lod * times[1]
    else:
        assert dut is not None
        low, high = dut * shares[0], dut * shares[1]
    if r.culpability == "fraud":
        maximum = dv
    elif lod > 0:
        maximum = min(dv, lod * (4 if r.culpability == "gross_negligence" else 2))
    else:
        assert dut is not None
        maximum = min(dv, dut * Decimal("0.4" if r.culpability == "gross_negligence" else "0.2"))
    proposed: Decimal | None = maximum
    needs_human = False
    if r.disclosure and r.culpability == "fraud":
        proposed = lod if lod > 0 else (dut or Decimal(0)) * Decimal("0.1")
    elif r.disclosure:
        proposed, needs_human = None, True  # interest on the actual loss: a person computes it
        assert actual > 0
    limitations = plus_years(min(x.entered for x in r.lines), 5)
    barred = [x.number for x in r.lines if plus_years(x.entered, 5) < r.today]
    if limitations < r.today or barred or not (r.goods and r.violation and r.facts):
        needs_human = True
    if needs_human or not proposed:
        notice = "none"
    elif proposed > 1000 and not r.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    values: dict[str, object] = {
        "case_number": r.number,
        "party_name": r.party[0],
        "party_address": f"{r.party[1]}, {r.party[2]}",
        "importer_number": r.ior,
        "violation_date": min(x.entered for x in r.lines).isoformat(),
        "culpability": r.culpability,
        "prior_disclosure": r.disclosure is not None,
        "noncommercial": r.noncommercial,
        "entries": [
            {
                "entry_number": x.number,
                "entry_date": x.entered.isoformat(),
                "liquidated": x.liquidated,
                "entered_value": money(x.value),
                "duty_paid": money(x.paid),
                "duty_owed": money(x.owed),
            }
            for x in r.lines
        ],
        "domestic_value": money(dv),
        "dutiable_value": money(dut) if dut is not None else None,
    }
    decision: dict[str, object] = {
        "loss_of_duties": {
            "actual": money(actual),
            "potential": money(potential),
            "total": money(lod),
        },
        "statutory_max": money(maximum),
        "guideline_range": [money(min(low, dv)), money(min(high, dv))],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
    if proposed is None:
        not_scored.append(
            "proposed_penalty: a negligence or gross-negligence prior disclosure "
            "with an actual loss needs an interest computation a person makes"
        )
    else:
        decision["proposed_penalty"] = money(proposed)
    return values, decision, not_scored


def build(rng: random.Random, index: int, producer: str) -> Built:
    case = CASES[index % len(CASES)]
    r = _spec(rng, case, index)
    values, decision, not_scored = truth(r)
    ds, ms = date_style(rng), rng.randrange(5)
    vocabulary = rng.randrange(4)  # one table, one way of marking liquidation
    rows = [
        [
            x.number,
            fmt_date(x.entered, ds),
            STATUS[x.liquidated][vocabulary],
            fmt_money(x.value, ms),
            fmt_money(x.paid, ms),
            fmt_money(x.owed, ms),
        ]
        for x in r.lines
    ]
    doc = (_webapp if producer == "jspdf" else _deck)(rng, r, ds, ms, rows)
    needles = [r.number, r.party[0], r.party[1], r.party[2], r.ior, fmt_money(r.domestic, ms)]
    needles += [c for row in rows for c in row]
    if r.dutiable is not None:
        needles.append(fmt_money(r.dutiable, ms))
    args = ["--today", r.today.isoformat()]
    return Built("penalty-case", case, producer, args, values, decision, doc, needles, not_scored)


def _fields(rng: random.Random, r: Referral, ds: int, ms: int) -> list[tuple[str, str]]:
    name, street, city = r.party
    pd = (
        pick(rng, PD_YES).format(when=fmt_date(r.disclosure, ds))
        if r.disclosure
        else pick(rng, PD_NO)
    )
    rows = [
        (pick(rng, ["Violator", "Alleged violator", "Party", "Subject", "Importer"]), name),
        (pick(rng, ["Address", "Address of record", "Mailing address"]), f"{street}, {city}"),
        (pick(rng, ["IOR No.", "Importer number", "Importer of record #", "IOR"]), r.ior),
        (
            pick(rng, ["Date of violation", "Violation date", "Date of first violation"]),
            fmt_date(min(x.entered for x in r.lines), ds),
        ),
        (
            pick(rng, ["Culpability", "Level of culpability", "Culpability (proposed)"]),
            pick(rng, CULPABILITY[r.culpability]),
        ),
        (pick(rng, ["Prior disclosure", "Prior disclosure (162.74)", "PD"]), pd),
        (
            pick(rng, ["Domestic value", "Domestic value of merchandise", "DV (162.43)"]),
            fmt_money(r.domestic, ms),
        ),
    ]
    if r.dutiable is not None:
        rows.append(
            (
                pick(rng, ["Dutiable value", "Total dutiable value", "Dutiable value of goods"]),
                fmt_money(r.dutiable, ms),
            )
        )
    rows.append(
        ("Importation", "Noncommercial (personal use)" if r.noncommercial else "Commercial")
    )
    if r.goods:
        rows.append((pick(rng, ["Merchandise", "Goods", "Commodity"]), r.goods))
    if r.violation:
        rows.append(
            (
                pick(rng, ["Violation", "Nature of violation", "Type of violation"]),
                VIOLATIONS[r.violation][0] + " - 19 U.S.C. 1592(a)(1)(A)",
            )
        )
    tail = rows[3:]
    rng.shuffle(tail)
    return rows[:3] + tail


def _facts(r: Referral) -> list[str]:
    if not r.facts:
        return ["Facts: see investigative file."]
    text = (
        VIOLATIONS[r.violation or "undervalued"][1]
        if r.violation
        else (
            "An audit of the importer's records found that the declarations at entry were false; "
            "the importer did not correct them until the audit."
        )
    )
    return [
        text,
        f"The false statements were made on each entry listed, the first on "
        f"{fmt_date(min(x.entered for x in r.lines), 2)}.",
    ]


COLUMNS = [
    ["Entry No.", "Entry Date", "Status", "Entered Value", "Duty Paid", "Duty Owed"],
    ["Entry #", "Date of Entry", "Liq. Status", "Value (USD)", "Duties Deposited", "Correct Duty"],
    [
        "Entry Number",
        "Entry Dt.",
        "Liquidated?",
        "Entered Value",
        "Duty Deposited",
        "Duties Lawfully Owed",
    ],
]


def _webapp(rng: random.Random, r: Referral, ds: int, ms: int, rows: list[list[str]]) -> Document:
    """A referral printed from a penalty case web tool: case band, badges, computation table."""
    doc = Document(f"Case {r.number}", landscape=False)
    red = (150, 25, 25)

    def header(flow: Flow, page: int) -> None:
        flow.line(
            f"FP&F Case Manager  -  Case {r.number}", bold=True, size=9, colour=red, advance=False
        )
        flow.line(f"Page {page}", x=flow.right, align="right", size=8)
        flow.rule(0.8, red)
        flow.gap(4)

    flow = Flow(doc, margin=44, size=9.5, header=header)
    flow.line(
        pick(
            rng,
            [
                "Penalty Case Referral",
                "Referral for 1592 Penalty Action",
                "Case Referral - 19 U.S.C. 1592",
                "Penalty Referral Summary",
            ],
        ),
        size=15,
        bold=True,
    )
    flow.line("Status:", advance=False)
    x = flow.margin + 40
    for text, fill, ink in [
        ("REFERRED TO FP&F", (255, 236, 210), (160, 80, 0)),
        ("1592", (225, 230, 250), (30, 50, 140)),
    ]:
        flow.badge(x, text, fill, ink)
        x += len(text) * 5 + 22
    flow.gap(20)
    for label, value in _fields(rng, r, ds, ms):
        flow.line(label, bold=True, advance=False)
        flow.para(value, x=flow.margin + 150, after=1)
    flow.gap(6)
    flow.line(
        pick(rng, ["Entries and computation", "Computation worksheet", "Entry detail"]),
        bold=True,
        size=11,
    )
    titles = COLUMNS[rng.randrange(3)]
    widths = [88.0, 72.0, 66.0, 96.0, 96.0, 106.0]
    flow.table(
        list(zip(titles, widths, strict=True)),
        rows,
        ruled=rng.random() < 0.6,
        shade=(240, 240, 240),
        size=8.5,
        break_after=2 if len(rows) > 2 and rng.random() < 0.5 else None,
        repeat_header=rng.random() < 0.5,
    )
    flow.line(pick(rng, ["Material facts", "Summary of facts", "Findings"]), bold=True, size=11)
    for text in _facts(r):
        flow.para(text)
    flow.gap(8)
    flow.line(f"Referred by: {r.officer}, Import Specialist")
    return doc


def _deck(rng: random.Random, r: Referral, ds: int, ms: int, rows: list[list[str]]) -> Document:
    """A case-briefing deck: overview slide, entry slide, facts slide; case number on every one."""
    doc = Document(f"Penalty case briefing {r.number}", landscape=True)

    def header(flow: Flow, page: int) -> None:
        flow.line(f"Case No. {r.number}", size=10, bold=True, advance=False)
        flow.line(f"FP&F briefing - {page}", x=flow.right, align="right", size=9)
        flow.rule(1.5, (90, 90, 90))
        flow.gap(4)

    flow = Flow(doc, margin=40, size=13, header=header)
    flow.line(
        pick(
            rng,
            [
                "Penalty Case Briefing",
                "1592 Referral - Case Overview",
                "Referral to Fines, Penalties & Forfeitures",
            ],
        ),
        size=22,
        bold=True,
    )
    flow.gap(6)
    for label, value in _fields(rng, r, ds, ms):
        flow.line(f"{label}:", bold=True, advance=False, size=12)
        flow.para(value, x=flow.margin + 250, size=12, after=1)
    flow.new_page()
    flow.line("Entries", size=18, bold=True)
    titles = COLUMNS[rng.randrange(3)]
    widths = [120.0, 100.0, 95.0, 125.0, 125.0, 140.0]
    flow.table(
        list(zip(titles, widths, strict=True)),
        rows,
        ruled=True,
        size=11,
        break_after=1 if len(rows) > 1 and rng.random() < 0.3 else None,
    )
    flow.gap(10)
    flow.line(pick(rng, ["Material facts", "What happened", "Facts"]), size=18, bold=True)
    for text in _facts(r):
        flow.para(text, indent="\u2022 ")
    flow.gap(10)
    flow.line(f"Prepared by {r.officer}", size=11)
    return doc

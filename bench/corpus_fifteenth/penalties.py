"""Penalty referrals under 19 U.S.C. 1592: cases, truths (App. B to the cent) and their pages."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import law
from .common import FILERS, PARTIES, PEOPLE, Doc, Party, cents, fmt_date, fmt_money
from .render import Sheet

CASES = [
    "neg-mixed",
    "gross-loss",
    "fraud-loss",
    "neg-no-loss",
    "neg-dv-cap",
    "fraud-pd",
    "gross-pd-actual",
    "limitations-passed",
    "limitations-near",
    "small-claim",
    "lacks-kind",
    "lacks-goods",
    "noncommercial",
    "lacks-facts",
    "fraud-pd-no-loss",
    "gross-no-loss",
]
CULP = {
    "negligence": [
        "Negligence",
        "NEGLIGENCE",
        "negligent (failure to exercise reasonable care)",
        "Negligent - reasonable care not exercised",
        "negligence, 19 U.S.C. 1592(c)(3)",
    ],
    "gross_negligence": [
        "Gross negligence",
        "GROSS NEGLIGENCE",
        "grossly negligent (wanton disregard)",
        "Gross neg. - actual knowledge of the facts",
        "gross negligence, 19 U.S.C. 1592(c)(2)",
    ],
    "fraud": [
        "Fraud",
        "FRAUD",
        "fraudulent (knowing and intentional)",
        "Fraud - voluntary and deliberate",
        "fraud, 19 U.S.C. 1592(c)(1)",
    ],
}
PD_YES = [
    "YES, filed under 19 CFR 162.74 before any investigation",
    "Valid prior disclosure made (19 CFR 162.74)",
    "RECEIVED (162.74)",
    "Filed and accepted as valid",
    "Yes",
]
PD_NO = ["None", "No prior disclosure was made", "NO", "Not made", "None on file"]
LIQ = [
    ("Y", "N"),
    ("LIQ", "UNLIQ"),
    ("Liquidated", "Unliquidated"),
    ("Final", "Open"),
    ("Yes", "No"),
]
KINDS = [
    (
        "undervalued",
        "invoices showed a price below the price actually paid; side payments of {x} per unit "
        "were wired separately",
    ),
    (
        "misclassified",
        "the goods were entered under a duty-free subheading although they are finished articles "
        "of a dutiable heading",
    ),
    (
        "wrong country of origin",
        "the goods were declared as of Thai origin but were made in China and only repacked in "
        "Thailand",
    ),
    (
        "quantity understated",
        "the entry declared fewer units than the packing lists and the warehouse receipts show",
    ),
    (
        "misdescribed",
        "the goods were described as parts although they were complete, ready-to-use units",
    ),
]
LABELS = {
    "case": ["Case number", "Case No.", "FP&F case", "Penalty case #", "Case ID", "Case"],
    "party": ["Violator", "Alleged violator", "Party", "Importer of record", "Subject", "Name"],
    "address": ["Address", "Mailing address", "Address of record", "Addr.", "Location", "Address"],
    "ior": ["Importer no.", "IOR No.", "Importer number (EIN)", "IOR", "Importer ID", "EIN"],
    "violation": [
        "Date of violation",
        "Violation date",
        "Date of first violation",
        "Earliest violation",
        "Viol. date",
        "Violation occurred",
    ],
    "culpability": [
        "Culpability",
        "Culpability level",
        "Level of culpability",
        "Proposed culpability",
        "Culp.",
        "Degree of culpability",
    ],
    "pd": [
        "Prior disclosure",
        "PD status",
        "Disclosure (162.74)",
        "Prior disclosure?",
        "PD",
        "Disclosure",
    ],
}
GOODS = [
    "steel wire shelving units",
    "polyester fleece blankets",
    "aluminum patio umbrellas",
    "ceramic coffee mugs",
    "lithium-ion power tool batteries",
    "wooden bedroom furniture",
]


@dataclass
class Line:
    number: str
    date: dt.date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Referral:
    case: str
    number: str
    party: Party
    ior_shown: bool
    culpability: str
    pd: bool
    noncommercial: bool
    lines: list[Line]
    dv: Decimal
    dutiable: Decimal | None
    today: dt.date
    goods: str | None
    kind: tuple[str, str] | None
    facts: bool

    @property
    def violation(self) -> dt.date:
        return min(line.date for line in self.lines)


def _lines(rng: random.Random, filer: str, start: dt.date, count: int, loss: bool) -> list[Line]:
    out = []
    for k in range(count):
        value = cents(rng, 9000, 90000)
        paid = (value * Decimal(rng.choice(["0.025", "0.034", "0.047"]))).quantize(law.CENT)
        owed = (
            (value * Decimal(rng.choice(["0.25", "0.12", "0.075"]))).quantize(law.CENT)
            if loss
            else paid
        )
        out.append(
            Line(
                law.entry_number(filer, rng.randint(1000000, 9999999)),
                start + dt.timedelta(days=41 * k + rng.randint(0, 30)),
                rng.random() < 0.5,
                value,
                paid,
                owed,
            )
        )
    lod = sum((max(Decimal(0), x.owed - x.paid) for x in out), Decimal(0))
    if loss and (lod * 100) % 2:  # keep every App. B fraction of the loss exact to the cent
        out[-1].owed += law.CENT
    return out


def build(case: str, index: int, rng: random.Random) -> Referral:
    today = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 14))
    start = dt.date(2024, 3, 4) + dt.timedelta(days=rng.randint(0, 300))
    if case == "limitations-passed":
        start = dt.date(2021, 2, 1) + dt.timedelta(days=rng.randint(0, 120))
    elif case == "limitations-near":
        start = law.plus_years(today, -5) + dt.timedelta(days=rng.randint(60, 200))
    loss = "no-loss" not in case
    culp = (
        "fraud"
        if case.startswith("fraud")
        else "gross_negligence"
        if case.startswith("gross")
        else "negligence"
    )
    filer = FILERS[(index + 3) % len(FILERS)]
    lines = _lines(
        rng,
        filer,
        start,
        1 if case in ("small-claim", "noncommercial") else rng.randint(2, 4),
        loss,
    )
    if case == "neg-mixed":
        lines[0].liquidated, lines[-1].liquidated = True, False
    if case == "gross-pd-actual":
        lines[0].liquidated = True
    if case == "small-claim":
        lines[0].owed = lines[0].paid + Decimal("500.00")
    party = PARTIES[(index + 5) % len(PARTIES)]
    if case == "noncommercial":
        party = Party("Harold V. Brinkley", ("2218 Larkspur Court", "Boise, ID 83702"), "")
        lines[0].value = Decimal("18400.00")
        lines[0].paid, lines[0].owed = Decimal("0.00"), Decimal("1104.00")
    total_value = sum((x.value for x in lines), Decimal(0))
    dv = Decimal(int(total_value * Decimal("1.35")))
    if case == "neg-dv-cap":
        for x in lines:
            x.paid = Decimal("0.00")
            x.owed = (x.value * Decimal("0.60")).quantize(law.CENT)
        if (sum(x.owed for x in lines) * 100) % 2:
            lines[-1].owed += law.CENT
        dv = Decimal(int(total_value * Decimal("1.05")))
    dutiable = Decimal(int(total_value / 20) * 20) if (not loss or rng.random() < 0.4) else None
    kind = KINDS[index % len(KINDS)]
    if not loss:
        kind = (
            "wrong country of origin",
            "the goods were marked and declared as of Korean origin but were made in Vietnam; "
            "the duty rate is the same for both",
        )
    return Referral(
        case,
        f"2026-{rng.choice(['1001', '2704', '5301'])}-{rng.randint(100000, 999999)}-01",
        party,
        case != "noncommercial",
        culp,
        "-pd" in case,
        case == "noncommercial",
        lines,
        dv,
        dutiable,
        today,
        None if case == "lacks-goods" else rng.choice(GOODS),
        None if case == "lacks-kind" else kind,
        case != "lacks-facts",
    )


def truth(r: Referral) -> dict[str, Any]:
    """19 U.S.C. 1592(c), 1621 and 19 CFR 162.77, 171 App. B as the contract applies them."""
    actual = sum((max(Decimal(0), x.owed - x.paid) for x in r.lines if x.liquidated), Decimal(0))
    potential = sum(
        (max(Decimal(0), x.owed - x.paid) for x in r.lines if not x.liquidated), Decimal(0)
    )
    lod = actual + potential
    maximum = law.statutory_max(r.culpability, lod, r.dv, r.dutiable)
    low, high = law.guideline_range(r.culpability, lod, r.dv, r.dutiable)
    proposed: Decimal | None = maximum
    if r.pd and r.culpability == "fraud":
        assert r.dutiable is not None or lod > 0
        proposed = lod if lod > 0 else (Decimal("0.10") * r.dutiable).quantize(law.CENT)  # type: ignore[operator]
    elif r.pd:
        proposed = None
    limit = law.plus_years(r.violation, 5)
    barred = [x.number for x in r.lines if law.plus_years(x.date, 5) < r.today]
    human = (
        limit < r.today
        or bool(barred)
        or (r.pd and r.culpability != "fraud")
        or r.goods is None
        or r.kind is None
        or not r.facts
    )
    not_scored = []
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.money(actual),
            "potential": law.money(potential),
            "total": law.money(lod),
        },
        "statutory_max": law.money(maximum),
        "guideline_range": [law.money(low), law.money(high)],
        "limitations_date": limit.isoformat(),
        "barred_entries": barred,
    }
    if proposed is None:
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure needs interest a person "
            "computes"
        )
    else:
        decision["proposed_penalty"] = law.money(proposed)
    decision["outcome"] = "needs_human" if human else "draft"
    if human or proposed == 0:
        decision["notice"] = "none"
    else:
        assert proposed is not None
        decision["notice"] = "pre_penalty" if proposed > 1000 and not r.noncommercial else "penalty"
    values = {
        "case_number": r.number,
        "party_name": r.party.name,
        "party_address": r.party.address,
        "importer_number": r.party.ior if r.ior_shown else None,
        "violation_date": r.violation.isoformat(),
        "culpability": r.culpability,
        "prior_disclosure": r.pd,
        "noncommercial": r.noncommercial,
        "entries": [
            {
                "entry_number": x.number,
                "entry_date": x.date.isoformat(),
                "liquidated": x.liquidated,
                "entered_value": law.money(x.value),
                "duty_paid": law.money(x.paid),
                "duty_owed": law.money(x.owed),
            }
            for x in r.lines
        ],
        "domestic_value": law.money(r.dv),
        "dutiable_value": law.money(r.dutiable) if r.dutiable is not None else None,
    }
    if r.goods is None or r.kind is None or not r.facts:
        not_scored.append(
            "why needs_human: the referral lacks the goods, the kind of violation or the material "
            "facts "
            "(19 CFR 162.77(b)(1), issue 14)"
        )
    out: dict[str, Any] = {
        "kind": "penalty-case",
        "case": r.case,
        "args": ["--today", r.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out


def _narrative(r: Referral, ds: int) -> list[tuple[str, str]]:
    parts = []
    if r.goods:
        parts.append(("Merchandise", f"Imported {r.goods}."))
    if r.kind:
        parts.append(("Violation", f"Nature of the false statement: {r.kind[0]}."))
    else:
        parts.append(("Violation", "The entries contained material false statements."))
    if r.facts:
        facts = (
            r.kind[1]
            if r.kind
            else "a post-entry audit compared the entry documents with the importer's records"
        )
        parts.append(
            (
                "Material facts",
                f"An audit found that {facts.format(x='USD 2.10')}. The importer's records "
                f"were reviewed on {fmt_date(r.today - dt.timedelta(days=60), ds)}.",
            )
        )
    return parts


def render(r: Referral, producer: str, style: int, rng: random.Random) -> Doc:
    ds, ms, ls = rng.randint(0, 7), rng.randint(0, 4), rng.randint(0, 4)
    culp = rng.choice(CULP[r.culpability])
    pd = rng.choice(PD_YES if r.pd else PD_NO)
    mark = LIQ[ls]
    viol = fmt_date(r.violation, ds)
    printed = [r.number, r.party.name, *r.party.lines, viol]
    printed += [x.number for x in r.lines] + [
        fmt_money(v, ms) for x in r.lines for v in (x.value, x.paid, x.owed)
    ]
    printed += [fmt_money(r.dv, ms)] + (
        [fmt_money(r.dutiable, ms)] if r.dutiable is not None else []
    )
    if r.ior_shown:
        printed.append(r.party.ior)
    heads = ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"]
    rows = [
        [
            x.number,
            fmt_date(x.date, ds),
            mark[0] if x.liquidated else mark[1],
            fmt_money(x.value, ms),
            fmt_money(x.paid, ms),
            fmt_money(x.owed, ms),
        ]
        for x in r.lines
    ]
    tag = {key: names[ds % len(names)] for key, names in LABELS.items()}
    ident = [
        (tag["case"], r.number),
        (tag["party"], r.party.name),
        (tag["address"], r.party.address),
    ]
    if r.ior_shown:
        ident.append((tag["ior"], r.party.ior))
    ident += [(tag["violation"], viol), (tag["culpability"], culp), (tag["pd"], pd)]
    if r.noncommercial:
        ident.append(("Type of importation", "Noncommercial (personal use)"))
    if ls % 2 and not r.noncommercial:  # some case systems print culpability and disclosure first
        ident = ident[:1] + ident[-2:] + ident[1:-2]
    money_rows = [("Domestic value", fmt_money(r.dv, ms))]
    if r.dutiable is not None:
        money_rows.append(("Dutiable value", fmt_money(r.dutiable, ms)))
    doc = Doc("penalty-case", r.case, producer, truth(r), printed)
    officer = PEOPLE[(len(r.number) + ds) % len(PEOPLE)]
    if producer == "pdfbox":
        s = Sheet(header=f"SEIZURES/PENALTIES CASE {r.number}", font="Courier", size=8.5)
        s.para("FP&F PENALTY REFERRAL - 19 U.S.C. 1592", font="Courier-Bold", size=11)
        for label, value in ident:
            s.para(f"{label.upper() + ':':<22}{value}" if style == 0 else f"{label}: {value}")
        s.y -= 6
        widths = [max(len(c) for c in col) + 2 for col in zip(heads, *rows, strict=True)]
        cols = tuple(40 + 0.6 * 8.5 * sum(widths[:k]) for k in range(len(widths)))
        s.font("Courier-Bold", 8.5)
        for x, h in zip(cols, heads, strict=True):
            s.text(x, s.y, h)
        s.line(40, s.y - 3, 572, s.y - 3)
        s.y -= 14
        s.font("Courier", 8.5)
        for n, row in enumerate(rows):
            if style == 0 and n == min(2, len(rows) - 1) and n > 0:
                s.new_page(
                    continued=True
                )  # the case system breaks the grid and marks the page CONTINUED
                s.font("Courier", 8.5)
            for x, cell in zip(cols, row, strict=True):
                s.text(x, s.y, cell)
            if style == 1:
                s.line(40, s.y - 3, 572, s.y - 3)
            s.y -= 13
        s.y -= 8
        for label, value in money_rows:
            s.para(f"{label}: {value}")
        for head, text in _narrative(r, ds):
            s.para(f"{head.upper()}:", font="Courier-Bold")
            s.para(text, x=60, width_chars=90)
        s.para(f"Referring officer: {officer}, Fines, Penalties and Forfeitures")
        doc.layout = s.ops
    else:
        md = [f"# Penalty case referral {r.number}" if style == 0 else "MEMORANDUM", ""]
        if style == 0:
            for label, value in ident:
                md += [label, f":   {value}", ""]
        else:
            md += [
                "TO: Chief, Fines, Penalties and Forfeitures  ",
                f"FROM: {officer}, Import Specialist  ",
                f"RE: Case {r.number}, {r.party.name}",
                "",
                f"The violator is {r.party.name}, {r.party.address}.",
                "",
            ]
            # the RE line and the sentence above name the case, party and address already; the
            # rest is listed whatever order the case system printed it in
            named = {tag["case"], tag["party"], tag["address"]}
            md += [f"- {label}: {value}" for label, value in ident if label not in named] + [""]
        md += ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        md += ["| " + " | ".join(row) + " |" for row in rows] + [""]
        md += [f"- {label}: {value}" for label, value in money_rows] + [""]
        for head, text in _narrative(r, ds):
            md += [f"## {head}", "", text, ""]
        doc.markdown = "\n".join(md) + "\n"
    return doc

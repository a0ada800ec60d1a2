"""Penalty referrals: a TCPDF case worksheet and a Prawn FP&F referral memo."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.common import (
    PEOPLE,
    Block,
    brk,
    grid,
    h,
    kv,
    p,
    pick,
    rule,
    spec,
    table,
)
from bench.corpus_eighteenth.penalty_cases import VIOLATIONS, Referral

Drawn = tuple[dict[str, object], list[str]]

VIOLATION_LABELS = ["Violation", "Nature of violation", "Type of violation", "What was false"]
CULPABILITY = {
    "negligence": [
        "Negligence",
        "Negligent (failure to exercise reasonable care)",
        "Culpability level: NEGLIGENCE",
        "negligence under 19 U.S.C. 1592(a)(1)",
        "Negligent violation",
    ],
    "gross_negligence": [
        "Gross Negligence",
        "Grossly negligent (wanton disregard of the facts)",
        "Culpability level: GROSS NEGLIGENCE",
        "gross negligence under 19 U.S.C. 1592(a)(1)",
        "Gross negligent violation",
    ],
    "fraud": [
        "Fraud",
        "Fraudulent (knowing and intentional)",
        "Culpability level: FRAUD",
        "fraud under 19 U.S.C. 1592(a)(1)",
        "Fraudulent violation",
    ],
}


def _pd(rf: Referral, rng: random.Random) -> str | None:
    if rf.prior_disclosure:
        when = law.fmt_date(max(e[1] for e in rf.entries) + dt.timedelta(days=60), "us")
        return pick(
            rng,
            [
                f"Prior disclosure: Yes - received {when} under 19 CFR 162.74.",
                f"The importer filed a valid prior disclosure on {when}, before any investigation "
                "began.",
                "A prior disclosure was made and accepted as valid (19 CFR 162.74); the loss was "
                "tendered.",
                f"PRIOR DISCLOSURE: YES ({when})",
            ],
        )
    return pick(
        rng,
        [None, "Prior disclosure: None.", "No prior disclosure was made.", "PRIOR DISCLOSURE: NO"],
    )


def _facts(rf: Referral, rng: random.Random) -> list[str]:
    out = []
    if rf.goods:
        out.append(
            f"{pick(rng, ['Merchandise', 'Goods', 'Commodity', 'Description of merchandise'])}: "
            f"{rf.goods}"
        )
    if rf.violation:
        kind, facts = VIOLATIONS[rf.violation]
        out.append(f"{pick(rng, VIOLATION_LABELS)}: {kind}")
        out.append(
            f"{pick(rng, ['Material facts', 'Facts', 'Summary of facts', 'Findings'])}: {facts}"
        )
    else:
        out.append(
            "Facts: Audit of the entries below found discrepancies; see the audit file for details."
        )
    if rf.noncommercial:
        out.append(
            "The importation was noncommercial: personal effects shipped by the traveller, not "
            "for sale."
        )
    return out


def _liq(flag: bool, style: str) -> str:
    return {
        "yn": "Y" if flag else "N",
        "word": "Liquidated" if flag else "Unliquidated",
        "code": "LIQ" if flag else "UNLIQ",
        "final": "Final" if flag else "Open",
    }[style]


def _printed(rf: Referral, ms: str, ds: str) -> list[str]:
    out = [rf.case_number, rf.party.name, *rf.party.lines, law.fmt_money(rf.domestic_value, ms)]
    out += [rf.party.ein] if rf.party.ein else []
    if rf.dutiable_value is not None:
        out.append(law.fmt_money(rf.dutiable_value, ms))
    for n, d, _, v, paid, owed in rf.entries:
        out += [
            n,
            law.fmt_date(d, ds),
            law.fmt_money(v, ms),
            law.fmt_money(paid, ms),
            law.fmt_money(owed, ms),
        ]
    return out


def worksheet(rf: Referral, rng: random.Random) -> Drawn:
    """A case system's penalty worksheet: boxed grid, entry table with a loss column."""
    ms, ds, ls = (
        pick(rng, ["dollar", "plain", "usd"]),
        pick(rng, ["us", "oracle", "iso"]),
        pick(rng, ["yn", "code", "final"]),
    )
    officer = pick(rng, PEOPLE)
    blocks: list[Block] = [
        h(
            pick(
                rng,
                [
                    "PENALTY CASE WORKSHEET - 19 U.S.C. 1592",
                    "FP&F Case Referral Worksheet",
                    "1592 Case Initiation Worksheet",
                ],
            ),
            13,
            "C",
        ),
        grid(
            [
                [
                    ("Case No.", rf.case_number, 0.4),
                    ("Date Opened", law.fmt_date(rf.today - dt.timedelta(days=20), ds), 0.3),
                    ("Referring Office", "Regulatory Audit", 0.3),
                ],
                [
                    ("Violator", rf.party.name, 0.4),
                    ("Address", "\n".join(rf.party.lines), 0.35),
                    ("IOR No.", rf.party.ein or "n/a (individual)", 0.25),
                ],
                [
                    ("Date of Violation", law.fmt_date(rf.violation_date, ds), 0.3),
                    ("Culpability", pick(rng, CULPABILITY[rf.culpability]), 0.4),
                    ("Commercial?", "No" if rf.noncommercial else "Yes", 0.3),
                ],
            ]
        ),
    ]
    blocks += [p(line) for line in _facts(rf, rng)]
    pd = _pd(rf, rng)
    if pd:
        blocks.append(p(pd))
    head = pick(
        rng,
        [
            ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed", "Loss"],
            [
                "Entry Number",
                "Date of Entry",
                "Status",
                "Value",
                "Duties Deposited",
                "Correct Duty",
                "LOD",
            ],
        ],
    )
    rows = []
    for n, d, liq, v, paid, owed in rf.entries:
        rows.append(
            [
                n,
                law.fmt_date(d, ds),
                _liq(liq, ls),
                law.fmt_money(v, ms),
                law.fmt_money(paid, ms),
                law.fmt_money(owed, ms),
                law.fmt_money(max(Decimal(0), owed - paid), ms),
            ]
        )
    if rng.random() < 0.4:
        blocks.append(brk())
    blocks.append(
        table(head, rows, [0.19, 0.14, 0.08, 0.16, 0.14, 0.15, 0.14], pick(rng, ["all", "h"]))
    )
    losses = [(e[2], max(Decimal(0), e[5] - e[4])) for e in rf.entries]
    actual = sum((loss for liq, loss in losses if liq), Decimal(0))
    potential = sum((loss for liq, loss in losses if not liq), Decimal(0))
    values = [("Domestic value", law.fmt_money(rf.domestic_value, ms))]
    if rf.dutiable_value is not None:
        values.append(("Dutiable value", law.fmt_money(rf.dutiable_value, ms)))
    blocks.append(kv(values, 0.35))
    # The worksheet's computation grid: the loss split as 19 CFR 162.71(a) defines it.
    blocks.append(
        grid(
            [
                [
                    ("A. Actual loss (liquidated)", law.fmt_money(actual, ms), 0.34),
                    ("B. Potential loss (unliquidated)", law.fmt_money(potential, ms), 0.33),
                    (
                        "C. Total loss of duties (A + B)",
                        law.fmt_money(actual + potential, ms),
                        0.33,
                    ),
                ]
            ]
        )
    )
    blocks.append(
        kv([("Prepared by", officer), ("Title", "Fines, Penalties & Forfeitures Specialist")], 0.35)
    )
    doc = spec(
        blocks,
        font=pick(rng, ["helvetica", "courier"]),
        size=8,
        creator="SEACATS-Lite (TCPDF)",
        header=f"Case {rf.case_number} - FOR OFFICIAL USE ONLY",
        footer="Worksheet page {page} of {total}",
    )
    return doc, _printed(rf, ms, ds)


def memo(rf: Referral, rng: random.Random) -> Drawn:
    """An FP&F referral memo: TO/FROM block, narrative, entries unruled or ruled."""
    ms, ds, ls = (
        pick(rng, ["dollar", "plain", "spaced"]),
        pick(rng, ["long", "us", "abbr"]),
        pick(rng, ["yn", "word", "code"]),
    )
    blocks: list[Block] = [
        h("MEMORANDUM", 16),
        kv(
            [
                ("TO", "Fines, Penalties and Forfeitures Officer"),
                ("FROM", f"{pick(rng, PEOPLE)}, Import Specialist"),
                ("DATE", law.fmt_date(rf.today - dt.timedelta(days=10), ds)),
                ("SUBJECT", f"Referral for penalty action, Case No. {rf.case_number}"),
            ],
            0.15,
        ),
        rule(),
        p(
            f"Importer of record number: {rf.party.ein}"
            if rf.party.ein
            else "Importer of record number: none (individual)"
        ),
        p(
            f"This memorandum refers {rf.party.name} ({', '.join(rf.party.lines)})"
            + " for a penalty under 19 U.S.C. 1592. The first false entry was made on "
            f"{law.fmt_date(rf.violation_date, ds)}.",
            align="J",
        ),
    ]
    blocks += [p(line) for line in _facts(rf, rng)]
    blocks.append(p(f"Culpability: {pick(rng, CULPABILITY[rf.culpability])}."))
    pd = _pd(rf, rng)
    if pd:
        blocks.append(p(pd))
    rows = [
        [
            n,
            law.fmt_date(d, "us"),
            _liq(liq, ls),
            law.fmt_money(v, ms),
            law.fmt_money(paid, ms),
            law.fmt_money(owed, ms),
        ]
        for n, d, liq, v, paid, owed in rf.entries
    ]
    if rng.random() < 0.5:
        blocks.append(brk())
    blocks.append(
        p(
            pick(rng, ["Entries involved:", "The entries at issue are:", "Schedule of entries"]),
            bold=True,
        )
    )
    blocks.append(
        table(
            [
                "Entry #",
                "Entry Dt.",
                "Liquidated?",
                "Entered Value",
                "Duty Deposited",
                "Duties Lawfully Owed",
            ],
            rows,
            [0.2, 0.14, 0.13, 0.18, 0.17, 0.18],
            pick(rng, ["none", "bottom", "h"]),
        )
    )
    blocks.append(
        p(
            f"The domestic value of the merchandise is {law.fmt_money(rf.domestic_value, ms)}."
            + (
                f" Its dutiable value is {law.fmt_money(rf.dutiable_value, ms)}."
                if rf.dutiable_value is not None
                else ""
            )
        )
    )
    doc = spec(
        blocks,
        font=pick(rng, ["times", "helvetica"]),
        size=10,
        creator="Prawn (FP&F case tracker)",
        header=f"Case No. {rf.case_number}",
        footer="Page {page} of {total}",
    )
    return doc, [*_printed(rf, ms, "us"), law.fmt_date(rf.violation_date, ds)]


STYLES = {"tcpdf": [worksheet], "prawn": [memo]}

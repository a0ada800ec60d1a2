"""1592 penalty referrals in three styles of this hand, figures by 19 CFR 171 App. B."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_tenth import law
from bench.corpus_tenth.model import Block, Doc, Heading, Lines, Para, Table
from bench.corpus_tenth.people import COMPANIES, FILERS, PEOPLE, ein, fmt_date, fmt_money, pick

# case: (culpability, prior disclosure, loss kind, noncommercial, years before today)
CASES: dict[str, tuple[str, bool, str, bool, int]] = {
    "neg-liq": ("negligence", False, "actual", False, 2),
    "gross-mixed": ("gross_negligence", False, "mixed", False, 2),
    "fraud": ("fraud", False, "potential", False, 1),
    "fraud-pd": ("fraud", True, "actual", False, 2),
    "neg-no-loss": ("negligence", False, "none", False, 1),
    "gross-no-loss": ("gross_negligence", False, "none", False, 3),
    "dv-cap": ("negligence", False, "big", False, 2),
    "limitations-passed": ("negligence", False, "actual", False, 6),
    "neg-pd": ("negligence", True, "actual", False, 2),
    "noncommercial": ("negligence", False, "potential", True, 1),
    "under-1000": ("negligence", False, "small", False, 1),
    "fraud-pd-no-loss": ("fraud", True, "none", False, 2),
}
# No referral of this hand describes the goods, names the kind of violation or states the
# material facts ("the first false entry" at most), which every notice must state
# (19 CFR 162.77(b)(1)(i), (iii), (iv); issue 14 item 3): a person completes each case before any
# notice (the integrator's correction, as for the third, fourth, fifth and seventh hands).
COMPLETE = False
CULPABILITY_WORDS = {
    "negligence": ["negligence", "negligent violation", "failure to exercise reasonable care"],
    "gross_negligence": [
        "gross negligence",
        "grossly negligent conduct",
        "actual knowledge of or wanton disregard for the facts",
    ],
    "fraud": ["fraud", "fraudulent violation", "knowing and intentional false statements"],
}


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def build(index: int, seed: int) -> tuple[str, Doc, dict[str, Any]]:
    """The case name, the document and its truth for referral number `index`."""
    rng = random.Random(f"tenth-penalty-{seed}-{index}")
    names = list(CASES)
    case = names[(index + index // len(names)) % len(names)]
    culpability, disclosed, loss, noncommercial, years = CASES[case]
    today = date(2025, 3, 3) + timedelta(days=rng.randint(0, 200))
    first = today - timedelta(days=365 * years + rng.randint(20, 120))
    if first.month == 2 and first.day == 29:
        first -= timedelta(days=1)
    filer = pick(rng, FILERS)
    entries = []
    for n in range(1 if case in ("noncommercial", "under-1000") else rng.randint(2, 4)):
        entered_on = first + timedelta(days=n * rng.randint(20, 60))
        if entered_on.month == 2 and entered_on.day == 29:
            entered_on += timedelta(days=1)
        value = (
            _cents(rng, 300, 900)
            if case in ("noncommercial", "under-1000")
            else _cents(rng, 20000, 90000)
        )
        paid = (value * Decimal("0.025")).quantize(law.CENT)
        rate = Decimal("1.225") if loss == "big" else Decimal("0.065")  # big: antidumping duty owed
        owed = paid if loss == "none" else (value * rate).quantize(law.CENT)
        if case == "under-1000":
            owed = paid + Decimal("210.35")
        liquidated = loss in ("actual", "big") or (loss == "mixed" and n == 0)
        entries.append(
            law.PenaltyEntry(
                law.entry_number(filer, f"{rng.randint(0, 9999999):07d}"),
                entered_on,
                liquidated,
                value,
                paid,
                owed,
            )
        )
    total_loss = sum((e.loss for e in entries), Decimal(0))
    if total_loss * 100 % 2:  # 0.5 x and 2.5 x LOD must be exact to the cent
        last = entries[-1]
        entries[-1] = law.PenaltyEntry(
            last.number,
            last.entry_date,
            last.liquidated,
            last.entered_value,
            last.duty_paid,
            last.duty_owed + Decimal("0.01"),
        )
    dutiable = Decimal(int(sum((e.entered_value for e in entries), Decimal(0))))
    domestic = Decimal(int(dutiable * Decimal("1.4")))
    figures = law.penalty_figures(
        entries, culpability, disclosed, noncommercial, domestic, dutiable, first, today
    )
    assert (figures.outcome == "needs_human") == (case in ("limitations-passed", "neg-pd")), case
    assert (figures.statutory_max == domestic) == (culpability == "fraud" or case == "dv-cap"), case
    f: dict[str, Any] = {
        "case_number": f"{today.year}-{rng.choice(['1001', '2704', '5301'])}-"
        f"{rng.randint(100000, 999999)}-01",
        "company": COMPANIES[rng.randrange(len(COMPANIES))],
        "importer": ein(rng),
        "first": first,
        "culpability": pick(rng, CULPABILITY_WORDS[culpability]),
        "disclosed": disclosed,
        "noncommercial": noncommercial,
        "domestic": domestic,
        "dutiable": dutiable,
        "date_style": rng.randrange(6),
        "money_style": rng.randrange(4),
        "officer": pick(rng, PEOPLE),
    }
    blocks = [_minutes, _worksheet, _aligned_memo][index % 3](f, entries)
    name, street, city = f["company"]
    values: dict[str, Any] = {
        "case_number": f["case_number"],
        "party_name": name,
        "party_address": f"{street}, {city}",
        "importer_number": f["importer"],
        "violation_date": first.isoformat(),
        "culpability": culpability,
        "prior_disclosure": disclosed,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": float(e.entered_value),
                "duty_paid": float(e.duty_paid),
                "duty_owed": float(e.duty_owed),
            }
            for e in entries
        ],
        "domestic_value": float(domestic),
        "dutiable_value": float(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": float(figures.actual),
            "potential": float(figures.potential),
            "total": float(figures.actual + figures.potential),
        },
        "statutory_max": float(figures.statutory_max),
        "guideline_range": [float(figures.guideline[0]), float(figures.guideline[1])],
        "proposed_penalty": None if figures.proposed is None else float(figures.proposed),
        "limitations_date": figures.limitations.isoformat(),
        "notice": figures.notice if COMPLETE else "none",
        "outcome": figures.outcome if COMPLETE else "needs_human",
        "barred_entries": figures.barred,
    }
    not_scored = []
    if disclosed:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range not scored: with a prior disclosure the notice shows no App. B "
            "range (customs-rules 3), while the contract defines the range by culpability"
        )
    if figures.proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with an "
            "actual loss needs interest a person computes"
        )
    truth: dict[str, Any] = {
        "kind": "penalty-case",
        "case": case,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    return case, Doc(blocks, font=["serif", "sans", "mono"][index % 3]), truth


def _m(f: dict[str, Any], amount: Decimal, shift: int = 0) -> str:
    return fmt_money(amount, f["money_style"] + shift)


def _d(f: dict[str, Any], day: date, shift: int = 0) -> str:
    return fmt_date(day, f["date_style"] + shift)


def _party(f: dict[str, Any]) -> list[str]:
    name, street, city = f["company"]
    return [name, street, city]


def _disclosure(f: dict[str, Any]) -> str:
    if f["disclosed"]:
        return (
            "The importer filed a valid prior disclosure under 19 CFR 162.74 before it learned of "
            "any investigation, and tendered the loss of duties."
        )
    return "No prior disclosure was made."


def _kind(f: dict[str, Any]) -> str:
    return (
        "The importation was noncommercial (personal use by the importer)."
        if f["noncommercial"]
        else "The importations were commercial shipments."
    )


def _minutes(f: dict[str, Any], entries: list[law.PenaltyEntry]) -> list[Block]:
    """Minutes of a case review meeting that sends the case to FP&F."""
    name = f["company"][0]
    rows = [
        [
            e.number,
            _d(f, e.entry_date, 1),
            "Liquidated" if e.liquidated else "Unliquidated",
            _m(f, e.entered_value),
            _m(f, e.duty_paid),
            _m(f, e.duty_owed),
        ]
        for e in entries
    ]
    return [
        Para("MINUTES - CASE REVIEW MEETING", bold=True),
        Lines(
            [
                f"Case no.: {f['case_number']}",
                f"Present: {f['officer']} (FP&F), import specialist, auditor",
            ]
        ),
        Para(
            f"Item 1. The meeting reviewed the findings against {name}, "
            f"importer no. {f['importer']}, "
            f"of {f['company'][1]}, {f['company'][2]}."
        ),
        Lines(["Party:", *_party(f)]),
        Para(
            f"Item 2. The first false entry was made on {_d(f, f['first'])}, "
            "which the meeting takes as "
            f"the date of the violation. The auditor described the conduct as {f['culpability']}; "
            f"the meeting agreed with that level of culpability."
        ),
        Para(f"Item 3. {_disclosure(f)} {_kind(f)}"),
        Heading("Item 4. Entries reviewed"),
        Table(
            [
                "Entry No.",
                "Entry Date",
                "Status",
                "Entered Value",
                "Duty Deposited",
                "Duty Lawfully Owed",
            ],
            rows,
        ),
        Para(
            f"Item 5. Domestic value of the merchandise: {_m(f, f['domestic'], 1)}. "
            "Dutiable value: "
            f"{_m(f, f['dutiable'], 1)}."
        ),
        Para("Action: refer to FP&F for a pre-penalty notice under 19 U.S.C. 1592."),
    ]


def _worksheet(f: dict[str, Any], entries: list[law.PenaltyEntry]) -> list[Block]:
    """An FP&F computation worksheet: labelled boxes, then the entries grid."""
    name, street, city = f["company"]
    rows = [
        [
            e.number,
            _d(f, e.entry_date, 2),
            "Y" if e.liquidated else "N",
            _m(f, e.entered_value, 2),
            _m(f, e.duty_paid, 2),
            _m(f, e.duty_owed, 2),
        ]
        for e in entries
    ]
    return [
        Para("PENALTY COMPUTATION WORKSHEET - 19 U.S.C. 1592", bold=True),
        Table(
            ["Field", "Entry"],
            [
                ["Case Number", f["case_number"]],
                ["Violator", name],
                ["Address", f"{street}, {city}"],
                ["IOR Number", f["importer"]],
                ["Date of Violation", _d(f, f["first"], 2)],
                ["Culpability", f["culpability"]],
                ["Prior Disclosure", "Yes" if f["disclosed"] else "No"],
                ["Commercial", "No" if f["noncommercial"] else "Yes"],
                ["Domestic Value", _m(f, f["domestic"], 3)],
                ["Dutiable Value", _m(f, f["dutiable"], 3)],
            ],
        ),
        Heading("Entries"),
        Table(["Entry #", "Entry Dt.", "Liq.?", "Value", "Duty Paid", "Correct Duty"], rows),
        Para(f"Prepared by {f['officer']}, Fines, Penalties and Forfeitures."),
    ]


def _aligned_memo(f: dict[str, Any], entries: list[law.PenaltyEntry]) -> list[Block]:
    """A referral memo whose entries are aligned text with no rules, in a typewriter face."""
    name, street, city = f["company"]
    # Numeric dates and no "USD" keep each row under the line width: a wrapped row is no table.
    day_style, money_style = (1, 2, 5)[f["date_style"] % 3], f["money_style"] % 3

    def row(e: law.PenaltyEntry) -> str:
        money = [fmt_money(x, money_style) for x in (e.entered_value, e.duty_paid, e.duty_owed)]
        return (
            f"{e.number:<15}{fmt_date(e.entry_date, day_style):<11}"
            f"{'YES' if e.liquidated else 'NO':<4}{money[0]:>12}{money[1]:>11}{money[2]:>12}"
        )

    lines = [f"{'ENTRY':<15}{'DATE':<11}{'LIQ':<4}{'VALUE':>12}{'PAID':>11}{'OWED':>12}"]
    lines += [row(e) for e in entries]
    return [
        Lines(
            [
                "MEMORANDUM",
                "TO: Fines, Penalties and Forfeitures Officer",
                f"FROM: {f['officer']}, Regulatory Audit",
                f"SUBJECT: Penalty referral, case {f['case_number']}",
            ]
        ),
        Para(f"Subject party: {name}, {street}, {city} (IOR {f['importer']})."),
        Para(
            f"We find {f['culpability']} in the entries below, beginning with the entry of "
            f"{_d(f, f['first'], 3)} (date of violation). {_disclosure(f)} {_kind(f)}"
        ),
        Lines(lines),
        Para(f"Domestic value {_m(f, f['domestic'])}; dutiable value {_m(f, f['dutiable'])}."),
    ]

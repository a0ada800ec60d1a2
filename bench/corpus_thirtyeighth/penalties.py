"""Penalty referrals (19 U.S.C. 1592; 19 CFR 162, 171 App. B) and the three offices that write "
"them."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_thirtyeighth import common as c
from bench.corpus_thirtyeighth import law

D = dt.date
DAY = dt.timedelta(days=1)

# The first 12 (the default count) cover draft with both notices and needs_human.
CASES = [
    "neg",
    "gn",
    "fraud",
    "noncommercial",
    "limitations",
    "fraud-pd",
    "neg-noloss",
    "small",
    "barred",
    "neg-dvcap",
    "neg-pd",
    "overpaid",
    "fraud-pd-noloss",
    "cbp-ior",
]
STYLES = ["boxmemo", "fixed", "narrative"]
CULP_WORDS = {
    "negligence": ["negligence", "negligent", "Negligence - 19 U.S.C. 1592(c)(3)"],
    "gross_negligence": ["gross negligence", "grossly negligent", "Gross Negligence - 1592(c)(2)"],
    "fraud": ["fraud", "fraudulent", "Fraud - 19 U.S.C. 1592(c)(1)"],
}
GOODS = [
    "aluminum extrusions",
    "steel wire hangers",
    "quartz surface slabs",
    "wooden bedroom furniture",
    "solar panel mounting rails",
    "ceramic floor tiles",
    "hand tools",
    "polyester staple fiber",
]
VIOLATIONS = [
    "undervaluation through a second, lower invoice presented at entry",
    "misdescription of the goods to avoid Section 301 duties",
    "a false country of origin declared on the entry summary",
    "omission of assists supplied free of charge to the foreign producer",
]


def _shift(day: D) -> D:
    """The day before (two days before when that is February 29)."""
    back = day - DAY
    return back if (back.month, back.day) != (2, 29) else back - DAY


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount in [low, high] dollars with an even number of cents."""
    return Decimal(rng.randint(low * 50, high * 50)) * 2 / 100


def plan(index: int, seed: int) -> dict[str, Any]:
    """The truth and the blocks of penalty referral number `index`."""
    rng = random.Random(f"penalty-{index}-{seed}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    producer = "reuse" if index % 2 == 0 else "pdfjs"
    culp = {
        "gn": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
    }.get(case, "negligence")
    if case in ("limitations", "barred", "cbp-ior", "noncommercial", "overpaid"):
        culp = rng.choice(["negligence", "gross_negligence"])
    prior = case in ("fraud-pd", "fraud-pd-noloss", "neg-pd")
    noncommercial = case == "noncommercial"
    count = 1 if case in ("noncommercial", "small") else rng.randint(2, 4)
    numbers = c.entries(rng, count)
    today = c.day_between(rng, D(2024, 3, 1), D(2026, 9, 30))
    first = today - rng.randint(400, 1400) * DAY
    if case == "limitations":
        first = today - rng.randint(1850, 2100) * DAY
    if case == "barred":
        first = today - rng.randint(1830, 1900) * DAY
    dates = [first + i * rng.randint(20, 60) * DAY for i in range(count)]
    if case == "barred":
        dates[-1] = today - rng.randint(700, 1200) * DAY
    dates = [d if (d.month, d.day) != (2, 29) else d + DAY for d in dates]
    dates = [_shift(d) if law.add_years(d, 5) == today else d for d in dates]
    violation = dates[-1] if case == "barred" else dates[0]
    liquidated = [rng.random() < 0.6 for _ in range(count)]
    if case == "neg":
        liquidated = [True] + [False] * (count - 1)
    if case == "neg-pd":
        liquidated = [True] * count
    entries: list[dict[str, Any]] = []
    for i in range(count):
        value = _cents(rng, 8000, 90000)
        if case == "noncommercial":
            value = _cents(rng, 1500, 4000)
        rate = Decimal(rng.choice([5, 8, 12, 25])) / 100
        paid = (value * rate / 3).quantize(Decimal("0.01")) * 2 / 2
        paid = Decimal(int(paid * 50)) / 50
        owed = paid + _cents(rng, 300, 9000)
        if case in ("neg-noloss", "fraud-pd-noloss"):
            owed = paid
        if case == "small":
            owed = paid + _cents(rng, 150, 480)
        if case == "noncommercial":
            owed = paid + _cents(rng, 200, 700)
        if case == "neg-dvcap":
            owed = paid + value * Decimal("0.6")
            owed = Decimal(int(owed * 50)) / 50
        if case == "overpaid":
            owed = paid + _cents(rng, 1000, 9000)
        if case == "overpaid" and i == 0:
            owed = paid - _cents(rng, 100, 900)
        entries.append(
            {
                "entry_number": numbers[i],
                "entry_date": dates[i],
                "liquidated": liquidated[i],
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    dutiable = Decimal(int(total_value) + rng.randint(0, 500))
    domestic = Decimal(int(dutiable * Decimal(rng.choice(["1.35", "1.5", "1.8"]))))
    if case == "neg-dvcap":
        domestic = Decimal(int(dutiable * Decimal("1.05")))
    figures = law.penalty(culp, prior, entries, domestic, dutiable)
    if case == "neg-dvcap":
        assert 2 * figures["total"] > domestic
    limitations = law.add_years(violation, 5)
    barred = [e["entry_number"] for e in entries if law.add_years(e["entry_date"], 5) < today]
    # no clock ends on the day the case is drafted
    assert all(law.add_years(e["entry_date"], 5) != today for e in entries), case
    verify = case == "cbp-ior"
    needs = limitations < today or bool(barred) or verify or figures["needs_interest"]
    proposed = figures["proposed"]
    if needs or proposed is None or proposed == 0:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    outcome = "needs_human" if needs else "draft"
    expected_notice = {"noncommercial": "penalty", "small": "penalty"}.get(case, "pre_penalty")
    if case in ("limitations", "barred", "neg-pd", "cbp-ior"):
        expected_notice = "none"
    assert notice == expected_notice, (case, notice, figures)
    assert (outcome == "needs_human") == (expected_notice == "none"), case
    name = rng.choice(c.COMPANIES)
    addr = c.address(rng)
    ior = c.cbp_assigned(rng) if verify else c.ein(rng)
    port, port_name = rng.choice(c.PORTS)
    case_number = f"{today.year}-{port}-{rng.randint(100000, 999999):06d}-01"
    values: dict[str, Any] = {
        "case_number": case_number,
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": ior,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": prior,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": law.money(e["entered_value"]),
                "duty_paid": law.money(e["duty_paid"]),
                "duty_owed": law.money(e["duty_owed"]),
            }
            for e in entries
        ],
        "domestic_value": law.money(domestic),
        "dutiable_value": law.money(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {k: law.money(figures[k]) for k in ("actual", "potential", "total")},
        "statutory_max": law.money(figures["statutory_max"]),
        "guideline_range": [law.money(v) for v in figures["range"]],
        "proposed_penalty": None if proposed is None else law.money(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": outcome,
        "barred_entries": barred,
    }
    not_scored: list[str] = []
    if prior:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice proposes the "
            "1592(c)(4) amount and shows no App. B range"
        )
    if case == "neg-pd":
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss "
            "needs interest a person computes"
        )
    if barred:
        for key in ("loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty"):
            decision.pop(key, None)
        not_scored.append(
            "loss_of_duties, statutory_max, guideline_range, proposed_penalty: with "
            "a barred entry a person splits the case; the contract does not say "
            "whether the figures keep the barred entries"
        )
    facts = {
        "case": case,
        "name": name,
        "addr": addr,
        "ior": ior,
        "case_number": case_number,
        "violation": violation,
        "culp": culp,
        "prior": prior,
        "noncommercial": noncommercial,
        "entries": entries,
        "domestic": domestic,
        "dutiable": dutiable,
        "port": port,
        "port_name": port_name,
        "date_style": rng.choice(c.DATE_STYLES[:-1]),
        "money_style": rng.choice(c.MONEY_STYLES),
        "variant": rng.randrange(3),
        "memo_date": today - rng.randint(3, 30) * DAY,
        "goods": rng.choice(GOODS),
        "what": rng.choice(VIOLATIONS),
        "officer": rng.choice(c.PEOPLE),
        "chief": rng.choice(c.PEOPLE),
        "pd_date": violation + rng.randint(200, 500) * DAY,
        "font": rng.choice(["Helvetica", "Times"]),
        "table_date": rng.choice(["slash", "iso", "nslash"]),
    }
    blocks = {"boxmemo": _boxmemo, "fixed": _fixed, "narrative": _narrative}[style](facts)
    font = "Courier" if style == "fixed" else str(facts["font"])
    doc = {
        "font": font,
        "size": {"Helvetica": 11.5, "Times": 13, "Courier": 10}[font],
        "blocks": blocks,
    }
    truth = {
        "kind": "penalty-case",
        "family": producer,
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return {"truth": truth, "doc": doc, "producer": producer, "case": case}


def _d(f: dict[str, Any], day: D) -> str:
    return c.fdate(day, f["date_style"])


def _m(f: dict[str, Any], value: Decimal) -> str:
    return c.fmoney(value, f["money_style"])


def _liq(f: dict[str, Any], liquidated: bool) -> str:
    return [("Yes", "No"), ("LIQ", "UNLIQ"), ("Final", "Open")][int(f["variant"])][
        0 if liquidated else 1
    ]


def _culp(f: dict[str, Any]) -> str:
    return CULP_WORDS[f["culp"]][int(f["variant"])]


def _prior(f: dict[str, Any]) -> str:
    if f["prior"]:
        return [
            f"A prior disclosure under 19 CFR 162.74 was filed on {_d(f, f['pd_date'])}, "
            f"before "
            "any investigation began, and the loss was tendered.",
            "Prior disclosure: YES (valid; filed before notice of an investigation).",
            "The importer made a valid prior disclosure of the violation.",
        ][int(f["variant"])]
    return [
        "No prior disclosure was made.",
        "Prior disclosure: NO",
        "The importer did not file a prior disclosure.",
    ][int(f["variant"])]


def _kind(f: dict[str, Any]) -> str:
    if f["noncommercial"]:
        return "The importation was noncommercial: goods for the party's personal use."
    return "The importations were commercial."


def _boxmemo(f: dict[str, Any]) -> list[dict[str, Any]]:
    """An FP&F memo: TO/FROM lines, the party in a boxed header, the entries in a ruled table."""
    blocks: list[dict[str, Any]] = [
        {"t": "h", "text": "MEMORANDUM", "size": 16},
        {
            "t": "kv",
            "rows": [
                ["TO:", f"Fines, Penalties and Forfeitures Officer, Port of {f['port_name']}"],
                ["FROM:", f"{f['officer']}, Import Specialist"],
                ["DATE:", _d(f, f["memo_date"])],
                ["SUBJECT:", f"Referral for penalty action, case {f['case_number']}"],
            ],
            "ruled": False,
            "lw": 80,
            "bold_labels": True,
        },
        {
            "t": "box",
            "bold_first": True,
            "lines": ["PARTY", f["name"], *f["addr"], f"Importer No. {f['ior']}"],
        },
        {"t": "p", "text": f"Case number: {f['case_number']}"},
        {
            "t": "p",
            "text": f"The party imported {f['goods']}. The violation is {f['what']}. Date of "
            f"violation: {_d(f, f['violation'])}.",
        },
        {"t": "p", "text": f"Culpability: {_culp(f)}."},
        {"t": "p", "text": _prior(f)},
        {"t": "p", "text": _kind(f)},
        {
            "t": "table",
            "ruled": True,
            "widths": [108, 76, 40, 100, 100, 100],
            "head": ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"],
            "rows": [
                [
                    e["entry_number"],
                    c.fdate(e["entry_date"], f["table_date"]),
                    _liq(f, e["liquidated"]),
                    _m(f, e["entered_value"]),
                    _m(f, e["duty_paid"]),
                    _m(f, e["duty_owed"]),
                ]
                for e in f["entries"]
            ],
        },
        {"t": "p", "text": f"Domestic value: {_m(f, f['domestic'])}"},
        {"t": "p", "text": f"Dutiable value: {_m(f, f['dutiable'])}"},
        {"t": "space", "h": 10},
        {"t": "p", "text": f"Concur: {f['chief']}, Supervisory Import Specialist"},
    ]
    return blocks


def _fixed(f: dict[str, Any]) -> list[dict[str, Any]]:
    """A case report printed from a case system in fixed-width columns."""

    def dotted(label: str, value: str) -> str:
        return f"{label:.<22} {value}"

    lines = [
        "U.S. CUSTOMS AND BORDER PROTECTION          PENALTY CASE REPORT",
        f"RUN DATE {_d(f, f['memo_date'])}              PORT {f['port']}",
        "-" * 78,
        dotted("CASE NUMBER", f["case_number"]),
        dotted("VIOLATOR", f["name"]),
        dotted("ADDRESS", f["addr"][0]),
        dotted("", f["addr"][1]),
        dotted("IMPORTER NO", f["ior"]),
        dotted("VIOLATION DATE", _d(f, f["violation"])),
        dotted("CULPABILITY", _culp(f).upper()),
        dotted("PRIOR DISCLOSURE", "YES" if f["prior"] else "NO"),
        dotted("IMPORT TYPE", "NONCOMMERCIAL" if f["noncommercial"] else "COMMERCIAL"),
        dotted("DOMESTIC VALUE", _m(f, f["domestic"])),
        dotted("DUTIABLE VALUE", _m(f, f["dutiable"])),
        "-" * 78,
        f"{'ENTRY NO':<15}{'ENTRY DT':<12}{'STAT':<6}{'ENTERED VAL':>15}{'DUTY PD':>15}"
        f"{'DUTY OWED':>15}",
    ]
    for e in f["entries"]:
        lines.append(
            f"{e['entry_number']:<15}{e['entry_date'].strftime('%m/%d/%Y'):<12}"
            f"{_liq(f, e['liquidated']):<6}{_m(f, e['entered_value']):>15}"
            f"{_m(f, e['duty_paid']):>15}{_m(f, e['duty_owed']):>15}"
        )
    lines += [
        "-" * 78,
        f"NARRATIVE: {f['what'].upper()}",
        f"OFFICER: {f['officer'].upper()}",
        "*** END OF REPORT ***",
    ]
    return [{"t": "pre", "size": 9, "lines": lines}]


def _narrative(f: dict[str, Any]) -> list[dict[str, Any]]:
    """A case officer's narrative referral, each entry a bullet in prose."""
    items = []
    for e in f["entries"]:
        state = "liquidated" if e["liquidated"] else "not yet liquidated"
        items.append(
            f"Entry No. {e['entry_number']}, entered {_d(f, e['entry_date'])} ({state}): "
            f"entered value {_m(f, e['entered_value'])}; duty deposited "
            f"{_m(f, e['duty_paid'])}; duty lawfully owed {_m(f, e['duty_owed'])}."
        )
    return [
        {
            "t": "center",
            "lines": ["Office of Field Operations", f"Port of {f['port_name']}"],
            "bold": True,
        },
        {"t": "h", "text": "Penalty Referral - Case Narrative", "size": 14, "align": "center"},
        {"t": "p", "text": f"Case {f['case_number']}, prepared {_d(f, f['memo_date'])}."},
        {"t": "p", "text": f"Subject party: {f['name']}, {', '.join(f['addr'])} (IOR {f['ior']})."},
        {
            "t": "p",
            "text": f"Between the dates below the party entered {f['goods']} through "
            f"{f['what']}."
            f" The violation dates from {_d(f, f['violation'])}. We assess the "
            f"party's conduct as {_culp(f)}.",
        },
        {"t": "bullets", "mark": "-", "items": items},
        {
            "t": "p",
            "text": f"The domestic value of the merchandise is {_m(f, f['domestic'])} and "
            f"its "
            f"dutiable value is {_m(f, f['dutiable'])}.",
        },
        {"t": "p", "text": _prior(f) + " " + _kind(f)},
        {"t": "space", "h": 12},
        {"t": "p", "text": f["officer"]},
        {"t": "p", "text": "Entry Specialist"},
    ]

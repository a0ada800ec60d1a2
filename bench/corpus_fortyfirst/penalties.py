"""Penalty-referral cases and their three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_fortyfirst import formats as fm
from bench.corpus_fortyfirst import law

CASES = [
    "neg-loss",
    "gn-loss",
    "fraud-loss",
    "nh-limitations",
    "fraud-pd",
    "neg-noloss",
    "small-penalty",
    "noncommercial",
    "nh-barred",
    "neg-dvcap",
    "nh-neg-pd-actual",
    "gn-noloss",
    "fraud-pd-noloss",
    "mixed-liq",
]
STYLES = ("memo", "fixed", "prose")
DAY = dt.timedelta(days=1)


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low, high) * 2) / 100


def plan(index: int, seed: int, rng: random.Random) -> dict[str, Any]:
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    ds = fm.DATE_STYLES[(index * 3 + seed + 4) % len(fm.DATE_STYLES)]
    ms = ["dollar", "grouped", "usd", "plain"][(index + seed) % 4]
    name, address = rng.choice(fm.PARTIES)
    culpability = (
        "gross_negligence"
        if case.startswith("gn")
        else "fraud"
        if case.startswith("fraud")
        else "negligence"
    )
    prior = "-pd" in case
    noloss = "noloss" in case
    filer = rng.choice(fm.FILERS)
    today = dt.date(2025, 3, 3) + rng.randint(0, 300) * DAY
    first = today - rng.randint(200, 900) * DAY
    if case == "nh-limitations":
        first = today - (5 * 365 + rng.randint(20, 200)) * DAY
    if case == "nh-barred":
        first = today - (5 * 365 + rng.randint(20, 120)) * DAY
    count = 1 if case == "small-penalty" else rng.choice([2, 3])
    if case == "nh-barred":
        count = 3
    if case == "noncommercial":
        count = 1
    entries: list[dict[str, Any]] = []
    for n in range(count):
        entry_date = (
            first + n * rng.randint(30, 70) * DAY
            if case != "nh-barred"
            else (first if n == 0 else today - rng.randint(300, 700) * DAY)
        )
        if entry_date.month == 2 and entry_date.day == 29:
            entry_date -= DAY
        value = _cents(rng, 500000, 9000000) * 2
        paid = (value * Decimal("0.025")).quantize(Decimal("0.01"))
        if noloss:
            owed = paid
        elif case == "small-penalty":
            owed = paid + Decimal("400.00")
        else:
            owed = paid + _cents(rng, 40000, 400000)
        liquidated = (
            (n % 2 == 0) if case in ("mixed-liq", "nh-neg-pd-actual") else rng.random() < 0.3
        )
        if case == "nh-neg-pd-actual" and n == 0:
            liquidated = True
        entries.append(
            {
                "entry_number": fm.pick_entry(rng, filer),
                "entry_date": entry_date,
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    entries.sort(key=lambda e: e["entry_date"])
    violation = entries[-1]["entry_date"] if case == "nh-barred" else entries[0]["entry_date"]
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    dutiable: Decimal | None = (
        Decimal(int(total_value) // 20 * 20) if noloss or rng.random() < 0.5 else None
    )
    domestic = Decimal(int(total_value * Decimal("1.6")) // 20 * 20)
    if case == "neg-dvcap":
        loss_sum = sum((e["duty_owed"] - e["duty_paid"] for e in entries), Decimal(0))
        domestic = Decimal(int(loss_sum * Decimal("1.5")))
    noncommercial = case == "noncommercial"
    figures = law.penalty_figures(
        culpability,
        [(e["liquidated"], e["duty_paid"], e["duty_owed"]) for e in entries],
        domestic,
        dutiable,
        prior,
    )
    limitations = law.plus_years(violation, 5)
    barred = [e["entry_number"] for e in entries if law.plus_years(e["entry_date"], 5) < today]
    proposed = figures["proposed"]
    assert not isinstance(proposed, list)
    human = limitations < today or bool(barred) or proposed is None
    outcome = "needs_human" if human else "draft"
    values: dict[str, Any] = {
        "case_number": f"{violation.year + 1}-{rng.choice(fm.PORTS)[0]}"
        f"-{rng.randint(100000, 999999)}-01",
        "party_name": name,
        "party_address": ", ".join(address),
        "importer_number": fm.ein(rng),
        "violation_date": violation.isoformat(),
        "culpability": culpability,
        "prior_disclosure": prior,
        "noncommercial": noncommercial,
        "entries": [
            dict(
                e,
                entry_date=e["entry_date"].isoformat(),
                entered_value=float(e["entered_value"]),
                duty_paid=float(e["duty_paid"]),
                duty_owed=float(e["duty_owed"]),
            )
            for e in entries
        ],
        "domestic_value": float(domestic),
        "dutiable_value": float(dutiable) if dutiable is not None else None,
    }
    rng_ = figures["range"]
    assert isinstance(rng_, list)
    decision: dict[str, Any] = {
        "loss_of_duties": {k: law.money(figures[k]) for k in ("actual", "potential", "total")},  # type: ignore[arg-type]
        "statutory_max": law.money(figures["max"]),  # type: ignore[arg-type]
        "guideline_range": [law.money(rng_[0]), law.money(rng_[1])],
        "proposed_penalty": law.money(proposed) if proposed is not None else None,
        "limitations_date": limitations.isoformat(),
        "notice": law.notice(outcome, proposed, noncommercial),
        "outcome": outcome,
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss proposes "
            "interest a "
            "person computes"
        )
    if prior:
        del decision["guideline_range"]
        not_scored.append("guideline_range: a prior-disclosure notice shows no App. B range")
    if barred:
        for key in ("statutory_max", "guideline_range", "proposed_penalty"):
            decision.pop(key, None)
        not_scored.append(
            "statutory_max, guideline_range, proposed_penalty: a barred entry sends the case to a "
            "person who splits it; the contract does not say whether the figures keep it"
        )
    doc = dict(
        values,
        entries=entries,
        ds=ds,
        ms=ms,
        case=case,
        violation=violation,
        address=address,
        domestic=domestic,
        dutiable=dutiable,
        culp_word=rng.choice(fm.CULPABILITY_WORDS[culpability]),
        officer=rng.choice(fm.PEOPLE),
        today=today - rng.randint(1, 10) * DAY,
    )
    blocks = STYLE_FUNCS[style](doc, rng)
    return {
        "kind": "penalty-case",
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "blocks": blocks,
    }


def _m(doc: dict[str, Any], value: Decimal) -> str:
    return fm.money(value, doc["ms"])


def _d(doc: dict[str, Any], day: dt.date) -> str:
    return fm.date(day, doc["ds"])


def _liq(doc: dict[str, Any], flag: bool) -> str:
    return {
        "memo": ("Yes", "No"),
        "fixed": ("LIQ", "UNLIQ"),
        "prose": ("liquidated", "unliquidated"),
    }[doc["style"]][0 if flag else 1]


def _pd(doc: dict[str, Any]) -> str:
    return (
        "The party made a prior disclosure under 19 CFR 162.74 before any investigation began."
        if doc["prior_disclosure"]
        else "No prior disclosure was made."
    )


def _nc(doc: dict[str, Any]) -> list[str]:
    return (
        ["The importation was noncommercial (personal effects brought in by the party)."]
        if doc["noncommercial"]
        else []
    )


def _values(doc: dict[str, Any]) -> list[str]:
    out = [f"Domestic value: {_m(doc, doc['domestic'])}"]
    if doc["dutiable"] is not None:
        out.append(f"Dutiable value: {_m(doc, doc['dutiable'])}")
    return out


def memo(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    doc["style"] = "memo"
    blocks: list[tuple[Any, ...]] = [
        ("head", "MEMORANDUM - REFERRAL FOR 19 U.S.C. 1592 PENALTY"),
        (
            "lines",
            [
                "TO: Fines, Penalties and Forfeitures Officer",
                f"FROM: {doc['officer']}, Import Specialist",
                f"DATE: {_d(doc, doc['today'])}",
                f"CASE NO.: {doc['case_number']}",
            ],
        ),
        (
            "box",
            [
                f"Party: {doc['party_name']}",
                "Address: " + ", ".join(doc["address"]),
                f"Importer No.: {doc['importer_number']}",
            ],
        ),
    ]
    blocks.append(
        (
            "text",
            f"Date of violation: {_d(doc, doc['violation'])}. Culpability: {doc['culp_word']}.",
        )
    )
    blocks.append(("text", _pd(doc)))
    blocks += [("text", t) for t in _nc(doc)]
    rows = [
        [
            e["entry_number"],
            _d(doc, e["entry_date"]),
            _liq(doc, e["liquidated"]),
            _m(doc, e["entered_value"]),
            _m(doc, e["duty_paid"]),
            _m(doc, e["duty_owed"]),
        ]
        for e in doc["entries"]
    ]
    blocks.append(
        (
            "table",
            ["Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid", "Duty Owed"],
            rows,
            True,
        )
    )
    blocks += [("text", t) for t in _values(doc)]
    blocks.append(("sig", [doc["officer"], "Import Specialist"]))
    return blocks


def fixed(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    doc["style"] = "fixed"
    lines = [
        "PENALTY CASE REFERRAL REPORT",
        "=" * 60,
        f"CASE NUMBER ....... {doc['case_number']}",
        f"PARTY ............. {doc['party_name']}",
        f"ADDRESS ........... {', '.join(doc['address'])}",
        f"IMPORTER NO ....... {doc['importer_number']}",
        f"VIOLATION DATE .... {_d(doc, doc['violation'])}",
        f"CULPABILITY ....... {doc['culp_word'].upper()}",
        f"PRIOR DISCLOSURE .. {'YES' if doc['prior_disclosure'] else 'NO'}",
        f"NONCOMMERCIAL ..... {'YES' if doc['noncommercial'] else 'NO'}",
        "",
        "ENTRY #".ljust(16)
        + "ENTRY DT".ljust(20)
        + "STATUS".ljust(8)
        + "VALUE".rjust(14)
        + "DUTY PD".rjust(12)
        + "DUTY OWED".rjust(12),
    ]
    for e in doc["entries"]:
        lines.append(
            f"{e['entry_number']:<16}{_d(doc, e['entry_date']):<20}{_liq(doc, e['liquidated']):<8}"
            + _m(doc, e["entered_value"]).rjust(14)
            + _m(doc, e["duty_paid"]).rjust(12)
            + _m(doc, e["duty_owed"]).rjust(12)
        )
    lines += (
        [""]
        + [v.upper().replace(": ", " ... ") for v in _values(doc)]
        + ["", f"PREPARED BY {doc['officer']}"]
    )
    return [("mono", lines)]


def prose(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    doc["style"] = "prose"
    blocks: list[tuple[Any, ...]] = [
        ("right", [f"Case {doc['case_number']}", _d(doc, doc["today"])]),
        ("head", "Audit referral: possible violation of 19 U.S.C. 1592"),
    ]
    blocks.append(
        (
            "text",
            f"Our audit of {doc['party_name']} (importer number {doc['importer_number']}), of "
            f"{', '.join(doc['address'])}, found false statements of value and classification "
            "on the entries "
            f"below. The violation dates from {_d(doc, doc['violation'])}, and we assess the "
            "culpability as "
            f"{doc['culp_word']}.",
        )
    )
    blocks.append(("text", _pd(doc)))
    blocks += [("text", t) for t in _nc(doc)]
    blocks.append(
        (
            "bullets",
            [
                f"Entry {e['entry_number']} of {_d(doc, e['entry_date'])} "
                f"({_liq(doc, e['liquidated'])}): "
                f"entered value {_m(doc, e['entered_value'])}, duty paid "
                f"{_m(doc, e['duty_paid'])}, "
                f"duty owed {_m(doc, e['duty_owed'])}"
                for e in doc["entries"]
            ],
        )
    )
    blocks.append(("text", "; ".join(_values(doc)) + "."))
    blocks.append(("sig", ["Prepared by", doc["officer"], "Regulatory Audit"]))
    return blocks


STYLE_FUNCS = {"memo": memo, "fixed": fixed, "prose": prose}

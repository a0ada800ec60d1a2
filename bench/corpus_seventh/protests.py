"""Protest cases: the law decides the truth, then one of four sender styles prints the facts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_seventh import law
from bench.corpus_seventh.fmt import COMPANIES, GOODS, PEOPLE, PORTS, Doc, Pick, case_and_style

CASES = [
    "accept",
    "missing-a1",
    "untimely",
    "grace-weekend",
    "accept-multi",
    "missing-a2",
    "premature",
    "grace-holiday",
    "mixed",
    "missing-a5",
    "untimely-90day",
    "invalid-petition",
]
STYLES = ["email", "export", "cf28-reply", "counsel"]
PRODUCER = {"email": "rsvg", "export": "rsvg", "cf28-reply": "pdfme", "counsel": "pdfme"}
CATEGORY_WORDS = {
    "classification": [
        "the tariff classification",
        "classification and rate of duty",
        "CLASSIFICATION",
        "the classification under the HTSUS",
        "rate and amount of duty (classification)",
    ],
    "appraised_value": [
        "the appraised value",
        "APPRAISEMENT",
        "the value appraised",
        "appraisement of the merchandise",
        "appraised value",
    ],
}
DRAWBACK = [
    "None of the entries is subject to drawback.",
    "The entries are not subject to drawback.",
    "No drawback claim has been or will be filed on these entries.",
    "Drawback: the merchandise is not the subject of any drawback claim.",
    "We declare that these entries are not subject to drawback.",
]


@dataclass
class Entry:
    number: str
    entered: date
    liquidated: date


def entry_number(rng: random.Random) -> str:
    """A valid entry number whose filer code uses only the letters A..I."""
    filer = "".join(rng.choice("ABCDEFGHI") for _ in range(3))
    serial = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{serial}-{law.check_digit(filer + serial)}"


def _entries_for(case: str, rng: random.Random) -> tuple[list[Entry], date]:
    """Entries and a receipt date that make `case` true."""
    start = date(2024, 1, 8) + timedelta(days=rng.randrange(200))
    liq = start + timedelta(days=rng.randrange(280, 330))
    if case == "untimely-90day":
        entered = date(2004, 12, rng.randrange(1, 17))
        liq = entered + timedelta(days=rng.randrange(280, 320))
        return [Entry(entry_number(rng), entered, liq)], liq + timedelta(
            days=rng.randrange(110, 170)
        )
    if case in ("grace-weekend", "grace-holiday"):
        while True:
            last = law.last_day(start, liq)
            holiday = last in law.federal_holidays(last.year) and last.weekday() < 5
            if (case == "grace-weekend" and last.weekday() == 5) or (
                case == "grace-holiday" and holiday
            ):
                return [Entry(entry_number(rng), start, liq)], law.next_business_day(last)
            liq += timedelta(days=1)
    count = 3 if case in ("accept-multi", "mixed") else rng.choice([1, 1, 2])
    entries = [
        Entry(entry_number(rng), start + timedelta(days=9 * i), liq + timedelta(days=12 * i))
        for i in range(count)
    ]
    if case == "mixed":
        entries[0].liquidated -= timedelta(days=60)
        received = law.last_day(entries[0].entered, entries[0].liquidated) + timedelta(days=20)
    elif case == "untimely":
        received = law.last_day(start, entries[0].liquidated) + timedelta(
            days=rng.randrange(12, 40)
        )
        received = max(
            received, law.last_day(entries[-1].entered, entries[-1].liquidated) + timedelta(days=9)
        )
    elif case == "premature":
        received = entries[0].liquidated - timedelta(days=rng.randrange(5, 30))
    else:
        received = entries[-1].liquidated + timedelta(days=rng.randrange(20, 150))
    return entries, received


def _decide(
    case: str, entries: list[Entry], received: date, missing: list[str]
) -> dict[str, object]:
    lasts = {e.number: law.last_day(e.entered, e.liquidated) for e in entries}
    kinds = {law.timing(received, e.liquidated, lasts[e.number]) for e in entries}
    if "grace" in kinds or len(kinds) > 1:
        outcome = "needs_human"
    elif kinds == {"premature"}:
        outcome = "premature"
    elif kinds == {"untimely"}:
        outcome = "untimely"
    elif case == "invalid-petition":
        outcome = "invalid"
    else:
        outcome = "deficient" if missing else "accept"
    expected = {
        "accept": "accept",
        "accept-multi": "accept",
        "untimely": "untimely",
        "untimely-90day": "untimely",
        "premature": "premature",
        "mixed": "needs_human",
        "grace-weekend": "needs_human",
        "grace-holiday": "needs_human",
        "invalid-petition": "invalid",
    }.get(case, "deficient")
    assert outcome == expected, (case, outcome, kinds)
    return {
        "outcome": outcome,
        "deadline": min(lasts.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in lasts.items()},
        "missing": missing,
    }


def build(index: int, rng: random.Random) -> Doc:
    """The protest at `index`: case and style by position, facts by the seed."""
    case, style = case_and_style(index, CASES, STYLES)
    pick = Pick(rng)
    name, street, city = rng.choice(COMPANIES)
    port, port_name = rng.choice(PORTS)
    goods = rng.choice(GOODS)
    entries, received = _entries_for(case, rng)
    missing = {
        "missing-a1": ["174.13(a)(1)"],
        "missing-a2": ["174.13(a)(2)"],
        "missing-a5": ["174.13(a)(5)"],
    }.get(case, [])
    category = "appraised_value" if rng.random() < 0.4 else "classification"
    facts: dict[str, Any] = {
        "name": name.upper() if style in ("email", "export") and rng.random() < 0.6 else name,
        "address": None if case == "missing-a1" else f"{street}, {city}",
        "ior": None
        if case == "missing-a2"
        else f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        "goods": None if case == "missing-a5" else goods[0],
        "signer": rng.choice(PEOPLE),
        "category": category,
        "port": port,
        "port_name": port_name,
        "accelerated": rng.random() < 0.35,
        "review": rng.random() < 0.55,
        "hts": goods[2],
        "good_hts": goods[1],
        "entries": entries,
        "received": received,
        "petition": case == "invalid-petition",
    }
    if style == "export":
        facts["address"] = facts["address"] and facts["address"].upper()
    decision = _decide(case, entries, received, missing)
    today = max(received, entries[-1].liquidated) + timedelta(days=rng.randrange(5, 40))
    # The export's printed receipt date wins under the contract; --received agrees with it so
    # that a reader which does not take the export's line as a CBP receipt is not scored on that.
    args = ["--received", received.isoformat(), "--today", today.isoformat()]
    values: dict[str, object] = {
        "protest_number": None,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": facts["ior"],
        "protestant_name": facts["name"],
        "protestant_address": facts["address"],
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entered.isoformat(),
                "liquidation_date": e.liquidated.isoformat(),
            }
            for e in entries
        ],
        "category": category,
        "merchandise_description": facts["goods"],
        "accelerated_disposition": facts["accelerated"],
        "further_review_requested": facts["review"],
        "signer_name": facts["signer"],
    }
    not_scored: list[str] = []
    if case == "invalid-petition":
        del values["entries"], values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored = [
            "deadline/last_days: the contract leaves them open for a protest of a "
            "penalty-petition decision",
            "entries/category: the dates printed are a liquidation and a petition decision; "
            "the contract does not say which one a protest of a non-protestable decision carries",
        ]
    doc = Doc("protest", case, PRODUCER[style], args, values, decision, not_scored)
    from bench.corpus_seventh import protest_styles

    protest_styles.render(style, doc, facts, pick)
    return doc

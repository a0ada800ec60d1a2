"""Protest situations and their truths under 19 U.S.C. 1514 and 19 CFR 174."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.common import PARTIES, PEOPLE, PORTS, Party, pick

D = dt.timedelta

# Each name is a situation a careful officer decides from the page alone.
CASES = [
    "accept",
    "accept-two-entries",
    "accept-afr-accel",
    "no-importer-number",
    "no-description",
    "no-entry-date",
    "no-objection",
    "no-address",
    "earlier-no-date",
    "no-drawback-line",
    "boundary-180-day",
    "untimely-90-day",
    "untimely",
    "premature",
    "grace-saturday",
    "grace-holiday",
    "mixed-timeliness",
    "invalid-petition",
    "accept-charges",
    "accept-stamp",
    "accept-three-entries",
    "accept-dmy",
    "grace-sunday",
    "accept-courier",
]

CATEGORY_WORDS = {
    "classification": [
        "Classification and rate and amount of duty",
        "Tariff classification",
        "Classification of the merchandise under the HTSUS",
        "Rate and amount of duty (classification)",
        "Classification",
    ],
    "appraised_value": [
        "Appraised value of merchandise",
        "Appraisement",
        "Customs value (appraisement)",
        "Appraised value",
        "Valuation of the imported merchandise",
    ],
    "charges": [
        "Charges or exactions (merchandise processing fee)",
        "Merchandise processing fee assessed",
        "Charges and exactions",
        "Assessment of the MPF",
        "Charges or exactions",
    ],
}
GOODS = [
    "Stainless steel insulated beverage bottles, 24 oz, style SB-24",
    "Cotton terry bath towels, 600 gsm, item TW-600",
    "Bluetooth portable speakers, model MLA-BT7",
    "Glazed stoneware dinner plates, 27 cm, pattern Coastline",
    "Aluminum folding camp chairs, model OD-CC12",
    "Printed paper notebooks, A5, 96 sheets, series QF-N5",
    "Braided nylon dog leashes, 6 ft, SKU TG-L6",
    "Optical glass camera lens elements, part AN-442",
]


@dataclass
class Protest:
    """Everything a protest document may print, with what is left out on purpose as None."""

    case: str
    party: Party
    address: bool
    importer: str | None
    port: tuple[str, str]
    entries: list[tuple[str, dt.date | None, dt.date]]
    category: str | None
    goods: str | None
    objection: bool
    drawback: bool | None
    further_review: bool
    accelerated: bool
    signer: str
    received: dt.date
    stamped: bool
    protest_number: str | None
    earlier: tuple[str, dt.date | None] | None = None
    petition: bool = False
    args_received: dt.date | None = None
    today: dt.date = field(default_factory=lambda: dt.date(2026, 1, 1))


def _entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randrange(10**7):07d}")


def _filer(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHI0123456789") for _ in range(2)) + rng.choice("ABCDEFGHI")


def _find_day(start: dt.date, test: Callable[[dt.date], bool]) -> dt.date:
    day = start
    while not test(day):
        day += D(days=1)
    return day


def make(case: str, index: int, rng: random.Random) -> Protest:
    """The protest for one case; dates are chosen so the case's outcome holds."""
    party = PARTIES[index % len(PARTIES)]
    filer = _filer(rng)
    entry_date = dt.date(2024, 1, 8) + D(days=rng.randrange(400))
    liq = entry_date + D(days=300 + rng.randrange(60))
    received = liq + D(days=20 + rng.randrange(140))
    entries: list[tuple[str, dt.date | None, dt.date]] = [(_entry(rng, filer), entry_date, liq)]
    category = "classification" if index % 2 == 0 else "appraised_value"
    pr = Protest(
        case=case,
        party=party,
        address=True,
        importer=party.ein,
        port=pick(rng, PORTS),
        entries=entries,
        category=category,
        goods=GOODS[index % len(GOODS)],
        objection=True,
        drawback=rng.random() < 0.7,
        further_review=rng.random() < 0.5,
        accelerated=False,
        signer=PEOPLE[index % len(PEOPLE)],
        received=received,
        stamped=False,
        protest_number=None,
    )
    if case in ("accept-two-entries", "accept-three-entries", "mixed-timeliness"):
        count = 3 if case == "accept-three-entries" else 2
        for k in range(1, count):
            ed = entry_date + D(days=9 * k)
            entries.append((_entry(rng, filer), ed, liq + D(days=7 * k)))
        pr.received = liq + D(days=7 * count + 30)
        if case == "mixed-timeliness":
            pr.received = liq + D(days=183)
            while not law.business_day(pr.received) or any(
                law.timeliness(pr.received, e, lq) == "grace" for _, e, lq in entries
            ):
                pr.received += D(days=1)
    elif case == "accept-afr-accel":
        pr.further_review, pr.accelerated = True, True
    elif case == "no-importer-number":
        pr.importer = None
    elif case == "no-description":
        pr.goods = None
    elif case == "no-entry-date":
        entries[0] = (entries[0][0], None, liq)
        pr.received = liq + D(days=40)
    elif case == "no-objection":
        pr.objection = False
    elif case == "no-address":
        pr.address = False
    elif case == "earlier-no-date":
        pr.earlier = (f"{pr.port[0]}-25-{rng.randrange(100000, 999999)}", None)
    elif case == "no-drawback-line":
        pr.drawback = None
    elif case == "untimely":
        # After the next business day following the last day: never the P-TIME-5 grace.
        later = law.next_business_day(law.protest_last_day(entry_date, liq)) + D(days=1)
        pr.received = _find_day(later + D(days=rng.randrange(3)), law.business_day)
    elif case == "untimely-90-day":
        ed = dt.date(2004, 12, 17)
        lq = dt.date(2005, 10, 14)
        entries[0] = (entries[0][0], ed, lq)
        pr.received = _find_day(lq + D(days=120), law.business_day)
    elif case == "boundary-180-day":
        ed = dt.date(2004, 12, 20)
        lq = dt.date(2005, 10, 14)
        entries[0] = (entries[0][0], ed, lq)
        pr.received = _find_day(lq + D(days=120), law.business_day)
    elif case == "premature":
        pr.received = liq - D(days=12 + rng.randrange(10))
    elif case in ("grace-saturday", "grace-sunday", "grace-holiday"):
        if case == "grace-holiday":
            holiday = pick(
                rng,
                [
                    dt.date(2025, 11, 11),
                    dt.date(2025, 5, 26),
                    dt.date(2025, 9, 1),
                    dt.date(2026, 1, 19),
                    dt.date(2025, 7, 4),
                ],
            )
            last = holiday
        else:
            wd = 5 if case == "grace-saturday" else 6
            last = _find_day(
                dt.date(2025, 3, 3) + D(days=rng.randrange(200)), lambda d: d.weekday() == wd
            )
        lq = last - D(days=180)
        ed = lq - D(days=290)
        entries[0] = (entries[0][0], ed, lq)
        pr.received = law.next_business_day(last)
    elif case == "invalid-petition":
        pr.petition, pr.category = True, None
    elif case == "accept-charges":
        pr.category = "charges"
    if not case.startswith("grace-"):
        # CBP receives mail on business days; the grace cases are already the next business day.
        pr.received = _find_day(pr.received, law.business_day)
    if case == "accept-stamp":
        # The stamp wins over the clerk's date (contract): --received is given two days later.
        pr.args_received = pr.received + D(days=2)
    if case in ("accept-stamp", "grace-sunday", "untimely"):
        pr.stamped = True
    pr.today = pr.received + D(days=5 + rng.randrange(40))
    return pr


def truth(pr: Protest, port_code: bool = True) -> dict[str, object]:
    """The truth file for a protest, computed from the law (customs-rules.md section 1)."""
    missing = []
    if not pr.address:
        missing.append("174.13(a)(1)")
    if pr.importer is None:
        missing.append("174.13(a)(2)")
    if any(e is None for _, e, _ in pr.entries):
        missing.append("174.13(a)(3)")
    if pr.goods is None:
        missing.append("174.13(a)(5)")
    if not pr.objection:
        missing.append("174.13(a)(6)")
    if pr.earlier is not None and pr.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if pr.drawback is None:
        missing.append("174.13(a)(9)")
    not_scored: list[str] = []
    decision: dict[str, object] = {}
    if pr.petition:
        outcome = "invalid"
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a penalty "
            "petition decision, not a liquidation"
        )
    else:
        states = {law.timeliness(pr.received, e, lq) for _, e, lq in pr.entries}
        if "grace" in states or len(states) > 1:
            outcome = "needs_human"
        elif states == {"premature"}:
            outcome = "premature"
        elif states == {"untimely"}:
            outcome = "untimely"
        else:
            outcome = "deficient" if missing else "accept"
        if any(e is None for _, e, _ in pr.entries):
            not_scored.append(
                "deadline and last_days not scored: no entry date is printed, so 174.12(e) "
                "cannot tell a 90-day from a 180-day period (the outcome holds under both)"
            )
        else:
            last = {n: law.protest_last_day(e, lq).isoformat() for n, e, lq in pr.entries}
            decision["deadline"] = min(last.values())
            decision["last_days"] = last
    decision = {"outcome": outcome, **decision, "missing": missing}
    if missing == ["174.13(a)(9)"] and outcome in ("accept", "deficient"):
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) declaration, "
            "whose wording is a VERIFY rule"
        )
    values = {
        "protest_number": pr.protest_number,
        "port_code": pr.port[0] if port_code else None,
        "received_date": pr.received.isoformat(),
        "importer_number": pr.importer,
        "protestant_name": pr.party.name,
        "protestant_address": pr.party.address if pr.address else None,
        "entries": [
            {
                "entry_number": n,
                "entry_date": e.isoformat() if e else None,
                "liquidation_date": lq.isoformat(),
            }
            for n, e, lq in pr.entries
        ],
        "category": pr.category,
        "merchandise_description": pr.goods,
        "accelerated_disposition": pr.accelerated,
        "further_review_requested": pr.further_review,
        "signer_name": pr.signer,
    }
    args = [
        "--received",
        (pr.args_received or pr.received).isoformat(),
        "--today",
        pr.today.isoformat(),
    ]
    out: dict[str, object] = {
        "kind": "protest",
        "case": pr.case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out

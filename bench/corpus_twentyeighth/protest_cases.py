"""Protest cases: the facts each document states, and its truth computed under 19 CFR 174."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_twentyeighth import fakes, law

# Each case: what the sender leaves out or how the dates fall. The cycle is fixed; the seed
# varies the rest.
CASES = [
    "accept",
    "multi-accept",
    "untimely",
    "premature",
    "invalid",
    "no-address",
    "no-ior",
    "no-entry-date",
    "no-liq-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "weekend-grace",
    "holiday-grace",
    "exact-last-day",
    "weekend-timely",
    "partial-late",
    "old90-untimely",
    "boundary-180",
    "weekend-late",
    "surety-no-cert",
    "no-drawback",
    "accel-review",
    "charges",
]
CATEGORY_WORDS = {
    "classification": "the classification and rate of duty assessed at liquidation",
    "appraised_value": "the appraised value of the merchandise",
    "charges": "the merchandise processing fee charged on liquidation",
}


@dataclass
class Entry:
    number: str
    entry_date: dt.date | None
    liquidation: dt.date | None


@dataclass
class Protest:
    """What one protest says, whatever the layout."""

    case: str
    protestant: str
    address: tuple[str, ...] | None
    ior: str | None
    port: tuple[str, str]
    entries: list[Entry]
    category: str | None
    description: str | None
    hts_claimed: str
    hts_assessed: str
    justified: bool
    earlier: tuple[str, dt.date | None] | None
    surety: bool
    drawback_stated: bool
    accelerated: bool
    further_review: bool
    signer: tuple[str, str]
    agent: tuple[str, tuple[str, ...], str] | None  # broker name, address, its importer number
    received: dt.date
    stamped: bool
    letter_date: dt.date
    protest_number: str | None
    today: dt.date
    date_style: str
    extra: dict[str, Any] = field(default_factory=dict)


def _business(day: dt.date, back: bool = True) -> dt.date:
    while not law.is_business_day(day):
        day += dt.timedelta(days=-1 if back else 1)
    return day


def _liquidation_with_last_day(rng: random.Random, want: str) -> dt.date:
    """A liquidation date whose 180th day is a Saturday/Sunday ('weekend') or a weekday holiday."""
    while True:
        liq = fakes.pick_date(rng, dt.date(2022, 6, 1), dt.date(2025, 3, 1))
        last = liq + dt.timedelta(days=180)
        if (
            want == "weekend"
            and last.weekday() >= 5
            and law.is_business_day(last + dt.timedelta(days=7 - last.weekday()))
        ):
            return liq
        if want == "holiday" and last.weekday() < 5 and not law.is_business_day(last):
            return liq


def _dates(
    rng: random.Random, case: str, count: int
) -> tuple[list[tuple[dt.date, dt.date]], dt.date]:
    """(entry date, liquidation date) per entry and the receipt date the case needs."""
    if case == "old90-untimely":
        entry = fakes.pick_date(rng, dt.date(2004, 6, 1), dt.date(2004, 12, 10))
        liq = entry + dt.timedelta(days=rng.randint(250, 320))
        return [(entry, liq)], _business(liq + dt.timedelta(days=rng.randint(100, 150)))
    if case == "boundary-180":
        liq = dt.date(2005, 10, 14) + dt.timedelta(days=rng.randint(0, 20))
        return [(dt.date(2004, 12, 20), liq)], _business(
            liq + dt.timedelta(days=rng.randint(120, 170))
        )
    if case in ("weekend-grace", "weekend-timely", "weekend-late", "holiday-grace"):
        liq = _liquidation_with_last_day(rng, "holiday" if case == "holiday-grace" else "weekend")
        last = liq + dt.timedelta(days=180)
        received = {
            "weekend-timely": _business(last),
            "weekend-late": law.next_business_day(law.next_business_day(last)),
        }.get(case, law.next_business_day(last))
        return [(liq - dt.timedelta(days=rng.randint(200, 300)), liq)], received
    first = fakes.pick_date(rng, dt.date(2023, 1, 10), dt.date(2025, 2, 20))
    # several entries liquidate close together, so one receipt date is timely for all of them
    liqs = sorted(
        [first] + [first + dt.timedelta(days=rng.randint(1, 50)) for _ in range(count - 1)]
    )
    if case == "partial-late":
        liqs = [liqs[0], liqs[0] + dt.timedelta(days=rng.randint(40, 90))]
    pairs = [(liq - dt.timedelta(days=rng.randint(180, 330)), liq) for liq in liqs]
    first_last = liqs[0] + dt.timedelta(days=180)
    if case == "untimely":
        received = _business(first_last + dt.timedelta(days=rng.randint(8, 60)), back=False)
    elif case == "premature":
        received = _business(liqs[0] - dt.timedelta(days=rng.randint(6, 25)))
    elif case == "exact-last-day":
        received = first_last
        if not law.is_business_day(received):
            received = _business(received)
            pairs = [(e, received - dt.timedelta(days=180)) for e, _ in pairs]
    elif case == "partial-late":
        received = _business(first_last + dt.timedelta(days=rng.randint(4, 30)), back=False)
    else:
        received = _business(liqs[-1] + dt.timedelta(days=rng.randint(20, 120)))
    return pairs, received


def make(index: int, seed: int) -> Protest:
    """The facts of protest INDEX for SEED (the case cycles through CASES)."""
    case = CASES[index % len(CASES)]
    rng = random.Random(f"protest-{seed}-{index}")
    firm, lines = rng.choice(fakes.FIRMS)
    count = {"multi-accept": 3, "partial-late": 2, "earlier-no-date": 2}.get(
        case, rng.choice([1, 1, 2])
    )
    if case in (
        "weekend-grace",
        "weekend-timely",
        "weekend-late",
        "holiday-grace",
        "old90-untimely",
        "boundary-180",
        "exact-last-day",
    ):
        count = 1
    pairs, received = _dates(rng, case, count)
    filer = rng.choice(fakes.FILERS)
    entries = [Entry(fakes.new_entry(rng, filer), e, liq) for e, liq in pairs]
    if case == "no-entry-date":
        entries[0].entry_date = None
    if case == "no-liq-date":
        for entry in entries:
            entry.liquidation = None
    goods = rng.choice(fakes.GOODS)
    category = {"charges": "charges", "invalid": None}.get(
        case, rng.choice(["classification", "appraised_value"])
    )
    agent = None
    if rng.random() < 0.5 and case != "surety-no-cert":
        broker, blines = rng.choice(fakes.BROKERS)
        agent = (broker, blines, fakes.ein(rng) + "00")
    protestant, plines = rng.choice(fakes.SURETIES) if case == "surety-no-cert" else (firm, lines)
    earlier = None
    if case == "earlier-no-date" or (case == "multi-accept" and rng.random() < 0.5):
        year = received.year % 100 - 1
        number = f"{rng.choice(fakes.PORTS)[0]}-{year:02d}-{rng.randint(100000, 999999)}"
        earlier = (
            number,
            None
            if case == "earlier-no-date"
            else received - dt.timedelta(days=rng.randint(30, 200)),
        )
    stamped = rng.random() < 0.5
    port = rng.choice(fakes.PORTS)
    return Protest(
        case=case,
        protestant=protestant,
        address=None if case == "no-address" else plines,
        ior=None if case == "no-ior" else fakes.ein(rng),
        port=port,
        entries=entries,
        category=category,
        description=None if case == "no-desc" else goods[0],
        hts_claimed=goods[1],
        hts_assessed=rng.choice(["8479.89.9499", "3924.90.5650", "7326.90.8688"]),
        justified=case != "no-justif",
        earlier=earlier,
        surety=case == "surety-no-cert",
        drawback_stated=case != "no-drawback",
        accelerated=case == "accel-review" or rng.random() < 0.15,
        further_review=case == "accel-review" or rng.random() < 0.4,
        signer=(
            (rng.choice(fakes.BROKER_STAFF), "Licensed Customs Broker")
            if agent
            else rng.choice(fakes.PEOPLE)
        ),
        agent=agent,
        received=received,
        stamped=stamped,
        letter_date=_business(received - dt.timedelta(days=rng.randint(1, 6))),
        protest_number=(
            f"{port[0]}-{received.year % 100:02d}-{rng.randint(100000, 999999)}"
            if stamped and rng.random() < 0.5
            else None
        ),
        today=received + dt.timedelta(days=rng.randint(5, 60)),
        date_style=rng.choice(fakes.DATE_STYLES),
    )


def truth(p: Protest) -> dict[str, Any]:
    """The truth file: values as printed, decision under 19 CFR 174 and the rules' precedence."""
    missing = []
    if p.address is None:
        missing.append("174.13(a)(1)")
    if p.ior is None:
        missing.append("174.13(a)(2)")
    if any(e.entry_date is None for e in p.entries):
        missing.append("174.13(a)(3)")
    if any(e.liquidation is None for e in p.entries):
        missing.append("174.13(a)(4)")
    if p.description is None:
        missing.append("174.13(a)(5)")
    if not p.justified:
        missing.append("174.13(a)(6)")
    if p.earlier and p.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if p.surety:
        missing.append("174.13(a)(8)")
    if not p.drawback_stated:
        missing.append("174.13(a)(9)")
    not_scored: list[str] = []
    decision: dict[str, Any] = {}
    timing = None
    if p.category is None:
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a penalty "
            "petition decision, not a liquidation"
        )
    elif any(e.liquidation is None for e in p.entries):
        not_scored.append("deadline and last_days not scored: no liquidation date is printed")
    else:
        lasts = {
            e.number: law.protest_last_day(e.entry_date or dt.date(2020, 1, 1), e.liquidation)
            for e in p.entries
            if e.liquidation
        }
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        timing = law.protest_timing(
            [
                law.entry_timing(p.received, e.entry_date or dt.date(2020, 1, 1), e.liquidation)
                for e in p.entries
                if e.liquidation
            ]
        )
    outcome = law.protest_outcome(timing, p.category is None, missing)
    if missing == ["174.13(a)(9)"] and outcome == "deficient":
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) declaration, "
            "whose wording is a VERIFY rule"
        )
    else:
        decision = {"outcome": outcome, **decision}
    decision["missing"] = missing
    address = fakes.address(p.address) if p.address else None
    args = ([] if p.stamped else ["--received", p.received.isoformat()]) + [
        "--today",
        p.today.isoformat(),
    ]
    values = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.ior,
        "protestant_name": p.protestant,
        "protestant_address": address,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                "liquidation_date": e.liquidation.isoformat() if e.liquidation else None,
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": p.description,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer[0],
    }
    out = {"kind": "protest", "case": p.case, "args": args, "values": values, "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out

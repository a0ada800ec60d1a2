"""Protest cases: the facts of each document and the truth a careful officer decides from them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import law, parties
from .common import Built, iso

CASES = [
    "accept",
    "grace-weekend",
    "untimely",
    "no-importer",
    "premature",
    "accept-90day",
    "mixed",
    "no-address",
    "invalid-petition",
    "no-entry-date",
    "accept-multi",
    "no-merchandise",
    "grace-holiday",
    "no-objection",
    "untimely-90day",
    "no-liq-date",
    "accept-accelerated",
    "no-drawback",
    "accept-stamp",
    "accept-no-review",
    "accept",
    "untimely",
    "accept-multi",
    "premature",
]
# Holidays whose observed day is the last day of a protest period in the grace cases.
GRACE_HOLIDAYS = [
    dt.date(2025, 7, 4),
    dt.date(2025, 11, 27),
    dt.date(2025, 5, 26),
    dt.date(2025, 9, 1),
    dt.date(2026, 1, 19),
    dt.date(2025, 12, 25),
]


@dataclass
class Entry:
    number: str
    entered: dt.date | None
    liquidated: dt.date | None


@dataclass
class Protest:
    """The facts a protest document states (None where the document leaves the element out)."""

    case: str
    name: str
    address: list[str] | None
    importer_number: str | None
    port_code: str
    port_name: str
    entries: list[Entry]
    category: str | None
    merchandise: str | None
    current_hts: str
    claimed_hts: str
    objection: bool
    drawback: bool
    further_review: bool
    accelerated: bool
    signer: str
    signer_title: str
    letter_date: dt.date
    received: dt.date
    received_printed: bool
    today: dt.date
    petition: bool = False
    agent: tuple[str, str, str] | None = None
    protest_number: str | None = None
    notes: list[str] = field(default_factory=list)


def _serial(rng: random.Random) -> str:
    return f"{rng.randrange(10**7):07d}"


def _liquidation(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 10) + dt.timedelta(days=rng.randrange(150))


def build(index: int, rng: random.Random) -> Protest:
    """Facts for protest `index`: the case decides the clocks; everything else is drawn from rng."""
    case = CASES[index % len(CASES)]
    name, address = parties.IMPORTERS[rng.randrange(len(parties.IMPORTERS))]
    port_code, port_name = parties.PORTS[rng.randrange(len(parties.PORTS))]
    goods, category, current, claimed = parties.GOODS[rng.randrange(len(parties.GOODS))]
    filer = parties.FILERS[rng.randrange(len(parties.FILERS))]
    count = 3 if case in ("accept-multi", "mixed") else rng.choice([1, 1, 2])
    liq = _liquidation(rng)
    old = case.endswith("90day")
    entries = []
    for k in range(count):
        entered = (
            (dt.date(2004, 9, 1) + dt.timedelta(days=rng.randrange(100)))
            if old
            else liq - dt.timedelta(days=300 + rng.randrange(60) + 7 * k)
        )
        if old:
            entered = min(entered, dt.date(2004, 12, 17))
        entries.append(Entry(law.entry_number(filer, _serial(rng)), entered, liq))
    last = min(law.last_day(e.entered or dt.date(2020, 1, 1), liq) for e in entries)
    received = last - dt.timedelta(days=5 + rng.randrange(60))
    if case == "grace-weekend":
        while law.is_business_day(last) or last.weekday() != 5:
            liq += dt.timedelta(days=1)
            last = law.last_day(entries[0].entered or liq, liq)
        received = law.next_business_day(last)
    elif case == "grace-holiday":
        holiday = GRACE_HOLIDAYS[rng.randrange(len(GRACE_HOLIDAYS))]
        liq = holiday - dt.timedelta(days=180)
        last = holiday
        received = law.next_business_day(last)
    elif case.startswith("untimely"):
        received = law.next_business_day(law.next_business_day(last)) + dt.timedelta(
            days=rng.randrange(20)
        )
    elif case == "premature":
        liq = dt.date(2025, 9, 5) + dt.timedelta(days=rng.randrange(60))
        received = liq - dt.timedelta(days=3 + rng.randrange(25))
    elif case == "mixed":
        # The last entry was liquidated 20 days later: the others are late, it is not.
        entries[-1] = Entry(entries[-1].number, entries[-1].entered, liq + dt.timedelta(days=20))
        received = law.next_business_day(law.next_business_day(last)) + dt.timedelta(days=3)
    elif case in ("no-entry-date", "no-liq-date"):
        received = liq + dt.timedelta(days=20 + rng.randrange(60))
    first_liq = entries[0].liquidated
    for e in entries:
        if e.liquidated == first_liq:
            e.liquidated = liq
    if case == "no-entry-date":
        for e in entries:
            e.entered = None
    if case == "no-liq-date":
        for e in entries:
            e.liquidated = None
    agent = None
    if rng.random() < 0.4:
        agent = parties.BROKERS[rng.randrange(len(parties.BROKERS))]
    today = received + dt.timedelta(days=2 + rng.randrange(20))
    signer = parties.PEOPLE[rng.randrange(len(parties.PEOPLE))]
    return Protest(
        case=case,
        name=name,
        address=None if case == "no-address" else address,
        importer_number=None
        if case == "no-importer"
        else f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        port_code=port_code,
        port_name=port_name,
        entries=entries,
        category=None if case == "no-objection" else category,
        merchandise=None if case == "no-merchandise" else goods,
        current_hts=current,
        claimed_hts=claimed,
        objection=case != "no-objection",
        drawback=case != "no-drawback",
        further_review=case != "accept-no-review" and rng.random() < 0.7,
        accelerated=case == "accept-accelerated",
        signer=signer,
        signer_title=rng.choice(
            [
                "President",
                "Owner",
                "Director, Trade Compliance",
                "Counsel",
                "Licensed Customs Broker",
                "Import Manager",
            ]
        ),
        letter_date=received - dt.timedelta(days=1 + rng.randrange(4)),
        received=received,
        received_printed=case == "accept-stamp" or rng.random() < 0.25,
        today=today,
        petition=case == "invalid-petition",
        agent=agent,
        protest_number=f"{port_code}-25-{rng.randrange(10**6):06d}" if rng.random() < 0.3 else None,
    )


def fit_signer(p: Protest, style: str, rng: random.Random) -> None:
    """The signer's title follows who writes in that style: the owner, counsel, or the broker."""
    if style == "owner-letter":
        p.signer_title = rng.choice(["Owner", "President", "Managing Member"])
    elif style == "summary-grid":
        p.signer_title = rng.choice(["Partner", "Counsel", "Attorney for Protestant"])
    elif p.agent and style in ("ace-dump", "fax-packet"):
        p.signer_title = "Licensed Customs Broker"


def truth(p: Protest, producer: str, style: str) -> Built:
    """The outcome by 19 U.S.C. 1514 and 19 CFR 174 from the document alone."""
    not_scored: list[str] = []
    missing = []
    if p.address is None:
        missing.append("174.13(a)(1)")
    if p.importer_number is None:
        missing.append("174.13(a)(2)")
    if any(e.entered is None for e in p.entries):
        missing.append("174.13(a)(3)")
    if any(e.liquidated is None for e in p.entries):
        missing.append("174.13(a)(4)")
    if p.merchandise is None:
        missing.append("174.13(a)(5)")
    if not p.objection:
        missing.append("174.13(a)(6)")
    if not p.drawback:
        missing.append("174.13(a)(9)")
    decision: dict[str, object] = {}
    timings = []
    if p.petition:
        not_scored.append(
            "deadline/last_days not scored: a penalty-petition decision cannot be "
            "protested, and the contract gives no clock for it"
        )
    elif any(e.entered is None or e.liquidated is None for e in p.entries):
        not_scored.append(
            "deadline/last_days not scored: without the entry date (90 or 180 days, "
            "174.12(e)) or the liquidation date no last day can be computed"
        )
    else:
        lasts = {
            e.number: law.last_day(e.entered, e.liquidated)
            for e in p.entries
            if e.entered and e.liquidated
        }
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        timings = [
            law.timing(p.received, e.liquidated, lasts[e.number]) for e in p.entries if e.liquidated
        ]
    if (set(timings) - {"timely"} and len(set(timings)) > 1) or "grace" in timings:
        outcome = "needs_human"
    elif timings and all(t == "premature" for t in timings):
        outcome = "premature"
    elif timings and all(t == "untimely" for t in timings):
        outcome = "untimely"
    elif p.petition:
        outcome = "invalid"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision["outcome"] = outcome
    decision["missing"] = missing
    if missing == ["174.13(a)(9)"] and outcome == "deficient":
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: the only open point is a missing 174.13(a)(9) "
            "drawback declaration, whose wording is a VERIFY line"
        )
    values: dict[str, object] = {
        "protest_number": p.protest_number,
        "port_code": p.port_code,
        "received_date": p.received.isoformat(),
        "importer_number": p.importer_number,
        "protestant_name": p.name,
        "protestant_address": ", ".join(p.address) if p.address else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": iso(e.entered),
                "liquidation_date": iso(e.liquidated),
            }
            for e in p.entries
        ],
        "merchandise_description": p.merchandise,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    if style == "owner-letter":
        del values["merchandise_description"]
        not_scored.append(
            "merchandise_description not scored: the owner names the goods inside a sentence, "
            "with no label, so where the description ends is a reader's judgment"
        )
    if p.petition:
        not_scored.append(
            "category not scored: a penalty-petition decision is none of the "
            "contract's protestable categories"
        )
    else:
        values["category"] = p.category
    args = ["--today", p.today.isoformat()]
    if not p.received_printed:
        args = ["--received", p.received.isoformat(), *args]
    return Built("protest", f"{p.case}-{style}", producer, args, values, decision, not_scored)

"""The protest situations and their truths, decided under 19 CFR 174 and the extract contract."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_twentysecond import people
from bench.corpus_twentysecond.law import last_day, timing

CASES = [
    "timely", "multi", "charges", "exact-last-day", "old90-timely", "old90-untimely", "untimely",
    "premature", "weekend-grace", "holiday-grace", "partial-late", "invalid", "no-address",
    "no-ior", "no-entry-date", "no-desc", "no-justif", "earlier-no-date", "no-drawback",
    "stamp-vs-arg", "afr-accelerated", "two-ports", "weekend-late", "untimely-multi",
]
# Last days that are federal holidays (5 U.S.C. 6103), each followed by a business day.
HOLIDAYS = [date(2024, 11, 11), date(2025, 1, 20), date(2025, 2, 17), date(2025, 5, 26),
            date(2025, 9, 1), date(2025, 10, 13), date(2024, 9, 2)]
# 174.24 criteria a letter may give for further review.
AFR_GROUNDS = [
    "the decision is inconsistent with a ruling of Customs and Border Protection on "
    "substantially similar merchandise",
    "the protest raises a question of law not previously ruled upon",
    "the protest involves facts that were not considered in an earlier ruling",
]


@dataclass
class Entry:
    number: str
    entry_date: date | None
    liquidation: date
    port_code: str


@dataclass
class Protest:
    """Everything a protest document says, plus the receipt the truth is decided on."""

    case: str
    party: people.Party
    port_code: str
    port_name: str
    entries: list[Entry]
    category: str | None
    goods: people.Goods
    received: date
    today: date
    signer: str
    signer_title: str
    show_address: bool = True
    show_ior: bool = True
    show_desc: bool = True
    justification: bool = True
    drawback_declared: bool = True
    earlier: tuple[str, date | None] | None = None
    further_review: bool = False
    accelerated: bool = False
    stamped: date | None = None  # a RECEIVED stamp printed on the page
    args_received: date | None = None
    decision_date: date | None = None  # a penalty-petition decision (invalid protest)
    sent: date = date(2000, 1, 1)  # the letter's own date, a few days before CBP received it


def _liq_for_last(last: date) -> date:
    return last - timedelta(days=180)


def _entries(rng: random.Random, port: str, count: int, liquidation: date) -> list[Entry]:
    filer = rng.choice(people.FILERS)
    out = []
    for _ in range(count):
        entry_date = liquidation - timedelta(days=rng.randint(300, 340))
        out.append(Entry(people.entry(rng, filer), entry_date, liquidation, port))
    return out


def build(case: str, rng: random.Random) -> Protest:
    """The protest for CASE, with dates chosen so that the intended outcome holds."""
    port_code, port_name = rng.choice(people.PORTS)
    liquidation = date(2025, 1, 1) + timedelta(days=rng.randint(0, 200))
    base = Protest(case=case, party=people.party(rng), port_code=port_code, port_name=port_name,
                   entries=_entries(rng, port_code, 1, liquidation),
                   category=rng.choice(["classification", "appraised_value"]),
                   goods=rng.choice(people.GOODS), received=liquidation + timedelta(days=60),
                   today=liquidation + timedelta(days=200), signer=people.person(rng),
                   signer_title=rng.choice(["President", "Director of Trade Compliance",
                                            "Customs Manager", "Vice President, Operations"]),
                   further_review=rng.random() < 0.4)
    received_offset = rng.randint(20, 170)
    base.received = liquidation + timedelta(days=received_offset)
    if case == "multi":
        base.entries = _entries(rng, port_code, 3, liquidation)
        for number, entry in enumerate(base.entries):
            entry.liquidation = liquidation + timedelta(days=7 * number)
        base.received = liquidation + timedelta(days=rng.randint(30, 150))
    elif case == "charges":
        base.category = "charges"
    elif case == "exact-last-day":
        base.received = last_day(base.entries[0].entry_date, liquidation)
    elif case in ("old90-timely", "old90-untimely"):
        old_liq = date(2005, 3, 4) + timedelta(days=rng.randint(0, 40))
        base.entries = [Entry(people.entry(rng, rng.choice(people.FILERS)),
                              date(2004, 12, rng.randint(1, 16)), old_liq, port_code)]
        days = rng.randint(40, 85) if case == "old90-timely" else rng.randint(100, 170)
        base.received = old_liq + timedelta(days=days)
        base.today = base.received + timedelta(days=30)
    elif case in ("untimely", "untimely-multi"):
        count = 1 if case == "untimely" else 2
        base.entries = _entries(rng, port_code, count, liquidation)
        base.received = liquidation + timedelta(days=rng.randint(200, 240))
    elif case == "premature":
        base.received = liquidation - timedelta(days=rng.randint(5, 40))
    elif case in ("weekend-grace", "weekend-late"):
        last = date(2025, 3, 1) + timedelta(days=rng.randint(0, 120))
        weekday = rng.choice([5, 6]) if case == "weekend-grace" else 6
        while last.weekday() != weekday:
            last += timedelta(days=1)
        liq = _liq_for_last(last)
        base.entries = _entries(rng, port_code, 1, liq)
        monday = last + timedelta(days=7 - last.weekday())
        base.received = monday if case == "weekend-grace" else monday + timedelta(days=1)
    elif case == "holiday-grace":
        last = rng.choice(HOLIDAYS)
        base.entries = _entries(rng, port_code, 1, _liq_for_last(last))
        base.received = last + timedelta(days=1)
    elif case == "partial-late":
        early = liquidation
        late = liquidation + timedelta(days=rng.randint(40, 80))
        base.entries = _entries(rng, port_code, 2, early)
        base.entries[1].liquidation = late
        base.received = early + timedelta(days=rng.randint(185, 200))
    elif case == "invalid":
        base.category = None
        base.decision_date = liquidation + timedelta(days=rng.randint(60, 120))
        base.received = base.decision_date + timedelta(days=rng.randint(20, 60))
    elif case == "no-address":
        base.show_address = False
    elif case == "no-ior":
        base.show_ior = False
    elif case == "no-entry-date":
        for entry in base.entries:
            entry.entry_date = None
        base.received = liquidation + timedelta(days=rng.randint(20, 80))
    elif case == "no-desc":
        base.show_desc = False
    elif case == "no-justif":
        base.justification = False
    elif case == "earlier-no-date":
        base.earlier = (f"{port_code}-24-{rng.randint(100000, 999999)}", None)
    elif case == "no-drawback":
        base.drawback_declared = False
    elif case == "stamp-vs-arg":
        base.stamped = base.received
        base.args_received = base.received + timedelta(days=rng.randint(3, 9))
    elif case == "afr-accelerated":
        base.further_review = True
        base.accelerated = True
        base.earlier = (f"{port_code}-24-{rng.randint(100000, 999999)}",
                        liquidation - timedelta(days=rng.randint(60, 200)))
    elif case == "two-ports":
        other_code, _ = rng.choice([p for p in people.PORTS if p[0] != port_code])
        base.entries = _entries(rng, port_code, 2, liquidation)
        base.entries[1].port_code = other_code
    base.today = max(base.today, base.received + timedelta(days=rng.randint(5, 40)))
    base.sent = base.received - timedelta(days=rng.randint(1, 4))
    if base.args_received is None and base.stamped is None:
        base.args_received = base.received
    return base


EXPECT = {"premature": "premature", "untimely": "untimely", "untimely-multi": "untimely",
          "old90-untimely": "untimely", "weekend-grace": "needs_human",
          "holiday-grace": "needs_human", "partial-late": "needs_human", "invalid": "invalid",
          "weekend-late": "untimely", "no-drawback": ""}


def expected(case: str) -> str:
    """The outcome the case is built to show ("" when the outcome is left unscored)."""
    if case in EXPECT:
        return EXPECT[case]
    return "deficient" if case.startswith("no-") or case == "earlier-no-date" else "accept"


def truth(p: Protest) -> dict[str, Any]:
    """The truth file: values and decision as a careful officer reads them from the page."""
    received = p.received
    not_scored: list[str] = []
    entries = [{"entry_number": e.number,
                "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                "liquidation_date": e.liquidation.isoformat()}
               for e in p.entries]
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": p.port_code,
        "received_date": received.isoformat(),
        "importer_number": p.party.ein if p.show_ior else None,
        "protestant_name": p.party.name,
        "protestant_address": p.party.address if p.show_address else None,
        "entries": entries,
        "category": p.category,
        "merchandise_description": p.goods.description if p.show_desc else None,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    missing = []
    for flag, item in ((p.show_address, 1), (p.show_ior, 2),
                       (all(e.entry_date for e in p.entries), 3), (p.show_desc, 5),
                       (p.justification, 6), (p.earlier is None or p.earlier[1] is not None, 7),
                       (p.drawback_declared, 9)):
        if not flag:
            missing.append(f"174.13(a)({item})")
    decision: dict[str, Any] = {"missing": missing}
    if p.decision_date is not None:
        decision["outcome"] = "invalid"
        not_scored.append("deadline and last_days not scored: the protested decision is a "
                          "penalty petition decision (19 CFR 171.22), not a liquidation")
        return _file(p, values, decision, not_scored)
    lasts = {e.number: last_day(e.entry_date, e.liquidation) for e in p.entries}
    kinds = {timing(received, e.liquidation, lasts[e.number]) for e in p.entries}
    if all(e.entry_date for e in p.entries):
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
    else:
        not_scored.append("deadline and last_days not scored: no entry date is given, so "
                          "174.12(e) cannot tell a 90-day entry from a 180-day one")
        assert received <= min(e.liquidation for e in p.entries) + timedelta(days=90)
    if "grace" in kinds or len(kinds) > 1:
        outcome = "needs_human"
    elif kinds == {"premature"}:
        outcome = "premature"
    elif kinds == {"untimely"}:
        outcome = "untimely"
    elif missing == ["174.13(a)(9)"]:
        outcome = ""
        not_scored.append("outcome not scored: the only open point is the 174.13(a)(9) "
                          "declaration, whose wording is a VERIFY rule")
    else:
        outcome = "deficient" if missing else "accept"
    if outcome:
        decision["outcome"] = outcome
    return _file(p, values, decision, not_scored)


def _file(p: Protest, values: dict[str, Any], decision: dict[str, Any],
          not_scored: list[str]) -> dict[str, Any]:
    args: list[str] = []
    if p.args_received is not None:
        args += ["--received", p.args_received.isoformat()]
    args += ["--today", p.today.isoformat()]
    out: dict[str, Any] = {"kind": "protest", "case": p.case, "args": args, "values": values,
                           "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out



"""Protest cases: the facts a document prints and the truth a careful officer decides from them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from . import law, people

CASES = [
    "timely",
    "multi",
    "untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "weekend-late",
    "sunday-last-day",
    "partial-late",
    "partial-premature",
    "old90-timely",
    "old90-untimely",
    "invalid",
    "no-address",
    "no-ior",
    "no-entry-date",
    "no-liq-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "no-drawback",
    "accel-timely",
    "multi-3",
    "appraisal",
]
MISSING = {
    "no-address": "174.13(a)(1)",
    "no-ior": "174.13(a)(2)",
    "no-entry-date": "174.13(a)(3)",
    "no-liq-date": "174.13(a)(4)",
    "no-desc": "174.13(a)(5)",
    "no-justif": "174.13(a)(6)",
    "earlier-no-date": "174.13(a)(7)",
    "no-drawback": "174.13(a)(9)",
}


def _liquidation_with_last(rng: random.Random, want: str, old: bool) -> date:
    """A liquidation date whose last day is a Saturday, a Sunday, a weekday holiday or any day."""
    start = date(2004, 1, 5) if old else date(2023, 1, 3) + timedelta(days=rng.randrange(600))
    span = 90 if old else 180
    for offset in range(0, 4000):
        liq = start + timedelta(days=offset)
        last = liq + timedelta(days=span)
        if want == "sat" and last.weekday() == 5 and law.business_day(last + timedelta(days=2)):
            return liq
        if want == "sun" and last.weekday() == 6:
            return liq
        if want == "holiday" and last.weekday() < 5 and not law.business_day(last):
            return liq
        if want == "weekday" and law.business_day(last):
            return liq
    raise AssertionError(want)


def _received(rng: random.Random, case: str, entries: list[list[Any]], first_last: date) -> date:
    """When CBP received the protest, as the case wants it."""
    if case in ("untimely", "old90-untimely"):
        return first_last + timedelta(days=rng.randrange(9, 40))
    if case == "premature":
        first_liquidation: date = entries[0][2]
        return first_liquidation - timedelta(days=rng.randrange(3, 20))
    if case == "weekend-grace":
        return first_last + timedelta(days=2)
    if case == "holiday-grace":
        return law.next_business_day(first_last)
    if case == "weekend-late":
        return first_last + timedelta(days=3)
    if case == "sunday-last-day":
        return first_last
    if case == "partial-late":
        return first_last + timedelta(days=5)
    if case == "partial-premature":
        second_liquidation: date = entries[1][2]
        return second_liquidation - timedelta(days=2)
    latest: date = max(e[2] for e in entries)
    return latest + timedelta(days=rng.randrange(5, 50))


def plan(rng: random.Random, index: int, case: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts of one protest and its truth."""
    name, address = people.COMPANIES[index % len(people.COMPANIES)]
    port, port_name = people.PORTS[index % len(people.PORTS)]
    filer = people.FILERS[index % len(people.FILERS)]
    goods, _ = people.GOODS[index % len(people.GOODS)]
    old = case.startswith("old90")
    want = {
        "weekend-grace": "sat",
        "weekend-late": "sat",
        "sunday-last-day": "sun",
        "holiday-grace": "holiday",
    }.get(case, "weekday")
    liq = _liquidation_with_last(rng, want, old)
    count = {"multi": 2, "multi-3": 3, "partial-late": 2, "partial-premature": 2}.get(case, 1)
    entries: list[list[Any]] = []
    for n in range(count):
        this_liq = liq + timedelta(days=n * rng.randrange(20, 60))
        entry_date = this_liq - timedelta(days=rng.randrange(200, 330))
        assert (entry_date < law.OLD_RULE_END) == old
        entries.append([law.entry_number(rng, filer), entry_date, this_liq])
    first_last = law.last_day(entries[0][1], entries[0][2])
    received = _received(rng, case, entries, first_last)
    if case == "partial-late":  # the second entry's own last day is still open
        entries[1][2] = received - timedelta(days=30)
        entries[1][1] = entries[1][2] - timedelta(days=250)
    if case.startswith("multi") or case == "partial-late":
        for entry in entries[1:]:
            assert entry[2] <= received <= law.last_day(entry[1], entry[2])
    stamped = index % 3 != 0
    category = "appraised_value" if case == "appraisal" or index % 5 == 4 else "classification"
    earlier = (
        f"{port}-{(liq.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}"
        if case == "earlier-no-date"
        else None
    )
    facts: dict[str, Any] = {
        "name": name,
        "address": [] if case == "no-address" else address,
        "ior": None if case == "no-ior" else people.ior(rng),
        "port": port,
        "port_name": port_name,
        "entries": [
            (
                e[0],
                None if case == "no-entry-date" else e[1],
                None if case == "no-liq-date" else e[2],
            )
            for e in entries
        ],
        "category": category,
        "goods": None if case == "no-desc" else goods,
        "justify": case != "no-justif",
        "drawback": case != "no-drawback",
        "accel": case == "accel-timely" or index % 4 == 1,
        "review": index % 3 == 1,
        "signer": people.SIGNERS[index % len(people.SIGNERS)],
        "received": received,
        "stamped": stamped,
        "letter_date": received - timedelta(days=rng.randrange(2, 6)),
        "invalid": case == "invalid",
        "earlier": earlier,
        "style": index,
    }
    today = received + timedelta(days=rng.randrange(5, 40))
    args = ["--today", today.isoformat()]
    if not stamped:
        args = ["--received", received.isoformat(), *args]
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": facts["ior"],
        "protestant_name": name,
        "protestant_address": ", ".join(address) if facts["address"] else None,
        "entries": [
            {
                "entry_number": e[0],
                "entry_date": d and d.isoformat(),
                "liquidation_date": lq and lq.isoformat(),
            }
            for e, (_, d, lq) in zip(entries, facts["entries"], strict=True)
        ],
        "category": None if case == "invalid" else category,
        "merchandise_description": facts["goods"],
        "accelerated_disposition": facts["accel"],
        "further_review_requested": facts["review"],
        "signer_name": facts["signer"],
    }
    missing = [MISSING[case]] if case in MISSING else []
    lasts = {e[0]: law.last_day(e[1], e[2]) for e in entries}
    standings = [law.timing(received, e[2], lasts[e[0]]) for e in entries]
    outcome = law.protest_outcome(standings, invalid=case == "invalid", missing=missing)
    decision: dict[str, Any] = {
        "outcome": outcome,
        "missing": missing,
        "deadline": min(lasts.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in lasts.items()},
    }
    not_scored: list[str] = []
    if case in ("invalid", "no-entry-date", "no-liq-date"):
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline and last_days not scored: "
            + (
                "the protested decision is a penalty-petition decision (19 CFR 171.22), "
                "not a liquidation"
                if case == "invalid"
                else "a date the clock runs from is not printed"
            )
        )
    if case == "no-liq-date":
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: with no liquidation date timeliness cannot be "
            "decided, and the contract does not say whether deficient or needs_human wins"
        )
    if case == "no-drawback":
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) "
            "declaration, whose wording is a VERIFY rule"
        )
    expected = {
        "untimely": "untimely",
        "old90-untimely": "untimely",
        "premature": "premature",
        "weekend-grace": "needs_human",
        "holiday-grace": "needs_human",
        "weekend-late": "untimely",
        "partial-late": "needs_human",
        "partial-premature": "needs_human",
        "invalid": "invalid",
    }
    assert "outcome" not in decision or decision["outcome"] == expected.get(case, outcome), case
    truth = {"kind": "protest", "case": case, "args": args, "values": values, "decision": decision}
    if not_scored:
        truth["not_scored"] = not_scored
    return facts, truth

"""P-TIME-1..5: is the protest filed within its period, entry by entry (19 U.S.C. 1514(c)(3))."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from bots.common.findings import finding
from bots.protest_intake.model import ProtestEntry, ProtestFacts
from bots.protest_intake.rules._common import (
    CITE_DECISION_DATE,
    CITE_NOT_BEFORE,
    CITE_PERIOD,
    CITE_PERIOD_90,
    entry_key,
    entry_number_key,
)
from tradebots.calendar import is_business_day, next_business_day
from tradebots.facts import Finding

Status = Literal["timely", "untimely", "premature", "grace", "unknown"]

PERIOD_DAYS = 180
OLD_PERIOD_DAYS = 90
OLD_PERIOD_BEFORE = date(2004, 12, 18)  # P-TIME-2: entries made before this date have 90 days
# P-TIME-3: decisions that involve no liquidation; their period runs from the decision's own date
# (1514(c)(3)(B)), whatever the entry's liquidation status.
DECIDED_APART: frozenset[str] = frozenset({"exclusion", "reliquidation_1520d", "drawback"})


def period_days(entry_date: date) -> int:
    """180 days, or 90 for an entry made before 2004-12-18 (174.12(e))."""
    return OLD_PERIOD_DAYS if entry_date < OLD_PERIOD_BEFORE else PERIOD_DAYS


def last_day(start: date, entry_date: date) -> date:
    """The last day to file: day 1 is the day after `start` (liquidation or decision)."""
    return start + timedelta(days=period_days(entry_date))


def status_on(received: date, start: date, last: date) -> Status:
    """Where a receipt date falls against one entry's period (P-TIME-1, -3, -5)."""
    if received < start:
        return "premature"
    if received <= last:
        return "timely"
    # P-TIME-5: no roll-forward rule is confirmed, so a receipt on the next business day after a
    # last day that was not one is a question for a person, not a decision for the bot.
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


@dataclass(frozen=True)
class _Clock:
    key: str
    status: Status
    last_day: date | None  # None when the facts leave it open
    rule: str
    citation: str
    message: str


@dataclass
class Timeliness:
    """Each entry's last day (where the facts fix it) and the findings on the period."""

    last_days: dict[str, date] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def check_timeliness(
    facts: ProtestFacts,
    *,
    today: date,
    portal_liquidation: Mapping[str, date] | None = None,
    portal_unliquidated: Collection[str] = (),
) -> Timeliness:
    """Apply P-TIME-1..5 to every entry and combine: untimely/premature only if every entry is.

    `portal_unliquidated` names entries the portal shows as not liquidated yet: a protest on
    them comes before the decision it protests (P-TIME-3), unless that decision involves no
    liquidation (DECIDED_APART, or a charge on an entry not yet liquidated), whose period runs
    from the decision's date as the protest gives it.
    """
    result = Timeliness()
    received = facts.received_date
    if received is None or received > today:
        why = "not known" if received is None else f"{received} is after today ({today})"
        result.findings.append(
            finding(
                "P-TIME-1",
                CITE_PERIOD,
                "warning",
                f"The date CBP received the protest is {why}: the period cannot be checked.",
                outcome="needs_human",
            )
        )
    if not facts.entries:
        result.findings.append(
            finding(
                "P-TIME-1",
                CITE_PERIOD,
                "warning",
                "The protest names no entry: there is no period to check.",
                outcome="needs_human",
            )
        )
    if portal_liquidation is not None:
        portal_liquidation = {entry_number_key(k): v for k, v in portal_liquidation.items()}
    usable = received if received is not None and received <= today else None
    unliquidated = {entry_number_key(k) for k in portal_unliquidated}
    # The protest's own word that an entry is open, where no liquidation date is given for it.
    stated = {key for key in facts.stated_unliquidated if key not in unliquidated}
    unliquidated |= stated
    clocks: list[_Clock] = []
    for index, entry in enumerate(facts.entries):
        key = entry_key(entry, index)
        if _decided_apart(facts, key, unliquidated):
            clock = _entry_clock(facts, entry, key, entry.liquidation_date, usable, "decided")
        elif (facts.category == "charges" and portal_liquidation is not None
              and entry.liquidation_date not in (None, portal_liquidation.get(key))
              and key in portal_liquidation):
            clock = _Clock(key, "unknown", None, "P-TIME-3", CITE_DECISION_DATE,
                           f"{key}: the protest dates the charge {entry.liquidation_date}, the "
                           f"portal shows liquidation on {portal_liquidation[key]}; whether the "
                           "charge was assessed in the liquidation or apart from it decides when "
                           "the period runs.")
        elif key in stated and facts.category is None:
            # Only a decision made in a liquidation is protested too early (P-TIME-3): with no
            # decision named, the sender's word that the entry is open decides nothing alone.
            clock = _Clock(key, "unknown", None, "P-TIME-3", CITE_NOT_BEFORE,
                           f"{key}: the protest says the entry is not liquidated yet but names no "
                           "decision; whether it was made in a liquidation decides if the "
                           "protest is premature.")
        elif key in unliquidated:
            shown = "the protest says" if key in stated else "the portal shows"
            clock = _Clock(key, "premature", None, "P-TIME-3", CITE_NOT_BEFORE,
                           f"{key}: {shown} the entry not liquidated yet; a protest "
                           "before liquidation is premature.")
        else:
            start = _start_date(entry, key, portal_liquidation, result.findings)
            clock = _entry_clock(facts, entry, key, start, usable, "liquidated")
        if clock.last_day is not None:
            result.last_days[key] = clock.last_day
        # Without a usable receipt date the one finding above says so; last days still count.
        if usable is not None:
            clocks.append(clock)
    result.findings.extend(_combine(clocks))
    return result


def _decided_apart(facts: ProtestFacts, key: str, unliquidated: Collection[str]) -> bool:
    # A charge on an entry not yet liquidated cannot have been assessed in its liquidation.
    return facts.category in DECIDED_APART or (facts.category == "charges" and key in unliquidated)


def _start_date(
    entry: ProtestEntry,
    key: str,
    portal: Mapping[str, date] | None,
    findings: list[Finding],
) -> date | None:
    # The portal is the system of record for liquidation; the protest's own date is what the
    # protestant wrote. A difference is shown to the supervisor either way.
    on_record = portal.get(key) if portal is not None else None
    if on_record is not None and entry.liquidation_date not in (None, on_record):
        findings.append(
            finding(
                "P-TIME-1",
                CITE_PERIOD,
                "warning",
                f"{key}: the protest gives liquidation on {entry.liquidation_date}, the portal "
                f"{on_record}; the period runs from the portal's date.",
                entry=key,
                protest_date=str(entry.liquidation_date),
                portal_date=str(on_record),
            )
        )
    return on_record or entry.liquidation_date


def _entry_clock(
    facts: ProtestFacts, entry: ProtestEntry, key: str, start: date | None, received: date | None,
    basis: str,
) -> _Clock:
    if start is None:
        return _Clock(
            key,
            "unknown",
            None,
            "P-TIME-1",
            CITE_PERIOD,
            f"{key}: no liquidation or decision date, on the protest or in the portal.",
        )
    if entry.entry_date is not None:
        return _period_clock(facts, key, start, period_days(entry.entry_date), received, basis)
    # Without the entry date the period is 90 or 180 days: it matters only if the two disagree.
    short, long = (
        _period_clock(facts, key, start, days, received, basis)
        for days in (OLD_PERIOD_DAYS, PERIOD_DAYS)
    )
    text = (
        f"{key}: no entry date; the last day is {long.last_day}, or {short.last_day} if the entry "
        f"was made before {OLD_PERIOD_BEFORE}. Received {received}"
    )
    if received is not None and short.status == long.status != "unknown":
        rule, citation = _verdict(long.status, "P-TIME-2", CITE_PERIOD_90)
        return _Clock(key, long.status, None, rule, citation, f"{text}: {long.status} either way.")
    return _Clock(
        key, "unknown", None, "P-TIME-2", CITE_PERIOD_90, f"{text}: the entry date decides."
    )


def _period_clock(
    facts: ProtestFacts, key: str, start: date, days: int, received: date | None, basis_word: str
) -> _Clock:
    last = start + timedelta(days=days)
    rule, citation = (
        ("P-TIME-2", CITE_PERIOD_90) if days == OLD_PERIOD_DAYS else ("P-TIME-1", CITE_PERIOD)
    )
    basis = f"{basis_word} {start}"
    if facts.surety_protest:
        if facts.bond_demand_mailed is None:
            if received is None or status_on(received, start, last) == "untimely":
                return _Clock(
                    key,
                    "unknown",
                    None,
                    "P-TIME-4",
                    CITE_NOT_BEFORE,
                    f"{key}: a surety's period runs from the mailing of the bond demand, which the "
                    f"protest does not give; by liquidation ({start}) the last day was {last}.",
                )
        else:
            demand_last = facts.bond_demand_mailed + timedelta(days=PERIOD_DAYS)
            if demand_last > last:
                # A surety may also protest like any party within the liquidation period, so the
                # later of the two last days governs.
                last, rule, citation = demand_last, "P-TIME-4", CITE_NOT_BEFORE
                basis = f"bond demand mailed {facts.bond_demand_mailed}"
    if received is None:
        return _Clock(key, "unknown", last, rule, citation, f"{key}: last day {last}.")
    status = status_on(received, start, last)
    return _Clock(
        key,
        status,
        last,
        *_verdict(status, rule, citation),
        _message(key, status, basis, last, received),
    )


def _verdict(status: Status, rule: str, citation: str) -> tuple[str, str]:
    if status == "premature":
        return "P-TIME-3", CITE_NOT_BEFORE
    if status == "grace":
        return "P-TIME-5", CITE_PERIOD
    return rule, citation


def _message(key: str, status: Status, basis: str, last: date, received: date) -> str:
    head = f"{key}: {basis}, last day {last}; received {received}"
    if status == "premature":
        return f"{head}: before the decision it protests, premature."
    if status == "grace":
        return (
            f"{head}: the last day was not a business day and the protest came on the next "
            "one; no roll-forward rule is confirmed, a person decides."
        )
    return f"{head}: {status}."


def _combine(clocks: list[_Clock]) -> list[Finding]:
    statuses = {clock.status for clock in clocks}
    every = next(iter(statuses)) if len(statuses) == 1 else None
    findings: list[Finding] = []
    for clock in clocks:
        if clock.status == "timely":
            findings.append(
                finding(clock.rule, clock.citation, "info", clock.message, entry=clock.key)
            )
        elif clock.status in ("untimely", "premature"):
            outcome = clock.status if every == clock.status else "needs_human"
            findings.append(
                finding(
                    clock.rule,
                    clock.citation,
                    "error",
                    clock.message,
                    outcome=outcome,
                    entry=clock.key,
                )
            )
        else:
            findings.append(
                finding(
                    clock.rule,
                    clock.citation,
                    "warning",
                    clock.message,
                    outcome="needs_human",
                    entry=clock.key,
                )
            )
    off = [c.key for c in clocks if c.status in ("untimely", "premature")]
    if off and every is None:
        named = "; ".join(f"{c.key} {c.status}" for c in clocks)
        findings.append(
            finding(
                "P-TIME-1",
                CITE_PERIOD,
                "error",
                f"Only some entries are out of time ({named}): a person decides how to treat "
                "the protest.",
                outcome="needs_human",
                entries=off,
            )
        )
    return findings

"""How a fault case ended, from what the queue, the audit trail and the portal hold (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SETTLED = frozenset({"awaiting_review", "needs_human", "failed", "done", "rejected"})


@dataclass(frozen=True)
class ItemEnd:
    item_id: int
    reference: str
    state: str
    reason: str  # the item's last error, or "" when it had none


@dataclass(frozen=True)
class PauseRow:
    scope: str
    code: str
    resumed: bool


def settled(states: Iterable[str]) -> bool:
    """Every item has reached a state no worker moves it on from by itself."""
    return all(state in SETTLED for state in states)


def duplicates(records_by_reference: Mapping[str, int]) -> int:
    """Portal records beyond the first for one work item (the same reference filed twice)."""
    return sum(n - 1 for n in records_by_reference.values() if n > 1)


def tally_case(case: str, database: str, items: Sequence[ItemEnd], *,
               records_by_reference: Mapping[str, int], pauses: Sequence[PauseRow],
               audit_broken: int, leftovers_found: int, leftovers_left: int,
               extra: Mapping[str, Any]) -> dict[str, Any]:
    """One JSON line: the case's faults are all transient, so every failed item is a miss."""
    failed = [i for i in items if i.state == "failed"]
    return {
        "case": case,
        "database": database,
        "items": len(items),
        "ended": dict(sorted(Counter(i.state for i in items).items())),
        "failed_by_fault": len(failed),
        "failed_reasons": sorted({i.reason.splitlines()[0][:160] for i in failed if i.reason}),
        "unsettled": sum(i.state not in SETTLED for i in items),
        "portal_records": sum(records_by_reference.get(i.reference, 0) for i in items),
        "duplicates": duplicates({i.reference: records_by_reference.get(i.reference, 0)
                                  for i in items}),
        "audit_broken": audit_broken,
        "pauses_opened": len(pauses),
        "pause_codes": sorted({f"{p.scope}:{p.code}" for p in pauses}),
        "pauses_resumed_by_themselves": all(p.resumed for p in pauses),
        "leftovers_found": leftovers_found,
        "leftovers_after_sweep": leftovers_left,
        **extra,
    }


def passed(row: Mapping[str, Any]) -> bool:
    """Issue 17's Done-when for one case."""
    return bool(row["failed_by_fault"] == 0 and row["unsettled"] == 0
                and row["duplicates"] == 0 and row["audit_broken"] == 0
                and row["pauses_resumed_by_themselves"] and row["leftovers_after_sweep"] == 0
                and not row.get("workers_died_by_themselves"))


COLUMNS = ("database", "case", "items", "ended", "failed by fault", "duplicates",
           "audit broken", "pauses (resumed)", "leftovers found/after sweep", "s", "notes", "ok")


def markdown_table(rows: Sequence[Mapping[str, Any]]) -> str:
    """The rows as the table bench/RESULTS.md keeps."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        ended = ", ".join(f"{state} {n}" for state, n in r["ended"].items())
        resumed = "all" if r["pauses_resumed_by_themselves"] else "NOT all"
        pauses = f"{r['pauses_opened']} ({resumed})" if r["pauses_opened"] else "0"
        cells = (r["database"], r["case"], r["items"], ended, r["failed_by_fault"],
                 r["duplicates"], r["audit_broken"], pauses,
                 f"{r['leftovers_found']}/{r['leftovers_after_sweep']}", r.get("seconds", ""),
                 r.get("notes", ""), "yes" if passed(r) else "NO")
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)

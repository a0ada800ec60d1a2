"""Seeded portal entries sorted into the shapes the protest scenarios need."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sandbox.portal.seed_entries import SeedEntry, seeded_entries
from tradebots.calendar import is_business_day

OLD_BEFORE = date(2004, 12, 18)  # entries made before this date have 90 days (174.12(e))
_CLUSTER_DAYS = 150  # liquidations this close together leave a window where all are timely


def last_day(entry: SeedEntry) -> date:
    """The entry's last day to protest, from its seeded liquidation date."""
    assert entry.liquidation_date is not None
    days = 90 if entry.entry_date < OLD_BEFORE else 180
    return entry.liquidation_date + timedelta(days=days)


@dataclass(frozen=True)
class Pools:
    plain: tuple[SeedEntry, ...]  # liquidated, made after 2004, last day a business day
    weekend: tuple[SeedEntry, ...]  # liquidated, made after 2004, last day not a business day
    old: tuple[SeedEntry, ...]  # liquidated, made before 2004-12-18
    unliquidated: tuple[SeedEntry, ...]
    pairs: tuple[tuple[SeedEntry, SeedEntry], ...]  # same importer, liquidated days apart
    clusters: tuple[tuple[SeedEntry, ...], ...]  # 3-4 entries of one importer, liquidated together


@lru_cache(maxsize=1)
def pools() -> Pools:
    entries = seeded_entries()
    modern = [e for e in entries if e.liquidation_date and e.entry_date >= date(2005, 1, 1)]
    by_importer: dict[str, list[SeedEntry]] = defaultdict(list)
    for entry in modern:
        by_importer[entry.importer_number].append(entry)
    pairs, clusters = [], []
    for group in by_importer.values():
        group.sort(key=lambda e: (e.liquidation_date, e.entry_number))
        for i, first in enumerate(group):
            assert first.liquidation_date is not None
            near = [e for e in group[i + 1:] if e.liquidation_date
                    and 0 < (e.liquidation_date - first.liquidation_date).days <= _CLUSTER_DAYS]
            pairs += [(first, e) for e in near if is_business_day(last_day(first))]
            if len(near) >= 2:
                clusters.append((first, *near[:3]))
    return Pools(
        plain=tuple(e for e in modern if is_business_day(last_day(e))),
        weekend=tuple(e for e in modern if not is_business_day(last_day(e))),
        old=tuple(e for e in entries if e.liquidation_date and e.entry_date < OLD_BEFORE),
        unliquidated=tuple(e for e in entries if e.liquidation_date is None),
        pairs=tuple(pairs),
        clusters=tuple(clusters),
    )

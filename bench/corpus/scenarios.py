"""The protest scenarios of the sample corpus: which entries, which dates, which outcome."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from bench.corpus.pools import Pools, last_day, pools
from bench.corpus.spec import FORM_LAYOUTS, Layout, Producer, Spec
from bots.protest_intake.model import Category
from sandbox.portal.seed_entries import SeedEntry, importer_by_number
from tradebots.calendar import next_business_day

CATEGORIES: tuple[Category, ...] = (
    "classification", "appraised_value", "charges", "liquidation", "drawback",
    "reliquidation_1520d",
)
MADE_IN_LIQUIDATION: tuple[Category, ...] = ("classification", "appraised_value", "liquidation")
DESCRIPTIONS = (
    "men's cotton knit shirts with collars (HTS 6105.10.0010)",
    "stainless steel kitchen sinks, single bowl",
    "lithium-ion battery packs for cordless power tools",
    "frozen cooked shrimp, peeled and deveined",
    "wooden dining chairs with upholstered seats",
    "LED light strips on reels of 5 meters",
    "women's leather handbags with outer surface of leather",
    "aluminum alloy bicycle frames",
)
OBJECTIONS: dict[Category, str] = {
    "classification": "The merchandise was classified in subheading 6110.20.20, HTSUS, but it is "
    "properly classified in subheading 6105.10.00, HTSUS, because the goods are knit shirts with "
    "collars and partial front openings. The duty paid in excess must be refunded with interest.",
    "appraised_value": "CBP appraised the goods at a value that includes buying commissions paid "
    "to an independent agent. Buying commissions are not part of transaction value under 19 "
    "U.S.C. 1401a(b), and the appraised value must be reduced accordingly.",
    "charges": "The merchandise processing fee was assessed twice on the same entry line. The "
    "duplicate charge has no basis in 19 CFR 24.23 and must be refunded.",
    "liquidation": "The entries were liquidated at rates that ignore the preferential treatment "
    "claimed at entry. The certificates of origin were on file and the goods qualify.",
    "drawback": "The drawback claim was refused for want of proof of export, although the bills "
    "of lading and the export filings were submitted with the claim.",
    "reliquidation_1520d": "The protestant filed a timely post-importation claim with the "
    "certificates of origin; the refusal to reliquidate under 19 U.S.C. 1520(d) is in error.",
}
SIGNERS = ("Jane Alvarez", "Robert Chen", "Maria Okafor", "David Lindqvist", "Priya Raman",
           "Thomas Beaulieu", "Karen Whitfield", "Samuel Ortiz")
TITLES = ("Attorney at Law", "Licensed Customs Broker", "Trade Compliance Manager", "Counsel")
SURETIES = (("Lakeshore Surety Company", "400 Lake Shore Dr, Chicago, IL 60611"),
            ("Pinnacle Casualty Corp.", "75 Water St, New York, NY 10004"))

Builder = Callable[[random.Random, Pools], dict[str, Any]]


def _between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max((last - first).days, 0)))


def _one(rng: random.Random, entry: SeedEntry, received: date, outcome: str) -> dict[str, Any]:
    return {"entries": (entry,), "received": received, "expected_outcome": outcome}


def timely_accept(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.plain)
    assert entry.liquidation_date
    return _one(rng, entry, entry.liquidation_date + timedelta(rng.randint(5, 170)), "accept")


def deficient(rng: random.Random, p: Pools) -> dict[str, Any]:
    spec = timely_accept(rng, p)
    dropped = rng.choice(((2,), (5,), (6,), (5, 6)))
    changes: dict[str, Any] = {"expected_outcome": "deficient"}
    changes.update({2: {"importer_number": None}, 5: {"description": None},
                    6: {"objection": None}}[dropped[0]])
    if len(dropped) > 1:
        changes["objection"] = None
    missing = list(dropped)
    if rng.random() < 0.5:
        changes["drawback"] = None
        missing.append(9)
    changes["expected_missing"] = tuple(f"174.13(a)({n})" for n in sorted(missing))
    return spec | changes


def untimely_181(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.plain)  # last day is a business day: day 181 is simply late
    return _one(rng, entry, last_day(entry) + timedelta(1), "untimely")


def premature_before_liquidation(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.plain)
    assert entry.liquidation_date
    return _one(rng, entry, entry.liquidation_date - timedelta(rng.randint(3, 40)), "premature")


def premature_unliquidated(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.unliquidated)
    received = entry.entry_date + timedelta(rng.randint(60, 200))
    return _one(rng, entry, received, "premature") | {
        "expected_missing": ("174.13(a)(4)",),
        "note": "The entry is unliquidated in the portal and the protest gives no liquidation "
        "date: premature by the portal's record (the document alone cannot show it).",
    }


def pre2004_ninety_days(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.old)
    assert entry.liquidation_date
    if rng.random() < 0.5:
        return _one(rng, entry, entry.liquidation_date + timedelta(rng.randint(20, 85)), "accept")
    late = entry.liquidation_date + timedelta(rng.randint(100, 170))  # timely under 180 days
    return _one(rng, entry, late, "untimely")


def day_180_weekend(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.weekend)
    return _one(rng, entry, next_business_day(last_day(entry)), "needs_human") | {
        "note": "Day 180 is not a business day; received the next business day (P-TIME-5)."
    }


def mixed_entries(rng: random.Random, p: Pools) -> dict[str, Any]:
    first, second = rng.choice(p.pairs)
    received = _between(rng, last_day(first) + timedelta(1), last_day(second))
    return {"entries": (first, second), "received": received, "expected_outcome": "needs_human",
            "note": f"{first.entry_number} is late, {second.entry_number} is timely."}


def _all_timely(rng: random.Random, entries: Sequence[SeedEntry]) -> date:
    start = max(e.liquidation_date for e in entries if e.liquidation_date)
    return _between(rng, start + timedelta(1), min(last_day(e) for e in entries))


def multi_entry_continuation(rng: random.Random, p: Pools) -> dict[str, Any]:
    cluster = rng.choice([c for c in p.clusters if len(c) >= 4])
    return {"entries": cluster, "received": _all_timely(rng, cluster), "expected_outcome": "accept"}


def two_ports(rng: random.Random, p: Pools) -> dict[str, Any]:
    pair = rng.choice([pr for pr in p.pairs if pr[0].port_code != pr[1].port_code])
    return {"entries": pair, "received": _all_timely(rng, pair), "expected_outcome": "accept"}


def accelerated(rng: random.Random, p: Pools) -> dict[str, Any]:
    return timely_accept(rng, p) | {"accelerated": True}


def accelerated_electronic(rng: random.Random, p: Pools) -> dict[str, Any]:
    return timely_accept(rng, p) | {
        "accelerated": True, "electronic": True,
        "note": "Accelerated disposition ticked on an electronic protest: a warning, not a bar.",
    }


def further_review(rng: random.Random, p: Pools) -> dict[str, Any]:
    return timely_accept(rng, p) | {"afr_criterion": rng.choice("abcd")}


def surety(rng: random.Random, p: Pools) -> dict[str, Any]:
    entry = rng.choice(p.plain)
    assert entry.liquidation_date
    mailed = entry.liquidation_date + timedelta(rng.randint(90, 150))
    # After the liquidation period but within 180 days of the bond demand's mailing (P-TIME-4).
    received = last_day(entry) + timedelta(rng.randint(5, 60))
    certified = rng.random() < 0.5
    return _one(rng, entry, received, "accept" if certified else "deficient") | {
        "surety": True, "demand_mailed": mailed, "non_collusion": certified,
        "expected_missing": () if certified else ("174.13(a)(8)",),
    }


def no_drawback_declaration(rng: random.Random, p: Pools) -> dict[str, Any]:
    return timely_accept(rng, p) | {
        "drawback": None, "expected_outcome": "needs_human", "expected_missing": ("174.13(a)(9)",),
        "note": "Only the drawback declaration (wording VERIFY) is missing: a person decides.",
    }


SCENARIOS: dict[str, tuple[Builder, tuple[Layout, ...] | None]] = {
    "timely_accept": (timely_accept, None),
    "deficient": (deficient, None),
    "untimely_181": (untimely_181, None),
    "premature_before_liquidation": (premature_before_liquidation, None),
    "premature_unliquidated": (premature_unliquidated, None),
    "pre2004_ninety_days": (pre2004_ninety_days, None),
    "day_180_weekend": (day_180_weekend, None),
    "mixed_entries": (mixed_entries, None),
    "multi_entry_continuation": (multi_entry_continuation, FORM_LAYOUTS),
    "two_ports": (two_ports, None),
    "accelerated": (accelerated, None),
    "accelerated_electronic": (accelerated_electronic, FORM_LAYOUTS),
    "further_review": (further_review, None),
    "surety": (surety, FORM_LAYOUTS),
    "no_drawback_declaration": (no_drawback_declaration, None),
}


def build_spec(
    name: str, rng: random.Random, layout: Layout, producer: Producer, serial: int
) -> Spec:
    """One protest for the scenario, its people and wording drawn from `rng`."""
    builder, _ = SCENARIOS[name]
    plan = builder(rng, pools())
    entries: tuple[SeedEntry, ...] = plan.pop("entries")
    received: date = plan.pop("received")
    first = entries[0]
    importer = importer_by_number(first.importer_number)
    assert importer is not None
    # A protest is premature or late against a liquidation only where the decision was made in
    # it; decisions apart from liquidation run from their own date (1514(c)(3)(B)).
    timing = plan.get("expected_outcome") in ("premature", "untimely")
    category = rng.choice(MADE_IN_LIQUIDATION if timing else CATEGORIES)
    letter = layout not in FORM_LAYOUTS
    printed = rng.random() < (0.5 if letter else 0.6)
    name_, address, number = importer.name, importer.address, importer.importer_number
    principal = None
    if plan.get("surety"):
        principal = (name_, number)
        name_, address = rng.choice(SURETIES)
        number = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    base = Spec(
        scenario=name, layout=layout, producer=producer, port_code=first.port_code,
        port_name=first.port_name, importer_number=number, protestant_name=name_,
        protestant_address=address, entries=entries,
        liquidation_shown=tuple(e.liquidation_date for e in entries), received=received,
        received_printed=printed,
        protest_number=(f"{first.port_code}-{received.year % 100:02d}-{100000 + serial:06d}"
                        if printed and rng.random() < 0.8 else None),
        today=received + timedelta(rng.randint(1, 20)), category=category,
        description=rng.choice(DESCRIPTIONS), objection=OBJECTIONS[category],
        drawback=rng.random() < 0.2, signer=rng.choice(SIGNERS), signer_title=rng.choice(TITLES),
        letter_date=received - timedelta(rng.randint(2, 9)), expected_outcome="accept",
        principal=principal,
    )
    return replace(base, **plan)

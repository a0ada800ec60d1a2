"""The penalty scenarios the corpus covers, each a recipe for a referral built on seeded entries.

Every referral names entries the sandbox portal knows, all of one importer, so any case of the
corpus can be taken through the portal.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from bench.corpus.penalties_spec import Culpability, Line, PenaltyLayout, PenaltySpec, Producer
from sandbox.portal.seed_entries import SeedEntry, importer_by_number, seeded_entries

_CENT = Decimal("0.01")
MERCHANDISE = (
    "steel wire rod", "LED light strips", "cotton knit shirts", "ceramic floor tiles",
    "aluminum extrusions", "lithium-ion battery packs", "wooden bedroom furniture",
    "stainless steel sinks", "polyester yarn", "hand tools (wrenches & pliers)",
)


@dataclass(frozen=True)
class Recipe:
    """How a scenario picks its entries and money."""

    culpability: Culpability
    window: str = "open"  # open | unliquidated | near | expired
    loss: str = "normal"  # normal | none | small | antidumping | mixed
    prior_disclosure: bool = False
    noncommercial: bool = False
    need_liquidated: bool = False


SCENARIOS: dict[str, Recipe] = {
    "negligence": Recipe("negligence"),
    "gross_negligence": Recipe("gross_negligence"),
    "fraud": Recipe("fraud"),
    "fraud_prior_disclosure": Recipe("fraud", prior_disclosure=True),
    "fraud_pd_no_loss": Recipe("fraud", loss="none", prior_disclosure=True),
    "negligence_pd_potential": Recipe("negligence", window="unliquidated", prior_disclosure=True),
    "gross_negligence_pd_actual": Recipe(
        "gross_negligence", prior_disclosure=True, need_liquidated=True
    ),
    "no_loss_negligence": Recipe("negligence", loss="none"),
    "no_loss_gross_negligence": Recipe("gross_negligence", loss="none"),
    "domestic_value_cap": Recipe("negligence", loss="antidumping"),
    "small_claim": Recipe("negligence", loss="small"),
    "noncommercial": Recipe("gross_negligence", noncommercial=True),
    "expired": Recipe("negligence", window="expired"),
    "limitations_near": Recipe("gross_negligence", window="near"),
    "overpaid_entry": Recipe("negligence", loss="mixed"),
}


@lru_cache(maxsize=1)
def _by_importer() -> dict[str, tuple[SeedEntry, ...]]:
    groups: dict[str, list[SeedEntry]] = defaultdict(list)
    for entry in seeded_entries():
        groups[entry.importer_number].append(entry)
    return {k: tuple(sorted(v, key=lambda e: e.entry_date)) for k, v in groups.items()}


def _window(kind: str, today: date) -> tuple[date, date]:
    if kind == "expired":
        return today - timedelta(days=7 * 365), today - timedelta(days=5 * 365 + 20)
    if kind == "near":  # under a year left before the limitations date
        return today - timedelta(days=5 * 365 - 40), today - timedelta(days=4 * 365 + 40)
    if kind == "unliquidated":
        return today - timedelta(days=3 * 365), today - timedelta(days=30)
    return today - timedelta(days=4 * 365), today - timedelta(days=45)


def _liquidated(entry: SeedEntry, today: date) -> bool:
    return entry.liquidation_date is not None and entry.liquidation_date <= today


def pick_entries(rng: random.Random, recipe: Recipe, today: date) -> tuple[SeedEntry, ...]:
    """1-4 entries of one importer, dated inside the scenario's window."""
    first, last = _window(recipe.window, today)
    wanted = rng.choice((1, 2, 2, 3, 3, 4))
    candidates = []
    for entries in _by_importer().values():
        inside = [e for e in entries if first <= e.entry_date <= last]
        if recipe.window == "unliquidated":
            inside = [e for e in inside if not _liquidated(e, today)]
        if recipe.need_liquidated and not any(_liquidated(e, today) for e in inside):
            continue
        if inside:
            candidates.append(inside)
    group = rng.choice(candidates)
    count = min(wanted, len(group))
    chosen = sorted(rng.sample(group, count), key=lambda e: e.entry_date)
    if recipe.need_liquidated and not any(_liquidated(e, today) for e in chosen):
        chosen[0] = next(e for e in group if _liquidated(e, today))
        chosen.sort(key=lambda e: e.entry_date)
    return tuple(dict.fromkeys(chosen))


def _amount(rng: random.Random, low: float, high: float) -> Decimal:
    return Decimal(str(round(rng.uniform(low, high), 2))).quantize(_CENT)


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def make_line(rng: random.Random, entry: SeedEntry, loss: str, today: date, index: int) -> Line:
    """The money for one entry: duty paid at the declared rate, owed at the correct one."""
    liquidated = _liquidated(entry, today)
    if loss == "small":
        # At most four entries of at most $80 each: twice the loss stays within $1,000.
        value = _amount(rng, 1_000, 4_000)
        paid_rate, owed_rate = Decimal("0.02"), Decimal("0.02") + Decimal(rng.randint(1, 2)) / 100
    elif loss == "antidumping":  # a dumping margin well above the value: 2 x LOD passes DV
        value = _amount(rng, 20_000, 150_000)
        paid_rate, owed_rate = Decimal("0.035"), Decimal(rng.randint(70, 120)) / 100
    else:
        value = _amount(rng, 8_000, 380_000)
        paid_rate = Decimal(rng.choice((0, 25, 38, 50, 65, 80))) / 1000
        owed_rate = paid_rate + Decimal(rng.randint(15, 200)) / 1000
    paid = _cents(value * paid_rate)
    owed = _cents(value * owed_rate)
    if loss == "none" or (loss == "mixed" and index == 0):
        # Paid in full, or (mixed) overpaid: an overpayment never offsets another entry's loss.
        owed = paid if loss == "none" else _cents(paid * Decimal("0.8"))
    return Line(entry, liquidated, value, paid, owed)


def build_penalty_spec(
    scenario: str, rng: random.Random, layout: PenaltyLayout, producer: Producer, index: int,
    today: date,
) -> PenaltySpec:
    """A referral for SCENARIO on seeded entries, decided on TODAY."""
    recipe = SCENARIOS[scenario]
    entries = pick_entries(rng, recipe, today)
    if recipe.loss == "mixed" and len(entries) < 2:
        recipe = replace(recipe, loss="normal")  # one entry cannot show the floor at zero
    lines = tuple(make_line(rng, e, recipe.loss, today, i) for i, e in enumerate(entries))
    importer = importer_by_number(entries[0].importer_number)
    assert importer is not None
    dutiable = sum((ln.entered_value for ln in lines), Decimal(0))
    markup = Decimal(rng.randint(125, 190)) / 100
    if recipe.loss == "antidumping":
        markup = Decimal("1.10")
    domestic = _cents(dutiable * markup)
    if rng.random() < 0.3:
        domestic = domestic.quantize(Decimal(1))  # appraisers often round the domestic value
    port = entries[0]
    serial = 100_000 + index * 37 + rng.randint(0, 30)
    return PenaltySpec(
        scenario=scenario, layout=layout, producer=producer,
        case_number=f"{today.year}-{port.port_code}-{serial:06d}-01",
        party_name=importer.name, party_address=importer.address,
        importer_number=importer.importer_number, port_code=port.port_code,
        port_name=port.port_name, violation_date=entries[0].entry_date,
        culpability=recipe.culpability, prior_disclosure=recipe.prior_disclosure,
        noncommercial=recipe.noncommercial, lines=lines, domestic_value=domestic,
        dutiable_value=dutiable, merchandise=rng.choice(MERCHANDISE), today=today,
        narrative_paragraphs=rng.choice((1, 2, 6)) if layout != "memo_boxes" else 1,
        split_table=len(lines) >= 3 and rng.random() < 0.5,
    )


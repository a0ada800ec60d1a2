"""The sandbox portal's entries, generated deterministically so documents and portal agree."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sandbox.portal.entry_numbers import entry_number
from sandbox.portal.ports import PORTS as PORTS  # re-exported: generators pick ports here

FILER_CODES = ("ABC", "B12", "987", "DEF", "G4H", "312", "HIA", "5C7")
NAME_FIRST = (
    "Pacific", "Atlantic", "Summit", "Harbor", "Keystone", "Lakeside", "Granite", "Meridian",
    "Redwood", "Liberty", "Cedar", "Northstar", "Bayview", "Ironwood", "Silverline", "Prairie",
)
NAME_SECOND = (
    "Imports", "Trading", "Apparel", "Electronics", "Tools", "Foods", "Textiles", "Furniture",
    "Components", "Outfitters", "Supply", "Industries",
)
NAME_SUFFIX = ("Inc.", "LLC", "Corp.", "Co.", "& Sons, Inc.", "Ltd.")
STREETS = ("Harbor Blvd", "Commerce Way", "Industrial Pkwy", "Main St", "Ocean Ave", "Elm St")
CITIES = (
    ("Long Beach", "CA", "90802"), ("Newark", "NJ", "07105"), ("Houston", "TX", "77002"),
    ("Chicago", "IL", "60607"), ("Miami", "FL", "33101"), ("Seattle", "WA", "98101"),
)
SEED = 1914
COUNT = 3000
FIRST_ENTRY_DATE = date(2002, 1, 2)
LAST_ENTRY_DATE = date(2026, 10, 30)


@dataclass(frozen=True)
class SeedImporter:
    importer_number: str
    name: str
    address: str


@dataclass(frozen=True)
class SeedEntry:
    entry_number: str
    port_code: str
    port_name: str
    importer_number: str
    importer_name: str
    entry_date: date
    liquidation_date: date | None
    status: str  # "liquidated" or "unliquidated"


def _importer_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:  # sole proprietors file under an SSN (19 CFR 24.5)
        return f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    base = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    return base + ("00" if roll < 0.3 else "")


@lru_cache(maxsize=4)
def seeded_importers(seed: int = SEED, count: int = 120) -> tuple[SeedImporter, ...]:
    rng = random.Random(seed)
    importers: dict[str, SeedImporter] = {}
    while len(importers) < count:
        number = _importer_number(rng)
        name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECOND)} {rng.choice(NAME_SUFFIX)}"
        city, state, zip_code = rng.choice(CITIES)
        street = f"{rng.randint(10, 9999)} {rng.choice(STREETS)}"
        importers[number] = SeedImporter(number, name, f"{street}, {city}, {state} {zip_code}")
    return tuple(importers.values())


@lru_cache(maxsize=4)
def seeded_entries(seed: int = SEED, count: int = COUNT) -> tuple[SeedEntry, ...]:
    """COUNT entries with unique numbers; about one in eight is not liquidated yet."""
    rng = random.Random(seed + 1)
    importers = seeded_importers(seed)
    span = (LAST_ENTRY_DATE - FIRST_ENTRY_DATE).days
    entries: dict[str, SeedEntry] = {}
    while len(entries) < count:
        filer = rng.choice(FILER_CODES)
        number = entry_number(filer, f"{rng.randint(0, 9999999):07d}")
        if number in entries:
            continue
        port_code = rng.choice(tuple(PORTS))
        importer = rng.choice(importers)
        entry_date = FIRST_ENTRY_DATE + timedelta(days=rng.randint(0, span))
        liquidation: date | None = entry_date + timedelta(days=rng.randint(280, 340))
        if rng.random() < 0.125 or (liquidation is not None and liquidation > LAST_ENTRY_DATE):
            liquidation = None
        entries[number] = SeedEntry(
            entry_number=number,
            port_code=port_code,
            port_name=PORTS[port_code],
            importer_number=importer.importer_number,
            importer_name=importer.name,
            entry_date=entry_date,
            liquidation_date=liquidation,
            status="liquidated" if liquidation else "unliquidated",
        )
    return tuple(entries.values())


def importer_by_number(number: str, seed: int = SEED) -> SeedImporter | None:
    return next((i for i in seeded_importers(seed) if i.importer_number == number), None)

"""Entry numbers with valid check digits and the dates senders invent around them."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_thirtyfirst.law import business_day, check_digit
from bench.corpus_thirtyfirst.pools import FILERS


def entry_number(rng: random.Random, filer: str | None = None) -> str:
    filer = filer or rng.choice(FILERS)
    serial = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def weekday_on_or_after(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def business_on_or_after(day: dt.date) -> dt.date:
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day

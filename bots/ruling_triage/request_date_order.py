"""The request's own date printed in figures whose day and month could be swapped ("02.09.2025"):
read in the order the letter settles (bots/common/reading/date_order), else by its receipt (a
letter is not dated after CBP received it), else left open for a person, never guessed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bots.common.reading.date_order import orders, settled
from bots.ruling_triage.extract_text import Fields
from bots.ruling_triage.model import RulingFacts

UNSETTLED = 0.5  # a date whose day and month the letter leaves either way round


def settle_request_date(fields: Fields, text: str) -> None:
    """The request date read in the order the letter TEXT settles; when nothing settles it, its
    two readings are kept (`request_date_readings`) and the date itself is left unread."""
    item = fields.items.get("request_date")
    if item is None:
        return
    kept, doubt = settled(item, "request date", orders(text))
    if kept is not None:
        fields.items["request_date"] = kept
        return
    read: date = item.value
    readings = (read, read.replace(month=read.day, day=read.month))
    fields.items["request_date"] = replace(item, confidence=min(item.confidence, UNSETTLED))
    fields.put("request_date_readings", readings, item.evidence, UNSETTLED)
    fields.put("request_date_doubt", doubt, item.evidence, UNSETTLED)


def dated_by_receipt(facts: RulingFacts, received: date) -> RulingFacts:
    """FACTS with a request date left open settled by its receipt: of its two readings, the only
    one on or before the day CBP received the letter."""
    if facts.request_date is not None or not facts.request_date_readings:
        return facts
    possible = [day for day in facts.request_date_readings if day <= received]
    if len(possible) != 1:
        return facts
    return replace(facts, request_date=possible[0], request_date_readings=(),
                   request_date_doubt=None)

"""Sentences every protest style shares, each in several senders' wordings."""

from __future__ import annotations

import random

from bench.corpus_thirtieth.formats import date_text
from bench.corpus_thirtieth.protest_cases import ProtestFacts

DRAWBACK = [
    "None of the entries covered by this protest is subject to drawback.",
    "The protestant declares that the entries listed are not subject to drawback.",
    "Drawback: the merchandise has not been and will not be the subject of a drawback claim.",
]
CATEGORY_WORDS = {
    "classification": "classification", "appraised_value": "appraisement",
    "charges": "fees and charges", "exclusion": "exclusion", None: "petition decision",
}


def drawback(f: ProtestFacts, rng: random.Random) -> str:
    return rng.choice(DRAWBACK) if f.drawback_declared else ""


def review(f: ProtestFacts, rng: random.Random) -> str:
    if f.further_review:
        return rng.choice([
            "Further review is requested under 19 CFR 174.24(b): the decision raises a question "
            "of law not previously ruled upon by Headquarters. No prior application and no court "
            "action on the same claim exist.",
            "The protestant applies for further review (19 CFR 174.24(a)); the liquidation is "
            "inconsistent with rulings on substantially similar merchandise.",
        ])
    return rng.choice(["No application for further review is made.",
                       "Further review is not requested at this time.", ""])


def accelerated(f: ProtestFacts, rng: random.Random) -> str:
    if f.accelerated:
        return rng.choice([
            "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by "
            "certified mail, return receipt requested.",
            "We request accelerated disposition of this protest (19 U.S.C. 1515(b)). Sent by "
            "registered mail.",
        ])
    return rng.choice(["", "Accelerated disposition is not requested."])


def earlier(f: ProtestFacts, date_text: str) -> str:
    if not f.earlier:
        return ""
    number, when = f.earlier
    tail = f", received by CBP on {date_text}" if when else ""
    return (f"The same disposition is requested as in Protest No. {number}{tail}, which is "
            "pending further review.")


def decided_label(f: ProtestFacts) -> str:
    if f.category == "exclusion":
        return "date of the exclusion decision"
    if "scheduled" in f.notes:
        return "scheduled liquidation date"
    return "date of liquidation"


def shown_dates(f: ProtestFacts, ds: str) -> list[str]:
    """The entry, decision and stamp dates as the document prints them."""
    shown = [date_text(e.entered, ds) for e in f.entries if e.show_entered]
    shown += [date_text(e.decided, ds) for e in f.entries if e.show_decided]
    if f.stamp:
        shown.append(date_text(f.received, "stamp"))
    return shown

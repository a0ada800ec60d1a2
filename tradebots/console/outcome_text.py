"""The bot's decision told as sentences with explicit labels, not a raw dictionary."""

from __future__ import annotations

from typing import Any

# Decision keys the office's bots use, as a clerk would say them; an unknown key is shown as is.
LABELS = {
    "outcome": "Outcome",
    "deadline": "Last day to protest (the earliest entry's)",
    "due": "Ruling due by",
    "route": "Routed to",
    "reason": "Ground",
    "limitations_date": "Limitations date (19 U.S.C. 1621)",
    "proposed_penalty": "Proposed penalty",
    "statutory_max": "Statutory maximum",
    "notice": "Notice to send",
    "representations_due": "Last day for representations (19 CFR 162.77)",
    "petition_due": "Last day to petition (19 CFR 171.2)",
}
PER_KEY = {"last_days": "Last day to protest entry {key}"}
LISTS = {"missing": "Elements not given", "barred_entries": "Entries past their limit",
         "guideline_range": "Guideline range"}


def sentences(decision: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) lines for DECISION; empty values are left out."""
    lines: list[tuple[str, str]] = []
    for key, value in decision.items():
        if value in (None, "", [], {}):
            continue
        if key in PER_KEY and isinstance(value, dict):
            lines += [(PER_KEY[key].format(key=k), str(v)) for k, v in value.items()]
        elif isinstance(value, list):
            lines.append((LISTS.get(key, key.replace("_", " ")), ", ".join(map(str, value))))
        elif isinstance(value, dict):
            lines.append((LABELS.get(key, key.replace("_", " ")),
                          "; ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items())))
        else:
            text = ("yes" if value else "no") if isinstance(value, bool) else str(value)
            lines.append((LABELS.get(key, key.replace("_", " ").capitalize()), text))
    return lines

"""The ports of entry the legacy system knows (19 CFR 101.3): its own reference table."""

from __future__ import annotations

PORTS: dict[str, str] = {
    "2704": "Los Angeles",
    "2709": "Long Beach",
    "1001": "New York",
    "4601": "Newark",
    "1303": "Baltimore",
    "5301": "Houston",
    "3901": "Chicago",
    "1601": "Charleston",
    "3002": "Seattle",
    "5201": "Miami",
}

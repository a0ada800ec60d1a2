"""CBP ports of entry by code (19 CFR 101.3), for letterheads and checks."""

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


def port_name(code: str | None) -> str:
    """The port's name, or "Port <code>" for one this table does not list."""
    if not code:
        return "the port of entry"
    return PORTS.get(code, f"Port {code}")

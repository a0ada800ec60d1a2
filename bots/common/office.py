"""Who a letter comes from: the issuing office and the officer who signs."""

from __future__ import annotations

from dataclasses import dataclass

from bots.customs.ports import port_name
from tradebots.settings import Settings


@dataclass(frozen=True)
class OfficeInfo:
    """The issuing office and the officer who signs."""

    port_name: str
    port_code: str
    address: str
    officer_name: str
    officer_title: str


def office_for(settings: Settings, port_code: str | None, *, name: str | None = None) -> OfficeInfo:
    """The configured office; NAME, else the port of PORT_CODE, heads the letter."""
    office = settings.office
    return OfficeInfo(port_name=name or port_name(port_code), port_code=port_code or "",
                      address=office.address, officer_name=office.officer_name,
                      officer_title=office.officer_title)

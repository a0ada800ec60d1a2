"""The entry inquiry page."""

from __future__ import annotations

from datetime import date

from bots.portal.config import OfficeDriver
from bots.portal.records import EntryRecord


def lookup(driver: OfficeDriver, entry_number: str) -> EntryRecord | None:
    """The entry as the portal has it, or None when the portal has no such entry."""
    s = driver.config.entry
    if driver.config.paths.entry_lookup:
        driver.open(driver.config.paths.entry_lookup, number=entry_number)
    else:
        driver.open(driver.config.paths.entry_inquiry)
        driver.fill({s.number: entry_number})
        driver.submit(s.submit)
    if not driver.page.locator(s.result).count():
        return None
    found = driver.texts({
        "entry_number": s.entry_number, "port_code": s.port_code, "port_name": s.port_name,
        "importer_number": s.importer_number, "importer_name": s.importer_name,
        "entry_date": s.entry_date, "liquidation_date": s.liquidation_date, "status": s.status,
    })
    liquidation = found["liquidation_date"]
    return EntryRecord(
        entry_number=found["entry_number"],
        port_code=found["port_code"],
        port_name=found["port_name"],
        importer_number=found["importer_number"],
        importer_name=found["importer_name"],
        entry_date=date.fromisoformat(found["entry_date"]),
        liquidation_date=date.fromisoformat(liquidation) if liquidation else None,
        status=found["status"],
    )

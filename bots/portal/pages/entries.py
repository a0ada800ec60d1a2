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
    liquidation = driver.text(s.liquidation_date)
    return EntryRecord(
        entry_number=driver.text(s.entry_number),
        port_code=driver.text(s.port_code),
        port_name=driver.text(s.port_name),
        importer_number=driver.text(s.importer_number),
        importer_name=driver.text(s.importer_name),
        entry_date=date.fromisoformat(driver.text(s.entry_date)),
        liquidation_date=date.fromisoformat(liquidation) if liquidation else None,
        status=driver.text(s.status),
    )

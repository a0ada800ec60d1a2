"""The protest bot's portal work: check the entries against the record, then file the protest."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bots.customs.identifiers import parse_importer_number
from bots.portal.facade import Portal
from bots.portal.records import ProtestForm, SaveResult
from bots.protest_intake.model import PriorProtest, ProtestFacts
from tradebots.errors import BusinessError


@dataclass
class PortalRecord:
    """What the portal says about the protest's entries."""

    liquidation: dict[str, date] = field(default_factory=dict)
    unliquidated: list[str] = field(default_factory=list)
    prior_protests: list[PriorProtest] = field(default_factory=list)
    importers: list[str] = field(default_factory=list)  # importer of record of each entry


def check_entries(portal: Portal, facts: ProtestFacts, reference: str) -> PortalRecord:
    """Look every entry up; an unknown entry, or another importer or port, goes to a person."""
    record = PortalRecord()
    ports: set[str] = set()
    problems: list[str] = []
    for entry in facts.entries:
        number = entry.entry_number or ""
        found = portal.lookup_entry(number) if number else None
        if found is None:
            problems.append(f"entry {number or '(unreadable)'} is not in the portal's records")
            continue
        ports.add(found.port_code)
        record.importers.append(found.importer_number)
        if found.liquidation_date is None:
            record.unliquidated.append(number)
        else:
            record.liquidation[number] = found.liquidation_date
        if not facts.surety_protest and not _same_importer(found.importer_number,
                                                           facts.importer_number):
            problems.append(f"entry {number} was made by importer {found.importer_number} "
                            f"({found.importer_name}), the protest names {facts.importer_number}")
        record.prior_protests.extend(_prior(portal, number, reference))
    if facts.port_code and ports and facts.port_code not in ports:
        problems.append(f"the protest is filed at port {facts.port_code}, its entries were made "
                        f"at {', '.join(sorted(ports))}")
    if problems:
        raise BusinessError("The protest contradicts the portal: " + "; ".join(problems) + ".",
                            code="portal_contradiction", data={"problems": problems})
    return record


def _same_importer(on_record: str, printed: str | None) -> bool:
    # An EIN with and without its two-character suffix names the same importer.
    ours, theirs = parse_importer_number(on_record), parse_importer_number(printed or "")
    if ours is None or theirs is None:
        return on_record == printed
    return ours.base == theirs.base


def _prior(portal: Portal, entry_number: str, reference: str) -> list[PriorProtest]:
    # Our own record (a re-run after a crash, or after a supervisor's return) is not a prior one.
    return [
        PriorProtest(row.protest_number, row.importer_number, row.protestant_name, entry_number,
                     None, row.merchandise_description)
        for row in portal.list_protests_on_entry(entry_number)
        if row.reference != reference
    ]


NOT_STATED = "NOT STATED IN THE PROTEST"


def file_protest(
    portal: Portal, facts: ProtestFacts, record: PortalRecord, reference: str, pdf: Path
) -> SaveResult:
    """Enter the protest through the intake form, or find (and correct) the one already filed.

    A deficient protest is still recorded, as a person would: what the protest leaves out is
    entered as not stated, and a missing importer number is taken from the entries' record.
    """
    importer = facts.importer_number or next(iter(record.importers), None)
    if facts.received_date is None or not facts.port_code or not importer or not facts.category:
        raise BusinessError("The protest cannot be entered without its port, received date, "
                            "importer and the decision protested: a person decides.",
                            code="portal_facts")
    form = ProtestForm(
        port_code=facts.port_code,
        protestant_name=facts.protestant_name or NOT_STATED,
        protestant_address=facts.protestant_address or NOT_STATED,
        importer_number=importer,
        received_date=facts.received_date,
        entries=tuple((e.entry_number or "", e.entry_date, e.liquidation_date)
                      for e in facts.entries),
        category=facts.category,
        merchandise_description=facts.merchandise_description or NOT_STATED,
        pdf_path=pdf,
    )
    return portal.find_or_create_protest(reference, form)

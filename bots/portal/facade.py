"""The portal as the bots see it: one facade over the page objects of the trade case system."""

from __future__ import annotations

from pathlib import Path

from bots.portal import case_steps, protest_steps
from bots.portal.config import OfficeDriver
from bots.portal.pages import entries
from bots.portal.records import (
    CaseRecord,
    EntryRecord,
    PenaltyForm,
    ProtestForm,
    ProtestRecord,
    ProtestRow,
    RulingForm,
    SaveResult,
)
from bots.portal.steps import attach_once, status_once


class Portal:
    """Every portal action a bot needs; writes call the item's guard first and are idempotent."""

    def __init__(self, driver: OfficeDriver, reference: str) -> None:
        self.driver = driver
        self.reference = reference

    # --- entries --------------------------------------------------------------------------------

    def lookup_entry(self, entry_number: str) -> EntryRecord | None:
        """The entry's port, importer, dates and status; None when the portal does not know it."""
        return self.driver.step("look up entry", lambda: entries.lookup(self.driver, entry_number))

    # --- protests -------------------------------------------------------------------------------

    def find_or_create_protest(self, reference: str, form: ProtestForm) -> SaveResult:
        """File FORM once per REFERENCE; a re-run finds (or corrects) the protest filed before."""
        return protest_steps.find_or_create(self.driver, reference, form)

    def list_protests_on_entry(self, entry_number: str) -> list[ProtestRow]:
        return protest_steps.search(self.driver, "entry", entry_number)

    def search_protests(self, by: str, value: str) -> list[ProtestRow]:
        """Search by "number", "entry", "importer" or "reference"; every page of results."""
        return protest_steps.search(self.driver, by, value)

    def read_protest(self, protest_number: str) -> ProtestRecord:
        return protest_steps.read(self.driver, protest_number)

    def upload_protest_letter(self, protest_number: str, path: Path) -> bool:
        """Attach the letter (docx or pdf) unless the same file is there; True when uploaded."""
        return protest_steps.attach(self.driver, protest_number, "letter", path)

    def set_protest_status(self, protest_number: str, status: str) -> str | None:
        """Set the status unless already set; the previous status when it changed."""
        return protest_steps.set_status(self.driver, protest_number, status)

    # --- ruling requests ------------------------------------------------------------------------

    def find_or_create_ruling_case(self, reference: str, form: RulingForm) -> SaveResult:
        return case_steps.find_or_create_ruling(self.driver, reference, form)

    def read_ruling_case(self, control_number: str) -> CaseRecord:
        return case_steps.read_case(self.driver, self.driver.config.paths.ruling, control_number,
                                    case_steps.RULING_FIELDS)

    def attach_ruling_file(self, control_number: str, path: Path, kind: str = "letter") -> bool:
        return attach_once(self.driver, self._opener(self.driver.config.paths.ruling,
                                                     control_number), kind, path)

    def set_ruling_status(self, control_number: str, status: str) -> str | None:
        return status_once(self.driver, self._opener(self.driver.config.paths.ruling,
                                                     control_number),
                           self.driver.config.case_view.status, status)

    # --- penalty cases --------------------------------------------------------------------------

    def open_penalty_case(self, case_number: str, reference: str, form: PenaltyForm) -> SaveResult:
        return case_steps.open_penalty(self.driver, case_number, reference, form)

    def read_penalty_case(self, case_number: str) -> CaseRecord:
        return case_steps.read_case(self.driver, self.driver.config.paths.penalty, case_number,
                                    case_steps.PENALTY_FIELDS)

    def upload_penalty_notice(self, case_number: str, path: Path) -> bool:
        return attach_once(self.driver, self._opener(self.driver.config.paths.penalty,
                                                     case_number), "notice", path)

    def set_penalty_status(self, case_number: str, status: str) -> str | None:
        return status_once(self.driver, self._opener(self.driver.config.paths.penalty,
                                                     case_number),
                           self.driver.config.case_view.status, status)

    def _opener(self, path: str, number: str) -> _Opener:
        return _Opener(self.driver, path, number)


class _Opener:
    """Opens one record's page; a callable so retried steps can reopen it."""

    def __init__(self, driver: OfficeDriver, path: str, number: str) -> None:
        self._driver, self._path, self._number = driver, path, number

    def __call__(self) -> None:
        self._driver.open(self._path, number=self._number)

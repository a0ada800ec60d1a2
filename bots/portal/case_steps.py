"""Ruling request and penalty case work in the portal: find-or-create, files, status."""

from __future__ import annotations

from decimal import Decimal

from bots.portal.config import OfficeDriver
from bots.portal.pages import cases as pages
from bots.portal.records import CaseRecord, PenaltyForm, RulingForm, SaveResult
from bots.portal.steps import differences

RULING_FIELDS = ("requester_name", "ruling_type", "product_description", "proposed_hts", "route")
PENALTY_FIELDS = (
    "party_name", "importer_number", "culpability", "loss_of_duties", "proposed_penalty", "entries",
)


def ruling_values(form: RulingForm) -> dict[str, str]:
    return {
        "requester_name": form.requester_name,
        "ruling_type": form.ruling_type,
        "product_description": form.product_description,
        "proposed_hts": ", ".join(form.proposed_hts),
        "route": form.route,
    }


def penalty_values(form: PenaltyForm) -> dict[str, str]:
    return {
        "party_name": form.party_name,
        "importer_number": form.importer_number,
        "culpability": form.culpability,
        "loss_of_duties": _money(form.loss_of_duties),
        "proposed_penalty": _money(form.proposed_penalty),
        "entries": "\n".join(form.entries),
    }


def _money(amount: Decimal) -> str:
    return f"{Decimal(amount).quantize(Decimal('0.01'))}"


def read_case(driver: OfficeDriver, path: str, number: str, fields: tuple[str, ...]) -> CaseRecord:
    def action() -> CaseRecord:
        driver.open(path, number=number)
        return pages.read_open(driver, fields)

    return driver.step("read case", action)


def _reconcile(
    driver: OfficeDriver, record: CaseRecord, wanted: dict[str, str], reference: str, edit_path: str
) -> SaveResult:
    changes = differences(record.values | {"reference": record.reference},
                          wanted | {"reference": reference})
    if changes:
        def correct() -> None:
            driver.open(edit_path, number=record.number)
            pages.fill_case(driver, wanted | {"reference": reference})
            pages.save_case(driver)

        driver.step("correct case", correct)
    return SaveResult(record.number, "updated" if changes else "found", changes)


def find_or_create_ruling(driver: OfficeDriver, reference: str, form: RulingForm) -> SaveResult:
    """The ruling case carrying REFERENCE, updated to FORM when it differs, else a new one."""
    if not reference:
        raise ValueError("find-or-create needs the work item's reference")
    paths = driver.config.paths
    found = driver.step(
        "find ruling", lambda: pages.search_by_reference(driver, paths.ruling_search, reference)
    )
    wanted = ruling_values(form)
    if found:
        record = read_case(driver, paths.ruling, found[0], RULING_FIELDS)
        return _reconcile(driver, record, wanted, reference, paths.ruling_edit)
    tried = False

    def create() -> str:
        nonlocal tried
        if tried:
            filed = pages.search_by_reference(driver, paths.ruling_search, reference)
            if filed:
                return filed[0]
        tried = True
        driver.open(paths.ruling_new)
        pages.fill_case(driver, wanted | {"reference": reference})
        return pages.save_case(driver)

    return SaveResult(driver.step("create ruling", create), "created", {})


def open_penalty(
    driver: OfficeDriver, case_number: str, reference: str, form: PenaltyForm
) -> SaveResult:
    """Penalty case CASE_NUMBER, created when absent and updated to FORM when it differs."""
    paths = driver.config.paths
    wanted = penalty_values(form)
    tried = False

    def open_or_create() -> tuple[bool, CaseRecord | None]:
        nonlocal tried
        if pages.open_penalty(driver, case_number):
            return tried, pages.read_open(driver, PENALTY_FIELDS)
        tried = True
        pages.fill_case(driver, wanted | {"reference": reference})
        pages.save_case(driver)
        return True, None

    created, record = driver.step("open penalty case", open_or_create)
    if created:
        return SaveResult(case_number.strip().upper(), "created", {})
    assert record is not None
    return _reconcile(driver, record, wanted, reference, paths.penalty_edit)

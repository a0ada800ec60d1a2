"""Ruling request and penalty case pages: search, create, open by number, read, correct."""

from __future__ import annotations

from bots.portal.config import OfficeDriver
from bots.portal.pages.record import read_files
from bots.portal.records import CaseRecord

SELECTS = frozenset({"ruling_type", "route", "culpability"})


def search_by_reference(driver: OfficeDriver, search_path: str, reference: str) -> list[str]:
    """The numbers of the cases carrying REFERENCE, oldest first, all pages."""
    s = driver.config.search
    driver.open(search_path)
    driver.page.select_option(s.by, "reference")
    driver.fill({s.query: reference})
    driver.submit(s.submit)
    numbers = _numbers(driver)
    while driver.page.locator(driver.config.common.next_page).count():
        driver.follow(driver.config.common.next_page)
        numbers.extend(_numbers(driver))
    return numbers


def _numbers(driver: OfficeDriver) -> list[str]:
    cells = driver.page.locator(driver.config.search.rows).locator(driver.config.search.number)
    return [text.strip() for text in cells.all_inner_texts()]


def fill_case(driver: OfficeDriver, values: dict[str, str]) -> None:
    """Fill the ruling or penalty form that is open: form field name -> value."""
    s = driver.config.case_form
    texts = {}
    for name, value in values.items():
        if name in SELECTS:
            driver.page.select_option(getattr(s, name), value)
        else:
            texts[getattr(s, name)] = value
    driver.fill(texts)


def save_case(driver: OfficeDriver) -> str:
    """Submit the open case form; the answer is the case page, whose number is returned."""
    driver.guard()
    driver.submit(driver.config.case_form.submit, confirm=True)
    return driver.text(driver.config.case_view.number)


def read_open(driver: OfficeDriver, fields: tuple[str, ...]) -> CaseRecord:
    """The case page that is open, with FIELDS read by their form names."""
    s = driver.config.case_view
    return CaseRecord(
        number=driver.text(s.number),
        status=driver.text(s.status),
        reference=driver.text(s.reference),
        values={name: driver.page.locator(getattr(s, name)).first.inner_text().strip()
                for name in fields},
        files=read_files(driver),
    )


def open_penalty(driver: OfficeDriver, case_number: str) -> bool:
    """Open case CASE_NUMBER: True on its page, False on the form that creates it."""
    s = driver.config.penalty_open
    driver.open(driver.config.paths.penalty_open)
    driver.fill({s.case_number: case_number})
    driver.submit(s.submit)
    return not driver.page.locator(driver.config.case_form.submit).count()

"""The protest pages: the intake wizard, the protest page, its correction form and the search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bots.portal.config import OfficeDriver
from bots.portal.pages.record import read_files
from bots.portal.records import ProtestForm, ProtestRecord, ProtestRow

EntryLine = tuple[str, str, str]


def entry_lines(form: ProtestForm) -> tuple[EntryLine, ...]:
    """The form's entries as the portal prints them: dates ISO, missing dates blank."""
    return tuple((number, _iso(entry_date), _iso(liquidation))
                 for number, entry_date, liquidation in form.entries)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def search(driver: OfficeDriver, by: str, value: str) -> list[ProtestRow]:
    """Every protest the search finds (by number, entry, importer or reference), all pages."""
    s = driver.config.search
    if driver.config.paths.protest_find:
        driver.open(driver.config.paths.protest_find, by=by, q=value)
    else:
        driver.open(driver.config.paths.protest_search)
        driver.page.select_option(s.by, by)
        driver.fill({s.query: value})
        driver.submit(s.submit)
    found = _rows(driver)
    while driver.page.locator(driver.config.common.next_page).count():
        driver.follow(driver.config.common.next_page)
        found.extend(_rows(driver))
    return found


def _rows(driver: OfficeDriver) -> list[ProtestRow]:
    s = driver.config.search
    names = ("number", "port_code", "importer_number", "protestant_name", "category",
             "merchandise", "status", "reference", "consolidated_with", "entries")
    found = []
    for values in driver.table(s.rows, [getattr(s, name) for name in names]):
        cell = dict(zip(names, values, strict=True))
        found.append(ProtestRow(
            protest_number=cell["number"], port_code=cell["port_code"],
            importer_number=cell["importer_number"], protestant_name=cell["protestant_name"],
            category=cell["category"], merchandise_description=cell["merchandise"],
            status=cell["status"], reference=cell["reference"],
            consolidated_with=cell["consolidated_with"] or None,
            entry_numbers=tuple(cell["entries"].split()),
        ))
    return found


def read(driver: OfficeDriver, number: str) -> ProtestRecord:
    driver.open(driver.config.paths.protest, number=number)
    return read_open(driver)


def read_open(driver: OfficeDriver) -> ProtestRecord:
    """The protest page that is open, as a record."""
    s = driver.config.protest_view
    entries = tuple(
        (number, entry_date, liquidation) for number, entry_date, liquidation
        in driver.table(s.entry_rows, [s.entry_number, s.entry_date, s.liquidation_date])
    )
    names = ("number", "status", "port_code", "protestant_name", "protestant_address",
             "importer_number", "received_date", "category", "merchandise", "reference",
             "consolidated_with")
    found = driver.texts({name: getattr(s, name) for name in names})
    return ProtestRecord(
        protest_number=found["number"], status=found["status"], port_code=found["port_code"],
        protestant_name=found["protestant_name"],
        protestant_address=found["protestant_address"],
        importer_number=found["importer_number"], received_date=found["received_date"],
        category=found["category"], merchandise_description=found["merchandise"],
        reference=found["reference"], consolidated_with=found["consolidated_with"] or None,
        entries=entries, files=read_files(driver),
    )


def start_draft(driver: OfficeDriver) -> str:
    driver.open(driver.config.paths.protest_new)
    return driver.text(driver.config.protest_form.draft_id)


def fill_header(driver: OfficeDriver, draft: str, form: ProtestForm, reference: str) -> None:
    s = driver.config.protest_form
    driver.ensure_at(driver.config.paths.protest_header, draft=draft)
    driver.fill({s.port_code: form.port_code, **_party(driver, form, reference)})
    driver.guard()
    driver.submit(s.header_next)


def _party(driver: OfficeDriver, form: ProtestForm, reference: str) -> dict[str, str]:
    s = driver.config.protest_form
    return {
        s.protestant_name: form.protestant_name,
        s.protestant_address: form.protestant_address,
        s.importer_number: form.importer_number,
        s.received_date: form.received_date.isoformat(),
        s.reference: reference,
    }


def fill_grid(driver: OfficeDriver, lines: tuple[EntryLine, ...]) -> None:
    """Add rows until the grid holds every line, fill them, and blank any rows left over."""
    s = driver.config.protest_form
    rows = driver.page.locator(s.grid_rows)
    while rows.count() < len(lines):
        driver.page.click(s.add_row)
    values: dict[str, str] = {}
    for i in range(rows.count()):
        number, entry_date, liquidation = lines[i] if i < len(lines) else ("", "", "")
        values[s.grid_entry.format(i=i)] = number
        values[s.grid_entry_date.format(i=i)] = entry_date
        values[s.grid_liquidation_date.format(i=i)] = liquidation
    driver.fill(values)


def fill_entries(driver: OfficeDriver, draft: str, lines: tuple[EntryLine, ...]) -> None:
    driver.ensure_at(driver.config.paths.protest_entries, draft=draft)
    fill_grid(driver, lines)
    driver.guard()
    driver.submit(driver.config.protest_form.entries_next)


def _fill_goods(driver: OfficeDriver, form: ProtestForm) -> None:
    s = driver.config.protest_form
    driver.page.select_option(s.category, form.category)
    driver.fill({s.merchandise: form.merchandise_description})


def fill_goods(driver: OfficeDriver, draft: str, form: ProtestForm) -> None:
    driver.ensure_at(driver.config.paths.protest_goods, draft=draft)
    _fill_goods(driver, form)
    driver.guard()
    driver.submit(driver.config.protest_form.goods_next)


def upload_document(driver: OfficeDriver, draft: str, pdf: Path) -> None:
    s = driver.config.protest_form
    driver.ensure_at(driver.config.paths.protest_document, draft=draft)
    driver.page.set_input_files(s.pdf, pdf)
    driver.guard()
    driver.submit(s.document_next)


def submit_draft(driver: OfficeDriver, draft: str) -> str:
    """File the protest; the answer is the new protest's page, whose number is returned."""
    driver.ensure_at(driver.config.paths.protest_review, draft=draft)
    driver.guard()
    driver.submit(driver.config.protest_form.review_submit, confirm=True)
    return driver.text(driver.config.protest_view.number)


def correct(driver: OfficeDriver, number: str, form: ProtestForm, reference: str) -> None:
    """Save FORM over the protest through its correction page (the port cannot change)."""
    driver.open(driver.config.paths.protest_edit, number=number)
    driver.fill(_party(driver, form, reference))
    _fill_goods(driver, form)
    fill_grid(driver, entry_lines(form))
    driver.guard()
    driver.submit(driver.config.protest_form.edit_submit, confirm=True)

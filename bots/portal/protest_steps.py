"""Protest work in the portal: find-or-create by the item's reference, letters, status."""

from __future__ import annotations

from pathlib import Path

from bots.portal.config import OfficeDriver
from bots.portal.drafts import discarded_while_blank, own_draft
from bots.portal.pages import protests as pages
from bots.portal.records import ProtestForm, ProtestRecord, ProtestRow, SaveResult
from bots.portal.steps import attach_once, differences, sha256_of, status_once
from tradebots.errors import BusinessError


def search(driver: OfficeDriver, by: str, value: str) -> list[ProtestRow]:
    return driver.step(f"search protests by {by}", lambda: pages.search(driver, by, value))


def find_or_create(driver: OfficeDriver, reference: str, form: ProtestForm) -> SaveResult:
    """The protest carrying REFERENCE, updated to FORM when it differs, else a new one."""
    if not reference:
        raise ValueError("find-or-create needs the work item's reference")
    found = search(driver, "reference", reference)
    if found:
        return _reconcile(driver, found[0].protest_number, form, reference)
    return SaveResult(_create(driver, reference, form), "created", {})


def _create(driver: OfficeDriver, reference: str, form: ProtestForm) -> str:
    lines = pages.entry_lines(form)
    # A run killed before its submit left its draft: resume it (every step below rewrites its page).
    resumed = own_draft(driver, reference)
    draft = resumed or driver.step("start protest", lambda: pages.start_draft(driver))

    def header() -> None:
        driver.step("protest header", lambda: pages.fill_header(driver, draft, form, reference))

    if resumed:
        header()
    else:
        # The portal starts a draft blank; until the header saves the reference no rerun can
        # find it, so a failure before that (a locked queue at the guard) must not leave it.
        with discarded_while_blank(driver, draft):
            header()
    driver.step("protest entries", lambda: pages.fill_entries(driver, draft, lines))
    driver.step("protest goods", lambda: pages.fill_goods(driver, draft, form))
    driver.step("protest document", lambda: pages.upload_document(driver, draft, form.pdf_path))
    tried = False

    def submit() -> str:
        nonlocal tried
        if tried:
            # The last submit may have been filed before its answer was lost: look before refiling.
            filed = pages.search(driver, "reference", reference)
            if filed:
                return filed[0].protest_number
        tried = True
        return pages.submit_draft(driver, draft)

    return driver.step("submit protest", submit)


def _wanted(form: ProtestForm) -> dict[str, str]:
    return {
        "protestant_name": form.protestant_name,
        "protestant_address": form.protestant_address,
        "importer_number": form.importer_number,
        "received_date": form.received_date.isoformat(),
        "category": form.category,
        "merchandise_description": form.merchandise_description,
        "entries": _entries_text(pages.entry_lines(form)),
    }


def _entries_text(lines: tuple[tuple[str, str, str], ...]) -> str:
    return "; ".join(" ".join(part for part in line if part) for line in lines)


def _as_values(record: ProtestRecord) -> dict[str, str]:
    return {
        "protestant_name": record.protestant_name,
        "protestant_address": record.protestant_address,
        "importer_number": record.importer_number,
        "received_date": record.received_date,
        "category": record.category,
        "merchandise_description": record.merchandise_description,
        "entries": _entries_text(record.entries),
    }


def _reconcile(driver: OfficeDriver, number: str, form: ProtestForm, reference: str) -> SaveResult:
    record = read(driver, number)
    if record.port_code != form.port_code:
        raise BusinessError(
            f"Protest {number} was filed at port {record.port_code}; the portal cannot move it "
            f"to port {form.port_code}.", code="port_mismatch",
        )
    changes = differences(_as_values(record), _wanted(form))
    if changes:
        driver.step("correct protest", lambda: pages.correct(driver, number, form, reference))
    on_file = [f for f in record.files if f.kind == "protest"]
    if sha256_of(form.pdf_path) not in {f.sha256 for f in on_file}:
        attach(driver, number, "protest", form.pdf_path)
        changes["protest_pdf"] = (", ".join(f.name for f in on_file), form.pdf_path.name)
    return SaveResult(number, "updated" if changes else "found", changes)


def read(driver: OfficeDriver, number: str) -> ProtestRecord:
    return driver.step("read protest", lambda: pages.read(driver, number))


def attach(driver: OfficeDriver, number: str, kind: str, path: Path) -> bool:
    return attach_once(
        driver, lambda: driver.open(driver.config.paths.protest, number=number), kind, path
    )


def set_status(driver: OfficeDriver, number: str, status: str) -> str | None:
    return status_once(
        driver, lambda: driver.open(driver.config.paths.protest, number=number),
        driver.config.protest_view.status, status,
    )

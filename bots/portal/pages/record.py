"""What every record page has: its documents table, an upload form and a status form."""

from __future__ import annotations

from pathlib import Path

from bots.portal.config import OfficeDriver
from bots.portal.records import FileRow


def read_files(driver: OfficeDriver) -> tuple[FileRow, ...]:
    s = driver.config.record
    return tuple(
        FileRow(kind, name, sha256)
        for kind, name, sha256 in driver.table(s.file_rows, [s.file_kind, s.file_name,
                                                             s.file_sha256])
    )


def upload_file(driver: OfficeDriver, kind: str, path: Path) -> None:
    """Upload PATH as a document of KIND on the record page that is open."""
    s = driver.config.record
    driver.page.select_option(s.document_kind, kind)
    driver.page.set_input_files(s.document_file, path)
    driver.guard()
    driver.submit(s.document_submit)


def set_status(driver: OfficeDriver, status: str) -> None:
    """Choose STATUS on the record page that is open and save it."""
    s = driver.config.record
    driver.page.select_option(s.status_select, status)
    driver.guard()
    driver.submit(s.status_submit, confirm=True)

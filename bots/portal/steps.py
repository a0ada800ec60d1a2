"""Idempotent portal writes shared by every record: attach a file once, set a status once."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from bots.portal.config import OfficeDriver
from bots.portal.pages.record import read_files, set_status, upload_file
from bots.portal.records import Changes


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attach_once(
    driver: OfficeDriver, open_record: Callable[[], None], kind: str, path: Path
) -> bool:
    """Upload PATH unless the record already holds the same content; True when it uploaded."""
    digest = sha256_of(path)
    uploaded = False

    def action() -> bool:
        nonlocal uploaded
        open_record()
        if any(f.sha256 == digest and f.kind == kind for f in read_files(driver)):
            # There already, or our earlier try committed before its answer was lost.
            return uploaded
        uploaded = True
        upload_file(driver, kind, path)
        return True

    return driver.step(f"upload {kind}", action)


def status_once(
    driver: OfficeDriver, open_record: Callable[[], None], status_selector: str, status: str
) -> str | None:
    """Set STATUS unless the record has it already; the previous status when it changed."""

    def action() -> str | None:
        open_record()
        current = driver.text(status_selector)
        if current == status:
            return None
        set_status(driver, status)
        return current

    return driver.step(f"status {status}", action)


def differences(portal: dict[str, str], wanted: dict[str, str]) -> Changes:
    """Fields whose wanted value differs from the portal's, spacing ignored."""
    return {
        name: (portal.get(name, ""), value)
        for name, value in wanted.items()
        if " ".join(portal.get(name, "").split()) != " ".join(value.split())
    }

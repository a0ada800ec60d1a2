"""Every failure a step raises is transient (and how widely), business, or system."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from tradebots.browser import LoginBounced, PortalUnavailable
from tradebots.browser.retry import as_transient
from tradebots.documents.errors import ConversionError, InvalidDocxError
from tradebots.errors import BusinessError
from tradebots.faults import Kind, Scope, classify


def test_a_locked_database_is_a_transient_fault_of_every_item(tmp_path: Path):
    locked = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    fault = classify(locked, tmp_path)
    assert (fault.kind, fault.code, fault.scope) == (Kind.TRANSIENT, "database", Scope.ALL)
    assert "database is locked" in fault.message


def test_a_full_disk_is_a_transient_fault_of_every_item_even_when_wrapped(tmp_path: Path):
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))
        except OSError as exc:
            raise RuntimeError("could not write the letter") from exc
    except RuntimeError as wrapped:
        fault = classify(wrapped, tmp_path)
    assert (fault.kind, fault.code, fault.scope) == (Kind.TRANSIENT, "disk_full", Scope.ALL)


def test_a_read_only_var_folder_is_transient_but_a_refused_file_elsewhere_is_a_bug(
        tmp_path: Path):
    var = tmp_path / "var"
    inside = OSError(errno.EROFS, "Read-only file system", str(var / "work" / "1-1"))
    outside = PermissionError(errno.EACCES, "Permission denied", "/etc/shadow")
    assert classify(inside, var).code == "var_not_writable"
    assert classify(inside, var).scope is Scope.ALL
    assert classify(outside, var).kind is Kind.SYSTEM


def test_portal_down_past_its_budget_pauses_the_bot_but_a_bounced_login_waits_alone(
        tmp_path: Path):
    down = as_transient(TimeoutError("net::ERR_CONNECTION_REFUSED"), "record protest")
    bounced = LoginBounced("the portal returned the login form without a reason")
    assert isinstance(down, PortalUnavailable)
    assert (classify(down, tmp_path).kind, classify(down, tmp_path).scope) == (
        Kind.TRANSIENT, Scope.BOT)
    assert (classify(bounced, tmp_path).kind, classify(bounced, tmp_path).scope) == (
        Kind.TRANSIENT, Scope.ITEM)


def test_a_crashed_converter_is_transient_but_a_broken_document_is_a_bug(tmp_path: Path):
    crashed = ConversionError({Path("a.docx"): "LibreOffice exited 81: Io Abort Code:27"})
    broken = InvalidDocxError(Path("a.docx"), "not a .docx (not a zip archive)")
    assert classify(crashed, tmp_path).code == "converter"
    assert classify(crashed, tmp_path).kind is Kind.TRANSIENT
    assert classify(broken, tmp_path).kind is Kind.SYSTEM


def test_the_facts_are_business_and_anything_else_is_a_system_error(tmp_path: Path):
    assert classify(BusinessError("no entry number", code="missing"), tmp_path).kind is (
        Kind.BUSINESS)
    bug = classify(KeyError("entry"), tmp_path)
    assert (bug.kind, bug.message) == (Kind.SYSTEM, "KeyError: 'entry'")

"""One failure taxonomy: every exception a step raises is transient, business or system."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from tradebots.documents.errors import ConversionError
from tradebots.errors import BusinessError, TransientError

# Below this much free space in var/ any failure is taken for a full disk: LibreOffice, for one,
# reports a full disk only as "Io ... Abort Code:27".
MIN_FREE_BYTES = 32 * 1024 * 1024

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


class Kind(StrEnum):
    TRANSIENT = "transient"  # waits with backoff; spends none of the item's attempts
    BUSINESS = "business"  # the document or the facts: a person decides
    SYSTEM = "system"  # a bug: the item fails with its traceback


class Scope(StrEnum):
    ITEM = "item"  # this item only
    BOT = "bot"  # every item of the bot (its portal is down): the bot pauses
    ALL = "all"  # every item on the worker (disk, database): the worker pauses


@dataclass(frozen=True)
class Fault:
    kind: Kind
    code: str
    message: str
    scope: Scope = Scope.ITEM


def classify(exc: BaseException, var: Path) -> Fault:
    """What kind of failure EXC is; VAR is the worker's var folder (its disk and its files)."""
    if isinstance(exc, BusinessError):
        return Fault(Kind.BUSINESS, exc.code, exc.message)
    infrastructure = _infrastructure(exc, var)
    if infrastructure is not None:
        return infrastructure
    if isinstance(exc, TransientError):
        return Fault(Kind.TRANSIENT, exc.code, exc.message, Scope(exc.scope))
    if _disk_nearly_full(var):
        return Fault(Kind.TRANSIENT, "disk_full", f"{var} is nearly full: {_line(exc)}",
                     Scope.ALL)
    if any(_converter_crashed(e) for e in _chain(exc)):
        return Fault(Kind.TRANSIENT, "converter", _line(exc))
    return Fault(Kind.SYSTEM, type(exc).__name__, _line(exc))


def _infrastructure(exc: BaseException, var: Path) -> Fault | None:
    for cause in _chain(exc):
        if isinstance(cause, OperationalError | DBAPIError) and cause.connection_invalidated:
            return Fault(Kind.TRANSIENT, "database", f"database gone: {_line(cause)}", Scope.ALL)
        if isinstance(cause, OperationalError):
            return Fault(Kind.TRANSIENT, "database", f"database busy: {_line(cause)}", Scope.ALL)
        if isinstance(cause, OSError) and cause.errno in _DISK_FULL:
            return Fault(Kind.TRANSIENT, "disk_full", _line(cause), Scope.ALL)
        if (isinstance(cause, OSError) and cause.errno in _NOT_WRITABLE
                and _under(cause.filename, var)):
            return Fault(Kind.TRANSIENT, "var_not_writable", _line(cause), Scope.ALL)
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _converter_crashed(exc: BaseException) -> bool:
    # An office process that exits non-zero usually passes; a refused or clashing file does not.
    return isinstance(exc, ConversionError) and all(
        cause.startswith("LibreOffice exited") for cause in exc.failed.values()
    )


def _disk_nearly_full(var: Path) -> bool:
    try:
        return shutil.disk_usage(_existing(var)).free < MIN_FREE_BYTES
    except OSError:
        return False


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _under(filename: object, var: Path) -> bool:
    if not isinstance(filename, str | Path):
        return False
    try:
        return Path(filename).resolve().is_relative_to(var.resolve())
    except OSError:
        return False


def _line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__

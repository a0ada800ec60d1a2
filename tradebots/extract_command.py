"""`tradebots extract`: find the kind's reader in settings and turn bad input into one line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tradebots.cli_common import fail
from tradebots.errors import BusinessError, ConfigError
from tradebots.pdf.document import ReadingBudget, reading_budget
from tradebots.references import resolve_callable
from tradebots.settings import Settings, project_home

Extractor = Callable[..., dict[str, Any]]


def load_extractor(kind: str, reference: str) -> Extractor:
    """The reader configured for KIND; exits 2 naming the setting when it cannot be imported."""
    try:
        return resolve_callable(reference, setting=f"extractors.{kind}", home=project_home())
    except ConfigError as exc:
        fail(str(exc))


def run_extract(
    settings: Settings, kind: str, file: Path, received: date | None, today: date
) -> dict[str, Any]:
    """The contract JSON for FILE; exits 2 with `error: FILE: cause` when it cannot be read."""
    reference = settings.extractors.get(kind)
    if reference is None:
        fail(f"{kind}: unknown kind (one of {', '.join(sorted(settings.extractors))})")
    if not file.is_file():
        fail(f"{file}: no such file")
    extractor = load_extractor(kind, reference)
    try:
        with reading_budget(ReadingBudget.of(settings.reading)):
            return extractor(file, received=received, today=today)
    except BusinessError as exc:
        fail(exc.message if exc.message.startswith(str(file)) else f"{file}: {exc.message}")

"""`tradebots extract`: find the kind's reader in settings and turn bad input into one line."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tradebots.cli_common import fail
from tradebots.errors import BusinessError
from tradebots.settings import Settings

Extractor = Callable[..., dict[str, Any]]


def load_extractor(reference: str) -> Extractor:
    module_name, _, attr = reference.partition(":")
    function: Extractor = getattr(importlib.import_module(module_name), attr)
    return function


def run_extract(
    settings: Settings, kind: str, file: Path, received: date | None, today: date
) -> dict[str, Any]:
    """The contract JSON for FILE; exits 2 with `error: FILE: cause` when it cannot be read."""
    reference = settings.extractors.get(kind)
    if reference is None:
        fail(f"{kind}: unknown kind (one of {', '.join(sorted(settings.extractors))})")
    if not file.is_file():
        fail(f"{file}: no such file")
    extractor = load_extractor(reference)
    try:
        return extractor(file, received=received, today=today)
    except BusinessError as exc:
        fail(exc.message if exc.message.startswith(str(file)) else f"{file}: {exc.message}")

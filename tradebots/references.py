"""Parts the engine reaches by name: "module:attribute" references and installed entry points."""

from __future__ import annotations

import pkgutil
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from tradebots.errors import ConfigError

BOTS_GROUP = "tradebots.bots"
EXTRACTORS_GROUP = "tradebots.extractors"


def installed(group: str) -> dict[str, str]:
    """Every entry point of GROUP in the installed packages, as {name: "module:attribute"}."""
    return {entry.name: entry.value for entry in entry_points(group=group)}


def resolve(reference: str, *, setting: str, home: Path | None = None) -> object:
    """The object REFERENCE names; raises ConfigError naming SETTING and the reference.

    Modules are looked up in the installed packages, then in HOME (the project home): the
    repository's own folders (bench/) are not installed, and the `tradebots` script does not
    start in the repository."""
    module_name, colon, attribute = reference.partition(":")
    malformed = ConfigError(f"setting {setting}: {reference!r} is not a 'module:attribute' name")
    if not colon or not module_name.strip() or not attribute.strip():
        raise malformed
    if home is not None and str(home) not in sys.path:
        # Appended, so an installed package always wins over a folder of the same name.
        sys.path.append(str(home))
    try:
        return pkgutil.resolve_name(reference)
    except ImportError as exc:
        where = f" (looked in the installed packages and {home})" if home else ""
        raise ConfigError(f"setting {setting}: cannot import {reference!r}: {exc}{where}") from exc
    except ValueError as exc:
        raise malformed from exc
    except AttributeError as exc:
        raise ConfigError(f"setting {setting}: {module_name} has no {attribute!r}") from exc


def resolve_callable(
    reference: str, *, setting: str, home: Path | None = None
) -> Callable[..., Any]:
    """Like resolve, for a function or class: ConfigError when the name is something else."""
    found = resolve(reference, setting=setting, home=home)
    if not callable(found):
        raise ConfigError(f"setting {setting}: {reference!r} is not a function or class")
    return found

"""The browser toolkit knows no bot, and the sandbox judges the bots with none of their code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.sandbox.portal_process import REPO


def imported_modules(folder: Path) -> dict[str, set[str]]:
    """Every module each file under FOLDER imports, by the file's path in the repository."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(REPO))] = names
    return found


@pytest.mark.parametrize(("folder", "forbidden"), [
    ("tradebots/browser", ("bots", "sandbox", "bench", "workflows")),
    ("sandbox", ("bots", "bench", "workflows")),
])
def test_a_package_imports_nothing_from_the_packages_it_must_not_know(
    folder: str, forbidden: tuple[str, ...],
):
    upward = {
        path: sorted(name for name in names if name.split(".")[0] in forbidden)
        for path, names in imported_modules(REPO / folder).items()
    }
    assert {path: names for path, names in upward.items() if names} == {}


def test_the_browser_toolkit_names_no_record_of_the_office():
    """Protests, rulings and penalty cases belong to bots/portal, not to the engine."""
    office_words = ("protest", "ruling", "penalt")
    naming = {
        str(path.relative_to(REPO))
        for path in (REPO / "tradebots/browser").rglob("*.py")
        if any(word in path.read_text().lower() for word in office_words)
    }
    assert naming == set()

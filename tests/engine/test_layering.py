"""The house's layers, read from the source with ast so the rule cannot rot: the engine imports
no bot, workflow, bench or sandbox; bots import no workflow; the sandbox imports no bot."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Top-level package -> the top-level packages it must never import.
FORBIDDEN = {
    "tradebots": {"bots", "workflows", "bench", "sandbox"},
    "bots": {"workflows"},
    "sandbox": {"bots", "bench", "workflows"},
}

def imported_modules(path: Path, root: Path = REPO) -> Iterator[str]:
    """Every module PATH imports anywhere in the file, relative imports made absolute."""
    package = path.relative_to(root).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            yield ".".join((*base, node.module) if node.module else base)


def violations(root: Path = REPO) -> set[tuple[str, str]]:
    """(file, module) for every import that crosses a forbidden line."""
    found = set()
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((root / layer).rglob("*.py")):
            for module in imported_modules(path, root):
                if module.split(".")[0] in forbidden:
                    found.add((path.relative_to(root).as_posix(), module))
    return found


def test_no_layer_imports_a_layer_it_must_not_know() -> None:
    found = violations()
    assert not found, "imports across layers:\n" + "\n".join(
        f"  {path} imports {module}" for path, module in sorted(found))


def test_the_browser_toolkit_names_no_record_of_the_office() -> None:
    """Protests, rulings and penalty cases belong to bots/portal, not to the engine."""
    naming = {path.relative_to(REPO).as_posix()
              for path in (REPO / "tradebots/browser").rglob("*.py")
              if any(word in path.read_text().lower() for word in ("protest", "ruling", "penalt"))}
    assert naming == set()


def test_the_walk_sees_imports_in_functions_type_checking_and_relative_forms(
    tmp_path: Path,
) -> None:
    module = tmp_path / "tradebots" / "browser" / "pages.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from . import host\n"
        "from ..queue.store import WorkQueue\n"
        "if TYPE_CHECKING:\n"
        "    from bots.portal import records\n"
        "def close() -> None:\n"
        "    import workflows.clocks\n"
    )
    assert set(imported_modules(module, tmp_path)) == {
        "typing", "tradebots.browser", "tradebots.queue.store", "bots.portal",
        "workflows.clocks",
    }
    assert violations(tmp_path) == {("tradebots/browser/pages.py", "bots.portal"),
                                    ("tradebots/browser/pages.py", "workflows.clocks")}

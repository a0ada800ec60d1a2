"""Bots declare what they want recorded; they never hold the database or import the workflows."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

from tradebots.bot import StepContext

REPO = Path(__file__).resolve().parents[2]
# What would let a bot write past the engine: the services bundle, the queue, SQL, the workflows.
FORBIDDEN = ("tradebots.services", "tradebots.queue", "sqlalchemy", "workflows")


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def test_a_step_context_carries_no_services():
    assert "services" not in {f.name for f in fields(StepContext)}


def test_no_bot_module_imports_the_database_or_the_workflows():
    offenders = sorted(
        f"{path.relative_to(REPO)}: {name}"
        for path in (REPO / "bots").rglob("*.py")
        for name in imports_of(path)
        if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN)
    )
    assert offenders == []

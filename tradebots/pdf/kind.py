"""A readable PDF of another kind than a bot reads: the typed error and a guess at what it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from tradebots.errors import BusinessError

# What another document may be ("an invoice"), each with the words that betray it.
KindHints = Sequence[tuple[str, re.Pattern[str]]]


def guess_kind(text: str, hints: KindHints) -> str | None:
    """The first hint whose pattern occurs in the text, or None."""
    return next((what for what, pattern in hints if pattern.search(text)), None)


class WrongDocument(BusinessError):
    """A readable PDF that is not `kind` (it lacks what `lacks` says): a person must look at it."""

    def __init__(
        self, path: Path, kind: str, lacks: str, *, code: str, looks_like: str | None = None
    ) -> None:
        hint = f"; it looks like {looks_like}" if looks_like else ""
        super().__init__(
            f"{path}: not {kind} ({lacks}{hint})",
            code=code,
            data={"path": str(path), "looks_like": looks_like},
        )

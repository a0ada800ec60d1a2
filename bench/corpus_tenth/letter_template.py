"""rinohtype's article template without its table of contents: a letter has none."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rinoh.attribute import OverrideDefault
from rinoh.template import ContentsPartTemplate
from rinoh.templates import Article


class LetterContents(ContentsPartTemplate):  # type: ignore[misc]
    """The document's own flowables only."""

    def _flowables(self, document: Any) -> Iterator[Any]:
        yield from super()._flowables(document)


class Letter(Article):  # type: ignore[misc]
    """Article pages, letter contents."""

    parts = OverrideDefault(["contents"])
    contents = LetterContents(page_number_format="number")

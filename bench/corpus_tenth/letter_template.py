"""rinohtype's article template without its table of contents: a letter has none."""

from __future__ import annotations

from rinoh.attribute import OverrideDefault
from rinoh.template import ContentsPartTemplate
from rinoh.templates import Article


class Letter(Article):  # type: ignore[misc]
    """Article pages; the contents part is the document's own flowables, no TOC section."""

    parts = OverrideDefault(["contents"])
    contents = ContentsPartTemplate(page_number_format="number")

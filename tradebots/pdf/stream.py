"""A document's words as one searchable text, so that regular expressions can read running prose
(a date broken over two lines included) and still give the evidence of what they matched."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from tradebots.facts import Evidence
from tradebots.pdf.words import Segment, Word, evidence_of


class TextStream:
    """Words joined by spaces, lines by newlines; spans map back to the words."""

    def __init__(self, lines: Sequence[Sequence[Segment]]) -> None:
        parts: list[str] = []
        self._starts: list[int] = []
        self._words: list[Word] = []
        position = 0
        for line in lines:
            if parts:
                parts.append("\n")
                position += 1
            for index, word in enumerate(w for s in line for w in s.words):
                if index:
                    parts.append(" ")
                    position += 1
                self._starts.append(position)
                self._words.append(word)
                parts.append(word.text)
                position += len(word.text)
        self.text = "".join(parts)

    def words(self, start: int, end: int) -> list[Word]:
        """The words overlapping characters start..end."""
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        result = []
        for index in range(first, len(self._words)):
            begin = self._starts[index]
            if begin >= end:
                break
            if begin + len(self._words[index].text) > start:
                result.append(self._words[index])
        return result

    def evidence(self, start: int, end: int) -> Evidence | None:
        """Evidence for characters start..end: page, box and the words as printed."""
        words = self.words(start, end)
        return evidence_of(words) if words else None

    def finditer(self, pattern: re.Pattern[str], start: int = 0) -> Iterator[re.Match[str]]:
        return pattern.finditer(self.text, start)

    def search(self, pattern: re.Pattern[str], start: int = 0) -> re.Match[str] | None:
        return pattern.search(self.text, start)

    def line_of(self, position: int) -> tuple[int, int]:
        """The span of the line holding `position`."""
        begin = self.text.rfind("\n", 0, position) + 1
        end = self.text.find("\n", position)
        return begin, len(self.text) if end < 0 else end

"""A case system's export prints "key = value" lines ("case_no = X", "ior_no = 12-...",
"ImporterNo=12-..."): each key is spelled out as the words of the label it stands for, so the
label bank reads it; the "=" is taken as the label's colon by the header reader."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

# A key is one identifier: snake_case, dotted or camelCase ("case_no", "party.name", "IorNo").
_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+")
_GLUED = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_.]*?):?=(?P<value>.+)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = ("=", ":=")


def spelled_keys(segments: Sequence[Segment]) -> list[Segment]:
    """The segments with each "key =" or "key=value" key written as its words."""
    out = list(segments)
    for index, segment in enumerate(out):
        following = out[index + 1] if index + 1 < len(out) else None
        out[index] = Segment(tuple(_spelled(segment, following)))
    return out


def _spelled(segment: Segment, following: Segment | None) -> list[Word]:
    words = list(segment.words)
    spelled: list[Word] = []
    for position, word in enumerate(words):
        if (glued := _GLUED.fullmatch(word.text)) and _is_key(glued.group("key")):
            spelled.extend(_split(word, glued.group("key"), glued.group("value")))
            continue
        after = words[position + 1] if position + 1 < len(words) else _first(following, word)
        if _KEY.fullmatch(word.text) and after is not None and after.text.startswith(_SEPARATORS):
            word = replace(word, text=_words_of(word.text))
        spelled.append(word)
    return spelled


def _first(following: Segment | None, word: Word) -> Word | None:
    """The first word of the next segment when it is on the same line as `word`."""
    if following is None or following.page != word.page:
        return None
    first = following.words[0]
    return first if abs(first.top - word.top) < word.height / 2 else None


def _is_key(text: str) -> bool:
    return bool(_KEY.fullmatch(text)) or text.isalpha()


def _words_of(key: str) -> str:
    """A key's words: "party_name", "PartyName" and "party.name" are all "party name"."""
    return re.sub(r"[_.]+", " ", _CAMEL.sub(" ", key)).strip()


def _split(word: Word, key: str, value: str) -> list[Word]:
    """A glued "ior_no=12-3456789" as two words placed by their share of it, the key spelled."""
    cut = word.x0 + (word.x1 - word.x0) * (len(key) + 1) / len(word.text)
    return [replace(word, x1=cut, text=_words_of(key)), replace(word, x0=cut, text=value)]

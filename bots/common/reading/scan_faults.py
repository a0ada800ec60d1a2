"""Small faults a scan's OCR text layer makes in words, mended before reading: a signature's
"/S/" in capitals or run into its signature line ("_/S/"), a middle initial run into the name
before it with its full stop set apart ("ThomasJ . Ferrante")."""

from __future__ import annotations

import re
from dataclasses import replace

from tradebots.pdf import Word

_SIGNED = re.compile(r"^_*/[sS]/")


def mended(words: list[Word]) -> list[Word]:
    """The words of one cell with a scan's faults mended."""
    return _initials([replace(w, text=_SIGNED.sub("/s/", w.text)) if _SIGNED.match(w.text) else w
                      for w in words])


# A scan's text layer runs a middle initial into the name before it and sets its full stop
# apart: "ThomasJ . Ferrante" for "Thomas J. Ferrante".
_GLUED_INITIAL = re.compile(r"^(?P<name>[A-Z][a-z]{2,})(?P<initial>[A-Z])\.?$")


def _initials(words: list[Word]) -> list[Word]:
    """Words with a lone full stop put back on the word before it and an initial run into a
    name parted from it ("ThomasJ ." as "Thomas J.")."""
    out: list[Word] = []
    for word in words:
        if word.text == "." and out:
            out[-1] = replace(out[-1], text=out[-1].text + ".", x1=word.x1)
        else:
            out.append(word)
    parted: list[Word] = []
    for index, word in enumerate(out):
        match = _GLUED_INITIAL.match(word.text)
        # Only before a capitalised surname: "Thomas J. Ferrante", never a word of its own.
        after = out[index + 1].text if index + 1 < len(out) else ""
        if match is None or not word.text.endswith(".") or not after[:1].isupper():
            parted.append(word)
            continue
        cut = word.x0 + (word.x1 - word.x0) * len(match.group("name")) / len(word.text)
        parted += [replace(word, text=match.group("name"), x1=cut),
                   replace(word, text=match.group("initial") + ".", x0=cut)]
    return parted

"""The goods named in apposition inside the lodging sentence, as a small importer writes them:
"on goods we imported, namely LED high-bay luminaires, 150 W, model HB-150, covered by entry
...", "the merchandise, i.e. steel spades, imported under entry ...", "the articles concerned,
specifically Cotton bath towels (entry ...)". The specific description 174.13(a)(5) asks for is
given, though no label names it."""

from __future__ import annotations

import re

from bots.common.reading.lines import fold
from bots.protest_intake.extract_fields import Fields
from tradebots.pdf import TextStream

GOODS_IN_SENTENCE = 0.75  # where a description inside a sentence ends is the reader's judgment
# A word for goods, a few words of what was done with them, then the word that opens the
# apposition: "goods we imported, namely", "merchandise, i.e.", "products at issue, to wit".
_NAMELY = re.compile(
    r"(?i)\b(?:goods|merchandise|products|articles|items|imports|wares)\b[^.;:,]{0,40}?"
    # Set off by a comma, a dash or a bracket: "are specifically provided for" is an adverb.
    r"(?:,|\s[-–—]|\s?\()\s*"
    r"(?:namely|viz\.?|to\s+wit|i\.\s?e\.|that\s+is|specifically)\s*[,:]?\s+")
# Where the goods' name ends: the entries they came under, or the sentence's end.
_ENDS = re.compile(
    r"(?i),?\s*\(\s*entr(?:y|ies)\b"
    r"|,?\s+(?:(?:which|that)\s+(?:(?:we|I)\s+|(?:was|were|had\s+been|have\s+been)\s+)?)?"
    r"(?:imported|entered|covered|shipped|came\s+in|arrived|brought\s+in|cleared|released)"
    r"\s+(?:under|on|by|in|with|through)\s+(?:the\s+)?entr(?:y|ies)\b"
    r"|\.(?=\s+[A-Z]|\s*$)|;")
# A stop after an abbreviation ("item nos. CI-550 and CI-552", "approx. 5 kg") ends nothing.
_ABBREVIATED = re.compile(r"(?i)\b(?:nos?|art|arts|ref|approx|incl|pt|pts|vol|dept|ca|cf|[a-z])\.$")
_MOST = 160  # characters: a description, not the rest of the letter
# What a charges protest names in apposition is a fee, not goods ("namely the merchandise
# processing fee"); "heavy-duty" goods are goods, so duty is not among these.
_NOT_GOODS = re.compile(r"(?i)\b(?:fees?|charges?|exactions?|tax(?:es)?|surcharges?)\b")


def read_goods_namely(stream: TextStream, fields: Fields) -> None:
    """The first apposition after a word for goods that ends at the entries or the sentence."""
    text = stream.text
    for match in stream.finditer(_NAMELY):
        end = next((stop for stop in _ENDS.finditer(text, match.end(), match.end() + _MOST)
                    if not _ABBREVIATED.search(text, match.end(), stop.end())), None)
        if end is None:
            continue
        what = fold(text[match.end():end.start()])
        if len(what.split()) >= 2 and not _NOT_GOODS.search(what):
            fields.put("merchandise_description", what,
                       stream.evidence(match.end(), end.start()), GOODS_IN_SENTENCE)
            return

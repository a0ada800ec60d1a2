"""The sender's own word that this is not its first protest on the entry: "This is the
protestant's second protest on this entry: its protest no. 5301-25-422408 ... contests the
appraised value of the same merchandise", "Note we already protested this same entry and these
same goods (Protest 3002-25-407314 ...) on value". Only one protest per entry and category of
merchandise is allowed, whatever decision it attacks (19 U.S.C. 1514(c)(1), Russ Togs): the
document itself can say what the portal's protests on file would.

A protest whose disposition is asked for (174.13(a)(7)) is another matter: it covers other
entries, so a sentence that names no entry of this protest as protested before is not read."""

from __future__ import annotations

import re

from bots.common.reading.sentences import sentence_spans
from bots.protest_intake.extract_fields import PROSE, Fields, protest_number_in
from bots.protest_intake.model import StatedEarlierProtest
from tradebots.pdf import TextStream

KEY = "stated_earlier_protest"
# That a protest was made before: "already protested", "previously filed a protest", "our
# second protest", "its earlier protest", "a protest filed before".
_BEFORE = re.compile(
    r"(?i)\b(?:already|previously|earlier|before)\s+(?:(?:have|has|had)\s+)?"
    r"(?:protested|filed|lodged|submitted|made)\b"
    r"|\b(?:have|has|had)\s+(?:already\s+|previously\s+)?protested\b"
    r"|\b(?:second|another|earlier|prior|previous|first|original|other)\s+protest\b"
    # A protest named by its number and said to have been filed, in either voice: "Protestant
    # filed Protest No. N on ...", "Protest N ... was lodged by us on ...".
    r"|\b(?:filed|lodged|submitted)\s+(?:its\s+|our\s+|a\s+)?protest\s+(?:no\.?|number|#)?\s*\d{4}"
    r"|\bprotest\s+(?:no\.?|number|#)?\s*\d{4}\s*-\s*\d{2,4}\s*-\s*\d{6}\)?,?\s+"
    r"(?:(?:\S+\s+){0,8}?)(?:was|were|has\s+been|had\s+been)\s+(?:filed|lodged|submitted|received)\b")
# This protest itself named with its number ("This protest, No. N, was filed on this entry"):
# filed now, not before.
_THIS_PROTEST = re.compile(
    r"(?i)\b(?:this|the\s+present|the\s+instant)\s+protest\s*[,(]?\s*(?:no\.?|number|#)?\s*\d{4}")
# The entry this protest covers: "this entry", "the same entry", "these same entries".
_SAME_ENTRY = re.compile(
    r"(?i)\b(?:this|these)\s+(?:same\s+|very\s+)?entr(?:y|ies)\b(?!\s+(?:date|no))"
    r"|\bsame\s+entr(?:y|ies)\b")
# Other entries named: an earlier protest on them is not a second one on this entry.
_OTHER_ENTRY = re.compile(r"(?i)\b(?:other|different|another|earlier|prior)\s+entr(?:y|ies)\b")
# The goods: "the same merchandise", "these same goods", "the same products".
_SAME_GOODS = re.compile(
    r"(?i)\bsame\s+(?:goods|merchandise|products?|articles?|items?|shipments?|imports?)\b")
# Who made it: the sender in its own voice, or the protestant named as such.
_OWN = re.compile(
    r"(?i)\b(?:we|our|us|I|my|its|their)\b|\b(?:the|this)\s+protestant(?:'s)?\b|^protestant\b")
# Said not to have happened: "No other protest has been filed on this entry", "we have not
# previously protested this entry". "No." before a number is the number's caption.
_DENIED = re.compile(r"(?i)\b(?:no(?!\.?\s*\d)|not|never|none|nor|neither|without)\b|n[’']t\b")
_PROTEST_NUMBER = re.compile(r"\d{4}\s*-\s*\d{2,4}\s*-\s*\d{6}")


def read_stated_earlier(stream: TextStream, fields: Fields) -> None:
    """The first sentence saying an entry of this protest was protested before; a protest
    number it names is the earlier protest's, never this one's."""
    text = stream.text
    for start, end in sentence_spans(text):
        sentence = " ".join(text[start:end].split())
        before = _BEFORE.search(sentence)
        if before is None or not _SAME_ENTRY.search(sentence) or _OTHER_ENTRY.search(sentence) \
                or _DENIED.search(sentence, 0, before.end()) \
                or _THIS_PROTEST.search(sentence):
            continue
        found = _PROTEST_NUMBER.search(sentence)
        number = protest_number_in(found.group(0)) if found else None
        stated = StatedEarlierProtest(number, bool(_SAME_GOODS.search(sentence)),
                                      bool(_OWN.search(sentence)))
        fields.put(KEY, stated, stream.evidence(start, end), PROSE)
        own = fields.items.get("protest_number")
        if number is not None and own is not None and own.value == number:
            del fields.items["protest_number"]
        return

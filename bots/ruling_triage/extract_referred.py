"""A classification fact the letter gives by pointing to a paper it encloses: "Component materials
by weight are shown on the attached specification sheet", "Materials: see the enclosed bill of
materials", "The composition is set out in Exhibit B" (19 CFR 177.2(b)(2)(ii)(A))."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span, sentences

# The fact named first; the words that send the reader to the paper follow in the same clause.
_FACTS = {
    "component_materials": (r"(?:component\s+)?materials?|composition"
                            r"|(?:bill|list)\s+of\s+materials"),
    "principal_use": r"principal\s+use|intended\s+use|end\s+use",
}
# "(are) shown/set out/listed/given/stated/detailed/broken down on/in the attached X",
# "see (the) enclosed X", "appear in Exhibit B", "per the accompanying data sheet".
_PAPER = (r"(?:the\s+|our\s+)?(?:attached|enclosed|accompanying|appended)\b"
          r"|(?:the\s+)?(?:exhibit|annex|appendix|attachment|enclosure|schedule)\s+[A-Z0-9]{1,3}\b")
_POINTER = (r"(?:(?:are|is)\s+)?(?:shown|set\s+(?:out|forth)|listed|given|stated|detailed"
            r"|itemi[sz]ed|broken\s+down|described|specified|provided|found)\s+(?:on|in)\s+"
            rf"(?:{_PAPER})|(?:see|per|as\s+per|appear(?:s)?\s+(?:on|in))\s+(?:{_PAPER})")
_NEGATED = re.compile(r"\b(?:not|no|never|without|will\s+follow|to\s+follow|later)\b", re.I)
# The clause ends at a semicolon or the sentence's end.
_CLAUSE_END = re.compile(r";")
# A referred fact is less sure than a fact stated: the paper it points to is not read.
REFERRED = PROSE - 0.1


def read_referred_facts(items: list[Paragraph], fields: Fields) -> None:
    """COMPONENT_MATERIALS / PRINCIPAL_USE from a clause that gives them as shown in an enclosed
    paper, where no other cue gave them; the clause is the value."""
    for key, words in _FACTS.items():
        if fields.value(key):
            continue
        pattern = re.compile(rf"\b(?:{words})\b[^;.:\n]{{0,40}}?[:,]?\s*(?:{_POINTER})", re.I)
        found = _first(items, pattern)
        if found is not None:
            fields.put_span(key, found.flat, found, REFERRED)


def _first(items: list[Paragraph], pattern: re.Pattern[str]) -> Span | None:
    for paragraph in items:
        for sentence in sentences(paragraph):
            text = sentence.text.replace("\n", " ")
            if (match := pattern.search(text)) is None:
                continue
            end = _CLAUSE_END.search(text, match.end())
            clause = text[match.start():end.start() if end else len(text)].rstrip(" .")
            if _NEGATED.search(clause):
                continue  # "no specification sheet is attached", "materials will follow"
            start = sentence.start + match.start()
            return Span(paragraph, start, start + len(clause))
    return None

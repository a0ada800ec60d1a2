"""Labels and phrasings per field, matched tolerant of case, punctuation, line breaks and small
misspellings, so that a reader looks for a field by what senders write rather than one wording.

A phrase is written as plain words: "further review requested". Between its words any run of
white space or punctuation matches (a label broken over two lines, "Port-of-entry"); a word
ending in "*" matches any ending ("liquidat*"); a word in brackets is optional ("[the]").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_BETWEEN = r"[\W_]+"
_HEADING_SCORE = 88.0  # rapidfuzz ratio (0-100) above which a short line is taken as a heading


def _word(word: str) -> str:
    optional = word.startswith("[") and word.endswith("]")
    core = word[1:-1] if optional else word
    body = re.escape(core.rstrip("*")) + (r"\w*" if core.endswith("*") else "")
    return f"(?:{body}{_BETWEEN})?" if optional else body


def phrase_regex(phrase: str) -> str:
    """The regular expression for one phrase (no flags; compile it with re.I)."""
    parts: list[str] = []
    for word in phrase.split():
        piece = _word(word)
        if parts and not parts[-1].endswith(")?"):
            parts.append(_BETWEEN)
        parts.append(piece)
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of the phrases, longest first so the fullest wording wins."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_regex(p)})" for p in ordered), re.I)


def fold_label(text: str) -> str:
    """A label reduced to lower-case words: what fuzzy comparison looks at."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@dataclass(frozen=True)
class PhraseBank:
    """Phrasings per field; `search` finds any of them, `heading` matches a line fuzzily."""

    phrases: Mapping[str, Sequence[str]]

    def pattern(self, field: str) -> re.Pattern[str]:
        return _compiled(tuple(self.phrases[field]))

    def search(self, field: str, text: str, start: int = 0) -> re.Match[str] | None:
        return self.pattern(field).search(text, start)

    def finditer(self, field: str, text: str, start: int = 0) -> Iterator[re.Match[str]]:
        return self.pattern(field).finditer(text, start)

    def heading(self, field: str, line: str, score: float = _HEADING_SCORE) -> bool:
        """Whether a short line reads as one of the field's phrasings (numbering ignored), as
        printed or with its abbreviations spelled out ("Mdse. Desc." as "merchandise
        description")."""
        folded = re.sub(r"^(?:[ivx]+|\d+|[a-z])\s+", "", fold_label(line))
        if not folded or len(folded) > 80:
            return False
        choices = [fold_label(p.replace("*", "").replace("[", "").replace("]", ""))
                   for p in self.phrases[field]]
        return any(
            (best := process.extractOne(form, choices, scorer=fuzz.ratio)) is not None
            and best[1] >= score
            for form in dict.fromkeys((folded, spelled_out(folded)))
        )


# What customs forms, brokers' systems and clerks abbreviate in captions, spelled out.
ABBREVIATIONS = {
    "mdse": "merchandise", "merch": "merchandise", "desc": "description", "descr": "description",
    "addr": "address", "add": "address", "imp": "importer", "impr": "importer",
    "rec": "record", "recd": "received", "rcvd": "received", "no": "number", "nbr": "number",
    "num": "number", "dt": "date", "liq": "liquidation", "liqd": "liquidation",
    "prot": "protest", "ior": "importer of record", "ent": "entry", "qty": "quantity",
    "amt": "amount", "req": "request", "reqd": "requested", "acc": "accelerated",
    "accel": "accelerated", "disp": "disposition", "cat": "category", "dec": "decision",
    "decn": "decision", "sig": "signature", "auth": "authorized",
}


def spelled_out(folded: str) -> str:
    """A folded label with each abbreviated word spelled out ("imp of rec no" -> "importer of
    record number"); "rec d" (from "Rec'd") is read as "received"."""
    words = re.sub(r"\b(rec|rcv) d\b", "recd", folded).split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _compiled(phrases: tuple[str, ...]) -> re.Pattern[str]:
    if phrases not in _CACHE:
        _CACHE[phrases] = compile_phrases(phrases)
    return _CACHE[phrases]


# Cues every kind of letter shares: where the body ends and a signature block begins.
CLOSINGS = PhraseBank({
    "closing": (
        "respectfully submitted", "respectfully", "submitted", "sincerely", "sincerely yours",
        "very truly yours", "yours truly", "yours faithfully", "best regards", "regards",
        "kind regards", "cordially", "thank you",
    ),
})


# A questionnaire numbers its questions: "Q3.", "Q 3)", "Question 3:", "Item 3 -".
_QUESTION_NUMBER = re.compile(r"^\s*(?:q|question|item)\s*\d{1,2}[a-z]?\b\s*[.):\-–]?\s*", re.I)
_LINE_NUMBER = re.compile(r"^\s*\(?\d{1,2}[a-z]?\s*[.)]\s*")
# How a question opens before it names what it asks for: "What is the", "Who are", "Please
# state the", "List every", "Give your".
_ASKING = re.compile(
    r"^(?:please\s+)?(?:(?:what|which|who|whose|where|when)(?:\s+(?:is|are|was|were))?"
    r"|state|list|give|provide|enter|describe|identify|specify|indicate|supply|show)\s+"
    r"(?:(?:the|each|every|all|any|your|its|their)\s+)?", re.I)
# What a question says of its subject after naming it: "What merchandise is involved?", "Which
# decision is protested?", "Protest number, if CBP assigned one?", "... (19 CFR 174.24)?".
_ASKED_TAIL = re.compile(
    r"\s*(?:,\s*(?:if|where|when)\b.*|\s(?:is|are|was|were)\s+(?:involved|protested|concerned"
    r"|covered|at\s+issue|in\s+issue|imported|objected\s+to))$", re.I)
_NOTE_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_QUESTION_WORDS = 14  # a printed question is short; a sentence ending in "?" in a letter is not


def numbered_question(line: str) -> bool:
    """Whether LINE is a questionnaire's numbered question ("Q9. Is any entry subject to
    drawback?", "9. Any drawback?"): the next item's head, however the text runs on."""
    text = line.strip()
    return bool(_QUESTION_NUMBER.match(text)) or (
        bool(_LINE_NUMBER.match(text)) and text.endswith("?")
        and len(text.split()) <= _QUESTION_WORDS)


def asked_caption(line: str) -> str | None:
    """What a printed question asks for, as a caption would name it ("Q3. Importer of record
    number?" -> "Importer of record number", "5. What merchandise is involved?" ->
    "merchandise"); None when LINE is no numbered or short question."""
    text = line.strip()
    numbered = _QUESTION_NUMBER.match(text)
    if not numbered and not text.endswith("?"):
        return None
    body = text[numbered.end():] if numbered else _LINE_NUMBER.sub("", text)
    body = body.rstrip("?.: ").strip()
    if not body or len(body.split()) > _QUESTION_WORDS:
        return None
    for _ in range(2):  # a note and a tail may come in either order
        body = _ASKED_TAIL.sub("", _NOTE_TAIL.sub("", body)).strip()
    body = _ASKING.sub("", body).strip()
    return body or None

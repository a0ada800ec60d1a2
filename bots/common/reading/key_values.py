"""Labels written with another separator, read as the labelled lines they are: a system export's
"key = value" ("protestant_name = X", "ImporterNo=12-...") with the key's words spelled out, and a
numbered paragraph's run-in heading ("2. Importer number. 12-3456789") or a heading set off by a
dash ("Protestant — Acme Co.") with a colon. Used by all three readers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

# A key is one identifier (snake_case, camelCase, dotted) or up to four capitalised words; "="
# or ":=" stands alone or is glued to the key ("port_code=4601").
_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*")
_GLUED = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_.-]*?)\s*:?=(?P<rest>.*)")
_SEPARATOR = frozenset({"=", ":="})
_MOST_KEY_WORDS = 4
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NUMBERED = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[A-Ha-h])[.)]")
# A run-in heading: a capitalised word and at most two lower-case ones, the last ending in a
# period. "Acme Corp." (a second capital) or "No." (an abbreviation) is no heading.
_HEADING_FIRST = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}")
_HEADING_MORE = re.compile(r"[a-z]+|[A-Z]{2,}")
_MOST_HEADING_WORDS = 3
_DASHES = frozenset({"-", "--", "–", "—"})
_SHORTEST_LAST = 4  # letters: "Inc." or "No." ends an abbreviation, not a heading


def key_value_line(line: Sequence[Segment], headings: bool = True) -> list[Segment]:
    """The line with each "key = value" that starts a segment written as "key words: value" and
    (with HEADINGS) a leading run-in heading's period or dash as a colon; other segments as they
    are."""
    return _read_line(line, headings, apart=False)[0]


def key_value_lines(lines: Sequence[Sequence[Segment]], headings: bool = True
                    ) -> list[list[Segment]]:
    """LINES as key_value_line reads each, but a key typed apart from its value ("ADDR1=" | "9
    Main St", a tab stop between) stays a caption beside it, so that the value's wrapped lines
    run on under it; and a record's next address line ("ADDR2= Lowell, MA") or port ("PORT.2=")
    loses its key: its value runs on under the first's, one address or one list of ports."""
    out: list[list[Segment]] = []
    previous: tuple[str, int] | None = None
    for line in lines:
        read, key = _read_line(line, headings, apart=True)
        if (key is not None and previous is not None and key[0] == previous[0]
                and key[1] == previous[1] + 1 and len(read) > 1):
            read = read[1:]
        out.append(read)
        previous = key
    return out


def _read_line(line: Sequence[Segment], headings: bool, *, apart: bool
               ) -> tuple[list[Segment], tuple[str, int] | None]:
    """The line read (see key_value_line) and its first key's stem and number when the key is
    a list's numbered line ("PARTY.ADDR2" -> ("party.addr", 2)); APART keeps each key and value
    in the segments they were typed in."""
    out: list[Segment] = []
    numbered: tuple[str, int] | None = None
    for number, run in enumerate(_runs(line)):
        words = [w for s in run for w in s.words]
        if (spelled := _spelled(words)) is not None:
            if not number and (match := _list_line(_raw_key(words))):
                numbered = (match["stem"].lower(), int(match["n"]))
            out.extend(_regrouped(run, spelled) if apart else [Segment(tuple(spelled))])
            continue
        if number or not headings:
            out.extend(run)
        elif len(run) > 1 and (own := _run_in_heading(list(run[0].words))) is not None:
            # The heading and its value within the first cell ("CBP USE - PROTEST NO." beside
            # "CBP USE - DATE RECEIVED"): the line's other cells stay cells of their own.
            out.extend([Segment(tuple(own)), *run[1:]])
        else:
            heading = _run_in_heading(words)
            out.extend([Segment(tuple(heading))] if heading is not None else run)
    return out, numbered


# A numbered key: "ADDR2", "address_line_2", "PORT.2". An address's lines are one value, and
# so are the ports a record lists one key each.
_NUMBERED_KEY = re.compile(r"(?P<stem>.*?[A-Za-z])[_.]?(?P<n>\d{1,2})")
_LIST_KEY = re.compile(r"(?:addr|address|adr|street|line|ports?)(?:[_.]?line)?$", re.I)


def _list_line(key: str) -> re.Match[str] | None:
    """KEY as a list's numbered line ("ADDR2", "PORT.1"): its stem and number; else None."""
    numbered = _NUMBERED_KEY.fullmatch(key)
    return numbered if numbered and _LIST_KEY.search(numbered["stem"]) else None


def _raw_key(words: list[Word]) -> str:
    """The key as typed: the words before the separator, or a glued key's own text."""
    for index, word in enumerate(words):
        if word.text in _SEPARATOR:
            return " ".join(w.text for w in words[:index])
        if glued := _GLUED.fullmatch(word.text):
            return glued.group("key")
    return ""


def _regrouped(run: Sequence[Segment], spelled: list[Word]) -> list[Segment]:
    """The spelled words in the run's own segments: a key typed apart from its value ("ADDR1="
    | "9 Main St") stays a caption beside its value, whose wrapped lines run on under it."""
    home = {id(word): index for index, segment in enumerate(run) for word in segment.words}
    groups: dict[int, list[Word]] = {}
    at = 0
    for word in spelled:
        at = home.get(id(word), at)
        groups.setdefault(at, []).append(word)
    return [Segment(tuple(words)) for _, words in sorted(groups.items())]


def _runs(line: Sequence[Segment]) -> list[list[Segment]]:
    """The line cut before each later segment that starts its own "key = value": an export's
    two columns ("case_no = X    ior_no = Y") stay two labelled segments. A key may stand in one
    segment and its "= value" in the next."""
    runs: list[list[Segment]] = []
    for index, segment in enumerate(line):
        rest = [w for s in line[index:] for w in s.words]
        if not runs or _spelled(rest) is not None:
            runs.append([segment])
        else:
            runs[-1].append(segment)
    return runs


def _run_in_heading(words: list[Word]) -> list[Word] | None:
    """"2. Importer number. 12-..." (numbered) or "Importer number - 12-..." (a dash, numbered
    or not): the heading's period or the dash becomes its colon."""
    first = 1 if words and _NUMBERED.fullmatch(words[0].text) else 0
    for index, word in enumerate(words[first:first + _MOST_HEADING_WORDS + 1], start=first):
        if index > first and word.text in _DASHES:
            if index + 1 >= len(words):
                return None
            last = words[index - 1]
            return [*words[:index - 1], replace(last, text=last.text + ":"), *words[index + 1:]]
        if index == first + _MOST_HEADING_WORDS:
            return None
        bare = word.text[:-1] if word.text.endswith(".") else word.text
        pattern = _HEADING_FIRST if index == first else _HEADING_MORE
        if not pattern.fullmatch(bare):
            return None
        if word.text.endswith("."):
            if not first or len(bare) < _SHORTEST_LAST or index + 1 >= len(words):
                return None
            return [*words[:index], replace(word, text=bare + ":"), *words[index + 1:]]
    return None


def _spelled(words: list[Word]) -> list[Word] | None:
    for index, word in enumerate(words[:_MOST_KEY_WORDS + 1]):
        if word.text in _SEPARATOR:
            key = words[:index]
            if not key or not all(_KEY.fullmatch(w.text) for w in key):
                return None
            # A key of several words is a caption ("Port Code = 4601"); lower-case words
            # before "=" are a sentence's arithmetic ("the duty paid = 4.5 percent").
            if len(key) > 1 and not all(w.text[0].isupper() for w in key):
                return None
            rest = words[index + 1:]
            if not rest:
                return None  # "key =" with no value: nothing to label
            return [*(_words_of(w) for w in key[:-1]), _label(key[-1]), *rest]
        if glued := _GLUED.fullmatch(word.text):
            if index or not _KEY.fullmatch(glued.group("key")):
                return None
            key_word, value = _split(word, glued.group("key"), glued.group("rest"))
            rest = [value, *words[1:]] if value is not None else words[1:]
            if not rest:
                return None
            return [_label(key_word), *rest]
        if not _KEY.fullmatch(word.text):
            return None
    return None


# A dotted key's parts in a record's own shorthand ("REQ.DATE", "PARTY.REQUESTER.ADDR1").
_SHORTHAND = {"req": "request", "addr": "address", "desc": "description", "txn": "transaction",
              "stmt": "statement", "dt": "date", "qty": "quantity"}
# A record's grouping of its keys, no word of the field's caption.
_GROUPS = frozenset({"fact", "facts", "data", "info", "detail", "details", "field", "fld", "rec",
                     "record", "hdr", "header", "body", "misc", "doc"})
_DOTTED_PARTS = 2  # a dotted key's last parts name its field; those before it, its record


def _words_of(word: Word) -> Word:
    """A key's identifier as words: "protestant_name" / "ProtestantName" -> "protestant name";
    a dotted record key by its last parts, shorthand spelled out ("PARTY.REQUESTER.NAME" ->
    "REQUESTER NAME", "REQ.DATE" -> "REQUEST DATE", "ADDR1" -> "ADDRESS"), without a
    group's word ("FACT.PRINCIPAL_USE" -> "PRINCIPAL USE"), a list's first line without its
    number ("PORT.1" -> "PORT")."""
    text = word.text
    if numbered := _list_line(text):
        text = numbered["stem"]  # "PORT.1", "ADDR1": the first of a list a record numbers
    if "." in text.strip("."):
        parts = [p for p in text.split(".") if p][-_DOTTED_PARTS:]
        if len(parts) > 1 and parts[0].lower() in _GROUPS:
            parts = parts[1:]  # "FACT.PRINCIPAL_USE": the record's group names no field
        text = ".".join(_spelled_part(p) for p in parts)
    text = _CAMEL.sub(" ", text)
    return replace(word, text=re.sub(r"[_.]+", " ", text))


def _spelled_part(part: str) -> str:
    """A key's part with its shorthand spelled out in the part's own case ("REQ" -> "REQUEST",
    "Addr2" -> "Address"), so a spelled caption opens on a capital as a typed one does."""
    full = _SHORTHAND.get(re.sub(r"\d+$", "", part).lower())
    if full is None:
        return part
    if part.isupper():
        return full.upper()
    return full.capitalize() if part[0].isupper() else full


def _label(word: Word) -> Word:
    spelled = _words_of(word)
    return replace(spelled, text=spelled.text + ":")


def _split(word: Word, key: str, value: str) -> tuple[Word, Word | None]:
    """A glued "ior_no=12-3456789" as its key and value, each placed by its share of the word."""
    if not value:
        return replace(word, text=key), None
    cut = word.x0 + (word.x1 - word.x0) * (len(word.text) - len(value)) / len(word.text)
    return replace(word, x1=cut, text=key), replace(word, x0=cut, text=value)


# An export's key before a colon: an identifier joined by underscores ("domestic_value:"), which
# no caption typed for people is.
_SNAKE_KEY = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+):")


def snake_key_line(line: Sequence[Segment]) -> list[Segment]:
    """The line with each segment that opens on a "snake_key:" ("dutiable_value: 1.00") opening
    on its words ("dutiable value:"), as a caption typed for people reads."""
    out: list[Segment] = []
    for segment in line:
        first = segment.words[0] if segment.words else None
        key = _SNAKE_KEY.fullmatch(first.text) if first is not None else None
        if first is None or key is None:
            out.append(segment)
            continue
        out.append(Segment((_label(replace(first, text=key.group("key"))), *segment.words[1:])))
    return out

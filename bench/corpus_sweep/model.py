"""What a sweep document says (Doc) and how the sender lays it out (Spec)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

PIPES = {"pipe": " | ", "dot": " \u00b7 ", "slash": " / "}  # pipe-address: between the parts


@dataclass(frozen=True)
class Field:
    """One labelled value; LABELS holds every phrasing a sender uses (index 0 is the baseline)."""

    key: str
    labels: tuple[str, ...]
    lines: tuple[str, ...]
    scored: bool = True


@dataclass(frozen=True)
class Column:
    """An entries-table column: its header phrasings and whether its cells are scored text."""

    key: str
    labels: tuple[str, ...]
    scored: bool = True


@dataclass(frozen=True)
class Party:
    """The protestant / requester / violator as printed."""

    name: str
    address: tuple[str, ...]
    name_field: Field
    address_field: Field


@dataclass(frozen=True)
class Para:
    """A paragraph; SCORED holds the scored values printed inside it (checked in its box)."""

    heading: str
    text: str
    scored: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    name: str
    title: str
    org: str
    date: str


@dataclass
class Doc:
    """Everything a document of the sweep prints, before layout."""

    title: str
    to_lines: list[str]
    party: Party
    fields: list[Field]
    entries_intro: str
    columns: list[Column]
    rows: list[list[str]]
    entry_sentence: list[str]  # one clause per entry, for the sentence and list styles
    paragraphs: list[Para]
    closing: str
    signature: Signature
    agent: Party | None = None  # the law firm or broker that writes for the party, if any
    sentence_intro: str = "This protest covers"
    caption: str = "IN THE MATTER OF THE PROTEST OF"
    party_role: str = "Protestant"
    noise_lines: list[Para] = field(default_factory=list)
    top_lines: list[str] = field(default_factory=list)  # e-mail or fax header lines
    running: str = ""
    stamp_lines: list[str] = field(default_factory=list)
    stamp_value: str = ""
    heads: tuple[str, str] = ("", "")  # running head and foot; {page} and {pages} filled in
    pages: int = 0  # the page count, known on the second pass when a foot prints it
    sheet: DataSheet | None = None  # a product data sheet appended after the signature
    continued: str = ""  # the heading a continuation page opens with


@dataclass(frozen=True)
class DataSheet:
    """A maker's product data sheet: its letterhead and (heading, text, scored values) rows."""

    title: str
    maker: tuple[str, ...]
    rows: tuple[Para, ...]


@dataclass(frozen=True)
class Spec:
    """One sender's choices; the baseline is Spec() and each sweep variant changes one thing."""

    date_style: str = "long"
    money_style: str = "dollar"
    positions: tuple[tuple[str, str], ...] = ()   # (field key, position)
    wordings: tuple[tuple[str, int], ...] = ()    # (field or column key, phrasing index)
    entries: str = "table"
    entry_format: str = "dash"
    party: str = "fields"
    signature: str = "closing"
    noise: tuple[str, ...] = ()
    font: str = "Helvetica"
    labels_upper: bool = False
    values_upper: bool = False
    field_order: str = "normal"
    liq_marks: str = "yes_no"
    loss_column: str = ""
    stamp: str = ""
    address_oneline: bool = False
    # the sweep2 axes (README "Sweep 2"); each is off at its default
    pairs: str = ""           # GAP-N: N fields a line (2, 3) or "entries", GAP between pairs
    pipe_address: str = ""    # WHERE-SEP: the address on one line, parts split by SEP
    tagged: str = ""          # a tagged memo: TAGSTYLE-PLACE, "role" or "man"
    datasheet: str = ""       # the facts in an appended data sheet: headings, table, hts, maker
    heads: str = ""           # running heads and feet on every page
    continuation: str = ""    # part of the document goes on a continuation page
    recitals: str = ""        # the party (and the entries) named only in recitals
    tight: str = ""           # tight word spacing or letter-spaced capitals

    def address(self, lines: tuple[str, ...]) -> tuple[str, ...]:
        """The address lines as a field prints them: one joined line on those axes."""
        if self.pipe_address.startswith("field-"):
            return (PIPES[self.pipe_address.split("-")[1]].join(lines),)
        return (", ".join(lines),) if self.address_oneline else lines

    def position(self, key: str) -> str:
        return dict(self.positions).get(key, "colon")

    def wording(self, key: str) -> int:
        return dict(self.wordings).get(key, 0)

    def but(self, **changes: Any) -> Spec:
        return replace(self, **changes)

"""Text the reader did not place, and the absences it leaves open (issue 13).

A reader places a line when it reads a value or a label from it (the evidence of its fields) or
knows it for furniture (salutation, closing, page number, mail header, a citation). What is
left under a heading it does not know, or in a two-column table whose labels it could not map,
may hold any element the reader then failed to find: that element's absence is not concluded.
One rule for every kind; each reader gives its own data (`Element`s, its known headings).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from tradebots.facts import Evidence, Extracted
from tradebots.pdf import PdfDocument, Segment

Line = Sequence[Segment]
Box = tuple[float, float, float, float]
# A heading: a short phrase on a line of its own, opened by a capital (after a section mark
# "1.", "A)", "II -"), not a sentence; it may end with its colon.
_HEADING = re.compile(r"(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]?\s*[-\u2013\u2014.:)]?\s+)?"
                      r"[A-Z][A-Za-z&/'\u2019()-]*(?:\s+[A-Za-z&/'\u2019()-]+){0,5}\s*:?")
# A row's left cell the reader could not map: a caption of a few words, its colon optional.
_ROW_LABEL = re.compile(r"[A-Z][A-Za-z&/'\u2019().#-]*(?:\s+[A-Za-z&/'\u2019().#-]+){0,4}\s*:?")
# A caption run in before its text on one line, after a bullet maybe: "- Basis: the article ...".
_BULLET = re.compile(r"[-\u2022*\u2013]\s+")
_RUN_IN = re.compile(r"(?:[-\u2022*\u2013]\s+)?(?P<caption>[A-Z][A-Za-z&/'\u2019()-]*"
                     r"(?:\s+[A-Za-z&/'\u2019()-]+){0,3})\s*:\s+(?P<text>\S.*)")
# An interview's marks before a question and its answer: "Q:", "Question 3:", "A:", "Answer:".
_QUESTION_MARK = re.compile(r"(?:Q|Question|QUESTION)\s*\d{0,2}")
_ANSWER_MARK = re.compile(r"(?:A|Ans|Answer|ANSWER)\s*\d{0,2}")
# Furniture every reader knows for what it is: a mail header, a greeting or closing, a page's
# number or running mark, a bare citation, a line of contact details. It holds no element.
_FURNITURE = re.compile(
    r"(?i)\s*(?:(?:from|sent|to|cc|bcc|date|subject|re|attn|attention|fax|facsimile|tel|phone|e-?mail"
    r"|web|website|encl(?:osures?)?|attachments?|pages?|via)\b\s*[:.]?"
    r"|(?:dear|sincerely|regards|respectfully|yours|thank\s+you|best)\b"
    # a courtesy line: "Please contact me ...", "If you have any questions ...", "We appreciate"
    r"|(?:please\s+(?:do\s+not\s+hesitate\s+to\s+)?(?:contact|call|let|feel)|if\s+you\s+(?:have|need"
    r"|require)\s|(?:we|i)\s+(?:appreciate|thank|look\s+forward))"
    r"|(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$|-\s*\d{1,3}\s*-\s*$"
    r"|\d+\s+(?:U\.?S\.?C\.?|CFR)\b|/s/|https?://|www\.)")
# The stock notices a sender prints under their own caption: a fax's or e-mail's confidentiality
# notice or disclaimer, the certification that the above is true. They give no goods, objection
# or particular of a violation; a ruling's requester may sign one, so the ruling keeps its own.
STOCK_NOTICES = re.compile(
    r"(?i)(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+)?(?:(?:confidentiality|privacy|privilege)(?:\s+"
    r"(?:notice|statement|warning))?|disclaimer|(?:certification|declaration|attestation)(?:\s+of"
    r"\s+(?:accuracy|truth))?)\s*:?")
# The same notice known by its words under a caption of any name ("Notice:", "Important:"): the
# transmission, message or its contents meant only for the addressee, or privileged.
_STOCK_TEXT = re.compile(
    r"(?i)\s*(?:the\s+information\s+(?:contained\s+)?in\s+)?(?:this|the)\s+"
    r"(?:(?:fax|facsimile|e-?mail|electronic)\s+)?(?:transmission|message"
    r"|communication|fax|facsimile|e-?mail|document)s?(?:\s+and\s+(?:its|any)\s+"
    r"(?:attachments?|enclosures?|contents?))?\s+(?:is|are|may\s+be)\s+(?:meant|intended|"
    r"privileged|confidential)\b")
# The sections of a letter every reader reads as prose: looked at, they hold what it found there.
LETTER_SECTIONS = re.compile(
    r"(?i)(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]?\s*[-\u2013\u2014.:)]?\s+)?(?:(?:statement\s+of\s+"
    r"(?:the\s+)?)?(?:background|facts?|discussion|(?:legal\s+)?analysis|argument|conclusion"
    r"|introduction|request(?:ed)?|questions?\s+presented|issues?(?:\s+presented)?|law"
    r"|relief\s+requested)(?:\s+and\s+\w+)?)\s*:?")
_BODY_WORDS = 6  # words of text under a heading before it may hold an element
_ROWS = 2  # rows of a two-column table before its unmapped labels count
_REACH = 12  # lines under a heading read as its section
_ALIGN = 6.0  # points: a value's wrapped line starts where its cell does, give or take
_WRAPPED_CAPTION = 3  # words of a caption's wrapped line ("operation", "(proposed)")
_OVERLAP = 0.5  # share of a line's height an evidence box must cover to place it


Name = TypeVar("Name", str, int)


@dataclass(frozen=True)
class Element(Generic[Name]):
    """One element a kind may conclude absent (its `missing` string or item) and the field
    keys that give it."""

    name: Name
    keys: tuple[str, ...]
    # What unplaced text could hold it: a section under a heading on its own line, the text
    # after a caption run in before it ("Basis: ..."), or a two-column table's rows.
    holders: frozenset[str] = frozenset({"section", "run-in", "table"})
    # The words any statement of it uses, when a sender can state it only in a few ("personal
    # use", "disclosed"): unplaced text with none of them cannot give it (None: any text may).
    words: re.Pattern[str] | None = None

    def may_hold(self, text: Unplaced) -> bool:
        """Whether TEXT, left unplaced, may state this element."""
        return text.form in self.holders and (
            self.words is None or self.words.search(f"{text.heading} {text.text}") is not None)


@dataclass(frozen=True)
class Unplaced:
    """Text the reader did not place: its heading (or a table's labels) and the first words."""

    page: int
    heading: str
    text: str
    form: str  # "section", "run-in" or "table"

    @property
    def why(self) -> str:
        """Why an element's absence is not concluded, naming this text as evidence."""
        words = " ".join(self.text.split()[:12])
        return (f"the reader did not place the text under '{self.heading}' (page {self.page}: "
                f"'{words} ...'), which may give it, so its absence is not concluded")


def open_absences(document: PdfDocument, fields: Mapping[str, Extracted],
                  elements: Iterable[Element[Name]], known: Callable[[str], bool],
                  attached: Iterable[int] = ()) -> dict[Name, str]:
    """Each element not read (some key without a value) whose absence unplaced text leaves
    open, with why (naming that text); KNOWN tells the headings the reader reads, ATTACHED the
    pages it set aside that are part of what the sender gives (an enclosed data sheet)."""
    unread = [e for e in elements if any(not _given(fields.get(key)) for key in e.keys)]
    if not unread or document.any_scanned:  # a scan's absences are unsure on their own
        return {}
    found = unplaced_text(document, [f.evidence for f in fields.values() if f.evidence], known,
                          attached)
    return {e.name: held[0].why for e in unread
            if (held := [u for u in found if e.may_hold(u)])}


def unplaced_text(document: PdfDocument, placed: Sequence[Evidence],
                  known: Callable[[str], bool], attached: Iterable[int] = ()) -> list[Unplaced]:
    """Sections under headings the reader does not know, and tables whose labels it did not
    map, from none of whose lines it read a value (on the pages read and ATTACHED)."""
    found: list[Unplaced] = []
    read = set(document.page_numbers)
    for page in sorted({*read, *attached}):
        boxes = [e.bbox for e in placed if e.page == page]
        lines = [line for line in document.reading_lines(page) if line]
        # On a page set aside the reader looked under no heading, known to it or not.
        knows = known if page in read else _nothing
        found += _sections(page, lines, boxes, knows) + _tables(page, lines, boxes, knows)
    return found


def _sections(page: int, lines: Sequence[Line], boxes: list[Box],
              known: Callable[[str], bool]) -> list[Unplaced]:
    found: list[Unplaced] = []
    for index, line in enumerate(lines):
        head = _text(line)
        run_in = _RUN_IN.fullmatch(head) if len(line) == 1 else None
        if run_in is not None and _read_list(lines, index, boxes):
            continue  # an item of a list the reader read item by item: it looked there
        if run_in is not None and _ANSWER_MARK.fullmatch(run_in["caption"]):
            continue  # "A: ...": the text of the question above it, judged with it
        if run_in is not None and _QUESTION_MARK.fullmatch(run_in["caption"]):
            # "Q: Is the issue pending before CBP or a court?": the question is the caption,
            # its answer the text under it.
            head, run_in = run_in["text"], None
        elif run_in is not None:
            head = run_in["caption"]  # "Basis: the article is ...": a heading and its text
        elif not _is_heading(line) or (index and _runs_on(lines[index - 1], line)):
            continue
        # (a run-in caption is known with its colon, as the reader matches it: "Merchandise:")
        if known(head + (":" if run_in else "")) or _FURNITURE.match(head) \
                or _placed(line, boxes):
            continue
        body: list[Line] = []
        for below in lines[index + 1:index + 1 + _REACH]:
            # A heading may stand further above its text than the text's lines stand apart.
            above, room = (body[-1], 1.0) if body else (line, 2.0)
            # A grid's row of cells (a routing slip's "Route to | Action") is no section's text.
            if (_is_heading(below) or len(below) > 1 or _placed(below, boxes)
                    or _apart(above, below, room)):
                break  # the section ends; a line the reader read from it, it looked there
            body.append(below)
        text = " ".join([*([run_in["text"]] if run_in else []),
                         *(_text(b) for b in body if not _FURNITURE.match(_text(b)))])
        if _STOCK_TEXT.match(text):
            continue  # a transmission's stock notice: it gives nothing the reader looks for
        if _wordy(text):
            found.append(Unplaced(page, head.rstrip(" :"), text,
                                  "run-in" if run_in else "section"))
    return found


def _read_list(lines: Sequence[Line], index: int, boxes: list[Box]) -> bool:
    """Whether line INDEX is a bulleted item beside another the reader read a value from."""
    def item(line: Line) -> bool:
        return _BULLET.match(_text(line)) is not None
    if not item(lines[index]):
        return False
    near = [*lines[max(index - 2, 0):index], *lines[index + 1:index + 3]]
    return any(item(line) and _placed(line, boxes) for line in near)


def _tables(page: int, lines: Sequence[Line], boxes: list[Box],
            known: Callable[[str], bool]) -> list[Unplaced]:
    found: list[Unplaced] = []
    labels: list[str] = []
    values: list[str] = []  # each row's value not placed, its wrapped lines joined
    column = 0.0  # where the values' cells start
    for line in (*lines, ()):
        if line and _unmapped_row(line, boxes, known):
            labels.append(line[0].text.rstrip(" :"))
            values.append("" if _placed(line[1:], boxes) else line[1].text)
            column = line[1].x0
            continue
        if labels and line and not _placed(line, boxes) and _wrapped(line, column):
            # A value wrapped in its cell, beside its caption's wrapped word or alone: one row.
            values[-1] += " " + line[-1].text if values[-1] else ""
            continue
        # A cell of a phrase or more, not a measure, a price or a code: a row may state an
        # element only in words.
        if len(labels) >= _ROWS and any(len(v.split()) >= _BODY_WORDS for v in values) \
                and _wordy(" ".join(values)):
            found.append(Unplaced(page, ", ".join(labels[:4]), " ".join(v for v in values if v),
                                  "table"))
        labels, values = [], []
    return found


def _wrapped(line: Line, column: float) -> bool:
    """A row's next printed line: its value's cell alone (at the values' edge), maybe beside
    its caption's wrapped words ("operation", "(proposed)")."""
    value_only = len(line) == 1 and abs(line[0].x0 - column) <= _ALIGN
    # (a caption's wrapped words go on in lower case; a capital opens the next caption)
    caption_words = (len(line) <= 2 and len(line[0].text.split()) <= _WRAPPED_CAPTION
                     and not line[0].text[:1].isupper()
                     and (len(line) == 1 or abs(line[1].x0 - column) <= _ALIGN))
    return value_only or caption_words


def _unmapped_row(line: Line, boxes: list[Box], known: Callable[[str], bool]) -> bool:
    """A row of a caption cell and its value cell whose caption the reader could not map: not
    read as a label (its value not read, or run into a neighbour's), nor one it reads under."""
    if len(line) != 2 or _placed(line[:1], boxes) or known(line[0].text.strip()):
        return False
    label, value = line[0].text.strip(), line[1].text.strip()
    # A table's header row ("Specification | Detail") captions two columns: no value in it.
    header = _ROW_LABEL.fullmatch(value) is not None and len(value.split()) <= 2
    return _ROW_LABEL.fullmatch(label) is not None and not _FURNITURE.match(label) and not header


def _wordy(text: str) -> bool:
    """Text that may state an element: words enough, and words of prose among them (a form's
    codes and capitals state none)."""
    words = text.split()
    return len(words) >= _BODY_WORDS and sum(w.isalpha() and w.islower() for w in words) >= 3


def _apart(above: Line, below: Line, room: float) -> bool:
    """Whether more than ROOM lines' worth of space (or a page's turn) parts two lines."""
    height = max(s.bottom - s.top for s in above)
    return below[0].page != above[0].page or min(s.top for s in below) - max(
        s.bottom for s in above) > room * height


def _runs_on(above: Line, line: Line) -> bool:
    """Whether LINE carries on the line above (a wrapped title or sentence), not a heading: close
    under it, and the line above ends in no stop."""
    return not _apart(above, line, 0.5) and not _text(above).rstrip().endswith(
        (".", ":", ";", "!", "?"))


def _is_heading(line: Line) -> bool:
    text = _text(line).strip()
    return (len(line) == 1 and _HEADING.fullmatch(text) is not None
            and not _FURNITURE.match(text) and not text.endswith((".", ",")))


def _placed(line: Line, boxes: list[Box]) -> bool:
    """Whether an evidence box covers the line: a value or a label was read from it."""
    for segment in line:
        x0, top, x1, bottom = segment.bbox
        height = max(bottom - top, 1.0)
        for bx0, btop, bx1, bbottom in boxes:
            across = min(x1, bx1) - max(x0, bx0)
            down = min(bottom, bbottom) - max(top, btop)
            if across > 0 and down >= _OVERLAP * height:
                return True
    return False


def _nothing(text: str) -> bool:
    return False


def _text(line: Iterable[Segment]) -> str:
    return " ".join(segment.text for segment in line)


def _given(item: Extracted | None) -> bool:
    """A value read: a "no" read from the page counts, a "no" taken for silence does not."""
    if item is None or item.value is None or (item.value is False and item.evidence is None):
        return False
    return not isinstance(item.value, str) or bool(item.value.strip())

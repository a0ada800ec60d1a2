"""A request letter as paragraphs and sentences, and the bag of values read from it.

Letters come as prose, as headings with a paragraph under each, or as ruled forms whose boxes sit
side by side; a paragraph is therefore built per column: lines that start at the same x and follow
each other closely. Every span maps back to its words for evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from bots.common.fields import Fields as BaseFields
from bots.common.reading.cable import cable_lines
from bots.common.reading.gridline_cuts import rejoined
from bots.common.reading.key_values import key_value_lines
from bots.common.reading.lines import fold as fold  # the ruling modules import it from here
from bots.common.reading.lines import rejoin_justified
from bots.common.reading.pairs_on_line import pair_key_end, pairs_apart
from bots.common.reading.running import is_manual_head, without_running_lines
from bots.common.reading.scan_faults import mended_line
from bots.common.reading.sentences import sentence_spans, statement_below
from bots.ruling_triage.captions import is_box_caption
from bots.ruling_triage.extract_leading import gap_limit, runs_on
from bots.ruling_triage.frame_lines import opens_frame
from bots.ruling_triage.hanging_items import under_item_words
from bots.ruling_triage.key_columns import colon_keys, piped_keys
from bots.ruling_triage.print_heads import without_print_heads
from bots.ruling_triage.typed_grids import grid_cells
from tradebots.facts import Evidence
from tradebots.pdf import PdfDocument, Segment, Word, evidence_of, in_reading_order

# Confidence by how a value was read: a labelled line or box is the surest, prose less so.
LABELLED = 0.95
STAMPED = 0.9
PROSE = 0.85
ABSENT = 0.75  # a yes/no the letter does not state, read as "no"; a count read as one
_ALIGN = 6.0  # points: lines of one paragraph start at the same x, give or take
_FIELD_LINE = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)]\s+[A-Z][\w ()/'&-]{1,48}:\s")
_GAP = 0.45  # a gap above this share of the line height starts a new paragraph
_QUOTE_MARK = re.compile(r">+")
_HEAD_BLOCKS = 2  # paragraphs at the top of the first page: a letterhead, a sender's block


@dataclass
class Paragraph:
    """Lines of one column that belong together, as one searchable text.

    Lines are joined by a newline, except after a line-end hyphen: browsers break lines after
    the hyphen of "two-speed", "45-1122334" or "2025-01-06", which must read as one word.
    """

    page: int
    segments: list[Segment]

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def top(self) -> float:
        return self.segments[0].top

    @property
    def bottom(self) -> float:
        return self.segments[-1].bottom

    @cached_property
    def _layout(self) -> tuple[str, list[int], list[Word]]:
        # Read only once the paragraph is complete (after paragraphs() has built it).
        parts: list[str] = []
        starts: list[int] = []
        words: list[Word] = []
        position = 0
        for line_index, segment in enumerate(self.segments):
            for index, word in enumerate(_unquoted(segment.words)):
                if index or line_index:
                    glue = self.glue(line_index, index, words[-1])
                    parts.append(glue)
                    position += len(glue)
                starts.append(position)
                words.append(word)
                parts.append(word.text)
                position += len(word.text)
        return "".join(parts), starts, words

    def glue(self, line_index: int, index: int, previous: Word) -> str:
        """What stands before word INDEX of line LINE_INDEX, after PREVIOUS."""
        if index:
            return " "
        # A rule of dashes ("---------- Forwarded message ----------") breaks no word.
        broken = (len(previous.text) > 1 and previous.text.endswith("-")
                  and not previous.text.endswith("--"))
        return "" if broken else "\n"

    @property
    def text(self) -> str:
        return self._layout[0]

    def words_at(self, start: int, end: int) -> list[Word]:
        """The printed words that characters start..end of the text touch."""
        _, starts, words = self._layout
        return [w for w, s in zip(words, starts, strict=True)
                if s < end and s + len(w.text) > start]

    def evidence(self, start: int, end: int) -> Evidence | None:
        """Evidence for characters start..end: page, box and the words as printed."""
        hit = self.words_at(start, end)
        return evidence_of(hit) if hit else None


def _unquoted(words: Sequence[Word]) -> Sequence[Word]:
    """A line's words without the "> " marks a forwarded or replied-to e-mail quotes it with."""
    start = 0
    while start < len(words) - 1 and _QUOTE_MARK.fullmatch(words[start].text):
        start += 1
    return words[start:]


@dataclass(frozen=True)
class Span:
    """Characters start..end of one paragraph's text."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start:self.end]

    @property
    def flat(self) -> str:
        return fold(self.text)

    def evidence(self) -> Evidence | None:
        return self.paragraph.evidence(self.start, self.end)


def paragraphs(document: PdfDocument) -> list[Paragraph]:
    """Every paragraph in reading order: page, then top, then left to right."""
    result: list[Paragraph] = []
    # A running head or foot repeated on every page ("Binding ruling request - 19 CFR 177.2",
    # "... | Page 1 of 2 1") would split a signature block a page break cuts; the first page's
    # top lines stay (a letterhead repeated as the later pages' head names the sender).
    # Two or three "Label: value" pairs typed to a line are a field each.
    # A manual page's head ("X(7)  title  X(7)") goes on the first page too: no letterhead.
    # A two-column summary typed without colons ("Requester   X LLC") reads as captioned, and so
    # does one typed with a bar between key and value ("Importer | X LLC").
    # A system export's "key = value" lines ("PARTY.REQUESTER.NAME= X") read as captions (a
    # title's dash stays: "Binding Ruling Request - Summary" is no caption and its value).
    # A cable's heads and clipped words ("FM X", "SGD Y", "NOT RQSTD") read as a letter's.
    # An editor's or print filter's head ("ruling.txt  Page 1") is furniture on the first page
    # too, where it would stand for a letterhead.
    pages = without_running_lines([without_print_heads(
        colon_keys([line for line in pairs_apart(grid_cells(piped_keys(
            key_value_lines(cable_lines(document.segments(n)), headings=False))))
                    if not is_manual_head(line)]))
        for n in document.page_numbers], keep_first_top=True)
    for number, lines in zip(document.page_numbers, pages, strict=True):
        open_: list[Paragraph] = []
        # A worksheet's value run on across a gridline ("Meridian Trade Compliance | Partners")
        # is one cell again before its column's paragraph is built.
        # A scan's OCR layer misreads a few shapes ("|." for "I.", "ThomasJ ."): mended first.
        scanned = document.scanned(number)
        segments = in_reading_order(s for line in lines for s in rejoin_justified(
            rejoined(mended_line(line) if scanned else line)))
        opened: set[int] = set()  # segments that open a paragraph of their own
        share = gap_limit(segments, _GAP)  # a double-spaced page parts paragraphs wider
        for segment in segments:
            # A value with its own caption beside it on its line ("Sent:" | "2025-07-19") opens
            # a field of its own, though it stands close under the value above it, where the
            # caption opens one too (a caption column read as one block is paired line by line).
            owner = (None if _captioned(segments, segment, opened)
                     else _continued(open_, segment, share, segments))
            # A frame line typed tight under the line above (a date under the letterhead, a
            # Re: line, the closing words) opens its own part all the same.
            if owner is not None and opens_frame(segment.text, owner.segments[-1].text,
                                                 head=not result and len(open_) <= _HEAD_BLOCKS):
                owner = None
            if owner is None:
                owner = Paragraph(number, [])
                open_.append(owner)
                opened.add(id(segment))
            owner.segments.append(segment)
        result.extend(open_)
    return result


_CAPTION_CELL = re.compile(r"[A-Z][\w .'/#()-]{0,30}:")
_SAME_LINE = 2.0  # points: cells of one printed line share their top, give or take


def _captioned(segments: Sequence[Segment], segment: Segment, opened: set[int]) -> bool:
    """Whether a short caption alone in its cell ("From:", "Importer No.:") that opens a
    paragraph of its own stands left of SEGMENT on its printed line."""
    return any(other is not segment and id(other) in opened
               and other.words[-1].x1 < segment.x0
               and abs(other.top - segment.top) <= _SAME_LINE
               and _CAPTION_CELL.fullmatch(other.text.strip()) for other in segments)


def _continued(candidates: list[Paragraph], segment: Segment, share: float = _GAP,
               page: Sequence[Segment] = ()) -> Paragraph | None:
    if _FIELD_LINE.match(segment.text):
        return None  # "7. Transaction: ..." opens a field of a numbered template, not a line
    best: tuple[float, Paragraph] | None = None
    for paragraph in candidates:
        last = paragraph.segments[-1]
        gap = segment.top - last.bottom
        height = max(segment.height, last.height)
        # Past the usual gap only on a double-spaced page, and only where a sentence runs on.
        spaced = share > _GAP and runs_on(last, segment, page)
        limit = (share if spaced else _GAP) * height
        if _aligned(last, segment) and -1.0 <= gap <= limit and (
            best is None or gap < best[0]
        ):
            best = (gap, paragraph)
    return best[1] if best else None


def _aligned(last: Segment, segment: Segment) -> bool:
    """Whether `segment` starts under `last`, or under the value of a "Label: value" pair cut
    from a line of several (an address's next line under its first)."""
    if abs(last.x0 - segment.x0) <= _ALIGN or under_item_words(last, segment):
        return True
    ends = pair_key_end(last.words)
    return ends is not None and ends < len(last.words) \
        and abs(last.words[ends].x0 - segment.x0) <= _ALIGN and last.x0 < segment.x0


# A line opening with a list's bullet opens an item of its own, whatever the line before ended
# with: "... confirm that reading.\n* To the requester's knowledge, the issue is not pending".
_BULLET_LINE = re.compile(r"\n(?=[ \t]*[\u2022\u2023\u25aa\u25cf\u25e6\u00b7*-][ \t]+\S)")


def sentences(paragraph: Paragraph) -> Iterator[Span]:
    """The paragraph's sentences; abbreviations such as "U.S." or "Inc." do not end one, a
    bulleted line starts one."""
    text = paragraph.text
    for start, end in sentence_spans(text):
        for cut in [m.start() for m in _BULLET_LINE.finditer(text, start, end)]:
            if text[start:cut].strip():
                yield Span(paragraph, start, cut)
            start = cut + 1
        if text[start:end].strip():
            yield Span(paragraph, start, end)


def lines_of(paragraph: Paragraph) -> list[Span]:
    """The paragraph's lines as spans, each without its line break."""
    spans: list[Span] = []
    start = 0
    for line in paragraph.text.split("\n"):
        spans.append(Span(paragraph, start, start + len(line)))
        start += len(line) + 1
    return spans


def all_sentences(document_paragraphs: list[Paragraph]) -> list[Span]:
    return [s for p in document_paragraphs for s in sentences(p)]


def first_sentence(span: Span) -> Span:
    """The span cut after its first sentence, without the closing period; a line that opens a
    statement of its own under a value typed without its full stop starts the next one."""
    _, end = next(sentence_spans(span.text), (0, len(span.text)))
    if (below := statement_below(span.text[:end])) is not None:
        end = below - 1
    return _trim(Span(span.paragraph, span.start, span.start + end))


def _trim(span: Span) -> Span:
    text = span.text
    end = len(text.rstrip().rstrip("."))
    return Span(span.paragraph, span.start, span.start + end)


# A list bullet, any of the marks senders print before an item: "•", "‣", "▪", "◦", "·", "*",
# "–", "-".
BULLET = r"[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25e6\u00b7*\u2013-]"
# A label may open a numbered section ("3.", "IV.", "(b)", a form's lettered box "C. Importer
# number" standing as a caption, not a run-in heading "A. Requester. X asks ...") or a bulleted
# list's item ("• Samples:", "- Port:", "▪ Merchandise:"): the bullet is furniture, the label
# after it is the field's.
# A lettered caption may hold the abbreviation "No." ("G. NO. OF ITEMS").
# A numbered submission numbers its paragraphs within sections as well: "1.2 Importer: X",
# "3.1.2 Principal use:" (a decimal number needs no full stop after it).
# An interview-style request numbers or marks its questions: "Q. What is it made of?", "Q3)",
# "Question 2:"; the question itself then stands as the field's caption.
# A questionnaire may number its questions without a stop: "Q1 Who asks ...", "Q12 Is ...".
_QUESTION_NUMBER = r"(?:Q(?:uestion)?[ \t]*\d{0,2}[ \t]*[.:)]|Q\d{1,2}(?=[ \t]+[A-Z]))"
# A printout numbers its headings with no stop, in capitals or zero-padded: "02 MERCHANDISE",
# "3 PENDING MATTERS", "04 Samples" (a bare "2 Sizes are offered" in running text stays text).
# So does a data sheet's short heading alone on its line: "1 Product", "4 Pending matters".
_BARE_NUMBER = (r"(?:0\d|\d{1,2}(?=[ \t]+(?-i:[A-Z]{2,})\b)"
                r"|\d{1,2}(?=[ \t]+(?-i:[A-Z][a-z]+(?:,?[ \t]+[a-z]+){0,4})[ \t]*(?:\n|$)))"
                r"(?=[ \t]+(?-i:[A-Z]))")
# A brief may head its sections by part: "Part C - The goods", "Part 2: Facts".
_PART = r"Part[ \t]+(?:[A-Z]|\d{1,2}|[IVX]{1,4})[ \t]*[-\u2013\u2014:.](?=\s)"
_NUMBERING = (rf"\s*(?:{_QUESTION_NUMBER}(?=\s)|{_PART}|"
              r"[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s)|\d{1,2}[.)]|\([a-z0-9]\)|"
              rf"{_BARE_NUMBER}|"
              r"[A-Z][.)](?=\s(?:[^\n.]|(?<=\b[Nn][Oo])\.){1,60}(?::|\n|$)))?\s*"
              rf"(?:{BULLET}\s+)?")


def label(words: str) -> re.Pattern[str]:
    """A label pattern: optional section numbering, the words, an optional colon."""
    # A run-in heading ends with a period: "Description. The mat is ..."; a form's caption may
    # carry a note before its colon or its line's end: "Requester (name and address):",
    # "Basis (177.2(b)(6))".
    # A data sheet or a typed form leads its caption to the value with dots: "Description
    # .......: X", "Principal use (U.S.)..: Y", "Materials . . . . Z".
    # An interview asks for the field: "Port of entry?" / "A: Newark" (its "?" is no value).
    # A questionnaire's question may say what the answer gives: "Who asks? Name and address."
    return re.compile(_NUMBERING + f"(?:{words})" + _CAPTION_NOTE + LEADER
                      + r"\s*(?::|\.(?=\s)|\?(?:" + ANSWER_NOTE + r")?(?=\s|$))?\s*", re.I)


# What a question asks its answer to give, after its "?" at its line's end: "Name, address and
# importer number.", "Give the name and title.", "List all that apply." (words of fields only,
# so an answer typed after the question, "Newark.", stays the answer).
_NOTE_WORD = (r"(?:names?|address(?:es)?|importer|IOR|EIN|numbers?|no\.|dates?|titles?|city|"
              r"state|ZIP|codes?|ports?|phone|e-?mail|and|or|the|its|your|of|if|any|all|that|"
              r"apply|with|please|give|state|list|describe|attach|include|enter|identify)")
ANSWER_NOTE = (rf"[ \t]+{_NOTE_WORD}(?:,?[ \t]+{_NOTE_WORD}|,){{0,10}}\.?[ \t]*(?=\n|$)")


# Leader dots (or an ellipsis, middle dots) between a caption and its colon, or three or more
# of them standing for the colon itself.
_DOTS = r"(?:\u2026|[.\u00b7][ \t]?[.\u00b7\u2026])(?:[ \t]?[.\u00b7\u2026])*"
LEADER = (rf"(?:[ \t]*{_DOTS}(?=[ \t]*:)"
          rf"|[ \t]*(?=\u2026|[.\u00b7][ \t]?[.\u00b7][ \t]?[.\u00b7]){_DOTS}(?=[ \t]+\S))?")
# A colon ahead of a caption's words, leader dots before it or not ("Materials......:").
COLON_AHEAD = r"(?=[ \t]*(?:[.\u00b7\u2026][ \t]?)*:)"
_CAPTION_NOTE = (r"(?:\s*\([^()\n]{0,40}(?:\([^()\n]{0,12}\)[^()\n]{0,20})*\)"
                 # the note may end the caption's box, its value below ("REQUESTING PARTY (name)")
                 r"(?=[ \t]*(?:(?:[.\u2026\u00b7][ \t]?)*:|\n|$)))?")


# A line that opens with a caption of its own ("Description: Cordless drill ...") answers that
# caption, not the empty box printed above it.
_HEADER_ROW = 3.0  # points: cells of one printed line share their top
# An outline's number before a sub-caption of a section: "1.1 Name:", "2.3.1 Port:", "(a) Name:",
# "b) Address:", "3. Name:".
OUTLINE_NUMBER = (r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]|\([a-z0-9]\)|[a-z][.)])"
                  r"[ \t]+")
# A caption that only says "its name" under a heading naming the party ("1.1 Name: X" under
# "1.0 Requester", numbered as an outline numbers its items).
_GENERIC_CAPTION = re.compile(rf"[ \t]*(?:{BULLET}[ \t]+|{OUTLINE_NUMBER})?"
                              r"(?:(?:legal|full|business|registered|company|firm)\s+)?"
                              r"(?:name|company|firm|entity|organi[sz]ation|business)"
                              r"[ \t]*:[ \t]*(?=\S)", re.I)
# A bulleted item's own caption too: "- Applicant: X" under a heading "Applicant".
_OWN_CAPTION = re.compile(rf"(?:{BULLET}[ \t]+)?"
                          r"[A-Z][\w()/'-]*(?:[ \t]+[\w()/'-]+){0,3}[ \t]*:[ \t]+\S")


def _in_header_row(cell: Paragraph, items: list[Paragraph]) -> bool:
    """Whether CELL is one of three or more cells on one line (a table's column headers): the
    paragraph after it is the next header, not its value."""
    row = [p for p in items if p.page == cell.page and abs(p.top - cell.top) < _HEADER_ROW]
    return len(row) >= 3


# A heading that only opens with a label's word goes on with a joining word or a heading's noun:
# "1. Requester and Parties", "Date of Entry", "Importer or Agent", "Requester Information" name
# a section, not a requester or a date.
_JOINING = re.compile(r"[ \t]*(?:(?:and|or|&|of|for|to|in|on|with|by|at|from)\b|(?:information|"
                      r"info|details|data|identification|particulars|profile|section)[ \t]*$)",
                      re.I | re.M)


def _goes_on(text: str, match: re.Match[str]) -> bool:
    """Whether the label PATTERN found, with no colon or full stop after it, is only the first
    word of a longer heading on the same line (a value under it, "On Running AG", is none)."""
    return ("\n" not in match[0] and match[0].rstrip()[-1:] not in (":", ".")
            and bool(_JOINING.match(text, match.end())))


def _runs_in_lower(caption: str) -> bool:
    """Whether the label found is a sentence's word at a wrapped line's start, no caption: in
    lower case and with no colon ("requester's specifications, inspected there ...")."""
    letters = [c for c in caption if c.isalpha()]
    return bool(letters) and letters[0].islower() and ":" not in caption


def labelled(
    items: list[Paragraph],
    pattern: re.Pattern[str],
    stop: re.Pattern[str],
    accept: Callable[[str], bool] = bool,
    *,
    column_heads: bool = False,
) -> Span | None:
    """The value of the first paragraph that starts with the label: the rest of the paragraph,
    else (a heading) the next paragraph unless that is a label itself; ACCEPT must take it.
    With COLUMN_HEADS a label among three or more cells of one line heads a table's column: the
    paragraph after it is the next header, not its value (a form's caption row is paired with
    its values before, by pair_caption_rows)."""
    for index, paragraph in enumerate(items):
        match = pattern.match(paragraph.text)
        if match is None or _goes_on(paragraph.text, match) or _runs_in_lower(match[0]):
            continue
        found: Span | None = None
        if match.end() < len(paragraph.text.rstrip()):
            found = Span(paragraph, match.end(), _item_end(paragraph.text, match.end()))
            # "1.0 Requester" over "1.1 Name: X" in one block: the item's caption is no value.
            if generic := _GENERIC_CAPTION.match(paragraph.text, match.end()):
                found = Span(paragraph, generic.end(), len(paragraph.text))
        elif index + 1 < len(items) and (generic := _GENERIC_CAPTION.match(items[index + 1].text)):
            # A heading "REQUESTER" over "- Company: X, ..." or "Name: X": the item names it.
            found = Span(items[index + 1], generic.end(), len(items[index + 1].text))
        elif (index + 1 < len(items) and asks(match[0])
              and not asks(items[index + 1].text.split("\n")[0])):
            # A question's answer below it, whatever its first words look like.
            found = Span(items[index + 1], 0, len(items[index + 1].text))
        elif (index + 1 < len(items) and not stop.match(items[index + 1].text)
              and not _OWN_CAPTION.match(items[index + 1].text)
              # a drawn form's empty box: the next box's caption is no value of it
              and not is_box_caption(items[index + 1].segments[0].text)
              and not (column_heads and _in_header_row(paragraph, items))):
            found = Span(items[index + 1], 0, len(items[index + 1].text))
        if found is not None and asks(match[0]):
            found = answer(found)
        if found is not None and accept(found.text):
            return found
    return None


_ITEM_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s")


def _item_end(text: str, start: int) -> int:
    """Where the value from START ends in TEXT: at a later numbered item's line when TEXT opens
    a numbered item ("3. PORT OF ENTRY: CHICAGO" over "4. PROPOSED HTS ..."), else at its end."""
    if (number := _ITEM_NUMBER.match(text)) is None:
        return len(text)
    # (an item the form leaves out skips its number: "3." then "5.")
    later = "|".join(str(int(number[1]) + step) for step in (1, 2, 3))
    following = re.compile(rf"\n[ \t]*(?:{later})[.)]\s")
    next_item = following.search(text, start)
    return next_item.start() if next_item else len(text)


# A caption that asks: it ends with "?", or a mark opens it ("Q. Describe the goods.").
_QUESTION_MARK = re.compile(rf"\s*{_QUESTION_NUMBER}\s|[^\n]*\?\s*$")
# The answer ends where a line asks the next question ("...\nWhat does it cost?").
_NEXT_QUESTION = re.compile(r"\n(?=[^\n]*\?[ \t]*(?:\n|$))")


def asks(caption: str) -> bool:
    """Whether a caption is a question: it ends with "?", or a "Q." marks it ("Q. Describe ...")."""
    return bool(_QUESTION_MARK.match(caption))


def answer(span: Span) -> Span:
    """The answer SPAN holds after a question: up to the line that asks the next one."""
    if after := _NEXT_QUESTION.search(span.paragraph.text, span.start, span.end):
        return Span(span.paragraph, span.start, after.start())
    return span


def empty_box(items: list[Paragraph], pattern: re.Pattern[str]) -> Span | None:
    """A drawn form's box captioned by PATTERN and left empty: its caption alone, the next box's
    caption after it. Looked at, it states nothing (a caption alone elsewhere is not read)."""
    for index, paragraph in enumerate(items):
        text = paragraph.text
        match = pattern.match(text)
        if (match is None or match.end() < len(text.rstrip()) or len(paragraph.segments) != 1
                or not is_box_caption(text)):
            continue
        after = items[index + 1] if index + 1 < len(items) else None
        if after is not None and is_box_caption(after.segments[0].text):
            return Span(paragraph, 0, len(text))
    return None


class Fields(BaseFields):
    """Extracted values by key, with spans of the letter as their evidence."""

    silent = ABSENT

    def put_span(self, key: str, value: Any, span: Span, confidence: float) -> None:
        self.put(key, value, span.evidence(), confidence)

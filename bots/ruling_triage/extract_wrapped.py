"""Lines a browser-made PDF spaces wider than the paragraph reader expects, joined back where a
line plainly wraps: it runs to the column's right margin and ends mid-sentence.

HTML renderers (xhtml2pdf, wkhtmltopdf) print body text at 1.4 to 1.6 line spacing, so every line
stands alone and a sentence such as "not pending before any CBP office, / the Court ... or any court
on appeal" loses its negation in the second half. Only a full line that does not end a sentence
or a label is continued, so headings, short label lines and signature blocks stay apart.
"""

from __future__ import annotations

import re
from collections import Counter

from bots.common.reading.sentences import ABBREVIATIONS
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Word

_ALIGN = 6.0  # points: the next line starts at the same x
_FULL = 0.88  # a line reaching this share of the column's width runs to its margin
_MAX_GAP = 1.0  # line heights of white space between a wrapped line and its continuation
_LEADING_SLACK = 1.5  # points a continuation's gap may exceed the page's usual gap between lines
_TITLE_SIZE = 1.25  # a line this many times the body's height is a title
_TITLE_WORDS = re.compile(r"\b(?:ruling|request)\b", re.I)
_MIN_WORDS = 6  # a wrapped line is running text, not a letterhead's "Tel. (555) 555-4325"
_ENDS = (".", ":", "!", "?", ";")
_ABBREVIATIONS = tuple(a.casefold() for a in ABBREVIATIONS)
# A numbered item opens a line of its own ("1. Name of importer:"), and a title in capitals
# ("REQUEST FOR BINDING RULING - CLASSIFICATION") is no wrapped sentence.
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[A-Za-z])[.)]\s")
# A line that opens with its own label ("Principal use: home networking") starts a field,
# unless the line above breaks off on a word no phrase ends with ("Principal use in the" /
# "United States: sold at retail").
# A bulleted item opens a line of its own too ("• Authority: We act for ..."), its wrapped
# lines hanging under its text, not under the bullet.
_BULLET = re.compile(r"\s*[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25e6\u00b7*\u2013-]\s")
_LABEL_START = re.compile(r"\s*[A-Z][\w ()/'&-]{0,40}:\s")
_RUNNING_HEAD = re.compile(r"(?i)\bpage\b|\b\d+\s*(?:of|/)\s*\d+\s*$|\s[-\u2013\u2014|]\s")
_OPEN_ENDED = frozenset(("the", "a", "an", "of", "in", "to", "for", "by", "with", "and", "or",
                         "at", "on", "from", "its", "their", "our", "per"))


class _Title(Paragraph):
    """A title wrapped over lines, read as the one line it is."""

    def glue(self, line_index: int, index: int, previous: Word) -> str:
        return " " if index == 0 else super().glue(line_index, index, previous)


def rejoin_wrapped(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each paragraph whose last line wraps joined to the one continuing it."""
    result: list[Paragraph] = []
    leading = {page: _usual_gap(items, page) for page in {p.page for p in items}}
    body = {page: _body_height(items, page) for page in {p.page for p in items}}
    for paragraph in items:
        last = result[-1] if result else None
        if last is not None and _title_continues(last, paragraph, body[paragraph.page]):
            result[-1] = _Title(last.page, [*last.segments, *paragraph.segments])
        elif last is not None and (_continues(last, paragraph, _right_margin(items, last),
                                              leading[paragraph.page])
                                   or _next_page_continues(last, paragraph)
                                   or _hanging_continues(last, paragraph, leading[paragraph.page])
                                   or _outdented_continues(last, paragraph, items,
                                                           leading[paragraph.page])):
            result[-1] = Paragraph(last.page, [*last.segments, *paragraph.segments])
        elif len(paragraph.segments) > 1 and _is_title(paragraph, body[paragraph.page]):
            result.append(_Title(paragraph.page, paragraph.segments))
        else:
            result.append(paragraph)
    return result


def _hanging_continues(before: Paragraph, after: Paragraph, usual_gap: float) -> bool:
    """A numbered or bulleted item's line wrapped under its text, not under its number ("2. We
    submit that ... (19 CFR" / "    102.11)."): a hanging indent the paragraph reader took for
    a new one."""
    head, line = before.segments[0], before.segments[-1]
    opens = _NUMBERED.match(head.text) or _BULLET.match(head.text)
    if (before.page != after.page or not opens or len(head.words) < 2
            or _NUMBERED.match(after.text) or _BULLET.match(after.text)
            or _ends_sentence(line.words[-1].text)):
        return False
    gap = after.top - line.bottom
    return (abs(after.x0 - head.words[1].x0) <= _ALIGN and after.x0 > head.x0 + 1.0
            and 0.0 <= gap <= usual_gap + _LEADING_SLACK)


def _outdented_continues(before: Paragraph, after: Paragraph, items: list[Paragraph],
                         usual_gap: float) -> bool:
    """A paragraph's indented first line (an answer after its "A." mark, a first-line indent)
    running to the margin mid-sentence, its next lines back at the left margin ("A. Product: ...
    Principal use" / "in the United States: ..."): one paragraph the reader took for two."""
    line = before.segments[-1]
    if (before.page != after.page or line.x0 <= after.x0 + 1.0 or len(line.words) < _MIN_WORDS
            or _NUMBERED.match(after.text) or _BULLET.match(after.text) or line.text.isupper()
            or _ends_sentence(line.words[-1].text)
            or (_LABEL_START.match(after.text)
                and line.words[-1].text.casefold() not in _OPEN_ENDED)):
        return False
    # The next line is running text that plainly goes on with the sentence: a word in lower case
    # or after one no phrase ends with ("... the Court of" / "International Trade ..."); a
    # worksheet's next caption ("Subject") under a long value cell is no continuation.
    head = after.segments[0].words
    if len(head) < _MIN_WORDS or not (head[0].text[:1].islower()
                                      or line.words[-1].text.casefold() in _OPEN_ENDED):
        return False
    gap = after.top - line.bottom
    width = _right_margin(items, after) - after.x0
    return (0.0 <= gap <= min(_MAX_GAP * max(line.height, after.segments[0].height),
                              usual_gap + _LEADING_SLACK)
            and width > 0 and line.words[-1].x1 - after.x0 >= _FULL * width)


def _next_page_continues(before: Paragraph, after: Paragraph) -> bool:
    """The last line of a page breaking off mid-sentence, the first of the next page going on
    with it at the same left edge ("... the issue is not pending, and has not" / "been, before
    any CBP office, the Court of International Trade ..."): one sentence the page break cut,
    whose second half alone would lose its negation. Only running text that plainly goes on:
    a line of words ending on no full stop, the next opening in lower case or after a word no
    phrase ends with."""
    line, head = before.segments[-1], after.segments[0]
    if (after.page != before.page + 1 or abs(before.x0 - after.x0) > _ALIGN
            or len(line.words) < _MIN_WORDS or line.text.isupper()
            or _ends_sentence(line.words[-1].text) or _NUMBERED.match(after.text)
            or _BULLET.match(after.text) or _LABEL_START.match(after.text)
            or len(head.words) < 2):
        return False
    # (a running head atop the next page, "Ruling request - Acme Co. - page 2", goes on nothing)
    return (head.words[0].text[:1].islower()
            or (line.words[-1].text.casefold() in _OPEN_ENDED | {"not"}
                and not _RUNNING_HEAD.search(head.text)))


def _is_title(paragraph: Paragraph, body: float) -> bool:
    """Whether every line of PARAGRAPH is printed at one display size, larger than the body's,
    and it names the request: a letterhead's name over its street and town is no title."""
    first = paragraph.segments[0].height
    return body > 0 and first >= _TITLE_SIZE * body and all(
        abs(s.height - first) <= 0.5 for s in paragraph.segments) and (
        _TITLE_WORDS.search(paragraph.segments[0].text) is not None
        and not any(c.isdigit() for s in paragraph.segments[1:] for c in s.text))


def _continues(before: Paragraph, after: Paragraph, margin: float, usual_gap: float) -> bool:
    line = before.segments[-1]
    gap = after.top - line.bottom
    width = margin - before.x0
    return (before.page == after.page and abs(before.x0 - after.x0) <= _ALIGN
            and 0.0 <= gap <= min(_MAX_GAP * max(line.height, after.segments[0].height),
                                  usual_gap + _LEADING_SLACK)
            and len(line.words) >= _MIN_WORDS and not line.text.isupper()
            and not _NUMBERED.match(after.text)
            and (not _LABEL_START.match(after.text)
                 or line.words[-1].text.casefold() in _OPEN_ENDED)
            and width > 0 and line.words[-1].x1 - line.x0 >= _FULL * width
            and not _ends_sentence(line.words[-1].text))


def _title_continues(before: Paragraph, after: Paragraph, body: float) -> bool:
    """A display-size title wrapped onto a second line of the same size ("Request for a Binding
    Ruling: Tariff" / "Classification"): both single lines, larger than the body text, close."""
    line, next_line = before.segments[-1], after.segments[0]
    return (before.page == after.page and len(after.segments) == 1
            and _is_title(Paragraph(before.page, [*before.segments, next_line]), body)
            and 0.0 <= after.top - line.bottom <= line.height
            and (abs(before.x0 - after.x0) <= _ALIGN
                 or abs((line.x0 + line.words[-1].x1) - (next_line.x0 + next_line.words[-1].x1))
                 <= 2 * _ALIGN)
            # "Request for a Binding Ruling:" / "Country of Origin Marking": a title's colon
            # leads on to its subject; a full stop ends it.
            and not line.words[-1].text.endswith((".", "!", "?", ";"))
            and not _NUMBERED.match(after.text))


def _body_height(items: list[Paragraph], page: int) -> float:
    """The most common line height on PAGE: the body text's size."""
    heights = Counter(round(s.height, 1) for p in items if p.page == page for s in p.segments)
    return float(heights.most_common(1)[0][0]) if heights else 0.0


def _ends_sentence(word: str) -> bool:
    """Whether the line's last word closes a sentence or a label ("no." and "U.S." do not)."""
    return word.endswith(_ENDS) and not word.casefold().endswith(_ABBREVIATIONS)


def _right_margin(items: list[Paragraph], column: Paragraph) -> float:
    """The furthest right any line of COLUMN's page reaches from the same left edge."""
    return max(segment.words[-1].x1 for paragraph in items
               if paragraph.page == column.page and abs(paragraph.x0 - column.x0) <= _ALIGN
               for segment in paragraph.segments)


def _usual_gap(items: list[Paragraph], page: int) -> float:
    """The most common white space between one line and the next below it at the same left
    edge on PAGE: the body text's leading, which a wider gap (a paragraph's end) exceeds."""
    lines = sorted((s for p in items if p.page == page for s in p.segments),
                   key=lambda s: (s.top, s.x0))
    gaps: Counter[int] = Counter()
    for index, line in enumerate(lines):
        below = next((other for other in lines[index + 1:]
                      if other.top > line.bottom - 1.0 and abs(other.x0 - line.x0) <= _ALIGN), None)
        if below is not None:
            gaps[round(below.top - line.bottom)] += 1
    return float(gaps.most_common(1)[0][0]) if gaps else 0.0

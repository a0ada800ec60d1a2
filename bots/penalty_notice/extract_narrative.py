"""The statement of the violation when no heading announces it: the referral's narrative.

Many memos state the facts in a paragraph of their own ("Review of the entry documents shows
that X declared the goods under ...") with no "Violation:" or "Findings" cue. A paragraph counts
as the statement only when it says what the party did (an act: declared, entered, invoiced,
claimed, failed to ...) besides a passive charge of the kind of violation ("The entries were
misclassified." charges, it states no fact; "The importer understated the value" does, and so
does the passive whose subject names the goods: "X's entries of jute bags were misdescribed"); the
value is read from a weak cue, so it carries the inferred confidence. A field list printed as
caption lines over value lines ("Address" over "240 West 35th Street") is no paragraph: a
caption line stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bots.penalty_notice.extract_header import INFERRED
from bots.penalty_notice.extract_header_labels import STOP
from bots.penalty_notice.goods_in_prose import names_goods
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# What an importer or broker does that a statement of a 1592 violation reports.
ACT = re.compile(
    r"(?i)\b(?:declared|entered|classified|invoiced|reported|claimed|described|misdescribed"
    r"|undervalued|understated|overstated|omitted|failed\s+to|transship\w*|presented|submitted"
    r"|certified|mis-?(?:classified|declared|marked|stated)"
    # the act told as its manner: "declaring subheading 6110.30 at a lower rate", "did not
    # exercise reasonable care in classifying ..." (19 CFR Part 171 App. B (B)(1))
    r"|declaring|(?:mis)?classifying|(?:did\s+not|didn't)\s+(?:exercise|use|take)\s+(?:the\s+)?"
    r"(?:degree\s+of\s+)?reasonable\s+care"
    # the act told as persistence: "kept using the lower-rated subheading after its broker
    # warned it", "continued to claim", "went on declaring" (App. B (B)(2): wanton disregard)
    r"|(?:kept|continued|went\s+on|persisted)\s+(?:to\s+|in\s+)?(?:us(?:e|ing)|apply(?:ing)?"
    r"|claim(?:ing)?|declar(?:e|ing)|enter(?:ing)?|report(?:ing)?|classify(?:ing)?"
    r"|invoic(?:e|ing)))\b"
)
# A line that opens with a label ("Merchandise: ...") is a header value, not narrative; a clause
# that says something before its colon ("The misclassification was found in the audit: the goods
# were entered ...") is a sentence, as a label has no verb.
LABEL_LINE = re.compile(
    r"^(?!(?:The|This|These|Those|It|We|They)\b[^:\n]*\b(?:was|were|is|are|has|have|had)\b)"
    r"[A-Z][\w .#&/()'-]{0,45}:\s")
# A caption or a short value on a line of its own: a capital, at most four words, no stop.
_CAPTION_LINE = re.compile(r"^\s*[A-Z0-9$][^\s.:;]*(?:\s+\S+){0,3}\s*$")
_PARAGRAPH_END = (".", ":", ";")
# "were misdescribed", "were negligently misdescribed", "were grossly negligently misdescribed"
_PASSIVE = re.compile(r"(?i)\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+){0,3}$")
_SENTENCE_START = re.compile(r"(?:^|[.;:]\s)(?!.*[.;:]\s)", re.S)
SHORTEST_STATEMENT = 40  # characters: a heading or a signature line is not a statement


# A row of a table's figures ("B7D-0071947-5 02/20/2023 N 58,495.00 1,169.90"): mostly figures,
# none closed by a sentence's comma, so no line of prose (a sentence's list of entry numbers is).
_FIGURE = re.compile(r"^\$?[\d(][\w$/.,()%-]*\d\)?$")


def table_row(line: str) -> bool:
    """Whether LINE is a row of figures: at least three, and half its words or more."""
    words = line.split()
    figures = sum(1 for word in words if _FIGURE.match(word))
    return figures >= 3 and 2 * figures >= len(words)


# A label that captions a statement, not a field: "Remarks:", "Officer's Notes:", "Explanation of
# Violation:", "Summary of Facts:". A field's own label ("Violation: false origin: ...") names a
# value, not the facts, whatever verb its value holds.
_STATEMENT_LABEL = re.compile(r"(?i)^[^:\n]*\b(?:remarks|comments?|notes?|explanation|findings?"
                              r"|facts|summary|synopsis|narrative|details|statement|circumstances)"
                              r"\b[^:\n]*:")


def labelled_statement(line: str) -> int:
    """Where the statement after a narrative's label on its line begins ("Remarks: The importer
    misclassified ..."), 0 when LINE opens with no such label or its value reports no act."""
    label = LABEL_LINE.match(line)
    if (label is None or STOP.match(line) or not _STATEMENT_LABEL.match(line)
            or not ACT.search(line, label.end())):
        return 0
    return label.end()


def opens_statement(line: str) -> bool:
    """Whether LINE opens a statement under a narrative's label and runs on to the next line
    ("REMARKS: THE ENTRIES COVERED X. THE" over "INVOICES PRESENTED AT ENTRY UNDERSTATED ..."):
    the act may be told on a later line, after the goods' sentence, which is the statement's too."""
    label = LABEL_LINE.match(line)
    if label is None or STOP.match(line) or not _STATEMENT_LABEL.match(line):
        return False
    return len(line[label.end():].split()) >= 2 and not line.rstrip().endswith(_PARAGRAPH_END)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of wrapped lines: a paragraph ends on a line closed by a stop.
    A narrative's label that opens its statement on the line ("Comments: The importer ...")
    opens a paragraph; another label, a caption or a row of figures stands alone."""
    start = offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if opens_statement(line):
            if offset > start:
                yield start, offset - 1
            start = offset
        elif (LABEL_LINE.match(line) or not line.strip() or _caption(line)
              or table_row(line)):
            if offset > start:
                yield start, offset - 1
            yield offset, end
            start = end + 1
        elif line.rstrip().endswith(_PARAGRAPH_END):
            yield start, end
            start = end + 1
        offset = end + 1
    if start < len(text):
        yield start, len(text)


def _states_fact(block: str, act: re.Match[str], kind_of: Callable[[str], str | None]) -> bool:
    """Whether the act reports what someone did: any act but a passive charge, the kind of
    violation said of the entries ("were misclassified"); "The importer understated" is one, and
    a passive whose subject names the goods ("the entries of jute bags were misdescribed") says
    what the active voice does ("misdescribed its entries of jute bags")."""
    if kind_of(act.group()) is None:
        return True
    passive = _PASSIVE.search(block, 0, act.start())
    if passive is None:
        return True
    subject = block[:passive.start()]
    opening = _SENTENCE_START.search(subject)
    return names_goods(subject[opening.end() if opening else 0:])


def _caption(line: str) -> bool:
    return bool(_CAPTION_LINE.match(line)) and not line.rstrip().endswith(_PARAGRAPH_END)


def read_narrative(
    stream: TextStream, kind_of: Callable[[str], str | None]
) -> Extracted | None:
    """The first paragraph that reports an act and names a kind of violation, folded."""
    for start, end in paragraphs(stream.text):
        block = stream.text[start:end]
        if labelled := labelled_statement(block):
            start, block = start + labelled, block[labelled:]
        if len(block) < SHORTEST_STATEMENT or LABEL_LINE.match(block):
            continue
        if not any(_states_fact(block, act, kind_of) for act in ACT.finditer(block)):
            continue  # only the charge ("were misclassified"), no act that states a fact
        if kind_of(block) is not None:
            start += _side_heading_end(block)
            return Extracted(" ".join(stream.text[start:end].split()),
                             stream.evidence(start, end), INFERRED)
    return None


# A two-column memo's heading set beside the statement's first line ("Findings   The importer
# declared ...", "Remarks  Entries of ..."): the column's caption, no word of the facts.
_SIDE_HEADING = re.compile(
    r"(?i)^[ \t]*(?:remarks|findings?|narrative|(?:material\s+)?facts|synopsis|comments"
    r"|summary(?:\s+of\s+(?:the\s+)?(?:facts|findings))?|violation|details|basis)"
    r"[ \t]+(?=(?-i:[A-Z]))")


def _side_heading_end(block: str) -> int:
    heading = _SIDE_HEADING.match(block)
    return heading.end() if heading else 0

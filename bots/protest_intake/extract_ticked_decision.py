"""The decision protested as a check list ticks it: "( ) APPRAISED VALUE ( ) CLASSIFICATION ...
(X) OTHER: THE DECISION OF THE FINES, PENALTIES AND FORFEITURES OFFICER ON OUR PETITION / FOR
RELIEF IN THE PENALTY CASE". The one ticked option is the sender's own word for what is attacked;
when it names a decision made on petition (19 CFR 171.22, 172.22) and none of 1514(a), the
decision the argument seems to be about is not the one protested, and the rules see the ticked
words (1514(b): not protestable)."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.lines import fold
from bots.common.reading.tick_boxes import Option, boxed_options, drawn_boxes
from bots.protest_intake.extract_category import names_petition_decision
from bots.protest_intake.extract_drawn_boxes import box_columns
from bots.protest_intake.extract_fields import LABELLED, PROSE, Fields, earliest_category
from bots.protest_intake.model import Category
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import PdfDocument, TextStream
from tradebots.pdf.words import evidence_of

# A line that starts another field ("MERCHANDISE:", "D. DECLARATIONS") ends the ticked option's
# words; a line that goes on in the option's words is its wrapped rest.
_NEXT_FIELD = re.compile(r"^\s*(?:[A-Z0-9]{1,3}[.)]\s+|[^:\n]{1,40}:)")
_MOST_WRAPPED = 3  # lines a ticked option's words may run on to


def read_ticked_decision(stream: TextStream, fields: Fields) -> None:
    """The one ticked option of a list of decisions, read as the decision protested when it is
    decided on petition."""
    lines = stream.text.split("\n")
    index = 0
    while index < len(lines):
        block: list[tuple[int, list[Option]]] = []
        while index < len(lines) and (options := boxed_options(lines[index])):
            block.append((index, options))
            index += 1
        index += 1 if not block else 0
        listed = _decision_run([(at, option) for at, options in block for option in options])
        ticked = [(at, option) for at, option in listed if option.ticked]
        offered = [option for _, option in listed if not option.ticked]
        if len(ticked) != 1 or not any(earliest_category(o.words) for o in offered):
            continue  # not a list of decisions, or not one choice made in it
        at, option = ticked[0]
        words = [option.words, *_wrapped(lines, at + 1, block[-1][0] + 1)]
        decision = fold(" ".join(words))
        if names_petition_decision(decision):
            _protested(fields, decision, _line(stream, lines, at))
        elif (named := earliest_category(decision)) is not None:
            _named(fields, named, _line(stream, lines, at))
        return


def read_ticked_petition_box(document: PdfDocument, fields: Fields) -> None:
    """The same choice made in drawn boxes set one to a line ("[ ] Classification" over "[X]
    Other: decision on petition for relief"): the ticked option names the decision protested."""
    for column in box_columns(drawn_boxes(document)):
        options = [(box, " ".join(w.text for w in box.after)) for box in column if box.after]
        ticked = [(box, words) for box, words in options if box.ticked]
        offered = [words for box, words in options if not box.ticked]
        if len(ticked) != 1 or sum(earliest_category(words) is not None for words in offered) < 2:
            continue  # not a list of decisions, or not one choice made in it
        box, decision = ticked[0]
        if names_petition_decision(decision):
            _protested(fields, fold(decision), evidence_of(list(box.after)))
        return


def _decision_run(options: list[tuple[int, Option]]) -> list[tuple[int, Option]]:
    """The options that list the decisions: from the first naming one to the last before an
    option that names none. A form may set its other boxes ("[ ] Accelerated disposition
    requested", "[X] Drawback declaration: ...") right under the list, with no line between: their
    ticks are answers of their own, not a second decision marked."""
    start = next((i for i, (_, o) in enumerate(options) if _names_decision(o.words)), None)
    if start is None:
        return options
    end = start
    while end < len(options) and _names_decision(options[end][1].words):
        end += 1
    return options[start:end]


def _names_decision(words: str) -> bool:
    return (earliest_category(words) is not None or names_petition_decision(words)
            or _OTHER.match(words) is not None) and _OWN_BOX.match(words) is None


# "Other: ..." offers a decision the list does not name; "Accelerated disposition requested",
# "Drawback declaration" or "Application for further review" are a form's boxes of their own.
_OTHER = re.compile(r"\s*other\b", re.I)
_OWN_BOX = re.compile(r"\s*(?:accelerated|application\s+for|further\s+review|request\s+for"
                      r"|drawback\s+declaration|none\s+of\s+the\s+entries|(?:these|the)\s+entr)",
                      re.I)


def _wrapped(lines: list[str], after: int, block_end: int) -> list[str]:
    """The ticked option's rest: the lines right after the list that go on without a label."""
    if after != block_end:
        return []  # a ticked option inside the list ends at the next box
    rest: list[str] = []
    for line in lines[after:after + _MOST_WRAPPED]:
        if not line.strip() or _NEXT_FIELD.match(line):
            break
        rest.append(line)
    return rest


def _line(stream: TextStream, lines: list[str], at: int) -> Evidence | None:
    start = sum(len(line) + 1 for line in lines[:at])
    return stream.evidence(start, start + len(lines[at]))


def _named(fields: Fields, named: Category, evidence: Evidence | None) -> None:
    """A 1514(a) decision ticked ("(X) OTHER: REFUSAL TO RELIQUIDATE UNDER 1520(d)") is the one
    protested, over a decision only argued or guessed from the claim."""
    category = fields.items.get("category")
    if category is None or (category.confidence < LABELLED and category.value != named):
        fields.items["category"] = Extracted(named, evidence, PROSE)


def _protested(fields: Fields, decision: str, evidence: Evidence | None) -> None:
    category = fields.items.get("category")
    if category is not None and category.confidence < LABELLED:
        del fields.items["category"]  # only argued or guessed: the ticked words outweigh it
    objection = fields.items.get("objection_text")
    if objection is None:
        fields.items["objection_text"] = Extracted(decision, evidence, PROSE)
    elif decision[:40] not in str(objection.value):
        fields.items["objection_text"] = replace(objection, value=f"{decision} {objection.value}")

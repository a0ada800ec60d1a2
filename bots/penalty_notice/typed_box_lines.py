"""Typed boxes that lead their own lines, one option a line, as a worksheet prints them:

    CULPABILITY (check one):
    [ ] NEGLIGENCE - 19 U.S.C. 1592(c)(3)
    [X] GROSS NEGLIGENCE - 19 U.S.C. 1592(c)(2)
    [ ] Prior disclosure received and perfected -- none on file
    [ ] Noncommercial importation (162.77(c))

Each box answers its own caption. The label reader takes only the first line under a label, and
the sentence reader takes a caption's words ("Prior disclosure received and perfected") as said,
whether the box is ticked or not; the boxes decide instead (19 U.S.C. 1592(c), 1592(c)(4);
19 CFR 162.77(c)). A list that ticks no level or several leaves the culpability to a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bots.common.reading.questions import on_same_line
from bots.common.reading.tick_boxes import TYPED_BOX, boxed_options
from bots.penalty_notice.culpability import culpability_named
from bots.penalty_notice.extract_header import LABELLED
from bots.penalty_notice.extract_prose import read_noncommercial
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import TextStream

# A line that opens with one typed box: "[X] ...", "[ ] ...", "(x) ...", "☒ ...", "☐ ...".
_LEADING_BOX = re.compile(rf"(?m)^[ \t]*(?:{TYPED_BOX})[ \t]*\S[^\n]*$")
# The flag captions a box answers by itself (its words may go on: "received and perfected").
_CAPTIONS = (
    ("prior_disclosure", re.compile(r"(?i)^\W*prior\s+disclos(?:ure|ed)\b")),
    ("noncommercial", re.compile(r"(?i)^\W*non[\s-]*commercial\b")),
)


@dataclass(frozen=True)
class _BoxLine:
    caption: str
    ticked: bool
    evidence: Evidence | None
    number: int  # the line's index in the stream, to tell a run of lines


def _box_lines(stream: TextStream) -> list[_BoxLine]:
    """Every line that opens with a box and holds no other box (a line of one option)."""
    found = []
    for match in stream.finditer(_LEADING_BOX):
        options = boxed_options(match.group(0))
        if options is None or len(options) != 1 or not options[0].words:
            continue
        number = stream.text.count("\n", 0, match.start())
        found.append(_BoxLine(options[0].words, options[0].ticked,
                              stream.evidence(match.start(), match.end()), number))
    return found


def _option_rows(stream: TextStream) -> list[list[_BoxLine]]:
    """Each line that opens with a box and holds more: the levels offered side by side on one
    line with no label ("[X] Negligence [ ] Gross negligence [ ] Fraud"), one option each."""
    rows = []
    for match in stream.finditer(_LEADING_BOX):
        options = boxed_options(match.group(0))
        if options is None or len(options) < 2 or not all(o.words for o in options):
            continue
        number = stream.text.count("\n", 0, match.start())
        where = stream.evidence(match.start(), match.end())
        rows.append([_BoxLine(o.words, o.ticked, where, number) for o in options])
    return rows


def _runs(lines: list[_BoxLine]) -> list[list[_BoxLine]]:
    """The box lines in runs of consecutive lines: one list of options each."""
    runs: list[list[_BoxLine]] = []
    for line in lines:
        if runs and line.number == runs[-1][-1].number + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def read_typed_box_lines(stream: TextStream, labelled: dict[str, Extracted],
                         prose: dict[str, Extracted]) -> None:
    """The culpability ticked in a run of boxed level lines, and the flags whose own boxed line
    answers them, over what the label and sentence readers took from the captions' words."""
    lines = _box_lines(stream)
    # A column of boxed lines first; else a row of boxed levels on one line.
    _read_levels([*_runs(lines), *_option_rows(stream)], labelled, prose)
    for key, caption in _CAPTIONS:
        own = [line for line in lines if caption.match(line.caption)]
        where = own[0].evidence if len(own) == 1 else None
        if where is None:
            continue  # none, or two boxes captioned alike: left as read
        answer = Extracted(own[0].ticked, where, LABELLED)
        if key in labelled and not on_same_line(labelled[key].evidence, where):
            # A label elsewhere answers too: the box is a second cue, compared as the words are.
            prose[key] = answer
            continue
        labelled[key] = answer
        if key in prose and on_same_line(prose[key].evidence, where):
            prose.pop(key)  # the caption's own words, read as if said
            if key == "noncommercial" and (told := read_noncommercial(stream, where)):
                prose[key] = told  # words elsewhere may still disagree with the box


def _read_levels(runs: list[list[_BoxLine]], labelled: dict[str, Extracted],
                 prose: dict[str, Extracted]) -> None:
    for run in runs:
        levels = [(line, culpability_named(line.caption)) for line in run]
        named = [(line, level) for line, level in levels if level is not None]
        if len({level for _, level in named}) < 2:
            continue
        labelled.pop("culpability", None)
        # The sentence reader took the first level printed, ticked or not.
        said = prose.get("culpability")
        if said is not None and any(on_same_line(said.evidence, line.evidence)
                                    for line, _ in named if line.evidence is not None):
            prose.pop("culpability")
        ticked = [(line, level) for line, level in named if line.ticked]
        if len(ticked) == 1:
            line, level = ticked[0]
            labelled["culpability"] = Extracted(level, line.evidence, LABELLED)
        return

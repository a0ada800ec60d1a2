"""The party in a pleading-style caption box: its name and address on the lines over its role
and the "v." that sets it against CBP ("Acme Inc.," / "1 Main St," / "Boise, ID 83702," /
"Protestant," / "v." / "U.S. CUSTOMS AND BORDER PROTECTION,"), 19 CFR 174.13(a)(1). The box's
other cell (protest and entry numbers) may share its lines: only the party's column is read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.parties import CITY_STATE_ZIP
from bots.protest_intake.extract_fields import Fields, fold
from tradebots.pdf import Segment, evidence_of

CAPTIONED = 0.9  # the party's own block in the caption: placed by the pleading's form
# "v.", "vs.", "versus", "-against-" alone on its line, between the parties.
_VERSUS = re.compile(r"(?i)^\W*(?:v|vs|versus|against)\W*$")
# The party's role closing its block: "Protestant,", "Protestant.", "- Protestant -",
# "Protestants", "Plaintiff-Protestant", "Petitioner".
_ROLE = re.compile(r"(?i)^\W*(?:(?:plaintiff|petitioner)\W+)?(?:protestants?|plaintiffs?"
                   r"|petitioners?|protesting\s+party|importer)\W*$")
_MOST_LINES = 6  # name, up to four address lines, city line
_LINE_GAP = 1.8  # line heights between two lines of one block
_COLUMN_MARGIN = 4.0  # points: the party's column ends left of the role line's start
_TRAILING = re.compile(r"[\s,;]+$")

Line = Sequence[Segment]


def read_versus_caption(lines: Sequence[Line], fields: Fields) -> None:
    """Put the protestant's name and address from a caption block set over its role and "v."."""
    for index, line in enumerate(lines[1:], start=1):
        # The box's other cell may print its last number on the role's line or the "v."'s.
        if not line or not _VERSUS.match(line[0].text):
            continue
        role = lines[index - 1]
        if not role or not _ROLE.match(role[0].text) or role[0].page != line[0].page:
            continue
        block = _block_over(lines, index - 1, role[0])
        if block is None:
            return
        name, *address = block
        fields.put("protestant_name", _clean(name.text), evidence_of(list(name.words)),
                   CAPTIONED)
        fields.put("protestant_address", ", ".join(_clean(cell.text) for cell in address),
                   evidence_of([w for cell in address for w in cell.words]), CAPTIONED)
        return


def _block_over(lines: Sequence[Line], at: int, role: Segment) -> list[Segment] | None:
    """The party's lines in its column over the role line at AT, name first, when they end in
    a city, state and ZIP line right over the role and start with a name that holds no figure."""
    block: list[Segment] = []
    lower = role
    for line in reversed(lines[max(0, at - 2 * _MOST_LINES):at]):
        cells = [cell for cell in line if cell.page == role.page
                 and cell.x0 < role.x0 - _COLUMN_MARGIN]
        if not cells:
            continue  # the box's other cell on a line of its own
        cell = cells[0]
        if lower.top - cell.bottom > _LINE_GAP * cell.height or len(block) == _MOST_LINES:
            break
        block.insert(0, cell)
        lower = cell
    # Drop lines over the name (a heading), keeping the name as the first line with no figure
    # right over the address's first line, which opens with a figure or a P.O. box.
    while len(block) > 2 and not (_first_is_name(block)):
        block.pop(0)
    if len(block) < 3 or not CITY_STATE_ZIP.fullmatch(_clean(block[-1].text)) \
            or not _first_is_name(block):
        return None
    return block


def _first_is_name(block: list[Segment]) -> bool:
    name, street = _clean(block[0].text), _clean(block[1].text)
    return not re.search(r"\d", name) and bool(re.match(r"(?i)\d|p\.?\s*o\.?\s+box", street))


def _clean(text: str) -> str:
    return _TRAILING.sub("", fold(text))

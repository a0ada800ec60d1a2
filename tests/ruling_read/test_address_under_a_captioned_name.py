"""A requester captioned by what it is ("Requester:", "Applicant:", "Company:", "Importer:",
"Requesting party:") with its street and city printed on the lines under the name, no caption
of their own (issue 13, round 32). The lines are the requester's address, never a letterhead
naming a second party. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_one_line_letterheads import GOODS
from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

_BODY: list[Cell] = [*(c for c in HEAD if c[1] not in (60, 72, 84, 164)),
                     (55, 164, "We request a binding ruling on the tariff classification of the "
                               "goods below."), *GOODS, *(c for c in CLOSE if c[1] != 554)]
_CAPTIONS = ["Requester:", "Applicant:", "Company:", "Importer:", "Requesting party:"]


@pytest.mark.parametrize("caption", _CAPTIONS)
@pytest.mark.parametrize(("under", "address"), [
    (["12 Pier Road, Newark, NJ 07114"], "12 Pier Road, Newark, NJ 07114"),
    (["12 Pier Road", "Newark, NJ 07114"], "12 Pier Road, Newark, NJ 07114"),
    (["12 Pier Road", "Suite 400", "Newark, NJ 07114"],
     "12 Pier Road, Suite 400, Newark, NJ 07114"),
])
def test_the_lines_under_the_captioned_name_are_its_address(
        tmp_path: Path, caption: str, under: list[str], address: str) -> None:
    cells = [(55.0, 60.0, f"{caption} Harbor Goods LLC"),
             *((55.0, 72.0 + 12 * i, line) for i, line in enumerate(under))]
    output = extract(draw(tmp_path / "letter.pdf", [*cells, *_BODY]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == address
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_phone_line_under_the_name_is_no_address(tmp_path: Path) -> None:
    # The next line is a field of its own: the requester's block gives no address, and the
    # letter none elsewhere, so it lacks one (177.2(b)(1)).
    cells: list[Cell] = [(55, 60, "Requester: Harbor Goods LLC"), (55, 72, "Phone: (973) 555-0100")]
    output = extract(draw(tmp_path / "letter.pdf", [*cells, *_BODY]))
    assert output["values"]["requester_address"] is None
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]

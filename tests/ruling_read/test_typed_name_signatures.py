"""A person's name typed under the closing, with no title and no signature mark (19 CFR
177.2(c)). A printed letter is signed in ink over the typed name, which the text layer does not
hold, and an e-mail is signed by the name typed: whether such a letter is signed is for a
person, never a deficiency concluded. A blank rule under the closing stays unsigned."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_fortyfourth_hand_cues import _BODY, typed
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract

_HEAD = ["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "Importer No. 12-3456789", "",
         "April 16, 2025", ""]
_LETTER = _BODY[:-4]  # the body without its closing and signature block


@pytest.mark.parametrize("block", [
    ["Regards,", "Ann Lee"],
    ["Best regards,", "", "Ann Lee"],
    ["Sincerely,", "", "", "Ann Lee"],
    ["Kind regards,", "Ann B. Lee"],
], ids=["regards", "best-regards", "space-for-ink", "initial"])
def test_a_typed_name_alone_goes_to_a_person(tmp_path: Path, block: list[str]) -> None:
    output = extract(draw(tmp_path / "typed.pdf", typed([*_HEAD, *_LETTER, *block]),
                          font="Courier", size=8))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert "177.2(c)" not in output["decision"]["missing"]
    assert any("typed under the closing" in f["message"] for f in output["findings"])


@pytest.mark.parametrize(("block", "outcome"), [
    (["Sincerely,", "", "/s/ Ann Lee", "Ann Lee"], "accept"),
    (["Sincerely,", "", "Signed: Ann Lee"], "accept"),
    (["Sincerely,", "Ann Lee", "Compliance Manager"], "accept"),
    (["Sincerely,", "", "______________"], "deficient"),
    # the project's own unsigned block: the name over its firm's, no mark (its corpus's truth)
    (["Sincerely,", "Ann Lee", "Harbor Goods LLC"], "deficient"),
], ids=["slash-s", "signed-caption", "name-and-title", "blank-rule", "name-over-firm"])
def test_a_marked_or_blank_block_keeps_its_reading(tmp_path: Path, block: list[str],
                                                   outcome: str) -> None:
    output = extract(draw(tmp_path / "marked.pdf", typed([*_HEAD, *_LETTER, *block]),
                          font="Courier", size=8))
    assert output["decision"]["outcome"] == outcome, output["findings"]


# A department or a firm typed under the closing names no one who could have signed: no
# person's typed name to weigh, so not sent to a person for that.
@pytest.mark.parametrize("unit", ["Purchasing Department", "Import Compliance Team",
                                  "Harbor Goods LLC"])
def test_a_unit_typed_under_the_closing_is_unsigned(tmp_path: Path, unit: str) -> None:
    block = ["Sincerely,", "", "", unit]
    output = extract(draw(tmp_path / "unit.pdf", typed([*_HEAD, *_LETTER, *block]),
                          font="Courier", size=8))
    assert output["values"]["signed"] is False
    assert not any("typed under the closing" in f["message"] for f in output["findings"])

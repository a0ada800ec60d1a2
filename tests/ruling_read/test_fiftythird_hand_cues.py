"""Senders' ways the fifty-third hand showed at first sight (issue 13, round 35), each in several
forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read

_MISSING_DESCRIPTION = "19 CFR 177.2(b)(2)(ii)(A)"


# The goods described only as what the requester will import, in the sentence that says so.
@pytest.mark.parametrize("told", [
    "We intend to import exercise mats of thermoplastic elastomer foam, 183 x 61 cm., style YM-2 "
    "from our supplier in Vietnam through the port of Newark (4601).",
    "Harbor Goods LLC plans to import thermoplastic elastomer yoga mats measuring 183 x 61 cm "
    "through the port of Newark (4601).",
    "The company proposes to import foam exercise mats (183 x 61 cm, 6 mm thick) via the port of "
    "Newark (4601) for resale to sporting goods stores.",
])
def test_goods_told_as_what_the_requester_will_import_are_described(
        tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(told, *FACTS[2:]))
    citations = [f["citation"] for f in output["findings"]]
    assert _MISSING_DESCRIPTION not in citations
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("told", [
    "We intend to import the following articles through the port of Newark (4601).",
    "Harbor Goods LLC plans to import them through the port of Newark (4601).",
    "Harbor Goods LLC plans to import through the port of Newark (4601) next spring.",
])
def test_a_sentence_naming_no_goods_describes_nothing(tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(told, *FACTS[2:]))
    assert output["decision"]["outcome"] != "accept", output["findings"]


# A unit's name, not a person's, printed under the blank line where a person would sign: no
# one signed (19 CFR 177.2(c)).
@pytest.mark.parametrize("unit", ["Trade Compliance", "Import Department", "Customs Compliance Team",
                                  "Logistics Office"])
def test_a_units_name_under_a_blank_signature_line_is_unsigned(tmp_path: Path, unit: str) -> None:
    output = read(tmp_path, closing=("Sincerely,", "______________________________", unit))
    assert output["values"]["signed"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(c)" in output["decision"]["missing"]


def test_a_person_over_her_units_title_under_the_line_signs(tmp_path: Path) -> None:
    output = read(tmp_path, closing=("Sincerely,", "______________________________", "Ann Lee",
                                     "Director, Trade Compliance"))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]

"""Referrals of senders in general (issue 13, round 26): a printout wraps the party's address
back to the margin, its city line under the label rather than under the street ("ADDRESS: 212
WHARF ST STE 300" over "PORTLAND ME 04101"); the city line is the address's second line. A
worksheet's title in capitals right over a sentence that opens with the company's name is no
word of the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_remarks_narratives import HEAD, TAIL

_HEAD = [h for h in HEAD if not h.startswith(("PARTY", "ADDRESS"))]
_REMARKS = ["REMARKS:", "  Entries of dog sweaters were undervalued by omitting assists."]


@pytest.mark.parametrize(("lines", "address"), [
    (["VIOLATOR: HARBOR & FINCH HOME GOODS LLC", "ADDRESS: 212 WHARF ST STE 300",
      "PORTLAND ME 04101"], "212 WHARF ST STE 300, PORTLAND ME 04101"),
    (["Party: Harbor & Finch Home Goods LLC", "Address: P.O. Box 4410,",
      "Portland, ME 04101-2233"], "P.O. Box 4410, Portland, ME 04101-2233"),
])
def test_a_city_line_under_the_label_ends_the_address(
        tmp_path: Path, lines: list[str], address: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [_HEAD[0], *lines, *_HEAD[1:], *_REMARKS, *TAIL])
    assert extract_penalty(path).facts.party_address == address


def test_a_label_under_the_street_is_no_city_line(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        _HEAD[0], "Party: Harbor & Finch Home Goods LLC", "Address: 212 Wharf Street, Portland,",
        "IMPORTER NO: 68-2811566", *_HEAD[1:], *_REMARKS, *TAIL])
    assert extract_penalty(path).facts.party_address != "212 Wharf Street, Portland, IMPORTER NO"


def test_a_title_in_capitals_over_the_named_company_is_no_word_of_its_name(
        tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        _HEAD[0], "Harbor & Finch Home Goods LLC, located at 212 Wharf Street, Portland, ME 04101,"
        " is the importer.", *_HEAD[1:], *_REMARKS, *TAIL])
    facts = extract_penalty(path).facts
    assert facts.party_name == "Harbor & Finch Home Goods LLC"
    assert facts.party_address == "212 Wharf Street, Portland, ME 04101"

"""A case report's labels padded to one width, the longest with two or three dots glued on
(issue 13, round 33: the forty-sixth hand).

"PARTY........ X" over "PRIOR DISCL.. YES": the printout reader takes four dots or more for the
label's colon and strips a shorter run without one, which took the abbreviation's stop with it:
"PRIOR DISCL" was no label, the disclosure defaulted to none and the fraud case was proposed at
the domestic value instead of the 1592(c)(4) amount. A short leader glued to a label's last word
is its colon, whatever the label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import LABELLED
from tests.penalty_read.drawn import draw_referral

_REPORT = [
    "PENALTY REFERRAL REPORT CASE 2025-3002-939013-01",
    "========================================================================",
    "PARTY........ MAPLE RIDGE KITCHENWARE CO.",
    "ADDRESS...... 5 COPPER LANE, COLUMBUS, OH 43215",
    "{importer} 11-8396512",
    "VIOLATION DT. 2022-10-10",
    "{culpability} FRAUD",
    "{disclosure} YES",
    "IMPORTATION.. COMMERCIAL",
    "========================================================================",
    "ENTRY          ENTRY DATE LIQ ENTERED VALUE       DUTY PAID     DUTY OWED",
    "8HI-0370023-0 2022-05-05 N       USD 50,839.62 USD 2,033.58 USD 2,033.58",
    "8HI-9808814-5 2022-10-10 Y       USD 27,196.29 USD 1,087.85 USD 1,087.85",
    "DOMESTIC VALUE USD 132,661.00",
    "DUTIABLE VALUE USD 78,035.00",
]


@pytest.mark.parametrize(("importer", "culpability", "disclosure"), [
    ("IMPORTER NO..", "CULPABILITY..", "PRIOR DISCL.."),
    ("IOR NO...", "CULP...", "PRIOR DISC..."),
    ("IMPORTER #..", "CULPABILITY..", "PD.."),
])
def test_a_short_leader_glued_to_a_label_is_its_colon(tmp_path: Path, importer: str,
                                                     culpability: str, disclosure: str) -> None:
    lines = [line.format(importer=importer, culpability=culpability, disclosure=disclosure)
             for line in _REPORT]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert reading.facts.prior_disclosure is True
    assert reading.fields["prior_disclosure"].confidence == LABELLED
    assert reading.facts.importer_number == "11-8396512"
    assert reading.facts.culpability == "fraud"


def test_an_ellipsis_in_a_sentence_is_no_leader(tmp_path: Path) -> None:
    lines = [*_REPORT[:4], "IMPORTER NO.. 11-8396512", "CULPABILITY.. FRAUD",
             "The importer said it disclosed... nothing before the audit.", *_REPORT[8:]]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert reading.fields["prior_disclosure"].confidence < LABELLED


# The same report padded with spaces instead of dots: "PRIOR DISCL    YES". The abbreviation
# without its stop ends its cell; read as no label, the disclosure defaulted to none.
@pytest.mark.parametrize("disclosure", ["PRIOR DISCL   ", "PRIOR DISC    ", "PRIOR DISCL"])
def test_a_label_cut_short_without_its_stop_is_read_beside_its_answer(tmp_path: Path,
                                                                     disclosure: str) -> None:
    lines = [line.format(importer="IMPORTER NO..", culpability="CULPABILITY..",
                         disclosure=disclosure) for line in _REPORT]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert reading.facts.prior_disclosure is True
    assert reading.fields["prior_disclosure"].confidence == LABELLED


def test_a_cut_label_whose_answer_is_not_read_goes_to_a_person(tmp_path: Path) -> None:
    lines = [line.format(importer="IMPORTER NO..", culpability="CULPABILITY..",
                         disclosure="PRIOR DISCL   ").replace(" YES", " SEE CASE FILE")
             for line in _REPORT]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier"))
    assert any("prior disclosure" in doubt for doubt in reading.facts.doubts)

"""A worksheet that prints one typed box a line (issue 13, thirty-fifth hand): under "CULPABILITY
(check one):" a line per level, each after its box, then the prior disclosure's and the
noncommercial importation's own boxed lines. The ticked line is the level whatever its place
(1592(c)); an empty box is a "no", however its caption reads ("Prior disclosure received and
perfected -- none on file"); a list that ticks no level leaves the culpability to a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "FINES, PENALTIES & FORFEITURES -- 1592 CASE WORKSHEET",
    "CASE NUMBER ......... 2023-1801-154528-01",
    "VIOLATOR ............ Alder Point Housewares Inc.",
    "ADDRESS ............. 18 Quarry Road, Reno, NV 89502",
    "IMPORTER NO. ........ 88-1204417",
    "VIOLATION DATE ...... 2023-03-02",
    "DOMESTIC VALUE ...... 90,000.00 USD",
]
ENTRIES = [
    "ENTRIES:",
    "  - A2C-0209645-3 | entered 2023-03-02 | LIQ | value 82833.74 | paid 2070.84 | owed 6626.70",
]
LEVELS = ("NEGLIGENCE - 19 U.S.C. 1592(c)(3)", "GROSS NEGLIGENCE - 19 U.S.C. 1592(c)(2)",
          "FRAUD - 19 U.S.C. 1592(c)(1)")


def _read(tmp_path: Path, boxes: list[str], font: str = "Courier") -> PenaltyExtraction:
    path = draw_referral(tmp_path / "worksheet.pdf",
                         [*HEAD, "", "CULPABILITY (check one):", *boxes, *ENTRIES], font=font)
    return extract_penalty(path)


def _levels(ticked: int | None, on: str = "[X]", off: str = "[ ]") -> list[str]:
    return [f"{on if index == ticked else off} {level}" for index, level in enumerate(LEVELS)]


@pytest.mark.parametrize(("ticked", "level"), [
    (0, "negligence"), (1, "gross_negligence"), (2, "fraud")])
def test_the_ticked_line_of_a_level_list_is_the_culpability(
        tmp_path: Path, ticked: int, level: str) -> None:
    reading = _read(tmp_path, _levels(ticked))
    assert reading.facts.culpability == level
    assert reading.fields["culpability"].confidence >= 0.95


@pytest.mark.parametrize(("on", "off", "font"), [
    ("[x]", "[ ]", "Helvetica"), ("(X)", "( )", "Courier"), ("[X]", "[]", "Times-Roman")])
def test_sibling_box_prints_read_alike(tmp_path: Path, on: str, off: str, font: str) -> None:
    reading = _read(tmp_path, [*_levels(2, on, off), f"{off} Prior disclosure (162.74) made",
                               f"{off} Non-commercial shipment"], font=font)
    assert reading.facts.culpability == "fraud"
    assert reading.facts.prior_disclosure is False
    assert reading.facts.noncommercial is False


def test_a_list_that_ticks_no_level_reads_none(tmp_path: Path) -> None:
    reading = _read(tmp_path, _levels(None))
    assert reading.facts.culpability is None


@pytest.mark.parametrize(("box", "made"), [
    ("[ ] Prior disclosure received and perfected -- none on file", False),
    ("[X] Prior disclosure received and perfected", True),
    ("[ ] Prior disclosure filed under 19 CFR 162.74", False),
])
def test_the_disclosure_s_own_box_answers_it(tmp_path: Path, box: str, made: bool) -> None:
    reading = _read(tmp_path, [*_levels(0), box, "[ ] Noncommercial importation (162.77(c))"])
    assert reading.facts.prior_disclosure is made
    assert reading.fields["prior_disclosure"].confidence >= 0.95
    assert not any("disclosure" in doubt for doubt in reading.facts.doubts)


@pytest.mark.parametrize(("box", "noncommercial"), [
    ("[ ] Noncommercial importation (162.77(c))", False),
    ("[X] Noncommercial importation (162.77(c))", True),
    ("[ ] Non-commercial entry", False),
])
def test_the_noncommercial_box_answers_it(tmp_path: Path, box: str, noncommercial: bool) -> None:
    reading = _read(tmp_path, [*_levels(0), "[ ] Prior disclosure", box])
    assert reading.facts.noncommercial is noncommercial
    assert not any("noncommercial" in doubt for doubt in reading.facts.doubts)

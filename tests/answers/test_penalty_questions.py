"""A penalty worksheet's yes/no questions (a prior disclosure, 19 CFR 162.74; a commercial or
noncommercial importation, 162.77(c)) answered every way senders answer them: a clear answer is
read, over a reading of the question's own words ("filed" is no Yes); a blank or both ticked go
to a person with the reason, and so does an N/A on the importation; an N/A on the disclosure says
there is none (a disclosure is the violator's own written act, 162.74(a))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.rules.decide import decide_penalty
from tests.answers.forms import WORKSHEET_HEAD, WORKSHEET_TAIL, Line, document

_TODAY = date(2024, 9, 1)


def _read(tmp_path: Path, lines: list[Line]) -> tuple[bool, bool, str, tuple[str, ...]]:
    path = document(tmp_path / "worksheet.pdf", WORKSHEET_HEAD, lines, WORKSHEET_TAIL,
                    font=("Courier", 8))
    facts = extract_penalty(path).facts
    decision, _ = decide_penalty(facts, today=_TODAY)
    return facts.prior_disclosure, facts.noncommercial, decision.outcome, facts.doubts


@pytest.mark.parametrize(("disclosure", "importation"), [
    ("Prior disclosure filed? No", "Commercial importation? Yes"),
    ("Prior disclosure (Y/N): N", "Commercial importation (Y/N): Y"),
    ("Prior disclosure filed?  [ ] Yes  [X] No", "Commercial importation?  [X] Yes  [ ] No"),
    ("Was a prior disclosure filed? ( ) Yes (x) No", "Is the importation commercial? (x) Yes"),
    ("Prior disclosure made? None", "Non-commercial importation? No"),
])
def test_a_disclosure_answered_no_on_a_commercial_importation_is_drafted(
        tmp_path: Path, disclosure: str, importation: str) -> None:
    assert _read(tmp_path, [[(72, disclosure)], [(72, importation)]]) == (
        False, False, "draft", ())


def test_an_answer_under_its_question_is_read(tmp_path: Path) -> None:
    lines: list[Line] = [[(72, "Was a prior disclosure filed under 19 CFR 162.74?")], [(90, "No")],
                         [(72, "Commercial importation? Yes")]]
    assert _read(tmp_path, lines) == (False, False, "draft", ())


def test_a_noncommercial_importation_answered_on_either_question(tmp_path: Path) -> None:
    for importation in ("Commercial importation? No", "Noncommercial importation? Yes"):
        found = _read(tmp_path, [[(72, "Prior disclosure filed? No")], [(72, importation)]])
        assert found[:3] == (False, True, "draft")


@pytest.mark.parametrize("disclosure", [
    "Prior disclosure filed? N/A", "Prior disclosure: Not applicable",
    "Prior disclosure (Y/N): n/a", "Prior disclosure:  NA",
])
def test_a_disclosure_answered_not_applicable_is_none(tmp_path: Path, disclosure: str) -> None:
    found = _read(tmp_path, [[(72, disclosure)], [(72, "Commercial importation? Yes")]])
    assert found == (False, False, "draft", ())


@pytest.mark.parametrize(("disclosure", "why"), [
    ("Prior disclosure filed?  [ ] Yes  [ ] No", "left unanswered"),
    ("Prior disclosure filed?  [X] Yes  [X] No", "answered both yes and no"),
])
def test_a_disclosure_not_answered_yes_or_no_goes_to_a_person(
        tmp_path: Path, disclosure: str, why: str) -> None:
    found = _read(tmp_path, [[(72, disclosure)], [(72, "Commercial importation? Yes")]])
    assert found[2] == "needs_human"
    assert len(found[3]) == 1 and why in found[3][0] and "162.74" in found[3][0]


def test_an_importation_answered_not_applicable_goes_to_a_person(tmp_path: Path) -> None:
    found = _read(tmp_path, [[(72, "Prior disclosure filed? No")],
                             [(72, "Commercial importation? N/A")]])
    assert found[1:3] == (False, "needs_human")
    assert len(found[3]) == 1 and "162.77(c)" in found[3][0]


_NO_STATUS = [line for line in WORKSHEET_TAIL if "Liq" not in line and "5HA" not in line] + [
    "5HA-5357040-1         06/14/2021      $45,570.76        $1,777.26            $13,169.96",
    "5HA-7053438-0         06/22/2021      $29,777.16        $1,161.31            $8,605.60",
]
_NO_STATUS.insert(3, "Entry Number          Entry Date      Entered Value     Duties Deposited     "
                     "Duties Owed")


@pytest.mark.parametrize(("asked", "liquidated", "outcome"), [
    ("Entries liquidated? Yes", [True, True], "draft"),
    ("Have the entries been liquidated?  [ ] Yes  [X] No", [False, False], "draft"),
    ("Entries liquidated? N/A", [False, False], "needs_human"),
])
def test_a_table_without_a_status_takes_the_referrals_one_question_on_liquidation(
        tmp_path: Path, asked: str, liquidated: list[bool], outcome: str) -> None:
    lines: list[Line] = [[(72, "Prior disclosure filed? No")],
                         [(72, "Commercial importation? Yes")], [(72, asked)]]
    path = document(tmp_path / "worksheet.pdf", WORKSHEET_HEAD, lines, _NO_STATUS,
                    font=("Courier", 8))
    facts = extract_penalty(path).facts
    decision, _ = decide_penalty(facts, today=_TODAY)
    assert [e.liquidated for e in facts.entries] == liquidated
    assert len(facts.entries) == 2 and decision.outcome == outcome

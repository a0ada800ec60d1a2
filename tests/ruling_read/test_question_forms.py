"""A ruling intake form that asks questions and has the sender tick Yes or No beside each, and
names the kind of ruling in the cell beside its caption: read from the ticks, filled or
flattened, never from the question's own words."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from bots.ruling_triage.extract import extract_ruling
from bots.ruling_triage.model import RulingFacts
from tests.pdf.fillable import Item, blank_form, fill, flatten
from tests.pdf.form_layouts import RULING_VALUES, TOP, _yes_no, ruling_form

_BOX_CAPTIONS = ("The issue is not", "Sample sent", "Confidential")
_QUESTIONS = {"pending": "Is the issue pending before any CBP office or any court?",
              "sample": "Is a sample sent with this request?",
              "conf": "Is confidential treatment requested?"}


def _question_form() -> list[Item]:
    """The intake form with its three statement boxes asked as Yes/No questions instead."""
    items = [item for item in ruling_form()[0]
             if getattr(item, "name", None) not in ("not_pending", "sample", "confidential")
             and not str(getattr(item, "text", "")).startswith(_BOX_CAPTIONS)]
    for row, (name, question) in enumerate(_QUESTIONS.items()):
        items += _yes_no(question, 55, TOP - 320 - 20 * row, name)
    return items


def _read(tmp_path: Path, ticks: Mapping[str, str], how: str) -> RulingFacts:
    values = {k: v for k, v in RULING_VALUES.items() if k not in ("not_pending", "sample")}
    values |= {f"{name}_{answer}": "/Yes" for name, answer in ticks.items()}
    blank = blank_form(tmp_path / "blank.pdf", [_question_form()])
    path = (fill(blank, tmp_path / "filled.pdf", values, regenerate=True) if how == "filled"
            else flatten(blank, tmp_path / "flat.pdf", values))
    return extract_ruling(path).facts


@pytest.mark.parametrize("how", ["filled", "flattened"])
def test_each_question_is_answered_by_the_box_ticked_beside_it(tmp_path: Path, how: str) -> None:
    # Before: "Yes", "No" and the tick were three cells of their own; the pending question read as
    # a statement that the issue is before a court (no ruling), "Is a sample sent?" as no sample.
    facts = _read(tmp_path, {"pending": "no", "sample": "yes", "conf": "no"}, how)
    assert (facts.pending_statement, facts.pending_in_court, facts.pending_before_cbp) == (
        True, False, False)
    assert (facts.sample_provided, facts.confidential_requested) == (True, False)


def test_the_other_ticks_give_the_other_answers(tmp_path: Path) -> None:
    facts = _read(tmp_path, {"pending": "no", "sample": "no", "conf": "yes"}, "flattened")
    assert (facts.sample_provided, facts.confidential_requested) == (False, True)


def test_a_pending_question_ticked_yes_says_nothing_of_where(tmp_path: Path) -> None:
    # A court case means no ruling (177.7(b)), a matter before CBP does not: a bare Yes is for a
    # person to read, never concluded either way.
    facts = _read(tmp_path, {"pending": "yes", "sample": "yes", "conf": "no"}, "flattened")
    assert not facts.pending_in_court
    assert not facts.pending_statement


def test_a_question_ticked_neither_way_states_nothing(tmp_path: Path) -> None:
    facts = _read(tmp_path, {"sample": "yes"}, "flattened")
    assert not facts.pending_statement


def test_the_kind_of_ruling_named_beside_its_caption_is_read(tmp_path: Path) -> None:
    # Before: "Tariff classification" beside "Ruling type" read as a second caption, and the
    # type as "other" at full confidence (routed to Headquarters).
    facts = _read(tmp_path, {"pending": "no", "sample": "yes", "conf": "no"}, "filled")
    assert facts.ruling_type == "classification"

"""A letter that lodges its protest against the liquidation by name ("X protests the liquidation
of entry ...") and sets its objection out under a label of its own ("Our objection:", "Why we
protest:") is understood: the decision it attacks (here the appraisement) is read from the
argument, but the letter's parts stand where the reader looked. An element it leaves out (the
importer number, 174.13(a)(2)) is absent, not unsure. Without the labelled objection the letter's
layout is not vouched for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_box_points_to_unprinted_sheet import _pdf

_ARGUMENT = ("The import specialist added assists that were never furnished by the importer. The",
             "buyer provided no molds, tools or engineering; the addition to the price actually",
             "paid or payable is unsupported and must be removed.")


def _letter(lodging: str, label: str) -> list[str]:
    return ["Sunfield Ceramics Corp.", "2250 Kiln Road", "Tampa, FL 33610", "", "01/24/2026",
            "To: Port Director, Newark, NJ, port 4601", "Subject: Protest",
            f"Sunfield Ceramics Corp. {lodging} the liquidation of entry 4FF-1450685-8, entered",
            "10/14/2024 and liquidated 10/05/2025.",
            "Description of merchandise: Glazed stoneware dinner plates, pattern Coastline",
            f"{label}{_ARGUMENT[0]}", *_ARGUMENT[1:], "Subject to drawback: No.",
            "Accelerated disposition is not requested.", "Regards,", "Rafael T. Ibarra",
            "Logistics Manager"]


def _decided(tmp_path: Path, lines: list[str]) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(_pdf(tmp_path / "l.pdf", [lines])).facts
    decision, _ = decide(replace(facts, received_date=date(2026, 1, 28)),
                         today=date(2026, 2, 12))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("lodging", ["protests", "hereby protests", "contests"])
@pytest.mark.parametrize("label", ["Our objection: ", "Why we protest: ", "Grounds: "])
def test_a_labelled_objection_after_the_named_liquidation_vouches_for_absences(
        tmp_path: Path, lodging: str, label: str) -> None:
    assert _decided(tmp_path, _letter(lodging, label)) == ("deficient", ("174.13(a)(2)",))


def test_an_unlabelled_argument_leaves_the_layout_unsure(tmp_path: Path) -> None:
    outcome, _ = _decided(tmp_path, _letter("protests", ""))
    assert outcome == "needs_human"

"""An exclusion is protested by saying the goods met what the law asks of them: "The goods met
every marking and admissibility requirement when presented", "The goods meet the labeling
requirements in full", "the lamps satisfy all safety requirements". That is the objection's
justification (19 CFR 174.13(a)(6)) though it cites no provision: the goods' compliance is why
the decision is wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Hollis & Vane Audio Co.",
    "52 Mercer Street",
    "New York, NY 10013",
    "June 8, 2024",
    "U.S. Customs and Border Protection, Port of San Francisco (port code 2809)",
    "Importer number: 36-6915241",
]
_OWNER = [
    "I own Hollis & Vane Audio Co. and am writing to protest the exclusion of the merchandise",
    "from entry on our Passive two-way bookshelf loudspeakers, walnut veneer, which came in",
    "under entry DAH-6384453-0, entered June 15, 2023, decided June 2, 2024.",
]
_LABELLED = [
    "Entry: DAH-6384453-0, entered June 15, 2023, excluded June 2, 2024",
    "Merchandise: Passive two-way bookshelf loudspeakers, walnut veneer",
    "Objection: the protestant objects to the exclusion of the merchandise from entry.",
]
_REASONS = {
    "met-every": "The goods met every marking and admissibility requirement when presented.",
    "meet-the": "The goods meet the labeling requirements in full.",
    "satisfy-all": "The loudspeakers satisfy all safety requirements that apply to them.",
}
_TAIL = [
    "No drawback has been or will be claimed on these entries.",
    "Regards,",
    "Walter J. Kuznetsov",
    "Owner",
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 6, 10)),
                         today=date(2024, 6, 11))
    return decision.outcome, decision.missing


@pytest.mark.parametrize("reason", sorted(_REASONS))
@pytest.mark.parametrize("opening", ["owner", "labelled"])
def test_the_goods_meeting_the_law_justify_the_objection(
        tmp_path: Path, opening: str, reason: str) -> None:
    # Before: with no cite, no term of the law and no reason's connective, the sentence was
    # not read as a reason; the objection went to a person.
    lines = _OWNER if opening == "owner" else _LABELLED
    outcome, missing = _decided(_letter_pdf(tmp_path / "e.pdf", [
        *_HEAD, *lines, _REASONS[reason], *_TAIL]))
    assert "174.13(a)(6)" not in missing
    assert outcome != "needs_human"

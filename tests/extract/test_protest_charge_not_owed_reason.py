"""A protest of a charge or fee says why in the plain words of what the charge may rest on: the
base included what is "not part of" the value, what "is not dutiable", a fee "not owed". Said in
the paragraph after the particulars, that is the objection's justification (19 CFR
174.13(a)(6)), not an objection missing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Redfern & Alder Furniture Ltd.",
    "620 Mill Pond Road",
    "High Point, NC 27260",
    "IOR: 95-3168792",
    "Port: 1303 Baltimore",
    "07-SEP-2025",
    "Port Director, U.S. Customs and Border Protection",
    "Re: Protest of liquidation",
    "We protest the merchandise processing fee charged in the liquidation on",
    "entry B7D-3531114-0, entered 17-JUL-2024 and liquidated 03-JUN-2025.",
    "Merchandise: LED desk lamps with USB charging port, model DL-300",
]
_REASONS = {
    "not-part-of": ["The fee was computed on a value that includes ocean freight and",
                    "insurance, which are not part of the value on which the merchandise",
                    "processing fee is assessed."],
    "not-dutiable": ["The fee's base included the tooling supplied free by our parent",
                     "company, which is not dutiable."],
    "not-owed": ["The fee was charged twice on the same shipment; the second charge is not",
                 "owed."],
}
_TAIL = [
    "The protestant declares that no entry listed here is subject to drawback.",
    "Sincerely,",
    "Priya Raman",
    "Associate General Counsel",
]


@pytest.mark.parametrize("reason", sorted(_REASONS))
def test_a_charge_said_not_owed_is_justified(tmp_path: Path, reason: str) -> None:
    # Before: only a cite, a term of the law or a reason's connective counted, so the
    # paragraph was not read as the objection and a person was asked.
    facts = extract_protest(_letter_pdf(tmp_path / "c.pdf", [*_HEAD, *_REASONS[reason],
                                                              *_TAIL])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 9, 11)),
                         today=date(2025, 9, 12))
    assert facts.objection_text is not None
    assert (decision.outcome, decision.missing) == ("accept", ())

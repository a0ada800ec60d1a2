"""A rider sets out the objection under its heading and goes on, with no heading between, to
the protest's other statements: "No application for further review is made.", "Further review
is requested under 19 CFR 174.24(b).", "The entries are not subject to drawback." A sentence
that opens a line and states another element ends the objection: the request or declaration
is read as itself, not as part of the reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_FORM = [
    "PROTEST - CONTINUATION FORM (19 CFR 174.13)",
    "Port code: 5301 (Houston)",
    "Protesting party: Tessaro Ceramics USA Inc.",
    "Address: 500 Kiln Boulevard, Trenton, NJ 08608",
    "Importer No.: 27-3920562",
    "Entry G3H-8673371-3, entered 10/10/2024, liquidated 08/07/2025",
    "Decision protested: Classification and rate of duty",
    "Description of merchandise: Porcelain dinner plates, 27 cm, model TC-11",
    "Signature: /s/ Barnaby K. Osei",
    "RIDER - STATEMENT OF OBJECTIONS",
    "CBP reclassified the goods out of subheading 6911.10.3810. The heading claimed at",
    "entry describes them by name, and GRI 1 and 6 settle the matter. We ask that the",
    "entries be reliquidated under the subheading claimed, with a refund of excess duties.",
]
_AFTER = [
    # As the forty-ninth hand wrote it.
    ("No application for further review is made.", "further_review_requested", False),
    ("Further review is requested under 19 CFR 174.24(b): the decision raises a question",
     "further_review_requested", True),
    ("Accelerated disposition is requested under 19 CFR 174.22.", "accelerated_disposition",
     True),
]


@pytest.mark.parametrize(("line", "field", "value"), _AFTER)
def test_the_objection_ends_where_another_element_is_stated(
        tmp_path: Path, line: str, field: str, value: bool) -> None:
    # Before: the objection ran on to the request on the line after the reasons.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_FORM, line])).facts
    assert (facts.objection_text or "").endswith("with a refund of excess duties.")
    assert getattr(facts, field) is value

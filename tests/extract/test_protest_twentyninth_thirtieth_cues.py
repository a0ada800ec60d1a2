"""Round 25: what the twenty-ninth and thirtieth hands' senders do, read for senders in general
(issue 13): an objection that names the decision's own particulars and nothing of why
(174.13(a)(6)), ..."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_elements import DEFERRED
from tests.extract.test_protest_decision_cues import _letter_pdf

_LETTER_HEAD = [
    "PROTEST AND REQUEST FOR RELIEF (19 U.S.C. 1514; 19 CFR Part 174)",
    "PROTESTANT: Magellan Bicycle Works LLC, 77 Velo Lane, Boulder, CO 80301",
    "IMPORTER NO.: 82-6831497",
    "MERCHANDISE: Insulated stainless steel food jars, model FJ-16",
    "Entry B7C-1984706-0 entered 11-AUG-2023, liquidated 25-MAR-2024",
]


@pytest.mark.parametrize("objection", [
    "Protestant objects to the classification of the merchandise under subheading "
    "7323.93.0080, HTSUS.",
    "Protestant objects to the fees assessed.",
])
def test_an_objection_naming_only_the_decisions_particulars_gives_no_justification(
    tmp_path: Path, objection: str,
) -> None:
    # Before: the subheading CBP applied (a cite, "HTSUS") read as the objection's reasons, so
    # a protest that never says why the decision is wrong was accepted (confidently wrong).
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        *_LETTER_HEAD, "STATEMENT OF OBJECTIONS", objection,
        "DRAWBACK", "No drawback has been or will be claimed on these entries.",
    ])
    assert extract_protest(pdf).fields[DEFERRED].value is True


def test_the_same_objection_with_its_reason_is_justified(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        *_LETTER_HEAD, "STATEMENT OF OBJECTIONS",
        "Protestant objects to the classification of the merchandise under subheading",
        "7323.93.0080, HTSUS. The jars are properly classified under 9617.00.1000, HTSUS.",
        "DRAWBACK", "No drawback has been or will be claimed on these entries.",
    ])
    fields = extract_protest(pdf).fields
    assert DEFERRED not in fields
    assert "9617.00.1000" in str(fields["objection_text"].value)

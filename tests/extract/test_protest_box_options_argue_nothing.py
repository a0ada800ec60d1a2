"""A protest form's check-box options name the decisions it offers to mark ("[X] classification
and rate of duty", "[ ] other: decision on petition for relief (19 CFR 171)"): they argue
nothing, so a bare objection after them ("The protestant objects to the classification and
rate of duty of the merchandise.") still gives no reason, and 174.13(a)(6) is missing. Before,
the options' words ("classification", "CFR") were taken for reasons argued before the objection
and such a protest was accepted: confidently wrong (the forty-seventh hand, held out)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

# A summary sheet's particulars down to its decision boxes, shared by the form's other tests.
SUMMARY_SHEET_HEAD = [
    "PROTEST UNDER 19 U.S.C. 1514 - SUMMARY SHEET",
    "Port code: 3002",
    "Protesting party: Marrowfield Outdoor Goods LLC",
    "Importer of record no.: 82-3795342",
    "Address: 77 Old Mill Road, Glen Burnie, MD 21061",
    "ENTRY NUMBER      DATE OF ENTRY      DATE OF LIQUIDATION",
    "BDH-4673163-6     Feb. 29, 2024      Jan. 12, 2025",
    "Decision protested (mark one):",
]
_CLOSE = [
    "[X] None of the entries covered by this protest is subject to drawback.",
    "Description of merchandise: insulated stainless steel beverage bottles, 24 oz",
    "The protestant objects to the classification and rate of duty of the merchandise.",
    "Signature: /s/ Thomas H. Greer",
    "Name: Thomas H. Greer     Title: Licensed Customs Broker",
]
_OPTIONS = {
    "brackets-other-cites-a-cfr-part": [
        "   [X] classification and rate of duty",
        "   [ ] appraised value",
        "   [ ] other: decision on petition for relief (19 CFR 171)",
    ],
    "parentheses": [
        "   (x) Classification",
        "   ( ) Appraisement under 19 U.S.C. 1401a",
        "   ( ) Charges or exactions",
    ],
    "lower-case-tick-and-heading-option": [
        "   [ ] Rate of duty under heading 9903",
        "   [x] Tariff classification",
        "   [ ] Exclusion (19 U.S.C. 1499)",
    ],
}


def _outcome(tmp_path: Path, options: list[str]) -> tuple[str, list[str]]:
    pdf = _letter_pdf(tmp_path / "p.pdf", [*SUMMARY_SHEET_HEAD, *options, *_CLOSE])
    facts = replace(extract_protest(pdf).facts, received_date=date(2025, 4, 1))
    decision, _ = decide(facts, today=date(2025, 4, 10))
    return decision.outcome, list(decision.missing)


@pytest.mark.parametrize("style", sorted(_OPTIONS))
def test_the_forms_options_are_no_reasons_for_a_bare_objection(tmp_path: Path,
                                                                style: str) -> None:
    assert _outcome(tmp_path, _OPTIONS[style]) == ("deficient", ["174.13(a)(6)"])


def test_a_ticked_other_with_its_own_reasons_still_argues(tmp_path: Path) -> None:
    # After its colon the sender types the reason: that is argued, not a caption.
    outcome, missing = _outcome(tmp_path, [
        "   [ ] appraised value",
        "   [X] Other: the bottles are classifiable in subheading 9617.00.10 under GRI 1",
    ])
    assert "174.13(a)(6)" not in missing
    assert outcome != "deficient"

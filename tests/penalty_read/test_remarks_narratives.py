"""Referrals of senders in general (issue 13, round 25): worksheets that tell the merchandise, the
law and the facts only in a remarks or findings narrative, in capitals or as a sentence opening
"Entries of ...", a reviewer reading them there (19 CFR 162.77(b)(1)); a narrative that names no
goods leaves the description to a person."""

from __future__ import annotations

from pathlib import Path

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.extract_header import INFERRED
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "PENALTY CASE REFERRAL WORKSHEET",
    "CASE NO......: 2024-2704-479300-01",
    "PARTY........: Harbor & Finch Home Goods LLC",
    "ADDRESS......: 212 Wharf Street, Portland, ME 04101",
    "IMPORTER NO..: 68-2811566",
    "VIOLATION DT.: 02/20/2023",
    "CULPABILITY..: NEGLIGENCE",
    "PRIOR DISCL..: NO",
    "DOMESTIC VAL.: 76,043.00",
    "ENTRY NO.       ENTRY DT     LIQ   ENTERED VALUE   DUTY PAID   DUTY OWED",
    "B7D-0071947-5   02/20/2023   N     58,495.00       1,169.90    12,413.66",
]
TAIL = ["REFERRING OFFICER: Dana R. Whitcombe, Import Specialist"]


def _read(tmp_path: Path, remarks: list[str]) -> PenaltyExtraction:
    return extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *remarks, *TAIL]))


def test_goods_that_open_a_sentence_as_entries_of_them_are_the_merchandise(
        tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "REMARKS:",
        "  Entries of dog sweaters were filed with a value and classification that did",
        "  not reflect the transaction; the declared duty was understated (19 U.S.C.",
        "  1592(a)).",
    ])
    assert reading.facts.merchandise == "dog sweaters"
    assert reading.fields["merchandise"].confidence == INFERRED  # told only in prose
    assert reading.facts.material_facts is not None
    assert reading.facts.material_facts.startswith("Entries of dog sweaters")
    assert reading.facts.violation_type is not None


def test_a_narrative_in_capitals_tells_the_goods_the_act_and_the_kind(tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "REMARKS",
        "  THE IMPORTER DID NOT EXERCISE REASONABLE CARE IN CLASSIFYING POLYESTER",
        "  FLEECE PULLOVER JACKETS FOR WOMEN, STYLE PF-220 ON THE ENTRIES LISTED,",
        "  DECLARING SUBHEADING 6110.30.3053 AT A LOWER RATE THAN APPLIES. THE",
        "  VIOLATION IS REFERRED AS NEGLIGENT UNDER 19 U.S.C. 1592(A).",
    ])
    assert reading.facts.merchandise == "POLYESTER FLEECE PULLOVER JACKETS FOR WOMEN, STYLE PF-220"
    assert reading.fields["merchandise"].confidence == INFERRED
    assert reading.facts.material_facts is not None
    assert "REASONABLE CARE IN CLASSIFYING" in reading.facts.material_facts
    assert reading.facts.violation_type == "classification"


def test_the_goods_whose_classification_was_falsely_declared_are_the_merchandise(
        tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "Findings: The importer knowingly declared a false classification and origin for",
        "folding aluminum camp chairs, model CC-9 on the entries listed, declaring subheading",
        "9401.71.0011 at a lower rate than applies.",
    ])
    assert reading.facts.merchandise == "folding aluminum camp chairs, model CC-9"


def test_the_correct_classification_of_goods_names_them(tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "Findings: The importer acted with wanton disregard for the correct classification of",
        "children's wooden stacking toys, 12-piece sets, on the entries listed.",
    ])
    assert reading.facts.merchandise == "children's wooden stacking toys"


def test_a_narrative_that_names_no_goods_leaves_them_to_a_person(tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "REMARKS",
        "  THE IMPORTER DID NOT EXERCISE REASONABLE CARE IN CLASSIFYING THE MERCHANDISE",
        "  ON THE ENTRIES LISTED, DECLARING A SUBHEADING AT A LOWER RATE THAN APPLIES.",
    ])
    assert reading.facts.merchandise is None


def test_remarks_in_capitals_that_are_no_sentence_name_no_goods(tmp_path: Path) -> None:
    # A line in capitals that states no act ("ENTRIES OF RECORD ATTACHED") is no narrative.
    reading = _read(tmp_path, ["REMARKS", "  COPIES OF ENTRIES OF RECORD ATTACHED."])
    assert reading.facts.merchandise is None
    assert reading.facts.material_facts is None


def test_goods_with_a_typeset_apostrophe_are_named_whole(tmp_path: Path) -> None:
    reading = _read(tmp_path, [
        "REMARKS",
        "  THE IMPORTER DID NOT EXERCISE REASONABLE CARE IN CLASSIFYING CHILDREN\u2019S",
        "  WOODEN STACKING TOYS, 12-PIECE SETS, ITEM WT-12 ON THE ENTRIES LISTED.",
    ])
    assert reading.facts.merchandise == "CHILDREN\u2019S WOODEN STACKING TOYS"


def test_a_side_heading_beside_the_statement_is_no_word_of_the_facts(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD[:9],
        [(72.0, "Findings"),
         (180.0, "The importer did not exercise reasonable care in classifying")],
        [(180.0, "folding camp chairs, declaring a subheading at a lower rate than applies.")],
        *HEAD[9:],
    ])
    facts = extract_penalty(path).facts
    assert facts.material_facts is not None
    assert facts.material_facts.startswith("The importer did not exercise reasonable care")
    assert facts.merchandise == "folding camp chairs"

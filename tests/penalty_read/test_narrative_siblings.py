"""Referrals of senders in general (issue 13, round 26): the goods, the act and the kind of
violation told in a narrative under other headings than round 25's, or under none -- a label
that opens the statement on its own line ("Comments: The importer ..."), a paragraph after the
entries' table, a bulleted summary, a sentence wrapped before the word "entries"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_remarks_narratives import HEAD, TAIL

# The worksheet's head without its culpability: the narrative alone tells the facts.
_HEAD = [line for line in HEAD if not line.startswith("CULPABILITY")]

# (narrative lines, goods, kind, the statement's first words)
_LABELLED_ON_ITS_LINE = [
    (["Remarks: The importer misclassified frozen shrimp on the entries listed, declaring",
      "a subheading at a lower rate than applies."],
     "frozen shrimp", "classification", "The importer misclassified frozen shrimp"),
    (["Comments: Importer misclassified frozen shrimp on the entries listed; negligence."],
     "frozen shrimp", "classification", "Importer misclassified"),
    (["Officer's Notes: The importer undervalued cotton t-shirts by omitting",
      "assists supplied to the manufacturer."],
     "cotton t-shirts", "valuation", "The importer undervalued cotton t-shirts"),
    (["Explanation of Violation: The importer declared Vietnam as the country of origin",
      "of steel wire hangers made in China."],
     None, "origin", "The importer declared Vietnam"),
    (["REMARKS: IMPORTER FAILED TO DECLARE ASSISTS ON INJECTION MOLDED PLASTIC TOYS;",
      "VALUE UNDERSTATED."],
     None, "valuation", "IMPORTER FAILED TO DECLARE ASSISTS"),
]


@pytest.mark.parametrize(("lines", "goods", "kind", "opening"), _LABELLED_ON_ITS_LINE)
def test_a_statement_after_its_label_on_the_line_is_the_facts(
        tmp_path: Path, lines: list[str], goods: str | None, kind: str, opening: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*_HEAD, *lines, *TAIL])).facts
    assert facts.material_facts is not None
    assert facts.material_facts.startswith(opening)
    assert facts.violation_type == kind
    if goods is not None:
        assert facts.merchandise == goods


def test_a_fields_own_label_is_no_statement(tmp_path: Path) -> None:
    # "Merchandise: ..." names the goods, even with a verb in its value; no facts are told.
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *_HEAD, "Merchandise: cotton towels entered under subheading 6302.60.0010.", *TAIL])).facts
    assert facts.material_facts is None


def test_a_violation_label_with_a_verb_in_its_value_is_no_statement(tmp_path: Path) -> None:
    # The twenty-second hand's case print: "Violation: false country of origin: the invoices ...
    # declared Vietnam ..." names the kind; with no statement of facts the case goes to a person.
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *_HEAD, "Violation: false country of origin: the invoices and entry summaries declared",
        "Vietnam as the country of origin of goods made in China.", *TAIL])).facts
    assert facts.material_facts is None


@pytest.mark.parametrize("narrative", [
    ["The importer misclassified LED desk lamps on the entries listed, declaring",
     "subheading 9405.21.0000 at a lower rate than applies. The violation was negligent."],
    ["THE IMPORTER UNDERSTATED THE VALUE OF CARBON STEEL PIPE FITTINGS ON THE ENTRIES",
     "LISTED BY OMITTING ASSISTS."],
])
def test_a_paragraph_after_the_entries_table_leaves_its_rows_out(
        tmp_path: Path, narrative: list[str]) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative, *TAIL])).facts
    assert facts.material_facts is not None
    assert facts.material_facts.lower().startswith("the importer")
    assert "58,495.00" not in facts.material_facts


def test_a_bulleted_summary_names_the_goods_up_to_the_next_item(tmp_path: Path) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *HEAD, "Summary of Violation:", "  - Merchandise: ceramic floor tiles",
        "  - The importer misdescribed the goods on the entries listed",
        "  - Culpability: negligence", *TAIL])).facts
    assert facts.merchandise == "ceramic floor tiles"
    assert facts.violation_type == "description"


def test_a_statement_wrapped_before_the_word_entries_goes_on(tmp_path: Path) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *_HEAD, "Findings", "  The importer understated the value of bamboo cutting boards on the",
        "  entries listed by omitting a buying commission paid to its agent.", *TAIL])).facts
    assert facts.material_facts is not None
    assert "buying commission paid to its agent" in facts.material_facts
    assert facts.violation_type == "valuation"

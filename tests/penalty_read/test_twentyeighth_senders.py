"""Referrals of senders in general (issue 13, round 23, the twentyeighth hand): the goods told as
what the duty was owed on, and a synopsis that tells the violation in the passive, its subject
naming the party's goods; a sentence whose first clause ends in a colon, and a goods label with
no stop. Each states what 19 CFR 162.77(b)(1)(i) and (iv) ask of the notice."""

from __future__ import annotations

from pathlib import Path

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyFacts
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "MEMORANDUM - Penalty referral under 19 U.S.C. 1592",
    "Case Number: 2024-3901-220145-01",
    "Party: Wrenfield Cookware Corp.",
    "Address: 75 Mill Street, Dayton, OH 45402",
    "Importer Number: 31-7720045",
    "Culpability: Negligence",
    "Date of Violation: May 6, 2022",
    "Domestic Value: $120,000.00",
]
ENTRY = ["Entry 4KC-1186502-7, filed May 6, 2022 (liquidated): entered value $60,000.00; duty paid",
         "$1,200.00; duty owed $4,800.00."]
TAIL = ["No prior disclosure was made. The importations were commercial shipments for resale."]


def _read(tmp_path: Path, statement: list[str]) -> PenaltyFacts:
    path = draw_referral(tmp_path / "referral.pdf", [*HEAD, *statement, *ENTRY, *TAIL])
    return extract_penalty(path).facts


def test_the_goods_the_duty_was_owed_on_are_the_merchandise(tmp_path: Path) -> None:
    facts = _read(tmp_path, [
        "Findings. The entries below understated the duty owed on enamelled cast iron skillets,",
        "10 inch, model SK-10. We find the violation negligent.",
    ])
    assert facts.merchandise == "enamelled cast iron skillets, 10 inch, model SK-10"


def test_what_a_duty_falls_due_on_besides_goods_is_not_the_merchandise(tmp_path: Path) -> None:
    facts = _read(tmp_path, [
        "Findings. The importer understated the duty due on liquidation, as the entries show.",
    ])
    assert facts.merchandise is None


def test_a_passive_synopsis_naming_the_partys_goods_states_the_facts(tmp_path: Path) -> None:
    facts = _read(tmp_path, [
        "Synopsis",
        "The investigation found that the subject's entries of jute shopping bags, printed, were",
        "negligently misdescribed.",
    ])
    assert facts.material_facts is not None and "jute shopping bags" in facts.material_facts
    assert facts.violation_type == "description"


def test_a_passive_charge_of_the_entries_alone_states_no_facts(tmp_path: Path) -> None:
    # However many adverbs grade it, "the entries were misdescribed" names the charge, no fact.
    facts = _read(tmp_path, ["Synopsis", "The entries were grossly negligently misdescribed."])
    assert facts.material_facts is None


def test_a_sentence_that_speaks_before_its_colon_is_no_label(tmp_path: Path) -> None:
    # The twentyseventh hand's chronology: the facts follow a kind label, their first clause
    # closed by a colon; a label has no verb, so the sentence is the statement.
    facts = _read(tmp_path, [
        "Violation: False statements at entry (misclassification), 19 U.S.C. 1592(a)",
        "The misclassification was found in the audit: the goods were entered under a duty-free",
        "subheading although the importer's own catalogue places them in a dutiable one.",
    ])
    assert facts.material_facts is not None
    assert facts.material_facts.startswith("The misclassification was found in the audit:")
    assert facts.violation_type == "classification"


def test_a_goods_label_without_a_stop_ends_where_the_next_label_begins(tmp_path: Path) -> None:
    facts = _read(tmp_path, [
        "Merchandise:  Aluminum bicycle handlebars, 31.8 mm clamp, part HB-720",
        "Violation:  False statements at entry (misclassification), 19 U.S.C. 1592(a)",
        "The importer declared the handlebars under a duty-free subheading.",
    ])
    assert facts.merchandise == "Aluminum bicycle handlebars, 31.8 mm clamp, part HB-720"

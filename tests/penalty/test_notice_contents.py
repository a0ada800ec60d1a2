"""19 CFR 162.77(b)(1): no notice without its facts; the laws come from the kind of violation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bots.common.corrections import apply_corrections
from bots.penalty_notice import decide_penalty
from bots.penalty_notice.rules.laws import GENERAL, VIOLATION_LAWS, laws_violated
from tests.penalty.factories import EXAMPLE_ENTRIES, TODAY, case


@pytest.mark.parametrize(
    ("changes", "item"),
    [
        ({"merchandise": None}, "(i) the description of the merchandise"),
        ({"entries": (replace(EXAMPLE_ENTRIES[0], entry_date=None),)}, "(ii) the details"),
        ({"violation_type": None}, "(iii) the laws and regulations violated"),
        ({"violation_type": "smuggling"}, "(kind of violation: smuggling)"),
        ({"material_facts": "  "}, "(iv) the material facts"),
        ({"culpability": None}, "(v) the culpability"),
    ],
)
def test_a_referral_missing_a_162_77_b_fact_goes_to_a_person(changes, item) -> None:
    decision, findings = decide_penalty(case(**changes), today=TODAY)
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    contents = next(f for f in findings if f.rule == "PEN-CONTENTS")
    assert contents.citation == "19 CFR 162.77(b)(1)" and contents.person_decides
    assert item in contents.message


def test_a_referral_that_gives_every_fact_is_drafted() -> None:
    decision, findings = decide_penalty(case(), today=TODAY)
    assert decision.outcome == "draft"
    assert "PEN-CONTENTS" not in {f.rule for f in findings}


@pytest.mark.parametrize(
    ("kind", "section"),
    [("valuation", "19 U.S.C. 1401a"), ("classification", "19 U.S.C. 1202"),
     ("origin", "19 CFR 134.1(b)"), ("marking", "19 U.S.C. 1304"),
     ("quantity", "19 U.S.C. 1481(a) and 19 CFR 141.86(a)"),
     ("antidumping", "19 U.S.C. 1673e(a)(3)")],
)
def test_the_laws_violated_follow_the_kind_of_violation(kind, section) -> None:
    laws = laws_violated(kind)
    assert laws[: len(GENERAL)] == GENERAL  # 1592(a)(1)(A) and 1484(a)(1) on every notice
    assert any(law.startswith(section) for law in laws[len(GENERAL):])
    others = [k for k in VIOLATION_LAWS if k != kind]
    assert all(laws != laws_violated(other) for other in others)


def test_an_unknown_kind_of_violation_has_no_laws_to_print() -> None:
    assert laws_violated(None) == () and laws_violated("smuggling") == ()


def test_a_person_who_supplies_the_missing_fact_lets_the_notice_be_drafted() -> None:
    corrected = apply_corrections(case(violation_type=None), {"violation_type": "valuation"})
    decision, _ = decide_penalty(corrected, today=TODAY)
    assert (decision.outcome, decision.notice) == ("draft", "pre_penalty")

"""A charge of a false value and a false rate at once (issue 13, round 33: the forty-second hand).

"The company declared X at values and rates that did not match its purchase records", "Entries of
X were filed with a value and classification that did not reflect the transaction", "the entered
classification and values were not supported": one charge names two kinds of violation. The
notice states every law and regulation violated (19 CFR 162.77(b)(1)(iii)), so both kinds are
read and the laws of both stated; before, the first cue won ("classification") and its laws
alone were stated, or no cue was seen and the kind went to a person as "not stated".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_violation import TWO_KINDS, kind_of
from bots.penalty_notice.rules.laws import GENERAL, VIOLATION_LAWS, laws_violated
from tests.penalty_read.drawn import draw_referral

_HEAD = [
    "Regulatory Audit - Referral for Penalty Action",
    "Case 2025-3002-291728-01",
    "This referral concerns Tamarack Toy Company (importer number 68-5525086), whose address is 65",
    "Birch Hollow Road, Burlington, VT 05401.",
]
_TAIL = [
    "Merchandise: led desk lamps with adjustable aluminum arms.",
    "We find that the violation, which began on 21 February 2024, resulted from grossly negligent",
    "conduct. No prior disclosure was made.",
    "The entries concerned are:",
    "  - Entry H9B-2379017-4, entered 21 February 2024, liquidated; entered value $19,914.36, duty",
    "     deposited $3,561.44, duty lawfully owed $7,839.50.",
    "The domestic value of the merchandise is $156,983.00.",
]
_CHARGES = [
    ["Our audit found that the company declared led desk lamps with adjustable arms at values",
     "and rates that did not match its purchase records."],
    ["Remarks: Entries of led desk lamps were filed with a value and classification that did",
     "not reflect the transaction; the declared duty was understated."],
    ["Findings: the entered classification and values of the led desk lamps were not supported",
     "by the importer's own records."],
    ["Our audit found that the importer undervalued and misclassified the led desk lamps it",
     "entered."],
    ["Our audit found that the importer misclassified the led desk lamps and undervalued",
     "them on its entries."],
    ["Our audit found that the company declared the lamps with values and the rates of duty",
     "that its purchase records did not support."],
]


@pytest.mark.parametrize("charge", _CHARGES, ids=["values and rates", "value and classification",
                                                  "classification and values",
                                                  "undervalued and misclassified",
                                                  "misclassified ... and undervalued",
                                                  "values and the rates"])
def test_a_charge_of_value_and_rate_names_both_kinds(tmp_path: Path, charge: list[str]) -> None:
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, *charge, *_TAIL])
    reading = extract_penalty(path)
    assert reading.facts.violation_type == TWO_KINDS
    assert reading.facts.material_facts
    # Both kinds' laws stated, the referral is drafted (162.77(b)(1)(iii)).
    decided = extract_json(path, today=date(2025, 5, 6))
    assert decided["decision"]["outcome"] == "draft"


@pytest.mark.parametrize("statement", [
    "The importer classified the lamps under a subheading with a lower rate of duty.",
    "The importer undervalued the lamps by omitting assists from the entered values.",
    "The values and the quantities declared did not match.",
    "The importer entered the goods listed below with an understated rate of duty.",
])
def test_a_charge_of_one_kind_is_still_that_kind(statement: str) -> None:
    assert kind_of(statement) != TWO_KINDS


def test_both_kinds_state_the_laws_of_each_once() -> None:
    laws = laws_violated(TWO_KINDS)
    assert laws[: len(GENERAL)] == GENERAL
    for kind in ("valuation", "classification"):
        assert all(law in laws for law in VIOLATION_LAWS[kind])
    assert len(laws) == len(set(laws))


def test_a_pair_with_an_unknown_kind_has_no_laws_to_print() -> None:
    assert laws_violated("valuation and smuggling") == ()

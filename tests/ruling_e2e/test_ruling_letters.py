"""The letter each outcome calls for, rendered from what the bot read off a corpus letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.common.letters import template_path
from bots.common.office import office_for
from bots.ruling_triage.letters import SIGNATORIES, letter_context, letter_template
from bots.ruling_triage.rules.decide import decide_ruling
from tests.documents._docs import docx_text, flat
from tests.ruling_e2e.conftest import Read
from tradebots.documents.render import render_docx
from tradebots.settings import load_settings

# The generated corpus prints its HTML share with chromium.
pytestmark = pytest.mark.browser

LETTER_DATE = date(2026, 1, 5)


def letter_for(read: Read, tmp_path: Path) -> str:
    facts = read.extraction.facts
    received = read.extraction.received_stamp or read.case.received
    decision, findings = decide_ruling(facts, received=received)
    template = letter_template(decision.outcome)
    assert template is not None
    agent = read.extraction.fields.get("agent_name")
    office = office_for(load_settings(), SIGNATORIES[decision.route])
    context = letter_context(facts, decision, findings, office, outcome=decision.outcome,
                             control_number="R26-000042", received=received,
                             letter_date=LETTER_DATE,
                             agent_name=agent.value if agent else None)
    out = render_docx(template_path(template), context, tmp_path / "letter.docx")
    return flat(docx_text(out.path))


def first(reads: list[Read], scenario: str) -> Read:
    return next(r for r in reads if r.case.scenario == scenario)


@pytest.fixture(autouse=True)
def _home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[2])  # templates/ under the project home


def test_the_acknowledgment_gives_the_control_number_and_the_ncsd_target_date(reads, tmp_path):
    read = first(reads, "accept_classification")
    text = letter_for(read, tmp_path)
    assert "Acknowledgment of ruling request; Control No. R26-000042" in text
    due = date.fromisoformat(read.case.expected["due"])
    assert f"The target date for this request is {due:%B} {due.day}, {due.year}" in text


def test_the_acknowledgment_of_a_headquarters_request_promises_no_target_date(reads, tmp_path):
    text = letter_for(first(reads, "accept_valuation"), tmp_path)
    assert "Office of Regulations and Rulings at Headquarters" in text
    assert "there is no fixed target date" in text


def test_the_deficiency_letter_lists_each_missing_element_and_the_30_day_cure(reads, tmp_path):
    text = letter_for(first(reads, "deficient_several"), tmp_path)
    assert "19 CFR 177.2(b)(5)" in text and "19 CFR 177.2(c)" in text
    assert "Under 19 CFR 177.3" in text and "on or before February 4, 2026" in text


def test_the_deficiency_letter_names_a_deficiency_that_is_no_177_2_element(reads, tmp_path):
    text = letter_for(first(reads, "deficient_too_many_items"), tmp_path)
    assert "CBP practice for binding-ruling requests" in text
    assert "The request covers 7 items" in text


def test_the_no_ruling_letter_cites_the_court_ground(reads, tmp_path):
    text = letter_for(first(reads, "no_ruling_court"), tmp_path)
    assert "19 CFR 177.7(b)" in text and "Court of International Trade" in text
    assert "protest under 19 U.S.C. 1514" not in text


def test_a_completed_transaction_is_pointed_to_a_protest(reads, tmp_path):
    text = letter_for(first(reads, "no_ruling_liquidated"), tmp_path)
    assert "19 CFR 177.1(a)(2)(ii); 19 CFR 177.7" in text
    assert "protest under 19 U.S.C. 1514 and 19 CFR Part 174" in text
    assert "internal advice" not in text


def test_a_current_transaction_is_pointed_to_the_port_and_internal_advice(reads, tmp_path):
    text = letter_for(first(reads, "no_ruling_unliquidated"), tmp_path)
    assert "request internal advice from Headquarters under 19 CFR 177.11" in text


def test_a_sole_proprietors_social_security_number_is_masked(reads, tmp_path):
    read = first(reads, "accept_sole_proprietor")
    assert read.output["values"]["importer_number"] == "123-45-6789"
    text = letter_for(read, tmp_path)
    assert "***-**-6789" in text and "123-45-6789" not in text

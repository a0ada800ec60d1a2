"""`tradebots extract penalty-case` as the contract states it: its keys, bad files, wrong kinds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.corpus.penalties import PenaltyCase
from bots.penalty_notice.contract import extract_json
from bots.penalty_notice.extract import NotAReferral
from tradebots.pdf import UnusablePdf

TODAY = date(2026, 3, 2)
VALUE_KEYS = {
    "case_number", "party_name", "party_address", "importer_number", "violation_date",
    "culpability", "prior_disclosure", "noncommercial", "entries", "domestic_value",
    "dutiable_value",
}
DECISION_KEYS = {
    "loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty", "limitations_date",
    "notice", "outcome", "barred_entries",
}


@pytest.mark.browser  # the corpus prints its HTML share with chromium
def test_the_object_has_exactly_the_contract_keys(penalty_corpus: list[PenaltyCase]):
    case = penalty_corpus[0]
    result = extract_json(case.pdf, received=None, today=case.today)
    assert set(result) == {"kind", "document", "values", "evidence", "confidence", "findings",
                           "decision"}
    assert result["kind"] == "penalty-case"
    assert len(result["document"]["sha256"]) == 64
    assert set(result["values"]) == VALUE_KEYS
    assert set(result["decision"]) == DECISION_KEYS
    assert set(result["values"]["entries"][0]) == {
        "entry_number", "entry_date", "liquidated", "entered_value", "duty_paid", "duty_owed"}
    assert all(set(f) == {"rule", "citation", "severity", "message"} for f in result["findings"])


@pytest.mark.browser  # the corpus prints its HTML share with chromium
def test_every_figure_finding_cites_its_law(penalty_corpus: list[PenaltyCase]):
    case = next(c for c in penalty_corpus if c.spec.scenario == "negligence")
    findings = {f["rule"]: f for f in extract_json(case.pdf, today=case.today)["findings"]}
    assert findings["PEN-LOD"]["message"].startswith("19 CFR 162.71(a)")
    assert findings["PEN-MAX"]["message"].startswith("19 U.S.C. 1592(c)(3)(A)")
    assert findings["PEN-PROPOSED"]["citation"] == "19 CFR Part 171 App. B (E)(1)(b)"


@pytest.mark.parametrize("cause", ["not a PDF", "damaged", "encrypted", "no pages",
                                   "no text layer"])
def test_an_unusable_file_is_refused_naming_the_file_and_the_cause(
    penalty_bad_inputs: dict[str, Path], cause: str
):
    path = penalty_bad_inputs[cause]
    with pytest.raises(UnusablePdf) as raised:
        extract_json(path, today=TODAY)
    assert raised.value.message == f"{path}: {cause}"


def test_a_readable_document_of_another_kind_is_not_a_referral(
    penalty_bad_inputs: dict[str, Path],
):
    path = penalty_bad_inputs["not a protest"]  # a commercial invoice
    with pytest.raises(NotAReferral, match=r": not a penalty referral .*it looks like an invoice"):
        extract_json(path, today=TODAY)

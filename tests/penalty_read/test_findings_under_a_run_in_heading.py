"""A report of findings whose numbered paragraphs open with a run-in heading and its stop
("3. Findings. The party declared ..."), and a violation told as what the goods were declared
as against what they were (issue 13, round 36: the fifty-fifth hand's noncommercial referral).

The statement after the run-in heading is the material facts (19 CFR 162.77(b)(1)(iv)); goods
declared as one thing that were another are misdescribed (19 U.S.C. 1481(a)(3), 19 CFR
141.86(a)(3)), unless the statement names a narrower kind (a rate, a value, an origin).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_violation import kind_of
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "Regulatory Audit - Report of Findings (excerpt)",
    "Referral to Fines, Penalties and Forfeitures - file 2026-2704-907428-01",
    "1. Party. Lucinda B. Marchetti, whose address is 976 Larkspur Court, Asheville, NC 28803.",
    "2. Merchandise. Antique furniture and household articles shipped as part of a personal move.",
]
TAIL = [
    "4. Culpability. The evidence supports a finding of negligence.",
    "5. Disclosure. No prior disclosure was made.",
    "6. Values. Domestic value of the merchandise: USD 13,255.00.",
    "Entry Number Date of Entry Liq. Status Entered Value Duties Deposited Correct Duty",
    "ABC-9937193-4 26 September 2024 Final USD 8,443.27 USD 337.73 USD 1,312.73",
]
STATEMENT = ("The party declared the shipment as used household effects free of duty, but it "
             "included antique furniture bought abroad for resale to dealers.")


@pytest.mark.parametrize("heading", ["3. Findings.", "3. Material facts.", "Findings.",
                                     "3. Statement of facts."])
def test_the_statement_after_a_run_in_heading_is_the_facts(tmp_path: Path, heading: str) -> None:
    lines = [*HEAD, f"{heading} {STATEMENT}", *TAIL]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert facts.material_facts is not None
    assert facts.material_facts.startswith("The party declared the shipment")
    assert "Culpability" not in facts.material_facts
    assert facts.violation_type == "description"


@pytest.mark.parametrize(("statement", "kind"), [
    (STATEMENT, "description"),
    ("The importer entered the goods as spare parts although the cartons held finished units.",
     "description"),
    ("The goods were described as cotton towels, whereas they were in fact linen napkins.",
     "description"),
    ("The importer declared the goods as parts, but they were classified in a higher-rate "
     "subheading on review.", "classification"),
    ("The importer declared the goods as of Mexican origin, but they were made in China.",
     "origin"),
    ("The goods were declared as made in Vietnam but were made in China.", "origin"),
    ("The importer entered the lamps as spare parts although they were made in Mexico.",
     "origin"),
])
def test_goods_declared_as_one_thing_that_were_another(statement: str, kind: str) -> None:
    assert kind_of(statement) == kind


@pytest.mark.parametrize("heading", ["3. Findings.", "Findings."])
def test_a_run_in_heading_over_no_statement_states_no_facts(tmp_path: Path, heading: str) -> None:
    lines = [*HEAD, f"{heading} See the investigative file.", *TAIL]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert facts.material_facts is None

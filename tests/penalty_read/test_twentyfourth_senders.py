"""Referrals of senders in general (issue 13, round 19, the twentyfourth hand): a monospaced case
worksheet pads its labels with dot leaders ("VIOLATION.......: MISCLASSIFICATION (19 U.S.C.
1592)") and cuts its column headers to fit ("ENTERED VAL"). A label's leader is no heading's
period, and a charge that names only the kind and its law is no statement of the material facts
(19 CFR 162.77(b)(1)(iv)): such a referral goes to a person."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyFacts
from tests.penalty_read.drawn import draw_referral

RULE = "-" * 84


def worksheet(folder: Path, charge: str, facts: list[str], value_header: str = "ENTERED VAL"
              ) -> PenaltyFacts:
    """A fixed-width worksheet, as a text printer lays it out (columns by spaces, Courier)."""
    lines = [
        "U.S. CUSTOMS AND BORDER PROTECTION              FP&F CASE SUMMARY WORKSHEET",
        "=" * 84,
        "CASE NUMBER...........: 2024-4601-762748-01",
        "VIOLATOR..............: Desert Marigold Ceramics LLC",
        "IOR NO................: 60-0966106",
        "MERCHANDISE...........: Woven cotton twill trousers for men, style HT-5580",
        charge,
        "DATE OF VIOLATION.....: 09-JUN-2023",
        "CULPABILITY...........: GROSS NEGLIGENCE",
        "PRIOR DISCLOSURE........ N",
        "DOMESTIC VALUE........: 124,882.00",
        "ENTRY DETAIL", RULE,
        f"ENTRY NUMBER  ENTRY DATE LIQ   {value_header:<11} DUTY PAID DUTY OWED     LOSS",
        RULE,
        "EBD-5065391-1 09-JUN-2023 Final  53,231.09     0.00  3,460.02  3,460.02",
        "EBD-6135108-3 06-AUG-2023 Final  14,273.23     0.00    927.76    927.76",
        RULE,
        "TOTALS                           67,504.32     0.00  4,387.78  4,387.78",
        *facts,
        "REFERRED BY: Catherine Aldana, Import Specialist",
    ]
    return extract_penalty(draw_referral(folder / "w.pdf", lines, font="Courier")).facts


@pytest.mark.parametrize("charge", [
    "VIOLATION.............: MISCLASSIFICATION (19 U.S.C. 1592(A)(1)(A); 19 U.S.C. 1202)",
    "VIOLATION............. UNDERVALUATION - 19 U.S.C. 1592(A)(1)(A)(I)",
    "VIOLATION ............ FALSE COUNTRY OF ORIGIN (19 U.S.C. 1592(A)(1)(A); 19 U.S.C. 1304)",
    "2. Violation. Misclassification under 19 U.S.C. 1592(a)(1)(A) and 19 U.S.C. 1202",
])
def test_a_charge_naming_only_its_kind_and_law_is_no_statement_of_facts(tmp_path: Path,
                                                                        charge: str) -> None:
    facts = worksheet(tmp_path, charge, [])
    assert facts.material_facts is None
    assert facts.violation_type in {"classification", "valuation", "origin"}  # the label's kind


@pytest.mark.parametrize("charge", [
    "VIOLATION.............: MISCLASSIFICATION (19 U.S.C. 1592(A)(1)(A))",
    "2. Violation. The importer declared the trousers under a duty-free subheading.",
])
def test_the_facts_are_read_where_the_sender_states_them(tmp_path: Path, charge: str) -> None:
    told = ["MATERIAL FACTS:",
            "  A post-entry audit found that the importer declared the goods under a duty-free",
            "  subheading although they are provided for in a dutiable one."]
    facts = worksheet(tmp_path, charge, [] if charge.startswith("2.") else told)
    assert facts.material_facts is not None
    assert "declared" in facts.material_facts


@pytest.mark.parametrize("header", ["ENTERED VAL", "ENT. VAL.", "ENTERED VALUE", "ENTRD VAL"])
def test_an_entered_value_column_cut_to_fit_is_read(tmp_path: Path, header: str) -> None:
    facts = worksheet(tmp_path, "VIOLATION.............: MISCLASSIFICATION", [], header)
    assert [e.entered_value for e in facts.entries] == [Decimal("53231.09"), Decimal("14273.23")]
    assert [e.duty_owed for e in facts.entries] == [Decimal("3460.02"), Decimal("927.76")]


@pytest.mark.parametrize("told", [
    "\u2022 Facts: see investigative file.",
    "Material facts: See attached report of investigation.",
    "Narrative: refer to the case file.",
    "Statement of facts: to be provided by the investigating office.",
    "Facts: N/A",
])
def test_a_facts_cue_that_sends_the_reader_elsewhere_states_no_facts(tmp_path: Path,
                                                                     told: str) -> None:
    # Leaders and bullets come off every line, so a bulleted cue is read as a cue: its words
    # must still state what happened to count as the material facts.
    facts = worksheet(tmp_path, "VIOLATION.............: UNDERVALUATION", [told])
    assert facts.material_facts is None

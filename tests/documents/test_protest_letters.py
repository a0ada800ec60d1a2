"""Protest letters: which template an outcome gets, and what the letter then says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.common.office import OfficeInfo
from bots.protest_intake.letters import (
    draft_letter,
    letter_context,
    letter_template,
)
from bots.protest_intake.model import Outcome, ProtestDecision, ProtestEntry, ProtestFacts
from bots.protest_intake.rules.decide import decide
from tests.documents._docs import docx_text, flat, sample
from tradebots.errors import BusinessError
from tradebots.facts import Finding

OFFICE = OfficeInfo(
    port_name="Port of Los Angeles/Long Beach",
    port_code="2704",
    address="301 E. Ocean Blvd., Suite 1400, Long Beach, CA 90802",
    officer_name="Maria T. Alvarez",
    officer_title="Supervisory Import Specialist",
)
LETTER_DATE = date(2025, 3, 4)
FACTS = ProtestFacts(
    protest_number="2704-25-100123",
    port_code="2704",
    received_date=date(2025, 2, 20),
    importer_number="95-1234567",
    protestant_name="Pacific Rim Trading Co.",
    protestant_address="1200 Harbor Way, Suite 5, San Pedro, CA 90731",
    entries=(
        ProtestEntry("ABC-1234567-6", date(2024, 8, 2), date(2024, 12, 27)),
        ProtestEntry("ABC-7654321-6", date(2024, 8, 9), date(2025, 1, 3)),
    ),
    category="classification",
    merchandise_description="Men's cotton knit shirts",
    objection_text="Heading 6105, not 6110.",
    drawback_declaration=False,
)
LAST_DAYS = {"ABC-1234567-6": date(2025, 6, 25), "ABC-7654321-6": date(2025, 7, 2)}


def decision(outcome: Outcome, missing: tuple[str, ...] = ()) -> ProtestDecision:
    return ProtestDecision(outcome, min(LAST_DAYS.values()), dict(LAST_DAYS), missing)


def missing_finding(item: str) -> Finding:
    return Finding("P-CONT", f"19 CFR {item}", "error", f"Not given: {item}.",
                   {"outcome": "deficient", "missing": item})


def letter(
    tmp_path: Path,
    outcome: Outcome,
    *,
    facts: ProtestFacts = FACTS,
    findings: tuple[Finding, ...] = (),
    missing: tuple[str, ...] = (),
    letter_date: date = LETTER_DATE,
) -> str:
    """Draft the letter and return its text, white space folded."""
    drafted = draft_letter(
        facts, decision(outcome, missing), findings, OFFICE,
        letter_date=letter_date, out_dir=tmp_path,
    )
    assert drafted is not None
    return flat(docx_text(drafted.path))


def shape(value: Any) -> Any:
    """Keys of a context, nested; list members by their first item."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


@pytest.mark.parametrize(
    ("outcome", "name"),
    [
        ("accept", "acknowledgment"),
        ("deficient", "deficiency"),
        ("untimely", "untimely_premature"),
        ("premature", "untimely_premature"),
        ("invalid", None),
        ("needs_human", None),
    ],
)
def test_outcome_chooses_the_template(outcome: Outcome, name: str | None) -> None:
    chosen = letter_template(outcome)
    assert (chosen.stem if chosen else None) == name
    assert chosen is None or chosen.is_file()


@pytest.mark.parametrize("outcome", ["invalid", "needs_human"])
def test_no_letter_is_drafted_for_invalid_or_needs_human(outcome: Outcome, tmp_path: Path) -> None:
    drafted = draft_letter(FACTS, decision(outcome), [], OFFICE, letter_date=LETTER_DATE,
                           out_dir=tmp_path)
    assert drafted is None
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match=outcome):
        letter_context(FACTS, decision(outcome), [], OFFICE, letter_date=LETTER_DATE)


@pytest.mark.parametrize(
    ("outcome", "name"),
    [("accept", "acknowledgment"), ("deficient", "deficiency"), ("untimely", "untimely_premature"),
     ("premature", "untimely_premature")],
)
def test_context_has_the_shape_of_the_templates_sample(outcome: Outcome, name: str) -> None:
    context = letter_context(
        FACTS, decision(outcome, ("174.13(a)(5)",)), [missing_finding("174.13(a)(5)")], OFFICE,
        letter_date=LETTER_DATE,
    )
    assert shape(context) == shape(sample(name))


def test_acknowledgment_states_receipt_entries_and_the_two_year_clock(tmp_path: Path) -> None:
    text = letter(tmp_path, "accept")

    assert "Re: Acknowledgment of protest; Protest No. 2704-25-100123" in text
    assert "Entry No(s). ABC-1234567-6, ABC-7654321-6" in text
    assert "received the protest referenced above on February 20, 2025" in text
    assert "ABC-1234567-6 August 2, 2024 December 27, 2024 June 25, 2025" in text
    assert "classification and rate and amount of duty" in text
    assert "within two years from the date it was filed, that is, on or before February 20, " \
           "2027" in text
    assert "19 CFR 174.21(a)" in text
    assert "Importer No. 95-1234567" in text
    assert "Maria T. Alvarez Supervisory Import Specialist" in text


def test_two_year_clock_from_29_february_ends_on_28_february(tmp_path: Path) -> None:
    facts = replace(FACTS, received_date=date(2024, 2, 29))
    assert "on or before February 28, 2026" in letter(tmp_path, "accept", facts=facts)


def test_accelerated_disposition_by_certified_mail_is_deemed_denied_on_day_30(
    tmp_path: Path,
) -> None:
    text = letter(tmp_path, "accept", facts=replace(FACTS, accelerated_disposition=True))

    assert "You requested accelerated disposition" in text
    assert "within 30 days from the date the request was mailed" in text
    assert "deemed denied on the 30th day" in text
    assert "19 CFR 174.22" in text


def test_accelerated_disposition_ticked_electronically_starts_no_clock(tmp_path: Path) -> None:
    facts = replace(FACTS, accelerated_disposition=True, filed_electronically=True)

    text = letter(tmp_path, "accept", facts=facts)

    assert "cannot be requested through the electronic protest module" in text
    assert "does not start the 30-day period" in text
    assert "You requested accelerated disposition" not in text


def test_without_a_request_the_letter_explains_how_to_ask(tmp_path: Path) -> None:
    text = letter(tmp_path, "accept")
    assert "You may request accelerated disposition" in text
    assert "by certified or registered mail" in text


def test_exclusion_protest_has_the_30_day_clock(tmp_path: Path) -> None:
    text = letter(tmp_path, "accept", facts=replace(FACTS, category="exclusion"))
    assert "deemed denied if it is not allowed or denied within 30 days" in text
    assert "by March 22, 2025 (19 CFR 174.21(b))" in text


def test_ssn_importer_number_is_masked(tmp_path: Path) -> None:
    facts = replace(FACTS, importer_number="123-45-6789")

    text = letter(tmp_path, "accept", facts=facts)

    assert "Importer No. ***-**-6789" in text
    assert "123-45-6789" not in text
    assert "123456789" not in text


def test_deficiency_lists_each_missing_item_with_citation_and_what_to_send(
    tmp_path: Path,
) -> None:
    several = Finding("P-MULTI-1", "19 CFR 174.13(b)", "warning",
                      "2 entries, but no decision protested is named.", {"outcome": "deficient"})
    findings = (missing_finding("174.13(a)(2)"), missing_finding("174.13(a)(6)"), several)

    text = letter(tmp_path, "deficient", findings=findings,
                  missing=("174.13(a)(2)", "174.13(a)(6)"))

    assert "Re: Deficient protest; Protest No. 2704-25-100123" in text
    assert "19 CFR 174.13(a)(2) The importer number of the protestant." in text
    assert "19 CFR 174.13(a)(6) The nature of, and justification for, each objection." in text
    assert "State each objection distinctly" in text
    assert "19 CFR 174.13(b) 2 entries, but no decision protested is named." in text
    assert "19 CFR 174.13(a)(5)" not in text
    assert "Under 19 CFR 174.14, you may amend the protest" in text
    assert "that period ends on June 25, 2025" in text


def test_deficiency_after_the_period_says_it_can_no_longer_be_amended(tmp_path: Path) -> None:
    text = letter(tmp_path, "deficient", findings=(missing_finding("174.13(a)(5)"),),
                  missing=("174.13(a)(5)",), letter_date=date(2025, 6, 26))

    assert "ended on June 25, 2025" in text
    assert "can no longer be amended" in text
    assert "19 CFR 174.28" in text
    assert "you may amend" not in text


def test_deficiency_after_accelerated_disposition_allows_no_amendment(tmp_path: Path) -> None:
    text = letter(tmp_path, "deficient", facts=replace(FACTS, accelerated_disposition=True),
                  findings=(missing_finding("174.13(a)(5)"),), missing=("174.13(a)(5)",))

    assert "accelerated disposition of the protest was requested" in text
    assert "can no longer be amended (19 CFR 174.14)" in text
    assert "you may amend" not in text


def test_untimely_protest_gets_a_notice_of_denial_with_reason_and_court_rights(
    tmp_path: Path,
) -> None:
    text = letter(tmp_path, "untimely")

    assert "Re: Notice of denial of protest; Protest No. 2704-25-100123" in text
    assert "The protest is denied in full" in text and "19 CFR 174.30(a)" in text
    assert "19 U.S.C. 1514(c)(3) and 19 CFR 174.12" in text
    assert "The protest is untimely and is denied for that reason." in text
    assert "June 25, 2025" in text and "July 2, 2025" in text
    assert ("civil action in the United States Court of International Trade under 28 U.S.C. "
            "1581(a) and 2632, within 180 days after the date this notice is mailed (28 U.S.C. "
            "2636(a); 19 CFR 174.31(a))") in text
    assert "cannot be considered" not in text
    assert "may file a new protest" not in text and "premature" not in text.lower()


def test_premature_protest_is_denied_and_may_be_refiled_after_liquidation(tmp_path: Path) -> None:
    text = letter(tmp_path, "premature")

    assert "Re: Notice of denial of protest; Protest No. 2704-25-100123" in text
    assert "not before, the date of liquidation" in text
    assert "The protest was filed prematurely and is denied for that reason." in text
    assert "You may file a new protest after the entries are liquidated, within 180 days after " \
           "the date of liquidation" in text
    assert "within 180 days after the date this notice is mailed (28 U.S.C. 2636(a)" in text
    assert "cannot be considered" not in text and "untimely" not in text


def test_exclusion_protest_past_day_30_is_deemed_denied_with_the_court_date(
    tmp_path: Path,
) -> None:
    text = letter(tmp_path, "accept", facts=replace(FACTS, category="exclusion"),
                  letter_date=date(2025, 3, 22))

    assert "Re: Acknowledgment and deemed denial of protest" in text
    assert "it was deemed denied on March 22, 2025 (19 CFR 174.21(b))" in text
    assert ("within 180 days after the date of the deemed denial, that is, on or before "
            "September 18, 2025 (28 U.S.C. 2636(a); 19 CFR 174.31(c))") in text
    # No decision is promised for a protest that already stands denied.
    assert "will review the protest" not in text and "174.21(a)" not in text
    assert "accelerated disposition" not in text


def test_exclusion_protest_before_day_30_still_promises_a_decision(tmp_path: Path) -> None:
    text = letter(tmp_path, "accept", facts=replace(FACTS, category="exclusion"),
                  letter_date=date(2025, 3, 21))

    assert "Re: Acknowledgment of protest;" in text
    assert "deemed denied if it is not allowed or denied within 30 days" in text
    assert "Court of International Trade" not in text


def test_acknowledgment_needs_the_received_date() -> None:
    with pytest.raises(BusinessError, match="received date"):
        letter_context(replace(FACTS, received_date=None), decision("accept"), [], OFFICE,
                       letter_date=LETTER_DATE)


def test_rules_decision_to_letter_lists_what_the_rules_found_missing(tmp_path: Path) -> None:
    facts = replace(FACTS, merchandise_description=None)
    decided, findings = decide(facts, today=LETTER_DATE)
    assert decided.outcome == "deficient"

    drafted = draft_letter(facts, decided, findings, OFFICE, letter_date=LETTER_DATE,
                           out_dir=tmp_path)

    assert drafted is not None
    assert drafted.path.name == "2704-25-100123-deficiency.docx"
    assert "19 CFR 174.13(a)(5) A specific description of the merchandise." in flat(
        docx_text(drafted.path)
    )

"""Denials go out as PDFs the protestant can act on: each opens without repair in the real
LibreOffice and states what 19 CFR 174.30(a) and 174.21(b) require."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.letters import draft_letter
from bots.protest_intake.rules import decide
from tests.documents._docs import flat, pdf_pages
from tests.documents.test_protest_letters import FACTS, OFFICE
from tradebots.documents.preview import check_docx_structure, convert_to_pdf

pytestmark = pytest.mark.libreoffice

COURT = ("You may contest the denial of this protest by filing a civil action in the United "
         "States Court of International Trade under 28 U.S.C. 1581(a) and 2632")
# Received on day 181 after liquidation, and before liquidation; an exclusion past day 30.
UNTIMELY = replace(FACTS, received_date=date(2025, 7, 3))
PREMATURE = replace(FACTS, protest_number="2704-25-100124", received_date=date(2024, 12, 20))
EXCLUSION = replace(FACTS, protest_number="2704-25-100125", category="exclusion",
                    received_date=date(2025, 2, 20))
LETTER_DATE = {UNTIMELY: date(2025, 7, 10), PREMATURE: date(2024, 12, 23),
               EXCLUSION: date(2025, 3, 24)}


def denial_pdfs(tmp_path: Path) -> dict[str, str]:
    """Decide each case, draft its letter, convert all in one LibreOffice call: outcome -> text."""
    drafted = {}
    for facts, letter_date in LETTER_DATE.items():
        decision, findings = decide(facts, today=letter_date)
        letter = draft_letter(facts, decision, findings, OFFICE, letter_date=letter_date,
                              out_dir=tmp_path)
        assert letter is not None
        check_docx_structure(letter.path)  # malformed XML is what makes Word offer a repair
        drafted[f"{decision.outcome}:{facts.category}"] = letter.path
    pdfs = convert_to_pdf(list(drafted.values()), tmp_path / "pdf")
    return {key: flat(" ".join(pdf_pages(pdfs[path.resolve()]))) for key, path in drafted.items()}


def test_each_denial_renders_to_pdf_with_its_required_paragraphs(tmp_path: Path) -> None:
    texts = denial_pdfs(tmp_path)

    untimely = texts["untimely:classification"]
    assert "Notice of denial of protest; Protest No. 2704-25-100123" in untimely
    assert "This is the notice of denial required by 19 CFR 174.30(a)" in untimely
    assert "Reason for the denial" in untimely
    assert "The protest is untimely and is denied for that reason." in untimely
    assert COURT in untimely
    assert "within 180 days after the date this notice is mailed (28 U.S.C. 2636(a)" in untimely

    premature = texts["premature:classification"]
    assert "Notice of denial of protest; Protest No. 2704-25-100124" in premature
    assert "The protest was filed prematurely and is denied for that reason." in premature
    assert COURT in premature and "after the date this notice is mailed" in premature

    deemed = texts["accept:exclusion"]
    assert "Acknowledgment and deemed denial of protest; Protest No. 2704-25-100125" in deemed
    assert "deemed denied on March 22, 2025 (19 CFR 174.21(b))" in deemed
    assert "on or before September 18, 2025 (28 U.S.C. 2636(a); 19 CFR 174.31(c))" in deemed
    assert "will review the protest" not in deemed

    for text in texts.values():
        assert "cannot be considered" not in text
        assert "Maria T. Alvarez" in text and "Page 1 of" in text

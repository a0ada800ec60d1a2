"""The notices: which one a decision gets, every 162.77 / 162.79 element in order, PDF previews."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest

from bots.common.office import OfficeInfo
from bots.penalty_notice import RULES_VERSION, decide_penalty
from bots.penalty_notice.letters import notice_context, notice_template
from bots.penalty_notice.model import Culpability, PenaltyEntry, PenaltyFacts
from templates.build_penalty_templates import main as build_templates
from tradebots.documents.preview import convert_to_pdf
from tradebots.documents.render import render_docx
from tradebots.errors import BusinessError

REPO = Path(__file__).resolve().parents[2]
OFFICE = OfficeInfo("Fines, Penalties and Forfeitures Office", "2704",
                    "301 E. Ocean Blvd., Long Beach, CA 90802", "Daniel R. Okafor",
                    "Fines, Penalties and Forfeitures Officer")
TEMPLATES = REPO / "templates" / "penalty"
TODAY = date(2025, 3, 4)
PRE_PENALTY_ELEMENTS = (
    "1. Description of the merchandise", "2. Details of the entry or introduction",
    "3. Laws and regulations violated", "4. Material facts", "5. Degree of culpability",
    "6. Estimated loss of duties and proposed penalty", "7. Your right to make representations",
)
FACTS = PenaltyFacts(
    case_number="2025-2704-000123-01", party_name="Smith & Jones <Imports>",
    party_address="12 Pier Rd, Long Beach, CA 90802", importer_number="123-45-6789",
    violation_date=date(2023, 3, 1), culpability="negligence",
    entries=(
        PenaltyEntry("ABC-1234567-6", date(2023, 3, 1), True, Decimal("4000.00"),
                     Decimal("80.00"), Decimal("200.00")),
        PenaltyEntry("999-9999999-0", date(2023, 5, 9), False, Decimal("3000.00"),
                     Decimal("60.00"), Decimal("150.50")),
    ),
    domestic_value=Decimal("30000.00"), dutiable_value=Decimal("7000.00"),
    merchandise="Cotton knit shirts",
    material_facts="The shirts were declared under heading 6110.",
    violation_type="classification",
)

BIG = (replace(FACTS.entries[0], duty_owed=Decimal("9080.00")),)  # LOD 9,000: a pre-penalty notice

# What each notice must say, as the PDF prints it (162.77(b); 162.79a, 171.2, 1592(d)).
REQUIRED_IN_PDF = {
    "pre_penalty": (*PRE_PENALTY_ELEMENTS, "CBP will issue a penalty notice (19 CFR 162.79)"),
    "penalty": (
        "every element of 19 CFR 162.77(b)(1) (19 CFR 162.79a)", "4. Material facts",
        "19 U.S.C. 1618 and 19 CFR Part 171", "within 60 days from the date this notice is mailed",
        "Under 19 U.S.C. 1592(d) and 19 CFR 162.79b",
    ),
}


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def render(facts: PenaltyFacts, out: Path, **extra: Any) -> tuple[Path, str]:
    decision, findings = decide_penalty(facts, today=TODAY)
    context = notice_context(facts, decision, findings, OFFICE, letter_date=TODAY,
                             rules_version=RULES_VERSION, **extra)
    template = REPO / "templates" / notice_template(decision.notice)
    rendered = render_docx(template, context, out / f"{decision.notice}.docx")
    return rendered.path, text_of(rendered.path)


def test_a_small_claim_gets_the_penalty_notice_with_petition_rights_and_the_1592d_demand(
    tmp_path: Path,
):
    path, text = render(FACTS, tmp_path)
    assert path.name == "penalty.docx"
    assert "A claim for a monetary penalty of $421.00" in text
    assert "the claim is $1,000.00 or less (19 CFR 162.77(c))" in text
    assert "within 60 days from the date this notice is mailed (19 CFR 171.2(b))" in text
    assert "19 U.S.C. 1618 and 19 CFR Part 171" in text
    # 1592(d): the actual loss, its entries and its computation, payable in 30 days.
    assert "actual loss of duties of $120.00 is demanded, payable within 30 days" in text
    assert "ABC-1234567-6 | $200.00 owed - $80.00 paid | $120.00" in text
    assert "999-9999999-0 | $150.50 owed" not in text  # unliquidated: potential, not demanded
    assert "For negligence, twice the loss of duties of $210.50: $421.00 (19 U.S.C. 1592(c)(3)(A)" \
        in text
    # Issued with no pre-penalty notice: 19 CFR 162.79a, not 162.78.
    assert "(19 CFR 162.79a)" in text and "162.78" not in text


def test_a_pre_penalty_notice_states_every_162_77_element_in_order(tmp_path: Path):
    big = replace(FACTS, entries=(replace(FACTS.entries[0], duty_owed=Decimal("9080.00")),))
    _, text = render(big, tmp_path)
    positions = [text.index(element) for element in PRE_PENALTY_ELEMENTS]
    assert positions == sorted(positions)
    assert "The violation is believed to have resulted from negligence (19 U.S.C. 1592(c)(3))" \
        in text
    assert "CBP proposes a penalty of $18,000.00" in text
    assert "within 30 days from the date this notice is mailed (19 CFR 162.78(a))" in text
    assert "five years after the date of the violation, March 1, 2023 (19 U.S.C. 1621)" in text
    assert "CBP will issue a penalty notice (19 CFR 162.79)" in text
    assert "The violation occurred on March 1, 2023. The shirts were declared" in text


def test_values_are_escaped_and_social_security_numbers_masked(tmp_path: Path):
    _, text = render(FACTS, tmp_path)
    assert "Smith & Jones <Imports>" in text
    assert "***-**-6789" in text and "123-45-6789" not in text


def test_near_the_limitations_date_the_period_is_shortened_and_a_waiver_asked(tmp_path: Path):
    near = replace(FACTS, violation_date=date(2020, 6, 1),
                   entries=(replace(FACTS.entries[0], duty_owed=Decimal("9080.00")),))
    _, text = render(near, tmp_path)
    assert "within 7 business days from the date this notice is mailed" in text
    assert "you are asked to waive the statute of limitations" in text


def test_the_templates_rebuild_byte_for_byte(tmp_path: Path):
    for built in build_templates(tmp_path):
        assert built.read_bytes() == (TEMPLATES / built.name).read_bytes(), built.name


@pytest.mark.libreoffice
def test_both_samples_render_as_pdf_with_their_required_paragraphs(tmp_path: Path):
    rendered = []
    for name in ("pre_penalty", "penalty"):
        context = json.loads((TEMPLATES / f"{name}.sample.json").read_text())
        rendered.append(render_docx(TEMPLATES / f"{name}.docx", context,
                                    tmp_path / f"{name}.docx").path)
    pdfs = convert_to_pdf(rendered, tmp_path)
    for docx_path in rendered:
        with pdfplumber.open(pdfs[docx_path.resolve()]) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        assert "Case No. 2025-2704-00012" in text
        assert "Page 1 of" in text
        folded = " ".join(text.split())
        for paragraph in REQUIRED_IN_PDF[docx_path.stem]:
            assert paragraph in folded, (docx_path.stem, paragraph)
        assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", folded) is None  # long dates only


@pytest.mark.parametrize("culpability", ["negligence", "fraud"])
def test_a_notice_to_the_public_carries_no_internal_shorthand(
    tmp_path: Path, culpability: Culpability
):
    for facts in (FACTS, replace(FACTS, entries=BIG)):  # the penalty and the pre-penalty notice
        _, text = render(replace(facts, culpability=culpability), tmp_path)
        assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", text) is None  # no ISO dates
        assert "App. B (" not in text and "computed as if not fraud" not in text
        assert "LOD" not in text and " x " not in text


def test_with_a_prior_disclosure_the_notice_proposes_the_1592c4_amount_alone(tmp_path: Path):
    disclosed = replace(FACTS, culpability="fraud", prior_disclosure=True, entries=BIG)
    _, text = render(disclosed, tmp_path)
    assert "CBP proposes a penalty of $9,000.00" in text
    assert "Maximum penalty after the prior disclosure | $9,000.00" in text
    assert "19 U.S.C. 1592(c)(4)" in text
    # Neither the maximum nor the guideline range of the case without a disclosure is shown.
    assert "Maximum penalty |" not in text and "$30,000.00" not in text
    assert "Appendix B (F)" not in text and "$45,000.00" not in text


@pytest.mark.parametrize(
    "lacking",
    [replace(FACTS, merchandise=None), replace(FACTS, material_facts=None),
     replace(FACTS, violation_type=None)],
    ids=["merchandise", "material_facts", "violation_type"],
)
def test_no_notice_is_drafted_without_its_162_77_b_facts(lacking: PenaltyFacts):
    decision, findings = decide_penalty(FACTS, today=TODAY)  # decided, then a fact is lost
    with pytest.raises(BusinessError, match=r"162\.77\(b\)\(1\)"):
        notice_context(lacking, decision, findings, OFFICE, letter_date=TODAY,
                       rules_version=RULES_VERSION)

"""The notices: which one a decision gets, every 162.77 / 162.79 element in order, PDF previews."""

from __future__ import annotations

import json
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
from bots.penalty_notice.model import PenaltyEntry, PenaltyFacts
from templates.build_penalty_templates import main as build_templates
from tradebots.documents.preview import convert_to_pdf
from tradebots.documents.render import render_docx

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
)


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
                             rules_version=RULES_VERSION, merchandise="Cotton knit shirts",
                             material_facts="The shirts were declared under heading 6110.",
                             **extra)
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
    assert "19 U.S.C. 1592(c)(3)(A): negligence, 2 x LOD $210.50 = $421.00" in text


def test_a_pre_penalty_notice_states_every_162_77_element_in_order(tmp_path: Path):
    big = replace(FACTS, entries=(replace(FACTS.entries[0], duty_owed=Decimal("9080.00")),))
    _, text = render(big, tmp_path)
    positions = [text.index(element) for element in PRE_PENALTY_ELEMENTS]
    assert positions == sorted(positions)
    assert "The violation is believed to have resulted from negligence (19 U.S.C. 1592(c)(3))" \
        in text
    assert "CBP proposes a penalty of $18,000.00" in text
    assert "within 30 days from the date this notice is mailed (19 CFR 162.78(a))" in text
    assert "computed from the date of the violation" in text
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
def test_both_samples_render_and_preview_as_pdf(tmp_path: Path):
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

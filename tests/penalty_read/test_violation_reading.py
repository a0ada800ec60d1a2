"""The referral's goods, statement of the violation and its kind, read with their evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_violation import kind_of

CORPUS_B = Path(__file__).resolve().parent / "corpus_b"


@pytest.mark.parametrize(
    ("name", "goods", "kind", "opening"),
    [
        ("penalty_001_docx_neg", "wooden bedroom furniture", "valuation", "Molds supplied free"),
        ("penalty_005_rl_neg", "handbags of textile materials", "preference", "Preferential"),
        ("penalty_006_html_neg", "bicycle components", "classification", "The goods were declared"),
        ("penalty_035_docx_noncommercial-neg", "network switches", "valuation", "The importer"),
    ],
)
def test_the_goods_the_facts_and_the_kind_of_violation_are_read(name, goods, kind, opening):
    reading = extract_penalty(CORPUS_B / f"{name}.pdf")
    facts = reading.facts
    assert facts.merchandise == goods
    assert facts.violation_type == kind
    assert facts.material_facts is not None and facts.material_facts.startswith(opening)
    assert "Merchandise" not in facts.material_facts
    assert "Date of violation" not in facts.material_facts
    for field in ("merchandise", "material_facts", "violation_type"):
        evidence = reading.fields[field].evidence
        assert evidence is not None and evidence.page == 1


@pytest.mark.parametrize(
    ("statement", "kind"),
    [
        ("The party declared a lower rate of duty than the merchandise bears.", "classification"),
        ("The cartons were not marked with the country of origin.", "marking"),
        ("The invoices understated the quantity shipped.", "quantity"),
        ("A royalty paid to the seller was left off the invoices.", "valuation"),
        ("The goods were transshipped through Malaysia to hide their origin.", "origin"),
        ("The party did not keep the records it was required to keep.", None),
        ("The entries claimed a trade-program preference the goods did not qualify for.",
         "preference"),
        ("The importer claimed GSP preference for goods of a non-beneficiary country.",
         "preference"),
    ],
)
def test_the_kind_of_violation_is_named_by_its_cues_or_left_to_a_person(statement, kind):
    assert kind_of(statement) == kind


def test_a_value_of_merchandise_label_is_not_read_as_the_goods(tmp_path: Path) -> None:
    from tests.penalty_read.drawn import draw_referral

    path = draw_referral(tmp_path / "referral.pdf", [
        "Case No.: 2025-5201-454287-01", "Party: Kestrel Audio Systems, Inc.",
        "Address: 77 Signal Hill Road, Austin, TX 78701", "Date of violation: 04/04/2022",
        "Culpability: negligence", "Dutiable value of merchandise: $126580.00",
        "Domestic value of merchandise: $202529.00",
        "The importer understated the value of the merchandise on its entries.",
    ])
    assert extract_penalty(path).facts.merchandise is None


@pytest.mark.parametrize(
    "statement",
    [
        "The invoices showed prices about 40% below the prices actually paid.",
        "The importer kept a second set of invoices for the seller's bank.",
        "Entered values were some 35% less than the amounts remitted to the supplier.",
    ],
)
def test_a_price_below_what_was_paid_is_a_valuation_violation(statement: str) -> None:
    assert kind_of(statement) == "valuation"


def test_the_statement_after_a_kind_label_is_the_material_facts(tmp_path: Path) -> None:
    # The label gives the charge; the paragraph under it reports the act without naming the kind.
    from tests.penalty_read.drawn import draw_referral

    path = draw_referral(tmp_path / "referral.pdf", [
        "Case No.: 2025-5201-454287-01", "Party: Kestrel Audio Systems, Inc.",
        "Merchandise: Studio monitor speakers.",
        "Violation: undervaluation, a material false statement under 19 U.S.C. 1592(a)(1)(A).",
        "The importer declared $41 per unit at entry; the supplier's ledger and the wire",
        "transfers show $68 per unit for the same shipments.",
        "Level of culpability: negligence", "Date of violation: 04/04/2022",
    ])
    facts = extract_penalty(path).facts
    assert facts.material_facts is not None
    assert facts.material_facts.startswith("undervaluation")
    assert facts.material_facts.endswith("for the same shipments.")
    assert facts.violation_type == "valuation"


def test_a_kind_label_with_no_act_after_it_states_no_facts(tmp_path: Path) -> None:
    from tests.penalty_read.drawn import draw_referral

    path = draw_referral(tmp_path / "referral.pdf", [
        "Case No.: 2025-5201-454287-01", "Party: Kestrel Audio Systems, Inc.",
        "Merchandise: Studio monitor speakers.",
        "Violation: undervaluation, a material false statement under 19 U.S.C. 1592(a)(1)(A).",
        "Level of culpability: negligence", "Date of violation: 04/04/2022",
    ])
    assert extract_penalty(path).facts.material_facts is None

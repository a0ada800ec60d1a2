"""Senders' ways the thirty-fifth hand showed (issue 13, round 29), each in several forms a real
sender would use: a checklist's grid whose label cell ("Sample enclosed") stands beside an answer
cell of boxes ("[ ] Yes [X] No"); the ticked box answers, the label's own words do not. Small pages
drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_HEAD: list[Cell] = [
    (150, 40, "BINDING RULING REQUEST -- COMPLIANCE CHECKLIST"),
    (55, 70, "Item"), (250, 70, "Answer"),
    (55, 84, "Requester"), (250, 84, "Harbor Goods LLC"),
    (55, 98, "Address"), (250, 98, "12 Pier Road, Newark, NJ 07114"),
    (55, 112, "Date of request"), (250, 112, "March 3, 2025"),
    (55, 126, "Subject of ruling"), (250, 126, "Tariff classification"),
    (55, 140, "Port(s) of entry"), (250, 140, "Newark"),
    (55, 154, "Proposed HTSUS"), (250, 154, "7323.93.0080"),
]
_FACTS: list[Cell] = [
    (55, 230, "Article: insulated food jars of stainless steel, model FJ-16."),
    (55, 244, "Principal use in the United States: keeping food hot in households."),
    (55, 258, "Component materials: stainless steel 82%, polypropylene 18% by weight."),
    (55, 272, "The goods have not yet been imported."),
    (55, 286, "We ask for subheading 7323.93.0080 under GRI 1: heading 7323 names household "
              "articles of steel."),
    (55, 300, "The issue is not pending before any CBP office or any court."),
    (55, 340, "Prepared and signed by: Ann Lee, Compliance Manager"),
    (55, 354, "Signature: /s/ Ann Lee"),
]


@pytest.mark.parametrize(("sample", "confidential", "expected"), [
    ("[ ] Yes [X] No", "[ ] Yes [X] No", (False, False)),
    ("( ) Yes (X) No", "(X) Yes ( ) No", (False, True)),
    ("Yes [ ] No [X]", "Yes [X] No [ ]", (False, True)),
    ("[X] Yes [ ] No", "[ ] Yes [X] No", (True, False)),
])
@pytest.mark.parametrize(("sample_label", "confidential_label"), [
    ("Sample enclosed", "Confidential treatment requested"),
    ("Sample provided:", "Confidentiality requested:"),
    ("Samples submitted", "Request confidential treatment"),
])
def test_a_label_cell_beside_boxes_is_answered_by_the_ticked_box(
        tmp_path: Path, sample: str, confidential: str, expected: tuple[bool, bool],
        sample_label: str, confidential_label: str) -> None:
    cells = [*_HEAD,
             (55, 168, "Prospective transaction"), (250, 168, "[X] Yes [ ] No"),
             (55, 182, sample_label), (250, 182, sample),
             (55, 196, confidential_label), (250, 196, confidential),
             *_FACTS]
    output = extract(draw(tmp_path / "checklist.pdf", cells))
    values, confidence = output["values"], output["confidence"]
    assert (values["sample_provided"], values["confidential_requested"]) == expected
    assert confidence["sample_provided"] >= 0.9 and confidence["confidential_requested"] >= 0.9


_GOODS: list[Cell] = [
    (55, 200, "Description: insulated food jars of stainless steel, model FJ-16, 0.5 litre."),
    (55, 214, "Principal use in the United States: keeping food hot in households."),
    (55, 228, "Component materials: stainless steel 82%, polypropylene 18% by weight."),
    (55, 242, "The goods have not yet been imported; they will be entered at Newark."),
    (55, 256, "We propose subheading 7323.93.0080, HTSUS, under GRI 1: heading 7323 names "
              "household articles of steel."),
    (55, 270, "The issue is not pending before any CBP office or any court."),
    (55, 284, "No sample is enclosed. No confidential treatment is requested."),
]


@pytest.mark.parametrize("unit", ["-- Legal Department", "| Office of General Counsel",
                                  "\u2014 Trade Compliance Group", "- Customs Compliance Dept."])
def test_a_department_after_the_letterhead_name_is_no_part_of_it(
        tmp_path: Path, unit: str) -> None:
    cells = [(150, 40, f"Harbor Goods LLC {unit}"),
             (150, 52, "12 Pier Road, Newark, NJ 07114"),
             (55, 90, "March 3, 2025"), (55, 110, "National Commodity Specialist Division"),
             (55, 150, "Harbor Goods LLC requests a binding ruling on the goods below."),
             *_GOODS, (55, 320, "Respectfully submitted,"), (55, 340, "/s/ Ann Lee"),
             (55, 352, "Ann Lee"), (55, 364, "Senior Counsel, Harbor Goods LLC")]
    output = extract(draw(tmp_path / "unit.pdf", cells))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("caption", [
    "Articles: 3 models of insulated food jars of stainless steel, which differ only in size "
    "(models FJ-10, FJ-16, FJ-20).",
    "Products: insulated food jars of stainless steel in three sizes (FJ-10, FJ-16, FJ-20).",
    "2. Articles: insulated food jars of stainless steel, models FJ-10, FJ-16 and FJ-20.",
])
def test_a_plural_caption_names_the_goods(tmp_path: Path, caption: str) -> None:
    cells: list[Cell] = [
        (55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road, Newark, NJ 07114"),
        (55, 90, "March 3, 2025"), (55, 110, "National Commodity Specialist Division"),
        (55, 150, "Harbor Goods LLC requests a binding ruling on the tariff classification of "
                  "the goods below, which it will enter at Newark."),
        (55, 200, caption),
        (55, 214, "Principal use in the United States: keeping food hot in households."),
        (55, 228, "Component materials: stainless steel 82%, polypropylene 18% by weight."),
        (55, 256, "We ask that the goods be classified in subheading 7323.93.0080, HTSUS, "
                  "under GRI 1."),
        (55, 270, "The issue is not pending before any CBP office or any court."),
        (55, 320, "Sincerely,"), (55, 340, "/s/ Ann Lee"), (55, 352, "Ann Lee"),
        (55, 364, "President, Harbor Goods LLC")]
    output = extract(draw(tmp_path / "plural.pdf", cells))
    assert "insulated food jars" in (output["values"]["product_description"] or "")
    assert output["decision"]["missing"] == [], output["findings"]


@pytest.mark.parametrize(("prepared", "line"), [
    ("Prepared by: Compliance Department", "Signature: ____________________"),
    ("Submitted by: Trade Compliance Office", "Authorized signature: ______________"),
    ("Prepared by: Import Department", "Signature of requester: ..................."),
])
def test_a_blank_signature_line_under_a_department_is_unsigned(
        tmp_path: Path, prepared: str, line: str) -> None:
    cells: list[Cell] = [*_HEAD,
                         (55, 168, "Prospective transaction"), (250, 168, "[X] Yes [ ] No"),
                         (55, 182, "Sample enclosed"), (250, 182, "[ ] Yes [X] No"),
                         (55, 196, "Confidential treatment requested"),
                         (250, 196, "[ ] Yes [X] No"),
                         *_FACTS[:-2], (55, 340, prepared), (55, 351, line)]
    decision = extract(draw(tmp_path / "blank.pdf", cells))["decision"]
    assert decision["outcome"] == "deficient" and decision["missing"] == ["177.2(c)"]

"""Classes of sender behaviour of the second sweep, on small documents of our own: the goods'
facts left to a product data sheet the letter makes part of the request (one merely enclosed
is left to a person), a caption naming the materials twice ("Composition / materials"), and a
CONFIDENTIAL marking that asks nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from bots.ruling_triage.extract import extract_ruling
from bots.ruling_triage.extract_data_sheet import SHEET

HEAD = ["Director, National Commodity Specialist Division", "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501", "New York, NY 10014", "", "REQUEST FOR BINDING RULING", "",
        "Requester: Harbor Goods LLC", "Address: 12 Pier Road, Newark, NJ 07114",
        "Date: April 7, 2025", "Importer Number: 22-3184065",
        "Ruling Type: Tariff classification", "Product: French press coffee maker, model CP-34",
        "Port of Entry: Newark, NJ (4601)", ""]
MADE_PART = ("Enclosed is the manufacturer's product data sheet for the article. It gives the "
             "description, composition and intended use, and is part of this request.")
REST = ["", "Basis for the Proposed Classification",
        "A household article of stainless steel of heading 7323 by GRI 1.", "",
        "Statement Regarding Pending Matters",
        "The issue is not pending before any CBP office or court.", "", "Samples",
        "A sample is enclosed.", "", "Sincerely,", "Ann Lee", "President"]
SHEET_LINES = ["PRODUCT DATA SHEET - French press coffee maker CP-34", "", "Product overview",
               "Stainless steel French press coffee maker, 34 oz., model CP-34.", "",
               "Customs classification (proposed)", "HTSUS 7323.93.0080", "",
               "Composition / materials",
               "Stainless steel: 91 % by weight, 96 % by value. Polypropylene knob: 9 %.", "",
               "Intended use", "Brewing coffee in the household kitchen.", "",
               "Country of manufacture", "China"]


def draw(tmp_path: Path, *pages: list[str]) -> Path:
    """One page per list of lines, each line a step down."""
    path = tmp_path / "request.pdf"
    sheet = canvas.Canvas(str(path), pagesize=letter_size)
    for lines in pages:
        sheet.setFont("Helvetica", 10)
        y = 740.0
        for line in lines:
            sheet.drawString(72, y, line)
            y -= 14
        sheet.showPage()
    sheet.save()
    return path


def read(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 4, 10), today=date(2025, 4, 14))


def test_a_data_sheet_made_part_of_the_request_states_the_goods_facts(tmp_path: Path) -> None:
    path = draw(tmp_path, [*HEAD, MADE_PART, *REST], SHEET_LINES)
    output = read(path)
    assert output["values"]["proposed_hts"] == ["7323.93.0080"]
    assert output["decision"]["outcome"] == "accept", output["findings"]
    assert output["decision"]["missing"] == []
    fields = extract_ruling(path).fields
    for key in ("component_materials", "principal_use", "proposed_hts"):
        # read on the sheet's page, a weaker cue than the letter's own words
        evidence = fields[key].evidence
        assert evidence is not None and evidence.page == 2
        assert fields[key].confidence == SHEET
    assert fields["principal_use"].value == "Brewing coffee in the household kitchen"


def test_a_data_sheet_only_enclosed_is_left_to_a_person(tmp_path: Path) -> None:
    # "Photographs and a data sheet are enclosed": the letter does not give the sheet as its
    # facts, so none is read from it; yet the sheet may state them, so no deficiency is concluded.
    path = draw(tmp_path, [*HEAD, "Photographs and a data sheet are enclosed.", *REST],
                SHEET_LINES)
    output = read(path)
    assert output["values"].get("principal_use") is None
    assert output["decision"]["outcome"] == "needs_human"
    assert output["decision"]["missing"] == []
    assert any(f["rule"] == "R-READ" and "(page 2:" in f["message"]
               for f in output["findings"]), output["findings"]


def test_a_caption_naming_the_materials_twice_labels_them(tmp_path: Path) -> None:
    facts = ["Description", "The item is a manual coffee maker of stainless steel.",
             "Principal use in the United States: brewing coffee in the household kitchen.", "",
             "Composition / materials: stainless steel 91 percent by weight; knob 9 percent."]
    fields = extract_ruling(draw(tmp_path, [*HEAD, *facts, *REST])).fields
    assert fields["component_materials"].value.startswith("stainless steel 91 percent")


def test_a_confidential_marking_in_the_head_asks_no_confidential_treatment(
        tmp_path: Path) -> None:
    head = ["RULING REQUEST -- HARBOR GOODS LLC -- CONFIDENTIAL", *HEAD]
    facts = ["Description", "The item is a manual coffee maker of stainless steel.",
             "Principal use in the United States: brewing coffee in the household kitchen.",
             "Component materials: stainless steel 91 percent by weight; knob 9 percent.", "",
             "Confidentiality", "No confidential treatment is requested."]
    output = read(draw(tmp_path, [*head, *facts, *REST]))
    assert output["values"]["confidential_requested"] is False
    legend = ["CONFIDENTIAL TREATMENT REQUESTED", *HEAD]
    output = read(draw(tmp_path, [*legend, *facts[:4], *REST]))
    assert output["values"]["confidential_requested"] is True

"""The kind of ruling asked for and the goods' facts where a sender puts them: a subject line
that names only "a ruling" or the goods, the request sentence, run-in labels mid-paragraph."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import blocks as b
from bench.corpus.render_reportlab import render_pdf
from bots.ruling_triage.contract import extract_json

OPENING = ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer number 12-3456789), "
           "requests a binding tariff classification ruling.")
FACTS = (
    "Harbor Goods LLC intends to import yoga mats from Vietnam through the port of Newark (4601).",
    "Description: exercise mats of thermoplastic elastomer foam measuring 183 x 61 cm.",
    "They are principally used for yoga and floor exercises at home.",
    "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%.",
    "We request a ruling that the mats are classified in subheading 9506.91.0030, HTSUS, "
    "under GRI 1 as articles for general physical exercise of heading 9506.",
    "The issue is not pending before any CBP office or any court.",
)


SIGNED = ("Sincerely,", "/s/ Ann Lee", "Ann Lee, President")


def read(tmp_path: Path, *, re_line: str, opening: str = OPENING,
         facts: tuple[str, ...] = FACTS, closing: tuple[str, ...] = SIGNED) -> dict[str, Any]:
    document = b.Document("request")
    document.add(
        b.Para("Harbor Goods LLC"), b.Para("12 Pier Road, Newark, NJ 07114"),
        b.Para("February 24, 2025"),
        b.Para("National Commodity Specialist Division, 201 Varick Street, New York, NY 10014"),
        b.Para(re_line), b.Para("Dear Sir or Madam:"), b.Para(opening),
        *(b.Para(text) for text in facts),
        *(b.Para(text) for text in closing),
    )
    path = tmp_path / "request.pdf"
    render_pdf(document, path)
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


@pytest.mark.parametrize("re_line", ["Re: Request for binding ruling", "Subject: Ruling request",
                                     "RE: Binding ruling request under 19 CFR Part 177"])
def test_a_subject_line_naming_only_a_ruling_leaves_the_kind_to_the_request_sentence(
        tmp_path, re_line):
    output = read(tmp_path, re_line=re_line)
    assert output["values"]["ruling_type"] == "classification"
    assert output["decision"]["route"] == "NCSD"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_subject_line_naming_the_goods_leaves_the_kind_to_the_request_sentence(tmp_path):
    output = read(tmp_path, re_line="Re: Polyester fleece pet beds, model A-66",
                  opening="Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, requests a binding "
                          "ruling under the coastwise laws.")
    assert output["values"]["ruling_type"] == "carrier"
    assert output["decision"]["route"] == "HQ"


def test_a_subject_line_naming_its_subject_still_wins_over_the_body(tmp_path):
    output = read(tmp_path, re_line="Re: Country of origin marking of yoga mats")
    assert output["values"]["ruling_type"] == "marking"


def test_a_run_in_label_mid_paragraph_and_a_planned_importation_complete_the_facts(tmp_path):
    facts = ("Importation is planned; nothing has been entered. The request covers one item. "
             "The product: Exercise mats of thermoplastic elastomer foam, 183 x 61 cm.",
             "Entry will be made at Newark (4601).", *FACTS[2:])
    output = read(tmp_path, re_line="Re: Request for binding ruling", facts=facts)
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_typed_name_over_a_title_and_firm_line_signs_and_an_ein_is_the_importer_number(
        tmp_path):
    output = read(tmp_path, re_line="Re: Request for binding ruling",
                  opening="Harbor Goods LLC (EIN 12-3456789), of 12 Pier Road, Newark, NJ 07114, "
                          "requests a binding tariff classification ruling.",
                  facts=(*FACTS[:2], "In the United States the product is sold for yoga and "
                         "floor exercises at home.", *FACTS[3:]),
                  closing=("Respectfully submitted,", "Ann Lee", "President | Harbor Goods LLC"))
    assert output["values"]["importer_number"] == "12-3456789"
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_no_pending_matter_at_cbp_or_in_the_courts_is_the_pending_statement(tmp_path):
    facts = (*FACTS[:-1], "We are not aware of any pending matter on this issue at CBP or in "
             "the courts.")
    output = read(tmp_path, re_line="Re: Request for binding ruling", facts=facts)
    assert output["values"]["pending_statement"] is True
    assert output["values"]["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_firm_writing_for_a_principal_with_its_address_in_brackets_is_an_agent(tmp_path):
    output = read(tmp_path, re_line="Re: Request for binding ruling",
                  opening="This firm, for Harbor Goods LLC (12 Pier Road, Newark, NJ 07114; "
                          "importer number 12-3456789), requests a binding tariff "
                          "classification ruling.")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    # An agent that does not state its authority (177.1): a person checks it, nothing missing.
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert output["decision"]["missing"] == []


def test_an_e_mail_dates_the_request_by_its_date_header_line():
    # The blind family's e-mail printout (bench/corpus_other, seed 1): the header lines are one
    # paragraph, "Date: 3/13/25" among them.
    output = extract_json(Path(__file__).parent / "blind" / "ruling_003_fpdf_marking.pdf",
                          received=date(2025, 3, 17), today=date(2025, 3, 20))
    assert output["values"]["request_date"] == "2025-03-13"


def test_a_dated_letter_submitted_through_erulings_is_read_as_electronic(tmp_path):
    from bots.ruling_triage.extract import extract_ruling

    document = b.Document("request")
    document.add(b.Para("Harbor Goods LLC"), b.Para("February 24, 2025"),
                 b.Para("Re: Request for binding ruling"), b.Para("Dear Sir or Madam:"),
                 b.Para(OPENING), b.Para("This request is submitted electronically through "
                                         "eRulings."), *(b.Para(text) for text in SIGNED))
    render_pdf(document, tmp_path / "e.pdf")
    assert extract_ruling(tmp_path / "e.pdf").fields["submitted_electronically"].value is True

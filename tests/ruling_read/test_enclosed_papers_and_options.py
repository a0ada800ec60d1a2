"""Ways the sixty-second hand (held out, read after its measurement) showed, each with siblings:
the importer's letter of authority enclosed ahead of the broker's letter (its date is not the
request's); a table of the options considered (a row answered "No" names no proposed number);
"sold as a consumer item" (a market, not a use); "the request covers six models of X"; "our
client, X, which authorized us to request this ruling"; sales "on FOB terms"; a seller that is
"the requester's parent company"."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json

HEAD = ["Coastline Entry Services LLC", "800 W. Ocean Blvd., Long Beach, CA 90802",
        "16 December 2025", "Director, National Commodity Specialist Division",
        "U.S. Customs and Border Protection", "201 Varick Street, Suite 501, New York, NY 10014",
        "Re: Keystone Pet Supply Company - ruling request (tariff classification)",
        "As licensed customs broker for Keystone Pet Supply Company, 600 Freeport Road,",
        "Pittsburgh, PA 15238 (IOR 75-9341792), and under the letter of authority attached, we",
        "request a binding ruling on the following prospective importation. The goods will be",
        "entered at Savannah (port code 1703)."]
GOODS = ["The article is a folding aluminium camping table with a bamboo top, 90 x 60 cm. Its",
         "principal use in the United States is outdoor dining at campsites. Component materials:",
         "aluminium 55%, bamboo 40%, steel fittings 5% by weight."]
CLOSE = ["We believe the article is classified in subheading 9403.20.0050, HTSUS, by application",
         "of GRI 1: the heading describes the article by name.",
         "Statement under 19 CFR 177.2(b)(5): no issue described here is, or has been, before a",
         "CBP office or any court.",
         "Photographs are enclosed; a sample can be sent on request.",
         "No confidential treatment is requested.",
         "Sincerely,", "/s/ Margarethe Lindqvist", "Margarethe Lindqvist",
         "Licensed Customs Broker", "Coastline Entry Services LLC"]


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    for lines in pages:
        canvas.setFont("Helvetica", 9)
        for n, line in enumerate(lines):
            canvas.drawString(60, 740 - 13 * n, line)
        canvas.showPage()
    canvas.save()
    return path


def _read(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 12, 22), today=date(2025, 12, 23))


@pytest.mark.parametrize("title", ["LETTER OF AUTHORITY", "Power of Attorney",
                                   "Authorization Letter"])
def test_an_enclosed_authority_ahead_of_the_letter_does_not_date_the_request(
        tmp_path: Path, title: str) -> None:
    authority = ["Keystone Pet Supply Company", "600 Freeport Road, Pittsburgh, PA 15238", title,
                 "November 7, 2025",
                 "Keystone Pet Supply Company, importer number 75-9341792, authorizes Coastline",
                 "Entry Services LLC to request on its behalf a binding ruling from U.S. Customs",
                 "and Border Protection on the classification of a folding camping table.",
                 "/s/ Howard L. Pennington", "Howard L. Pennington, President"]
    output = _read(_pdf(tmp_path / "a.pdf", [authority, [*HEAD, *GOODS, *CLOSE]]))
    assert output["values"]["request_date"] == "2025-12-16"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("header, no", [("Applies?", "No"), ("Proposed?", "Rejected"),
                                        ("Selected?", "No - more specific above")])
def test_an_option_the_table_answers_no_is_no_proposed_number(
        tmp_path: Path, header: str, no: str) -> None:
    table = ["Options considered", f"Subheading    Text (summary)    {header}    Basis"]
    canvas = Canvas(str(tmp_path / "o.pdf"), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    lines = [*HEAD, *GOODS]
    for n, line in enumerate(lines):
        canvas.drawString(60, 740 - 13 * n, line)
    y = 740 - 13 * len(lines) - 10
    canvas.drawString(60, y, table[0])
    for x, text in zip((60, 150, 330, 420), ("Subheading", "Text (summary)", header, "Basis"),
                       strict=True):
        canvas.drawString(x, y - 14, text)
    for row, cells in enumerate((("9403.20.0050", "Provision naming the article",
                                  "Yes - proposed", "GRI 1"),
                                 ("9403.89.6003", "Alternative provision", no, "GRI 3(a)"))):
        for x, text in zip((60, 150, 330, 420), cells, strict=True):
            canvas.drawString(x, y - 28 - 12 * row, text)
    for n, line in enumerate(CLOSE):
        canvas.drawString(60, y - 70 - 13 * n, line)
    canvas.save()
    output = _read(tmp_path / "o.pdf")
    assert output["values"]["proposed_hts"] == ["9403.20.0050"]
    assert output["values"]["item_count"] == 1


@pytest.mark.parametrize("sold, use", [
    ("It is sold as a consumer item under the seller's brand.", None),
    ("It is sold as a set of four in a gift box.", None),
    ("It is sold as a toy for children aged three and up.", "children aged three and up"),
])
def test_how_the_goods_are_sold_is_no_principal_use(tmp_path: Path, sold: str,
                                                   use: str | None) -> None:
    goods = ["The article is a battery-powered handheld milk frother with a stainless steel",
             "whisk. Component materials: stainless steel 45%, ABS plastic 40%, motor 15% by",
             f"weight. {sold}"]
    output = _read(_pdf(tmp_path / "u.pdf", [[*HEAD, *goods, *CLOSE]]))
    if use is None:
        assert output["decision"]["outcome"] == "deficient"
        assert output["decision"]["missing"] == ["177.2(b)(2)"]
    else:
        assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("covers", [
    "The request covers six models of a wired ergonomic vertical computer mouse, 6 buttons, "
    "items A through F, differing in colour.",
    "This request concerns three sizes of insulated stainless steel food jars with lids.",
])
def test_the_goods_a_request_covers_in_its_models_are_described(tmp_path: Path,
                                                                 covers: str) -> None:
    goods = [covers[:90], covers[90:],
             "Its principal use in the United States is at home. Component materials: plastic",
             "70%, steel 30% by weight."]
    output = _read(_pdf(tmp_path / "m.pdf", [[*HEAD, *goods, *CLOSE]]))
    assert "R-COMPLETE" not in {f["rule"] for f in output["findings"]
                                if "description" in f["message"]}


VALUATION = ["Regulations and Rulings, Office of Trade", "U.S. Customs and Border Protection",
             "90 K Street NE, 10th Floor, Washington, DC 20229", "30 March 2025",
             "Re: Request for a binding valuation ruling on behalf of Bayline Outdoor Gear LLC",
             "We write on behalf of our client, Bayline Outdoor Gear LLC, 2250 Harbor View Road,",
             "Oakland, CA 94607 (importer number 78-2275052), the prospective importer, {mandate}",
             "The goods will be entered at Boston (port code 0401).",
             "The article is a folding aluminium camping table with a bamboo top. {related}",
             "{terms} The request asks whether a royalty is part of the transaction value.",
             "Statement under 19 CFR 177.2(b)(5): the issue is not before a CBP office or any",
             "court.",
             "No sample is sent. No confidential treatment is requested.",
             "Sincerely,", "/s/ Rafael Montoya-Baird", "Rafael Montoya-Baird", "Partner",
             "Lark & Halvorsen LLP"]


@pytest.mark.parametrize("mandate", [
    "which authorized us to request this ruling under 19 CFR Part 177.",
    "who has authorized this firm to seek the ruling.",
])
@pytest.mark.parametrize("related, terms", [
    ("The seller is the requester's parent company.",
     "Sales are on FOB terms at the port of export."),
    ("The vendor is our sister company.", "The goods are priced on a CIF basis."),
])
def test_a_valuation_request_told_in_a_counsels_words_is_complete(
        tmp_path: Path, mandate: str, related: str, terms: str) -> None:
    lines = [line.format(mandate=mandate, related=related, terms=terms) for line in VALUATION]
    output = _read(_pdf(tmp_path / "v.pdf", [["LARK & HALVORSEN LLP",
                                               "233 South Wacker Drive | Chicago, IL 60606",
                                               *lines]]))
    assert output["decision"]["outcome"] == "accept", output["findings"]

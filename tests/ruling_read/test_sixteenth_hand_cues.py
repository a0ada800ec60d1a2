"""Sender behaviours a sixteenth hand showed (issue 13, round 12): browser printouts and slide
decks - a heading over bulleted items, the question on a line of its own, a filing line that
dates the request. Each test draws a small document and checks the one behaviour it states."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_seventh_hand_cues import ASKING, printout

REQUESTER = ("Requester: HARBOR GOODS LLC; 12 PIER ROAD, NEWARK, NJ 07114",
             "Importer number = 12-3456789")


def test_a_filing_line_dates_the_request(tmp_path: Path) -> None:
    for number, dated in enumerate(("Submitted October 25, 2025", "Submitted 10/25/25",
                                    "Filed on 2025-10-25", "Date submitted: Oct. 25, 2025",
                                    "Submission date - 25 October 2025", "Dated 10/25/2025")):
        output = printout(tmp_path, "Request for Binding Ruling", dated, *REQUESTER, *ASKING,
                          name=f"{number}.pdf")
        assert output["values"]["request_date"] == "2025-10-25", dated


def test_submitted_by_an_agent_or_a_wrapped_dated_is_no_date(tmp_path: Path) -> None:
    output = printout(tmp_path, "Request for Binding Ruling",
                      "Submitted by Summit Customs Consulting LLC under a power of attorney",
                      "dated 2025-05-20, for the importer.", "Submitted 2025-07-06",
                      *REQUESTER, *ASKING)
    assert output["values"]["request_date"] == "2025-07-06"


def deck(tmp_path: Path, *paragraphs: tuple[str, ...], name: str = "deck.pdf") -> dict[str, Any]:
    """PARAGRAPHS (each a tuple of lines set 11 points apart, 26 points between paragraphs) on a
    landscape page, as a slide deck or a browser printout sets a heading over its bullets."""
    path = tmp_path / name
    page = canvas.Canvas(str(path), pagesize=(792, 612))
    page.setFont("Helvetica", 10)
    y = 570.0
    for lines in paragraphs:
        for line in lines:
            page.drawString(40, y, line)
            y -= 12
        y -= 14
    page.save()
    return extract_json(path, received=date(2025, 8, 1), today=date(2025, 8, 5))


REST = (("Nature of the transaction",
         "- The importer will buy the goods from an unrelated maker; nothing has been entered."),
        ("Product: bluetooth portable speakers, model KA-300.",),
        ("- We ask for a binding ruling on the question above.",),
        ("- No CBP office and no court is, or has been, considering the same issue.",),
        ("- No confidential treatment is requested.",),
        ("/s/ Ann Lee", "Ann Lee, President"))


def test_a_heading_over_bulleted_items_leaves_each_items_caption_readable(tmp_path: Path) -> None:
    """177.2(b)(1): requester, address and ports read from the items under a section heading."""
    heads = (("REQUESTER", "- Company:"), ("Parties", "* Importer/owner:"),
             ("Requesting party", "* Vessel operator:"), ("Who is asking", "- Applicant:"))
    ports = ("Expected ports of arrival", "Ports where the goods will be entered",
             "Intended port(s) of entry", "Port(s) of entry")
    for number, ((heading, caption), port) in enumerate(zip(heads, ports, strict=True)):
        output = deck(tmp_path, ("Request for Binding Ruling", "Date of request: 2025-07-06"),
                      (heading, f"{caption} Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114"),
                      ("- IOR No.: 12-3456789",), (f"- {port}: Newark; Savannah",),
                      ("Question: whether the marking 'Made in Vietnam' on the base suffices.",),
                      *REST, name=f"{number}.pdf")
        values = output["values"]
        assert values["requester_name"] == "Harbor Goods LLC", heading
        assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114", heading
        assert values["ports"] == ["Newark", "Savannah"], port
        assert values["pending_statement"] is True
        assert output["decision"]["missing"] == [], (heading, output["findings"])


def test_the_question_put_on_its_own_line_names_the_subject(tmp_path: Path) -> None:
    """The asking sentence points back ("the question above"): the question names the kind."""
    cases = (("Question: whether the transfer price is acceptable transaction value.", "valuation"),
             ("- Itinerary: carry it to the shelf and back; question whether this is coastwise "
              "trade.", "carrier"),
             ("Issue presented - whether marking on the base satisfies 19 U.S.C. 1304.", "marking"))
    for number, (question, kind) in enumerate(cases):
        output = deck(tmp_path, ("Request for Binding Ruling", "Date of request: 2025-07-06"),
                      ("Requester: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114",),
                      ("Port of entry: Newark",), (question,), *REST, name=f"{number}.pdf")
        assert output["values"]["ruling_type"] == kind, question


def test_filed_by_a_firm_for_its_client_is_an_agents_request(tmp_path: Path) -> None:
    """177.1(a)(3): an agent must state its authority; without it a person reads the request."""
    output = deck(tmp_path, ("Request for Binding Ruling", "Date of request: 2025-07-06"),
                  ("Requester: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114",),
                  ("- Submitted by Delacroix & Finch PLLC on behalf of our client, Harbor Goods "
                   "LLC.",),
                  ("Port of entry: Newark",),
                  ("Question: whether the marking on the base satisfies 19 U.S.C. 1304.",), *REST)
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert any("authority" in f["message"] for f in output["findings"]), output["findings"]
    assert output["values"]["requester_name"] == "Harbor Goods LLC"

"""Sender behaviours a sixteenth hand showed (issue 13, round 12): browser printouts and slide
decks that date the request by when it was filed ("Submitted October 25, 2025"). Each test draws
a small document and checks the one behaviour it states."""

from __future__ import annotations

from pathlib import Path

from tests.ruling_read.test_seventh_hand_cues import ASKING, printout

REQUESTER = ("Requester: HARBOR GOODS LLC; 12 PIER ROAD, NEWARK, NJ 07114",
             "Importer number = 12-3456789")


def test_a_filing_line_dates_the_request(tmp_path: Path) -> None:
    for number, dated in enumerate(("Submitted October 25, 2025", "Submitted 10/25/25",
                                    "Filed on 2025-10-25", "Date submitted: Oct. 25, 2025",
                                    "Submission date - 25 October 2025")):
        output = printout(tmp_path, "Request for Binding Ruling", dated, *REQUESTER, *ASKING,
                          name=f"{number}.pdf")
        assert output["values"]["request_date"] == "2025-10-25", dated


def test_submitted_by_an_agent_is_no_date(tmp_path: Path) -> None:
    output = printout(tmp_path, "Request for Binding Ruling", "Request date: 2025-07-06",
                      "Submitted by Summit Customs Consulting LLC on 2025-07-01 as agent",
                      *REQUESTER, *ASKING)
    assert output["values"]["request_date"] == "2025-07-06"

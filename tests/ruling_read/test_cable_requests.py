"""A ruling request sent as a cable (telex) and printed (issue 13, the sixty-first hand, learned
on main): "ZCZC <ref> <date>" dates it, "FM" heads the sender's name over its address lines,
"SUBJ" names the ruling asked, "SGD" signs it, "NOT RQSTD" is "not requested", and a numbered
item's value ends where a later item begins ("3. PORT OF ENTRY: CHICAGO" over "4. PROPOSED HTS
8481.80.1090")."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.cable import is_cable
from bots.ruling_triage.contract import extract_json
from tradebots.pdf import Segment, Word

_HEAD = [("ZCZC", "RQ155 21 APR 2025"), ("TO", "CBP NCSD NEW YORK NY"),
         ("FM", "COPPERLINE AUDIO SYSTEMS LTD."), ("", "3300 GATEWAY BOULEVARD"),
         ("", "EL PASO, TX 79905"), ("", "IOR 59-1181583"),
         ("SUBJ", "REQUEST FOR BINDING {subject} RULING 19 CFR 177"), ("BT", "")]
_TEXT = ["1. PRODUCT: BRASS BALL VALVES, 1/2 INCH TO 2 INCH, THREADED ENDS.",
         "2. FACTS: PRINCIPAL USE: WATER SUPPLY LINES. COMPONENT MATERIALS: BRASS",
         "92% BY WEIGHT, PTFE SEATS 5%, STEEL STEMS 3%.",
         "3. PORT OF ENTRY: CHICAGO",
         "{hts}",
         "5. SAMPLE AVAILABLE ON REQUEST. PHOTOS ATTACHED.",
         "6. PENDING MATTERS: TO OUR KNOWLEDGE THE ISSUE IS NOT, AND HAS NOT BEEN,",
         "BEFORE ANY CBP OFFICE OR ANY COURT.",
         "7. CONFIDENTIAL TREATMENT {confidential}.", "BT",
         "SGD EMEKA O. ADEYEMI VICE PRESIDENT, LOGISTICS", "NNNN"]


def _cable(path: Path, columned: bool, subject: str, hts: str, confidential: str) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Courier", 9)
    y = 740.0
    for lead, value in _HEAD:
        value = value.format(subject=subject)
        if columned:  # the heads in a column of their own, their values in the next
            canvas.drawString(60, y, lead)
            canvas.drawString(110, y, value)
        else:
            canvas.drawString(60 if lead else 77, y, f"{lead} {value}".strip())
        y -= 12
    for line in _TEXT:
        for text in line.format(hts=hts, confidential=confidential).split("\n"):
            if text:
                canvas.drawString(60, y, text)
                y -= 12
    canvas.save()
    return path


def _read(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 4, 25), today=date(2025, 4, 28))


@pytest.mark.parametrize("columned", [False, True])
@pytest.mark.parametrize("confidential", ["NOT RQSTD", "NOT REQD"])
def test_a_cable_is_read_as_the_letter_it_is(tmp_path: Path, columned: bool,
                                              confidential: str) -> None:
    output = _read(_cable(tmp_path / "c.pdf", columned, "CLASSIFICATION",
                          "4. PROPOSED HTS 8481.80.1090\nBASIS: GRI 1 AND THE HEADING'S TERMS.",
                          confidential))
    values = output["values"]
    assert values["requester_name"].casefold() == "copperline audio systems ltd."
    assert values["requester_address"].casefold() == "3300 gateway boulevard, el paso, tx 79905"
    assert values["request_date"] == "2025-04-21"
    assert values["ruling_type"] == "classification"
    assert [port.casefold() for port in values["ports"]] == ["chicago"]
    assert values["signed"] is True
    assert values["confidential_requested"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_numbered_items_value_ends_at_a_later_item_though_one_is_skipped(
        tmp_path: Path) -> None:
    output = _read(_cable(tmp_path / "o.pdf", False, "ORIGIN", "", "NOT RQSTD"))
    assert [port.casefold() for port in output["values"]["ports"]] == ["chicago"]


def _line(*texts: str) -> list[Segment]:
    return [Segment(tuple(Word(1, 10.0 * n, 10.0, 10.0 * n + 8, 18.0, text)
                          for n, text in enumerate(texts)))]


def test_a_page_is_a_cable_only_with_its_marks_and_heads() -> None:
    assert is_cable([_line("ZCZC", "RQ1", "21", "APR", "2025"), _line("FM", "X", "LTD.")])
    assert not is_cable([_line("FM", "X", "LTD."), _line("SUBJ", "RULING")])  # no ZCZC or NNNN
    assert not is_cable([_line("ZCZC", "NOTE"), _line("Dear", "Sir")])  # no cable head

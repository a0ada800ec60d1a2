"""A compliance system's request exported as one "KEY=value" line a field, its keys dotted
record paths in the system's shorthand (issue 13, the fifty-sixth hand at first sight: requester,
importer number and date unread)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_twentyfirst_hand_cues import extract


def _export(path: Path, keys: dict[str, str], separator: str) -> Path:
    lines = ["TRADEDESK COMPLIANCE -- BINDING RULING REQUEST EXPORT",
             *(f"{key}{separator}{value}" for key, value in keys.items()),
             "PRODUCT.DESC= Ceramic dinnerware sets of porcelain, 16 pieces",
             "SAMPLE= No sample is sent.", "SIGNED.BY= /s/ Ann Lee", "END OF RECORD"]
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Courier", 9)
    for index, line in enumerate(lines):
        canvas.drawString(54, letter[1] - 60 - 12 * index, line)
    canvas.save()
    return path


@pytest.mark.parametrize("separator", ["= ", " = ", "="])
@pytest.mark.parametrize("keys", [
    {"REQ.DATE": "2024-02-29", "PARTY.REQUESTER.NAME": "Harbor Goods LLC",
     "PARTY.REQUESTER.IOR": "95-9521221"},
    {"req.dt": "2024-02-29", "party.requester.name": "Harbor Goods LLC",
     "party.requester.importer_number": "95-9521221"},
])
def test_dotted_record_keys_are_read_as_their_captions(
        tmp_path: Path, keys: dict[str, str], separator: str) -> None:
    values = extract(_export(tmp_path / "export.pdf", keys, separator))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["importer_number"] == "95-9521221"
    assert values["request_date"] == "2024-02-29"

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


def _columns(path: Path, rows: list[tuple[str, str]], tab: float = 254) -> Path:
    """An export typed to a tab stop: each key at the margin, its value and the value's wrapped
    lines (a key of "") at the stop."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Courier", 9)
    canvas.drawString(54, letter[1] - 40, "COMPLIANCE SYSTEM -- BINDING RULING REQUEST RECORD")
    for index, (key, value) in enumerate(rows):
        y = letter[1] - 64 - 12 * index
        if key:
            canvas.drawString(54, y, key)
        canvas.drawString(tab, y, value)
    canvas.save()
    return path


def _record(address: list[tuple[str, str]], ports: list[tuple[str, str]],
            subject: str = "CLASSIFICATION") -> list[tuple[str, str]]:
    return [("REQ.DATE=", "20250804"), ("REQ.SUBJECT=", subject),
            ("PARTY.REQUESTER.NAME=", "Blue Heron Instruments Corp."), *address,
            ("PARTY.REQUESTER.IOR=", "18-1627456"), *ports,
            ("TXN.DESC=", "The requester intends to import the goods below from its"),
            ("", "supplier in Vietnam; no shipment has yet arrived or been"), ("", "entered."),
            ("PRODUCT.DESC=", "Women's knitted pullover sweaters of 70% cotton and 30%"),
            ("", "acrylic, style KS-114"),
            ("FACT.PRINCIPAL_USE=", "Worn as outerwear by women."),
            ("FACT.COMPONENT_MATERIALS=", "70% cotton, 30% acrylic by weight"),
            ("HTS.PROPOSED=", "6110.20.2079"),
            ("HTS.BASIS=", "Subheading 6110.20.2079, HTSUS, under GRI 1: the heading names"),
            ("", "the goods."),
            ("STMT.PENDING=", "The issue is not pending before any CBP office or any court."),
            ("SAMPLE=", "No sample is sent."), ("SIGNED.BY=", "/s/ Samuel K. Achterberg"),
            ("SIGNED.TITLE=", "Director of Import Compliance")]


ADDRESS_KEYS = [
    [("PARTY.REQUESTER.ADDR1=", "9 Foundry Street, Suite 300"),
     ("PARTY.REQUESTER.ADDR2=", "Lowell, MA 01852")],
    [("requester.address_line_1=", "9 Foundry Street, Suite 300"),
     ("requester.address_line_2=", "Lowell, MA 01852")],
    [("REQUESTER.STREET1=", "9 Foundry Street, Suite 300"),
     ("REQUESTER.STREET2=", "Lowell, MA 01852")],
]
PORT_KEYS = [
    [("PORT.1=", "2904 PORTLAND, OR"), ("PORT.2=", "1001 NEW YORK/NEWARK")],
    [("ENTRY.PORT1=", "2904 PORTLAND, OR"), ("ENTRY.PORT2=", "1001 NEW YORK/NEWARK")],
]


@pytest.mark.parametrize("address", ADDRESS_KEYS)
@pytest.mark.parametrize("ports", PORT_KEYS)
def test_numbered_address_and_port_keys_are_one_value_each(
        tmp_path: Path, address: list[tuple[str, str]], ports: list[tuple[str, str]]) -> None:
    read = extract(_columns(tmp_path / "export.pdf", _record(address, ports)))
    values = read["values"]
    assert values["requester_address"] == "9 Foundry Street, Suite 300, Lowell, MA 01852"
    assert values["ports"] == ["2904", "1001"]
    assert values["ruling_type"] == "classification"
    assert values["product_description"] == (
        "Women's knitted pullover sweaters of 70% cotton and 30% acrylic, style KS-114")
    assert read["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("subject, kind", [("VALUATION", "valuation"),
                                           ("COUNTRY OF ORIGIN", "origin")])
def test_a_records_subject_key_names_the_kind_of_ruling(
        tmp_path: Path, subject: str, kind: str) -> None:
    record = _record(ADDRESS_KEYS[0], PORT_KEYS[0], subject)
    values = extract(_columns(tmp_path / "export.pdf", record))["values"]
    assert values["ruling_type"] == kind


def test_a_record_that_lists_no_port_is_deficient_for_it(tmp_path: Path) -> None:
    read = extract(_columns(tmp_path / "export.pdf", _record(ADDRESS_KEYS[0], [])))
    assert read["values"]["ports"] == []
    assert read["decision"]["outcome"] == "deficient"
    assert read["decision"]["missing"] == ["177.2(b)(1)"]

"""A letter with headnotes in its left margin captions its closing too ("Signature" beside
"Respectfully submitted,", the signer's name and title under it): the closing is read as one and
the name under it signs (issue 13, the fifty-eighth hand: four signed letters sent to a person)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

BODY: list[Cell] = [
    (200, 50, "Harbor Goods LLC"), (200, 62, "12 Pier Road - Newark, NJ 07114"),
    (200, 74, "Importer No. 12-3456789"), (200, 96, "3 March 2025"),
    (200, 116, "National Commodity Specialist Division"),
    (200, 136, "Request for a binding ruling: tariff classification"),
    (60, 160, "Transaction"),
    (200, 160, "Harbor Goods LLC intends to import glazed stoneware planters, 30 cm,"),
    (200, 174, "from Portugal. The goods will be entered at the port of Newark."),
    (60, 196, "Merchandise"),
    (200, 196, "Glazed stoneware garden planters, 30 cm. Principal use: decoration."),
    (200, 210, "Materials: stoneware 100% by weight."),
    (60, 232, "Classification"),
    (200, 232, "We believe the goods fall in subheading 6912.00.4810, HTSUS, under GRI 1."),
    (60, 254, "Pending matters"),
    (200, 254, "The issue is not pending before any CBP office or any court."),
]


def _letter(path: Path, caption: str, closing: str, under: list[str]) -> Path:
    cells = [*BODY, (60, 290, caption), (200, 290, closing)]
    cells += [(200, 326 + 14 * i, line) for i, line in enumerate(under)]
    return draw(path, cells)


@pytest.mark.parametrize(("caption", "closing"), [
    ("Signature", "Respectfully submitted,"), ("Signature", "Sincerely,"),
    ("Signature block", "Very truly yours,"), ("Sign-off", "Yours faithfully,"),
])
def test_a_captioned_closing_signed_with_name_and_title(
        tmp_path: Path, caption: str, closing: str) -> None:
    read = extract(_letter(tmp_path / "l.pdf", caption, closing,
                           ["Sigrid Tollefsen", "General Counsel"]))
    assert read["values"]["signed"] is True
    assert read["decision"]["outcome"] == "accept"


def test_a_captioned_closing_over_a_blank_rule_is_not_signed(tmp_path: Path) -> None:
    read = extract(_letter(tmp_path / "l.pdf", "Signature", "Respectfully submitted,",
                           ["______________________________"]))
    assert read["values"]["signed"] is not True
    assert read["decision"]["outcome"] != "accept"

"""A form's captions joined to their values by spaced dot leaders ("Name . . . . . Ann Lee"),
in one language or two, and its section headings printed in two languages ("I. PROTESTANTE /
PROTESTANT") (issue 13, the fifty-sixth hand at first sight: party, importer number, goods and
signer unread, (a)(1), (a)(2) and (a)(5) reported missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_recurring_classes import _placed_pdf

_LEADER = " ".join(["."] * 12)


def _leader_form(path: Path, captions: dict[str, str], headings: dict[str, str],
                 value_apart: bool) -> Path:
    """A protest sheet whose captions run to their values on dot leaders; VALUE_APART sets the
    value in a column of its own, far from the leader's end."""
    placed: list[tuple[float, float, float, str]] = [(72, 760, 11, "ADMINISTRATIVE PROTEST"),
                                                     (72, 746, 9, "19 U.S.C. 1514, 19 CFR 174")]
    rows = [("party", None), ("name", "Harbor Light Candle Co."),
            ("address", "9 Wharf Street, Portland, ME 04101"), ("number", "31-7654321"),
            ("port", "1703 (Savannah)"), ("entry", "3EH-9231492-9"),
            ("entered", "September 27, 2024"), ("liquidated", "January 10, 2025"),
            ("goods", "Soy wax pillar candles, unscented"), ("sign", None),
            ("signer", "Ana Ruiz"), ("title", "Import Manager")]
    y = 720.0
    for key, value in rows:
        if value is None:
            placed.append((72, y, 10, headings[key]))
        elif value_apart:
            placed += [(72, y, 9, f"{captions[key]} {_LEADER}"), (430, y, 9, value)]
        else:
            placed.append((72, y, 9, f"{captions[key]} {_LEADER} {value}"))
        y -= 16
    placed += [(72, y - 10, 9, "Grounds: the candles are classified in subheading 3406.00.00, "
                               "not 9405; the port's rate is wrong."),
               (72, y - 26, 9, "Drawback: the entry is not subject to drawback.")]
    return _placed_pdf(path, placed)


_ENGLISH = {"name": "Name", "address": "Address", "number": "Importer number",
            "port": "Port code", "entry": "Entry number", "entered": "Date of entry",
            "liquidated": "Date of liquidation", "goods": "Description of merchandise",
            "signer": "Name", "title": "Title"}
_SPANISH = {"name": "Nombre / Name", "address": "Dirección / Address",
            "number": "Número de importador / Importer number", "port": "Puerto / Port code",
            "entry": "Número de entrada / Entry number",
            "entered": "Fecha de entrada / Date of entry",
            "liquidated": "Fecha de liquidación / Date of liquidation",
            "goods": "Descripción de la mercancía / Description of merchandise",
            "signer": "Nombre / Name", "title": "Cargo / Title"}
_HEADINGS = {"party": "I. PROTESTANT", "sign": "Signature"}
_HEADINGS_TWICE = {"party": "I. PROTESTANTE / PROTESTANT", "sign": "Firma / Signature"}


@pytest.mark.parametrize("value_apart", [True, False])
@pytest.mark.parametrize(("captions", "headings"), [
    (_ENGLISH, _HEADINGS), (_SPANISH, _HEADINGS_TWICE), (_SPANISH, _HEADINGS),
])
def test_captions_on_spaced_dot_leaders_give_their_values(
        tmp_path: Path, captions: dict[str, str], headings: dict[str, str],
        value_apart: bool) -> None:
    facts = extract_protest(_leader_form(tmp_path / "sheet.pdf", captions, headings,
                                         value_apart)).facts
    assert facts.protestant_name == "Harbor Light Candle Co."
    assert facts.protestant_address == "9 Wharf Street, Portland, ME 04101"
    assert facts.importer_number == "31-7654321"
    assert facts.merchandise_description == "Soy wax pillar candles, unscented"
    assert facts.signer_name == "Ana Ruiz"

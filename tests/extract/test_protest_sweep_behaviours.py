"""Sender behaviours read for every field they apply to, not for one sender's document: a caption
under, right of or beside its value, a form's section named before a label, a value wrapped in a
narrow column, a request's caption answered without a colon, a one-letter drawback answer, a
compact date; and absences of 174.13(a) items concluded only where the reader looked everywhere
(19 CFR 174.12, 174.13(a), 174.22, 174.24)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.dates import find_dates
from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_structure import unread_address, unread_importer_number

NUMBER = "2704-25-100417"
GOODS = "Enamelled steel stock pots, 8 and 12 quart, item nos. SP-8 and SP-12"
Drawn = Sequence[tuple[float, float, str]]
Row = str | Sequence[tuple[float, str]]
_SIZE = 10
_LABEL = "Description of Merchandise: "
_VALUE_X = 72 + stringWidth(_LABEL, "Helvetica", _SIZE)  # where a value beside its label starts


def _letter(path: Path, fields: Drawn, tail: list[Row] | None = None) -> Path:
    """A plain protest letter; FIELDS drawn where the sender put them between its head and its
    entries, TAIL the labelled lines after them (a line, or its pieces at their x)."""
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", _SIZE)
    for row, line in enumerate([
            "To: Port Director, U.S. Customs and Border Protection", "Port 2704", "PROTEST",
            "Protestant: Marlow Kitchen Supply LLC", "Address: 88 Harbor Road",
            "Long Beach, CA 90802", "Port Code: 2704", "Importer Number: 95-4417382",
            "Decision Protested: Classification"]):
        canvas.drawString(72, 780 - 16 * row, line)
    for x, y, text in fields:
        canvas.drawString(x, y, text)
    rows = tail if tail is not None else [
        "Drawback: The entries are not subject to drawback.",
        "Accelerated Disposition Requested: No", "Further Review Requested: Yes"]
    for row, pieces in enumerate(rows):
        for x, text in ([(72.0, pieces)] if isinstance(pieces, str) else pieces):
            canvas.drawString(x, 560 - 16 * row, text)
    for row, line in enumerate([
            "Entries protested:", "Entry Number      Entry Date       Liquidation Date",
            "AB1-2345678-1     July 2, 2024     January 17, 2025",
            "Objection and Justification",
            "CBP liquidated the entries under a provision that does not describe the goods;",
            "they are properly classified under the provision claimed, by GRI 1.",
            "Respectfully submitted,", "Dana Whitfield", "Vice President"]):
        canvas.drawString(72, 500 - 16 * row, line)
    canvas.save()
    return path


_WITH_NUMBER_AND_GOODS: Drawn = [(72, 636, f"Description of Merchandise: {GOODS}")]


@pytest.mark.parametrize("placed", [
    [(72, 636, NUMBER), (72, 625, "Protest Number")],           # the caption under its value
    [(72, 636, NUMBER), (200, 636, "Protest Number")],          # the caption right of it
    [(420, 790, "Protest Number"), (420, 779, NUMBER)],         # a sidebar's box
])
def test_a_protest_number_beside_its_caption_is_read(tmp_path: Path, placed: Drawn) -> None:
    # Before: a protest number under, right of or in a sidebar beside its caption was not read.
    goods = [(72, 600, f"Description of Merchandise: {GOODS}")]
    read = extract_protest(_letter(tmp_path / "p.pdf", [*placed, *goods]))
    assert read.facts.protest_number == NUMBER


@pytest.mark.parametrize("placed", [
    [(76, 640, "Enamelled steel stock pots, 8 and 12 quart, item nos."),
     (76, 626, "SP-8 and SP-12"), (76, 612, "Description of Merchandise")],
    [(72, 636, GOODS), (440, 636, "Description of Merchandise")],
    [(420, 790, "Goods Description"), (420, 776, "Enamelled steel stock pots, 8 and 12"),
     (420, 762, "quart, item nos. SP-8 and SP-12")],
    [(72, 636, "Section II - Description of Merchandise: Enamelled steel stock pots, 8 and"),
     (72 + stringWidth("Section II - " + _LABEL, "Helvetica", _SIZE), 622,
      "12 quart, item nos. SP-8 and SP-12")],
])
def test_a_description_beside_its_caption_is_read(tmp_path: Path, placed: Drawn) -> None:
    # Before: the caption below, right of or in a sidebar beside the goods, or a label named
    # after its form's section, left 174.13(a)(5) unread and reported missing.
    read = extract_protest(_letter(tmp_path / "g.pdf", placed))
    assert read.facts.merchandise_description == GOODS
    assert 5 not in read.facts.unsure_items


def test_a_description_in_a_narrow_column_is_read_whole(tmp_path: Path) -> None:
    # Before: a value wrapped over more than two lines beside its label lost its last line.
    read = extract_protest(_letter(tmp_path / "n.pdf", [
        (72, 636, f"{_LABEL}Enamelled steel"), (_VALUE_X, 622, "stock pots, 8 and 12 quart,"),
        (_VALUE_X, 608, "item nos. SP-8 and"), (_VALUE_X, 594, "SP-12")]))
    assert read.facts.merchandise_description == GOODS


def test_a_label_at_a_tab_stop_ends_the_value_above_it(tmp_path: Path) -> None:
    # Before: "Drawback <tab> None" under a full line was read as the goods' wrapped tail.
    read = extract_protest(_letter(tmp_path / "t.pdf", [], tail=[
        f"Description of Merchandise: {GOODS}, made in Korea by Hanil Metalworks",
        [(72, "Drawback"), (250, "The entries are not subject to drawback.")],
        "Accelerated Disposition Requested: No", "Further Review Requested: Yes"]))
    assert read.facts.merchandise_description == f"{GOODS}, made in Korea by Hanil Metalworks"


@pytest.mark.parametrize("answered", [
    # The answer at a tab stop just past the caption: one run of words, no colon.
    [[(72, "Accelerated Disposition Requested"),
      (77 + stringWidth("Accelerated Disposition Requested", "Helvetica", _SIZE), "No")]],
    ["Accelerated Disposition Requested", "No"],
])
def test_a_request_caption_answered_without_a_colon_is_refused(
        tmp_path: Path, answered: list[Row]) -> None:
    # Before: the caption's own "Requested" was read as the request, whatever the answer.
    read = extract_protest(_letter(tmp_path / "a.pdf", _WITH_NUMBER_AND_GOODS, tail=[
        "Drawback: The entries are not subject to drawback.", *answered,
        "Further Review Requested: Yes"]))
    assert read.facts.accelerated_disposition is False
    assert read.facts.further_review_requested is True


def test_a_request_answered_under_its_caption_beside_another_block(tmp_path: Path) -> None:
    # Before: a block beside the party's lines ran its caption and answer into them.
    read = extract_protest(_letter(tmp_path / "c.pdf", [
        *_WITH_NUMBER_AND_GOODS, (330, 732, "Accelerated Disposition Requested:"),
        (336, 718, "No")], tail=["Drawback: The entries are not subject to drawback.",
                                 "Further Review Requested: Yes"]))
    assert read.facts.accelerated_disposition is False


def test_a_one_letter_drawback_answer_declares(tmp_path: Path) -> None:
    # Before: "Drawback: N" under the goods' line was no declaration: 174.13(a)(9) to a person.
    read = extract_protest(_letter(tmp_path / "d.pdf", _WITH_NUMBER_AND_GOODS, tail=[
        "Drawback: N", "Accelerated Disposition Requested: No", "Further Review Requested: Yes"]))
    assert read.facts.drawback_declaration is False


def test_a_compact_date_is_a_date_and_a_tariff_number_is_not() -> None:
    # Before: 20250307 was no date, so every entry printed so lost its dates.
    assert [m.value for m in find_dates("liquidated 20250117 and 20240702")] == [
        date(2025, 1, 17), date(2024, 7, 2)]
    assert find_dates("HTS 19011010, ref 120250307, 20251340") == []


def test_a_caption_beside_text_nobody_read_makes_the_goods_unsure(tmp_path: Path) -> None:
    # A caption printed after three cells of text on its line: where the goods are is not
    # understood, so 174.13(a)(5) is not concluded absent.
    read = extract_protest(_letter(tmp_path / "u.pdf", [
        (72, 636, "Stock pots"), (200, 636, "8 and 12 quart"), (330, 636, "SP-8, SP-12"),
        (460, 636, "Description of Merchandise")]))
    assert read.facts.merchandise_description is None
    assert 5 in read.facts.unsure_items


def test_a_name_read_with_its_address_run_in_leaves_the_address_unsure() -> None:
    # The name's line printed its city, state and ZIP: the address is there, not absent.
    fields = Fields()
    fields.put("protestant_name", "Marlow Kitchen Supply LLC 88 Harbor Road Long Beach, CA 90802",
               None, 0.9)
    assert unread_address(fields, "Protestant\nMarlow Kitchen Supply LLC 88 Harbor Road") == {1}
    named = Fields()
    named.put("protestant_name", "Marlow Kitchen Supply LLC", None, 0.9)
    text = "Protestant: Marlow Kitchen Supply LLC\n88 Harbor Road\nLong Beach, CA 90802\nPort"
    assert unread_address(named, text) == {1}
    assert unread_address(named, "Protestant: Marlow Kitchen Supply LLC\nPort Code: 2704") == set()


def test_digits_under_an_importer_caption_leave_the_number_unsure() -> None:
    # A number printed under or after its caption in a form the reader does not parse is not
    # an absence of 174.13(a)(2); "N/A" there, or a table's row under a blank box, is.
    assert unread_importer_number(Fields(), "IOR Number\n95 4417382\nPort: 1001") == {2}
    assert unread_importer_number(Fields(), "Importer No.: 9544 17382\nPort: 1001") == {2}
    assert unread_importer_number(Fields(), "Importer No.: N/A\nPort: 1001") == set()
    assert unread_importer_number(
        Fields(), "Importer No.\nEH4-2210587-2  July 2, 2024\nPort: 1001") == set()

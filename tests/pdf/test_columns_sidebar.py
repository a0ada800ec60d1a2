"""A side column of particulars beside a letter's body is read apart from it, the column first;
a caption column beside its values keeps its printed lines (issue 13, the fifty-sixth hand)."""

from __future__ import annotations

from pathlib import Path

from tests.pdf.test_columns import _page, _read

_SIDE, _BODY = 50.0, 200.0

_LETTER_WITH_SIDEBAR = [
    [(_SIDE, "PARTICULARS"), (_BODY, "Dear Port Director:")],
    [(_SIDE, "Protestant"), (_BODY, "We write on behalf of Harbor Light Candle Co. to")],
    [(_SIDE, "Harbor Light Candle Co."),
     (_BODY, "protest the classification of the candles, which")],
    [(_SIDE, "Entry"), (_BODY, "placed them in heading 9405 as lamps. They are")],
    [(_SIDE, "3EH-9231492-9"), (_BODY, "candles of heading 3406 by their terms.")],
]


def test_a_side_column_whose_captions_cut_the_letters_sentences_is_read_first(
        tmp_path: Path) -> None:
    assert _read(_page(tmp_path / "letter.pdf", _LETTER_WITH_SIDEBAR)) == [
        "PARTICULARS", "Protestant", "Harbor Light Candle Co.", "Entry", "3EH-9231492-9",
        "Dear Port Director:", "We write on behalf of Harbor Light Candle Co. to",
        "protest the classification of the candles, which",
        "placed them in heading 9405 as lamps. They are", "candles of heading 3406 by their terms.",
    ]


def test_captions_beside_their_values_keep_their_lines(tmp_path: Path) -> None:
    # Each caption opens its own value: no sentence of the values runs on beside a new caption.
    form = [
        [(_SIDE, "Protestant"), (_BODY, "Harbor Light Candle Co., 9 Wharf Street")],
        [(_BODY, "Portland, ME 04101")],
        [(_SIDE, "Grounds"), (_BODY, "The candles are classified in heading 3406, not in")],
        [(_BODY, "heading 9405 as lamps; the port's rate is wrong.")],
        [(_SIDE, "Entry"), (_BODY, "3EH-9231492-9, entered on the date below and")],
        [(_SIDE, "Date"), (_BODY, "September 27, 2024")],
    ]
    assert _read(_page(tmp_path / "form.pdf", form)) == [
        "Protestant | Harbor Light Candle Co., 9 Wharf Street", "Portland, ME 04101",
        "Grounds | The candles are classified in heading 3406, not in",
        "heading 9405 as lamps; the port's rate is wrong.",
        "Entry | 3EH-9231492-9, entered on the date below and", "Date | September 27, 2024",
    ]


def test_a_tables_short_values_running_on_beside_new_captions_keep_their_lines(
        tmp_path: Path) -> None:
    # Value cells of a few words each, lowercase after a value without a stop, beside the next
    # caption, twice: a table, not a letter beside a side column (the fourth hand's detail table).
    rows = [
        [(_SIDE, "Item"), (_BODY, "Cotton bath towels, set of two")],
        [(_SIDE, "Unit price"), (_BODY, "USD 6.40 per set (FOB)")],
        [(_SIDE, "Selling price"), (_BODY, "about twice the unit price")],
        [(_SIDE, "Item"), (_BODY, "Cotton hand towels, set of four")],
        [(_SIDE, "Unit price"), (_BODY, "USD 5.10 per set (FOB)")],
        [(_SIDE, "Selling price"), (_BODY, "about twice the unit price")],
    ]
    assert _read(_page(tmp_path / "table.pdf", rows)) == [
        " | ".join(text for _, text in row) for row in rows]


def test_a_forms_long_values_over_numbers_beside_new_captions_keep_their_lines(
        tmp_path: Path) -> None:
    # A long value without a stop over the next caption's number: a form, not a side column.
    rows = [
        [(_SIDE, "Address of party:"), (_BODY, "1260 Fulton Avenue, Grand Rapids, MI 49504")],
        [(_SIDE, "Importer number:"), (_BODY, "30-1369391")],
        [(_SIDE, "Filed by:"), (_BODY, "Harbor Gate Clearance LLC, agent under power of attorney")],
        [(_SIDE, "Agent importer no.:"), (_BODY, "55-5597744")],
    ]
    assert _read(_page(tmp_path / "form.pdf", rows)) == [
        " | ".join(text for _, text in row) for row in rows]

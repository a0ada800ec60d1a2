"""A PDF form filled and not flattened: its field values are read as words of the page at their
widgets, once, whatever kind of field holds them and however the value is stored."""

from __future__ import annotations

import codecs
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)

from bots.common.reading.tick_boxes import DrawnBox, drawn_boxes
from tests.pdf.fillable import (
    Caption,
    CheckBox,
    Choice,
    Item,
    Rule,
    TextField,
    blank_form,
    fill,
    flatten,
    flatten_keeping_widgets,
)
from tradebots.pdf import Word, open_pdf, read_tables
from tradebots.pdf.words import FORM_FIELD_NOTE, evidence_of

NAME = TextField("name", 200, 700, 250, 18)


@dataclass(frozen=True)
class Read:
    """What the readers see on page 1: its lines, its words and its drawn boxes."""

    texts: list[str]
    words: list[Word]
    boxes: tuple[DrawnBox, ...]

    @property
    def field_words(self) -> list[Word]:
        return [w for w in self.words if w.form_field]


def read(path: Path) -> Read:
    with open_pdf(path) as document:
        return Read([" ".join(s.text for s in line) for line in document.segments(1)],
                    document.words(1), drawn_boxes(document))


def filled(tmp_path: Path, items: Sequence[Item], values: Mapping[str, str],
           regenerate: bool = False) -> Read:
    blank = blank_form(tmp_path / "blank.pdf", [[Caption(72, 705, "Protestant"), *items]])
    return read(fill(blank, tmp_path / "filled.pdf", values, regenerate=regenerate))


def inside(word: Word, box: TextField, height: float = 792) -> bool:
    return (box.x - 0.5 <= word.x0 and word.x1 <= box.x + box.width + 0.5
            and height - box.y - box.height - 0.5 <= word.top
            and word.bottom <= height - box.y + 0.5)


@pytest.mark.parametrize("regenerate", [False, True])
def test_a_text_fields_value_is_read_as_words_inside_its_widget(tmp_path: Path,
                                                                regenerate: bool) -> None:
    document = filled(tmp_path, [NAME], {"name": "Harbor Foods Co."}, regenerate)
    assert document.texts == ["Protestant Harbor Foods Co."]
    words = document.field_words
    assert [w.text for w in words] == ["Harbor", "Foods", "Co."]
    assert all(inside(w, NAME) for w in words)
    # The page's own caption is no form field's.
    assert [w.text for w in document.words if not w.form_field] == ["Protestant"]


def test_evidence_from_a_form_field_says_so(tmp_path: Path) -> None:
    document = filled(tmp_path, [NAME], {"name": "Harbor Foods Co."})
    evidence = evidence_of(document.field_words)
    assert evidence.text == f"Harbor Foods Co. {FORM_FIELD_NOTE}"
    assert evidence.page == 1
    caption = [w for w in document.words if w.text == "Protestant"]
    assert evidence_of(caption).text == "Protestant"


def test_a_form_without_values_reads_its_captions_only(tmp_path: Path) -> None:
    document = filled(tmp_path, [NAME], {})
    assert document.texts == ["Protestant"]


def test_a_multi_line_value_is_split_at_its_newlines_and_wrapped_at_the_widgets_width(
        tmp_path: Path) -> None:
    box = TextField("description", 72, 500, 160, 150, multiline=True, font_size=10)
    value = ("Cotton bath towels, terry woven, hemmed on all four sides and packed in pairs\n"
             "Made in India")
    document = filled(tmp_path, [box], {"description": value})
    lines = document.texts[1:]
    assert len(lines) >= 4 and lines[-1] == "Made in India"
    assert " ".join(lines) == " ".join(value.split())
    assert all(inside(w, box) for w in document.field_words)


@pytest.mark.parametrize("size", [0, 10])  # auto size, and a fixed size it does not fit
def test_a_long_single_line_value_is_shrunk_into_its_widget(tmp_path: Path,
                                                            size: float) -> None:
    box = TextField("name", 200, 700, 120, 18, font_size=size)
    value = "Northstar Trading Corporation of America"
    document = filled(tmp_path, [box], {"name": value})
    words = document.field_words
    assert " ".join(w.text for w in words) == value
    assert all(inside(w, box) for w in words)
    assert len({round(w.top, 1) for w in words}) == 1


def test_a_comb_fields_value_reads_as_one_word_across_its_cells(tmp_path: Path) -> None:
    box = TextField("entry", 200, 700, 260, 18, max_len=13, comb=True)
    document = filled(tmp_path, [box], {"entry": "312-4115767-1"})
    words = document.field_words
    assert [w.text for w in words] == ["312-4115767-1"]
    assert words[0].x0 == pytest.approx(200) and words[0].x1 == pytest.approx(460)


def test_a_choice_shows_the_chosen_options_display_text_not_its_export_value(
        tmp_path: Path) -> None:
    box = Choice("port", 200, 700, 150, 18, (("Los Angeles", "2704"), ("Seattle", "3001")))
    document = filled(tmp_path, [box], {"port": "3001"})
    assert document.texts == ["Protestant Seattle"]


def test_check_boxes_and_radio_buttons_show_a_mark_in_a_box_the_tick_reader_finds(
        tmp_path: Path) -> None:
    items = [CheckBox("sample", 72, 600), CheckBox("photos", 200, 600),
             CheckBox("Fraud", 72, 580, group="level"),
             CheckBox("Negligence", 200, 580, group="level")]
    document = filled(tmp_path, items, {"sample": "/Yes", "photos": "/Off",
                                        "level": "/Negligence"})
    boxes = {(round(b.bbox[0]), round(792 - b.bbox[3])): b.ticked for b in document.boxes}
    assert boxes == {(72, 600): True, (200, 600): False, (72, 580): False, (200, 580): True}
    assert [w.text for w in document.field_words] == ["X", "X"]


def _restructure(path: Path, out: Path, value: TextStringObject | ByteStringObject) -> Path:
    """The "name" field turned into a parent holding the value, its widget a kid with no /V
    (how Acrobat stores a field shown in two places)."""
    writer = PdfWriter(clone_from=PdfReader(path))
    annots = cast(ArrayObject, writer.pages[0]["/Annots"])
    widget = cast(DictionaryObject, annots[0].get_object())
    parent = DictionaryObject({NameObject("/T"): widget.pop("/T"),
                               NameObject("/FT"): widget.pop("/FT"),
                               NameObject("/V"): value,
                               NameObject("/DA"): widget["/DA"]})
    widget.pop("/V", None)
    parent_ref = writer._add_object(parent)
    parent[NameObject("/Kids")] = ArrayObject([annots[0]])
    widget[NameObject("/Parent")] = parent_ref
    form = cast(DictionaryObject, writer._root_object["/AcroForm"])
    form[NameObject("/Fields")] = ArrayObject([parent_ref])
    writer.write(out)
    return out


@pytest.mark.parametrize("value", [
    TextStringObject("Łódź Trading Sp. z o.o."),  # written as UTF-16 with its byte order mark
    ByteStringObject(codecs.BOM_UTF16_BE + "Łódź Trading Sp. z o.o.".encode("utf-16-be")),
])
def test_a_value_inherited_from_the_parent_field_in_utf_16_is_read(
        tmp_path: Path, value: TextStringObject | ByteStringObject) -> None:
    blank = blank_form(tmp_path / "blank.pdf", [[Caption(72, 705, "Protestant"), NAME]])
    document = read(_restructure(blank, tmp_path / "kids.pdf", value))
    assert document.texts == ["Protestant Łódź Trading Sp. z o.o."]


def test_a_flattened_form_gives_no_field_words(tmp_path: Path) -> None:
    blank = blank_form(tmp_path / "blank.pdf", [[Caption(72, 705, "Protestant"), NAME]])
    document = read(flatten(blank, tmp_path / "flat.pdf", {"name": "Harbor Foods Co."}))
    assert document.texts == ["Protestant Harbor Foods Co."]
    assert document.field_words == []


def test_a_value_printed_into_the_page_and_kept_in_the_widget_is_read_once(
        tmp_path: Path) -> None:
    items: list[Item] = [NAME, Choice("port", 200, 650, 150, 18, (("Los Angeles", "2704"),
                                                      ("Seattle", "3001")))]
    blank = blank_form(tmp_path / "blank.pdf", [[Caption(72, 705, "Protestant"), *items]])
    both = flatten_keeping_widgets(blank, tmp_path / "both.pdf",
                                   {"name": "Harbor Foods Co.", "port": "3001"})
    assert PdfReader(both).pages[0]["/Annots"]  # the widgets are still there
    document = read(both)
    # pypdf prints the choice's export value; the display text is not laid over it.
    assert document.texts == ["Protestant Harbor Foods Co.", "3001"]
    assert document.field_words == []


def test_a_ruled_tables_cells_read_field_values_and_say_they_came_from_fields(
        tmp_path: Path) -> None:
    grid: list[Item] = [Rule(72, 600, 200, 620), Rule(200, 600, 330, 620),
                        Rule(72, 580, 200, 600), Rule(200, 580, 330, 600),
                        Caption(75, 606, "Entry No.", 9), Caption(203, 606, "Duty Paid", 9),
                        TextField("entry", 74, 582, 124, 16, font_size=9),
                        TextField("paid", 202, 582, 124, 16, font_size=9)]
    blank = blank_form(tmp_path / "blank.pdf", [grid])
    with open_pdf(fill(blank, tmp_path / "grid.pdf", {"entry": "938-5546495-9",
                                                      "paid": "$31.75"}, regenerate=False)) as pdf:
        [table] = read_tables(pdf, 1)
    assert table.texts() == [["Entry No.", "Duty Paid"], ["938-5546495-9", "$31.75"]]
    header, row = table.rows
    assert [c is not None and c.form_field for c in header] == [False, False]
    assert row[0] is not None
    assert row[0].evidence().text == f"938-5546495-9 {FORM_FIELD_NOTE}"

"""Sweep-2 sender behaviours for the protest's own fields (not the party): a memo's tag whose
answer is pushed under it, and a field that points to a continuation sheet for its value
(19 CFR 174.13(a)(5), 174.22, 174.24)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

GOODS = "Enamelled steel stock pots, 8 and 12 quart, item nos. SP-8 and SP-12"
Drawn = Sequence[tuple[float, str]]
_TAG, _VALUE = 72.0, 190.0  # a memo's tag at the margin, its value indented beside it


def _memo(path: Path, rows: Drawn, pages: Sequence[Drawn] = ()) -> Path:
    """A protest memo: the party's and entries' tags, then ROWS (x, text) one to a line, then
    the objection and signature; each of PAGES a further page of lines."""
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    head: Drawn = [
        (_TAG, "PROTEST"), (_TAG, "To: Port Director, U.S. Customs and Border Protection"),
        (_TAG, "Protestant: Marlow Kitchen Supply LLC"), (_TAG, "Address: 88 Harbor Road"),
        (_TAG + 48, "Long Beach, CA 90802"), (_TAG, "Protest Number: 2704-25-100417"),
        (_TAG, "Port Code: 2704"), (_TAG, "Importer Number: 95-4417382"),
        (_TAG, "Decision Protested: Classification")]
    tail: Drawn = [
        (_TAG, "Entries protested:"), (_TAG, "Entry Number      Entry Date       Liquidation Date"),
        (_TAG, "AB1-2345678-1     July 2, 2024     January 17, 2025"),
        (_TAG, "Objection and Justification"),
        (_TAG, "CBP liquidated the entries under a provision that does not describe the goods;"),
        (_TAG, "they are properly classified under the provision claimed, by GRI 1."),
        (_TAG, "Respectfully submitted,"), (_TAG, "Dana Whitfield"), (_TAG, "Vice President")]
    for row, (x, text) in enumerate([*head, *rows, *tail]):
        canvas.drawString(x, 790 - 15 * row, text)
    for page in pages:
        canvas.showPage()
        canvas.setFont("Helvetica", 10)
        for row, (x, text) in enumerate(page):
            canvas.drawString(x, 790 - 15 * row, text)
    canvas.save()
    return path


@pytest.mark.parametrize(("colon", "refused", "asked", "no_drawback", "indent"), [
    (":", "No", "Yes", "No", _VALUE),
    (":", "[ ] Yes  [X] No", "[X] Yes  [ ] No", "None", _TAG + 24),
    (":", "Not requested", "Requested", "No", _VALUE),
    ("", "N", "Y", "N", _TAG + 24),
])
def test_a_tags_answer_pushed_under_it_answers_the_element(
        tmp_path: Path, colon: str, refused: str, asked: str, no_drawback: str,
        indent: float) -> None:
    # Before: "Accelerated Disposition Requested:" with its answer on the line under it (a tag
    # wider than the memo's indent) was read by its own word "Requested" as a request, and
    # "Drawback:" over a bare "No" declared nothing.
    rows = [(_TAG, f"Description of Merchandise: {GOODS}"),
            (_TAG, f"Drawback{colon}"), (indent, no_drawback),
            (_TAG, f"Accelerated Disposition Requested{colon}"), (indent, refused),
            (_TAG, f"Further Review Requested{colon}"), (indent, asked)]
    read = extract_protest(_memo(tmp_path / "m.pdf", rows))
    assert read.facts.drawback_declaration is False
    assert read.facts.accelerated_disposition is False
    assert read.facts.further_review_requested is True


_POINTING = [(_TAG, "Description of Merchandise: See continuation sheet"),
             (_TAG, "Drawback: The entries are not subject to drawback."),
             (_TAG, "Accelerated Disposition Requested: No"),
             (_TAG, "Further Review Requested: Yes")]


def test_a_description_on_its_continuation_sheet_is_read_there(tmp_path: Path) -> None:
    # Before: "See continuation sheet" was read as the goods' description.
    read = extract_protest(_memo(tmp_path / "c.pdf", _POINTING, pages=[
        [(_TAG, "Continuation sheet"), (_TAG, f"Description of Merchandise: {GOODS}")]]))
    assert read.facts.merchandise_description == GOODS
    evidence = read.fields["merchandise_description"].evidence
    assert evidence is not None and evidence.page == 2


def test_a_description_pointing_to_a_sheet_not_sent_goes_to_a_person(tmp_path: Path) -> None:
    # Before: the pointer was the description; without it, the goods are not absent but unseen.
    read = extract_protest(_memo(tmp_path / "n.pdf", _POINTING))
    assert read.facts.merchandise_description is None
    assert 5 in read.facts.unsure_items


def test_a_man_pages_section_and_its_tag_of_the_same_words_both_head(tmp_path: Path) -> None:
    # Before: the tag repeating its section's heading was read as the objection's first words.
    rows = [(_TAG, f"Description of Merchandise: {GOODS}"),
            (_TAG, "OBJECTION AND JUSTIFICATION"), (_TAG + 24, "OBJECTION AND JUSTIFICATION"),
            (_VALUE, "The goods are ceramic kitchenware of heading 6912, HTSUS, by GRI 1."),
            (_TAG, "Drawback: The entries are not subject to drawback.")]
    read = extract_protest(_memo(tmp_path / "o.pdf", rows))
    # The decision protested opens the objection by design; the tag's words do not follow it.
    assert read.facts.objection_text == ("Classification The goods are ceramic kitchenware of"
                                         " heading 6912, HTSUS, by GRI 1.")

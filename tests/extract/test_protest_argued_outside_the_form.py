"""A sender who fills a form with no box for the grounds may argue the protest elsewhere: in the
covering letter sent before the form, or in the body of the e-mail printed above it. The reader
that reads only the form cannot say the protest gives no objection (19 CFR 174.13(a)(6)) when
such words argue the decision with the law's terms and a reason: a person looks, never a
confident 'deficient'. A letter that only sends the form, arguing nothing, leaves the absence
vouched for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_box_points_to_unprinted_sheet import _GOODS, _HEAD, _TAIL, _pdf

_FORM = [*_HEAD, *_GOODS, *_TAIL]
_ARGUMENTS = {
    "buying commission": [
        "CBP added a buying commission paid to our own agent to the value. A bona fide",
        "buying commission is not part of transaction value under 19 U.S.C. 1401a(b), and the",
        "entered value should be restored."],
    "classification": [
        "The speakers were classified in subheading 8518.22 although they are sold with a",
        "radio receiver; they belong in heading 8527 under GRI 3(b), not where CBP put them."],
    "ruling": [
        "CBP's rate ignores ruling N312345 issued to us for the same speakers, which",
        "should have been applied to the entry."],
}


def _letter(argument: list[str]) -> list[str]:
    return ["Tamarack Kitchenware Corp.", "77 West Ontario Street, Chicago, IL 60654",
            "3 May 2024", "Port Director, Port of San Francisco", "Dear Port Director:",
            "We enclose our protest of entry HD2-3545257-4 on the attached form.", *argument,
            "Sincerely,", "Esther Kowalczyk"]


def _mail(argument: list[str]) -> list[str]:
    return ["From: Esther Kowalczyk <ek@tamarack.example>", "To: protests@cbp.example",
            "Sent: 3 May 2024", "Subject: Protest - entry HD2-3545257-4",
            "Our protest form for the entry is printed below.", *argument, " "]


def _outcome(tmp_path: Path, pages: list[list[str]]) -> str:
    facts = extract_protest(_pdf(tmp_path / "p.pdf", pages)).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 5, 6)), today=date(2024, 5, 20))
    return decision.outcome


@pytest.mark.parametrize("argument", sorted(_ARGUMENTS))
def test_a_covering_letter_that_argues_is_not_an_absent_objection(
        tmp_path: Path, argument: str) -> None:
    assert _outcome(tmp_path, [_letter(_ARGUMENTS[argument]), _FORM]) != "deficient"


@pytest.mark.parametrize("argument", sorted(_ARGUMENTS))
def test_an_e_mail_body_that_argues_above_the_form_is_not_an_absent_objection(
        tmp_path: Path, argument: str) -> None:
    assert _outcome(tmp_path, [[*_mail(_ARGUMENTS[argument]), *_FORM]]) != "deficient"


def test_a_covering_letter_that_only_sends_the_form_leaves_the_absence_vouched(
        tmp_path: Path) -> None:
    letter = _letter(["Please let us know if you need anything further."])
    assert _outcome(tmp_path, [letter, _FORM]) == "deficient"


def _grid_pdf(path: Path, column: str) -> Path:
    # the entries grid's last column gives each entry's reason, wrapped in its cell
    canvas = Canvas(str(path))
    rows: list[list[tuple[int, str]]] = [
        *[[(72, line)] for line in _HEAD[:6]], [(72, _GOODS[0])],
        [(50, "Entry Number"), (150, "Entry Date"), (230, "Liquidated"), (320, column)],
        [(50, "HD2-3545257-4"), (150, "26 April 2023"), (230, "26 Feb 2024"),
         (320, "Buying commission is not part of")],
        [(320, "transaction value, 19 U.S.C. 1401a(b)")],
        *[[(72, line)] for line in _TAIL]]
    for row, cells in enumerate(rows):
        for x, text in cells:
            canvas.drawString(x, 740 - 14 * row, text)
    canvas.save()
    return path


@pytest.mark.parametrize("column", ["Reason", "Basis", "Issue", "Grounds for protest"])
def test_an_entries_grid_whose_last_column_argues_is_not_an_absent_objection(
        tmp_path: Path, column: str) -> None:
    facts = extract_protest(_grid_pdf(tmp_path / "g.pdf", column)).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 5, 6)), today=date(2024, 5, 20))
    assert decision.outcome != "deficient"

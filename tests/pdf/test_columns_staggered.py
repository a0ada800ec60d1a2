"""Two columns each set with its own leading, so their baselines stagger, are read one column at
a time; a label beside its value, or a form's two columns of boxes, share a baseline and keep
their printed lines (issue 13, the fifty-sixth hand: a case summary's "Prior disclosure" caption
read with the violation date beside it, so the disclosure was read both ways)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.pdf.test_columns import _printed, _read

_NARRATIVE = ["Facts", "The party imported ceramic dinnerware sets of porcelain, 16",
              "pieces, service for four, declared at a lower rate of duty.",
              "Culpability", "The evidence shows gross negligence.",
              "Prior disclosure", "No prior disclosure was made."]
_PARTICULARS = ["Party", "Harbor Reach Outfitters, Inc.", "Address", "1180 Pier Avenue",
                "Long Beach, CA 90802", "Date of violation", "1 March 2024",
                "Domestic value", "$107,522.00"]


def _two_flows(path: Path, left: Sequence[str], right: Sequence[str], left_lead: float,
               right_lead: float, right_x: float = 330.0) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for index, text in enumerate(left):
        canvas.drawString(54, 700 - left_lead * index, text)
    canvas.setFont("Helvetica", 9)
    for index, text in enumerate(right):
        canvas.drawString(right_x, 703 - right_lead * index, text)
    canvas.save()
    return path


@pytest.mark.parametrize("left_lead, right_lead", [(14.0, 10.0), (13.0, 11.0), (12.0, 10.5)])
def test_columns_with_staggered_baselines_are_read_one_at_a_time(
        tmp_path: Path, left_lead: float, right_lead: float) -> None:
    read = _read(_two_flows(tmp_path / "summary.pdf", _NARRATIVE, _PARTICULARS,
                            left_lead, right_lead))
    assert read == [*_NARRATIVE, *_PARTICULARS]


def test_labels_beside_their_values_on_one_baseline_keep_their_lines(tmp_path: Path) -> None:
    labels = ["Party", "Address", "Importer number", "Date of violation", "Domestic value"]
    values = ["Harbor Reach Outfitters, Inc.", "1180 Pier Avenue, Long Beach, CA 90802",
              "94-7511885", "1 March 2024", "$107,522.00"]
    path = tmp_path / "form.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        canvas.drawString(54, 700 - 14 * index, label)
        canvas.drawString(200, 700 - 14 * index, value)
    canvas.save()
    assert _read(path) == [f"{label} | {value}" for label, value in zip(labels, values,
                                                                         strict=True)]


def test_a_letterhead_far_from_a_staggered_date_block_keeps_its_lines(tmp_path: Path) -> None:
    head = ["Harbor Reach Outfitters, Inc.", "Import Compliance Department", "1180 Pier Avenue",
            "Suite 400", "Long Beach, CA 90802", "Telephone (562) 555-0142"]
    dates = ["Our ref. HR-2291", "Your ref. 2025-1001", "Date: 1 March 2025", "By e-mail",
             "and by courier", "Page 1 of 2", "Enclosures: 3"]
    path = _two_flows(tmp_path / "head.pdf", head, dates, 14.0, 11.0, right_x=420.0)
    assert _read(path) == _printed(path)

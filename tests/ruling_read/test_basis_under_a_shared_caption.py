"""One box for several answers, its caption naming them all ("BASIS / PENDING MATTERS / SAMPLES /
CONFIDENTIALITY") over the basis: the caption heads the basis, it does not make the basis a word
about samples or confidentiality. Before, the basis under it was not seen and a confident
177.2(b)(6) deficiency was drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_caption_notes_over_a_box import GOODS, party, read_form

# The basis wraps in its box, a sentence over two lines.
BASIS = ("GRI 1 applies: the heading text describes the goods as imported, and the",
         "Explanatory Notes to the heading confirm it.")
PENDING = "To our knowledge the issue is not pending before any CBP office or any court."
SAMPLE = "One sample is sent under separate cover."
# The result asked for: a proposed number asks for a basis (177.2(b)(6)).
REST = (*(box for box in GOODS if box[0].split(". ")[1] not in ("BASIS", "PENDING MATTERS")),
        ("12. PROPOSED HTS", ("6302.60.0020",)))


@pytest.mark.parametrize(("caption", "lines"), [
    ("8. BASIS / PENDING MATTERS / SAMPLES / CONFIDENTIALITY", (*BASIS, PENDING, SAMPLE)),
    ("8. SAMPLES, CONFIDENTIALITY AND BASIS", (*BASIS, SAMPLE, PENDING)),
    ("8. Basis, pending matters and samples:", (*BASIS, PENDING, SAMPLE)),
    ("8. PENDING MATTERS / BASIS", (PENDING, "Heading 6302 names the goods because",
                                             "they are bed linen of cotton.")),
], ids=["slashes", "commas-basis-last", "title-case-colon", "basis-by-because"])
def test_a_basis_under_a_caption_that_also_names_samples_is_a_basis(
        tmp_path: Path, caption: str, lines: tuple[str, ...]) -> None:
    # set tight, caption and box in one paragraph, as a form typed on one sheet prints them
    output = read_form(tmp_path, (*party("1. REQUESTER"), *REST, (caption, lines)),
                       value_gap=12, caption_font="Helvetica", indent=0)
    assert "177.2(b)(6)" not in output["decision"]["missing"], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_shared_box_with_no_basis_still_lacks_one(tmp_path: Path) -> None:
    output = read_form(tmp_path, (*party("1. REQUESTER"), *REST,
                                  ("8. BASIS / PENDING MATTERS / SAMPLES", (PENDING, SAMPLE))),
                       value_gap=12, caption_font="Helvetica", indent=0)
    assert "177.2(b)(6)" in output["decision"]["missing"]


# A statement that speaks of a request, set under a caption that names confidentiality.
EARLIER = ("The issue is not pending before any CBP office or any court and has not been the",
           "subject of an earlier ruling request.")


@pytest.mark.parametrize(("caption", "lines", "asked"), [
    ("8. BASIS / PENDING MATTERS / SAMPLES / CONFIDENTIALITY", (*EARLIER, SAMPLE), False),
    ("8. PENDING MATTERS, SAMPLES AND CONFIDENTIAL TREATMENT", (*EARLIER, SAMPLE), False),
    ("8. BASIS / PENDING MATTERS / SAMPLES / CONFIDENTIALITY",
     (PENDING, "We ask that the unit prices be kept confidential; they are marked."), True),
], ids=["pending-under-shared-caption", "commas-and", "request-under-shared-caption"])
def test_a_shared_caption_naming_confidentiality_asks_nothing_itself(
        tmp_path: Path, caption: str, lines: tuple[str, ...], asked: bool) -> None:
    boxes = (*party("1. REQUESTER"), *REST, ("7a. BASIS", BASIS), (caption, lines))
    output = read_form(tmp_path, boxes, value_gap=12, caption_font="Helvetica", indent=0)
    assert output["values"]["confidential_requested"] is asked

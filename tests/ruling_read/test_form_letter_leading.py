"""A standard request form's numbered paragraphs set at a loose leading (the gap between lines
half a line high, wider than a close-set paragraph's, narrower than a double-spaced page's): a
sentence wrapped over lines stays one paragraph, so the requester its first paragraph names
("The undersigned, X, of <address>, importer number N, requests ...") is read; a "Samples and
documents:" caption run in before its answer is a caption, not a sample sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

PITCH = 17  # an 11-point line every 17 points: a gap of about half a line height
PARAGRAPH = 23


def _form(paragraphs: list[list[str]]) -> list[Cell]:
    cells: list[Cell] = [(72, 60, "STANDARD REQUEST FOR A BINDING RULING"),
                         (72, 80, "Date: 06/06/2025")]
    y = 80 + PARAGRAPH
    for lines in paragraphs:
        for line in lines:
            cells.append((72, y, line))
            y += PITCH
        y += PARAGRAPH - PITCH
    return cells


_GOODS = [
    ["2. Merchandise: Cordless hand drills, 18 volt, model RT-18"],
    ["3. Principal use: drilling holes in wood and metal"],
    ["4. Component materials: plastics 45%, steel 35%, battery 20% by weight"],
    ["5. Ruling requested and its basis: We ask that the drills be classified in subheading",
     "8467.21.0010, HTSUS, under GRI 1 and GRI 6; heading 8467 names tools for working in",
     "the hand with a self-contained electric motor."],
    ["6. Matters pending: To the requester's knowledge the issue is not pending before any",
     "CBP office, the Court of International Trade or any appellate court."],
]
_SIGNED = [["Signature: /s/ Beatrice Fontaine"],
           ["Name and title: Beatrice Fontaine, Trade Compliance Manager"]]


@pytest.mark.parametrize("opening, name, address", [
    (["1. The undersigned, Ridgeline Tool & Hardware Inc. , of 77 Forge Way,",
      "Pittsburgh, PA 15222 , importer number 28-0824051 , requests a binding ruling on the",
      "tariff classification of the merchandise described below, which it intends to import",
      "through the port of Seattle."],
     "Ridgeline Tool & Hardware Inc.", "77 Forge Way, Pittsburgh, PA 15222"),
    (["1. The undersigned, Kestrel Lighting Corporation, of 3120 Foundry Street, Cleveland,",
      "OH 44114, importer number 65-4016731, requests a binding ruling on the tariff",
      "classification of the merchandise described below, to be imported through Savannah."],
     "Kestrel Lighting Corporation", "3120 Foundry Street, Cleveland, OH 44114"),
    (["1. Harrow & Vine Housewares Inc., of 1450 Quarry Road, Edison, NJ 08817, importer",
      "number 72-9827314, requests a binding ruling on the tariff classification of the",
      "merchandise described below, which it intends to import through the port of Newark."],
     "Harrow & Vine Housewares Inc.", "1450 Quarry Road, Edison, NJ 08817"),
])
def test_the_requester_a_form_letters_wrapped_first_paragraph_names_is_read(
        tmp_path: Path, opening: list[str], name: str, address: str) -> None:
    samples = [["7. Samples: One sample is enclosed."]]
    output = extract(draw(tmp_path / "form.pdf", _form([opening, *_GOODS, *samples, *_SIGNED]),
                          size=11))
    assert output["values"]["requester_name"] == name
    assert output["values"]["requester_address"] == address
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("samples, sent", [
    (["7. Samples and documents: Photographs and a specification sheet are enclosed;",
      "a sample is available on request."], False),
    (["7. Samples and literature: A product brochure and drawings are attached."], False),
    (["7. Samples & documents: One sample is enclosed; please return it after review."], True),
    (["7. Samples and exhibits: Two samples are sent under separate cover."], True),
])
def test_a_samples_caption_run_in_before_its_answer_sends_no_sample_by_itself(
        tmp_path: Path, samples: list[str], sent: bool) -> None:
    opening = ["1. The undersigned, Kestrel Lighting Corporation, of 3120 Foundry Street,",
               "Cleveland, OH 44114, importer number 65-4016731, requests a binding ruling on",
               "the tariff classification of the goods below, to be imported through Savannah."]
    output = extract(draw(tmp_path / "form.pdf", _form([opening, *_GOODS, samples, *_SIGNED]),
                          size=11))
    assert output["values"]["sample_provided"] is sent

"""Corpus-b letters kept beside the tests (every scored key of each is checked in tests/reading):
a value read from a letterhead keeps its evidence and a lower confidence, and justified Courier
text reads as sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bots.ruling_triage.contract import extract_json
from bots.ruling_triage.extract_text import paragraphs
from tradebots.cli import extract_args_dates
from tradebots.pdf import open_pdf

FOLDER = Path(__file__).parent / "corpus_b"


def read(name: str) -> dict[str, Any]:
    """A regression letter read as `tradebots extract ruling-request` reads it, with its args."""
    truth = json.loads((FOLDER / f"{name}.json").read_text())
    received, today = extract_args_dates(truth["args"])
    return extract_json(FOLDER / f"{name}.pdf", received=received, today=today)


def test_values_read_from_a_letterhead_or_a_sentence_keep_their_evidence_and_a_lower_confidence():
    output = read("ruling_021_docx_no-pending-stmt")
    assert output["evidence"]["requester_name"]["page"] == 1
    assert "Chen's" in output["evidence"]["requester_name"]["text"]
    assert output["confidence"]["requester_name"] < 0.95
    assert output["evidence"]["signed"]["text"] == "George Papadakis"


def test_a_justified_courier_line_reads_as_one_sentence_not_as_single_words():
    with open_pdf(FOLDER / "ruling_009_rl_marking.pdf") as document:
        texts = [" ".join(p.text.split()) for p in paragraphs(document)]
    assert any(t.startswith("Packaging and Proposed Marking. The screws are sold to contractors "
                            "and hardware distributors") for t in texts)

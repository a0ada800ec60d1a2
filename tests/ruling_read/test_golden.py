"""Corpus-b letters from other hands, one per failure class of issue 13, read with every scored
key right: a justified Courier marking letter signed "/s/", a Headquarters valuation letter with
its facts in prose and a name-and-title signature, an importer's own letter known by its
letterhead, an eRulings numbered template whose photographs are no sample, and a letter over a
blank signature line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.ruling_triage.extract_text import paragraphs
from tests.ruling_read._score import Score, run
from tradebots.pdf import open_pdf

GOLDEN = sorted((Path(__file__).parent / "corpus_b").glob("*.pdf"))


def test_the_golden_set_holds_five_letters_of_all_three_producers():
    assert len(GOLDEN) == 5
    assert {pdf.stem.split("_")[2] for pdf in GOLDEN} == {"docx", "rl", "html"}


@pytest.mark.parametrize("pdf", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_every_scored_value_and_decision_is_read_right(pdf: Path):
    truth, output = run(pdf)
    score = Score()
    score.add(pdf.stem, truth, output)
    assert not score.wrong, "\n".join(score.wrong)


def test_values_read_from_a_letterhead_or_a_sentence_keep_their_evidence_and_a_lower_confidence():
    _, output = run(Path(__file__).parent / "corpus_b" / "ruling_021_docx_no-pending-stmt.pdf")
    assert output["evidence"]["requester_name"]["page"] == 1
    assert "Chen's" in output["evidence"]["requester_name"]["text"]
    assert output["confidence"]["requester_name"] < 0.95
    assert output["evidence"]["signed"]["text"] == "George Papadakis"


def test_a_justified_courier_line_reads_as_one_sentence_not_as_single_words():
    with open_pdf(Path(__file__).parent / "corpus_b" / "ruling_009_rl_marking.pdf") as document:
        texts = [" ".join(p.text.split()) for p in paragraphs(document)]
    assert any(t.startswith("Packaging and Proposed Marking. The screws are sold to contractors "
                            "and hardware distributors") for t in texts)

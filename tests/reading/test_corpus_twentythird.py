"""bench/corpus_twentythird: deterministic per seed, well-formed truths, scored text printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_twentythird.generate import FOLDERS, documents, write

# A small sample keeps CI short: both producers, every kind, the first cases of each list.
SAMPLE = (6, 3, 3)
ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus23")
    write(out, 1, *SAMPLE)
    return out


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def test_same_seed_gives_same_truths_and_another_seed_differs(corpus: Path, tmp_path: Path) -> None:
    write(tmp_path, 1, *SAMPLE)
    first = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.json"))
    assert first == sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json"))
    for name in first:
        assert (corpus / name).read_text() == (tmp_path / name).read_text(), name
    other = [d.truth for d, _ in documents(2, *SAMPLE)]
    assert other != [d.truth for d, _ in documents(1, *SAMPLE)]


def test_file_names_and_truths_are_well_formed(corpus: Path) -> None:
    pdfs = sorted(corpus.rglob("*.pdf"))
    assert len(pdfs) == sum(SAMPLE)
    assert {p.name.split("_")[2] for p in pdfs} == {"mupdf", "podofo"}
    for pdf in pdfs:
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert FOLDERS[truth["kind"]][0] == pdf.parent.name
        assert "--today" in truth["args"]
        for entry in truth["values"].get("entries", []):
            assert ENTRY.match(entry["entry_number"]), pdf.name
            assert ISO.match(entry["entry_date"]), pdf.name
        if truth["kind"] == "penalty-case":
            lod = truth["decision"]["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]


def test_every_scored_text_is_in_the_text_layer(corpus: Path) -> None:
    counters = dict.fromkeys(FOLDERS, 0)
    for doc, producer in documents(1, *SAMPLE):
        folder, prefix = FOLDERS[doc.kind]
        counters[doc.kind] += 1
        pdf = corpus / folder / f"{prefix}_{counters[doc.kind]:03d}_{producer}_{doc.case}.pdf"
        with pdfplumber.open(pdf) as opened:
            text = _fold(" ".join(page.extract_text() or "" for page in opened.pages))
        missing = [s for s in doc.printed if _fold(s) not in text]
        assert not missing, (pdf.name, missing)

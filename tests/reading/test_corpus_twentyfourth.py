"""bench/corpus_twentyfourth (issue 13): the same seed gives the same corpus, truths are well formed
under the contract, and every scored value is printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_twentyfourth import law
from bench.corpus_twentyfourth.check import missing_values
from bench.corpus_twentyfourth.generate import KINDS, generate
from tradebots.benchmarks.reading_bench import FILE_NAME

# One of every style of both producers (styles cycle with the document index), kept small for CI.
SAMPLE = {"protest": 6, "ruling-request": 6, "penalty-case": 4}
ENTRY = re.compile(r"^[A-I0-9]{3}-\d{7}-\d$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("corpus24"), 7, SAMPLE)


def _truths(pdfs: list[Path]) -> dict[str, str]:
    return {pdf.name: pdf.with_suffix(".json").read_text() for pdf in pdfs}


def test_the_same_seed_writes_the_same_documents(corpus: list[Path], tmp_path: Path) -> None:
    # Each document has its own random stream, so a smaller run repeats the first documents.
    again = generate(tmp_path / "again", 7, {"protest": 2, "ruling-request": 1, "penalty-case": 1})
    first = [p for p in corpus if p.name in {a.name for a in again}]
    assert _truths(again) == _truths(first)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in first]
    other = generate(tmp_path / "other", 8, {"protest": 2})
    assert _truths(other) != _truths(corpus[:2])


def test_both_producers_and_every_style_are_sampled(corpus: list[Path]) -> None:
    producers = {FILE_NAME.match(p.name)["family"] for p in corpus}  # type: ignore[index]
    assert producers == {"pdfcreate", "texttopdf"}
    styles = {
        style
        for kind in KINDS.values()
        for module in (kind.drawn, kind.typed)
        for style in module.STYLES
    }
    assert {style for style in styles if not any(p.stem.endswith(style) for p in corpus)} == set()


def test_truths_are_well_formed(corpus: list[Path]) -> None:
    for pdf in corpus:
        truth = json.loads(pdf.with_suffix(".json").read_text())
        kind = truth["kind"]
        assert FILE_NAME.match(pdf.name), pdf.name
        assert truth["args"][-2] == "--today"
        assert truth["decision"].get("outcome", "accept") in OUTCOMES[kind], pdf.name
        for entry in truth["values"].get("entries", []):
            assert ENTRY.match(entry["entry_number"]), entry
            filer, serial, digit = entry["entry_number"].split("-")
            assert law.check_digit(filer, serial) == int(digit)
            assert entry["entry_date"] is None or dt.date.fromisoformat(entry["entry_date"])
        for money in _money(truth):
            assert round(money, 2) == money, (pdf.name, money)
        for item in truth["decision"].get("missing", []):
            assert re.fullmatch(r"17[47]\.\d+\([a-c]\)(\(\d\))?", item), item


def _money(truth: dict[str, object]) -> list[float]:
    decision = truth["decision"]
    assert isinstance(decision, dict)
    if truth["kind"] != "penalty-case":
        return []
    loss = decision["loss_of_duties"]
    assert loss["total"] == round(loss["actual"] + loss["potential"], 2)
    return [loss["total"], decision["statutory_max"], *decision["guideline_range"]]


def test_every_scored_value_is_in_the_text_layer(corpus: list[Path]) -> None:
    assert {pdf.name: missing_values(pdf) for pdf in corpus} == {pdf.name: [] for pdf in corpus}


def test_the_clock_rules_the_truths_rest_on() -> None:
    assert law.entry_number("ABC", "1234567") == "ABC-1234567-6"
    assert law.check_digit("999", "9999999") == 0
    assert law.last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    # 2026-07-03 is Independence Day observed: the next business day after it is Monday 07-06.
    assert law.timing(dt.date(2026, 7, 6), dt.date(2026, 1, 4), dt.date(2026, 7, 3)) == "grace"
    assert law.timing(dt.date(2026, 7, 7), dt.date(2026, 1, 4), dt.date(2026, 7, 3)) == "untimely"
    assert law.timing(dt.date(2026, 1, 3), dt.date(2026, 1, 4), dt.date(2026, 7, 3)) == "premature"

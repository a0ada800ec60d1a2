"""The thirty-first blind corpus (pango-view and html2ps, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_thirtyfirst import build, check
from bench.corpus_thirtyfirst.law import check_digit, penalty_figures, protest_last_day, timing

# Seed 1 gives every style of each kind once with each producer among these indices.
SAMPLE = (
    [("protest", i) for i in (0, 1, 5)]
    + [("ruling-request", i) for i in (0, 1, 2)]
    + [("penalty-case", i) for i in (0, 1, 2)]
)
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
OUTCOME_CASES = {
    "accept": "timely multi exact-last-day old90-timely earlier-with-date stamp-vs-arg charges "
    "afr-accel class valuation marking reconsider-ny class-photos origin class-and-value "
    "sample-on-request",
    "deficient": "no-address no-ior no-entry-date no-desc no-justif earlier-no-date no-port "
    "no-materials seven-items unsigned no-pending-stmt no-basis valuation-no-relationship",
    "untimely": "untimely weekend-late old90-untimely",
    "premature": "premature",
    "invalid": "invalid-petition",
    "needs_human": "weekend-grace holiday-grace partial-late gn-pd-actual expired",
    "no_ruling": "court-pending current-transaction completed-transaction",
    "draft": "neg gn fraud neg-nolod fraud-pd neg-dvcap near-limit noncommercial small mixed-liq "
    "fraud-pd-nolod gn-nolod overpaid-entry fraud-nolod small-exact1000",
    "(not scored)": "no-liq-date no-drawback neg-pd-potential",
}
INTENDED = {case: outcome for outcome, cases in OUTCOME_CASES.items() for case in cases.split()}
CASE_COUNTS = {"protest": 24, "ruling-request": 18, "penalty-case": 18}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus31")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_truth_and_name(tmp_path: Path, corpus: dict[tuple[str, int], Path]) -> None:
    for kind, i in (SAMPLE[0], SAMPLE[-1]):
        again = build.write(kind, i, 1, tmp_path)
        assert again.name == corpus[kind, i].name
        assert (
            again.with_suffix(".json").read_text()
            == corpus[kind, i].with_suffix(".json").read_text()
        )


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_producers_alternate_by_index(corpus: dict[tuple[str, int], Path]) -> None:
    for (_, i), pdf in corpus.items():
        assert f"_{'pango' if i % 2 == 0 else 'html2ps'}_" in pdf.name


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == kind and "--today" in truth["args"], pdf.name
        assert truth["decision"].get("outcome", "accept") in OUTCOMES[kind], pdf.name
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_each_case_gets_the_outcome_it_was_built_for() -> None:
    for seed in (1, 2):
        for kind, count in CASE_COUNTS.items():
            for index in range(count):
                truth = build.make(kind, index, seed)[1]
                got = truth["decision"].get("outcome", "(not scored)")
                assert got == INTENDED[truth["case"]], (kind, truth["case"], seed)


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


def test_pango_pages_are_us_letter(corpus: dict[tuple[str, int], Path]) -> None:
    with pdfplumber.open(corpus["protest", 0]) as pdf:
        assert {(round(p.width), round(p.height)) for p in pdf.pages} == {(612, 792)}


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    # Last day Saturday 2024-02-10: Monday the 12th is grace, Tuesday the 13th is late.
    liq, last = dt.date(2023, 8, 14), dt.date(2024, 2, 10)
    assert timing(dt.date(2024, 2, 12), liq, last, True) == "grace"
    assert timing(dt.date(2024, 2, 13), liq, last, True) == "untimely"
    # Last day Monday 2025-09-01 (Labor Day): Tuesday the 2nd is grace.
    assert timing(dt.date(2025, 9, 2), dt.date(2025, 3, 5), dt.date(2025, 9, 1), True) == "grace"
    # The rules' worked example: LOD 10,000, DV 300,000, dutiable 200,000 (in cents).
    lod, dv, dutiable = 1_000_000, 30_000_000, 20_000_000
    assert penalty_figures("negligence", lod, dv, dutiable, False) == (
        2_000_000,
        (500_000, 2_000_000),
        2_000_000,
    )
    assert penalty_figures("gross_negligence", lod, dv, dutiable, False)[:2] == (
        4_000_000,
        (2_500_000, 4_000_000),
    )
    assert penalty_figures("fraud", lod, dv, dutiable, False)[1] == (5_000_000, 8_000_000)
    assert penalty_figures("fraud", lod, dv, dutiable, True)[2] == 1_000_000
    assert penalty_figures("gross_negligence", 0, dv, dutiable, False)[:2] == (
        8_000_000,
        (5_000_000, 8_000_000),
    )
    assert penalty_figures("fraud", 0, dv, dutiable, False)[1] == (10_000_000, 16_000_000)
    assert penalty_figures("negligence", lod, dv, dutiable, True)[2] is None

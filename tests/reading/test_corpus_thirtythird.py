"""The thirty-third blind corpus (PDFKit and plain TeX, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_thirtythird import build, check
from bench.corpus_thirtythird.law import check_digit, penalty_figures, protest_last_day, timing

SAMPLE = [("protest", 9), ("ruling-request", 2), ("penalty-case", 1)]
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
OUTCOME_CASES = {
    "accept": "accept multi-accept exact-last-day old90-timely boundary-180 exclusion stamp-vs-arg "
    "two-ports class valuation reconsider-ny marking class-photos carrier origin class-and-value "
    "sample-on-request",
    "deficient": "no-address no-ior no-entry-date no-desc no-justif earlier-no-date no-port "
    "seven-items unsigned no-materials no-pending-stmt no-basis",
    "untimely": "old90-untimely untimely weekend-late",
    "premature": "premature",
    "invalid": "invalid-petition",
    "needs_human": "weekend-grace holiday-grace partial-late expired gn-pd-actual barred-entry",
    "no_ruling": "court-pending current-transaction completed-transaction",
    "draft": "neg gn fraud fraud-pd neg-nolod dv-cap small mixed-liq noncommercial near-limit "
    "overpaid-entry fraud-pd-nolod gn-nolod",
    "(not scored)": "no-liq-date no-drawback-decl neg-pd-potential",
}
INTENDED = {case: outcome for outcome, cases in OUTCOME_CASES.items() for case in cases.split()}
CASE_COUNTS = {"protest": 24, "ruling-request": 18, "penalty-case": 17}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus33")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_document_and_truth(corpus: dict[tuple[str, int], Path]) -> None:
    kind, i = SAMPLE[-1]
    doc, truth, _, _ = build.make(kind, i, 1)
    assert doc.blocks == build.make(kind, i, 1)[0].blocks
    assert truth == json.loads(corpus[kind, i].with_suffix(".json").read_text())
    assert truth["case"] in corpus[kind, i].name


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_producers_alternate_by_index(corpus: dict[tuple[str, int], Path]) -> None:
    for (_, i), pdf in corpus.items():
        assert f"_{'pdfkit' if i % 2 == 0 else 'pdftex'}_" in pdf.name


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == kind and "--today" in truth["args"], pdf.name
        assert truth["decision"].get("outcome", "accept") in OUTCOMES[kind], pdf.name
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_each_case_gets_the_outcome_it_was_built_for() -> None:
    for kind, count in CASE_COUNTS.items():
        for index in range(count):
            truth = build.make(kind, index, 1)[1]
            got = truth["decision"].get("outcome", "(not scored)")
            assert got == INTENDED[truth["case"]], (kind, truth["case"])


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    # Last day Monday 2024-09-02 (Labor Day): Tuesday the 3rd is grace, Wednesday the 4th is late.
    liq, last = dt.date(2024, 3, 6), dt.date(2024, 9, 2)
    assert timing(dt.date(2024, 9, 3), liq, last, True) == "grace"
    assert timing(dt.date(2024, 9, 4), liq, last, True) == "untimely"
    assert timing(dt.date(2024, 3, 1), liq, last, True) == "premature"
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
    assert penalty_figures("fraud", lod, dv, dutiable, False)[:2] == (
        30_000_000,
        (5_000_000, 8_000_000),
    )
    assert penalty_figures("fraud", lod, dv, dutiable, True)[2] == 1_000_000
    assert penalty_figures("negligence", 0, dv, dutiable, False)[:2] == (
        4_000_000,
        (1_000_000, 4_000_000),
    )
    assert penalty_figures("gross_negligence", 0, dv, dutiable, False)[:2] == (
        8_000_000,
        (5_000_000, 8_000_000),
    )
    assert penalty_figures("fraud", 0, dv, dutiable, False)[1] == (10_000_000, 16_000_000)

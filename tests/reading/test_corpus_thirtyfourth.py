"""The thirty-fourth blind corpus (XPS and gslp, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_thirtyfourth import build, check, penalty_cases, protest_cases, ruling_cases
from bench.corpus_thirtyfourth.law import (
    check_digit,
    next_business_day,
    penalty_figures,
    protest_last_day,
    timing,
)

# One XPS and one gslp print per kind keeps the module near 5 s on a loaded machine.
SAMPLE = [
    ("protest", 0),
    ("protest", 3),
    ("ruling-request", 0),
    ("ruling-request", 3),
    ("penalty-case", 2),
    ("penalty-case", 5),
]
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
INTENDED = {
    "protest": {
        "accept": "accept",
        "multi-accept": "accept",
        "list-accept": "accept",
        "exact-last-day": "accept",
        "old90-timely": "accept",
        "valuation-accel": "accept",
        "charges": "accept",
        "two-ports": "accept",
        "untimely": "untimely",
        "weekend-late": "untimely",
        "old90-untimely": "untimely",
        "premature": "premature",
        "weekend-grace": "needs_human",
        "holiday-grace": "needs_human",
        "partial-late": "needs_human",
        "invalid-petition": "invalid",
        "no-ior": "deficient",
        "no-desc": "deficient",
        "no-address": "deficient",
        "no-entry-date": "deficient",
        "earlier-no-date": "deficient",
        "no-justif": "deficient",
        "no-drawback-decl": "(not scored)",
        "no-liq-date": "(not scored)",
    },
    "ruling-request": {
        "class": "accept",
        "valuation": "accept",
        "exporter-origin": "accept",
        "class-photos": "accept",
        "reconsider-ny": "accept",
        "marking": "accept",
        "no-port": "deficient",
        "seven-items": "deficient",
        "no-basis": "deficient",
        "unsigned": "deficient",
        "no-pending-stmt": "deficient",
        "no-materials": "deficient",
        "court-pending": "no_ruling",
        "completed-transaction": "no_ruling",
        "current-transaction": "no_ruling",
    },
    "penalty-case": {case: "draft" for case in penalty_cases.CASES}
    | {"gn-pd-actual": "needs_human", "expired": "needs_human"},
}
CASES = {
    "protest": protest_cases.CASES,
    "ruling-request": ruling_cases.CASES,
    "penalty-case": penalty_cases.CASES,
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus34")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_truth_name_and_text(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc, truth = build.make(kind, i, 1)
        assert doc.stem == pdf.stem
        assert json.loads(pdf.with_suffix(".json").read_text()) == truth
        assert doc.printed == build.make(kind, i, 1)[0].printed


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_producers_alternate_and_every_style_is_used(corpus: dict[tuple[str, int], Path]) -> None:
    for (_, i), pdf in corpus.items():
        assert f"_{'xps' if i % 2 == 0 else 'gslp'}_" in pdf.name
    for kind in CASES:
        assert {build.style_of(kind, i, 1) for i in range(6)} == set(build.KINDS[kind][1])


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == kind and "--today" in truth["args"], pdf.name
        assert truth["decision"].get("outcome", "accept") in OUTCOMES[kind], pdf.name
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_each_case_gets_the_outcome_it_was_built_for() -> None:
    for kind, cases in CASES.items():
        for index in range(len(cases)):
            truth = build.make(kind, index, 1)[1]
            got = truth["decision"].get("outcome", "(not scored)")
            assert got == INTENDED[kind][truth["case"]], (kind, truth["case"])


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


def test_a_hyphen_stays_a_hyphen_in_gslp_prints(corpus: dict[tuple[str, int], Path]) -> None:
    layer = check.text_layer(corpus["protest", 3])
    assert "\u2212" not in layer and re.search(r"[A-Z]{3}-\d{7}-\d", layer)


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    # Last day Saturday 2024-02-10: Monday the 12th is grace, Tuesday the 13th is late.
    liq, last = dt.date(2023, 8, 14), dt.date(2024, 2, 10)
    assert timing(dt.date(2024, 2, 12), liq, last, True) == "grace"
    assert timing(dt.date(2024, 2, 13), liq, last, True) == "untimely"
    assert next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)  # past the Fourth
    # The rules' worked example: LOD 10,000, DV 300,000, dutiable 200,000 (in cents).
    lod, dv, dutiable = 1_000_000, 30_000_000, 20_000_000
    assert penalty_figures("negligence", lod, dv, dutiable, False) == (
        2_000_000,
        (500_000, 2_000_000),
        2_000_000,
    )
    assert penalty_figures("gross_negligence", lod, dv, dutiable, False)[1] == (
        2_500_000,
        4_000_000,
    )
    assert penalty_figures("fraud", lod, dv, dutiable, False)[1:] == ((5_000_000, 8_000_000), dv)
    assert penalty_figures("fraud", lod, dv, dutiable, True)[2] == 1_000_000
    assert penalty_figures("fraud", 0, dv, dutiable, False)[1] == (10_000_000, 16_000_000)
    assert penalty_figures("gross_negligence", 0, dv, dutiable, False)[0] == 8_000_000
    assert penalty_figures("negligence", lod, dv, dutiable, True)[2] is None

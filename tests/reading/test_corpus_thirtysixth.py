"""The thirty-sixth blind corpus (htmldoc and gnuplot, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_thirtysixth import build, check, penalties, protests, rulings
from bench.corpus_thirtysixth.law import (
    check_digit,
    next_business_day,
    penalty_figures,
    protest_last_day,
    timing,
)

# One document per producer: a protest on htmldoc (index 0) and on gnuplot (index 1).
SAMPLE = [("protest", 0), ("protest", 1)]
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
DEFAULTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
INTENDED = {
    "protest": {
        "accept": "accept",
        "multi-accept": "accept",
        "exact-last-day": "accept",
        "old90-timely": "accept",
        "second-protest": "invalid",
        "charges": "accept",
        "untimely": "untimely",
        "old90-untimely": "untimely",
        "weekend-late": "untimely",
        "premature": "premature",
        "weekend-grace": "needs_human",
        "holiday-grace": "needs_human",
        "partial-late": "needs_human",
        "invalid-petition": "invalid",
        "no-ior": "deficient",
        "no-address": "deficient",
        "no-entry-date": "deficient",
        "no-desc": "deficient",
        "no-justif": "deficient",
        "earlier-no-date": "deficient",
        "no-liq-date": "(not scored)",
        "no-drawback-decl": "(not scored)",
    },
    "ruling-request": {
        "class": "accept",
        "valuation": "accept",
        "marking": "accept",
        "cbp-ior": "needs_human",
        "no-port": "deficient",
        "no-materials": "deficient",
        "no-pending": "deficient",
        "no-basis": "deficient",
        "unsigned": "deficient",
        "seven-items": "deficient",
        "court": "no_ruling",
        "current": "no_ruling",
        "completed": "no_ruling",
    },
    "penalty-case": {case: "draft" for case in penalties.CASES}
    | {"expired": "needs_human", "barred-entry": "needs_human", "neg-pd-actual": "needs_human"},
}
CASES = {
    "protest": protests.CASES,
    "ruling-request": rulings.CASES,
    "penalty-case": penalties.CASES,
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus36")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_plan_and_truth() -> None:
    for kind, number in DEFAULTS.items():
        for i in range(number):
            doc, truth = build.make(kind, i, 1)
            again, truth_again = build.make(kind, i, 1)
            assert (doc.stem, doc.printed, truth) == (again.stem, again.printed, truth_again)


def test_another_seed_gives_other_documents() -> None:
    for kind in DEFAULTS:
        assert build.make(kind, 0, 1)[0].printed != build.make(kind, 0, 2)[0].printed


def test_producers_alternate_and_every_style_is_used() -> None:
    for kind in CASES:
        assert {build.style_of(kind, i, 1) for i in range(6)} == set(build.KINDS[kind][1])
        assert {(build.producer_of(i), build.style_of(kind, i, 1)) for i in range(6)} == {
            (p, s) for p in build.PRODUCERS for s in build.KINDS[kind][1]
        }


def test_truths_are_well_formed_and_cover_every_outcome() -> None:
    for kind, number in DEFAULTS.items():
        seen = set()
        for i in range(number):
            truth = build.make(kind, i, 1)[1]
            assert truth["kind"] == kind and "--today" in truth["args"]
            outcome = truth["decision"].get("outcome", "(not scored)")
            assert outcome == INTENDED[kind][truth["case"]], (kind, truth["case"])
            seen.add(outcome)
            for entry in truth["values"].get("entries", []):
                filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
                assert check_digit(filer, serial) == int(digit)
            if kind == "protest" and "last_days" in truth["decision"]:
                for entry in truth["values"]["entries"]:
                    last = protest_last_day(
                        dt.date.fromisoformat(entry["entry_date"]),
                        dt.date.fromisoformat(entry["liquidation_date"]),
                    )
                    assert truth["decision"]["last_days"][entry["entry_number"]] == last.isoformat()
                assert truth["decision"]["deadline"] == min(truth["decision"]["last_days"].values())
            if kind == "penalty-case" and truth["decision"]["outcome"] == "draft":
                notice = truth["decision"]["notice"]
                seen.add(notice)
        assert OUTCOMES[kind] <= seen, (kind, seen)
        if kind == "penalty-case":
            assert {"pre_penalty", "penalty"} <= seen


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc, truth = build.make(kind, i, 1)
        assert json.loads(pdf.with_suffix(".json").read_text()) == truth
        assert f"_{build.producer_of(i)}_" in pdf.name
        assert doc.needles and check.missing_texts(doc, pdf) == [], pdf.name


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    liq, last = dt.date(2023, 8, 14), dt.date(2024, 2, 10)  # last day a Saturday
    assert timing(dt.date(2024, 2, 12), liq, last, True) == "grace"
    assert timing(dt.date(2024, 2, 13), liq, last, True) == "untimely"
    assert timing(dt.date(2023, 8, 1), liq, last, True) == "early"
    assert next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)
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
    assert penalty_figures("negligence", 0, dv, dutiable, False)[:2] == (
        4_000_000,
        (1_000_000, 4_000_000),
    )
    assert penalty_figures("negligence", lod, dv, dutiable, True)[2] is None

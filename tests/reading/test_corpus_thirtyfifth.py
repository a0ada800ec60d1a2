"""The thirty-fifth blind corpus (react-pdf and PyX, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_thirtyfifth import build, check, penalty, protest, ruling
from bench.corpus_thirtyfifth.law import (
    check_digit,
    next_business_day,
    penalty_figures,
    protest_last_day,
    timing,
)

# One print per producer keeps the module near 3 s: a react-pdf protest and a PyX referral.
SAMPLE = [("protest", 0), ("penalty-case", 5)]
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
CASES = {"protest": protest.CASES, "ruling-request": ruling.CASES, "penalty-case": penalty.CASES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus35")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_plan_and_truth(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc, truth = build.make(kind, i, 1)
        assert doc.stem == pdf.stem
        assert json.loads(pdf.with_suffix(".json").read_text()) == truth
    for kind, count in COUNTS.items():
        for i in range(count):
            first, again = build.make(kind, i, 1), build.make(kind, i, 1)
            assert first[1] == again[1] and first[0].blocks == again[0].blocks, (kind, i)


def test_another_seed_gives_other_documents() -> None:
    for kind in COUNTS:
        assert build.make(kind, 0, 1)[0].blocks != build.make(kind, 0, 2)[0].blocks
        assert build.make(kind, 0, 1)[1]["values"] != build.make(kind, 0, 2)[1]["values"]


def test_producers_alternate_and_meet_every_style() -> None:
    for kind, (_, styles, _) in build.KINDS.items():
        for producer in build.PRODUCERS:
            met = {build.style_of(kind, i, 1) for i in range(6) if build.producer_of(i) == producer}
            assert met == set(styles), (kind, producer)


def test_default_corpus_covers_every_outcome_and_missing_element() -> None:
    for kind, count in COUNTS.items():
        truths = [build.make(kind, i, 1)[1] for i in range(count)]
        assert {t["case"] for t in truths} == set(CASES[kind])
        outcomes = {t["decision"].get("outcome") for t in truths} - {None}
        assert outcomes == OUTCOMES[kind], kind
        missing = {m for t in truths for m in t["decision"].get("missing", [])}
        if kind == "protest":
            assert missing == {f"174.13(a)({n})" for n in range(1, 10)}
        if kind == "ruling-request":
            assert missing == {
                "177.2(b)(1)",
                "177.2(b)(2)",
                "177.2(b)(5)",
                "177.2(b)(6)",
                "177.2(c)",
            }
        if kind == "penalty-case":
            notices = {t["decision"]["notice"] for t in truths}
            assert notices == {"pre_penalty", "penalty", "none"}


def test_truths_are_well_formed() -> None:
    for kind, count in COUNTS.items():
        for i in range(count):
            truth = build.make(kind, i, 1)[1]
            assert truth["kind"] == kind and "--today" in truth["args"]
            assert truth["family"] == build.producer_of(i)
            entries = truth["values"].get("entries", [])
            for entry in entries:
                filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
                assert check_digit(filer, serial) == int(digit), (kind, i)
            last_days = truth["decision"].get("last_days")
            if last_days is not None:
                for entry in entries:
                    want = protest_last_day(
                        dt.date.fromisoformat(entry["entry_date"]),
                        dt.date.fromisoformat(entry["liquidation_date"]),
                    )
                    assert last_days[entry["entry_number"]] == want.isoformat()
                assert truth["decision"]["deadline"] == min(last_days.values())
            if kind == "penalty-case":
                lod = truth["decision"]["loss_of_duties"]
                assert round(lod["actual"] + lod["potential"], 2) == lod["total"]


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name
    assert {build.producer_of(i) for _, i in SAMPLE} == set(build.PRODUCERS)


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    liq, last = dt.date(2023, 8, 14), dt.date(2024, 2, 10)  # last day a Saturday
    assert timing(dt.date(2024, 2, 12), liq, last, True) == "grace"
    assert timing(dt.date(2024, 2, 13), liq, last, True) == "untimely"
    assert timing(dt.date(2023, 8, 1), liq, last, True) == "premature"
    assert next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)
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
    assert penalty_figures("fraud", lod, dv, dutiable, False)[1:] == ((5_000_000, 8_000_000), dv)
    assert penalty_figures("fraud", lod, dv, dutiable, True)[2] == 1_000_000
    assert penalty_figures("fraud", 0, dv, dutiable, False)[1] == (10_000_000, 16_000_000)
    assert penalty_figures("negligence", 0, dv, dutiable, False)[:2] == (
        4_000_000,
        (1_000_000, 4_000_000),
    )
    assert penalty_figures("gross_negligence", 0, dv, dutiable, False)[0] == 8_000_000
    assert penalty_figures("negligence", lod, dv, dutiable, True)[2] is None

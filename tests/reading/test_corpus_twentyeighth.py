"""The twenty-eighth blind corpus (typst and fpdf2, issue 13): deterministic per seed, truths
well-formed, outcomes as each case intends, every scored value printed in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_twentyeighth import build, check
from bench.corpus_twentyeighth.law import (
    PenaltyEntry,
    check_digit,
    is_business_day,
    penalty_figures,
    protest_last_day,
)

SAMPLE = (
    [("protest", i) for i in (0, 4, 7, 12, 20)]
    + [("ruling-request", i) for i in (0, 5, 7)]
    + [("penalty-case", i) for i in (1, 5)]
)
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
OUTCOME_CASES = {
    "accept": "accept multi-accept exact-last-day weekend-timely boundary-180 accel-review charges "
    "class-complete valuation-hq marking-photos reconsider-ny origin-sample-on-request "
    "class-three-items",
    "deficient": "no-address no-ior no-entry-date no-liq-date no-desc no-justif earlier-no-date "
    "surety-no-cert no-port no-materials no-pending-stmt no-basis unsigned seven-items "
    "valuation-no-relationship",
    "needs_human": "weekend-grace holiday-grace partial-late neg-pd-actual expired-barred",
    "untimely": "untimely old90-untimely weekend-late",
    "premature": "premature",
    "invalid": "invalid",
    "no_ruling": "court-pending current-transaction",
    "draft": "neg gn-mixed fraud fraud-pd neg-nolod exact-1000 noncommercial gn-dvcap "
    "fraud-pd-nolod "
    "neg-overpaid fraud-nolod neg-near-limit",
}
INTENDED = {case: outcome for outcome, cases in OUTCOME_CASES.items() for case in cases.split()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus28")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_truth_and_name(tmp_path: Path, corpus: dict[tuple[str, int], Path]) -> None:
    for kind, i in SAMPLE[:2] + SAMPLE[-2:]:
        again = build.write(kind, i, 1, tmp_path)
        assert again.name == corpus[kind, i].name
        assert (
            again.with_suffix(".json").read_text()
            == corpus[kind, i].with_suffix(".json").read_text()
        )


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert set(truth) <= {"kind", "case", "args", "values", "decision", "not_scored"}, pdf.name
        assert truth["kind"] == kind and "--today" in truth["args"], pdf.name
        outcome = truth["decision"].get("outcome")
        assert outcome in OUTCOMES[kind] or any("outcome" in n for n in truth.get("not_scored", []))
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_each_case_gets_the_outcome_it_was_built_for() -> None:
    for kind, count in (("protest", 24), ("ruling-request", 15), ("penalty-case", 15)):
        for i in range(count):
            truth = build.make(kind, i, 3)[1]
            if truth["case"] in INTENDED:
                assert truth["decision"]["outcome"] == INTENDED[truth["case"]], truth["case"]
            else:  # the two cases whose outcome the contract leaves open
                assert "outcome" not in truth["decision"], truth["case"]


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


def test_both_producers_are_used(corpus: dict[tuple[str, int], Path]) -> None:
    assert {pdf.name.split("_")[2] for pdf in corpus.values()} == {"typst", "fpdf2"}


def test_check_digit_matches_the_rules_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0


def test_last_day_and_business_days_follow_the_rules() -> None:
    assert protest_last_day(dt.date(2023, 3, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert protest_last_day(dt.date(2004, 12, 20), dt.date(2005, 3, 1)) == dt.date(2005, 8, 28)
    # Independence Day 2026 is a Saturday, kept on Friday July 3; Thanksgiving 2024 is Nov 28
    assert not is_business_day(dt.date(2026, 7, 3)) and not is_business_day(dt.date(2024, 11, 28))
    assert is_business_day(dt.date(2024, 11, 29))


def test_penalty_figures_match_the_rules_worked_example() -> None:
    day, today = dt.date(2022, 3, 1), dt.date(2024, 3, 1)
    loss = [
        PenaltyEntry("AB1-0000001-1", day, True, 0, 0, 600_000),
        PenaltyEntry("AB1-0000002-1", day, False, 0, 0, 400_000),
    ]
    none = [PenaltyEntry("AB1-0000001-1", day, True, 0, 500, 500)]
    expected = {
        ("negligence", False, True): (2_000_000, 500_000, 2_000_000),
        ("gross_negligence", False, True): (4_000_000, 2_500_000, 4_000_000),
        ("fraud", False, True): (30_000_000, 5_000_000, 8_000_000),
        ("negligence", False, False): (4_000_000, 1_000_000, 4_000_000),
        ("gross_negligence", False, False): (8_000_000, 5_000_000, 8_000_000),
        ("fraud", False, False): (30_000_000, 10_000_000, 16_000_000),
    }
    for (culpability, disclosed, lossy), (cap, low, high) in expected.items():
        got = penalty_figures(
            culpability,
            disclosed,
            True,
            loss if lossy else none,
            30_000_000,
            20_000_000,
            day,
            today,
        )
        assert (got.statutory_max, got.low, got.high) == (cap, low, high), culpability
    fraud_pd = penalty_figures("fraud", True, True, loss, 30_000_000, 20_000_000, day, today)
    assert fraud_pd.proposed == 1_000_000 and fraud_pd.notice == "pre_penalty"

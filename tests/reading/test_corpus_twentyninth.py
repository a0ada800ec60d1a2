"""The twenty-ninth blind corpus (enscript and Perl PDF::Builder, issue 13): deterministic per
seed, truths well-formed and decided by the law, every scored value printed in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_twentyninth import build, check
from bench.corpus_twentyninth.law import check_digit, entry_timing, protest_last_day

# Both producers and all four layouts of each kind, on a few cases each.
SAMPLE = (
    [("protest", i) for i in (0, 1, 2, 3)]
    + [("ruling-request", i) for i in (0, 1, 2, 3)]
    + [("penalty-case", i) for i in (0, 1, 2, 3)]
)
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus29")
    return dict(zip(SAMPLE, build.write_many(SAMPLE, 1, out), strict=True))


def test_same_seed_same_truth_and_name(tmp_path: Path, corpus: dict[tuple[str, int], Path]) -> None:
    again = build.write("penalty-case", 0, 1, tmp_path)
    assert again.name == corpus["penalty-case", 0].name
    assert (
        again.with_suffix(".json").read_text()
        == corpus["penalty-case", 0].with_suffix(".json").read_text()
    )
    for kind, i in SAMPLE:
        assert build.make(kind, i, 1)[1] == build.make(kind, i, 1)[1]


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_producers_alternate_by_index(corpus: dict[tuple[str, int], Path]) -> None:
    for (_, i), pdf in corpus.items():
        assert pdf.name.split("_")[2] == ("enscript" if i % 2 == 0 else "pdfbuilder")


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == kind and "--today" in truth["args"], pdf.name
        assert truth["decision"].get("outcome", "accept") in OUTCOMES[kind], pdf.name
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


OUTCOME_CASES = {
    "accept": "accept multi-accept exact-last-day new180-boundary accel-certified earlier-dated "
    "appraisal charges class-sample valuation class-photos reconsider-ny marking origin carrier "
    "class-and-value sample-on-request",
    "deficient": "no-ior no-address no-entry-date no-desc no-justif earlier-no-date no-port "
    "no-materials unsigned no-basis seven-items no-pending-stmt",
    "needs_human": "weekend-grace holiday-grace partial-late expired neg-pd-actual",
    "untimely": "untimely old90-untimely weekend-late",
    "premature": "premature",
    "invalid": "invalid",
    "no_ruling": "court-pending current-entry completed-entry",
    "draft": "neg gn fraud fraud-pd neg-noloss dv-cap under-1000 noncommercial fraud-pd-noloss "
    "near-limit gn-noloss overpaid-entry at-1000",
    # Not scored where the contract leaves the outcome open (a VERIFY line, or no liquidation date).
    "": "no-drawback no-liq-date gn-pd-potential",
}
INTENDED = {case: outcome for outcome, cases in OUTCOME_CASES.items() for case in cases.split()}
COUNTS = {"protest": 24, "ruling-request": 18, "penalty-case": 16}


@pytest.mark.parametrize("seed", [1, 7])
def test_each_case_gets_the_outcome_it_was_built_for(seed: int) -> None:
    for kind, n in COUNTS.items():
        for i in range(n):
            truth = build.make(kind, i, seed)[1]
            assert truth["decision"].get("outcome", "") == INTENDED[truth["case"]], (kind, i)


def test_penalty_figures_follow_the_law() -> None:
    dv_cap = build.make("penalty-case", 7, 1)[1]
    assert dv_cap["decision"]["statutory_max"] == dv_cap["values"]["domestic_value"]
    at_1000 = build.make("penalty-case", 15, 1)[1]["decision"]
    assert at_1000["proposed_penalty"] == 1000.0 and at_1000["notice"] == "penalty"
    pd_noloss = build.make("penalty-case", 11, 1)[1]
    assert pd_noloss["decision"]["proposed_penalty"] == round(
        0.10 * pd_noloss["values"]["dutiable_value"], 2
    )


def test_ruling_routes_and_due_dates() -> None:
    valuation = build.make("ruling-request", 2, 1)[1]["decision"]
    assert valuation["route"] == "HQ" and valuation["due"] is None
    classification = build.make("ruling-request", 0, 1)[1]
    received = dt.date.fromisoformat(classification["args"][1])
    assert classification["decision"]["due"] == (received + dt.timedelta(days=30)).isoformat()


def test_check_digit_matches_the_rules_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0


def test_last_day_and_grace_follow_the_rules() -> None:
    liq = dt.date(2024, 1, 5)
    assert protest_last_day(dt.date(2023, 6, 1), liq) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), liq) == dt.date(2024, 4, 4)
    # 2024-07-06 is a Saturday: the next Monday is grace (a person decides), Tuesday is late.
    sat_liq = dt.date(2024, 7, 6) - dt.timedelta(days=180)
    assert entry_timing(dt.date(2024, 7, 8), sat_liq, dt.date(2024, 7, 6)) == "grace"
    assert entry_timing(dt.date(2024, 7, 9), sat_liq, dt.date(2024, 7, 6)) == "late"

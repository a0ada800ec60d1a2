"""The twenty-seventh blind corpus (PHP FPDF and mandoc, issue 13): deterministic per seed, truths
well-formed, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.corpus_twentyseventh import build, check
from bench.corpus_twentyseventh.law import check_digit, protest_last_day

SAMPLE = (
    [("protest", i) for i in range(0, 18, 3)]
    + [("ruling-request", i) for i in (0, 3, 5, 8)]
    + [("penalty-case", i) for i in (0, 5, 6, 11)]
)
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus27")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_truth_and_text(tmp_path: Path, corpus: dict[tuple[str, int], Path]) -> None:
    for kind, i in SAMPLE[:3] + SAMPLE[-2:]:
        again = build.write(kind, i, 1, tmp_path)
        assert (
            again.with_suffix(".json").read_text()
            == corpus[kind, i].with_suffix(".json").read_text()
        )
        assert again.name == corpus[kind, i].name


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == kind and truth["decision"]["outcome"] in OUTCOMES[kind], pdf.name
        assert "--today" in truth["args"]
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


OUTCOME_CASES = {
    "accept": "accept exact-last-day weekend-timely multi-accel appraisal-review class-importer "
    "agent-authority agent-authority-2 valuation marking origin",
    "deficient": "no-address no-ior no-entry-date no-desc no-justif earlier-no-date unsigned "
    "no-pending-stmt too-many-items",
    "needs_human": "weekend-grace holiday-grace partial-late agent-no-authority no-facts barred "
    "gross-pd",
    "untimely": "untimely old90-untimely",
    "premature": "premature",
    "invalid": "invalid",
    "no_ruling": "cit-pending current-entry",
    "draft": "neg gross-mixed fraud fraud-pd neg-noloss under-1000 noncommercial dv-cap "
    "fraud-noloss-pd",
}
INTENDED = {case: outcome for outcome, cases in OUTCOME_CASES.items() for case in cases.split()}


def test_each_case_gets_the_outcome_it_was_built_for(corpus: dict[tuple[str, int], Path]) -> None:
    for pdf in corpus.values():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["decision"]["outcome"] == INTENDED[truth["case"]], pdf.name


def test_check_digit_matches_the_rules_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0


TEXT_KEYS = [
    "protest_number",
    "port_code",
    "importer_number",
    "protestant_name",
    "merchandise_description",
    "signer_name",
    "requester_name",
    "case_number",
    "party_name",
]


def test_truths_text_values_are_printed(corpus: dict[tuple[str, int], Path]) -> None:
    for pdf in corpus.values():
        values = json.loads(pdf.with_suffix(".json").read_text())["values"]
        texts = [values[key] for key in TEXT_KEYS if values.get(key)]
        texts += [e["entry_number"] for e in values.get("entries", [])] + values.get(
            "proposed_hts", []
        )
        for key in ("protestant_address", "requester_address", "party_address"):
            texts += (values.get(key) or "").split(", ") if values.get(key) else []
        layer = check.text_layer(pdf)
        assert texts and [t for t in texts if check.folded(t) not in layer] == [], pdf.name


def test_last_day_switches_from_90_to_180_days_on_2004_12_18() -> None:
    import datetime as dt

    liq = dt.date(2005, 3, 1)
    assert protest_last_day(dt.date(2004, 12, 17), liq) == dt.date(2005, 5, 30)
    assert protest_last_day(dt.date(2004, 12, 20), liq) == dt.date(2005, 8, 28)

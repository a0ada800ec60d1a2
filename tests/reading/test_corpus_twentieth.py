"""bench/corpus_twentieth: per-seed determinism, well-formed truths, scored values in the text
layer of LuaLaTeX and faxed-and-OCRed PDFs (issue 13)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_twentieth import law
from bench.corpus_twentieth.build import FOLDERS, PRODUCERS, Report, missing_needles, plan, write
from tradebots.benchmarks.reading_bench import FILE_NAME

FULL = {"protest": 24, "ruling": 12, "penalty": 12}
# A small printed sample keeps CI short: every kind in LuaLaTeX, and one fax through OCR.
SAMPLE = {"protest": 2, "ruling": 1, "penalty": 1}
ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KEYS = {
    "protest": {"values": {"protest_number", "port_code", "received_date", "importer_number",
                           "protestant_name", "protestant_address", "entries", "category",
                           "merchandise_description", "accelerated_disposition",
                           "further_review_requested", "signer_name"},
                "decision": {"outcome", "deadline", "last_days", "missing"}},
    "ruling": {"values": {"requester_name", "requester_address", "importer_number",
                          "request_date", "ruling_type", "product_description", "proposed_hts",
                          "ports", "item_count", "prospective", "pending_statement",
                          "pending_in_court", "pending_before_cbp", "sample_provided",
                          "confidential_requested", "signed"},
               "decision": {"outcome", "route", "missing", "reason", "due"}},
    "penalty": {"values": {"case_number", "party_name", "party_address", "importer_number",
                           "violation_date", "culpability", "prior_disclosure", "noncommercial",
                           "entries", "domestic_value", "dutiable_value"},
                "decision": {"loss_of_duties", "statutory_max", "guideline_range",
                             "proposed_penalty", "limitations_date", "notice", "outcome",
                             "barred_entries"}},
}
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty": {"draft", "needs_human"}}


def _corpus(seed: int) -> list[tuple[str, str, dict[str, Any], str]]:
    return [(kind, p.stem, p.made.truth, p.made.source)
            for kind, count in FULL.items() for p in (plan(seed, kind, i) for i in range(count))]


def test_a_seed_gives_the_same_documents_and_truths_and_another_seed_others() -> None:
    first, again, other = _corpus(1), _corpus(1), _corpus(2)
    assert first == again
    assert [t for _k, _s, t, _src in first] != [t for _k, _s, t, _src in other]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_truths_are_well_formed_and_cover_every_outcome(seed: int) -> None:
    outcomes: dict[str, set[str]] = {kind: set() for kind in FULL}
    families: dict[str, list[str]] = {kind: [] for kind in FULL}
    for kind, stem, truth, _source in _corpus(seed):
        assert FILE_NAME.match(stem + ".pdf"), stem
        assert set(truth["values"]) <= KEYS[kind]["values"], stem
        assert set(truth["decision"]) <= KEYS[kind]["decision"], stem
        assert truth["decision"]["outcome"] in OUTCOMES[kind], stem
        assert truth["args"][-2] == "--today" and ISO.match(truth["args"][-1])
        for entry in truth["values"].get("entries", []):
            number = entry["entry_number"]
            assert ENTRY.match(number), stem
            assert law.check_digit(number[:3] + number[4:11]) == int(number[-1]), stem
        left_out = {key for key in KEYS[kind]["values"] | KEYS[kind]["decision"]
                    if key not in truth["values"] and key not in truth["decision"]}
        for key in left_out:
            assert any(key in note for note in truth.get("not_scored", [])), (stem, key)
        outcomes[kind].add(truth["decision"]["outcome"])
        families[kind].append(truth["family"])
    assert outcomes == OUTCOMES
    for kind, names in families.items():
        assert names.count("fax") == names.count("lualatex") == FULL[kind] // 2


def test_the_law_the_truths_use() -> None:
    assert law.check_digit("ABC1234567") == 6 and law.check_digit("9999999999") == 0
    assert law.last_day(date(2020, 1, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert law.last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    # 2025-01-20 (Inauguration and MLK Day) is a federal holiday: a protest on the 21st is grace
    assert law.timing(date(2025, 1, 21), date(2024, 1, 2), date(2024, 7, 24)) == "grace"
    assert law.timing(date(2025, 1, 22), date(2024, 1, 2), date(2024, 7, 24)) == "untimely"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any], Report]:
    out = tmp_path_factory.mktemp("twentieth")
    report = Report()
    planned = [plan(7, kind, i) for kind, count in SAMPLE.items() for i in range(count)]
    for item in planned:
        folder = out / FOLDERS[item.kind]
        folder.mkdir(exist_ok=True)
        write(item, folder, report)
    return out, planned, report


@pytest.mark.slow
def test_every_scored_value_is_in_the_text_layer(sample: tuple[Path, list[Any], Report]) -> None:
    out, planned, report = sample
    assert len(report.written) == sum(SAMPLE.values())
    assert {item.producer for item in planned} == set(PRODUCERS)
    for item in planned:
        pdf = out / FOLDERS[item.kind] / f"{item.stem}.pdf"
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth == item.made.truth
        assert item.made.needles, item.stem
        spaces = item.producer == "lualatex"  # OCR may move a space a reader ignores
        assert missing_needles(pdf, item.made.needles, spaces=spaces) == [], item.stem

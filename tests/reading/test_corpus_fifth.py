"""The fifth hand's blind corpus: one seed one corpus, truths by the law, values in the text."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fifth import law, penalty_facts
from bench.corpus_fifth.build import fold, plan, unprinted, write
from bench.corpus_fifth.model import Doc
from tradebots.benchmarks.reading_bench import FILE_NAME

COUNTS = {"protest": 24, "ruling-request": 12, "penalty-case": 12}
CONTRACT = {
    "protest": ({"protest_number", "port_code", "received_date", "importer_number",
                 "protestant_name", "protestant_address", "entries", "category",
                 "merchandise_description", "accelerated_disposition",
                 "further_review_requested", "signer_name"},
                {"outcome", "deadline", "last_days", "missing"}),
    "ruling-request": ({"requester_name", "requester_address", "importer_number", "request_date",
                        "ruling_type", "product_description", "proposed_hts", "ports",
                        "item_count", "prospective", "pending_statement", "pending_in_court",
                        "pending_before_cbp", "sample_provided", "confidential_requested",
                        "signed"},
                       {"outcome", "route", "missing", "reason", "due"}),
    "penalty-case": ({"case_number", "party_name", "party_address", "importer_number",
                      "violation_date", "culpability", "prior_disclosure", "noncommercial",
                      "entries", "domestic_value", "dutiable_value"},
                     {"loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty",
                      "limitations_date", "notice", "outcome", "barred_entries"}),
}
ENTRY = re.compile(r"^([0-9A-I]{3})-(\d{7})-(\d)$")
EXPECTED_OUTCOME = {
    "protest": {"accept": "accept", "multi": "accept", "untimely": "untimely",
                "day-181": "untimely", "exact-last-day": "accept", "premature": "premature",
                "weekend-grace": "needs_human", "holiday-grace": "needs_human",
                "weekend-late": "untimely", "mixed-late": "needs_human",
                "partial-premature": "needs_human", "old90-timely": "accept",
                "old90-untimely": "untimely", "invalid": "invalid", "charges": "accept",
                "stamp-vs-arg": "accept", "no-address": "deficient", "no-ior": "deficient",
                "no-entry-date": "deficient", "no-liq-date": "deficient", "no-desc": "deficient",
                "no-justif": "deficient", "earlier-no-date": "deficient"},
    "ruling-request": {"cls-accept": "accept", "marking": "accept", "valuation": "accept",
                       "carrier": "accept", "cls-valuation-hq": "accept", "unsigned": "deficient",
                       "no-port": "deficient", "no-pending-stmt": "deficient",
                       "no-materials": "deficient", "six-items": "deficient",
                       "court-pending": "no_ruling", "current-transaction": "no_ruling"},
    # No referral describes the goods a notice must describe (19 CFR 162.77(b)(1)(i)): a person
    # completes every case before a notice.
    "penalty-case": {"expired": "needs_human", "neg-pd-actual": "needs_human", "neg": "needs_human",
                     "fraud-pd": "needs_human", "small-exact1000": "needs_human",
                     "noncommercial": "needs_human"},
}


@pytest.fixture(scope="module")
def seed_one() -> list[tuple[str, Doc]]:
    return plan(1, COUNTS)


def _shape(docs: list[tuple[str, Doc]]) -> list[Any]:
    return [(stem, doc.truth, doc.printed, repr(doc.blocks)) for stem, doc in docs]


def test_the_same_seed_gives_the_same_documents(seed_one: list[tuple[str, Doc]]) -> None:
    assert _shape(plan(1, COUNTS)) == _shape(seed_one)
    assert _shape(plan(2, COUNTS)) != _shape(seed_one)


def test_half_of_each_kind_comes_from_each_producer(seed_one: list[tuple[str, Doc]]) -> None:
    for kind, count in COUNTS.items():
        producers = [doc.producer for _, doc in seed_one if doc.kind == kind]
        assert producers.count("borb") == producers.count("calc") == count // 2


def _is_iso(text: Any) -> bool:
    return isinstance(text, str) and date.fromisoformat(text).isoformat() == text


def _check_entry(number: str) -> None:
    match = ENTRY.match(number)
    assert match, number
    assert law.check_digit(match[1], match[2]) == int(match[3]), number


def _money_ok(value: Any) -> bool:
    return isinstance(value, float) and round(value, 2) == value


def test_truths_are_well_formed(seed_one: list[tuple[str, Doc]]) -> None:
    for stem, doc in seed_one:
        truth = doc.truth
        assert FILE_NAME.match(f"{stem}.pdf"), stem
        assert set(truth) == {"kind", "case", "args", "values", "decision", "not_scored"}
        values_keys, decision_keys = CONTRACT[doc.kind]
        assert set(truth["values"]) <= values_keys and set(truth["decision"]) <= decision_keys
        reasons = " ".join(truth["not_scored"])
        for key in (values_keys | decision_keys) - set(truth["values"]) - set(truth["decision"]):
            assert key.split("_")[0] in reasons, f"{stem}: {key} is neither scored nor explained"
        assert truth["args"][-2] == "--today" and _is_iso(truth["args"][-1])
        for entry in truth["values"].get("entries", []):
            _check_entry(entry["entry_number"])
        number = truth["values"].get("protest_number")
        assert number is None or re.fullmatch(rf"{truth['values']['port_code']}-\d{{2}}-\d{{6}}",
                                              number), stem
        json.dumps(truth)


def test_protest_clocks_follow_the_law(seed_one: list[tuple[str, Doc]]) -> None:
    for stem, doc in seed_one:
        if doc.kind != "protest":
            continue
        values, decision = doc.truth["values"], doc.truth["decision"]
        for entry in values["entries"]:
            assert entry["entry_date"] is None or _is_iso(entry["entry_date"])
            if "last_days" in decision and entry["liquidation_date"]:
                days = 90 if entry["entry_date"] < "2004-12-18" else 180
                last = date.fromisoformat(decision["last_days"][entry["entry_number"]])
                assert (last - date.fromisoformat(entry["liquidation_date"])).days == days, stem
        if "deadline" in decision:
            assert decision["deadline"] == min(decision["last_days"].values())
        assert law.is_business_day(date.fromisoformat(values["received_date"])), stem


def test_every_case_gets_the_outcome_it_was_built_for(seed_one: list[tuple[str, Doc]]) -> None:
    for stem, doc in seed_one:
        wanted = EXPECTED_OUTCOME[doc.kind].get(doc.case)
        if wanted is not None:
            assert doc.truth["decision"]["outcome"] == wanted, stem


def test_penalty_notices_follow_162_77(seed_one: list[tuple[str, Doc]]) -> None:
    assert {doc.truth["decision"]["notice"] for _, doc in seed_one
            if doc.kind == "penalty-case"} == {"none"}  # no goods described: no notice yet
    notices = {case: penalty_facts.decide(penalty_facts.build(random.Random(1), case),
                                          goods_described=True)["notice"]
               for case in ("small-exact1000", "noncommercial", "expired", "neg-pd-actual", "neg",
                            "fraud-pd")}
    assert notices["small-exact1000"] == "penalty"  # $1,000 is not over $1,000
    assert notices["noncommercial"] == "penalty"
    assert notices["expired"] == notices["neg-pd-actual"] == "none"
    assert notices["neg"] == notices["fraud-pd"] == "pre_penalty"


def test_penalty_figures_are_exact_to_the_cent(seed_one: list[tuple[str, Doc]]) -> None:
    for stem, doc in seed_one:
        if doc.kind != "penalty-case":
            continue
        decision = doc.truth["decision"]
        figures = [*decision["loss_of_duties"].values(), decision["statutory_max"],
                   *decision["guideline_range"], decision.get("proposed_penalty", 0.0)]
        assert all(_money_ok(value) for value in figures), stem
        loss = decision["loss_of_duties"]
        assert round(loss["actual"] + loss["potential"], 2) == loss["total"], stem
        assert decision["guideline_range"][1] <= doc.truth["values"]["domestic_value"], stem


def test_federal_holidays_use_observed_days() -> None:
    assert date(2025, 2, 17) in law.federal_holidays(2025)  # Washington's Birthday
    assert date(2021, 12, 31) in law.federal_holidays(2021)  # New Year's 2022 fell on a Saturday
    assert date(2022, 12, 26) in law.federal_holidays(2022)  # Christmas on a Sunday
    assert date(2020, 6, 19) not in law.federal_holidays(2020)  # Juneteenth from 2021 on
    assert law.protest_last_day(date(2023, 3, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert law.protest_last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    assert law.check_digit("ABC", "1234567") == 6 and law.check_digit("999", "9999999") == 0


@pytest.mark.libreoffice
@pytest.mark.slow
def test_every_scored_value_is_in_the_text_layer(tmp_path: Path) -> None:
    docs = plan(5, {"protest": 6, "ruling-request": 4, "penalty-case": 4})
    pdfs = write(tmp_path, docs)
    assert {doc.producer for _, doc in docs} == {"borb", "calc"}
    for (stem, doc), pdf in zip(docs, pdfs, strict=True):
        assert pdf.name == f"{stem}.pdf" and pdf.with_suffix(".json").is_file()
        assert unprinted(doc, pdf) == [], stem
        name = doc.truth["values"].get("protestant_name") or doc.truth["values"].get("party_name")
        if name:
            assert fold(name) in [fold(text) for text in doc.printed], stem

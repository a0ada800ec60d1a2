"""The fifteenth hand (PDFBox forms, pandoc/ConTeXt letters): truths follow the law, the
generator is deterministic per seed, and every scored string is in a printed sample's text layer."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from bench.corpus_fifteenth import law
from bench.corpus_fifteenth.check import absent
from bench.corpus_fifteenth.generate import FOLDERS, documents, file_stem, write

VALUE_KEYS = {
    "protest": {
        "protest_number",
        "port_code",
        "received_date",
        "importer_number",
        "protestant_name",
        "protestant_address",
        "entries",
        "category",
        "merchandise_description",
        "accelerated_disposition",
        "further_review_requested",
        "signer_name",
    },
    "ruling-request": {
        "requester_name",
        "requester_address",
        "importer_number",
        "request_date",
        "ruling_type",
        "product_description",
        "proposed_hts",
        "ports",
        "item_count",
        "prospective",
        "pending_statement",
        "pending_in_court",
        "pending_before_cbp",
        "sample_provided",
        "confidential_requested",
        "signed",
    },
    "penalty-case": {
        "case_number",
        "party_name",
        "party_address",
        "importer_number",
        "violation_date",
        "culpability",
        "prior_disclosure",
        "noncommercial",
        "entries",
        "domestic_value",
        "dutiable_value",
    },
}
DECISION_KEYS = {
    "protest": {"outcome", "deadline", "last_days", "missing"},
    "ruling-request": {"outcome", "route", "missing", "reason", "due"},
    "penalty-case": {
        "loss_of_duties",
        "statutory_max",
        "guideline_range",
        "proposed_penalty",
        "limitations_date",
        "notice",
        "outcome",
        "barred_entries",
    },
}


def test_law_matches_the_worked_examples() -> None:
    assert law.check_digit("ABC1234567") == "6" and law.check_digit("9999999999") == "0"
    assert law.last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 1, 5)) == dt.date(2005, 4, 5)
    lod, dv, dutiable = Decimal(10000), Decimal(300000), Decimal(200000)
    assert law.statutory_max("gross_negligence", lod, dv, dutiable) == 40000
    assert law.guideline_range("fraud", lod, dv, dutiable) == (Decimal(50000), Decimal(80000))
    assert law.statutory_max("negligence", Decimal(0), dv, dutiable) == 40000
    assert law.guideline_range("fraud", Decimal(0), dv, dutiable) == (
        Decimal(100000),
        Decimal(160000),
    )


def test_a_last_day_on_a_weekend_or_holiday_gives_one_business_day_to_a_person() -> None:
    entered = dt.date(2024, 6, 3)
    saturday = dt.date(2025, 2, 17)  # last day Saturday 2025-08-16, next business day Monday 08-18
    assert law.timing(dt.date(2025, 8, 16), entered, saturday) == "timely"
    assert law.timing(dt.date(2025, 8, 18), entered, saturday) == "grace"
    assert law.timing(dt.date(2025, 8, 19), entered, saturday) == "untimely"
    july_fourth = dt.date(
        2025, 1, 5
    )  # last day Friday 2025-07-04, a holiday: Monday 07-07 is the grace day
    assert law.timing(dt.date(2025, 7, 7), entered, july_fourth) == "grace"
    assert law.timing(dt.date(2025, 7, 8), entered, july_fourth) == "untimely"
    assert law.timing(dt.date(2025, 1, 5), entered, july_fourth) == "premature"


def test_truths_are_well_formed_and_deterministic_per_seed() -> None:
    first, again, other = (
        documents(1, 24, 12, 12),
        documents(1, 24, 12, 12),
        documents(2, 24, 12, 12),
    )
    assert [(d.truth, d.layout, d.markdown) for d in first] == [
        (d.truth, d.layout, d.markdown) for d in again
    ]
    assert [d.truth for d in first] != [d.truth for d in other]
    assert {d.producer for d in first} == {"pdfbox", "pandoc"}
    for doc in first:
        truth = json.loads(json.dumps(doc.truth))
        assert truth["kind"] == doc.kind and set(truth["values"]) <= VALUE_KEYS[doc.kind]
        assert set(truth["decision"]) <= DECISION_KEYS[doc.kind], doc.case
        assert "--today" in truth["args"]
        for entry in truth["values"].get("entries", []):
            number = entry["entry_number"].replace("-", "")
            assert law.check_digit(number[:10]) == number[10]


@pytest.mark.slow
def test_a_printed_sample_carries_every_scored_string(tmp_path: Path) -> None:
    docs = documents(3, 5, 3, 3)
    pdfs = write(tmp_path, docs)
    counters: dict[str, int] = {}
    for doc, pdf in zip(docs, pdfs, strict=True):
        counters[doc.kind] = counters.get(doc.kind, 0) + 1
        assert pdf.name == f"{file_stem(doc, counters[doc.kind])}.pdf"
        assert pdf.parent.name == FOLDERS[doc.kind][0]
        assert absent(doc, pdf) == [], pdf.name
        assert json.loads(pdf.with_suffix(".json").read_text()) == json.loads(json.dumps(doc.truth))

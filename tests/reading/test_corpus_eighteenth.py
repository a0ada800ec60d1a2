"""The eighteenth hand's generator: deterministic, truths well-formed, values in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.build import FOLDERS, build, write

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTRY = re.compile(r"^([0-9A-I]{3})-(\d{7})-(\d)$")
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


def _fold(text: str) -> str:
    # A line may wrap at a hyphen inside an entry or importer number; the text is still printed.
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text)).casefold()


def test_the_law_matches_the_worked_examples() -> None:
    assert law.check_digit("ABC", "1234567") == 6
    assert law.check_digit("999", "9999999") == 0
    assert law.protest_last_day(dt.date(2024, 3, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 10, 14)) == dt.date(
        2006, 1, 12
    )
    assert dt.date(2026, 7, 3) in law.federal_holidays(2026)  # July 4 falls on a Saturday
    assert law.next_business_day(dt.date(2025, 8, 30)) == dt.date(2025, 9, 2)  # Labor Day Monday
    assert (
        law.timeliness(dt.date(2025, 9, 2), None, dt.date(2025, 8, 30) - dt.timedelta(days=180))
        == "grace"
    )


def test_the_generator_is_deterministic_per_seed() -> None:
    first = [(d.spec, d.truth) for d in build(7, 10, 6, 6)]
    assert first == [(d.spec, d.truth) for d in build(7, 10, 6, 6)]
    assert first != [(d.spec, d.truth) for d in build(8, 10, 6, 6)]


def test_truths_are_well_formed() -> None:
    docs = build(1, 24, 12, 12)
    assert [d.producer for d in docs].count("tcpdf") == 24
    for doc in docs:
        truth = json.loads(json.dumps(doc.truth))
        assert truth["kind"] == doc.kind
        assert set(truth["values"]) <= VALUE_KEYS[doc.kind], doc.case
        args = truth["args"]
        assert args[-2] == "--today" and ISO.match(args[-1])
        entries = truth["values"].get("entries", [])
        for entry in entries:
            filer, number, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert law.check_digit(filer, number) == int(digit)
        for key, value in truth["values"].items():
            if key.endswith("_date") and value is not None:
                assert ISO.match(value), (doc.case, key)
        for field in ("entered_value", "duty_paid", "duty_owed"):
            assert all(round(e[field], 2) == e[field] for e in entries if field in e)
        if doc.kind == "penalty-case":
            assert truth["decision"]["outcome"] in ("draft", "needs_human")
            assert truth["decision"]["notice"] == "none" or truth["decision"]["outcome"] == "draft"


def test_every_scored_value_is_in_the_text_layer(tmp_path: Path) -> None:
    docs = build(3, 8, 4, 4)
    pdfs = write(docs, tmp_path)
    assert {p.parent.name for p in pdfs} == {folder for folder, _ in FOLDERS.values()}
    for doc, pdf in zip(docs, pdfs, strict=True):
        with pdfplumber.open(pdf) as handle:
            text = _fold(" ".join(page.extract_text() or "" for page in handle.pages))
            creator = handle.metadata.get("Creator", "") + handle.metadata.get("Producer", "")
        assert ("TCPDF" in creator) == (doc.producer == "tcpdf"), pdf.name
        missing = [s for s in doc.printed if _fold(s) not in text]
        assert not missing, f"{pdf.name}: {missing}"
        assert json.loads(pdf.with_suffix(".json").read_text()) == json.loads(json.dumps(doc.truth))


@pytest.mark.parametrize("case", ["grace-saturday", "untimely-90-day", "mixed-timeliness"])
def test_a_case_whose_dates_do_not_give_its_outcome_is_refused(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench.corpus_eighteenth import build as builder

    monkeypatch.setitem(builder.EXPECTED["protest"], case, "accept")
    with pytest.raises(AssertionError, match=case):
        builder.build(1, 24, 0, 0)

"""Protest extraction measured on a generated corpus with known truth."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.corpus.measure_protests import extras_of
from bench.corpus.protests import CorpusCase
from bench.corpus.scoring import Score, score_extras, score_values
from bots.protest_intake.extract import ProtestExtraction, extract_protest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
REQUIRED_ACCURACY = 0.98


@pytest.fixture(scope="module")
def extracted(protest_corpus: list[CorpusCase]) -> list[tuple[CorpusCase, ProtestExtraction]]:
    return [(case, extract_protest(case.pdf)) for case in protest_corpus]


def test_corpus_mixes_producers_layouts_and_scenarios(protest_corpus: list[CorpusCase]) -> None:
    kinds = Counter((c.producer, c.layout.split("_")[0]) for c in protest_corpus)
    assert len(protest_corpus) >= 60
    assert set(kinds) == {
        (producer, layout)
        for producer in ("reportlab", "chromium")
        for layout in ("form19", "letter")
    }
    assert min(kinds.values()) >= 5
    assert {c.layout for c in protest_corpus} == {
        "form19_a", "form19_b", "letter_table", "letter_text"
    }
    assert len({c.scenario for c in protest_corpus}) >= 12


def test_contract_values_are_read_at_least_98_percent_right(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    score = Score()
    for case, extraction in extracted:
        score.add(score_values(case.name, case.truth, extraction.values_json()))
    assert score.total > 900
    assert score.accuracy >= REQUIRED_ACCURACY, "\n".join(score.misses)


def test_facts_the_rules_need_are_read_at_least_98_percent_right(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    score = Score()
    for case, extraction in extracted:
        score.add(score_extras(case.name, case.extras, extras_of(extraction)))
    assert score.accuracy >= REQUIRED_ACCURACY, "\n".join(score.misses)


def test_every_value_read_carries_evidence_and_a_confidence(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    for case, extraction in extracted:
        values = extraction.values_json()
        for key in ("port_code", "protestant_name", "category", "signer_name"):
            if values[key] is not None:
                evidence = extraction.fields[key].evidence
                assert evidence is not None and evidence.text, (case.name, key)
                assert 1 <= evidence.page <= extraction.pages
                assert 0 < extraction.fields[key].confidence <= 1
        for index in range(len(values["entries"])):
            assert f"entries[{index}].entry_number" in extraction.evidence_json(), case.name


def test_a_letters_own_date_is_not_taken_for_the_received_date(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    unstamped = [(c, x) for c, x in extracted
                 if c.layout.startswith("letter") and c.truth["received_date"] is None]
    assert unstamped
    assert all(x.facts.received_date is None for _, x in unstamped)


def test_continuation_sheets_add_their_entries(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    continued = [(c, x) for c, x in extracted if c.scenario == "multi_entry_continuation"]
    assert continued
    for case, extraction in continued:
        assert extraction.pages == 2
        assert len(extraction.facts.entries) == len(case.truth["entries"]) >= 4
        last = len(case.truth["entries"]) - 1
        assert extraction.fields[f"entries[{last}].entry_number"].evidence.page == 2  # type: ignore[union-attr]


def test_document_hash_and_page_count_are_reported(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    import hashlib

    case, extraction = extracted[0]
    assert extraction.sha256 == hashlib.sha256(case.pdf.read_bytes()).hexdigest()
    assert extraction.pages >= 1


def test_every_outcome_deadline_and_missing_list_is_right_with_the_portals_record(
    extracted: list[tuple[CorpusCase, ProtestExtraction]],
) -> None:
    from datetime import date

    from bots.protest_intake.contract import with_received_date
    from bots.protest_intake.rules import decide

    wrong = []
    for case, extraction in extracted:
        on_record = {k: date.fromisoformat(v) for k, v in case.on_record.items() if v}
        unliquidated = [k for k, v in case.on_record.items() if v is None]
        facts = with_received_date(extraction.facts, case.received)
        decision, _ = decide(facts, today=case.today, portal_liquidation=on_record,
                             portal_unliquidated=unliquidated)
        got = (decision.outcome, decision.deadline, decision.missing)
        expected = (case.expected_outcome, case.expected_deadline, case.expected_missing)
        if got != expected:
            wrong.append(f"{case.name} ({case.scenario}): got {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)

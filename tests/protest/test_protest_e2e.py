"""The protest intake bot end to end: real PDFs, the sandbox portal, chromium, LibreOffice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus.bad_inputs import generate_bad_inputs
from bench.corpus.protests import CorpusCase, generate_corpus
from tests.bot_harness import Suite
from tradebots.queue.audit import verify_chains
from tradebots.queue.queries import item_artifacts, item_events
from tradebots.queue.statutory import running_clocks
from tradebots.queue.tables import ItemArtifact

pytestmark = [pytest.mark.browser, pytest.mark.libreoffice, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[CorpusCase]:
    return generate_corpus(tmp_path_factory.mktemp("protests"), 16, 5)


def first(corpus: list[CorpusCase], scenario: str) -> CorpusCase:
    return next(c for c in corpus if c.scenario == scenario)


def queue_case(suite: Suite, case: CorpusCase) -> int:
    return suite.enqueue("protest_intake", case.pdf, received=case.received.isoformat(),
                         today=case.today.isoformat())


def test_a_timely_protest_goes_from_enqueue_through_review_to_done_with_its_letter_filed(
    suite: Suite, corpus: list[CorpusCase]
) -> None:
    case = first(corpus, "timely_accept")
    item_id = queue_case(suite, case)
    suite.work()
    item = suite.item(item_id)
    assert item.state == "awaiting_review", item.last_error
    result = item.payload["result"]
    assert result["decision"]["outcome"] == "accept"
    assert result["decision"]["deadline"] == case.expected_deadline.isoformat()  # type: ignore[union-attr]
    assert result["values"]["protestant_name"] == case.truth["protestant_name"]
    assert result["rules_version"] and result["template_version"]
    assert {f["rule"] for f in result["findings"]} >= {"P-TIME-1"}
    assert all(result["evidence"][k]["page"] >= 1 for k in result["evidence"])
    assert {"letter.docx", "letter.pdf"} <= suite.artifact_names(item_id)
    number = item.payload["portal"]["protest_number"]
    letter = suite.services.files.path_for(
        next(a.sha256 for a in _artifacts(suite, item_id) if a.name == "letter.pdf"))
    with pdfplumber.open(letter) as pdf:
        text = " ".join((page.extract_text() or "").replace("\n", " ") for page in pdf.pages)
    assert number in text
    # Signed by the protest officer of [signatories.protest]; the versions stay in the record.
    assert "Sincerely, Protest Review Officer Supervisory Import Specialist" in text
    assert result["rules_version"] not in text and result["template_version"] not in text

    suite.services.people.approve(item_id, actor="supervisor")
    suite.work()
    assert suite.item(item_id).state == "done"
    with suite.browse() as portal:
        record = portal.read_protest(number)
    assert record.status == "accepted"
    assert record.reference == item.reference
    assert any(f.kind == "letter" for f in record.files)
    events = item_events(suite.services.database, item_id)
    trail = [(e.actor, e.to_state) for e in events]
    assert trail == [("clerk", "queued"), ("test-worker", "running"),
                     ("test-worker", "awaiting_review"), ("supervisor", "approved"),
                     ("test-worker", "running"), ("test-worker", "running"),  # clock opened
                     ("test-worker", "done")]
    assert events[-2].reason.startswith("clock opened: protest_decision (19 CFR 174.21(a))")
    [clock] = running_clocks(suite.services.database)
    received = date.fromisoformat(result["values"]["received_date"])
    assert (clock.kind, clock.case_ref, clock.started) == (
        "protest_decision", f"item:{item_id}", received)
    settings = suite.services.settings
    assert verify_chains(suite.services.database, settings.audit_key_bytes())[1] == []


def test_bad_inputs_go_to_a_person_with_a_clear_message_and_the_worker_carries_on(
    suite: Suite, corpus: list[CorpusCase], tmp_path: Path
) -> None:
    bad = generate_bad_inputs(tmp_path / "bad")
    image_only = suite.enqueue("protest_intake", bad["no text layer"])
    invoice = suite.enqueue("protest_intake", bad["not a protest"])
    good = queue_case(suite, first(corpus, "deficient"))
    assert suite.work() == 3
    assert suite.item(image_only).state == "needs_human"
    assert suite.item(image_only).last_error == "no_text_layer.pdf: no text layer"
    assert suite.item(invoice).state == "needs_human"
    assert (suite.item(invoice).last_error or "").startswith("not_a_protest.pdf: not a protest")
    deficient = suite.item(good)
    assert deficient.state == "awaiting_review", deficient.last_error
    assert deficient.payload["result"]["decision"]["missing"]


def _artifacts(suite: Suite, item_id: int) -> list[ItemArtifact]:
    return item_artifacts(suite.services.database, item_id)


def test_a_protest_naming_another_importer_than_the_portals_record_goes_to_a_person(
    suite: Suite, corpus: list[CorpusCase]
) -> None:
    case = first(corpus, "timely_accept")
    item_id = suite.services.queue.enqueue(
        "protest_intake", [case.pdf], actor="clerk",
        payload={"received": case.received.isoformat(), "today": case.today.isoformat(),
                 "corrections": {"importer_number": "99-9999999"}},
    ).item_id
    suite.work()
    item = suite.item(item_id)
    assert item.state == "needs_human"
    assert "contradicts the portal" in (item.last_error or "")
    assert "99-9999999" in (item.last_error or "")

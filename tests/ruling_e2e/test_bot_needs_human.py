"""Requests the bot must not answer alone go to a person, with a message a clerk can act on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.corpus.rulings import RulingCase
from tests.ruling_e2e.conftest import case_named
from tradebots.queue.queries import get_item
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'tradebots.db'}", var_dir=tmp_path / "var",
        logs_dir=tmp_path / "logs", audit_key="ruling-needs-human-key",
        bots={"ruling_triage": "bots.ruling_triage.bot:RulingTriageBot"},
    )
    opened = open_services(settings, migrate=True)
    yield opened
    opened.close()


def prepare(services: Services, path: Path) -> tuple[str, str, dict[str, object]]:
    item_id = services.queue.enqueue("ruling_triage", [path], actor="clerk").item_id
    Worker(services, "w", once=True).run()
    item = get_item(services.database, item_id)
    assert item is not None
    return item.state, item.last_error or "", item.payload


def test_a_file_that_is_not_a_pdf_goes_to_a_person_naming_the_file(services, tmp_path):
    path = tmp_path / "scan-0042.pdf"
    path.write_text("not really a pdf")
    state, error, _ = prepare(services, path)
    assert (state, error) == ("needs_human", "scan-0042.pdf: not a PDF")


@pytest.mark.browser  # the corpus prints its HTML share with chromium
def test_several_items_of_unclear_kind_go_to_a_person_with_the_result_kept(
    services, corpus: list[RulingCase],
):
    case = case_named(corpus, "needs_human_items_unclear")
    state, error, payload = prepare(services, case.pdf)
    assert state == "needs_human"
    assert error.startswith(f"{case.pdf.name}: a person decides:")
    assert "class or kind" in error
    needs = payload["needs_human"]
    assert isinstance(needs, dict)
    assert needs["data"]["result"]["decision"]["outcome"] == "needs_human"

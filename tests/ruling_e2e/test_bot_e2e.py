"""Done-when of issue 7: three requests (complete, deficient, no ruling) go through enqueue,
prepare, review, approve, finalize and done, with real chromium against the sandbox portal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.corpus.rulings import RulingCase
from bots.portal import item as item_portals
from bots.portal import load_office_config, office_session
from tests.ruling_e2e.conftest import case_named
from tests.sandbox.portal_process import REPO, RunningPortal, start_portal
from tradebots.browser import BrowserHost
from tradebots.files import sha256_of
from tradebots.queue.queries import get_item, latest_artifact
from tradebots.queue.statutory import running_clocks
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import Settings, load_settings

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.libreoffice]
THREE = {"accept_classification": ("accept", "accepted"),
         "deficient_no_pending_statement": ("deficient", "deficient"),
         "no_ruling_court": ("no_ruling", "no_ruling")}


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[RunningPortal]:
    running = start_portal(tmp_path / "portal.db", "--skin", "classic")
    yield running
    running.stop()


@pytest.fixture
def services(tmp_path: Path, portal: RunningPortal,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    monkeypatch.setenv("TRADEBOTS_PORTAL_URL", portal.base_url)
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'tradebots.db'}", var_dir=tmp_path / "var",
        logs_dir=tmp_path / "logs", audit_key="ruling-e2e-test-key",
        bots={"ruling_triage": "bots.ruling_triage.bot:RulingTriageBot"},
        portal={"password": portal.password, "config_file": str(REPO / "config/portal.toml")},
    )
    opened = open_services(settings, migrate=True)
    yield opened
    opened.close()
    item_portals.close_browser_host(settings)  # the worker's chromium for these settings


def read_cases(settings: Settings, portal: RunningPortal, numbers: list[str],
               folder: Path) -> dict[str, object]:
    """Each ruling case as the portal shows it, read with the Portal facade."""
    config = load_office_config(settings, portal.base_url)
    with BrowserHost(settings) as host, office_session(host, settings, folder, lambda: None,
                                                       "check", config=config) as facade:
        return {number: facade.read_ruling_case(number) for number in numbers}


def test_three_requests_go_from_the_queue_through_review_to_done(
    services: Services, portal: RunningPortal, corpus: list[RulingCase], tmp_path: Path,
):
    cases = {name: case_named(corpus, name) for name in THREE}
    queued = {name: services.queue.enqueue("ruling_triage", [case.pdf], actor="clerk").item_id
              for name, case in cases.items()}

    assert Worker(services, "w", once=True).run() == 3
    prepared = {}
    for name, item_id in queued.items():
        item = get_item(services.database, item_id)
        assert item is not None
        assert item.state == "awaiting_review", (name, item.last_error)
        result = item.payload["result"]
        assert result["decision"]["outcome"] == THREE[name][0]
        assert result["rules_version"] and result["template_version"]
        for artifact in ("letter.docx", "letter.pdf"):
            assert latest_artifact(services.database, item_id, artifact) is not None
        prepared[name] = item.payload["portal"]["control_number"]

    for item_id in queued.values():
        services.people.approve(item_id, actor="supervisor")
    assert Worker(services, "w", once=True).run() == 3

    for name, item_id in queued.items():
        item = get_item(services.database, item_id)
        assert item is not None
        assert item.state == "done", (name, item.last_error)
    records = read_cases(services.settings, portal, list(prepared.values()), tmp_path / "check")
    for name, control in prepared.items():
        record = records[control]
        letter = latest_artifact(services.database, queued[name], "letter.pdf")
        assert letter is not None
        assert record.status == THREE[name][1]  # type: ignore[attr-defined]
        assert record.values["route"] == cases[name].expected["route"]  # type: ignore[attr-defined]
        files = {(f.kind, f.sha256) for f in record.files}  # type: ignore[attr-defined]
        assert ("request", sha256_of(cases[name].pdf)) in files
        assert ("letter", letter.sha256) in files
    # Only the deficiency letter starts a clock: 30 days to cure (177.3).
    [cure] = running_clocks(services.database)
    deficient = prepared["deficient_no_pending_statement"]
    assert (cure.kind, cure.case_ref, cure.citation) == ("ruling_cure", f"ruling:{deficient}",
                                                         "19 CFR 177.3")
    assert cure.item_id == queued["deficient_no_pending_statement"]


def test_a_second_prepare_finds_the_case_it_opened_before(
    services: Services, portal: RunningPortal, corpus: list[RulingCase], tmp_path: Path,
):
    case = case_named(corpus, "accept_classification")
    item_id = services.queue.enqueue("ruling_triage", [case.pdf], actor="clerk").item_id
    Worker(services, "w", once=True).run()
    item = get_item(services.database, item_id)
    assert item is not None
    first = item.payload["portal"]
    services.people.return_item(item_id, actor="supervisor", corrections={},
                                reason="prepare again")
    Worker(services, "w", once=True).run()
    item = get_item(services.database, item_id)
    assert item is not None
    assert item.state == "awaiting_review", item.last_error
    again = item.payload["portal"]
    assert again == {"control_number": first["control_number"], "case": "found"}

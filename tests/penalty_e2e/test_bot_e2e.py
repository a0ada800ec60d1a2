"""A negligence case and a small claim from enqueue to done, with real chromium and the sandbox
portal: prepare records the case and drafts the notice, a supervisor approves, finalize files it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench.corpus.penalties import PenaltyCase, generate_penalty_corpus
from bots.portal import item as common_portal
from bots.portal import office_session
from tests.conftest import AUDIT_KEY
from tests.sandbox.portal_process import REPO, RunningPortal, start_portal
from tradebots.queue.queries import get_item, item_artifacts
from tradebots.queue.statutory import running_clocks
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.libreoffice]
BOTS = {"penalty_notice": "bots.penalty_notice.bot:PenaltyNoticeBot"}


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPortal]:
    running = start_portal(tmp_path_factory.mktemp("portal") / "portal.db", "--skin", "classic")
    yield running
    running.stop()


@pytest.fixture
def services(
    portal: RunningPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Services]:
    monkeypatch.setenv("TRADEBOTS_PORTAL_URL", portal.base_url)
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'queue.db'}", var_dir=tmp_path / "var",
        logs_dir=tmp_path / "logs", audit_key=AUDIT_KEY.decode(), bots=BOTS,
        portal={"password": portal.password, "config_file": str(REPO / "config/portal.toml")},
    )
    opened = open_services(settings, migrate=True)
    yield opened
    opened.close()
    common_portal.close_browser_host(settings)


@pytest.fixture(scope="module")
def referrals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PenaltyCase]:
    # Dated on the office's today: the bot reckons limitations from the real clock.
    today = datetime.now(ZoneInfo("America/New_York")).date()
    cases = generate_penalty_corpus(tmp_path_factory.mktemp("referrals"), 2, 5, today=today,
                                    scenarios=("negligence", "small_claim"))
    return {case.spec.scenario: case for case in cases}


def state(services: Services, item_id: int) -> str:
    item = get_item(services.database, item_id)
    assert item is not None
    return item.state


@pytest.mark.parametrize(("scenario", "notice", "status", "after"), [
    ("negligence", "pre_penalty", "pre_penalty_issued", "waiting"),  # for the response
    ("small_claim", "penalty", "penalty_issued", "done"),
])
def test_a_referral_goes_from_enqueue_to_done_with_the_notice_in_the_portal(
    services: Services, referrals: dict[str, PenaltyCase], tmp_path: Path,
    scenario: str, notice: str, status: str, after: str,
):
    case = referrals[scenario]
    item_id = services.queue.enqueue("penalty_notice", [case.pdf], actor="clerk").item_id

    Worker(services, "w", once=True).run()
    assert state(services, item_id) == "awaiting_review"
    item = get_item(services.database, item_id)
    assert item is not None
    result = item.payload["result"]
    assert result["values"] == case.truth
    assert result["decision"] == case.expected and result["decision"]["notice"] == notice
    assert item.payload["portal"]["outcome"] == "created"
    letters = {a.name: a for a in item_artifacts(services.database, item_id)}
    assert {"letter.docx", "letter.pdf"} <= letters.keys()
    assert result["template_version"] and result["rules_version"]

    services.people.approve(item_id, actor="supervisor")
    Worker(services, "w", once=True).run()
    assert state(services, item_id) == after

    host = common_portal.browser_host(services.settings)  # the chromium the worker drove
    with office_session(host, services.settings, tmp_path, lambda: None, "check") as portal:
        record = portal.read_penalty_case(case.truth["case_number"])
    expected = case.expected
    assert record.status == status
    assert record.values["culpability"] == case.truth["culpability"]
    assert Decimal(record.values["loss_of_duties"]) == Decimal(
        str(expected["loss_of_duties"]["total"])).quantize(Decimal("0.01"))
    assert Decimal(record.values["proposed_penalty"]) == Decimal(
        str(expected["proposed_penalty"])).quantize(Decimal("0.01"))
    assert [f.kind for f in record.files] == ["notice"]
    assert record.files[0].sha256 == letters["letter.pdf"].sha256
    # The filed notice starts the party's period: response (162.78(a)) or petition (171.2(b)).
    kind = {"pre_penalty": "prepenalty_response", "penalty": "penalty_petition"}[notice]
    clocks = [c for c in running_clocks(services.database) if c.item_id == item_id]
    expected_case = f"penalty:{case.truth['case_number']}"
    assert [(c.kind, c.case_ref) for c in clocks] == [(kind, expected_case)]

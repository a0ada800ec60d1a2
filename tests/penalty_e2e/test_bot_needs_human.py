"""Through the real engine: cases the bot must not draft go to a person, with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.corpus.penalties import PenaltyCase
from tests.conftest import AUDIT_KEY
from tradebots.queue.queries import get_item
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

BOTS = {"penalty_notice": "bots.penalty_notice.bot:PenaltyNoticeBot"}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'queue.db'}", var_dir=tmp_path / "var",
        logs_dir=tmp_path / "logs", audit_key=AUDIT_KEY.decode(), bots=BOTS,
    )
    opened = open_services(settings, migrate=True)
    yield opened
    opened.close()


def run(services: Services, pdf: Path) -> dict[str, object]:
    item_id = services.queue.enqueue("penalty_notice", [pdf], actor="clerk").item_id
    Worker(services, "w", once=True).run()
    item = get_item(services.database, item_id)
    assert item is not None and item.state == "needs_human"
    needs: dict[str, object] = item.payload["needs_human"]
    return needs


@pytest.mark.browser  # the corpus prints its HTML share with chromium
def test_an_expired_case_goes_to_a_person_with_the_limitations_finding_and_its_result(
    services: Services, penalty_corpus: list[PenaltyCase],
):
    case = next(c for c in penalty_corpus if c.spec.scenario == "expired")
    needs = run(services, case.pdf)
    assert "PEN-SOL (19 U.S.C. 1621): The limitations date" in str(needs["message"])
    result = needs["data"]["result"]  # type: ignore[index]
    assert result["decision"]["outcome"] == "needs_human"
    assert result["decision"]["notice"] == "none"
    assert result["values"] == case.truth
    assert result["rules_version"].startswith("penalty-rules/")


@pytest.mark.browser  # the corpus prints its HTML share with chromium
def test_a_disclosure_needing_an_interest_computation_goes_to_a_person(
    services: Services, penalty_corpus: list[PenaltyCase],
):
    case = next(c for c in penalty_corpus if c.spec.scenario == "gross_negligence_pd_actual")
    needs = run(services, case.pdf)
    assert "19 U.S.C. 1592(c)(4)(B)" in str(needs["message"])
    assert "a person computes it" in str(needs["message"])


def test_a_document_that_is_no_referral_is_named_as_the_clerk_uploaded_it(
    services: Services, penalty_bad_inputs: dict[str, Path],
):
    needs = run(services, penalty_bad_inputs["not a protest"])
    assert str(needs["message"]).startswith("not_a_protest.pdf: not a penalty referral")
    needs = run(services, penalty_bad_inputs["encrypted"])
    assert needs["message"] == "encrypted.pdf: encrypted"

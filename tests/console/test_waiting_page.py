"""A waiting item in the console: clerks attach what came or record none came, audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.console.conftest import Console, _console, csrf_of, make_services
from tradebots.queue.queries import get_item, item_events

STAGED = {"staged": "tests.engine.sample_bots:StagedBot"}


@pytest.fixture
def staged_console(database_url: str, tmp_path: Path, project_home: Path) -> Iterator[Console]:
    yield from _console(make_services(database_url, tmp_path, bots=STAGED))


def waiting_item(console: Console) -> int:
    item_id = console.services.queue.enqueue("staged", actor="carol", reference="c-1").item_id
    console.work()
    console.services.people.approve(item_id, actor="sam")
    console.work()
    return item_id


def state(console: Console, item_id: int) -> str:
    found = get_item(console.services.database, item_id)
    assert found is not None
    return found.state


def test_a_clerk_records_that_nothing_came_and_the_trail_names_her(staged_console: Console):
    item_id = waiting_item(staged_console)
    clerk = staged_console.client("carol")
    page = clerk.get(f"/items/{item_id}/wait")
    assert page.status_code == 200 and "waiting for the party&#39;s answer" in page.text

    moved = clerk.post(f"/items/{item_id}/wait/none",
                       data={"csrf": csrf_of(page.text), "note": "none by post"})

    assert moved.status_code == 303
    assert state(staged_console, item_id) == "queued"
    last = item_events(staged_console.services.database, item_id)[-1]
    assert (last.actor, last.reason) == ("carol", "recorded that no answer came: none by post")
    again = clerk.post(f"/items/{item_id}/wait/none", data={"csrf": csrf_of(page.text)})
    assert again.status_code == 409 and "not waiting" in again.text


def test_without_the_form_token_or_the_role_nothing_moves(staged_console: Console):
    item_id = waiting_item(staged_console)
    clerk = staged_console.client("carol")
    assert clerk.post(f"/items/{item_id}/wait/none", data={"csrf": "stale"}).status_code == 403
    refused = clerk.post(f"/items/{item_id}/wait/file", data={"csrf": "stale"},
                         files={"file": ("a.pdf", b"%PDF-1.4 x", "application/pdf")})
    assert refused.status_code == 403
    supervisor = staged_console.client("sam")
    assert supervisor.get(f"/items/{item_id}/wait").status_code == 403
    assert state(staged_console, item_id) == "waiting"


def test_an_attachment_must_be_one_pdf(staged_console: Console):
    item_id = waiting_item(staged_console)
    clerk = staged_console.client("carol")
    token = csrf_of(clerk.get(f"/items/{item_id}/wait").text)
    fake = clerk.post(f"/items/{item_id}/wait/file", data={"csrf": token},
                      files={"file": ("answer.pdf", b"not a pdf", "application/pdf")})
    assert fake.status_code == 400 and "this is not a PDF" in fake.text
    none = clerk.post(f"/items/{item_id}/wait/file", data={"csrf": token})
    assert none.status_code in {400, 415}
    assert state(staged_console, item_id) == "waiting"

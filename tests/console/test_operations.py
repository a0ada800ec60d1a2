"""Operating the office: closing items, uploads, sign-in limits, accounts and error pages."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.console.conftest import PASSWORD, Console, csrf_of, make_services, sign_in
from tradebots.console.throttle import LoginThrottle
from tradebots.queue.queries import get_item, item_events


def queued(console: Console, tmp_path: Path, bot: str = "protest", n: int = 0) -> int:
    path = tmp_path / f"{bot}-{n}.pdf"
    path.write_bytes(b"%PDF-1.4\n% " + f"{bot} {n}".encode())
    return console.services.queue.enqueue(bot, [path], actor="carol").item_id


def state_of(console: Console, item_id: int) -> str:
    item = get_item(console.services.database, item_id)
    assert item is not None
    return item.state


def test_a_supervisor_withdraws_a_queued_item_with_a_reason_kept_in_the_trail(
        console: Console, tmp_path: Path) -> None:
    item_id = queued(console, tmp_path)
    sam = console.client("sam")
    csrf = csrf_of(sam.get("/queue").text)
    assert "Withdraw" in sam.get("/queue?state=queued").text
    refused = sam.post(f"/items/{item_id}/close", data={"csrf": csrf, "reason": " "})
    assert refused.status_code == 409 and "needs a reason" in refused.text
    done = sam.post(f"/items/{item_id}/close", data={"csrf": csrf, "reason": "wrong bot"})
    assert done.status_code == 303 and "done=withdrawn" in done.headers["location"]
    assert f"Item {item_id} withdrawn" in sam.get(done.headers["location"]).text
    assert state_of(console, item_id) == "rejected"
    last = item_events(console.services.database, item_id)[-1]
    assert (last.actor, last.from_state, last.to_state, last.reason) == (
        "sam", "queued", "rejected", "wrong bot")
    assert last.data["action"] == "withdrawn"
    assert console.work() == 0  # no worker takes it any more


def test_a_failed_item_is_closed_and_a_waiting_one_cannot_be(console: Console,
                                                             tmp_path: Path) -> None:
    broken = queued(console, tmp_path, "broken")
    console.work()
    assert state_of(console, broken) == "failed"
    sam = console.client("sam")
    csrf = csrf_of(sam.get("/queue").text)
    closed = sam.post(f"/items/{broken}/close", data={"csrf": csrf, "reason": "portal retired"})
    assert closed.status_code == 303 and "done=closed" in closed.headers["location"]
    assert state_of(console, broken) == "rejected"
    assert item_events(console.services.database, broken)[-1].data["action"] == "closed"
    again = sam.post(f"/items/{broken}/close", data={"csrf": csrf, "reason": "twice"})
    assert again.status_code == 409 and "only a queued item" in again.text


def test_upload_offers_only_office_bots_with_none_chosen(database_url: str, tmp_path: Path,
                                                         project_home: Path) -> None:
    from tests.console.conftest import BOTS, _console

    services = make_services(database_url, tmp_path, bots={
        **BOTS, "noop": "tradebots.noop:NoopBot", "followup": "workflows.followup:FollowUpBot"})
    for console in _console(services):
        carol = console.client("carol")
        page = carol.get("/upload").text
        offered = re.findall(r'<option value="([^"]*)"', page)
        assert offered[0] == "" and {"broken", "protest"} <= set(offered)
        assert not {"noop", "followup"} & set(offered)  # internal bots get no documents
        assert re.search(r'<option value="" selected disabled>', page)
        assert 'id="confirm"' in page
        csrf = csrf_of(page)
        for bot, message in (("", "choose the bot"), ("noop", "noop: not a bot")):
            refused = carol.post("/upload", data={"csrf": csrf, "bot": bot},
                                 files={"files": ("a.pdf", b"%PDF-1.4\n", "application/pdf")},
                                 headers={"accept": "application/json"})
            assert refused.status_code == 400 and message in refused.json()["errors"][0]
        assert "/items/" not in carol.post(
            "/upload", data={"csrf": csrf, "bot": "protest"},
            files={"files": ("b.pdf", b"%PDF-1.4\n% b", "application/pdf")}).text


def test_failures_under_other_names_never_lock_out_the_right_password(console: Console) -> None:
    client = console.client()
    for name in ("ann", "bob", "cyd", "dee", "eve", "fay"):
        assert sign_in(client, name, "wrong password!!").status_code == 401
    assert sign_in(client, "sam", PASSWORD).status_code == 303


def test_an_account_is_locked_after_five_failures_but_its_neighbours_are_not(
        console: Console) -> None:
    client = console.client()
    for _ in range(5):
        assert sign_in(client, "sam", "wrong password!!").status_code == 401
    refused = sign_in(client, "sam", PASSWORD)
    assert refused.status_code == 429 and "Too many failed sign-ins" in refused.text
    assert sign_in(console.client(), "sue", PASSWORD).status_code == 303


def test_an_address_past_its_cap_is_slowed_down_not_refused(console: Console) -> None:
    waits: list[float] = []
    throttle = LoginThrottle(console.services.database, address_cap=3, address_delay=2.0,
                             sleep=waits.append)
    for name in ("ann", "bob", "cyd"):
        throttle.failed(name, "10.0.0.9")
    verdict = throttle.check("sam", "10.0.0.9")
    assert verdict.locked_seconds == 0 and verdict.slow_down == 2.0
    throttle.wait(verdict)
    assert waits == [2.0]
    assert throttle.check("sam", "10.0.0.10").slow_down == 0.0


def test_the_throttle_holds_across_processes_and_forgets_after_the_window(
        console: Console) -> None:
    from tradebots.services import open_services

    other = open_services(console.services.settings, migrate=False)  # as another process would
    now = datetime(2026, 12, 1, 9, 0)
    here = LoginThrottle(console.services.database, clock=lambda: now)
    for _ in range(5):
        here.failed("sam", "10.0.0.1")
    database = other.database
    there = LoginThrottle(database, clock=lambda: now)
    assert there.check("sam", "10.0.0.2").locked_seconds == 15 * 60
    later = LoginThrottle(database, clock=lambda: now + timedelta(minutes=16))
    assert later.check("sam", "10.0.0.2").locked_seconds == 0
    other.close()


def test_disabling_a_user_ends_their_sessions(console: Console) -> None:
    sam = console.client("sam")
    assert sam.get("/dashboard").status_code == 200
    ada = console.client("ada")
    csrf = csrf_of(ada.get("/admin/users").text)
    assert ada.post("/admin/users/sam/active", data={"csrf": csrf, "active": "0"}).status_code \
        == 200
    assert sam.get("/dashboard").status_code == 303  # back to sign in
    ada.post("/admin/users/sam/active", data={"csrf": csrf, "active": "1"})
    assert sam.get("/dashboard").status_code == 303  # the ended session stays ended


def test_an_admin_resets_a_password_and_changes_a_role(console: Console) -> None:
    sam = console.client("sam")
    ada = console.client("ada")
    csrf = csrf_of(ada.get("/admin/users").text)
    reset = ada.post("/admin/users/sam/password", data={"csrf": csrf})
    password = re.search(r'data-testid="new-password">([^<]+)<', reset.text)
    assert password is not None
    assert sam.get("/dashboard").status_code == 303
    assert sign_in(console.client(), "sam", PASSWORD).status_code == 401
    fresh = console.client()
    assert sign_in(fresh, "sam", password.group(1)).status_code == 303
    changed = ada.post("/admin/users/sam/role", data={"csrf": csrf, "role": "clerk"})
    assert changed.status_code == 200
    assert fresh.get("/dashboard").status_code == 403  # the new role applies at once
    assert fresh.get("/upload").status_code == 200
    bad = ada.post("/admin/users/sam/role", data={"csrf": csrf, "role": "king"})
    assert bad.status_code == 400 and "unknown role" in bad.text


@pytest.mark.parametrize(("path", "status"), [
    ("/items/99999999999999999999", 404),
    ("/items/99999999999999999999/input/0", 404),
    ("/items/" + "9" * 5000, 404),
    ("/queue?due=99999999999", 422),
    ("/no/such/page", 404),
    ("/items/12345", 404),
])
def test_errors_are_pages_with_a_plain_message(console: Console, path: str, status: int) -> None:
    response = console.client("sam").get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>" in response.text and "Traceback" not in response.text
    assert "{" not in response.text.split("<main", 1)[-1].split("</main>")[0]


def test_a_failure_in_a_page_is_a_500_page_that_keeps_the_detail_back(console: Console,
                                                      monkeypatch: Any) -> None:
    from tradebots.console import routes_dashboard

    def broken(*_args: Any) -> Any:
        raise RuntimeError("the figures table is gone")

    monkeypatch.setattr(routes_dashboard, "build_dashboard", broken)
    sam = console.client("sam")
    response = sam.get("/dashboard")
    assert response.status_code == 500
    assert "Something went wrong" in response.text
    assert "figures table" not in response.text
    assert "content-security-policy" in response.headers
    assert sam.get("/queue").status_code == 200  # the same connection serves on


def test_the_queue_is_searched_by_number_entry_and_party_and_speaks_their_language(
        console: Console, protest_files: Any) -> None:
    first, second = protest_files(2)
    for path in (first, second):
        console.services.queue.enqueue("protest", [path], actor="carol")
    console.work()
    sam = console.client("sam")
    found = sam.get("/queue", params={"q": " 2704-25-100001 "}).text
    assert found.count('<tr class="state-') == 1 and "Acme Imports LLC" in found
    assert ">accept<" in found and "<th>Number</th>" in found
    by_entry = sam.get("/queue", params={"q": "abc-1234561-1"}).text
    assert by_entry.count('<tr class="state-') == 1 and "2704-25-100002" in by_entry
    by_party = sam.get("/queue", params={"q": "ACME imp"}).text
    assert by_party.count('<tr class="state-') == 2
    assert sam.get("/queue", params={"q": "nobody"}).text.count('<tr class="state-') == 0
    item = console.services.queue.find("protest", "x")
    assert item is None
    from tradebots.queue.queries import list_items

    reference = list_items(console.services.database)[0].reference
    assert reference[:16] not in found  # no sha256 references on the page


def test_a_queue_of_waiting_items_leaves_out_the_columns_nothing_fills(
        console: Console, tmp_path: Path) -> None:
    queued(console, tmp_path)
    html = console.client("sam").get("/queue").text
    for empty in ("<th>Number</th>", "<th>Party</th>", "<th>Outcome</th>", "<th>Tries</th>",
                  "<th>Deadline</th>"):
        assert empty not in html
    assert "<th>In state</th>" in html and "0 min" in html


def test_the_morning_report_names_items_by_number_party_and_deadline(
        console: Console, protest_files: Any) -> None:
    from datetime import date

    from workflows.morning_report import compose_report, template_context

    path = protest_files(1)[0]
    item_id = console.services.queue.enqueue("protest", [path], actor="carol",
                                             due=date.today() + timedelta(days=2)).item_id
    console.work()
    now = datetime.now()
    report = compose_report(console.services, start=now - timedelta(hours=1), end=now, now=now)
    context = template_context(report, "UTC")
    row = context["review"][0]
    assert (row["a"], row["b"], row["d"]) == ("2704-25-100001", "Acme Imports LLC",
                                              "awaiting review")
    assert row["c"] == (date.today() + timedelta(days=2)).isoformat()
    deadline = next(d for d in report.deadlines if d.item_id == item_id)
    assert deadline.what == "2704-25-100001 · Acme Imports LLC · awaiting review"
    reference = get_item(console.services.database, item_id).reference  # type: ignore[union-attr]
    assert reference[:12] not in str(context)


def test_items_prepared_before_the_search_index_are_indexed_by_its_migration(
        tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import MetaData, Table, insert, select

    from tradebots.queue.database import Database
    from tradebots.queue.migrate import _config, upgrade
    from tradebots.queue.terms import ItemTerm

    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    config = _config()
    with database.write_engine.begin() as connection:
        config.attributes["connection"] = connection
        # The schema just before the search index: both branches 0007_console_ops joins.
        command.upgrade(config, "0002")
        command.upgrade(config, "0006_waiting")
    now = datetime(2026, 11, 30, 9, 0)
    with database.write() as session:
        # That schema's own table, not today's model: later migrations add columns.
        old_items = Table("work_items", MetaData(), autoload_with=session.connection())
        session.execute(insert(old_items), [{
            "bot": "protest", "reference": "old", "state": "awaiting_review", "queued_by": "carol",
            "priority": 0, "phase": "prepare", "attempts": 0, "audit_seq": 0, "audit_tail": "",
            "inputs": [], "corrected_by": [], "created_at": now, "updated_at": now,
            "payload": {"result": {"values": {"protest_number": "2704-25-999999",
                                              "protestant_name": "Old Goods Inc"}}}}])
    upgrade(database)
    with database.read() as session:
        found = session.execute(select(ItemTerm.field, ItemTerm.folded)
                                .order_by(ItemTerm.position)).all()
    assert [tuple(row) for row in found] == [("protest_number", "2704-25-999999"),
                                             ("protestant_name", "old goods inc")]
    database.dispose()

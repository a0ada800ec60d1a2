"""The sandbox portal behaves like the legacy trade case system it stands in for."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from sandbox.portal.seed_entries import seeded_entries
from tests.sandbox.conftest import PortalClient

# The sandbox portal runs as its own process, with timed sessions.
pytestmark = pytest.mark.slow

PDF = b"%PDF-1.4\n% sandbox test\n"
ENTRIES = seeded_entries()


def file_protest(
    portal: PortalClient, *, importer: str, entries: list[str], merchandise: str = "Steel bolts",
    reference: str = "", category: str = "classification",
) -> tuple[int, str, str]:
    """Walk the five intake steps; (status, final path, html) of the submit."""
    draft_page = portal.http.get(portal.prefix + "/protests/new")
    draft = re.search(r"/drafts/(\d+)/", str(draft_page.url))
    assert draft
    base = f"/protests/drafts/{draft.group(1)}"
    header = {
        "port_code": "2704", "protestant_name": "Harbor Imports Inc.",
        "protestant_address": "10 Ocean Ave, Long Beach, CA", "importer_number": importer,
        "received_date": "2026-03-02", "reference": reference,
    }
    assert portal.post(base + "/header", header)[0] == 200
    grid = {"entry_number": entries, "entry_date": [""] * len(entries),
            "liquidation_date": [""] * len(entries)}
    assert portal.post(base + "/entries", grid)[0] == 200
    goods = {"category": category, "merchandise": merchandise}
    assert portal.post(base + "/goods", goods)[0] == 200
    files = {"protest_pdf": ("protest.pdf", PDF, "application/pdf")}
    assert portal.post(base + "/document", {}, files=files)[0] == 200
    return portal.post(base + "/review", {})


def protest_number(path: str) -> str:
    return path.rsplit("/", 1)[1]


def test_pages_send_a_visitor_without_session_to_login(make_client: Callable[..., PortalClient]):
    portal = make_client()
    response = portal.http.get("/entries?number=X", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


def test_login_refuses_a_wrong_password_and_a_form_without_token(
    make_client: Callable[..., PortalClient],
):
    portal = make_client()
    assert "Invalid username or password." in portal.login("not-the-password")
    response = portal.http.post("/login", data={"username": "bot", "password": portal.password})
    assert response.status_code == 422
    assert "login form expired" in response.text


def test_a_busy_portal_bounces_a_good_login_back_to_its_form_without_a_reason(
    make_client: Callable[..., PortalClient],
):
    portal = make_client(login_bounce_rate=1.0)
    page = portal.login()
    assert 'id="login-submit"' in page and "form-error" not in page
    assert portal.http.get("/entries").url.path == "/login"  # no session was opened
    assert portal.http.get("/_friction").json()["login_bounces"] == 1


def test_a_form_posted_without_the_session_token_is_forbidden(client: PortalClient):
    response = client.http.post("/rulings/new", data={"requester_name": "X"})
    assert response.status_code == 403


def test_logout_ends_the_session(client: PortalClient):
    status, path, _ = client.post("/logout", {}, token_from="/entries")
    assert (status, path) == (200, "/login")
    assert client.http.get("/entries").url.path == "/login"


def test_a_session_expires_after_its_idle_minutes(make_client: Callable[..., PortalClient]):
    portal = make_client(session_idle_minutes=0.01)
    portal.login()
    assert portal.http.get("/entries").url.path == "/entries"
    time.sleep(0.8)
    assert portal.http.get("/entries").url.path == "/login"


def test_sessions_are_cut_at_every_mark_even_when_busy(make_client: Callable[..., PortalClient]):
    portal = make_client(session_max_seconds=1.0)
    # Each request is bracketed by the client's clock, which is the server's: one that ended in
    # its login's second must find the session. A machine too busy to stay inside one second
    # tries again, so load cannot fail this test; a session cut early still does.
    kept = 0
    for _ in range(5):
        time.sleep(1.0 - time.time() % 1.0 + 0.05)  # just after a mark: a whole second to work
        window = time.time() // 1.0
        portal.login()
        for _ in range(3):
            path = portal.http.get("/entries").url.path
            if time.time() // 1.0 != window:
                break
            assert path == "/entries"
            kept += 1
            time.sleep(0.1)
        if kept:
            break
    assert kept, "no request ended within its login's second in five tries"
    time.sleep(1.0 - time.time() % 1.0 + 0.05)  # past the next mark: a session kept is wrong
    assert portal.http.get("/entries").url.path == "/login"


def test_every_seeded_entry_is_on_file_with_its_dates(tmp_path: Path, client: PortalClient):
    conn = sqlite3.connect(tmp_path / "portal-0.db")
    query = "SELECT entry_number, entry_date, liquidation_date FROM entries"
    rows = {r[0]: r for r in conn.execute(query)}
    assert len(rows) == len(ENTRIES) == 3000
    for entry in ENTRIES:
        liquidation = entry.liquidation_date.isoformat() if entry.liquidation_date else ""
        expected = (entry.entry_number, entry.entry_date.isoformat(), liquidation)
        assert rows[entry.entry_number] == expected


def test_entry_inquiry_shows_port_importer_dates_and_status(client: PortalClient):
    entry = next(e for e in ENTRIES if e.liquidation_date is None)
    html = client.http.get("/entries", params={"number": entry.entry_number}).text
    assert f'id="result-port-code">{entry.port_code}<' in html
    assert f'id="result-importer-number">{entry.importer_number}<' in html
    assert f'id="result-entry-date">{entry.entry_date.isoformat()}<' in html
    assert 'id="result-status">unliquidated<' in html


def test_entry_inquiry_tells_unknown_from_malformed_numbers(client: PortalClient):
    unknown = client.http.get("/entries", params={"number": "ABC-0000001-0"})
    assert unknown.status_code == 200 and 'id="entry-not-found"' in unknown.text
    malformed = client.http.get("/entries", params={"number": "ABC-0000001-9"})
    assert malformed.status_code == 422 and "bad check digit" in malformed.text


def test_a_protest_gets_a_number_in_the_19_cfr_format(client: PortalClient):
    status, path, html = file_protest(
        client, importer="12-3456789", entries=[ENTRIES[0].entry_number]
    )
    assert status == 200
    year = date.today().year % 100
    assert re.fullmatch(rf"2704-{year:02d}-\d{{6}}", protest_number(path))
    assert 'id="protest-status">received<' in html


def test_a_second_protest_by_the_same_party_on_the_same_goods_is_refused(client: PortalClient):
    entry = ENTRIES[1].entry_number
    first = protest_number(file_protest(client, importer="12-3456789", entries=[entry])[1])
    status, _, html = file_protest(
        client, importer="12-3456789", entries=[entry], merchandise="steel  BOLTS.",
        category="appraised_value",
    )
    assert status == 422
    assert f"already protested entry {entry} for this merchandise in protest {first}" in html


def test_a_protest_by_another_party_on_the_same_goods_is_consolidated(client: PortalClient):
    entry = ENTRIES[2].entry_number
    first = protest_number(file_protest(client, importer="12-3456789", entries=[entry])[1])
    status, path, html = file_protest(client, importer="98-7654321", entries=[entry])
    assert status == 200 and protest_number(path) != first
    assert f'id="protest-consolidated-with">{first}<' in html


def test_search_finds_protests_by_reference_entry_and_importer_in_pages(
    make_client: Callable[..., PortalClient],
):
    portal = make_client(page_size=2)
    portal.login()
    entry = ENTRIES[3].entry_number
    for n in range(5):
        file_protest(portal, importer=f"1{n}-1234567", entries=[entry], reference=f"item-{n}")
    by_entry = [
        portal.http.get("/protests/search", params={"by": "entry", "q": entry, "page": p}).text
        for p in (1, 2, 3)
    ]
    assert [page.count('class="result-row"') for page in by_entry] == [2, 2, 1]
    assert 'id="next-page"' in by_entry[1] and 'id="next-page"' not in by_entry[2]
    by_ref = portal.http.get("/protests/search", params={"by": "reference", "q": "item-3"}).text
    assert by_ref.count('class="result-row"') == 1 and "13-1234567" in by_ref


def test_a_friction_503_after_commit_loses_the_answer_but_keeps_the_write(
    make_client: Callable[..., PortalClient],
):
    portal = make_client(error_rate=1.0, error_after_commit_share=1.0)
    statuses = []
    for _ in range(3):  # the login itself fails visibly, yet the session cookie never arrives
        statuses.append(portal.http.get("/login").status_code)
    assert statuses == [503, 503, 503]
    counts = portal.http.get("/_friction").json()
    assert counts == {"requests": 3, "before": 0, "after": 3, "login_bounces": 0}


def test_the_fault_sequence_is_the_same_for_the_same_seed(make_client: Callable[..., PortalClient]):
    def statuses(seed: int) -> list[int]:
        portal = make_client(error_rate=0.3, seed=seed)
        return [portal.http.get("/login").status_code for _ in range(30)]

    first = statuses(7)
    assert first == statuses(7)
    assert 503 in first and 200 in first
    assert first != statuses(8)


def test_the_alternate_skin_moves_every_page_under_a_prefix_with_other_ids(
    make_client: Callable[..., PortalClient],
):
    portal = make_client(skin="alt")
    assert portal.http.get("/login").status_code == 404
    page = portal.http.get("/tcs/app/login").text
    assert 'id="ctl00_main_Username"' in page and 'id="username"' not in page
    portal.login()
    html = portal.http.get("/tcs/app/entries", params={"number": ENTRIES[0].entry_number}).text
    assert f'id="ctl00_main_ResultPortCode">{ENTRIES[0].port_code}<' in html


def test_the_confirmation_modal_guards_saving_buttons(make_client: Callable[..., PortalClient]):
    portal = make_client(confirm_modal=True)
    portal.login()
    html = portal.http.get("/rulings/new").text
    assert 'id="confirm-modal"' in html and 'id="case-submit" data-confirm' in html


def test_a_ruling_request_gets_a_control_number_and_takes_files_and_status(client: PortalClient):
    data = {"requester_name": "Cedar Tools LLC", "ruling_type": "classification",
            "product_description": "Cordless drill", "proposed_hts": "8467.21.0030",
            "route": "NCSD", "reference": "item-9"}
    status, path, _ = client.post("/rulings/new", data)
    assert status == 200 and re.fullmatch(r"/rulings/R\d{2}-\d{6}", path)
    files = {"document": ("request.pdf", PDF, "application/pdf")}
    assert client.post(path + "/files", {"kind": "request"}, token_from=path, files=files)[0] == 200
    status, _, html = client.post(path + "/status", {"status": "assigned"}, token_from=path)
    assert 'id="case-status">assigned<' in html and "request.pdf" in html
    assert client.post(path + "/status", {"status": "lost"}, token_from=path)[0] == 422


def test_a_penalty_case_is_created_when_absent_then_opened(client: PortalClient):
    opened = client.http.get("/penalties/open", params={"case_number": "2026-2704-000777"})
    assert opened.url.path == "/penalties/open" and 'id="case-submit"' in opened.text
    data = {"party_name": "Granite Supply Co.", "importer_number": "12-3456789",
            "culpability": "negligence", "loss_of_duties": "$1,234.5", "proposed_penalty": "4938",
            "entries": ENTRIES[4].entry_number, "reference": "item-10"}
    status, path, html = client.post("/penalties/2026-2704-000777/create", data,
                                     token_from="/penalties/open?case_number=2026-2704-000777")
    assert (status, path) == (200, "/penalties/2026-2704-000777")
    assert 'id="case-loss_of_duties">1234.50<' in html
    again = client.http.get("/penalties/open", params={"case_number": "2026-2704-000777"})
    assert again.url.path == "/penalties/2026-2704-000777"


@pytest.mark.parametrize("bad, message", [
    ({"port_code": "9999"}, "Port code 9999 is not a port of entry."),
    ({"importer_number": "12345"}, "Importer number 12345 is not in a recognized format."),
    ({"received_date": "03/02/2026"}, "Date received must be a date (YYYY-MM-DD)."),
])
def test_the_protest_header_refuses_wrong_input_with_a_message(
    client: PortalClient, bad: dict[str, str], message: str,
):
    draft = re.search(r"/drafts/(\d+)/", str(client.http.get("/protests/new").url))
    assert draft
    header = {"port_code": "2704", "protestant_name": "A", "protestant_address": "B",
              "importer_number": "12-3456789", "received_date": "2026-03-02"} | bad
    path = f"/protests/drafts/{draft.group(1)}/header"
    status, _, html = client.post(path, header)
    assert status == 422 and message in html


def test_my_drafts_lists_each_unfinished_protest_with_its_reference_and_discards_it(
    client: PortalClient,
):
    draft = re.search(r"/drafts/(\d+)/", str(client.http.get("/protests/new").url))
    assert draft
    number = draft.group(1)
    header = {"port_code": "2704", "protestant_name": "A", "protestant_address": "B",
              "importer_number": "12-3456789", "received_date": "2026-03-02",
              "reference": "item-41"}
    client.post(f"/protests/drafts/{number}/header", header)
    listed = client.http.get("/protests/drafts").text
    row = re.search(r'<tr class="draft-row">(.*?)</tr>', listed, re.S)
    assert row and 'class="d-reference">item-41<' in row.group(1)
    assert f'href="/protests/drafts/{number}/entries"' in row.group(1)  # where it stopped
    assert 'class="d-steps">header<' in row.group(1)
    forged = client.http.post(f"/protests/drafts/{number}/discard", data={"csrf": "forged"})
    assert forged.status_code == 403
    status, path, page = client.post(f"/protests/drafts/{number}/discard", {},
                                     token_from="/protests/drafts")
    assert (status, path) == (200, "/protests/drafts") and 'id="no-drafts"' in page
    again, _, _ = client.post(f"/protests/drafts/{number}/discard", {},
                              token_from="/protests/drafts")
    assert again == 404  # gone: a retry finds nothing to discard

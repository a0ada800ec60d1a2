"""The queue's order and paging, the dashboard, a failed item's evidence, and user admin."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from tests.console.conftest import Console, csrf_of
from tradebots.console.queries import Cursor, QueueFilter, queue_page


def queue_items(console: Console, count: int, tmp_path: Any) -> None:
    today = date.today()
    for n in range(count):
        path = tmp_path / f"doc-{n}.pdf"
        path.write_bytes(b"%PDF-1.4\n% item " + str(n).encode())
        due = None if n % 4 == 0 else today + timedelta(days=(n * 7) % 30 - 3)
        console.services.queue.enqueue("protest", [path], actor="carol", due=due)


def test_the_queue_pages_by_urgency_without_gaps_or_repeats(console: Console,
                                                           tmp_path: Any) -> None:
    queue_items(console, 120, tmp_path)
    seen: list[tuple[date | None, int]] = []
    after = None
    while True:
        page = queue_page(console.services.database, QueueFilter(), after=after, size=25)
        seen += [(r.due_date, r.id) for r in page.rows]
        if page.next_cursor is None:
            break
        after = Cursor.decode(page.next_cursor)
    assert len(seen) == 120 == page.total
    dated = [s for s in seen if s[0] is not None]
    assert seen == sorted(dated, key=lambda s: (s[0], s[1])) + sorted(
        [s for s in seen if s[0] is None], key=lambda s: s[1])


def test_the_queue_page_shows_days_left_in_red_when_near(console: Console,
                                                         tmp_path: Any) -> None:
    queue_items(console, 12, tmp_path)
    sam = console.client("sam")
    html = sam.get("/queue?due=7").text
    near = re.findall(r'class="days near">([^<]+)<', html)
    assert near and all("overdue" in d or int(d) <= 5 for d in near)
    assert sam.get("/queue?state=bogus&after=garbage").status_code == 200
    second = sam.get("/queue?sort=newest")
    assert "Next page" not in second.text  # 12 items fit on one page


def test_the_dashboard_draws_its_charts_on_the_server(console: Console, tmp_path: Any) -> None:
    queue_items(console, 6, tmp_path)
    html = console.client("sam").get("/dashboard").text
    assert html.count("<svg class=\"chart\"") == 3
    assert "Items per state" in html and "Deadlines in the next 7 days" in html
    assert 'data-testid="counts"' in html


def test_a_failed_item_shows_its_screenshot_and_offers_its_trace(console: Console,
                                                                 tmp_path: Any) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    item_id = console.services.queue.enqueue("broken", [path], actor="carol").item_id
    console.work()
    sam = console.client("sam")
    html = sam.get(f"/items/{item_id}").text
    assert "the portal page had no submit button" in html
    shot = re.search(r'<img class="shot" src="([^"]+)"', html)
    assert shot is not None
    image = sam.get(shot.group(1).replace("&amp;", "&"))
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    trace = re.search(r'href="([^"]+)">trace.zip<', html)
    assert trace is not None
    download = sam.get(trace.group(1))
    assert download.status_code == 200
    assert "attachment" in download.headers["content-disposition"]
    csrf = csrf_of(html)
    retried = sam.post(f"/items/{item_id}/retry", data={"csrf": csrf})
    assert retried.status_code == 303


def test_an_admin_adds_a_user_whose_password_is_shown_once(console: Console) -> None:
    ada = console.client("ada")
    csrf = csrf_of(ada.get("/admin/users").text)
    created = ada.post("/admin/users", data={"csrf": csrf, "name": "nina", "role": "clerk"})
    password = re.search(r'data-testid="new-password">([^<]+)<', created.text)
    assert password is not None
    assert password.group(1) not in ada.get("/admin/users").text
    nina = console.client()
    from tests.console.conftest import sign_in

    assert sign_in(nina, "nina", password.group(1)).status_code == 303
    settings = ada.get("/admin/settings").text
    assert "audit_key" not in settings and "test-audit-key" not in settings

"""What the browser tests of the console share: signing in, reading an item, the audit rows."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.console.conftest import PASSWORD, Console
from tradebots.queue.queries import get_item
from tradebots.queue.tables import WorkItem


def sign_in(browser: Browser, console: Console, name: str) -> Page:
    page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    page.goto(console.url + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.get_by_test_id("who")).to_contain_text(name)
    return page


def item_of(console: Console, item_id: int) -> WorkItem:
    found = get_item(console.services.database, item_id)
    assert found is not None
    return found


def audit_rows(page: Page) -> list[tuple[str, str]]:
    """(who, move) for each row of the review page's audit trail."""
    rows = page.locator("[data-testid=audit] tbody tr").all()
    return [(r.locator("td").nth(2).inner_text(), r.locator("td").nth(3).inner_text())
            for r in rows]

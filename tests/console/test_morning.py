"""A whole morning in a real browser: a clerk queues protests, supervisors review them."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.console.conftest import PASSWORD, Console
from tradebots.queue.queries import get_item, item_events

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def sign_in(browser: Browser, console: Console, name: str) -> Page:
    page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    page.goto(console.url + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.get_by_test_id("who")).to_contain_text(name)
    return page


def drop_file(page: Page, path: Path) -> None:
    """Drag a file onto the drop zone the way a browser delivers it: a drop event with files."""
    data = base64.b64encode(path.read_bytes()).decode()
    transfer = page.evaluate_handle(
        """([name, data]) => {
            const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
            const t = new DataTransfer();
            t.items.add(new File([bytes], name, {type: "application/pdf"}));
            return t;
        }""", [path.name, data])
    page.dispatch_event("#drop", "dragenter", {"dataTransfer": transfer})
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})


def item_ids(page: Page) -> list[int]:
    links = page.locator("#results li a").all()
    return [int(re.sub(r"\D", "", str(link.get_attribute("href")))) for link in links]


def review_shows_evidence(page: Page, console: Console, item_id: int) -> None:
    page.goto(f"{console.url}/items/{item_id}")
    expect(page.get_by_test_id("state")).to_have_text("awaiting review")
    boxes = page.locator("rect.box")
    values = page.locator("tr.value")
    expect(values).to_have_count(7)
    expect(boxes).to_have_count(7)  # every extracted value has its box on the page
    # Page images really load.
    for image in page.locator("section.document img").all():
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("i => i.naturalWidth") > 500
    low = page.locator("tr.value.low")
    expect(low).to_have_count(1)
    expect(low).to_contain_text("check")
    # Clicking the signer (on page 2) scrolls its box into view and highlights it.
    page.click("button.key[data-key='signer_name']")
    box = page.locator("rect.box[data-key='signer_name']")
    expect(box).to_have_class(re.compile(r"\bactive\b"))
    expect(box).to_be_in_viewport()
    expect(page.get_by_test_id("findings")).to_contain_text("19 CFR 174.12(e)")
    expect(page.get_by_test_id("outcome")).to_contain_text("accept")
    expect(page.locator(".letter img")).to_have_count(1)
    with page.expect_download() as download:
        page.get_by_test_id("docx").click()
    assert download.value.suggested_filename == "letter.docx"


def audit_rows(page: Page) -> list[tuple[str, str]]:
    rows = page.locator("[data-testid=audit] tbody tr").all()
    return [(r.locator("td").nth(2).inner_text(), r.locator("td").nth(3).inner_text())
            for r in rows]


def test_a_morning_of_protests(sqlite_console: Console, chromium: Any,
                               protest_files: Any) -> None:
    console = sqlite_console
    browser: Browser = chromium
    files = protest_files(3)

    clerk = sign_in(browser, console, "carol")
    clerk.goto(console.url + "/upload")
    clerk.select_option("select[name=bot]", "protest")
    clerk.set_input_files("input[name=files]", [str(p) for p in files[:2]])
    expect(clerk.locator("#results li.ok")).to_have_count(2)
    drop_file(clerk, files[2])
    expect(clerk.locator("#results li.ok")).to_have_count(3)
    drop_file(clerk, files[0])  # the same protest again is the existing item
    expect(clerk.locator("#results li.dup")).to_contain_text("already queued as item")
    first, second, third = item_ids(clerk)[:3]

    assert console.work() == 3

    sam = sign_in(browser, console, "sam")
    sam.goto(console.url + "/queue?state=awaiting_review")
    expect(sam.locator("[data-testid=queue] tbody tr")).to_have_count(3)
    for item_id in (first, second, third):
        review_shows_evidence(sam, console, item_id)

    # The first protest's liquidation date was misread: correct it and send it back.
    sam.goto(f"{console.url}/items/{first}")
    sam.fill("input[name='v:entries[0].liquidation_date']", "2025-01-15")
    sam.fill("#return-form input[name=reason]", "liquidation date misread")
    sam.get_by_test_id("return").click()
    expect(sam.locator(".notice")).to_contain_text(f"Item {first} returned")
    for item_id in (second, third):
        sam.goto(f"{console.url}/items/{item_id}")
        sam.get_by_test_id("approve").click()
        expect(sam.locator(".notice, .error").first).to_contain_text(f"Item {item_id} approved")

    assert console.work() == 3  # re-prepare the returned one, finalize the approved two

    sam.goto(f"{console.url}/items/{first}")
    expect(sam.get_by_test_id("state")).to_have_text("awaiting review")
    corrected = sam.locator("tr.value[data-key='entries[0].liquidation_date']")
    expect(corrected).to_have_class(re.compile(r"\bcorrected\b"))
    expect(corrected.locator("input")).to_have_value("2025-01-15")
    expect(sam.get_by_test_id("outcome")).to_contain_text("2025-07-14")
    sam.get_by_test_id("approve").click()
    expect(sam.get_by_test_id("error")).to_contain_text("another supervisor must approve it")
    expect(sam.get_by_test_id("state")).to_have_text("awaiting review")

    sue = sign_in(browser, console, "sue")
    sue.goto(f"{console.url}/items/{first}")
    sue.get_by_test_id("approve").click()
    expect(sue.locator(".notice")).to_contain_text(f"Item {first} approved")
    assert console.work() == 1

    for item_id in (first, second, third):
        found = get_item(console.services.database, item_id)
        assert found is not None and found.state == "done"
    sam.goto(console.url + "/queue?state=done")
    expect(sam.locator("[data-testid=queue] tbody tr")).to_have_count(3)

    sam.goto(f"{console.url}/items/{first}")
    assert audit_rows(sam) == [
        ("carol", "new → queued"),
        ("worker-1", "queued → running"),
        ("worker-1", "running → awaiting_review"),
        ("sam", "awaiting_review → queued"),
        ("worker-1", "queued → running"),
        ("worker-1", "running → awaiting_review"),
        ("sue", "awaiting_review → approved"),
        ("worker-1", "approved → running"),
        ("worker-1", "running → done"),
    ]
    expect(sam.locator(".history")).to_contain_text("liquidation date misread")
    for item_id in (second, third):
        actors = [e.actor for e in item_events(console.services.database, item_id)]
        assert actors == ["carol", "worker-1", "worker-1", "sam", "worker-1", "worker-1"]

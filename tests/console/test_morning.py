"""A whole morning in a real browser: a clerk queues protests, supervisors review them.

The real protest intake bot reads generated protests, checks and files them in the sandbox portal
(its own process, driven by the worker's chromium) and drafts their letters with LibreOffice; the
console is served over real HTTP and used in a second, headless chromium.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from playwright.sync_api import Browser, Page, expect

from bench.corpus.protests import CorpusCase, generate_corpus
from tests.console.conftest import Console
from tests.console.in_browser import audit_rows, item_of, sign_in
from tradebots.console.review_view import flatten
from tradebots.queue.queries import item_artifacts, item_events

pytestmark = [pytest.mark.browser, pytest.mark.libreoffice, pytest.mark.slow]

CORPUS_SIZE, CORPUS_SEED = 40, 11
LOW_CONFIDENCE = 0.8  # below this the console flags a value for checking


@pytest.fixture(scope="module")
def protests(tmp_path_factory: pytest.TempPathFactory) -> list[CorpusCase]:
    """Three protests the bot accepts: a form, a form continued on a second page, a letter.

    Each has its CBP receipt date printed on it. An upload carries no received date, so without a
    printed one the bot would count from the day the file was stored and find old protests late.
    """
    corpus = generate_corpus(tmp_path_factory.mktemp("protests"), CORPUS_SIZE, CORPUS_SEED)
    usable = [c for c in corpus
              if c.expected_outcome == "accept" and c.truth.get("received_date")]
    return [next(c for c in usable if c.scenario == "timely_accept"),
            next(c for c in usable if c.scenario == "multi_entry_continuation"),
            next(c for c in usable if c.layout.startswith("letter"))]


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
    # A clerk gets no link to an item (she may not open one): the message names it.
    messages = page.locator("#results li").all_inner_texts()
    return [int(found.group(1)) for text in messages
            if (found := re.search(r"as item (\d+)", text))]


def letter_pdf(console: Console, item_id: int) -> Path:
    """The latest letter.pdf the bot drafted for the item, from the file store."""
    letters = [a for a in item_artifacts(console.services.database, item_id)
               if a.name == "letter.pdf"]
    assert letters, f"item {item_id} has no drafted letter"
    return Path(console.services.files.path_for(letters[-1].sha256))


@dataclass(frozen=True)
class Seen:
    """What one review page showed beyond what it must: a low-confidence value, a later page."""

    low_values: int
    scrolled_to_a_later_page: bool


def review_shows_evidence(page: Page, console: Console, item_id: int) -> Seen:
    """The review page shows what the bot read, where it read it, what it decided and drafted."""
    item = item_of(console, item_id)
    result: dict[str, Any] = item.payload["result"]
    evidence: dict[str, dict[str, Any]] = result["evidence"]
    values = dict(flatten(result["values"]))
    low = [k for k in values if result["confidence"].get(k, 1.0) < LOW_CONFIDENCE]

    page.goto(f"{console.url}/items/{item_id}")
    expect(page.get_by_test_id("state")).to_have_text("awaiting review")
    # A row for each value, and for each other fact read with a box (the objection, say).
    expect(page.locator("tr.value")).to_have_count(len(set(values) | set(evidence)))
    # A value shown without evidence is one the protest does not state, or a guess flagged for
    # checking; every piece of evidence has its box on the page it was read from.
    unread = [k for k, v in values.items() if k not in evidence and v not in (None, "", [])]
    assert set(unread) <= set(low)
    expect(page.locator("rect.box")).to_have_count(len(evidence))
    for key, where in evidence.items():
        on_page = page.locator(f"figure.page[data-page='{where['page']}'] "
                               f"rect.box[data-key='{key}']")
        expect(on_page).to_have_count(1)
    # Page images really load.
    for image in page.locator("section.document img").all():
        image.scroll_into_view_if_needed()  # later pages load lazily
        expect(image).to_have_js_property("complete", True)
        assert image.evaluate("i => i.naturalWidth") > 500
    flagged = page.locator("tr.value.low")
    expect(flagged).to_have_count(len(low))
    for key in low:
        expect(page.locator(f"tr.value.low[data-key='{key}']")).to_contain_text("check")

    # Clicking the value read furthest down the document scrolls its box into view and
    # highlights the box and the value.
    last = max(evidence, key=lambda k: (evidence[k]["page"], evidence[k]["bbox"][1]))
    page.locator("section.document").evaluate("s => s.scrollTo(0, 0)")
    box = page.locator(f"rect.box[data-key='{last}']")
    later_page = evidence[last]["page"] > 1
    if later_page:
        expect(box).not_to_be_in_viewport()
    page.click(f"button.key[data-key='{last}']")
    expect(box).to_have_class(re.compile(r"\bactive\b"))
    expect(page.locator(f"tr.value[data-key='{last}']")).to_have_class(re.compile(r"\bactive\b"))
    expect(box).to_be_in_viewport()

    findings = page.get_by_test_id("findings")
    for finding in result["findings"]:
        expect(findings).to_contain_text(finding["rule"])
        expect(findings).to_contain_text(finding["citation"])
    outcome = page.get_by_test_id("outcome")
    expect(outcome).to_contain_text("accept")
    expect(outcome).to_contain_text(result["decision"]["deadline"])

    # The letter is drafted for the protest number the portal gave, and shown page by page.
    number = item.payload["portal"]["protest_number"]
    with pdfplumber.open(letter_pdf(console, item_id)) as pdf:
        assert number in "".join(p.extract_text() or "" for p in pdf.pages)
        expect(page.locator(".letter img")).to_have_count(len(pdf.pages))
    with page.expect_download() as download:
        page.get_by_test_id("docx").click()
    assert download.value.suggested_filename == "letter.docx"
    return Seen(len(low), later_page)


def test_a_morning_of_protests(protest_console: Console, chromium: Any,
                               protests: list[CorpusCase]) -> None:
    console = protest_console
    browser: Browser = chromium
    files = [case.pdf for case in protests]

    clerk = sign_in(browser, console, "carol")
    clerk.goto(console.url + "/upload")
    clerk.set_input_files("input[name=files]", [str(p) for p in files[:2]])
    expect(clerk.locator("#confirm")).to_be_disabled()  # no bot is chosen for her
    clerk.select_option("select[name=bot]", "protest_intake")
    expect(clerk.locator("#results li")).to_have_count(0)  # nothing queued before she confirms
    clerk.locator("#confirm").click()
    expect(clerk.locator("#results li.ok")).to_have_count(2)
    drop_file(clerk, files[2])
    clerk.locator("#confirm").click()
    expect(clerk.locator("#results li.ok")).to_have_count(3)
    drop_file(clerk, files[0])  # the same protest again is the existing item
    clerk.locator("#confirm").click()
    expect(clerk.locator("#results li.dup")).to_contain_text("already queued as item")
    first, second, third = item_ids(clerk)[:3]
    assert [item_of(console, i).inputs[0]["name"] for i in (first, second, third)] == \
        [p.name for p in files]

    assert console.work() == 3
    for item_id in (first, second, third):
        item = item_of(console, item_id)
        assert item.state == "awaiting_review", item.last_error
        assert item.payload["portal"]["saved"] == "created"  # filed in the portal, letter pending

    sam = sign_in(browser, console, "sam")
    sam.goto(console.url + "/queue?state=awaiting_review")
    expect(sam.locator("[data-testid=queue] tbody tr")).to_have_count(3)
    seen = [review_shows_evidence(sam, console, item_id) for item_id in (first, second, third)]
    assert any(s.low_values for s in seen)  # the letter leaves the check boxes to be guessed
    assert any(s.scrolled_to_a_later_page for s in seen)  # the continued form's last entry

    # The first protest's merchandise description was cut short: complete it and send it back.
    before = item_of(console, first).payload
    printed = before["result"]["values"]["merchandise_description"]
    completed = f"{printed}, in retail packaging"
    sam.goto(f"{console.url}/items/{first}")
    sam.fill("input[name='v:merchandise_description']", completed)
    sam.fill("#return-form input[name=reason]", "merchandise description cut short")
    sam.get_by_test_id("return").click()
    expect(sam.locator(".notice")).to_contain_text(f"Item {first} returned")
    for item_id in (second, third):
        sam.goto(f"{console.url}/items/{item_id}")
        sam.get_by_test_id("approve").click()
        expect(sam.locator(".notice, .error").first).to_contain_text(f"Item {item_id} approved")

    assert console.work() == 3  # re-prepare the returned one, finalize the approved two

    # The re-run corrected the protest it had filed, not a second one, and kept what came before.
    after = item_of(console, first).payload
    assert after["portal"] == {"protest_number": before["portal"]["protest_number"],
                               "saved": "updated",
                               "changes": {"merchandise_description": [printed, completed]}}
    assert after["result"]["values"]["merchandise_description"] == completed
    assert after["result"]["corrections"] == {"merchandise_description": completed}
    [returned] = after["history"]
    assert returned["actor"] == "sam" and returned["reason"] == "merchandise description cut short"
    assert returned["previous_result"] == before["result"]

    sam.goto(f"{console.url}/items/{first}")
    expect(sam.get_by_test_id("state")).to_have_text("awaiting review")
    corrected = sam.locator("tr.value[data-key='merchandise_description']")
    expect(corrected).to_have_class(re.compile(r"\bcorrected\b"))
    expect(corrected.locator("input")).to_have_value(completed)
    expect(corrected).to_contain_text(f"as printed: {printed}")
    expect(sam.get_by_test_id("outcome")).to_contain_text("accept")
    expect(sam.locator(".history")).to_contain_text("earlier outcome: accept")
    sam.get_by_test_id("approve").click()
    expect(sam.get_by_test_id("error")).to_contain_text("another supervisor must approve it")
    expect(sam.get_by_test_id("state")).to_have_text("awaiting review")

    sue = sign_in(browser, console, "sue")
    sue.goto(f"{console.url}/items/{first}")
    sue.get_by_test_id("approve").click()
    expect(sue.locator(".notice")).to_contain_text(f"Item {first} approved")
    assert console.work() == 1

    numbers = {}
    for item_id in (first, second, third):
        item = item_of(console, item_id)
        assert item.state == "done", item.last_error
        numbers[item_id] = item.payload["portal"]["protest_number"]
        assert item.payload["filed"] == {"protest_number": numbers[item_id],
                                         "status": "accepted"}
    sam.goto(console.url + "/queue?state=done")
    expect(sam.locator("[data-testid=queue] tbody tr")).to_have_count(3)

    # The portal, read the way a person would, has each protest accepted with its letter.
    with console.browse_portal() as portal:
        records = {item_id: portal.read_protest(number) for item_id, number in numbers.items()}
    for item_id, record in records.items():
        assert record.status == "accepted"
        assert record.reference == item_of(console, item_id).reference
        assert any(f.kind == "letter" for f in record.files)
    assert records[first].merchandise_description == completed

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
        ("worker-1", "running → running"),  # the 174.21(a) clock the filed letter opens
        ("worker-1", "running → done"),
    ]
    expect(sam.locator(".history")).to_contain_text("merchandise description cut short")
    for item_id in (second, third):
        actors = [e.actor for e in item_events(console.services.database, item_id)]
        # enqueued, claimed, prepared, approved, claimed, clock opened, done
        assert actors == ["carol", "worker-1", "worker-1", "sam", "worker-1", "worker-1",
                          "worker-1"]

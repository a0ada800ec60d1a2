"""A protest the bot cannot decide, worked to the end in the console in a real browser.

The real protest intake bot reads a generated Form 19 received the business day after a day 180
that fell on a weekend (P-TIME-5: the law leaves it to a person). A supervisor sees what the bot
read and why it stopped, corrects a date (an invalid one is refused beside the field), decides the
outcome and sends it on; the bot files the protest, a second supervisor approves the letter, and
the letter is filed in the sandbox portal.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from bench.corpus.protests import CorpusCase, generate_corpus
from tests.console.conftest import Console
from tests.console.in_browser import audit_rows, item_of, sign_in
from tradebots.console.review_view import flatten

pytestmark = [pytest.mark.browser, pytest.mark.libreoffice, pytest.mark.slow]

CORPUS_SIZE, CORPUS_SEED = 40, 11


@pytest.fixture(scope="module")
def undecidable(tmp_path_factory: pytest.TempPathFactory) -> CorpusCase:
    """A printed form, its CBP receipt date on it, that the rules leave to a person."""
    corpus = generate_corpus(tmp_path_factory.mktemp("protests"), CORPUS_SIZE, CORPUS_SEED)
    return next(c for c in corpus if c.scenario == "day_180_weekend"
                and c.layout.startswith("form19") and c.truth.get("received_date"))


def test_a_protest_the_bot_cannot_decide_is_decided_in_the_console_and_filed(
        protest_console: Console, chromium: Any, undecidable: CorpusCase) -> None:
    console = protest_console
    item_id = console.services.queue.enqueue("protest_intake", [undecidable.pdf],
                                             actor="carol").item_id
    assert console.work() == 1
    stopped = item_of(console, item_id)
    assert stopped.state == "needs_human", stopped.last_error
    assert "result" not in stopped.payload  # a first run: nothing but the stopped step's data
    result: dict[str, Any] = stopped.payload["needs_human"]["data"]["result"]
    evidence: dict[str, Any] = result["evidence"]

    sam = sign_in(chromium, console, "sam")
    sam.goto(f"{console.url}/items/{item_id}")
    expect(sam.get_by_test_id("state")).to_have_text("needs human")
    # Sam takes the item, so Sue (also a supervisor) leaves it to him.
    sam.get_by_test_id("take").click()
    expect(sam.get_by_test_id("claim")).to_contain_text("Yours until")
    sue = sign_in(chromium, console, "sue")
    sue.goto(f"{console.url}/items/{item_id}")
    expect(sue.get_by_test_id("claim")).to_contain_text("Claimed by sam")
    sue.select_option("[data-testid=decision]", "untimely")
    sue.fill("#return-form input[name=reason]", "late by a day")
    sue.get_by_test_id("decide").click()
    expect(sue.get_by_test_id("error")).to_contain_text("claimed by sam")
    assert item_of(console, item_id).state == "needs_human"

    expect(sam.get_by_test_id("question")).to_contain_text("a person decides")
    expect(sam.get_by_test_id("question")).to_have_css("white-space", "pre-wrap")
    # Every value read, and every other fact with a box (the objection, the drawback
    # declaration), has a row; every box is drawn on the page it was read from.
    keys = set(dict(flatten(result["values"]))) | set(evidence)
    shown = sam.locator("tr.value").evaluate_all("rows => rows.map(r => r.dataset.key)")
    assert set(shown) == keys
    for key in ("objection_text", "drawback_declaration"):
        expect(sam.locator(f"tr.value[data-key='{key}']")).to_have_count(1)
    expect(sam.locator("rect.box")).to_have_count(len(evidence))
    for key, where in evidence.items():
        expect(sam.locator(f"figure.page[data-page='{where['page']}'] "
                           f"rect.box[data-key='{key}']")).to_have_count(1)
    expect(sam.get_by_test_id("findings")).to_contain_text("P-TIME-5")
    expect(sam.get_by_test_id("outcome")).to_contain_text("Last day to protest")

    # A date that is not a date is refused beside its field, and nothing moves.
    received = sam.locator("tr.value[data-key='received_date']")
    received.locator("input").fill("not-a-date")
    sam.fill("#return-form input[name=reason]", "CBP stamp checked")
    sam.get_by_test_id("decide").click()
    expect(received.get_by_test_id("field-error")).to_contain_text("not a date")
    assert item_of(console, item_id).state == "needs_human"

    # The stamp under the glass reads the last day; the supervisor decides the protest is timely.
    expect(received.locator("input")).to_have_value("not-a-date")  # what was typed is kept
    last_day = result["decision"]["deadline"]
    received.locator("input").fill(last_day)
    sam.select_option("[data-testid=decision]", "accept")
    sam.get_by_test_id("decide").click()
    expect(sam.locator(".notice")).to_contain_text(f"Item {item_id} answered")

    assert console.work() == 1
    prepared = item_of(console, item_id)
    assert prepared.state == "awaiting_review", prepared.last_error
    assert prepared.payload["corrections"] == {"received_date": last_day}
    assert prepared.payload["decision_override"] == "accept"
    assert prepared.payload["portal"]["saved"] == "created"
    [answer] = prepared.payload["history"]
    assert answer["previous_result"] == result  # this run's values, not an older run's

    sue.goto(f"{console.url}/items/{item_id}")
    expect(sue.get_by_test_id("claim")).to_contain_text("Unassigned")  # the answer ended it
    expect(sue.get_by_test_id("outcome")).to_contain_text("accept")
    expect(sue.get_by_test_id("outcome")).to_contain_text("sam: CBP stamp checked")
    expect(sue.locator("tr.value[data-key='received_date']")).to_have_class(
        re.compile(r"\bcorrected\b"))
    expect(sue.get_by_test_id("letter-pdf")).to_have_attribute("href", re.compile(r"inline=1"))
    sue.get_by_test_id("approve").click()
    expect(sue.locator(".notice")).to_contain_text(f"Item {item_id} approved")
    assert console.work() == 1

    done = item_of(console, item_id)
    assert done.state == "done", done.last_error
    number = done.payload["portal"]["protest_number"]
    assert done.payload["filed"] == {"protest_number": number, "status": "accepted"}
    with console.browse_portal() as portal:
        record = portal.read_protest(number)
    assert record.status == "accepted"
    assert any(f.kind == "letter" for f in record.files)

    sam.goto(f"{console.url}/items/{item_id}")
    assert audit_rows(sam) == [
        ("carol", "new → queued"),
        ("worker-1", "queued → running"),
        ("worker-1", "running → needs_human"),
        ("sam", "needs_human → queued"),
        ("worker-1", "queued → running"),
        ("worker-1", "running → awaiting_review"),
        ("sue", "awaiting_review → approved"),
        ("worker-1", "approved → running"),
        ("worker-1", "running → running"),  # the 174.21(a) clock the filed letter opens
        ("worker-1", "running → done"),
    ]
    expect(sam.locator(".history")).to_contain_text("CBP stamp checked")


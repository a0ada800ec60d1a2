"""A form's text fields filled and its values read in one round trip, the rest the slow way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tradebots.browser import BrowserHost
from tradebots.browser.forms import fill_at_once, read_at_once

pytestmark = pytest.mark.browser

FORM = """
<form>
  <input id="name" type="text"><input id="when" type="date"><textarea id="note"></textarea>
  <input id="off" type="text" disabled><input id="hidden" type="text" style="display:none">
  <select id="kind"><option>a</option></select>
  <p id="said">  two   words </p>
</form>
<script>
  window.seen = [];
  for (const el of document.querySelectorAll("input, textarea")) {
    el.addEventListener("input", () => seen.push("input " + el.id));
    el.addEventListener("change", () => seen.push("change " + el.id));
  }
</script>
"""


@pytest.fixture
def page(browser_host: BrowserHost) -> Iterator[Page]:
    context = browser_host.browser().new_context()
    context.set_default_timeout(1000)
    page = context.new_page()
    page.set_content(FORM)
    yield page
    context.close()


def test_text_fields_are_filled_together_with_the_events_typing_sends(page: Page):
    left = fill_at_once(page, {"#name": "Harbor Imports", "#when": "2026-03-02",
                               "#note": "Steel bolts"})
    assert left == {}
    assert page.input_value("#name") == "Harbor Imports"
    assert page.input_value("#when") == "2026-03-02"
    assert page.input_value("#note") == "Steel bolts"
    assert page.evaluate("seen") == ["input name", "change name", "input when", "change when",
                                     "input note", "change note"]


def test_what_a_person_could_not_type_is_left_to_playwright(page: Page):
    wanted = {"#off": "x", "#hidden": "x", "#kind": "a", "#missing": "x",
              "text=two words": "x", "#when": "not a date", "#name": "kept"}
    left = fill_at_once(page, wanted)
    assert left == {key: "x" for key in ("#off", "#hidden", "#missing", "text=two words")} | {
        "#kind": "a", "#when": "not a date"}
    assert page.input_value("#name") == "kept"
    assert page.input_value("#when") == ""


def test_texts_are_read_together_spacing_collapsed_none_when_absent(page: Page):
    assert read_at_once(page, ["#said", "#missing", "text=two"]) == ["two words", None, None]

"""Filling and reading a plain HTML page's fields in one round trip instead of one per field.

What the page would not take as a person's typing (a missing, hidden, disabled or read-only
field, a value the field refuses, a selector only Playwright understands) is left to the
caller, who does it the slow way and gets Playwright's waits and errors."""

from __future__ import annotations

from playwright.sync_api import Page

# Set each value as typing would leave it, with the input and change events typing sends.
_FILL = """(values) => {
  const typed = new Set(["text", "search", "email", "tel", "url", "number", "date", "password"]);
  const left = [];
  for (const [selector, value] of values) {
    let el = null;
    try { el = document.querySelector(selector); } catch (e) { /* not CSS: Playwright's */ }
    const field = el instanceof HTMLTextAreaElement
      || (el instanceof HTMLInputElement && typed.has(el.type));
    if (!field || el.disabled || el.readOnly || !el.getClientRects().length) {
      left.push(selector);
      continue;
    }
    el.focus();
    el.value = value;
    if (el.value !== value) { left.push(selector); continue; }
    el.dispatchEvent(new Event("input", {bubbles: true}));
    el.dispatchEvent(new Event("change", {bubbles: true}));
    el.blur();
  }
  return left;
}"""

_READ = """(selectors) => selectors.map(selector => {
  let el = null;
  try { el = document.querySelector(selector); } catch (e) { /* not CSS: Playwright's */ }
  return el === null ? null : el.innerText;
})"""


def fill_at_once(page: Page, values: dict[str, str]) -> dict[str, str]:
    """Fill text fields (selector -> value) in one round trip; the ones it could not fill."""
    left: list[str] = page.evaluate(_FILL, list(values.items()))
    return {selector: values[selector] for selector in left}


def read_at_once(page: Page, selectors: list[str]) -> list[str | None]:
    """The text of each selector's first element, spacing collapsed; None where none is found."""
    found: list[str | None] = page.evaluate(_READ, selectors)
    return [None if text is None else " ".join(text.split()) for text in found]

"""One chromium per worker process, launched on first use and closed at exit."""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from loguru import logger
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Cookie,
    Page,
    Playwright,
    sync_playwright,
)

from tradebots.settings import Settings

LAUNCH_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


# Playwright's sync API allows one driver per thread: hosts in a thread share it, counted.
_drivers: dict[int, list[Any]] = {}
_drivers_lock = threading.Lock()


def _acquire_driver() -> Playwright:
    with _drivers_lock:
        entry = _drivers.get(threading.get_ident())
        if entry is None:
            entry = _drivers[threading.get_ident()] = [sync_playwright().start(), 0]
        entry[1] += 1
        driver: Playwright = entry[0]
        return driver


def _release_driver() -> None:
    with _drivers_lock:
        entry = _drivers.get(threading.get_ident())
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            del _drivers[threading.get_ident()]
            entry[0].stop()


@contextmanager
def shared_playwright() -> Iterator[Playwright]:
    """This thread's Playwright driver, shared with every other user in the thread."""
    driver = _acquire_driver()
    try:
        yield driver
    finally:
        _release_driver()


class BrowserHost:
    """Owns Debian's chromium (through Playwright) for one process and the context items share.

    Items of a worker share one context (each gets its own page and trace); only cookies pass
    from one item to the next, and a failed item's context is thrown away."""

    def __init__(self, settings: Settings, *, headless: bool | None = None) -> None:
        self._settings = settings
        self._headless = settings.browser.headless if headless is None else headless
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._login: tuple[BrowserContext, Page] | None = None
        self._items: tuple[BrowserContext, Page] | None = None  # the context and its blank page
        self._items_busy = False  # an item's session is open in it
        self._pid = os.getpid()
        # The last good login per (portal, user): the next item's context starts with its
        # cookies, so a worker signs in once per portal session, not once per item.
        self._cookies: dict[str, list[Cookie]] = {}

    def browser(self) -> Browser:
        """The running browser, launched (or relaunched after a crash) when needed."""
        if os.getpid() != self._pid:
            raise RuntimeError("a BrowserHost cannot cross a fork: make one per worker process")
        if self._browser is not None and self._browser.is_connected():
            return self._browser
        if self._playwright is None:
            self._playwright = _acquire_driver()
            atexit.register(self.close)
        executable = self._settings.chromium_executable
        self._browser = self._playwright.chromium.launch(
            executable_path=executable,
            headless=self._headless,
            slow_mo=self._settings.browser.slow_mo_ms,
            args=list(LAUNCH_ARGS),
        )
        self._login = self._items = None
        self._items_busy = False
        logger.info("launched chromium {} (headless={})", executable, self._headless)
        return self._browser

    def login_page(self) -> Page:
        """An untraced page kept for signing in, its cookies cleared: no item shares a session.

        Keeping it saves a renderer start per login, the dearest part of one on two cores."""
        browser = self.browser()
        if self._login is None or self._login[1].is_closed():
            context = browser.new_context()
            self._login = (context, context.new_page())
        self._login[0].clear_cookies()
        return self._login[1]

    def item_context(self, make: Callable[[Browser], BrowserContext]) -> BrowserContext:
        """The context items share, made by MAKE on first use, after a crash or a failed item;
        an item opened while another is still open gets a context of its own from MAKE.

        It keeps a blank page open: with it, chromium opens each item's page for half the CPU."""
        browser = self.browser()
        if self._items_busy:
            return make(browser)
        if self._items is None or self._items[1].is_closed():
            self.discard_item_context()
            context = make(browser)
            self._items = (context, context.new_page())
        self._items_busy = True
        return self._items[0]

    def end_item(self, context: BrowserContext, *, clean: bool) -> None:
        """Close the item's pages; when it did not end CLEAN, or had its own, the context goes."""
        if self._items is None or context is not self._items[0]:
            try:
                context.close()
            except Exception as exc:  # a crashed browser took it along
                logger.debug("closing an item's own context: {}", exc)
            return
        self._items_busy = False
        if not clean:
            self.discard_item_context()
            return
        for page in context.pages:
            if page is not self._items[1]:
                page.close()

    def discard_item_context(self) -> None:
        """Close the shared item context: the next item starts in a new one."""
        items, self._items = self._items, None
        self._items_busy = False
        if items is not None:
            try:
                items[0].close()
            except Exception as exc:  # a crashed browser took it along
                logger.debug("closing the item context: {}", exc)

    def kept_cookies(self, key: str) -> list[Cookie]:
        """The cookies of the last good login under KEY; none when there was none or it expired."""
        return list(self._cookies.get(key, ()))

    def keep_cookies(self, key: str, cookies: list[Cookie]) -> None:
        """Remember a logged-in session's cookies for the next item (empty: forget them)."""
        if cookies:
            self._cookies[key] = list(cookies)
        else:
            self._cookies.pop(key, None)

    def close(self) -> None:
        """Close the browser and Playwright; safe to call twice."""
        if self._browser is not None:
            try:
                self._browser.close()
            except Exception as exc:  # a crashed browser cannot be closed cleanly
                logger.debug("closing chromium: {}", exc)
            self._browser = None
        if self._playwright is not None:
            self._playwright = None
            _release_driver()
            atexit.unregister(self.close)

    def __enter__(self) -> BrowserHost:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

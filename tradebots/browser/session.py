"""A fresh page per work item in the worker's shared context: traced, evidence kept on failure.

Images, fonts and media are not loaded; only cookies (the login) pass from one item to the next:
the item's other stored data is cleared when it ends, and a failed item's context is closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from loguru import logger
from playwright.sync_api import Browser, BrowserContext, Page, Route

from tradebots.browser.config import ConfigT
from tradebots.browser.driver import Credentials, Driver, StepPolicy
from tradebots.browser.host import BrowserHost
from tradebots.settings import Settings

# What a bot never looks at: skipping them saves the portal's bandwidth and the renderer's time.
SKIPPED_RESOURCES = frozenset({"image", "font", "media"})
SCREENSHOT = "failure.png"
TRACE = "trace.zip"
LOGIN_SCREENSHOT = "login.png"
# Every kind of site data chromium keeps, cookies excepted (Storage.StorageType in the protocol).
STORAGE_BUT_COOKIES = ",".join((
    "file_systems", "indexeddb", "local_storage", "shader_cache", "websql", "service_workers",
    "cache_storage", "interest_groups", "shared_storage", "storage_buckets",
))


@contextmanager
def portal_session(
    host: BrowserHost,
    settings: Settings,
    artifacts_dir: Path,
    guard: Callable[[], None],
    reference: str,
    config: ConfigT,
    *,
    policy: StepPolicy | None = None,
) -> Iterator[Driver[ConfigT]]:
    """Yield a driver for one item's page; on an exception keep failure.png and trace.zip."""
    context = host.item_context(lambda browser: _item_context(browser, settings))
    driver: Driver[ConfigT] | None = None
    clean = False
    try:
        context.tracing.start(title=reference, screenshots=False, snapshots=True)
        page = context.new_page()
        credentials = Credentials(settings.portal.username, settings.portal.password)
        policy = policy or StepPolicy.from_settings(settings.portal)
        driver = Driver(page, host, config, credentials, guard, policy)
        yield driver
    except Exception:
        _keep_evidence(context, artifacts_dir, driver)
        raise
    else:
        context.tracing.stop()  # success: the trace is not worth its disk space
        clean = _forget_all_but_cookies(context, driver)
    finally:
        host.end_item(context, clean=clean)


def _item_context(browser: Browser, settings: Settings) -> BrowserContext:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(settings.browser.default_timeout_ms)
    context.route("**/*", _skip_unseen)
    return context


def _forget_all_but_cookies(context: BrowserContext, driver: Driver[ConfigT] | None) -> bool:
    """Clear what the item's pages stored besides cookies; False when that could not be done."""
    if driver is None or driver.page.is_closed():
        return False
    try:
        cdp = context.new_cdp_session(driver.page)
        for origin in sorted(driver.origins):
            cdp.send("Storage.clearDataForOrigin",
                     {"origin": origin, "storageTypes": STORAGE_BUT_COOKIES})
        cdp.detach()
    except Exception as exc:
        logger.debug("clearing the item's stored data: {}", exc)
        return False
    return True


def _skip_unseen(route: Route) -> None:
    if route.request.resource_type in SKIPPED_RESOURCES:
        route.abort("blockedbyclient")
    else:
        route.fallback()


def _keep_evidence(
    context: BrowserContext, artifacts_dir: Path, driver: Driver[ConfigT] | None
) -> None:
    """Save a full-page screenshot and the trace; a failure here must not hide the real one."""
    artifacts_dir.mkdir(parents=True, exist_ok=True)
    if driver is not None and driver.login_screenshot:
        # The login runs on an untraced page (the password), so its answer is kept apart.
        (artifacts_dir / LOGIN_SCREENSHOT).write_bytes(driver.login_screenshot)
    pages: list[Page] = [driver.page] if driver is not None else context.pages
    if pages and not pages[0].is_closed():
        try:
            pages[0].screenshot(path=artifacts_dir / SCREENSHOT, full_page=True)
        except Exception as exc:
            logger.warning("could not take the failure screenshot: {}", exc)
    try:
        context.tracing.stop(path=artifacts_dir / TRACE)
    except Exception as exc:
        logger.warning("could not save the trace: {}", exc)

"""One page of the portal driven like a person: navigate, fill, submit, read what came back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import urlparse

from loguru import logger
from playwright.sync_api import Page, Request, Response
from pydantic import SecretStr
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential,
)
from tenacity.stop import stop_base

from tradebots.browser.config import ConfigT
from tradebots.browser.forms import fill_at_once, read_at_once
from tradebots.browser.host import BrowserHost
from tradebots.browser.retry import (
    LoginBounced,
    PortalUnavailable,
    SessionExpired,
    as_transient,
    is_transient,
)
from tradebots.errors import BusinessError, ConfigError
from tradebots.settings import PortalSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Credentials:
    username: str
    password: SecretStr  # only ever read to fill the password field


@dataclass(frozen=True)
class StepPolicy:
    """How long one idempotent step keeps retrying passing faults before it gives up.

    MAX_SECONDS is the budget; ATTEMPTS (None: no cap) may end it sooner."""

    attempts: int | None
    max_seconds: float
    wait_max: float
    wait_min: float = 0.05

    def stop(self) -> stop_base:
        """When tenacity stops retrying: the time budget, or the cap on tries when one is set."""
        budget: stop_base = stop_after_delay(self.max_seconds)
        return budget if self.attempts is None else budget | stop_after_attempt(self.attempts)

    @classmethod
    def from_settings(cls, portal: PortalSettings) -> StepPolicy:
        return cls(attempts=portal.step_attempts, max_seconds=portal.step_max_seconds,
                   wait_max=portal.step_wait_max_seconds)


class Driver(Generic[ConfigT]):
    """The item's page plus the rules for reading the portal's answers and retrying steps."""

    def __init__(
        self, page: Page, host: BrowserHost, config: ConfigT, credentials: Credentials,
        guard: Callable[[], None], policy: StepPolicy | None = None,
    ) -> None:
        self.page = page
        self.config = config
        self.guard = guard
        self._host = host
        self._credentials = credentials
        self._policy = policy or StepPolicy.from_settings(PortalSettings())
        self._logged_in = False
        self._good_url = ""  # the page last checked and found good
        self.logins = 0
        self.navigations = 0  # pages the item's tab loaded, redirects included
        self.origins: set[str] = set()  # where they came from: whose stored data to clear
        self.login_screenshot = b""  # the login form's last refusal, kept as failure evidence
        page.on("request", self._count_navigation)
        kept = host.kept_cookies(self._session_key)
        if kept:
            # The worker's last good login: a dead one sends us to the login page, which
            # _check turns into SessionExpired, and the step logs in again.
            page.context.add_cookies(kept)  # type: ignore[arg-type]
            self._logged_in = True

    @property
    def _session_key(self) -> str:
        login = urlparse(self.config.url(self.config.paths.login))
        return f"{login.scheme}://{login.netloc}|{self._credentials.username}"

    def _count_navigation(self, request: Request) -> None:
        if request.is_navigation_request() and request.frame == self.page.main_frame:
            self.navigations += 1
            url = urlparse(request.url)
            self.origins.add(f"{url.scheme}://{url.netloc}")

    # --- navigation -------------------------------------------------------------------------

    def open(self, path: str, **values: str) -> None:
        """Go to a configured path and check the answer."""
        response = self.page.goto(self.config.url(path, **values), wait_until="domcontentloaded")
        self._check(response)

    def ensure_at(self, path: str, **values: str) -> None:
        """Open the path unless the last good answer already showed it (a form's redirect)."""
        if _same_path(self._good_url, self.config.url(path, **values)) and (
            self.page.url == self._good_url
        ):
            return
        self.open(path, **values)

    def submit(self, button: str, *, confirm: bool = False) -> None:
        """Click a submit button (answering the confirmation modal when the page has one)."""
        target = button
        if confirm and self.page.locator(self.config.common.confirm_ok).count():
            self.page.click(button)
            target = self.config.common.confirm_ok
        with self.page.expect_navigation(wait_until="domcontentloaded") as navigation:
            self.page.click(target)
        self._check(navigation.value)

    def follow(self, link: str) -> None:
        """Go where a link points (a pager's next page), by its address so a retry can repeat it."""
        href = self.page.get_attribute(link, "href") or ""
        self.goto(_absolute(self.page.url, href))

    def goto(self, url: str) -> None:
        self._check(self.page.goto(url, wait_until="domcontentloaded"))

    def _check(self, response: Response | None) -> None:
        self._good_url = ""
        if self._on_login_page():
            self._logged_in = False
            self._host.keep_cookies(self._session_key, [])
            raise SessionExpired("the portal session expired", code="session_expired")
        status = response.status if response is not None else 200
        if status >= 500 or status in (403, 408, 429):
            raise PortalUnavailable(f"the portal answered {status}", code=f"http_{status}")
        if status >= 400:
            raise BusinessError(self.page_message() or f"the portal answered {status}",
                                code="portal_refused", data={"status": status})
        self._good_url = self.page.url

    def _on_login_page(self) -> bool:
        return _same_path(self.page.url, self.config.url(self.config.paths.login))

    def page_message(self) -> str:
        """The error the page shows the user, in its own words."""
        for selector in (self.config.common.error, self.config.common.error_message):
            locator = self.page.locator(selector)
            if locator.count():
                return " ".join(locator.first.inner_text().split())
        return ""

    # --- reading and filling ------------------------------------------------------------------

    def text(self, selector: str) -> str:
        return " ".join(self.page.locator(selector).first.inner_text().split())

    def texts(self, selectors: dict[str, str]) -> dict[str, str]:
        """The text of each selector (name -> selector) in one round trip, as text() reads it."""
        found = read_at_once(self.page, list(selectors.values()))
        return {name: self.text(selector) if text is None else text
                for (name, selector), text in zip(selectors.items(), found, strict=True)}

    def table(self, rows: str, cells: list[str]) -> list[list[str]]:
        """The text of CELLS (selectors within a row) for every row, read in one round trip."""
        found: list[list[str]] = self.page.locator(rows).evaluate_all(
            """(rows, cells) => rows.map(row => cells.map(cell => {
                const el = row.querySelector(cell);
                return el ? el.innerText.replace(/\\s+/g, " ").trim() : "";
            }))""",
            cells,
        )
        return found

    def fill(self, values: dict[str, str]) -> None:
        """Fill text inputs and text areas: selector -> value, all in one round trip when the
        page takes them as typed; any other field is filled on its own, with Playwright's waits."""
        for selector, value in fill_at_once(self.page, values).items():
            self.page.fill(selector, value)

    # --- steps --------------------------------------------------------------------------------

    def step(self, name: str, action: Callable[[], T]) -> T:
        """Run an idempotent ACTION, logging in first when needed and retrying passing faults."""
        policy = self._policy
        retrying = Retrying(
            stop=policy.stop(),
            wait=wait_exponential(multiplier=policy.wait_min, max=policy.wait_max),
            retry=retry_if_exception(is_transient),
            before_sleep=lambda state: self._note_retry(name, state),
            reraise=True,
        )
        try:
            result: T = retrying(self._logged_in_then, action)
            return result
        except BusinessError:
            raise
        except Exception as exc:
            if is_transient(exc):
                tries = retrying.statistics.get("attempt_number", 1)
                logger.warning("portal step {} gave up after {} tries in {:.1f} s: {}", name,
                               tries, retrying.statistics.get("delay_since_first_attempt", 0.0),
                               type(exc).__name__)
                raise as_transient(exc, name) from exc
            raise

    def _logged_in_then(self, action: Callable[[], T]) -> T:
        if not self._logged_in:
            self.login()
        return action()

    def _note_retry(self, name: str, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        logger.debug("portal step {} retry {}: {}", name, state.attempt_number, type(exc).__name__)

    def login(self) -> None:
        """Sign in on the host's untraced page (no trace holds the password); keep the cookies
        for this item and the worker's next ones."""
        page = self._host.login_page()
        try:
            selectors = self.config.login
            login_url = self.config.url(self.config.paths.login)
            response = page.goto(login_url, wait_until="domcontentloaded")
            if response is not None and response.status >= 500:
                raise PortalUnavailable(f"the login page answered {response.status}")
            page.fill(selectors.username, self._credentials.username)
            page.fill(selectors.password, self._credentials.password.get_secret_value())
            with page.expect_navigation(wait_until="domcontentloaded") as navigation:
                page.click(selectors.submit)
            status = navigation.value.status if navigation.value is not None else 200
            if status >= 500:
                raise PortalUnavailable(f"the login answered {status}")
            if _same_path(page.url, login_url):
                message = " ".join(page.locator(self.config.common.error).all_inner_texts())
                self.login_screenshot = page.screenshot(full_page=True)
                raise _login_refused(" ".join(message.split()), self._credentials.username)
            cookies = page.context.cookies()
            self.page.context.add_cookies(cookies)  # type: ignore[arg-type]
            self._host.keep_cookies(self._session_key, cookies)
        finally:
            page.context.clear_cookies()
        self._logged_in = True
        self.login_screenshot = b""
        self.logins += 1


def _login_refused(message: str, username: str) -> Exception:
    """Why the login form came back: only a stated reason other than an expired form is final."""
    if not message:
        # A busy portal answers a good login with its bare form again; the next try gets in.
        return LoginBounced("the portal returned the login form without a reason",
                            code="login_bounced")
    if "expired" in message.lower():
        return PortalUnavailable("the login form expired", scope="item")
    return ConfigError(f"portal login as {username} refused: {message}")


def _same_path(url: str, other: str) -> bool:
    return urlparse(url).path == urlparse(other).path


def _absolute(current: str, href: str) -> str:
    base = urlparse(current)
    target = urlparse(href)
    if target.scheme:
        return href
    return base._replace(path=target.path, query=target.query, fragment="").geturl()

"""A portal session wrapped in the office facade: the engine's driver, the bots' pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bots.portal.config import OfficePortalConfig, load_office_config
from bots.portal.facade import Portal
from tradebots.browser.driver import StepPolicy
from tradebots.browser.host import BrowserHost
from tradebots.browser.session import portal_session
from tradebots.settings import Settings


@contextmanager
def office_session(
    host: BrowserHost,
    settings: Settings,
    artifacts_dir: Path,
    guard: Callable[[], None],
    reference: str,
    *,
    config: OfficePortalConfig | None = None,
    policy: StepPolicy | None = None,
) -> Iterator[Portal]:
    """Yield the office portal for one item; a failure leaves failure.png and trace.zip."""
    config = config or load_office_config(settings)
    with portal_session(host, settings, artifacts_dir, guard, reference, config,
                        policy=policy) as driver:
        yield Portal(driver, reference)

"""The browser toolkit bots drive web portals with: host, driver, session, retries, config."""

from tradebots.browser.config import PortalConfig, load_portal_config
from tradebots.browser.driver import Driver, StepPolicy
from tradebots.browser.host import BrowserHost
from tradebots.browser.retry import LoginBounced, PortalUnavailable, SessionExpired
from tradebots.browser.session import portal_session

__all__ = [
    "BrowserHost",
    "Driver",
    "LoginBounced",
    "PortalConfig",
    "PortalUnavailable",
    "SessionExpired",
    "StepPolicy",
    "load_portal_config",
    "portal_session",
]

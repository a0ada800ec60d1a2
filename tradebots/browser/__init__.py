"""The browser toolkit every bot uses to work in the trade case system through its pages."""

from tradebots.browser.config import PortalConfig, load_portal_config
from tradebots.browser.driver import StepPolicy
from tradebots.browser.host import BrowserHost
from tradebots.browser.portal import Portal
from tradebots.browser.records import (
    CaseRecord,
    EntryRecord,
    FileRow,
    PenaltyForm,
    ProtestForm,
    ProtestRecord,
    ProtestRow,
    RulingForm,
    SaveResult,
)
from tradebots.browser.retry import PortalUnavailable, SessionExpired
from tradebots.browser.session import portal_session

__all__ = [
    "BrowserHost",
    "CaseRecord",
    "EntryRecord",
    "FileRow",
    "PenaltyForm",
    "Portal",
    "PortalConfig",
    "PortalUnavailable",
    "ProtestForm",
    "ProtestRecord",
    "ProtestRow",
    "RulingForm",
    "SaveResult",
    "SessionExpired",
    "StepPolicy",
    "load_portal_config",
    "portal_session",
]

"""The office's trade case system as the bots drive it: forms, records, page objects, facade."""

from bots.portal.config import OfficePortalConfig, load_office_config
from bots.portal.facade import Portal
from bots.portal.records import (
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
from bots.portal.session import office_session

__all__ = [
    "CaseRecord",
    "EntryRecord",
    "FileRow",
    "OfficePortalConfig",
    "PenaltyForm",
    "Portal",
    "ProtestForm",
    "ProtestRecord",
    "ProtestRow",
    "RulingForm",
    "SaveResult",
    "load_office_config",
    "office_session",
]

"""Who a letter comes from: the issuing office and the officer of the task who signs it."""

from __future__ import annotations

from dataclasses import dataclass

from bots.customs.ports import port_name
from tradebots.settings import Settings, SignatorySettings

# The tasks whose letters are signed, each a [signatories.TASK] section of config/settings.toml.
Task = str
PROTEST: Task = "protest"
PENALTY: Task = "penalty"
RULING_NCSD: Task = "ruling_ncsd"
RULING_HQ: Task = "ruling_hq"
CORRESPONDENCE: Task = "correspondence"
TASKS: tuple[Task, ...] = (PROTEST, PENALTY, RULING_NCSD, RULING_HQ, CORRESPONDENCE)

# What a field left out of every setting falls back to: the office's placeholders are in
# config/settings.toml, so this only keeps a letter well formed under a bare configuration.
FALLBACK = SignatorySettings(
    name="Authorized Officer",
    title="U.S. Customs and Border Protection",
    office="Office of Field Operations",
    division="",
    address="U.S. Customs and Border Protection",
)


@dataclass(frozen=True)
class OfficeInfo:
    """The issuing office, its port where it has one, and the officer who signs."""

    port_name: str
    port_code: str
    address: str
    officer_name: str
    officer_title: str
    name: str = "Office of Field Operations"  # the office under the letterhead
    division: str = ""  # the line above it, where the office has one (a ruling office)


def office_for(settings: Settings, task: Task, port_code: str | None = None) -> OfficeInfo:
    """TASK's signatory and office from settings; PORT_CODE (the case's port) names the port."""
    configured = settings.signatories.get(task, SignatorySettings())

    def field(key: str) -> str:
        value = getattr(configured, key)
        return str(getattr(FALLBACK, key) if value is None else value)

    return OfficeInfo(port_name=port_name(port_code), port_code=port_code or "",
                      address=field("address"), officer_name=field("name"),
                      officer_title=field("title"), name=field("office"),
                      division=field("division"))

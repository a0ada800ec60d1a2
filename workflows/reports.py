"""The morning report as data: what the console shows and the .docx/PDF are written from."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import select

from tradebots.queue.database import Database
from workflows.tables import MorningReportRow


class ReportItem(BaseModel):
    id: int
    bot: str
    state: str
    reference: str
    reason: str = ""
    due: str | None = None
    number: str = ""  # the protest / case / request number, as the office knows the item
    party: str = ""

    @property
    def case(self) -> str:
        """How a person names the item: its number, else its bot and id (never a sha256)."""
        return self.number or f"{self.bot.replace('_', ' ')} item {self.id}"


class Deadline(BaseModel):
    day: str  # ISO date
    what: str
    citation: str = ""
    item_id: int | None = None


class PauseLine(BaseModel):
    """A pause opened or closed during the night: a fault that held back a bot or every bot."""

    who: str  # a bot's name, or "every bot"
    code: str
    reason: str
    paused_by: str
    opened: datetime  # naive UTC
    closed: datetime | None = None


class MorningReport(BaseModel):
    """What happened overnight and what needs a person this morning."""

    id: int | None = None
    created_at: datetime
    night_id: int | None = None
    window_start: datetime | None = None  # naive UTC
    window_end: datetime | None = None
    duration_seconds: float = 0.0
    processed: dict[str, dict[str, int]] = Field(default_factory=dict)  # bot -> outcome -> n
    awaiting_review: list[ReportItem] = Field(default_factory=list)
    attention: list[ReportItem] = Field(default_factory=list)  # needs_human and failed
    deadlines: list[Deadline] = Field(default_factory=list)  # in the next 7 days
    paused: dict[str, str] = Field(default_factory=dict)  # bot -> why
    pauses: list[PauseLine] = Field(default_factory=list)  # opened or closed in the window
    docx_path: str = ""
    pdf_path: str = ""

    @property
    def processed_total(self) -> int:
        return sum(sum(outcomes.values()) for outcomes in self.processed.values())


def save_report(database: Database, report: MorningReport) -> int:
    """Store the report; returns its id."""
    data = report.model_dump(mode="json", exclude={"id", "docx_path", "pdf_path"})
    with database.write() as session:
        row = MorningReportRow(night_id=report.night_id, created_at=report.created_at,
                               data=data, docx_path=report.docx_path, pdf_path=report.pdf_path)
        session.add(row)
        session.flush()
        return row.id


def _from_row(row: MorningReportRow) -> MorningReport:
    return MorningReport.model_validate(
        {**row.data, "id": row.id, "docx_path": row.docx_path, "pdf_path": row.pdf_path}
    )


def latest_morning_report(database: Database) -> MorningReport | None:
    """The newest morning report, or None before the first night."""
    query = select(MorningReportRow).order_by(MorningReportRow.created_at.desc(),
                                              MorningReportRow.id.desc()).limit(1)
    with database.read() as session:
        row = session.scalars(query).first()
    return _from_row(row) if row is not None else None


def morning_report(database: Database, report_id: int) -> MorningReport | None:
    with database.read() as session:
        row = session.get(MorningReportRow, report_id)
    return _from_row(row) if row is not None else None

"""Turn a received upload into queued items: check the form, store each PDF, enqueue it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from tradebots.console.uploads import ReceivedUpload, UploadRefused, content_problem
from tradebots.references import resolve_callable
from tradebots.services import Services
from tradebots.settings import Settings, project_home


@dataclass(frozen=True)
class Queued:
    name: str
    item_id: int
    created: bool

    @property
    def message(self) -> str:
        if self.created:
            return f"{self.name}: queued as item {self.item_id}"
        return f"{self.name}: already queued as item {self.item_id} (same content)"


@cache
def _internal(name: str, reference: str) -> bool:
    # The class says so (`internal = True`): engine and diary bots get no work from people.
    bot_class = resolve_callable(reference, setting=f"bots.{name}", home=project_home())
    return bool(getattr(bot_class, "internal", False))


def office_bots(settings: Settings) -> list[str]:
    """The bots a clerk may queue documents for, by name: every configured one not internal."""
    return sorted(name for name, ref in settings.bots.items() if not _internal(name, ref))


def parse_due(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UploadRefused(400, [f"due date {text!r} is not a date (YYYY-MM-DD)"]) from exc


def queue_upload(services: Services, upload: ReceivedUpload, actor: str) -> list[Queued]:
    """Check every file first, so a bad one leaves nothing stored; then queue each file."""
    bot = upload.fields.get("bot", "")
    if not bot:
        raise UploadRefused(400, ["choose the bot that should work these documents"])
    if bot not in office_bots(services.settings):
        raise UploadRefused(400, [f"{bot}: not a bot documents can be queued for"])
    due = parse_due(upload.fields.get("due", ""))
    if not upload.files:
        raise UploadRefused(400, ["choose at least one PDF file"])
    problems = [p for p in (content_problem(f) for f in upload.files) if p]
    if problems:
        raise UploadRefused(400, problems)
    results = []
    for received in upload.files:
        done = services.queue.enqueue(bot, [received.path], actor=actor, due=due)
        results.append(Queued(received.name, done.item_id, done.created))
    return results

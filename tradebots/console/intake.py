"""Turn a received upload into queued items: check the form, store each PDF, enqueue it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tradebots.console.uploads import ReceivedUpload, UploadRefused, content_problem
from tradebots.services import Services


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
    if bot not in services.settings.bots:
        raise UploadRefused(400, [f"{bot or '(none)'}: choose one of the configured bots"])
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

"""What people do to a waiting item: deliver the event it waits for (a file, or none came)."""

from __future__ import annotations

from pathlib import Path

from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import ItemArtifact
from tradebots.queue.transitions import item_to_change
from tradebots.queue.waiting import Delivery, resume, wake_due

EVENT_PHASE = "event"  # the phase an artifact a person delivered is listed under


class Deliveries:
    """The console's and the CLI's way to end a wait; each writes its audit event as the person."""

    def __init__(self, queue: WorkQueue):
        self.queue = queue

    def deliver_file(self, item_id: int, event: str, path: Path, *, actor: str, name: str = "",
                     note: str = "") -> Delivery:
        """Store PATH (sha256) on the item as EVENT and resume it."""
        sha = self.queue.files.put_file(path)
        shown = name or path.name
        return self._deliver(item_id, event, actor, note, {"sha256": sha, "name": shown})

    def none_came(self, item_id: int, event: str, *, actor: str, note: str = "") -> Delivery:
        """Record that EVENT did not come, and resume the item without it."""
        return self._deliver(item_id, event, actor, note, None)

    def wake_due(self) -> list[int]:
        """Resume the items whose wait ran out (the scheduler's sweep; claims do it too)."""
        with self.queue.db.write() as session:
            return wake_due(session, key=self.queue.key, now=self.queue.clock(),
                            postgres=self.queue.db.is_postgres)

    def _deliver(self, item_id: int, event: str, actor: str, note: str,
                 file: dict[str, str] | None) -> Delivery:
        now = self.queue.clock()
        delivery = Delivery(event, "file" if file else "none", actor, now.isoformat(), file, note)
        with self.queue.db.write() as session:
            item = item_to_change(session, item_id, postgres=self.queue.db.is_postgres)
            resume(session, item, delivery, key=self.queue.key, now=now)
            if file is not None:
                session.add(ItemArtifact(item_id=item.id, name=file["name"], kind=event,
                                         sha256=file["sha256"], phase=EVENT_PHASE, attempt=0,
                                         created_at=now))
        return delivery

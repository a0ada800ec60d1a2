"""A batch's stored artifacts, read in one query when a step first asks for one (most never do)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from tradebots.files import FileStore
from tradebots.queue.database import Database
from tradebots.queue.queries import artifacts_by_item
from tradebots.queue.tables import ItemArtifact


class BatchArtifacts:
    """The artifacts of a batch's items: one query for the batch, on the first step that asks
    (a round trip a batch that noop-like bots never need)."""

    def __init__(self, database: Database, files: FileStore, item_ids: list[int]):
        self.database = database
        self.files = files
        self.item_ids = item_ids
        self._found: dict[int, list[ItemArtifact]] | None = None
        self._lock = threading.Lock()  # slot threads may ask at once: one query, not many

    def of(self, item_id: int) -> ItemArtifacts:
        return ItemArtifacts(self, item_id)

    def rows(self, item_id: int) -> list[ItemArtifact]:
        """Raises what the database raises: inside the step that asked, where it is classified."""
        with self._lock:
            if self._found is None:
                self._found = artifacts_by_item(self.database, self.item_ids)
            return self._found.get(item_id, [])


class ItemArtifacts(Mapping[str, Path]):
    """One item's newest stored file per name, read from its batch on first use."""

    def __init__(self, batch: BatchArtifacts, item_id: int):
        self._batch = batch
        self._item_id = item_id
        self._paths: dict[str, Path] | None = None

    def _read(self) -> dict[str, Path]:
        if self._paths is None:
            files = self._batch.files
            self._paths = {a.name: files.path_for(a.sha256)
                           for a in self._batch.rows(self._item_id)}
        return self._paths

    def __getitem__(self, name: str) -> Path:
        return self._read()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

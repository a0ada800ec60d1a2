"""Keeps the leases of a worker's running batch alive: one thread for the worker's life."""

from __future__ import annotations

import threading

from loguru import logger

from tradebots.queue.store import Claim
from tradebots.services import Services


class Heartbeat:
    """Extends the held batch's leases every heartbeat_seconds, in one statement a beat.

    One thread serves every batch: starting and joining one per batch cost a noop batch more
    than its steps (and, on a busy machine, a wait for the thread to be scheduled)."""

    def __init__(self, services: Services):
        self.services = services
        self.interval = services.settings.queue.heartbeat_seconds
        self._claims: list[Claim] = []
        self._batch = 0  # changes with every hold and release: a late beat's answer is stale
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None

    def hold(self, claims: list[Claim]) -> None:
        """Keep CLAIMS alive from now until release()."""
        with self._lock:
            self._claims = list(claims)
            self._batch += 1
        if self._thread is None:  # the first batch, or the first after close()
            self._closed = threading.Event()
            self._thread = threading.Thread(target=self._beat, daemon=True, name="heartbeat")
            self._thread.start()

    def release(self) -> None:
        with self._lock:
            self._claims = []
            self._batch += 1

    def close(self) -> None:
        self._closed.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _beat(self) -> None:
        while not self._closed.wait(self.interval):
            with self._lock:
                claims, batch = self._claims, self._batch
            if not claims:
                continue
            try:
                held = self.services.queue.extend_leases(claims)
            except Exception:  # a blip in the database must not kill the step
                logger.exception("heartbeat failed; will try again")
                continue
            with self._lock:
                if batch != self._batch:
                    continue  # that batch ended while the beat was on its way: nothing to say
                for claim in claims:
                    if claim.item_id not in held:
                        logger.warning("item {}: lease lost while the step was running",
                                       claim.item_id)
                self._claims = [c for c in claims if c.item_id in held]

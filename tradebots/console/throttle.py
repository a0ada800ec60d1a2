"""Sign-in rate limiting: a sliding window of failures per account name and per address."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


class LoginThrottle:
    """Refuses sign-in for a name or address after MAX_FAILURES failures within the window.

    Kept in memory: the console is one process, and a restart forgetting failures is harmless.
    """

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def wait_seconds(self, *keys: str) -> int:
        """Seconds until any of KEYS may try again; 0 when all may try now."""
        now = self.clock()
        longest = 0.0
        with self._lock:
            for key in keys:
                failures = self._prune(key, now)
                if len(failures) >= self.max_failures:
                    longest = max(longest, failures[0] + self.window - now)
        return int(longest) + 1 if longest > 0 else 0

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                self._prune(key, now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _prune(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

"""Small built-in job functions: a heartbeat tick (used by the demo and the leader tests)."""

from __future__ import annotations

import os

from tradebots.schedule.context import current_run
from tradebots.schedule.fires import naive_utc


def tick(note: str = "", log_file: str = "") -> str:
    """Do nothing but be recorded; with LOG_FILE, also append "<run time> <holder>" to it."""
    run = current_run()
    if log_file:
        line = f"{naive_utc(run.run_time).isoformat()} {run.holder}\n".encode()
        fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)  # one write with O_APPEND: lines of two processes never interleave
        finally:
            os.close(fd)
    return " ".join(part for part in ("tick", note, "by", run.holder) if part)

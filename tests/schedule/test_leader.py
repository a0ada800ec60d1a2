"""One leader: a second scheduler stands by, takes over when the first dies, never double-fires."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from tradebots.queue.clock import utcnow
from tradebots.queue.database import Database
from tradebots.queue.migrate import upgrade
from tradebots.schedule.fires import fires
from tradebots.schedule.leader import PostgresAdvisoryLock, SqliteLease

RUN_SECONDS = 20
KILL_AFTER_SECONDS = 8

SCHEDULES = """
[scheduler]
lease_seconds = 3
standby_poll_seconds = 0.5

[jobs.every-2s]
func = "tradebots.schedule.jobs:tick"
trigger = "interval"
interval_seconds = 2
timezone = "UTC"
misfire_grace_seconds = 10
coalesce = true
[jobs.every-2s.params]
log_file = "{log}"
"""


def start_scheduler(schedules: Path, env: dict[str, str], out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "tradebots.schedule", "scheduler", "--schedules",
             str(schedules)], env=env, stdout=sink, stderr=subprocess.STDOUT,
        )


def pid_of(holder: str) -> int:
    return int(holder.rsplit(":", 1)[1])


@pytest.mark.slow
def test_two_schedulers_fire_each_run_time_once_and_the_standby_takes_over(
        database_url, project_home, tmp_path):
    database = Database(database_url)
    upgrade(database)
    log = tmp_path / "ticks.log"
    schedules = tmp_path / "schedules.toml"
    schedules.write_text(SCHEDULES.format(log=log))
    env = {**os.environ, "TRADEBOTS_HOME": str(project_home),
           "TRADEBOTS_DATABASE_URL": database_url}
    processes = [start_scheduler(schedules, env, tmp_path / f"scheduler-{n}.log")
                 for n in (1, 2)]
    try:
        deadline = time.monotonic() + 30  # both processes start (imports, migrations) first
        while not fires(database) and time.monotonic() < deadline:
            time.sleep(0.1)
        started = time.monotonic()  # the 20 s count from the first fire
        leader = pid_of(fires(database)[0].fired_by)
        [standby] = [p for p in processes if p.pid != leader]
        time.sleep(max(0.0, KILL_AFTER_SECONDS - (time.monotonic() - started)))
        os.kill(leader, signal.SIGKILL)  # no goodbye: no lease release, no clean shutdown
        killed_at = utcnow()
        time.sleep(max(0.0, RUN_SECONDS - (time.monotonic() - started)))
        standby.send_signal(signal.SIGTERM)
        assert standby.wait(20) == 0
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()

    ticks = [line.split() for line in log.read_text().splitlines()]
    per_run_time = Counter(run_time for run_time, _holder in ticks)
    assert per_run_time, "nothing fired"
    assert max(per_run_time.values()) == 1, f"run times fired twice: {per_run_time}"
    by_leader = [datetime.fromisoformat(t) for t, h in ticks if pid_of(h) == leader]
    by_standby = [datetime.fromisoformat(t) for t, h in ticks if pid_of(h) == standby.pid]
    assert len(by_leader) >= 3 and max(by_leader) <= killed_at
    assert by_standby and min(by_standby) >= max(by_leader)
    assert len(by_standby) >= 4  # it kept the schedule going after the kill
    recorded = Counter(f.run_time for f in fires(database))
    assert max(recorded.values()) == 1
    database.dispose()


def test_a_stale_sqlite_leader_cannot_fire_once_its_lease_is_taken(tmp_path, clock):
    database = Database(f"sqlite:///{tmp_path / 'lease.db'}")
    upgrade(database)
    first = SqliteLease(database, "first", 3, clock)
    second = SqliteLease(database, "second", 3, clock)
    run_time = datetime(2026, 12, 1, 3, 0)

    assert first.try_acquire()
    assert not second.try_acquire()  # the lease is held: stand by
    clock.advance(4)  # the first leader hangs past its lease
    assert second.try_acquire()
    assert not first.claim_fire("job", run_time, "running", "")  # stale: refused
    assert not first.renew()
    assert second.claim_fire("job", run_time, "running", "")
    assert not second.claim_fire("job", run_time, "running", "")  # recorded once, ever
    database.dispose()


@pytest.mark.postgres
def test_the_postgres_advisory_lock_admits_one_leader_until_its_session_ends(pg_cluster):
    database = Database(pg_cluster.create_database("leader_lock"))
    upgrade(database)
    first = PostgresAdvisoryLock(database, "first")
    second = PostgresAdvisoryLock(database, "second")
    run_time = datetime(2026, 12, 1, 3, 0)
    try:
        assert first.try_acquire()
        assert not second.try_acquire()
        assert first.claim_fire("job", run_time, "running", "")
        first.release()  # the session ends: as when the process dies
        assert second.try_acquire()
        assert not second.claim_fire("job", run_time, "running", "")  # already fired
        assert not first.claim_fire("job", datetime(2026, 12, 2), "running", "")
    finally:
        second.release()
        database.dispose()

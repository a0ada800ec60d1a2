"""The CLI as a user runs it: real processes, a real SQLite file under a throwaway project home."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.engine.mounts import fill, tmpfs

TRADEBOTS = [sys.executable, "-m", "tradebots.cli"]


def run(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*TRADEBOTS, *args], capture_output=True, text=True, cwd=home,
                            env=os.environ.copy(), timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def add_user(home: Path, name: str) -> None:
    env = {**os.environ, "TRADEBOTS_NEW_USER_PASSWORD": "a long enough password"}
    subprocess.run([*TRADEBOTS, "users", "add", name, "--role", "supervisor"], cwd=home, env=env,
                   check=True, capture_output=True, timeout=120)


def count_items(home: Path) -> int:
    db = home / "var" / "tradebots.db"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from work_items").fetchone()[0])


@pytest.fixture
def pdf(project_home: Path) -> Path:
    path = project_home / "protest.pdf"
    path.write_bytes(b"%PDF-1.4\nsample")
    return path


def test_enqueue_of_a_missing_file_exits_2_naming_it_and_queues_nothing(project_home, pdf):
    result = run(project_home, "enqueue", "noop", str(pdf), "missing.pdf", check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: missing.pdf: no such file"
    assert result.stdout == ""
    assert count_items(project_home) == 0


def test_enqueue_of_an_unreadable_file_exits_2_naming_it(project_home, pdf):
    if os.geteuid() == 0:
        unreadable = project_home / "folder.pdf"
        unreadable.mkdir()  # root reads everything; a directory is unreadable as a file
        expected = f"error: {unreadable}: no such file"
    else:
        unreadable = project_home / "locked.pdf"
        unreadable.write_bytes(b"%PDF")
        unreadable.chmod(0)
        expected = f"error: {unreadable}: not readable"
    result = run(project_home, "enqueue", "noop", str(unreadable), check=False)
    assert result.returncode == 2 and result.stderr.strip() == expected
    assert count_items(project_home) == 0


def test_enqueue_on_a_full_disk_says_so_in_one_line_and_queues_nothing(project_home, pdf):
    # Issue 17 case 8: this printed an 84-line traceback.
    with tmpfs(project_home / "var" / "files", size_kb=64) as disk:
        fill(disk)
        result = run(project_home, "enqueue", "noop", str(pdf), check=False)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: cannot store the input: No space left on device (")
    assert count_items(project_home) == 0


def test_enqueue_for_an_unknown_bot_exits_2_naming_the_bot(project_home, pdf):
    result = run(project_home, "enqueue", "nobot", str(pdf), check=False)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: nobot: unknown bot")
    assert count_items(project_home) == 0


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_the_same_pdf_enqueued_twice_is_reported_as_the_existing_item(project_home, pdf):
    assert run(project_home, "enqueue", "noop", str(pdf)).stdout.strip() == (
        "queued item 1 for noop"
    )
    again = run(project_home, "enqueue", "noop", str(pdf)).stdout.strip()
    assert again == "already queued: item 1 for noop has the same content"
    assert count_items(project_home) == 1


def test_a_bad_setting_stops_start_up_naming_it(project_home, pdf, monkeypatch):
    monkeypatch.setenv("TRADEBOTS_QUEUE__LEASE_SECONDS", "soon")
    result = run(project_home, "items", check=False)
    assert result.returncode == 2
    assert "queue.lease_seconds (TRADEBOTS_QUEUE__LEASE_SECONDS)" in result.stderr


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_worker_once_drains_the_queue_and_item_shows_the_audit_trail(project_home, pdf):
    add_user(project_home, "clerk")
    run(project_home, "enqueue", "noop", str(pdf), "--as", "clerk")
    assert "after 1 item" in run(project_home, "worker", "--once").stdout
    shown = run(project_home, "item", "1").stdout
    assert "state done" in shown
    assert "clerk: new -> queued" in shown and "running -> done" in shown
    listing = run(project_home, "items", "--state", "done").stdout
    assert listing.splitlines()[1].split()[:3] == ["1", "noop", "done"]


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_audit_verify_exits_nonzero_naming_an_event_edited_by_hand(project_home, pdf):
    run(project_home, "enqueue", "noop", str(pdf))
    run(project_home, "worker", "--once")
    assert run(project_home, "audit", "verify").stdout.startswith("audit trail intact: 3 events")
    with sqlite3.connect(project_home / "var" / "tradebots.db") as conn:
        conn.execute("drop trigger audit_events_no_update")
        event_id = conn.execute("select id from audit_events where seq = 2").fetchone()[0]
        conn.execute("update audit_events set reason = 'nothing to see' where id = ?", (event_id,))
    result = run(project_home, "audit", "verify", check=False)
    assert result.returncode == 1
    assert f"BROKEN item 1 event {event_id} (#2)" in result.stdout


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_review_commands_apply_the_four_eyes_rule(project_home, pdf, monkeypatch):
    repo = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("PYTHONPATH", str(repo))
    (project_home / "config" / "settings.toml").write_text(
        '[bots]\nreviewed = "tests.engine.sample_bots:ReviewedBot"\n'
    )
    for name in ("alice", "bob", "carol"):
        add_user(project_home, name)
    run(project_home, "enqueue", "reviewed", str(pdf), "--as", "Alice")
    early = run(project_home, "review", "approve", "1", "--as", "bob", check=False)
    assert early.returncode == 1 and "queued -> approved is not an allowed" in early.stderr
    run(project_home, "worker", "--once")
    # The CLI acts as a known user: a stranger is refused, a respelling is the same person.
    stranger = run(project_home, "review", "approve", "1", "--as", "mallory", check=False)
    assert stranger.returncode == 2 and "no active console user" in stranger.stderr
    refused = run(project_home, "review", "approve", "1", "--as", " ALICE", check=False)
    assert refused.returncode == 1 and "another supervisor must approve" in refused.stderr
    run(project_home, "review", "return", "1", "--as", "bob", "--set", "port_code=2704",
        "--reason", "port misread")
    run(project_home, "worker", "--once")
    assert run(project_home, "review", "approve", "1", "--as", "bob", check=False).returncode == 1
    approved = run(project_home, "review", "approve", "1", "--as", "carol").stdout
    assert "approved by carol" in approved
    run(project_home, "worker", "--once")
    trail = run(project_home, "item", "1").stdout
    assert "bob: awaiting_review -> queued  port misread" in trail
    assert "carol: awaiting_review -> approved" in trail
    assert "state done" in trail


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_close_withdraws_a_queued_item_as_a_known_user_with_a_reason(project_home, pdf):
    add_user(project_home, "bob")
    run(project_home, "enqueue", "noop", str(pdf))
    assert run(project_home, "close", "1", "--as", "bob", check=False).returncode == 2
    closed = run(project_home, "close", "1", "--as", "Bob", "--reason", "misrouted upload")
    assert closed.stdout.strip() == "item 1 withdrawn by bob"
    assert "bob: queued -> rejected  misrouted upload" in run(project_home, "item", "1").stdout


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_sigterm_lets_the_worker_finish_its_current_item_then_exit(project_home, pdf, monkeypatch):
    monkeypatch.setenv("TRADEBOTS_QUEUE__POLL_SECONDS", "0.1")
    assert "up to date" in run(project_home, "db", "upgrade").stdout
    code = (
        "from tradebots.services import open_services; from tradebots.settings import get_settings;"
        "s = open_services(get_settings());"
        "s.queue.enqueue('noop', actor='t', reference='slow', payload={'work_ms': 1500})"
    )
    subprocess.run([sys.executable, "-c", code], cwd=project_home, check=True)
    worker = subprocess.Popen([*TRADEBOTS, "worker"], cwd=project_home, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while time.time() < deadline and "prepare noop" not in _log(project_home):
        time.sleep(0.1)
    worker.send_signal(signal.SIGTERM)
    out, _ = worker.communicate(timeout=30)
    assert worker.returncode == 0
    assert "after 1 item" in out
    assert "state done" in run(project_home, "item", "1").stdout


def _log(home: Path) -> str:
    log = home / "logs" / "tradebots.jsonl"
    if not log.exists():
        return ""
    return " ".join(json.loads(line)["record"]["message"] for line in log.read_text().splitlines())

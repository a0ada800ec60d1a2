"""`tradebots deliver` as a person runs it: ends a waiting item's wait with a file or with none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine.test_cli import add_user, run

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # several CLI processes, each ~1.5 s of CPU to start
def test_deliver_attaches_the_file_the_item_waits_for_and_queues_its_next_stage(
    project_home, monkeypatch
):
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    (project_home / "config" / "settings.toml").write_text(
        '[bots]\nstaged = "tests.engine.sample_bots:StagedBot"\n')
    referral = project_home / "referral.pdf"
    referral.write_bytes(b"%PDF-1.4\nthe referral")
    for person in ("alice", "bob", "carol"):  # the CLI acts only as known console users
        add_user(project_home, person)
    stranger = run(project_home, "deliver", "1", "--as", "mallory", "--none", check=False)
    assert stranger.returncode == 2 and "no active console user" in stranger.stderr
    run(project_home, "enqueue", "staged", str(referral), "--as", "alice")
    early = run(project_home, "deliver", "1", "--as", "carol", "--none", check=False)
    assert early.returncode == 1 and "item 1 is queued, not waiting" in early.stderr
    run(project_home, "worker", "--once")
    run(project_home, "review", "approve", "1", "--as", "bob")
    run(project_home, "worker", "--once")
    answer = project_home / "answer.pdf"
    answer.write_bytes(b"%PDF-1.4\nthe answer")

    both = run(project_home, "deliver", "1", "--as", "carol", "--none", "--file", str(answer),
               check=False)
    assert both.returncode == 2 and "--file PATH or --none" in both.stderr
    done = run(project_home, "deliver", "1", "--as", "carol", "--file", str(answer)).stdout
    assert done.strip() == "item 1: answer received; queued again"
    trail = run(project_home, "item", "1").stdout
    assert "carol: waiting -> queued  answer received: answer.pdf" in trail

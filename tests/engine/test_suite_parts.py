"""`tradebots run` keeps its parts together: one that dies is restarted, a stop stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

# Each test starts and stops a suite of processes.
pytestmark = pytest.mark.slow

SCRIPT = textwrap.dedent("""
    import signal, sys, time
    from pathlib import Path
    from tradebots.suite import Part, run_parts

    out = Path(sys.argv[1])
    child = (
        "import signal, sys, time\\n"
        "from pathlib import Path\\n"
        "def stop(*_):\\n"
        "    time.sleep(float(sys.argv[3]))\\n"
        "    Path(sys.argv[1]).write_text('stopped cleanly')\\n"
        "    with open(Path(sys.argv[1]).parent / 'order', 'a') as order:\\n"
        "        order.write(Path(sys.argv[1]).name + '\\\\n')\\n"
        "    sys.exit(0)\\n"
        "signal.signal(signal.SIGTERM, stop)\\n"
        "Path(sys.argv[1] + '.up').write_text('up')\\n"
        "time.sleep(float(sys.argv[2]))\\n"
    )
    # The portal-like part stops at once; the worker-like one takes a second over its last item.
    parts = [Part("portal", [sys.executable, "-c", child, str(out / "portal"), "60", "0"],
                  serves_others=True),
             Part("long", [sys.executable, "-c", child, str(out / "long"), "60", "1"]),
             Part("short", [sys.executable, "-c", child, str(out / "short"), sys.argv[2], "0"])]
    sys.exit(run_parts(parts, {}))
""")


def start(tmp_path: Path, short_lives: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path), short_lives],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))


def wait_for(path: Path) -> None:
    deadline = time.monotonic() + 30
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.exists(), f"{path} never appeared"


def test_a_stop_signal_stops_every_part_cleanly(tmp_path: Path) -> None:
    suite = start(tmp_path, "60")
    wait_for(tmp_path / "long.up")
    wait_for(tmp_path / "short.up")
    suite.send_signal(signal.SIGINT)
    out, _ = suite.communicate(timeout=60)
    assert suite.returncode == 0
    assert (tmp_path / "long").read_text() == "stopped cleanly"
    assert (tmp_path / "short").read_text() == "stopped cleanly"
    assert "tradebots stopped" in out


def test_a_part_that_serves_others_stops_only_after_they_have(tmp_path: Path) -> None:
    suite = start(tmp_path, "60")
    for name in ("portal", "long", "short"):
        wait_for(tmp_path / f"{name}.up")
    suite.send_signal(signal.SIGINT)
    suite.communicate(timeout=60)
    assert (tmp_path / "order").read_text().split() == ["short", "long", "portal"]


def test_a_part_that_dies_is_restarted_and_the_others_stay_up(tmp_path: Path) -> None:
    # Issue 17 case 4: one dead part (a worker on a read-only var/) used to stop the suite.
    suite = start(tmp_path, "0.5")
    wait_for(tmp_path / "long.up")
    wait_for(tmp_path / "short.up")
    (tmp_path / "short.up").unlink()
    wait_for(tmp_path / "short.up")  # started again after it died
    assert not (tmp_path / "long").exists()  # the others were never stopped
    suite.send_signal(signal.SIGINT)
    _, err = suite.communicate(timeout=60)
    assert suite.returncode == 0
    assert "short stopped unexpectedly (exit 0); restarting it in 0 s" in err
    assert (tmp_path / "long").read_text() == "stopped cleanly"

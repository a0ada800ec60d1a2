"""Under 503s (half after the write committed) and short sessions, every protest is filed once."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bots.portal import office_session
from tests.browser.conftest import ENTRIES, Deployment, deploy, protest_form
from tradebots.browser import BrowserHost

# 24 protests against a faulty portal: about 90 s on an idle 2-core machine. Sessions of 30 s still
# expire several times a worker, and a fifth of 24 x ~20 requests still fail.
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(900)]
CREATIONS = 24
WORKERS = 2  # two worker processes' worth of browsers, as on this 2-core machine


@pytest.fixture
def chaotic(browser_host: BrowserHost, tmp_path: Path) -> Iterator[Deployment]:
    running = deploy(browser_host, tmp_path / "chaos.db", "classic", "--error-rate", "0.2",
                     "--error-after-commit", "0.5", "--session-max-seconds", "30",
                     "--seed", "20260301")
    yield running
    running.portal.stop()


def test_two_dozen_protests_are_filed_exactly_once_despite_503s_and_expiring_sessions(
    chaotic: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    pdf = make_pdf("chaos")

    def worker(first: int) -> list[tuple[str, str, str, int]]:
        """File every WORKERS-th protest with this thread's own browser."""
        done: list[tuple[str, str, str, int]] = []
        with BrowserHost(chaotic.settings) as host:
            for n in range(first, CREATIONS, WORKERS):
                reference = f"chaos-{n:02d}"
                form = protest_form([ENTRIES[100 + 2 * n], ENTRIES[101 + 2 * n]], pdf)
                with office_session(host, chaotic.settings, tmp_path / reference, lambda: None,
                                    reference, config=chaotic.config) as portal:
                    result = portal.find_or_create_protest(reference, form)
                done.append((reference, result.number, result.outcome, portal.driver.logins))
        return done

    started = time.monotonic()
    with ThreadPoolExecutor(WORKERS) as pool:
        results = [row for rows in pool.map(worker, range(WORKERS)) for row in rows]
    elapsed = time.monotonic() - started

    assert len(results) == CREATIONS
    assert {outcome for _, _, outcome, _ in results} == {"created"}
    with sqlite3.connect(chaotic.portal.db_path) as conn:
        filed = conn.execute("SELECT reference, number FROM protests").fetchall()
        lines = conn.execute("SELECT COUNT(*) FROM protest_entries").fetchone()[0]
        documents = conn.execute("SELECT COUNT(*) FROM files").fetchone()[0]
    assert sorted(filed) == sorted((ref, number) for ref, number, _, _ in results)
    assert (len(filed), lines, documents) == (CREATIONS, 2 * CREATIONS, CREATIONS)
    faults = chaotic.portal.friction_counts()
    logins = sum(n for *_, n in results)
    print(f"\n{CREATIONS} protests in {elapsed:.1f} s; {faults}; {logins} logins")  # noqa: T201
    assert faults["before"] > 0 and faults["after"] > 0
    assert faults["before"] + faults["after"] > 0.15 * faults["requests"]
    assert logins > WORKERS  # sessions cut mid-task were renewed and the step resumed
    assert logins < CREATIONS  # between cuts, a worker's next item kept its login

"""Every open pause is on the dashboard for those who may see it: scope, worker, fault, probes."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.console.conftest import Console
from tradebots.queue.pauses import EVERY_BOT
from tradebots.queue.states import State
from tradebots.queue.store import Claim, Outcome, PauseRequest

PORTAL_DOWN = PauseRequest("protest", "portal", "bot protest paused (portal): 503 for 120 s")
DISK_FULL = PauseRequest(EVERY_BOT, "disk_full", "var is full: [Errno 28] No space left")


def claimed(console: Console, tmp_path: Path, name: str, worker: str) -> Claim:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(b"%PDF-1.4\n% " + name.encode())
    console.services.queue.enqueue("protest", [path], actor="carol")
    claim = console.services.queue.claim(worker, ["protest"])
    assert claim is not None
    return claim


def met(console: Console, claim: Claim, pause: PauseRequest) -> None:
    console.services.queue.finish(claim, Outcome(State.QUEUED, f"transient: {pause.code}",
                                                 backoff=True, pause=pause))


def pause_rows(page: str) -> list[list[str]]:
    table = page.split('data-testid="pauses"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    return [[html.unescape(" ".join(re.sub(r"<[^>]+>", " ", cell).split()))
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_the_dashboard_shows_every_open_pause_with_its_fault_probes_and_what_resumes_it(
    console: Console, tmp_path: Path,
) -> None:
    ada = console.client("ada")
    assert pause_rows(ada.get("/dashboard").text) == [
        ["Nothing is paused: every bot and worker takes work."]]
    first = claimed(console, tmp_path, "p1", "worker-7")
    second = claimed(console, tmp_path, "p2", "worker-7")
    third = claimed(console, tmp_path, "p3", "worker-9")
    # Two items meet the portal's fault: the second one's failure is a failed probe.
    met(console, first, PORTAL_DOWN)
    met(console, second, PORTAL_DOWN)
    met(console, third, DISK_FULL)

    for viewer in (ada, console.client("sam")):
        page = viewer.get("/dashboard")
        assert page.status_code == 200
        portal, disk = pause_rows(page.text)
        assert portal[:3] == ["protest", "worker-7", "portal " + PORTAL_DOWN.reason]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC \(0 min ago\)", portal[3])
        assert portal[4] == "failed 0 min ago (1 so far)"
        assert portal[5].startswith(
            "the next step of protest that ends without this fault; next probe in ")
        assert disk[:3] == ["every bot", "worker-9", "disk_full " + DISK_FULL.reason]
        assert disk[4] == "none yet (0 so far)"
        assert disk[5].startswith("the next step of any bot that ends without this fault")
    assert console.client("carol").get("/dashboard").status_code == 403  # a clerk: no dashboard

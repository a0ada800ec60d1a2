"""A penalty case end to end in two stages: pre-penalty notice, the response (or the period
running out), the penalty notice with its changes, the portal case updated, done.

Real chromium drives the sandbox portal; people act through the console over real HTTP."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from bench.corpus.penalties import PenaltyCase
from tests.console.conftest import Console, csrf_of
from tradebots.queue.queries import get_item, item_artifacts, item_events
from tradebots.queue.statutory import running_clocks
from tradebots.queue.tables import WorkItem

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.libreoffice]
REASON = "The response showed the party relied on its broker's written classification advice"


def item(console: Console, item_id: int) -> WorkItem:
    found = get_item(console.services.database, item_id)
    assert found is not None
    return found


def newest_letter(console: Console, item_id: int) -> str:
    letters = [a for a in item_artifacts(console.services.database, item_id)
               if a.name == "letter.docx"]
    document = docx.Document(str(console.services.files.path_for(letters[-1].sha256)))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines.extend(" | ".join(c.text for c in row.cells) for row in table.rows)
    return "\n".join(lines)


def approve(console: Console, who: str, item_id: int) -> None:
    client = console.client(who)
    page = client.get(f"/items/{item_id}")
    response = client.post(f"/items/{item_id}/approve", data={"csrf": csrf_of(page.text)})
    assert response.status_code == 303, response.text


def to_the_response_period(console: Console, case: PenaltyCase) -> int:
    """Queue the referral, approve its pre-penalty notice, and file it: the case then waits."""
    item_id = console.services.queue.enqueue("penalty_notice", [case.pdf],
                                             actor="carol").item_id
    console.work()
    assert item(console, item_id).payload["notice"] == "pre_penalty"
    approve(console, "sam", item_id)
    console.work()
    return item_id


def test_the_response_attached_in_the_console_leads_to_a_penalty_notice_with_its_changes(
    penalty_console: Console, referrals: dict[str, PenaltyCase], tmp_path: Path
):
    console, case = penalty_console, referrals["gross_negligence"]
    case_number = case.truth["case_number"]
    item_id = to_the_response_period(console, case)

    waiting = item(console, item_id)
    assert (waiting.state, waiting.waiting_for) == ("waiting", "response")
    [response_clock] = [c for c in running_clocks(console.services.database)
                        if c.item_id == item_id]
    assert (response_clock.kind, response_clock.citation) == (
        "prepenalty_response", "19 CFR 162.78(a); 19 U.S.C. 1592(b)(1)")

    # The clerk attaches the party's response, as intake takes a PDF.
    clerk = console.client("carol")
    page = clerk.get(f"/items/{item_id}/wait")
    assert page.status_code == 200 and "waiting for the response" in page.text
    answer = tmp_path / "response.pdf"
    answer.write_bytes(b"%PDF-1.4\n% the party's written presentation\n")
    refused = clerk.post(f"/items/{item_id}/wait/file", data={"csrf": csrf_of(page.text)},
                         files={"file": ("response.txt", b"plain text", "text/plain")})
    assert refused.status_code == 400 and "only PDF files" in refused.text
    sent = clerk.post(f"/items/{item_id}/wait/file", data={"csrf": csrf_of(page.text)},
                      files={"file": ("response.pdf", answer.read_bytes(), "application/pdf")})
    assert sent.status_code == 303, sent.text
    assert item(console, item_id).state == "queued"
    assert running_clocks(console.services.database) == []  # the response ended the period

    # The bot drafts the penalty notice; the supervisor lowers the culpability, saying why.
    console.work()
    assert item(console, item_id).state == "awaiting_review"
    first_draft = newest_letter(console, item_id)
    assert "nothing has changed them" in first_draft
    supervisor = console.client("sam")
    review = supervisor.get(f"/items/{item_id}")
    returned = supervisor.post(f"/items/{item_id}/return", data={
        "csrf": csrf_of(review.text), "reason": REASON, "v:culpability": "negligence"})
    assert returned.status_code == 303, returned.text
    console.work()
    drafted = item(console, item_id)
    assert drafted.state == "awaiting_review"
    letter = newest_letter(console, item_id)
    assert "Degree of culpability | gross negligence | negligence" in letter
    assert f"The reasons for the changes: {REASON}." in letter
    assert "Your response to that notice, received on" in letter
    assert "19 U.S.C. 1618 and 19 CFR Part 171" in letter and "60 days" in letter
    penalty = Decimal(str(drafted.payload["result"]["decision"]["proposed_penalty"]))

    # Another supervisor approves (sam corrected it: four eyes); finalize files it.
    approve(console, "sue", item_id)
    console.work()
    done = item(console, item_id)
    assert done.state == "done"
    with console.browse_portal() as portal:
        record = portal.read_penalty_case(case_number)
    assert (record.status, record.values["culpability"]) == ("penalty_issued", "negligence")
    assert Decimal(record.values["proposed_penalty"]) == penalty.quantize(Decimal("0.01"))
    assert [f.kind for f in record.files] == ["notice", "notice"]
    [petition] = running_clocks(console.services.database)
    assert (petition.kind, petition.case_ref) == ("penalty_petition", f"penalty:{case_number}")

    # One item's trail holds both notices, the response and every decision.
    moves = [(e.actor, e.from_state, e.to_state) for e in item_events(
        console.services.database, item_id) if e.from_state != e.to_state]
    assert ("sam", "awaiting_review", "approved") in moves
    assert ("carol", "waiting", "queued") in moves
    assert ("sam", "awaiting_review", "queued") in moves
    assert ("sue", "awaiting_review", "approved") in moves
    assert moves[-1][2] == "done"
    names = [a.name for a in item_artifacts(console.services.database, item_id)]
    assert names.count("letter.pdf") == 3 and "response.pdf" in names
    trail = supervisor.get(f"/items/{item_id}").text
    assert "response received: response.pdf" in trail


def test_when_the_response_period_runs_out_the_case_moves_on_by_itself(
    penalty_console: Console, referrals: dict[str, PenaltyCase]
):
    console, case = penalty_console, referrals["negligence"]
    item_id = to_the_response_period(console, case)
    wake_at = item(console, item_id).wake_at
    assert wake_at is not None

    console.services.queue.clock = lambda: wake_at - timedelta(seconds=1)
    console.work()
    assert item(console, item_id).state == "waiting"

    console.services.queue.clock = lambda: wake_at + timedelta(seconds=1)
    console.work()
    drafted = item(console, item_id)
    assert drafted.state == "awaiting_review"
    assert drafted.payload["events"]["response"]["kind"] == "timeout"
    letter = newest_letter(console, item_id)
    assert "No response to that notice was received within the period ending" in letter
    assert "nothing has changed them" in letter

    approve(console, "sam", item_id)
    console.work()
    assert item(console, item_id).state == "done"
    with console.browse_portal() as portal:
        assert portal.read_penalty_case(case.truth["case_number"]).status == "penalty_issued"

"""A paused bot is held back as a whole, probed by one claim at a time, and resumes by itself."""

from __future__ import annotations

from tradebots.queue.pauses import EVERY_BOT, open_pauses, pause_reasons
from tradebots.queue.states import State
from tradebots.queue.store import Outcome, PauseRequest, WorkQueue

DISK_FULL = PauseRequest(EVERY_BOT, "disk", "every bot paused (disk): no space left")
PORTAL_DOWN = PauseRequest("protest", "portal", "bot protest paused (portal): 503 for 120 s")


def test_a_bot_paused_by_its_portal_is_held_back_while_other_bots_carry_on(queue: WorkQueue,
                                                                           clock):
    for ref in ("p1", "p2"):
        queue.enqueue("protest", actor="clerk", reference=ref)
    queue.enqueue("noop", actor="clerk", reference="n1")
    first = queue.claim("w1", ["protest"])
    assert first is not None
    queue.finish(first, Outcome(State.QUEUED, "transient: portal down", backoff=True,
                                pause=PORTAL_DOWN))
    (paused,) = open_pauses(queue.db)
    assert (paused.scope, paused.code, paused.probes) == ("protest", "portal", 0)

    clock.advance(5)  # p2 is ready, but its bot waits for the probe (10 s)
    other = queue.claim("w2")
    assert other is not None and other.bot == "noop"
    assert queue.claim("w2") is None


def test_one_claim_probes_a_due_pause_and_its_success_resumes_the_bot(queue: WorkQueue, clock):
    for ref in ("p1", "p2"):
        queue.enqueue("protest", actor="clerk", reference=ref)
    first = queue.claim("w1")
    assert first is not None
    queue.finish(first, Outcome(State.QUEUED, "transient: portal down", backoff=True,
                                pause=PORTAL_DOWN))
    clock.advance(11)  # the pause's first probe is due after the base backoff (10 s)
    probe = queue.claim("w1")
    assert probe is not None
    assert queue.claim("w2") is None  # the probe holds the others back while it runs
    queue.finish(probe, Outcome(State.DONE, "recorded"))
    assert open_pauses(queue.db) == []
    assert queue.claim("w2") is not None


def test_a_failed_probe_prolongs_the_pause_with_a_longer_wait(queue: WorkQueue, clock):
    queue.enqueue("protest", actor="clerk", reference="p1")
    for _ in range(3):
        claim = queue.claim("w1")
        assert claim is not None
        queue.finish(claim, Outcome(State.QUEUED, "transient: portal down", backoff=True,
                                    pause=PORTAL_DOWN))
        (paused,) = open_pauses(queue.db)
        clock.now = paused.probe_at
    assert paused.probes == 2
    assert (paused.probe_at - paused.paused_at).total_seconds() >= 10 + 20 + 40


def test_the_morning_report_names_a_paused_bot_with_its_reason(queue: WorkQueue):
    queue.enqueue("protest", actor="clerk", reference="p1")
    claim = queue.claim("w1")
    assert claim is not None
    queue.finish(claim, Outcome(State.QUEUED, "transient: portal down", backoff=True,
                                pause=PORTAL_DOWN))
    (reason,) = pause_reasons(queue.db).items()
    assert reason[0] == "protest"
    assert reason[1].startswith("bot protest paused (portal): 503 for 120 s (since ")


def test_a_batch_of_plain_outcomes_resumes_the_bots_it_got_through(queue: WorkQueue, clock):
    queue.enqueue("protest", actor="clerk", reference="p1")
    queue.enqueue("noop", actor="clerk", reference="n1")
    (held,) = queue.claim_batch("w1", ["noop"], limit=1)
    first = queue.claim("w2", ["protest"])
    assert first is not None
    queue.finish(first, Outcome(State.QUEUED, "transient: portal down", backoff=True,
                                pause=PORTAL_DOWN))
    queue.finish_many([(held, Outcome(State.DONE, "noop done"))])
    assert [p.scope for p in open_pauses(queue.db)] == ["protest"]  # noop's step says nothing
    clock.advance(11)
    probe = queue.claim("w1")
    assert probe is not None and probe.bot == "protest"
    assert queue.finish_many([(probe, Outcome(State.DONE, "recorded"))]) == set()
    assert open_pauses(queue.db) == []


def test_a_batch_whose_leases_were_all_lost_resumes_nothing(queue: WorkQueue, clock):
    queue.enqueue("protest", actor="clerk", reference="p1")
    queue.enqueue("protest", actor="clerk", reference="p2")
    first = queue.claim("w1")
    assert first is not None
    queue.finish(first, Outcome(State.QUEUED, "transient: disk full", backoff=True,
                                pause=DISK_FULL))
    clock.advance(11)
    probe = queue.claim("w1")
    assert probe is not None
    clock.advance(31)  # the probe's lease runs out and another worker re-claims its item
    assert queue.claim("w2") is not None
    assert queue.finish_many([(probe, Outcome(State.DONE, "recorded"))]) == {probe.item_id}
    assert [p.scope for p in open_pauses(queue.db)] == [EVERY_BOT]

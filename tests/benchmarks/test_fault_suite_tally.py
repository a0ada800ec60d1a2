"""The fault suite's tally: a failed item, a second portal record or an open pause fails a case."""

from __future__ import annotations

from typing import Any

from bench.fault_suite.tally import (
    ItemEnd,
    PauseRow,
    duplicates,
    markdown_table,
    passed,
    settled,
    tally_case,
)


def row(items: list[ItemEnd], records: dict[str, int], pauses: list[PauseRow],
        left: int = 0) -> dict[str, Any]:
    return tally_case("db-lock", "sqlite", items, records_by_reference=records, pauses=pauses,
                      audit_broken=0, leftovers_found=2, leftovers_left=left,
                      extra={"seconds": 90})


def test_a_clean_case_passes_and_counts_records_per_item() -> None:
    items = [ItemEnd(1, "a", "awaiting_review", ""), ItemEnd(2, "b", "needs_human", "no entry")]
    result = row(items, {"a": 1, "other-run": 3}, [PauseRow("*", "database", True)])
    assert result["ended"] == {"awaiting_review": 1, "needs_human": 1}
    assert (result["portal_records"], result["duplicates"], result["failed_by_fault"]) == (1, 0, 0)
    assert result["pauses_resumed_by_themselves"] and passed(result)


def test_a_failed_item_a_duplicate_an_open_pause_or_a_leftover_each_fail_the_case() -> None:
    good = ItemEnd(1, "a", "awaiting_review", "")
    failed = row([good, ItemEnd(2, "b", "failed", "OperationalError: database is locked\n...")],
                 {"a": 1}, [])
    assert failed["failed_reasons"] == ["OperationalError: database is locked"]
    assert not passed(failed)
    assert not passed(row([good], {"a": 2}, []))
    assert not passed(row([good], {"a": 1}, [PauseRow("protest_intake", "portal", False)]))
    assert not passed(row([good], {"a": 1}, [], left=1))
    assert not passed(row([ItemEnd(1, "a", "queued", "")], {}, []))
    assert not passed(row([good], {"a": 1}, []) | {"workers_died_by_themselves": 1})


def test_settled_and_duplicates() -> None:
    assert settled(["awaiting_review", "needs_human", "failed"])
    assert not settled(["awaiting_review", "queued"])
    assert duplicates({"a": 1, "b": 3, "c": 0}) == 2


def test_the_table_has_one_line_per_case_and_says_which_failed() -> None:
    ok = row([ItemEnd(1, "a", "awaiting_review", "")], {"a": 1}, [PauseRow("*", "disk", True)])
    bad = row([ItemEnd(1, "a", "failed", "boom")], {"a": 1}, [])
    lines = markdown_table([ok, bad]).splitlines()
    assert len(lines) == 4
    assert lines[2].endswith("| yes |") and "1 (all)" in lines[2]
    assert lines[3].endswith("| NO |") and "failed 1" in lines[3]

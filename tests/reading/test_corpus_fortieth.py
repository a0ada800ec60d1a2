"""The fortieth blind corpus (pdfium and Graphviz, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.corpus_fortieth import build, check, penalty, protest, ruling
from bench.corpus_fortieth.law import (
    check_digit,
    next_business_day,
    penalty_figures,
    protest_last_day,
    timing,
)

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
# One pdfium and one dot print: the only renders in the module, which stays near 1 s.
SAMPLE = [("protest", 0), ("penalty-case", 5)]


def _plans(seed: int) -> list[tuple[dict[str, Any], object]]:
    out: list[tuple[dict[str, Any], object]] = []
    for kind, count in COUNTS.items():
        for index in range(count):
            truth, doc, _facts = build.plan(kind, index, seed)
            out.append((truth, doc))
    return out


def test_same_seed_same_plan_and_another_seed_differs() -> None:
    first, again, other = _plans(1), _plans(1), _plans(2)
    assert first == again
    assert [t for t, _ in first] != [t for t, _ in other]
    assert [d for _, d in first] != [d for _, d in other]


def test_outcomes_styles_and_producers_are_all_covered() -> None:
    for kind, count in COUNTS.items():
        truths = [build.plan(kind, i, 1)[0] for i in range(count)]
        outcomes = {t["decision"]["outcome"] for t in truths if "outcome" in t["decision"]}
        assert outcomes == OUTCOMES[kind], kind
        pairs = {(t["family"], t["style"]) for t in truths}
        assert len(pairs) == 6, (kind, pairs)
    notices = {build.plan("penalty-case", i, 1)[0]["decision"]["notice"] for i in range(12)}
    assert notices == {"pre_penalty", "penalty", "none"}
    missing = {m for i in range(22) for m in build.plan("protest", i, 1)[0]["decision"]["missing"]}
    assert missing == {f"174.13(a)({n})" for n in range(1, 10)}
    missing = {
        m for i in range(12) for m in build.plan("ruling-request", i, 1)[0]["decision"]["missing"]
    }
    assert missing == {"177.2(b)(1)", "177.2(b)(2)", "177.2(b)(5)", "177.2(b)(6)", "177.2(c)"}


def test_truths_are_well_formed() -> None:
    for seed in (1, 7):
        for kind, count in COUNTS.items():
            for index in range(count):
                truth, _doc, facts = build.plan(kind, index, seed)
                assert truth["kind"] == kind and truth["family"] in ("pdfium", "dot")
                assert "--today" in truth["args"]
                entries = truth["values"].get("entries", [])
                for entry in entries:
                    match = ENTRY.match(entry["entry_number"])
                    assert match, entry
                    assert int(match.group(3)) == check_digit(match.group(1), match.group(2))
                if kind == "protest":
                    received = dt.date.fromisoformat(truth["values"]["received_date"])
                    assert truth["args"][:2] == ["--received", received.isoformat()]
                    last_days = truth["decision"].get("last_days")
                    if last_days:
                        for e in facts["entries"]:
                            day = protest_last_day(e["entry_date"], e["liquidation_date"])
                            assert last_days[e["entry_number"]] == day.isoformat()
                        assert truth["decision"]["deadline"] == min(last_days.values())
                if kind == "penalty-case":
                    dec = truth["decision"]
                    loss = dec["loss_of_duties"]
                    assert round(loss["actual"] + loss["potential"], 2) == loss["total"]
                    assert dec["notice"] == "none" or dec["outcome"] == "draft"


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6
    assert check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert next_business_day(dt.date(2025, 7, 4)) == dt.date(2025, 7, 7)
    saturday = dt.date(2025, 3, 8)
    assert timing(dt.date(2025, 3, 10), saturday - dt.timedelta(days=180), saturday) == "grace"
    assert timing(dt.date(2025, 3, 11), saturday - dt.timedelta(days=180), saturday) == "late"
    lines = [(True, Decimal(0), Decimal(6000)), (False, Decimal(0), Decimal(4000))]
    dv, dutiable = Decimal(300000), Decimal(200000)
    neg = penalty_figures("negligence", lines, dv, dutiable, False)
    assert (neg["statutory_max"], neg["range"]) == (Decimal(20000), [Decimal(5000), Decimal(20000)])
    gross = penalty_figures("gross_negligence", lines, dv, dutiable, False)
    assert (gross["statutory_max"], gross["range"]) == (
        Decimal(40000),
        [Decimal(25000), Decimal(40000)],
    )
    fraud = penalty_figures("fraud", lines, dv, dutiable, False)
    assert fraud["range"] == [Decimal(50000), Decimal(80000)] and fraud["proposed"] == dv
    assert penalty_figures("fraud", lines, dv, dutiable, True)["proposed"] == Decimal(10000)
    none = [(True, Decimal(5), Decimal(5))]
    assert penalty_figures("negligence", none, dv, dutiable, False)["statutory_max"] == 40000
    assert penalty_figures("fraud", none, dv, dutiable, False)["range"] == [100000, 160000]


def test_case_lists_are_what_the_defaults_cycle() -> None:
    assert len(protest.CASES) >= COUNTS["protest"]
    assert len(ruling.CASES) >= COUNTS["ruling-request"]
    assert len(penalty.CASES) >= COUNTS["penalty-case"]


def test_every_scored_value_is_in_the_text_layer(tmp_path: Path) -> None:
    producers = set()
    for kind, index in SAMPLE:
        pdf = build.write(kind, index, 1, tmp_path)
        producers.add(pdf.name.split("_")[2])
        assert check.missing_strings(pdf, kind, index, 1) == []
    assert producers == {"pdfium", "dot"}

"""The forty-fourth blind hand's corpus: plan determinism, truths, and one PDF per producer."""

from __future__ import annotations

import collections
import datetime as dt
import json
import shutil
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_fortyfourth import build, check, law

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[str]:
    return [
        json.dumps(build.plan(k, i, seed), default=str, sort_keys=True)
        for k, n in COUNTS.items()
        for i in range(n)
    ]


def test_plan_is_deterministic_per_seed() -> None:
    assert _plans(1) == _plans(1)
    assert _plans(1) != _plans(2)


def test_truths_are_well_formed() -> None:
    seen: dict[str, set[str]] = collections.defaultdict(set)
    notices = set()
    for kind, n in COUNTS.items():
        for i in range(n):
            truth = build.plan(kind, i, 1)["truth"]
            seen[kind].add(truth["decision"].get("outcome", "-"))
            notices.add(truth["decision"].get("notice"))
            assert truth["args"][-2] == "--today"
            for e in truth["values"].get("entries", []):
                num = e["entry_number"]
                assert len(num) == 13 and law.check_digit(num[:3] + num[4:11]) == int(num[-1])
            if kind == "protest" and "last_days" in truth["decision"]:
                for e in truth["values"]["entries"]:
                    ent, liq = (
                        dt.date.fromisoformat(e["entry_date"]),
                        dt.date.fromisoformat(e["liquidation_date"]),
                    )
                    assert (
                        truth["decision"]["last_days"][e["entry_number"]]
                        == law.protest_last_day(ent, liq).isoformat()
                    )
                assert truth["decision"]["deadline"] == min(truth["decision"]["last_days"].values())
    for kind, outcomes in OUTCOMES.items():
        assert outcomes <= seen[kind], kind
    assert {"pre_penalty", "penalty"} <= notices
    assert law.check_digit("ABC1234567") == 6 and law.check_digit("9999999999") == 0
    assert law.protest_last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)


@pytest.mark.skipif(
    shutil.which("lilypond") is None
    or shutil.which("vim") is None
    or shutil.which("ps2pdf") is None,
    reason="lilypond, vim or ghostscript missing",
)
@pytest.mark.parametrize(("kind", "index"), [("penalty-case", 0), ("protest", 1)])
def test_one_document_per_producer_carries_its_values(
    kind: str, index: int, tmp_path: Path
) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    truth = json.loads(pdf.with_suffix(".json").read_text())
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert check.missing_from(text, truth) == []


def test_each_case_gets_its_intended_outcome() -> None:
    first = {
        "accept": "accept",
        "deficient": "deficient",
        "untimely": "untimely",
        "premature": "premature",
        "invalid": "invalid",
        "grace": "needs_human",
        "partial": "needs_human",
        "drawback": "needs_human",
        "needs_human": "needs_human",
        "no_ruling": "no_ruling",
    }
    for seed in range(1, 6):
        for kind, n in (("protest", 22), ("ruling-request", 13)):
            for i in range(n):
                p = build.plan(kind, i, seed)
                want = None if p["case"] == "deficient-a4" else first[p["case"].split("-")[0]]
                assert p["truth"]["decision"].get("outcome") == want, (seed, i, p["case"])
        for i in range(13):
            p = build.plan("penalty-case", i, seed)
            human = p["case"] in ("limitations", "barred", "gross-pd")
            assert p["truth"]["decision"]["outcome"] == ("needs_human" if human else "draft")
            if p["case"] in ("small", "noncommercial"):
                assert p["truth"]["decision"]["notice"] == "penalty"

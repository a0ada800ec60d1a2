"""`tradebots bench reading` on three corpus-b protests (one per producer), with the real reader.

The corpus_b/ folder holds copies of shared/corpus-b/protest files 001 (rl), 006 (docx) and
010 (html). The counts checked are the truth files' own, so they hold whatever the reader reads.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow
SAMPLE = Path(__file__).parent / "corpus_b"
# 11 scalar values per protest plus 3 per entry (1, 2 and 1 entries); 4 decision keys each.
VALUES_TOTAL = 11 * 3 + 3 * (1 + 2 + 1)
DECISION_TOTAL = 4 * 3


def bench(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tradebots.cli", "bench", "reading", *args],
                          capture_output=True, text=True, cwd=home, timeout=300)


def last_json_line(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    figures: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return figures


def test_a_folder_is_scored_with_a_table_and_one_json_line_last(
    project_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "protests"
    shutil.copytree(SAMPLE, folder)
    (folder / "no_truth_here.pdf").write_bytes((folder / "protest_001_rl_timely.pdf").read_bytes())
    details = tmp_path / "details.json"

    result = bench(project_home, "protest", str(folder), "--details", str(details))
    figures = last_json_line(result)

    assert "values" in result.stdout.splitlines()[2]
    assert [line.split(":")[0] for line in result.stderr.splitlines()] == [
        "file 1 of 3", "file 2 of 3", "file 3 of 3"]
    assert figures["kind"] == "protest" and figures["documents"] == 3
    assert figures["skipped_without_truth"] == ["no_truth_here.pdf"]
    assert figures["values"]["total"] == VALUES_TOTAL
    assert 0 <= figures["values"]["right"] <= VALUES_TOTAL
    assert figures["outcomes"]["total"] == 3
    assert sum(f["total"] for f in figures["decision_fields"].values()) == DECISION_TOTAL
    assert set(figures["decision_fields"]) == {"outcome", "deadline", "last_days", "missing"}
    assert figures["fully_right"]["total"] == 3
    assert figures["confidently_wrong"] + figures["sent_to_person"] + figures["outcomes"][
        "right"] + figures["reader_errors"] <= 3
    assert figures["reader_errors"] == len(figures["error_files"])
    assert {name: family["documents"] for name, family in figures["families"].items()} == {
        "docx": 1, "html": 1, "rl": 1}
    misses = sum(figures["misses_by_field"].values())
    assert misses == sum(figures["misses_by_family"].values())
    assert misses == (VALUES_TOTAL - figures["values"]["right"]) + sum(
        f["total"] - f["right"] for f in figures["decision_fields"].values())
    written = json.loads(details.read_text())
    assert [doc["file"] for doc in written] == sorted(p.name for p in SAMPLE.glob("*.pdf"))
    assert sum(len(doc["misses"]) for doc in written) == misses


def test_leaving_one_family_out_scores_the_others(project_home: Path) -> None:
    figures = last_json_line(bench(project_home, "protest", str(SAMPLE),
                                   "--exclude-family", "html"))
    assert figures["documents"] == 2 and set(figures["families"]) == {"docx", "rl"}
    assert figures["excluded_families"] == ["html"]

    only = last_json_line(bench(project_home, "protest", str(SAMPLE), "--only-family", "html"))
    assert only["documents"] == 1 and set(only["families"]) == {"html"}


def test_an_unknown_kind_or_an_empty_selection_exits_2_with_one_line(project_home: Path) -> None:
    unknown = bench(project_home, "invoice", str(SAMPLE))
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: invoice: unknown kind")
    empty = bench(project_home, "protest", str(SAMPLE), "--only-family", "fax")
    assert empty.returncode == 2 and "families: docx, html, rl" in empty.stderr

"""`tradebots extract protest` prints the contract's JSON, or one line naming the file and cause."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Each test runs `tradebots extract` in its own process (1.5 s of CPU to start).
pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).parent / "golden"
CAUSES = ("not a PDF", "damaged", "encrypted", "no pages", "no text layer")


def extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tradebots.cli", "extract", "protest", *args],
                          capture_output=True, text=True, timeout=120)


def test_a_protest_prints_exactly_the_contracts_keys() -> None:
    result = extract(str(GOLDEN / "letter_table_stamped.pdf"), "--today", "2026-11-28")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert list(printed) == ["kind", "document", "values", "evidence", "confidence", "findings",
                             "decision"]
    assert set(printed["decision"]) == {"outcome", "deadline", "last_days", "missing"}
    assert printed["document"]["pages"] >= 1 and len(printed["document"]["sha256"]) == 64
    assert set(printed["evidence"]) <= set(printed["confidence"])
    for finding in printed["findings"]:
        assert set(finding) == {"rule", "citation", "severity", "message"}


@pytest.mark.parametrize("cause", CAUSES)
def test_an_unusable_pdf_exits_2_with_one_line_naming_file_and_cause(
    cause: str, bad_inputs: dict[str, Path]
) -> None:
    path = bad_inputs[cause]
    result = extract(str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"error: {path}: {cause}"]


def test_a_pdf_of_another_kind_of_document_exits_2_saying_what_it_seems_to_be(
    bad_inputs: dict[str, Path],
) -> None:
    path = bad_inputs["not a protest"]
    result = extract(str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"error: {path}: not a protest")

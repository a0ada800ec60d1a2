"""Extraction output of fixed protest PDFs, compared with golden JSON files beside this test.

Set UPDATE_GOLDEN=1 to rewrite the JSON after a deliberate change, and review the diff.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench.corpus.protests import plan_specs, render_document
from bench.corpus.render_reportlab import render_pdf
from bots.protest_intake.extract import extract_protest

GOLDEN = Path(__file__).parent / "golden"
DOCUMENTS = sorted(p.stem for p in GOLDEN.glob("*.pdf"))


def output(pdf: Path) -> dict[str, Any]:
    extraction = extract_protest(pdf)
    return {
        "kind": "protest",
        "document": {"sha256": extraction.sha256, "pages": extraction.pages},
        "layout": extraction.layout,
        "values": extraction.values_json(),
        "evidence": extraction.evidence_json(),
        "confidence": extraction.confidence_json(),
    }


def test_golden_documents_cover_both_layouts_and_producers() -> None:
    assert {"form19_rev_a_continuation", "form19_rev_b_chromium", "letter_prose_chromium",
            "letter_table_stamped"} <= set(DOCUMENTS)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_extraction_matches_its_golden_file(name: str) -> None:
    got = output(GOLDEN / f"{name}.pdf")
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, indent=2, sort_keys=True) + "\n")
    assert got == json.loads(golden.read_text())


def test_a_wrong_check_digit_is_kept_as_printed_with_low_confidence(tmp_path: Path) -> None:
    spec = next(s for s in plan_specs(16, 3) if s.layout == "letter_table")
    entry = spec.entries[0]
    printed = entry.entry_number[:-1] + str((int(entry.entry_number[-1]) + 1) % 10)
    spec = replace(spec, entries=(replace(entry, entry_number=printed),), liquidation_shown=(
        spec.liquidation_shown[0],))
    pdf = tmp_path / "bad-digit.pdf"
    render_pdf(render_document(spec, random.Random(1)), pdf)
    extraction = extract_protest(pdf)
    read = extraction.fields["entries[0].entry_number"]
    assert read.value == printed
    assert read.confidence <= 0.5
    assert extraction.fields["protestant_name"].confidence > 0.8

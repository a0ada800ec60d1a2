"""`tradebots extract` on forms filled in a browser or Acrobat and not flattened: each kind reads
the same values and decision as from the same form flattened, and says which evidence came from
a form field."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.pdf.fillable import Item, blank_form, fill, flatten
from tests.pdf.form_layouts import (
    PENALTY_VALUES,
    PROTEST_VALUES,
    RULING_VALUES,
    penalty_form,
    protest_form,
    ruling_form,
)
from tradebots.pdf.words import FORM_FIELD_NOTE

# Each extraction runs `tradebots extract` in its own process (1.5 s of CPU to start).
pytestmark = pytest.mark.slow

Layout = Callable[[], list[Sequence[Item]]]
FORMS: dict[str, tuple[Layout, Mapping[str, str], str]] = {
    "protest": (protest_form, PROTEST_VALUES, "2024-05-01"),
    "ruling-request": (ruling_form, RULING_VALUES, "2025-03-03"),
    "penalty-case": (penalty_form, PENALTY_VALUES, "2024-05-01"),
}


def extract(kind: str, path: Path, today: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-m", "tradebots.cli", "extract", kind, str(path),
                             "--today", today, "--received", today],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    output: dict[str, Any] = json.loads(result.stdout)
    return output


@pytest.fixture(scope="module", params=list(FORMS))
def readings(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """One kind's form read three ways: filled as a browser leaves it (the viewer redraws
    the appearances), filled as Acrobat leaves it, and flattened."""
    kind: str = request.param
    layout, values, today = FORMS[kind]
    folder = tmp_path_factory.mktemp(kind)
    blank = blank_form(folder / "blank.pdf", layout())
    files = {"browser": fill(blank, folder / "browser.pdf", values, regenerate=True),
             "acrobat": fill(blank, folder / "acrobat.pdf", values, regenerate=False),
             "flattened": flatten(blank, folder / "flattened.pdf", values)}
    return {"kind": {"name": kind}} | {how: extract(kind, path, today)
                                       for how, path in files.items()}


@pytest.mark.parametrize("how", ["browser", "acrobat"])
def test_a_filled_form_reads_as_the_same_form_flattened(readings: dict[str, dict[str, Any]],
                                                         how: str) -> None:
    flat, filled = readings["flattened"], readings[how]
    assert filled["values"] == flat["values"]
    assert filled["decision"] == flat["decision"]
    assert filled["findings"] == flat["findings"]


def test_evidence_read_from_a_field_says_it_came_from_a_form_field(
        readings: dict[str, dict[str, Any]]) -> None:
    filled, flat = readings["acrobat"]["evidence"], readings["flattened"]["evidence"]
    assert set(filled) == set(flat)
    noted = [key for key, where in filled.items() if where["text"].endswith(FORM_FIELD_NOTE)]
    assert noted, filled
    for key in noted:
        assert filled[key]["page"] == flat[key]["page"]
        assert filled[key]["text"] == f"{flat[key]['text']} {FORM_FIELD_NOTE}"
    assert not any(where["text"].endswith(FORM_FIELD_NOTE) for where in flat.values())


# What each form says, read from its fields (the flattened form reads the same, above).
EXPECTED: dict[str, dict[str, Any]] = {
    "protest": {
        "protest_number": "3002-24-100211", "port_code": "3002", "received_date": "2024-04-22",
        "importer_number": "74-6753923", "protestant_name": "Harbor Foods Co.",
        "protestant_address": "5567 Industrial Pkwy, Houston, TX 77002",
        "entries": [
            {"entry_number": "312-4115767-1", "entry_date": "2023-11-05",
             "liquidation_date": "2024-02-16"},
            {"entry_number": "312-4115768-9", "entry_date": "2023-11-20",
             "liquidation_date": "2024-03-01"}],
        "category": "classification",
        "merchandise_description": "lithium-ion battery packs for cordless power tools",
        "accelerated_disposition": False, "further_review_requested": True,
        "signer_name": "Jane Alvarez"},
    "ruling-request": {
        "requester_name": "Harbor Goods LLC", "requester_address":
        "12 Pier Road, Newark, NJ 07114", "importer_number": "12-3456789",
        "request_date": "2025-02-24", "ports": ["4601"], "pending_statement": True,
        "pending_in_court": False, "pending_before_cbp": False, "sample_provided": True,
        "confidential_requested": False, "signed": True},
    "penalty-case": {
        "case_number": "2025-1303-302265-01", "party_name": "Lumen Arc Lighting Corporation",
        "party_address": "4400 Alameda Street, Vernon, CA 90058",
        "importer_number": "95-1234567", "violation_date": "2023-09-23",
        "culpability": "gross_negligence", "prior_disclosure": False,
        "domestic_value": 21500.0, "dutiable_value": 13392.27,
        "entries": [
            {"entry_number": "938-5546495-9", "entry_date": "2023-09-23", "liquidated": False,
             "entered_value": 992.27, "duty_paid": 31.75, "duty_owed": 531.75},
            {"entry_number": "938-5546503-0", "entry_date": "2023-10-02", "liquidated": True,
             "entered_value": 12400.0, "duty_paid": 310.0, "duty_owed": 1860.0}]},
}
OUTCOMES = {"protest": "accept", "ruling-request": "accept", "penalty-case": "draft"}


def test_a_filled_form_gives_what_its_fields_say(readings: dict[str, dict[str, Any]]) -> None:
    kind = readings["kind"]["name"]
    filled = readings["acrobat"]
    assert {key: filled["values"][key] for key in EXPECTED[kind]} == EXPECTED[kind]
    assert filled["decision"]["outcome"] == OUTCOMES[kind], filled["findings"]

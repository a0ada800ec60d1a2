"""bench/corpus_nineteenth: deterministic per seed, well-formed truths, every scored value printed.

A small sample (both producers, every kind) keeps CI time low. A not-flattened pdf-lib form keeps
its values in the form fields, so a value counts as printed when it is in the text layer or in a
field's value, as it is for an officer opening the emailed form.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from bench.corpus_nineteenth.fmt import all_dates, all_money
from bench.corpus_nineteenth.law import check_digit, last_day, timing

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
KINDS = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty-case": {"draft", "needs_human"}}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
TEXT_KEYS = {"protest_number", "port_code", "importer_number", "protestant_name",
             "merchandise_description", "signer_name", "requester_name", "product_description",
             "case_number", "party_name", "entry_number"}
ADDRESS_KEYS = {"protestant_address", "requester_address", "party_address"}


def generate(out: Path, seed: int, protests: int = 6, rulings: int = 4,
             penalties: int = 4) -> None:
    subprocess.run([sys.executable, "-m", "bench.corpus_nineteenth", str(out), "--seed", str(seed),
                    "--protests", str(protests), "--rulings", str(rulings),
                    "--penalties", str(penalties)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("nineteenth") / "a"
    generate(out, 5)
    return out


def digest(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def fold(value: str) -> str:
    return " ".join(value.split()).casefold()


def printed(pdf: Path) -> str:
    """The text layer, then the values of any form fields left in the file."""
    with pdfplumber.open(pdf) as document:
        layer = "\n".join(page.extract_text() or "" for page in document.pages)
    fields = pypdf.PdfReader(pdf).get_fields() or {}
    values = [str(item.get("/V")) for item in fields.values() if isinstance(item.get("/V"), str)]
    return fold(layer + "\n" + "\n".join(values))


def forms(key: str, value: Any) -> list[list[str]]:
    """What must be printed for one scored value: each inner list is one-of alternatives."""
    if value is None or isinstance(value, bool):
        return []
    if key in MONEY_KEYS:
        return [all_money(Decimal(str(value)).quantize(Decimal("0.01")))]
    if key.endswith("_date") and isinstance(value, str):
        return [all_dates(date.fromisoformat(value))]
    if key in ADDRESS_KEYS:
        return [[part] for part in value.split(", ")]
    if key in TEXT_KEYS or key in ("proposed_hts", "ports"):
        return [[item] for item in (value if isinstance(value, list) else [value])]
    return []


def scored(values: dict[str, Any]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for key, value in values.items():
        if key == "entries":
            for entry in value:
                found += list(entry.items())
        else:
            found.append((key, value))
    return found


def test_same_seed_same_bytes(sample: Path, tmp_path: Path) -> None:
    generate(tmp_path / "b", 5)
    assert digest(sample) == digest(tmp_path / "b")


def test_other_seed_other_documents(sample: Path, tmp_path: Path) -> None:
    generate(tmp_path / "c", 6, protests=1, rulings=0, penalties=0)
    name = "protest/protest_001_pdflib_accept.json"
    assert (sample / name).read_text() != (tmp_path / "c" / name).read_text()


def test_truths_are_well_formed(sample: Path) -> None:
    truths = sorted(sample.rglob("*.json"))
    assert {path.parent.name for path in truths} == set(KINDS)
    for path in truths:
        truth = json.loads(path.read_text())
        match = re.fullmatch(rf"{KINDS[truth['kind']]}_\d{{3}}_(pdflib|pdfapi2)_[a-z0-9-]+",
                             path.stem)
        assert match, path.name
        assert path.with_suffix(".pdf").stat().st_size > 1000
        assert set(truth) == {"kind", "case", "args", "values", "decision", "not_scored"}
        assert "--today" in truth["args"]
        if "outcome" in truth["decision"]:
            assert truth["decision"]["outcome"] in OUTCOMES[truth["kind"]], path.name
        for item in truth["decision"].get("missing", []):
            assert re.fullmatch(r"174\.13\(a\)\(\d\)|177\.2\((b\)\(\d\)|c\))", item), item
        for entry in truth["values"].get("entries", []):
            number = entry["entry_number"]
            assert check_digit(number[:3], number[4:11]) == number[-1], number


def test_every_scored_value_is_printed(sample: Path) -> None:
    for pdf in sorted(sample.rglob("*.pdf")):
        truth = json.loads(pdf.with_suffix(".json").read_text())
        text = printed(pdf)
        args = truth["args"]
        given = args[args.index("--received") + 1] if "--received" in args else None
        for key, value in scored(truth["values"]):
            if key == "received_date" and value == given:
                continue  # taken from --received, not from the page
            for options in forms(key, value):
                assert any(fold(option) in text for option in options), \
                    f"{pdf.name}: {key} {value!r} is not printed as any of {options}"


def test_pdflib_forms_both_filled_and_flattened(sample: Path) -> None:
    kept = [bool(pypdf.PdfReader(pdf).get_fields())
            for pdf in sorted(sample.rglob("*_pdflib_*.pdf"))]
    assert True in kept and False in kept


def test_protest_clock_matches_the_rules_example() -> None:
    # customs-rules.md P-TIME-1 and 2: 2024-01-05 -> 2024-07-03; 90 days before 2004-12-18.
    assert last_day(date(2023, 6, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    # 2025-07-04 (Friday, Independence Day) as a last day: Monday 07-07 is the grace day.
    assert timing(date(2025, 7, 7), date(2025, 1, 5), date(2025, 7, 4)) == "grace"
    assert timing(date(2025, 7, 8), date(2025, 1, 5), date(2025, 7, 4)) == "untimely"
    assert check_digit("ABC", "1234567") == "6" and check_digit("999", "9999999") == "0"

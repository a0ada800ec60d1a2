"""The ninth hand's blind corpus (issue 13): deterministic, well-formed, scored values printed."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from bench.corpus_ninth.__main__ import generate
from bench.corpus_ninth.fmt import all_days, all_money
from bench.corpus_ninth.law import check_digit

COUNTS = {"protest": 24, "ruling-request": 12, "penalty-case": 12}
FEW = {"protest": 4, "ruling-request": 2, "penalty-case": 2}
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty-case": {"draft", "needs_human"}}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTRY = re.compile(r"^([0-9A-I]{3})-(\d{7})-(\d)$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ninth")
    generate(out, 1, COUNTS)
    return out


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    return re.sub(r"\s+", " ", text)


def _truths(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(p, json.loads(p.with_suffix(".json").read_text()))
            for p in sorted(folder.glob("*/*.pdf"))]


def test_the_generator_is_deterministic_per_seed(corpus: Path, tmp_path: Path) -> None:
    # Two fresh runs of a few documents of each kind: the corpus above is not printed a second time.
    generate(tmp_path / "first", 1, FEW)
    generate(tmp_path / "again", 1, FEW)
    first = _truths(tmp_path / "first")
    again = _truths(tmp_path / "again")
    assert [p.name for p, _ in first] == [p.name for p, _ in again]
    assert [t for _, t in first] == [t for _, t in again]
    assert [_text(p) for p, _ in first] == [_text(p) for p, _ in again]
    generate(tmp_path / "seed2", 2, {"protest": 1, "ruling-request": 0, "penalty-case": 0})
    other = json.loads(next((tmp_path / "seed2").glob("protest/*.json")).read_text())
    seed1 = json.loads(next(iter(sorted(corpus.glob("protest/*.json")))).read_text())
    assert other["case"] == seed1["case"]
    assert other["values"] != seed1["values"]


def test_truths_are_well_formed(corpus: Path) -> None:
    names = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
    for kind, count in COUNTS.items():
        pdfs = sorted((corpus / kind).glob("*.pdf"))
        assert len(pdfs) == count
        assert {p.name.split("_")[2] for p in pdfs} == {"pikepdf", "xhtml2pdf"}
        for pdf in pdfs:
            truth = json.loads(pdf.with_suffix(".json").read_text())
            assert pdf.name.startswith(names[kind] + "_")
            assert truth["kind"] == kind
            assert truth["decision"]["outcome"] in OUTCOMES[kind], pdf.name
            assert "--today" in truth["args"]
            for value in _leaves(truth):
                if isinstance(value, str) and ENTRY.match(value):
                    filer, number, digit = ENTRY.match(value).groups()  # type: ignore[union-attr]
                    assert check_digit(filer, number) == digit, value
            for key in ("received_date", "request_date", "violation_date"):
                if truth["values"].get(key) is not None:
                    assert ISO.match(truth["values"][key])


def _leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in [key, *_leaves(value)]]
    if isinstance(node, list):
        return [leaf for value in node for leaf in _leaves(value)]
    return [node]


def _printed(value: Any, key: str) -> list[str]:
    """Every form in which VALUE may be printed; [] for values that are not text on the page."""
    if isinstance(value, bool | int) or value is None or key in {"category", "ruling_type",
                                                            "culpability"}:
        return []
    if isinstance(value, float):
        return all_money(Decimal(str(value)).quantize(Decimal("0.01")))
    if isinstance(value, str) and ISO.match(value):
        return all_days(date.fromisoformat(value))
    if key.endswith("address"):
        return [value.split(", ")[0]]
    return [value]


def test_every_scored_value_is_in_the_text_layer(corpus: Path) -> None:
    for pdf, truth in _truths(corpus):
        text = _text(pdf)
        flat: list[tuple[str, Any]] = []
        for key, value in truth["values"].items():
            if key == "entries":
                flat += [(k, x) for entry in value for k, x in entry.items()]
            elif isinstance(value, list):
                flat += [(key, x) for x in value]
            else:
                flat.append((key, value))
        if truth["kind"] == "protest" and "--received" not in truth["args"]:
            assert "RECEIVED" in text, pdf.name
        for key, value in flat:
            if key == "received_date" and "--received" in truth["args"]:
                continue
            forms = _printed(value, key)
            if forms:
                found = any(form.lower() in text.lower() for form in forms)
                assert found, f"{pdf.name}: {key}={value}"

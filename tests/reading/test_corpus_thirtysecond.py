"""The thirtysecond blind corpus (PostScript and Perl Text::PDF, issue 13): deterministic per
seed, truths well-formed and computed as the law says, every scored value in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bench.corpus_thirtysecond import (
    build,
    check,
    penalties,
    penalty_styles,
    protest_styles,
    protests,
    ruling_styles,
    rulings,
)
from bench.corpus_thirtysecond.law import check_digit, penalty_figures, protest_last_day, timing

SAMPLE = (
    [("protest", i) for i in (0, 3, 4)]
    + [("ruling-request", i) for i in (1, 2)]
    + [("penalty-case", i) for i in (0, 5)]
)
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
OUTCOME_CASES = {
    "accept": "accept multi-accept old90-timely exact-last-day exclusion two-ports charges "
    "stamp-vs-arg class valuation class-photos marking carrier origin class-and-value "
    "reconsider-ny",
    "deficient": "no-address no-ior no-entry-date no-desc no-justif earlier-no-date "
    "no-pending-stmt seven-items no-port unsigned no-basis",
    "untimely": "untimely weekend-late old90-untimely",
    "premature": "premature",
    "invalid": "invalid-petition",
    "needs_human": "weekend-grace holiday-grace partial-late neg-pd-actual expired barred-entry",
    "no_ruling": "court-pending current-transaction completed-transaction",
    "draft": "neg gn fraud fraud-pd neg-nolod dv-cap noncommercial small mixed-liq gn-nolod "
    "fraud-pd-nolod overpaid-entry near-limit",
    "(not scored)": "no-liq-date no-drawback-decl neg-pd-potential",
}
INTENDED = {case: outcome for outcome, cases in OUTCOME_CASES.items() for case in cases.split()}
CASE_COUNTS = {"protest": len(protests.CASES), "ruling-request": len(rulings.CASES),
               "penalty-case": len(penalties.CASES)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    out = tmp_path_factory.mktemp("corpus32")
    return {(kind, i): build.write(kind, i, 1, out) for kind, i in SAMPLE}


def test_same_seed_same_truth_and_name(tmp_path: Path, corpus: dict[tuple[str, int], Path]) -> None:
    for kind, i in (SAMPLE[0], SAMPLE[-1]):
        again = build.write(kind, i, 1, tmp_path)
        assert again.name == corpus[kind, i].name
        assert (again.with_suffix(".json").read_text()
                == corpus[kind, i].with_suffix(".json").read_text())


def test_another_seed_gives_other_documents() -> None:
    assert build.make("protest", 0, 1)[0].printed != build.make("protest", 0, 2)[0].printed


def test_producers_alternate_by_index(corpus: dict[tuple[str, int], Path]) -> None:
    for (_, i), pdf in corpus.items():
        assert f"_{'ps' if i % 2 == 0 else 'textpdf'}_" in pdf.name


def test_truths_are_well_formed(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, _), pdf in corpus.items():
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == kind and "--today" in truth["args"], pdf.name
        assert set(truth) == {"kind", "case", "args", "values", "decision", "not_scored"}
        assert truth["decision"].get("outcome", "accept") in OUTCOMES[kind], pdf.name
        for entry in truth["values"].get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer, serial) == int(digit), pdf.name


def test_each_case_gets_the_outcome_it_was_built_for() -> None:
    for kind, count in CASE_COUNTS.items():
        for index in range(count):
            truth = build.make(kind, index, 1)[1]
            got = truth["decision"].get("outcome", "(not scored)")
            assert got == INTENDED[truth["case"]], (kind, truth["case"])


def test_every_style_is_used_for_each_kind() -> None:
    styles: dict[str, list[str]] = {"protest": list(protest_styles.STYLES),
                                    "ruling-request": list(ruling_styles.STYLES),
                                    "penalty-case": list(penalty_styles.STYLES)}
    for kind, named in styles.items():
        used = {build.make(kind, i, 1)[1]["style"] for i in range(0, 2 * len(named), 2)}
        assert used == set(named), kind


def test_every_scored_value_is_in_the_text_layer(corpus: dict[tuple[str, int], Path]) -> None:
    for (kind, i), pdf in corpus.items():
        doc = build.make(kind, i, 1)[0]
        assert doc.printed and check.missing_texts(doc, pdf) == [], pdf.name


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    # Last day Saturday 2024-02-10: Monday the 12th is grace, Tuesday the 13th is late.
    liq, last = dt.date(2023, 8, 14), dt.date(2024, 2, 10)
    assert timing(dt.date(2024, 2, 12), liq, last, True) == "grace"
    assert timing(dt.date(2024, 2, 13), liq, last, True) == "untimely"
    # The rules' worked example: LOD 10,000, DV 300,000, dutiable 200,000 (in cents).
    lod, dv, dutiable = 1_000_000, 30_000_000, 20_000_000
    assert penalty_figures("negligence", lod, dv, dutiable, False) == (
        2_000_000, (500_000, 2_000_000), 2_000_000)
    assert penalty_figures("gross_negligence", lod, dv, dutiable, False) == (
        4_000_000, (2_500_000, 4_000_000), 4_000_000)
    assert penalty_figures("fraud", lod, dv, dutiable, False) == (
        dv, (5_000_000, 8_000_000), dv)
    assert penalty_figures("fraud", lod, dv, dutiable, True)[2] == 1_000_000
    assert penalty_figures("gross_negligence", 0, dv, dutiable, False) == (
        8_000_000, (5_000_000, 8_000_000), 8_000_000)
    assert penalty_figures("fraud", 0, dv, dutiable, False)[1] == (10_000_000, 16_000_000)

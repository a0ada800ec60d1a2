"""`tradebots bench reading`: run a kind's reader on a folder of PDFs with truth files and score it.

The folder follows shared/corpus-b's layout: NAME.pdf next to NAME.json, where the JSON holds the
CLI `args`, the scored `values` and `decision`. The reader runs in-process, exactly as
`tradebots extract KIND FILE ARGS...` would call it.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tradebots.benchmarks.reading_calibration import calibration
from tradebots.benchmarks.reading_compare import ABSENT, Check, score_document
from tradebots.benchmarks.reading_tally import Scored, tally, tally_by_family
from tradebots.errors import BusinessError

Extractor = Callable[..., dict[str, Any]]
ArgsParser = Callable[[list[str]], tuple[date | None, date]]
"""Turns a truth file's `args` into (received, today) the way `tradebots extract` does."""

# KIND_NNN_PRODUCER_CASE.pdf, e.g. protest_004_docx_multi.pdf: the family is the producer.
FILE_NAME = re.compile(r"^[a-z-]+_\d+_(?P<family>[a-z0-9]+)_.+\.pdf$", re.IGNORECASE)


@dataclass(frozen=True)
class Case:
    """One PDF with its truth file."""

    pdf: Path
    truth: dict[str, Any]

    @property
    def family(self) -> str:
        """The PRODUCER part of the file name, else the truth's `family`, else "unknown"."""
        match = FILE_NAME.match(self.pdf.name)
        if match:
            return match["family"].lower()
        return str(self.truth.get("family") or "unknown")


def find_cases(folder: Path) -> tuple[list[Case], list[str]]:
    """Every PDF in FOLDER that has a truth file, in name order; and the PDFs without one."""
    cases: list[Case] = []
    skipped: list[str] = []
    for pdf in sorted(folder.glob("*.pdf")):
        truth_path = pdf.with_suffix(".json")
        if truth_path.is_file():
            cases.append(Case(pdf, json.loads(truth_path.read_text(encoding="utf-8"))))
        else:
            skipped.append(pdf.name)
    return cases, skipped


def select(cases: list[Case], *, only: Iterable[str] = (),
           exclude: Iterable[str] = ()) -> list[Case]:
    """The cases in the ONLY families (all when empty), less the EXCLUDE families."""
    keep, drop = {f.lower() for f in only}, {f.lower() for f in exclude}
    return [case for case in cases
            if (not keep or case.family in keep) and case.family not in drop]


def read(extractor: Extractor, case: Case, parse_args: ArgsParser) -> dict[str, Any]:
    """The contract JSON as `tradebots extract` prints it; BusinessError when it refuses."""
    try:
        received, today = parse_args([str(arg) for arg in case.truth.get("args", [])])
    except ValueError as exc:
        raise BusinessError(f"truth file args: {exc}") from exc
    try:
        output = extractor(case.pdf, received=received, today=today)
    except BusinessError as exc:
        message = exc.message
        prefix = str(case.pdf)
        raise BusinessError(message if message.startswith(prefix) else f"{prefix}: {message}") \
            from exc
    # Through JSON and back, so the bench sees what the CLI prints (and fails where it would).
    printed: dict[str, Any] = json.loads(json.dumps(output))
    return printed


def score_case(extractor: Extractor, case: Case, parse_args: ArgsParser) -> Scored:
    error: str | None = None
    output: dict[str, Any] | None = None
    try:
        output = read(extractor, case, parse_args)
    except BusinessError as exc:
        error = exc.message
    except Exception as exc:  # a crash is scored like a refusal, so one file cannot stop the run
        where = traceback.extract_tb(exc.__traceback__)[-1]
        error = (f"reader crashed: {type(exc).__name__}: {exc} "
                 f"({Path(where.filename).name}:{where.lineno})")
    expected = case.truth.get("decision", {}).get("outcome")
    got = (output or {}).get("decision", {}).get("outcome")
    return Scored(name=case.pdf.name, family=case.family,
                  score=score_document(case.truth, output),
                  expected_outcome=expected, got_outcome=got, error=error,
                  confidence=(output or {}).get("confidence", {}))


def run_reading_bench(
    extractor: Extractor, cases: list[Case], parse_args: ArgsParser,
    say: Callable[[str], None] | None = None,
) -> list[Scored]:
    """Score every case, telling SAY (stderr by default) how far it got."""
    say = say or _stderr
    scored: list[Scored] = []
    for number, case in enumerate(cases, start=1):
        result = score_case(extractor, case, parse_args)
        misses = len(result.score.misses())
        state = (f"error: {result.error}" if result.error
                 else "all right" if misses == 0 else f"{misses} miss(es)")
        say(f"file {number} of {len(cases)}: {case.pdf.name}: {state}")
        scored.append(result)
    return scored


def report(kind: str, folder: Path, scored: list[Scored], *, skipped: list[str],
           only: list[str], exclude: list[str]) -> dict[str, Any]:
    """Every figure of the run, for the JSON line."""
    families = Counter(doc.family for doc in scored)
    return {
        "kind": kind, "folder": str(folder),
        "only_families": sorted(only), "excluded_families": sorted(exclude),
        **tally(scored),
        "misses_by_family": {family: len([m for doc in scored if doc.family == family
                                          for m in doc.score.misses()])
                             for family in sorted(families)},
        "families": tally_by_family(scored),
        "calibration": calibration(scored),
        "confidently_wrong_files": [doc.name for doc in scored if doc.confidently_wrong],
        "error_files": [{"file": doc.name, "message": doc.error} for doc in scored if doc.error],
        "skipped_without_truth": skipped,
    }


def details(scored: list[Scored]) -> list[dict[str, Any]]:
    """Per document: the outcome pair and every miss (field, expected, got), for the developer."""
    return [{"file": doc.name, "family": doc.family, "error": doc.error,
             "expected_outcome": doc.expected_outcome, "got_outcome": doc.got_outcome,
             "confidently_wrong": doc.confidently_wrong, "sent_to_person": doc.sent_to_person,
             "misses": [_miss(check) for check in doc.score.misses()]}
            for doc in scored]


def _miss(check: Check) -> dict[str, Any]:
    return {"field": check.path,
            "expected": "<not in truth>" if check.expected is ABSENT else check.expected,
            "got": "<not in output>" if check.got is ABSENT else check.got}


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)

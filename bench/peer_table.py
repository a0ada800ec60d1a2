"""The Markdown table of tradebots against pgqueuer and procrastinate, from one results folder.

The peers' files are those /work/shared/peers/queue writes (see its summarize.py); ours are
`tradebots_p<W>.json` in the same shape: {"rate": {"median": ...}, "exactly_once_all": ...}.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PGQUEUER = "pgqueuer_process_p{workers}_b10"  # its default batch size
PROCRASTINATE = "procrastinate_process_p{workers}_c{concurrency}"  # c1 default, c10 supplementary
TRADEBOTS = "tradebots_p{workers}"

HEADER = ("| case | tradebots items/s | pgqueuer items/s (db window) | "
          "procrastinate items/s (concurrency 1 / 10) | ratio to pgqueuer | "
          "exactly once (tradebots / pgqueuer / procrastinate) |\n|---|---|---|---|---|---|")


def load_results(folder: Path) -> dict[str, dict[str, Any]]:
    """Every JSON report in FOLDER by file stem (the per-worker files are left out)."""
    results: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        if ".w" not in path.stem:
            results[path.stem] = json.loads(path.read_text())
    return results


def _median(report: dict[str, Any] | None, key: str = "rate") -> float | None:
    if report is None or key not in report:
        return None
    return float(report[key]["median"])


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _once(report: dict[str, Any] | None) -> str:
    if report is None:
        return "-"
    return "yes" if report.get("exactly_once_all") else "NO"


def table(results: dict[str, dict[str, Any]], workers: Sequence[int]) -> str:
    """One row per worker count; the ratio is tradebots over pgqueuer's db-window rate."""
    lines = [HEADER]
    for count in workers:
        ours = results.get(TRADEBOTS.format(workers=count))
        pgq = results.get(PGQUEUER.format(workers=count))
        proc = [results.get(PROCRASTINATE.format(workers=count, concurrency=c)) for c in (1, 10)]
        rate, pgq_window = _median(ours), _median(pgq, "rate_db_window")
        ratio = f"{rate / pgq_window:.3f}" if rate is not None and pgq_window else "-"
        lines.append(
            f"| {count} worker{'s' if count > 1 else ''} | {_rate(rate)} | "
            f"{_rate(_median(pgq))} ({_rate(pgq_window)}) | "
            f"{_rate(_median(proc[0]))} / {_rate(_median(proc[1]))} | {ratio} | "
            f"{_once(ours)} / {_once(pgq)} / {_once(proc[0])} |")
    return "\n".join(lines)

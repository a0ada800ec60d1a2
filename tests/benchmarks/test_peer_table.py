"""The peers table: medians from the peers' JSON and ours, ratio to pgqueuer's db-window rate."""

from __future__ import annotations

import json
from pathlib import Path

from bench.peer_table import load_results, table
from bench.queue_rows import rows_table


def _rate(median: float) -> dict[str, float]:
    return {"median": median, "min": median, "max": median}


SAMPLES = {
    "pgqueuer_process_p1_b10": {"rate": _rate(2484.4), "rate_db_window": _rate(2600.0),
                                "exactly_once_all": True},
    "pgqueuer_process_p4_b10": {"rate": _rate(2980.0), "rate_db_window": _rate(3100.0),
                                "exactly_once_all": True},
    "procrastinate_process_p1_c1": {"rate": _rate(136.2), "exactly_once_all": True},
    "procrastinate_process_p1_c10": {"rate": _rate(410.0), "exactly_once_all": True},
    "procrastinate_process_p4_c1": {"rate": _rate(400.0), "exactly_once_all": False},
    "tradebots_p1": {"rate": _rate(41.0), "exactly_once_all": True},
    "tradebots_p4": {"rate": _rate(3255.0), "exactly_once_all": True},
    # A worker's own output file sits in the same folder and is no report.
    "pgqueuer_p1_b10_r0.w0": {"ids": [1, 2]},
}


def test_table_rows_from_sample_results(tmp_path: Path) -> None:
    for name, body in SAMPLES.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(body))
    lines = table(load_results(tmp_path), [1, 4, 8]).splitlines()
    assert lines[2] == ("| 1 worker | 41 | 2,484 (2,600) | 136 / 410 | 0.016 | yes / yes / yes |")
    assert lines[3] == ("| 4 workers | 3,255 | 2,980 (3,100) | 400 / - | 1.050 | "
                        "yes / yes / NO |")
    assert lines[4] == "| 8 workers | - | - (-) | - / - | - | - / - / - |"


def test_rows_table_gives_the_ratio_of_medians_to_the_empty_table() -> None:
    lines = rows_table({"empty": [10.0, 12.0, 11.0], "full": [9.0, 8.8, 30.0]},
                       rows=1_000_000, items=5000, workers=4).splitlines()
    assert lines[2:] == ["| empty | 11.0 | 1.00 |", "| 1,000,000 done items | 9.0 | 0.82 |"]

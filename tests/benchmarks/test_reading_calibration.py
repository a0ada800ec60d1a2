"""The calibration table: every scored value lands in the bucket of the confidence it was given."""

from __future__ import annotations

from tradebots.benchmarks.reading_calibration import UNRATED, bucket_of, calibration
from tradebots.benchmarks.reading_compare import score_document
from tradebots.benchmarks.reading_tally import Scored

TRUTH = {"values": {"party_name": "Acme Inc.", "case_number": "2025-1234",
                    "entries": [{"entry_number": "ABC-1234567-8", "entry_date": "2025-01-02"}],
                    "signed": True},
         "decision": {}}


def scored(values: dict[str, object], confidence: dict[str, float]) -> Scored:
    output = {"values": values, "decision": {}, "confidence": confidence}
    return Scored(name="x.pdf", family="rl", score=score_document(TRUTH, output),
                  expected_outcome=None, got_outcome=None, confidence=confidence)


def test_bucket_edges_fall_in_the_higher_bucket() -> None:
    assert bucket_of(0.95) == "0.95 and above"
    assert bucket_of(0.9) == "0.90 to 0.94"
    assert bucket_of(0.8999) == "0.85 to 0.89"
    assert bucket_of(0.75) == "0.75 to 0.84"
    assert bucket_of(0.7) == "below 0.75"
    assert bucket_of(None) == UNRATED


def test_each_value_is_counted_in_its_confidences_bucket_with_its_rightness() -> None:
    right = scored({"party_name": "ACME  inc.", "case_number": "2025-1234",
                    "entries": [{"entry_number": "ABC-1234567-8", "entry_date": "2025-01-02"}],
                    "signed": True},
                   {"party_name": 0.95, "case_number": 0.85, "entries[0].entry_number": 0.95,
                    "entries[0].entry_date": 0.95, "signed": 0.7})
    wrong = scored({"party_name": "Acme Trading", "case_number": None,
                    "entries": [{"entry_number": "ABC-1234567-8", "entry_date": "2024-01-02"}],
                    "signed": False},
                   {"party_name": 0.85, "entries[0].entry_number": 0.95,
                    "entries[0].entry_date": 0.9, "signed": 0.7})
    table = calibration([right, wrong])
    assert table == {
        "0.95 and above": {"right": 4, "total": 4, "pct": 100.0},
        "0.90 to 0.94": {"right": 0, "total": 1, "pct": 0.0},
        "0.85 to 0.89": {"right": 1, "total": 2, "pct": 50.0},
        "below 0.75": {"right": 1, "total": 2, "pct": 50.0},
        UNRATED: {"right": 0, "total": 1, "pct": 0.0},
    }
    assert list(table) == ["0.95 and above", "0.90 to 0.94", "0.85 to 0.89", "below 0.75",
                           UNRATED]

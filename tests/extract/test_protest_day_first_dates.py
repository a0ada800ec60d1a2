"""All-figure dates in a protest whose day and month could be either way round ("10.11.2025"):
read in the order the protest itself settles (a date that reads one way only, or the order said),
else left to a person, never guessed month first (1514(c)(3): the deadline runs from it). Found
with the fifty-second hand, measured at first sight: a day-first liquidation date read month
first made a timely protest untimely (confidently wrong)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


def _letter(path: Path, dates: tuple[str, str], note: str = "") -> Path:
    entered, liquidated = dates
    return _letter_pdf(path, [
        "Tamarack Cycle Works LLC, 18 Birch Hollow Lane, Burlington, VT 05401",
        "Port code: 5301    IOR No. 68-1976024", "",
        "Tamarack Cycle Works LLC protests the appraised value of the merchandise on entry",
        f"no. C8H-1787512-3, entered on {entered}, liquidated on {liquidated}.{note}",
        "Merchandise: Bicycle disc brake rotors, 160 mm",
        "The port added an assist that was never supplied by the protestant. The transaction",
        "value declared is the proper basis of appraisement under 19 U.S.C. 1401a.",
        "Drawback: none of these entries is subject to a drawback claim.",
        "Sincerely,", "Gideon Farrell, Director of Import Operations",
    ])


@pytest.mark.parametrize("dates", [("03.04.2025", "10.11.2025"), ("3.4.2025", "10.11.2025"),
                                   ("03.04.25", "10.11.25")])
def test_dotted_dates_the_protest_does_not_settle_go_to_a_person(
        tmp_path: Path, dates: tuple[str, str]) -> None:
    facts = extract_protest(_letter(tmp_path / "p.pdf", dates)).facts
    assert facts.entries[0].liquidation_date is None
    decision, findings = decide(facts, today=date(2026, 4, 28))
    assert decision.outcome == "needs_human"
    assert "P-DATE-1" in {f.rule for f in findings}
    assert "174.13(a)(4)" not in decision.missing  # printed, only not read for sure


@pytest.mark.parametrize(("dates", "note"), [
    (("13.04.2025", "10.11.2025"), ""),  # 13.04 reads day first only
    (("03.04.2025", "10.11.2025"), " (dates DD.MM.YYYY)"),
    (("03.04.2025", "10.11.2025"), " Dates are given day/month/year."),
])
def test_dotted_dates_read_in_the_order_the_protest_settles(
        tmp_path: Path, dates: tuple[str, str], note: str) -> None:
    facts = extract_protest(_letter(tmp_path / "p.pdf", dates, note)).facts
    assert facts.entries[0].liquidation_date == date(2025, 11, 10)
    assert facts.unsettled_dates == ()


def test_slashed_dates_stay_month_first_as_a_us_sender_writes_them(tmp_path: Path) -> None:
    facts = extract_protest(_letter(tmp_path / "p.pdf", ("03/04/2025", "10/11/2025"))).facts
    assert facts.entries[0].liquidation_date == date(2025, 10, 11)
    assert facts.unsettled_dates == ()

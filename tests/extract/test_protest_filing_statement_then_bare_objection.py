"""Under the objection's heading a sender may first say who filed the entries ("The protesting
party, X, filed the entries below at 3901 (Chicago).") and then only lodge the protest
("Protestant hereby protests the liquidation of the entries listed above."). Who filed what
argues nothing: the justification 174.13(a)(6) asks for is positively not given, as under a
bare objection alone. A reason after the same statement is the objection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_box_points_to_unprinted_sheet import _pdf

_HEAD = ["NOTICE OF PROTEST", "Protestant: Copperline Cable & Wire Co.", "270 Eastern Avenue",
         "Baltimore, MD 21224", "IRS/EIN No. 59-7095139", "Port: 3901 (Chicago)",
         "Date: 18 July 2025",
         "Entry No. 6FD-0614517-8, entered 8 July 2024, liquidated 27 May 2025",
         "Merchandise: Insulated polyester sleeping bags, rated to 20 degrees F",
         "Statement of Objection and Justification"]
_TAIL = ["Is any entry covered by this protest subject to drawback? [ ] Yes [X] No",
         "We do not request further review.", "Accelerated disposition is not requested.",
         "Regards,", "/s/ Beatrix Llewellyn", "Beatrix Llewellyn", "Director of Import Compliance"]
_BARE = "Protestant hereby protests the liquidation of the entries listed above."
_FILINGS = [
    "The protesting party, Copperline Cable & Wire Co., filed the entries below at 3901 (Chicago).",
    "Copperline Cable & Wire Co. is the importer of record of the entries listed above.",
    "The importer entered the merchandise at the port of Chicago.",
]


def _decided(tmp_path: Path, body: list[str]) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(_pdf(tmp_path / "p.pdf", [[*_HEAD, *body, *_TAIL]])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 7, 21)),
                         today=date(2025, 7, 27))
    return decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize("filing", _FILINGS)
def test_who_filed_the_entries_then_a_bare_objection_gives_no_justification(
        tmp_path: Path, filing: str) -> None:
    assert _decided(tmp_path, [filing, _BARE]) == ("deficient", ("174.13(a)(6)",))


@pytest.mark.parametrize("filing", _FILINGS)
def test_a_reason_after_the_filing_statement_is_the_objection(
        tmp_path: Path, filing: str) -> None:
    reason = ("The sleeping bags are not of textile fabric coated with plastics, so heading "
              "5903 does not apply.")
    assert _decided(tmp_path, [filing, _BARE, reason])[0] == "accept"


@pytest.mark.parametrize("filing", _FILINGS)
def test_the_filing_statement_a_paragraph_of_its_own_heads_no_objection(
        tmp_path: Path, filing: str) -> None:
    # the heading's section ends at the paragraph's gap: the lodging sentence stands apart
    assert _decided(tmp_path, [filing, "", "", _BARE]) == ("deficient", ("174.13(a)(6)",))

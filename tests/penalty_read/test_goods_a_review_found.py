"""Referrals of senders in general (issue 13, round 27): a case print's narrative that tells the
goods only as what a review, audit or examination looked at ("POST-ENTRY REVIEW OF brass hinges
FOUND ...") names the merchandise (19 CFR 162.77(b)(1)(i)); a review of the importer's papers
names none, and the description stays with a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import INFERRED
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "CASE DETAIL PRINT PORT 2704 PAGE 1",
    "CASE NUMBER ....... 2025-2704-310442-01",
    "VIOLATION ......... 19 USC 1592 NEGLIGENCE",
    "VIOLATION DATE .... 20240311",
    "PRIOR DISCLOSURE .. N",
    "NAME .............. Larkspur Hardware Supply Inc.",
    "ADDRESS ........... 41 Quarry Road, Barre, VT 05641",
    "ENTRY NO        ENTRY DT    LIQ   ENTERED VAL    DUTY PAID    DUTY OWED",
    "B7D-0071947-5   20240311    Y     58,495.00      1,169.90     2,413.66",
    "DOMESTIC VALUE .... 81,200.00",
    "DUTIABLE VALUE .... 58,495.00",
    "NARRATIVE",
]

SIBLINGS = [
    # The hand's class: a narrative in capitals, the goods between "review of" and "found".
    (["POST-ENTRY REVIEW OF SOLID BRASS DOOR HINGES FOUND THE DECLARED VALUES AND",
      "CLASSIFICATION UNDERSTATED. OFFICER ASSESSES A NEGLIGENT VIOLATION."],
     "SOLID BRASS DOOR HINGES"),
    # The goods wrapped onto the next line.
    (["A POST-ENTRY REVIEW OF",
      "SOLID BRASS DOOR HINGES FOUND THE CLASSIFICATION UNDERSTATED. OFFICER ASSESSES A",
      "NEGLIGENT VIOLATION."],
     "SOLID BRASS DOOR HINGES"),
    # In sentence case, an audit that showed it.
    (["An audit of cotton terry bath towels showed the classification was understated;",
      "the violation is assessed as negligent."],
     "cotton terry bath towels"),
    # An examination, the goods followed by a comma and their size.
    (["Examination of glazed porcelain floor tiles, 600 x 600 mm, revealed that the",
      "classification declared was understated. Negligence is assessed."],
     "glazed porcelain floor tiles"),
    # An inspection at the port, the goods bounded by "at".
    (["Following an inspection of folding aluminum step ladders at the port, the import",
      "specialist found the classification understated. Negligence is assessed."],
     "folding aluminum step ladders"),
]


@pytest.mark.parametrize(("narrative", "goods"), SIBLINGS)
def test_the_goods_a_review_looked_at_are_the_merchandise(
        tmp_path: Path, narrative: list[str], goods: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative]))
    assert reading.facts.merchandise == goods
    assert reading.fields["merchandise"].confidence == INFERRED  # told only in prose


@pytest.mark.parametrize("narrative", [
    ["POST-ENTRY REVIEW OF THE ENTRY SUMMARIES FOUND THE CLASSIFICATION UNDERSTATED."],
    ["An audit of the importer's books and accounts showed the classification understated."],
    ["A review of company documentation found the classification understated."],
])
def test_a_review_of_papers_names_no_goods(tmp_path: Path, narrative: list[str]) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative]))
    assert reading.facts.merchandise is None

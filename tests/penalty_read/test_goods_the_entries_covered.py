"""Referrals of senders in general (issue 13, round 32): the goods told as what the entries
covered or contained ("REMARKS: THE ENTRIES COVERED CHILDREN'S PLASTIC BUILDING BLOCK SETS, 250
PIECES."), or as the subject of what a review found was done with them ("Our audit ... found
that woven polyester upholstery fabric, 280 g/m2, in rolls were entered at values that left out
assists"), name the merchandise (19 CFR 162.77(b)(1)(i)). What the entries covered that is no
goods (a period, "the merchandise listed below") names none: the description stays with a
person."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import INFERRED
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "PENALTY CASE REPORT - 19 USC 1592",
    "CASE NUMBER.......: 2025-5201-734341-01",
    "PARTY NAME........: Marisol & Daughters Textiles, Inc.",
    "PARTY ADDRESS.....: 410 Wharf Road, Hayward, CA 94545",
    "VIOLATION DATE....: 19-FEB-2022",
    "CULPABILITY.......: NEGLIGENCE",
    "PRIOR DISCLOSURE..: NONE",
    "DOMESTIC VALUE....: 156337.00",
    "ENTRY NO        ENTRY DT      LIQ   ENT VALUE   DUTY PD   DUTY OWED",
    "D91-1106862-0   19-FEB-2022   Y     44483.17    889.66    2155.10",
]

COVERED = [
    # The hand's class: a remarks block in capitals, the goods closed by a comma.
    (["REMARKS: THE ENTRIES COVERED CHILDREN'S PLASTIC BUILDING BLOCK SETS, 250 PIECES. THE",
      "INVOICES PRESENTED AT ENTRY UNDERSTATED THE PRICE ACTUALLY PAID."],
     # with their specification (round 33: test_goods_with_their_qualifiers)
     "CHILDREN'S PLASTIC BUILDING BLOCK SETS, 250 PIECES"),
    # One entry, in sentence case, what it contained.
    (["Remarks: The entry contained woven polyester dog beds with foam filling. The invoice",
      "presented at entry understated the price actually paid."],
     "woven polyester dog beds with foam filling"),
    # The shipments consisted of the goods; a qualifier between subject and verb.
    (["Notes: The shipments at issue consisted of cast iron skillets. The importer declared",
      "them at prices below those actually paid."],
     "cast iron skillets"),
    # The importations comprised them, the goods wrapped onto the next line.
    (["Remarks: The importations under review comprised stainless steel",
      "kitchen sinks. The invoices understated the price actually paid."],
     "stainless steel kitchen sinks"),
]

FOUND_THAT = [
    # The hand's class: an audit found that the goods, with their size, were entered at values.
    (["Our audit of the importer found that woven polyester upholstery fabric, 280 g/m2, in",
      "rolls were entered at values that left out assists and royalties."],
     "woven polyester upholstery fabric, 280 g/m2, in rolls"),
    (["Our review found that hand-painted ceramic serving bowls were",
      "entered at values that left out assists and royalties."],
     "hand-painted ceramic serving bowls"),
    (["The examination showed that the bamboo cutting boards were declared at prices",
      "that left out the royalties paid to the licensor."],
     "bamboo cutting boards"),
    (["The import specialist determined that cotton knit baby sweaters were invoiced",
      "at values below the price actually paid."],
     "cotton knit baby sweaters"),
]


@pytest.mark.parametrize(("narrative", "goods"), COVERED + FOUND_THAT)
def test_the_goods_the_entries_covered_are_the_merchandise(
        tmp_path: Path, narrative: list[str], goods: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative]))
    assert reading.facts.merchandise == goods
    assert reading.fields["merchandise"].confidence == INFERRED  # told only in prose


@pytest.mark.parametrize("narrative", [
    ["Remarks: The entries covered the period from January 2022 to March 2023. The invoices",
     "understated the price actually paid."],
    ["Remarks: The entries covered by this referral are listed above. The invoices",
     "understated the price actually paid."],
    ["Remarks: The shipments contained the merchandise listed below. The invoices understated",
     "the price actually paid."],
    ["Our audit found that the entries were filed at values that left out assists."],
    ["Our audit found that the goods listed below were entered at values that left out assists."],
    ["Our audit found that Kestrel Audio Devices LLC was entered as the importer of record."],
])
def test_what_is_no_goods_names_no_merchandise(tmp_path: Path, narrative: list[str]) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD, *narrative]))
    assert reading.facts.merchandise is None

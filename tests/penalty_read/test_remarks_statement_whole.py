"""A narrative's label whose statement runs on to later lines (issue 13, round 33).

"REMARKS: THE ENTRIES COVERED X. THE" over "INVOICES PRESENTED AT ENTRY UNDERSTATED THE PRICE
ACTUALLY PAID; ...": the act is told on the second line, after the goods' sentence. The
statement is the label's whole value; read from the act's line, the facts began mid-sentence and
lost the goods the notice describes (19 CFR 162.77(b)(1)(i), (iv)).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_HEAD = [line for line in REFERRAL_HEAD if line != "Entries:"]
_ENTRIES = [
    "Entries:",
    "Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, duty paid "
    "$1,596.69, duty owed $4,151.41.",
]


@pytest.mark.parametrize(("remark", "opening"), [
    (["REMARKS: THE ENTRIES COVERED CHILDREN'S PLASTIC BUILDING BLOCK SETS, 250 PIECES. THE",
      "INVOICES PRESENTED AT ENTRY UNDERSTATED THE PRICE ACTUALLY PAID; THE DIFFERENCE WAS PAID",
      "THROUGH A SEPARATE ACCOUNT."],
     "THE ENTRIES COVERED CHILDREN'S PLASTIC BUILDING BLOCK SETS"),
    (["Remarks: The goods were glazed ceramic floor tiles made in Spain. The importer",
      "declared them at prices below those actually paid to the seller."],
     "The goods were glazed ceramic floor tiles"),
    (["Officer's notes: Shipments of oak dining chairs arrived through Long Beach. The broker",
      "entered them under a subheading at a lower rate of duty than the one that applies."],
     "Shipments of oak dining chairs"),
])
def test_the_statement_under_a_label_is_read_from_its_first_word(
        tmp_path: Path, remark: list[str], opening: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, *remark, *_ENTRIES])
    facts = extract_penalty(path).facts.material_facts
    assert facts is not None and facts.startswith(opening)


def test_a_remark_of_no_act_states_no_facts(tmp_path: Path) -> None:
    remark = ["Remarks: referral attached for a pre-penalty review by the case officer and",
              "the fines officer."]
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, *remark, *_ENTRIES])
    assert extract_penalty(path).facts.material_facts is None

"""An element found only by an inferred cue leaves the protest to a person (seed 2 of the blind
family accepted two deficient protests): a heading over a mere request, a guessed paragraph, a
protest number only called "related"."""

from __future__ import annotations

from datetime import date

import pytest

from bots.protest_intake.extract_earlier import read_earlier_protest
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import INFERRED, Fields
from bots.protest_intake.extract_objection_reasons import gives_reasons
from bots.protest_intake.extract_paragraphs import read_numbered_objection
from bots.protest_intake.extract_structure import inferred_items
from tests.extract.test_protest_letter_cues import stream_of

REQUEST_ONLY = """Merchandise description: Frozen breaded shrimp, 12 oz. retail packs
Grounds for protest
We ask that the liquidation be reviewed.
No application for further review is made at this time.
None of the entries listed is the subject of a drawback claim.
This protest is sent by certified mail, and protestant requests accelerated
disposition under 19 U.S.C. 1515(b) and 19 CFR 174.22.
Yours faithfully,"""


def test_a_heading_over_a_mere_request_is_only_a_guess_at_the_objection() -> None:
    fields = Fields()
    read_elements(stream_of(REQUEST_ONLY), fields)
    assert fields.value("objection_text", "").startswith("We ask that the liquidation")
    assert inferred_items(fields) == frozenset({6})


def test_the_heading_that_gives_a_reason_is_the_objection() -> None:
    fields = Fields()
    read_elements(stream_of("""Claim: refund of the merchandise processing fee assessed.
Basis: The goods originate in Mexico under the USMCA, so the fee may not be charged.
Very truly yours,"""), fields)
    assert fields.value("objection_text", "").startswith("The goods originate in Mexico")
    assert inferred_items(fields) == frozenset()


@pytest.mark.parametrize(("body", "reasons"), [
    ("We ask that the liquidation be reviewed. No application for further review is made.",
     False),
    ("The drawback claim was refused for want of proof of export, although the bills of "
     "lading were submitted.", True),
    ("Transaction value is the invoice price between unrelated parties.", True),
])
def test_an_objection_gives_reasons_only_in_its_own_sentences(body: str, reasons: bool) -> None:
    assert gives_reasons(body) is reasons


def test_a_numbered_paragraph_taken_for_the_objection_is_a_guess() -> None:
    fields = Fields()
    read_numbered_objection(stream_of("""1. We protest the classification of the goods.
2. CBP's own rulings on similar goods classify them in subheading 6912.00.3950, HTSUS.
Sincerely,"""), fields)
    assert fields.value("objection_text") is not None
    assert inferred_items(fields) == frozenset({6})


def test_a_related_protest_without_its_receipt_date_is_a_guess_at_item_7() -> None:
    fields = Fields()
    read_earlier_protest(stream_of(
        "Related protest with pending further review: No. 5201-24-120065.\n"
        "Subject to drawback? No."), fields)
    assert fields.value("earlier_protest_number") == "5201-24-120065"
    assert fields.value("earlier_protest_received") is None
    assert inferred_items(fields) == frozenset({7})


def test_a_disposition_asked_for_reads_the_receipt_date_past_a_month_abbreviation() -> None:
    fields = Fields()
    read_earlier_protest(stream_of(
        "6. Please apply the disposition of Protest No. 3801-24-112718 (received Aug. 5, 2024;"
        " AFR pending)."), fields)
    assert fields.value("earlier_protest_number") == "3801-24-112718"
    assert fields.value("earlier_protest_received") == date(2024, 8, 5)
    assert INFERRED[7] not in fields.items

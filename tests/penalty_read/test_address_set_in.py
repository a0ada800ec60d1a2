"""Referrals of senders in general: a party's address whose city line is set in by spaces under
the street (a proportional font leaves it short of the street's edge), an "Attn:" line over the
street, and a name beside its bare caption with the address set in under it. The notice goes to
the address (19 CFR 162.77(b)), so each is read whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_remarks_narratives import HEAD, TAIL

_HEAD = [h for h in HEAD if not h.startswith(("PARTY", "ADDRESS"))]
_REMARKS = ["REMARKS:", "  Entries of dog sweaters were undervalued by omitting assists."]
_NAME = "Harbor & Finch Home Goods LLC"


def _read(tmp_path: Path, lines: list[str]) -> tuple[str | None, str | None]:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf",
                                          [_HEAD[0], *lines, *_HEAD[1:], *_REMARKS, *TAIL])).facts
    return facts.party_name, facts.party_address


@pytest.mark.parametrize(("lines", "address"), [
    # Before: "212 Wharf Street, Suite 300" (no city, no ZIP) with a labelled confidence.
    ([f"Party: {_NAME}", "Address: 212 Wharf Street, Suite 300", "         Portland, ME 04101"],
     "212 Wharf Street, Suite 300, Portland, ME 04101"),
    ([f"Party: {_NAME}", "Address: 212 Wharf Street", "            Portland, ME 04101"],
     "212 Wharf Street, Portland, ME 04101"),
    # Before: "Attn: Legal Dept." as the whole address.
    ([f"Party: {_NAME}", "Address: Attn: Legal Dept.", "212 Wharf Street", "Portland, ME 04101"],
     "212 Wharf Street, Portland, ME 04101"),
], ids=["suite-then-city", "street-then-city", "attention-line"])
def test_the_whole_address_is_read(tmp_path: Path, lines: list[str], address: str) -> None:
    assert _read(tmp_path, lines) == (_NAME, address)


@pytest.mark.parametrize("indent", [10, 15], ids=["short-of-the-name", "under-the-name"])
def test_a_name_beside_its_caption_heads_the_address_set_in_under_it(
        tmp_path: Path, indent: int) -> None:
    # Before: the street was read as the party's name at 0.95, the city line as its address.
    lines = [f"Party:    {_NAME}", " " * indent + "212 Wharf Street",
             " " * indent + "Portland, ME 04101"]
    assert _read(tmp_path, lines) == (_NAME, "212 Wharf Street, Portland, ME 04101")

"""A sender's own timing ("we ask for a ruling before we commit", "before signing the charter")
next to the port the goods will use states nothing pending before CBP (19 CFR 177.2(b)(5)).
Before, "before" beside "the port of X" drew a confident no-ruling letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read


@pytest.mark.parametrize("plan", [
    "We plan to import the mats through the port of Newark starting next quarter and ask for "
    "a binding ruling before we commit.",
    "Before we place our first order for entry at the Port of Newark, we would like a binding "
    "ruling.",
    "We ask for this ruling before signing the supply contract; the mats will enter at the "
    "Port of Newark.",
    "Our buyers at the port of Newark need the classification before I can approve the "
    "purchase order.",
    "We need the ruling before they sail from Haiphong to the Port of Newark.",
    "The mats would be entered at the port of Newark, and we seek CBP's view before committing "
    "to the supplier.",
], ids=["before-we-commit", "before-we-place", "before-signing", "before-I",
        "before-they", "before-committing"])
def test_the_senders_own_timing_beside_its_port_is_no_pending_matter(
        tmp_path: Path, plan: str) -> None:
    output = read(tmp_path, facts=(*FACTS, plan))
    assert output["values"]["pending_before_cbp"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("pending", [
    "A protest on an earlier entry is pending at the Port of Newark, and we ask for this ruling "
    "before we file the next entry.",
    "Before we wrote this letter, the port of Newark issued a CBP Form 28 on the same mats.",
], ids=["protest-then-timing", "timing-then-form-28"])
def test_a_matter_at_the_port_beside_the_senders_timing_is_still_before_cbp(
        tmp_path: Path, pending: str) -> None:
    output = read(tmp_path, pending=pending)
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["outcome"] == "no_ruling"

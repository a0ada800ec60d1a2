"""A surety says who files the protest and in what capacity in one clause: "This protest is
filed by Great Plains Surety Corp. as surety on the continuous bond of ...". Such a protest must
certify that it is not collusive (19 CFR 174.13(a)(8))."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


def _letter(path: Path, capacity: list[str]) -> Path:
    return _letter_pdf(path, [
        "Great Plains Surety Corp.",
        "3172 Airport Road",
        "Oakland, CA 94607",
        "Date: 10/31/2023",
        "IOR No.: 10-7957650",
        "Port code: 1401",
        "Port Director, U.S. Customs and Border Protection, Port of Norfolk",
        "Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174",
        "Dear Port Director:",
        "We hereby protest classification under the HTSUS on the following entries: entry no.",
        "4HA-2144504-2, entered 01/11/2023, liquidated 09/09/2023.",
        "Merchandise: Cordless rechargeable hair clippers with lithium-ion battery, model HC-20",
        "CBP liquidated the entries under subheading 8510.90.4000, HTSUS. The merchandise is",
        "properly classified under subheading 8510.20.9000, HTSUS, by application of GRI 1.",
        "Accelerated disposition is not requested.",
        *capacity,
        "The entries are not subject to drawback.",
        "Sincerely,",
        "Rafael E. Montalvo",
        "President",
    ])


@pytest.mark.parametrize("capacity", [
    ["This protest is filed by Great Plains Surety Corp. as surety on the continuous bond of",
     "Kestrel Optics International, Inc., the importer of record; no other party has protested."],
    ["This protest is submitted by Great Plains Surety Corp. in its capacity as surety on the",
     "importer's continuous bond; the importer has not protested."],
    ["The protest is made by the undersigned as surety for the importer of record, Kestrel",
     "Optics International, Inc.; the importer has not protested."],
])
def test_a_protest_filed_by_a_party_as_surety_is_a_surety_protest(
        tmp_path: Path, capacity: list[str]) -> None:
    # Before: the capacity came after "filed by X" and the clause ended at ";" before any word
    # of protesting, so the surety's protest was read as the importer's and accepted without
    # the non-collusion certification 174.13(a)(8) asks of a surety.
    facts = extract_protest(_letter(tmp_path / "s.pdf", capacity)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 11, 8)), today=date(2023, 12, 11))
    assert facts.surety_protest is True
    assert decision.outcome != "accept"
    assert "174.13(a)(8)" in decision.missing


def test_a_bond_naming_its_surety_in_passing_makes_no_surety_protest(tmp_path: Path) -> None:
    facts = extract_protest(_letter(tmp_path / "i.pdf", [
        "This protest is filed by the importer, whose continuous bond names Great Plains Surety",
        "Corp. as surety; no other party has protested."])).facts
    assert not facts.surety_protest


@pytest.mark.parametrize("capacity", [
    # As the thirty-ninth hand wrote it: the capacity said of the protestant, no "protest" after.
    ["The protestant files as surety on the importer's continuous bond. The importer of record",
     "has not protested."],
    ["We submit this protest as surety for the importer of record under its continuous bond."],
    ["The protesting party is acting as surety on the importer's single transaction bond."],
])
def test_the_protestant_filing_as_surety_is_a_surety_protest(
        tmp_path: Path, capacity: list[str]) -> None:
    # Before: "as surety" counted only with a word of protesting after it in its sentence, so a
    # surety saying it files as surety was read as the importer and accepted uncertified.
    facts = extract_protest(_letter(tmp_path / "f.pdf", capacity)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 11, 8)), today=date(2023, 12, 11))
    assert facts.surety_protest is True
    assert (decision.outcome, decision.missing) == ("deficient", ("174.13(a)(8)",))


def test_the_bonds_surety_acting_in_passing_makes_no_surety_protest(tmp_path: Path) -> None:
    facts = extract_protest(_letter(tmp_path / "n.pdf", [
        "The entries were made under a continuous bond on which Great Plains Surety Corp. acts",
        "as surety; the importer files this protest itself."])).facts
    assert not facts.surety_protest

"""A surety may name itself, not "the protestant", as the party filing in that capacity:
"Greystone Tool & Die Co. files as surety on the continuous bond of the importer of record."
When the subject is the protestant's own name the protest is a surety's, and it must certify
that it is not collusive (19 CFR 174.13(a)(8)). Another party named as the bond's surety in
passing ("Old Republic acts as surety on our bond") leaves the protest the importer's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf


def _letter(path: Path, name: str, capacity: list[str]) -> Path:
    return _letter_pdf(path, [
        name,
        "81 Anvil Drive",
        "Toledo, OH 43612",
        "Date: 10/31/2023",
        "IOR No.: 10-7957650",
        "Port code: 1401",
        "Port Director, U.S. Customs and Border Protection, Port of Norfolk",
        "Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174",
        f"Dear Port Director: {name} protests the classification under the HTSUS",
        "on the following entries: entry no. 4HA-2144504-2, entered 01/11/2023, liquidated",
        "09/09/2023.",
        "Merchandise: Cordless rechargeable hair clippers with lithium-ion battery, model HC-20",
        "CBP liquidated the entries under subheading 8510.90.4000, HTSUS. The merchandise is",
        "properly classified under subheading 8510.20.9000, HTSUS, by application of GRI 1.",
        *capacity,
        "Drawback: none of the merchandise has been or will be claimed for drawback.",
        "Accelerated disposition is not requested. Further review is not requested.",
        "Sincerely,",
        "Rafael E. Montalvo",
        "President",
    ])


def _decided(path: Path) -> tuple[bool | None, str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 11, 8)), today=date(2023, 12, 11))
    return facts.surety_protest, decision.outcome, tuple(decision.missing)


@pytest.mark.parametrize(("name", "capacity"), [
    ("Greystone Tool & Die Co.",
     ["Greystone Tool & Die Co. files as surety on the continuous bond of the importer of",
      "record."]),
    ("Harbor Fidelity Bonding Corp.",
     ["Harbor Fidelity Bonding Corp. submits this protest as surety under the importer's",
      "single transaction bond."]),
    ("Meridian Casualty Company",
     ["Meridian Casualty Company is the surety on the continuous bond of the importer of",
      "record, Kestrel Optics International, Inc."]),
    ("Northgate Indemnity LLC",
     ["Northgate Indemnity LLC, acting in its capacity as surety on the importer's bond, asks",
      "that the entries be reliquidated."]),
])
def test_the_protestant_naming_itself_surety_files_a_surety_protest(
        tmp_path: Path, name: str, capacity: list[str]) -> None:
    # Before: only "the protestant", "we" or "I" could be the subject that files as surety; the
    # protestant's own name was not, and the uncertified surety protest was accepted.
    assert _decided(_letter(tmp_path / "s.pdf", name, capacity)) == (
        True, "deficient", ("174.13(a)(8)",))


@pytest.mark.parametrize("capacity", [
    ["Old Republic Surety Co. acts as surety on our continuous bond."],
    ["The entries were made under the continuous bond, on which Old Republic Surety Co. is",
     "surety."],
    ["Old Republic Surety Co. is the surety on the importer's continuous bond."],
    ["Our continuous bond names Old Republic Surety Co. as surety; Kestrel Optics",
     "International, Inc. files this protest as importer of record."],
])
def test_another_party_named_as_the_bonds_surety_makes_no_surety_protest(
        tmp_path: Path, capacity: list[str]) -> None:
    surety, outcome, _ = _decided(_letter(tmp_path / "i.pdf", "Kestrel Optics International, Inc.",
                                          capacity))
    assert not surety
    assert outcome == "accept"

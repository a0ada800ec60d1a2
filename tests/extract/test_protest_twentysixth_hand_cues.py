"""Round 24: what the twenty-sixth hand's protest senders do, read for senders in general (issue 13).

A statement of protest set out as recitals ("WHEREAS X, whose address is ..., is the importer of
record ...; WHEREAS the merchandise is described as follows: ...; and"), and a sheet whose
captions are printed in two languages ("Port / Puerto: ...") (19 CFR 174.13(a)(1), (2), (5)).
"""

from __future__ import annotations

from pathlib import Path

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_RECITALS = [
    "STATEMENT OF PROTEST",
    "Port of Savannah, Port Code 1703",
    "WHEREAS Cedar Point Outfitters LLC, whose address is 14 Harbor Road, Mystic, CT 06355",
    "and whose importer number is 12-3456789, is the importer of record of the entries named",
    "below; and",
    "WHEREAS entry number 7H8-1513702-7 was made on the 21st day of October, 2024 and was",
    "liquidated on the 25th day of September, 2025; and",
    "WHEREAS the merchandise is described as follows: Canvas duffel bags, 40 l, part no.",
    "DB-40; and",
    "NOW, THEREFORE, the undersigned states its protest as follows.",
    "Objection: the protestant objects to the classification and rate of duty assessed. The",
    "goods are properly classified under subheading 4202.92.3131, HTSUS.",
    "Signed: Dana Whitfield",
]


def test_a_recital_names_the_party_by_its_role_in_the_predicate(tmp_path: Path) -> None:
    # Before: "WHEREAS X, whose address is A and whose importer number is N, is the importer of
    # record" gave the address and number but no name: (a)(1) was reported missing.
    facts = extract_protest(_letter_pdf(tmp_path / "recitals.pdf", _RECITALS)).facts
    assert facts.protestant_name == "Cedar Point Outfitters LLC"
    assert facts.protestant_address == "14 Harbor Road, Mystic, CT 06355"
    assert facts.importer_number == "12-3456789"


def test_a_recited_description_runs_to_its_semicolon(tmp_path: Path) -> None:
    # Before: "WHEREAS the merchandise is described as follows: ..." was no label (too long) and
    # no sentence cue, so (a)(5) was reported missing. The "no." inside it ends nothing.
    facts = extract_protest(_letter_pdf(tmp_path / "recitals.pdf", _RECITALS)).facts
    assert facts.merchandise_description == "Canvas duffel bags, 40 l, part no. DB-40"

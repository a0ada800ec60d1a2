"""Counsel's statement of protest lodges the protest under its title ("STATEMENT OF PROTEST
(19 U.S.C. 1514)": the party, "protests the liquidation of the entries below", the entry's own
line "Entry No. ..., entered ..., liquidated ...") and argues it in a pleading's numbered parts
below ("Count I" / "Count II", "Ground 1 - ...", "Point A"). The title's section only lodges the
protest: "Entry No." abbreviates a number and gives no reason ("no"). The objection is the
numbered parts, read together, to the next section ("Other Statements"); what they argue is
the decision protested (19 U.S.C. 1514(a)), not the bare "liquidation" of the lodging
sentence. Parts that argue nothing are no objection read from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_objection_reasons import gives_reasons
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "RAMAN & HALVORSEN LLP",
    "1 Liberty Plaza, 31st Floor, New York, NY 10006",
    "June 11, 2025",
    "U.S. Customs and Border Protection",
    "Port of Seattle, Port Code 3002",
    "Attention: Protest Section",
    "STATEMENT OF PROTEST (19 U.S.C. 1514)",
    'Sunbelt Fitness Gear, Inc. ("Protestant"), whose address is 4400 Westheimer Road,',
    "Houston, TX 77027, importer number 34-2544945, protests the liquidation of the entries below.",
    "Entry No. 580-5866134-7, entered on 05/18/2024, liquidated on 04/03/2025.",
    "Description of merchandise: Neoprene dumbbells, cast iron core, 5 lb. pairs",
]
_TAIL = [
    "Other Statements",
    "We state that no entry covered by this protest is subject to drawback.",
    "Protestant does not seek further review at this time.",
    "Respectfully submitted,",
    "Evelyn R. Castellano",
    "Counsel for Sunbelt Fitness Gear, Inc.",
]
# (the numbered parts as a sender heads them, the decision they argue, words of the last part)
_PARTS: list[tuple[list[str], str, str]] = [
    # As the twenty-seventh hand wrote it.
    (["Count I",
      "CBP appraised the merchandise at transaction value including buying commissions paid",
      "to Protestant's own buying agent.",
      "Count II",
      "A bona fide buying commission is not part of the price actually paid or payable",
      "(19 U.S.C. 1401a(b)(1)); the agency agreement and commission invoices are enclosed."],
     "appraised_value", "commission invoices"),
    (["Ground 1 - The tariff provision",
      "CBP liquidated the goods under subheading 9506.91.0090, HTSUS, a basket provision.",
      "Ground 2 - The correct subheading",
      "The goods are properly classified under subheading 9506.91.0030, HTSUS, by GRI 1",
      "and the terms of the heading."],
     "classification", "terms of the heading"),
    (["Point A.",
      "CBP classified the dumbbells in subheading 9506.91.0090, HTSUS.",
      "Point B.",
      "Subheading 9506.91.0030 names them eo nomine; under GRI 1 that provision governs",
      "and the residual one cannot."],
     "classification", "residual one cannot"),
]


def _decided(path: Path) -> tuple[str, tuple[str, ...]]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 6, 16)),
                         today=date(2025, 6, 30))
    return decision.outcome, tuple(decision.missing)


def test_an_entry_number_abbreviated_gives_no_reason() -> None:
    lodged = ("Sunbelt Fitness Gear, Inc. protests the liquidation of the entries below. "
              "Entry No. 580-5866134-7, entered on 05/18/2024, liquidated on 04/03/2025.")
    assert not gives_reasons(lodged)
    assert not gives_reasons(lodged.replace("Entry No. ", "Entry No 5"))
    # The word itself still reasons: "no part of the value".
    assert gives_reasons("The commission is no part of the price actually paid.")


@pytest.mark.parametrize(("parts", "category", "words"), _PARTS)
def test_the_numbered_parts_are_the_objection(
        tmp_path: Path, parts: list[str], category: str, words: str) -> None:
    # Before: the title's section (the lodging sentence and the entry's line) was read as the
    # objection, "No." taken for a reason, and the decision stayed "liquidation".
    extraction = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *parts, *_TAIL]))
    assert extraction.facts.category == category
    objection = extraction.facts.objection_text or ""
    assert words in objection and "protests the liquidation" not in objection
    assert "drawback" not in objection
    assert _decided(tmp_path / "p.pdf") == ("accept", ())


def test_parts_that_argue_nothing_are_no_objection_read(tmp_path: Path) -> None:
    parts = ["Count I", "Protestant objects to the liquidation of the entry.",
             "Count II", "Protestant asks that the entry be reliquidated."]
    extraction = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *parts, *_TAIL]))
    assert "Count II" not in (extraction.facts.objection_text or "")
    assert _decided(tmp_path / "p.pdf")[0] != "accept"


@pytest.mark.parametrize(("parts", "category", "words"), _PARTS)
def test_the_parts_read_vouch_for_an_absent_importer_number(
        tmp_path: Path, parts: list[str], category: str, words: str) -> None:
    # The objection read under the pleading's headings shows the letter's layout was
    # understood, as the title's section did: the number left out is absent (a)(2), not unread.
    head = [line.replace(", importer number 34-2544945,", ",") for line in _HEAD]
    pdf = _letter_pdf(tmp_path / "p.pdf", [*head, *parts, *_TAIL])
    assert extract_protest(pdf).facts.importer_number is None
    assert _decided(pdf) == ("deficient", ("174.13(a)(2)",))

"""Senders' ways the fourteenth and fifteenth hands showed (issue 13, round 11), each tested in
several wordings a real sender would use: small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bots.ruling_triage.extract import extract_ruling
from tests.ruling_read.test_forms_and_worksheets import Cell, draw, extract

AGENT_HEAD: list[Cell] = [(55, 50, "Pemberton Customs Consulting"),
                          (55, 62, "77 West Wacker Drive"), (55, 74, "Chicago, IL 60601"),
                          (55, 96, "February 24, 2025"),
                          (55, 112, "National Commodity Specialist Division, 201 Varick Street, "
                                    "New York, NY 10014"),
                          (55, 128, "Re: binding ruling request")]
IMPORTER_HEAD: list[Cell] = [(55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road"),
                             (55, 74, "Newark, NJ 07114"), *AGENT_HEAD[3:]]
IMPORTER_BOX: list[Cell] = [(55, 170, "2. Importer"),
                            (55, 182, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114; importer "
                                      "number 12-3456789.")]
CLASSIFICATION: list[Cell] = [
    (55, 200, "3. Port of entry"), (55, 212, "The goods will be entered at Newark (port 4601)."),
    (55, 230, "4. Request"),
    (55, 242, "We request a prospective binding ruling on the tariff classification of the goods."),
    (55, 260, "5. Transaction"),
    (55, 272, "The goods have not yet been imported; the first shipment is planned for May."),
    (55, 290, "6. Merchandise"),
    (55, 302, "Cotton bath towels, 70 x 140 cm, terry woven. Principal use: drying the body "
              "after bathing."),
    (55, 314, "Materials: cotton 100% by weight."),
    (55, 332, "7. Pending matters"),
    (55, 344, "The issue is not pending before any CBP office or any court."),
]
SIGNED: list[Cell] = [(55, 420, "Respectfully submitted,"), (55, 444, "/s/ Ann Lee"),
                      (55, 456, "Ann Lee, Partner")]


def samples_section(tmp_path: Path, answer: str) -> bool:
    cells = [*IMPORTER_HEAD, *IMPORTER_BOX, *CLASSIFICATION, (55, 362, "8. Samples"),
             (55, 374, answer), *SIGNED]
    return bool(extract(draw(tmp_path / "samples.pdf", cells))["values"]["sample_provided"])


@pytest.mark.parametrize("answer", [
    "Photographs and a drawing are attached.", "A specification sheet is enclosed.",
    "Catalogue pages and product photos are provided.", "Technical data sheet attached."])
def test_documents_under_a_samples_heading_are_no_sample(tmp_path: Path, answer: str) -> None:
    assert samples_section(tmp_path, answer) is False


@pytest.mark.parametrize("answer", ["Two pieces are enclosed with a drawing.",
                                    "Sent under separate cover.", "A sample is enclosed."])
def test_the_article_under_a_samples_heading_is_a_sample(tmp_path: Path, answer: str) -> None:
    assert samples_section(tmp_path, answer) is True


def valuation(tmp_path: Path, relationship: str) -> tuple[dict[str, Any], object]:
    goods = [(x, y, t) for x, y, t in CLASSIFICATION if y < 230 or y >= 260]
    cells = [*IMPORTER_HEAD, *IMPORTER_BOX, *goods,
             (55, 230, "4. Request"),
             (55, 242, "We request a prospective binding ruling on the appraisement (transaction "
                       "value) of the goods."),
             (55, 362, "8. Terms of sale"), (55, 374, f"FOB Karachi, USD 3.50 per towel; "
                                                     f"{relationship}"), *SIGNED]
    path = draw(tmp_path / "valuation.pdf", cells)
    related = extract_ruling(path).fields.get("parties_related")
    return extract(path), None if related is None else related.value


@pytest.mark.parametrize("said", [
    "the seller and Harbor Goods LLC are unrelated.",
    "Harbor Goods LLC and the seller are not related.",
    "we are not related to the seller.",
    "the importer has no relationship with the vendor.",
    "the sale is between unrelated parties.",
    "Harbor Goods LLC and its supplier are independent companies."])
def test_an_unrelated_seller_in_any_wording_completes_a_valuation(tmp_path: Path,
                                                                 said: str) -> None:
    output, related = valuation(tmp_path, said)
    assert related is False, said
    assert output["decision"]["outcome"] == "accept", (said, output["findings"])


def test_parties_named_in_any_order_as_related_state_the_relationship(tmp_path: Path) -> None:
    output, related = valuation(tmp_path, "the seller and Harbor Goods LLC are related by "
                                          "common ownership.")
    assert related is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_relationship_word_the_reader_cannot_read_goes_to_a_person(tmp_path: Path) -> None:
    output, related = valuation(tmp_path, "its owners, in our view, are unrelated to ours.")
    assert related is None
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


@pytest.mark.parametrize("authority", [
    "We act for Harbor Goods LLC under its written letter of authorization dated May 3, 2025.",
    "We are the licensed customs broker for Harbor Goods LLC and hold its signed authorization "
    "to file this request.",
    "Harbor Goods LLC has appointed us in writing as its agent for this request.",
    "Pemberton Customs Consulting is authorized by Harbor Goods LLC to request this ruling on "
    "its behalf.",
    "We are counsel to Harbor Goods LLC under a customs power of attorney (CBP Form 5291)."])
def test_an_agent_states_for_whom_and_by_what_authority_in_any_wording(tmp_path: Path,
                                                                      authority: str) -> None:
    cells = [*AGENT_HEAD, (55, 146, "1. Authority"), (55, 158, authority), *IMPORTER_BOX,
             *CLASSIFICATION, *SIGNED]
    path = draw(tmp_path / "agent.pdf", cells)
    output = extract(path)
    fields = extract_ruling(path).fields
    assert output["values"]["requester_name"] == "Harbor Goods LLC", authority
    assert fields["acting_as_agent"].value is True, authority
    assert fields["agent_authority_stated"].value is True, authority
    # The letterhead and signature are the agent's: no second requester, no person needed.
    assert output["decision"]["outcome"] == "accept", (authority, output["findings"])


def test_a_party_table_of_bare_captions_gives_requester_address_and_port(tmp_path: Path) -> None:
    rows = [("Importer", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
            ("Importer No.", "12-3456789"), ("Port", "4601")]
    cells: list[Cell] = [*IMPORTER_HEAD, (130, 146, "Party"), (205, 146, "Detail")]
    for row, (caption, value) in enumerate(rows):
        cells += [(130, 160 + 12 * row, caption), (205, 160 + 12 * row, value)]
    goods = [(x, y, t) for x, y, t in CLASSIFICATION if y >= 230]
    output = extract(draw(tmp_path / "table.pdf", [*cells, *goods, *SIGNED]))
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["ports"] == ["4601"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_bulleted_labels_with_hanging_lines_are_read_as_labels(tmp_path: Path) -> None:
    bullets: list[Cell] = []
    y = 230
    for label, lines in (
            ("Port of entry:", ["Newark (port 4601)."]),
            ("Transaction:", ["The goods have not yet been imported; the first shipment is",
                              "planned for May."]),
            ("Merchandise:", ["Cotton bath towels, 70 x 140 cm, terry woven. Principal use:",
                              "drying the body after bathing. Materials: cotton 100% by weight."]),
            ("Pending matters:", ["To our knowledge the issue is not pending before any CBP",
                                  "office or any court."])):
        bullets += [(55, y, "\u2022"), (70, y, f"{label} {lines[0]}")]
        bullets += [(70, y + 12 * (n + 1), line) for n, line in enumerate(lines[1:])]
        y += 12 * len(lines) + 6
    cells = [*IMPORTER_HEAD, *IMPORTER_BOX,
             (55, 212, "We request a prospective binding ruling on the tariff classification."),
             *bullets, *SIGNED]
    output = extract(draw(tmp_path / "bullets.pdf", cells))
    assert output["values"]["ports"] == ["4601"]
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]

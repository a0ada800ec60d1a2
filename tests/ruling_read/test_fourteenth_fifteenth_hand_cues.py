"""Senders' ways the fourteenth and fifteenth hands showed (issue 13, round 11), each tested in
several wordings a real sender would use: small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from bots.ruling_triage.extract import extract_ruling
from bots.ruling_triage.extract_agency import acts_for
from tests.ruling_read.test_forms_and_worksheets import Cell, draw, extract
from tests.ruling_read.test_phrasings import read

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


UNRELATED = ["the seller and Harbor Goods LLC are unrelated.",
             "Harbor Goods LLC and the seller are not related.",
             "we are not related to the seller.",
             "the importer has no relationship with the vendor.",
             "the sale is between unrelated parties.",
             "Harbor Goods LLC and its supplier are independent companies."]
RELATED = ["the seller and Harbor Goods LLC are related by common ownership.",
           "we buy from our parent company in Pakistan.",
           "the seller, Indus Mills, a related party within 19 U.S.C. 1401a(g), sets the price.",
           "the vendor is a related party."]


@pytest.mark.parametrize(("said", "stated"), [*((s, False) for s in UNRELATED),
                                              *((s, True) for s in RELATED)])
def test_the_relationship_in_any_wording_completes_a_valuation(tmp_path: Path, said: str,
                                                               stated: bool) -> None:
    output, related = valuation(tmp_path, said)
    assert related is stated, said
    assert output["decision"]["outcome"] == "accept", (said, output["findings"])


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
    "We are counsel to Harbor Goods LLC under a customs power of attorney (CBP Form 5291).",
    "We act for Harbor Goods LLC; our authorization from the company is attached.",
    "We are acting as agent for Harbor Goods LLC, its designated customs broker."])
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


@pytest.mark.parametrize("number_caption", ["Importer No.", "Importer no.", "IOR no."])
def test_a_party_table_of_bare_captions_gives_requester_address_and_port(
        tmp_path: Path, number_caption: str) -> None:
    rows = [("Importer", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
            (number_caption, "12-3456789"), ("Port", "4601")]
    cells: list[Cell] = [*IMPORTER_HEAD, (130, 146, "Party"), (205, 146, "Detail")]
    for row, (caption, value) in enumerate(rows):
        cells += [(130, 160 + 12 * row, caption), (205, 160 + 12 * row, value)]
    goods = [(x, y, t) for x, y, t in CLASSIFICATION if y >= 230]
    output = extract(draw(tmp_path / "table.pdf", [*cells, *goods, *SIGNED]))
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["ports"] == ["4601"]
    assert values["importer_number"] == "12-3456789"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def items_letter(tmp_path: Path, heads: list[str]) -> dict[str, Any]:
    """Goods listed as "Item n: name; materials: ...; we believe ..." lines, one a line."""
    goods = ["Cotton bath towel; materials: cotton 100%; we believe it falls under 6302.60.0020.",
             "Linen hand towel; materials: linen 100%; we believe it falls under 6302.91.0045.",
             "Cotton washcloth; materials: cotton 100%; we believe it falls under 6302.60.0010.",
             "Cotton beach towel; materials: cotton 100%; we believe it falls under 6302.60.0030.",
             "Cotton bath sheet; materials: cotton 100%; we believe it falls under 6302.60.0020.",
             "Cotton tea towel; materials: cotton 100%; we believe it falls under 6302.60.0010."]
    rows = [(55, 290 + 12 * n, f"{head} {text}")
            for n, (head, text) in enumerate(zip(heads, goods[:len(heads)], strict=True))]
    cells = [*IMPORTER_HEAD, *IMPORTER_BOX, *CLASSIFICATION[:6], *rows,
             (55, 370, "Use: drying the body, in homes and hotels. Basis: GRI 1."),
             (55, 384, "The issue is not pending before any CBP office or any court."), *SIGNED]
    return extract(draw(tmp_path / "items.pdf", cells))


def test_goods_facts_run_in_after_semicolons_describe_each_item(tmp_path: Path) -> None:
    output = items_letter(tmp_path, ["Item 1:"])
    assert output["values"]["product_description"] == "Cotton bath towel"
    assert output["decision"]["missing"] == [], output["findings"]


def test_a_numbered_list_missing_a_misread_head_still_counts_to_its_last_number(
        tmp_path: Path) -> None:
    heads = ["Item 1:", "Item 2:", "Item 3:", "Item 4:", "[tem 5:", "Item 6:"]
    output = items_letter(tmp_path, heads)
    assert output["values"]["item_count"] == 6
    assert output["decision"]["outcome"] == "deficient", output["findings"]


@pytest.mark.parametrize("bullet", ["-", "*", "\u00b7"])
def test_bulleted_labels_with_hanging_lines_are_read_as_labels(tmp_path: Path,
                                                               bullet: str) -> None:
    hang = stringWidth(f"{bullet} ", "Helvetica", 9)  # points from the bullet to its text
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
        # The bullet and its text in one run, the wrapped lines hanging under the text.
        bullets += [(55, y, f"{bullet} {label} {lines[0]}")]
        bullets += [(55 + hang, y + 12 * (n + 1), line) for n, line in enumerate(lines[1:])]
        y += 12 * len(lines) + 6
    cells = [*IMPORTER_HEAD, *IMPORTER_BOX,
             (55, 212, "We request a prospective binding ruling on the tariff classification."),
             *bullets, *SIGNED]
    output = extract(draw(tmp_path / "bullets.pdf", cells))
    assert output["values"]["ports"] == ["4601"]
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("closing", [
    ("Warm regards,", "Ann Lee", "President"), ("With kind regards,", "Ann Lee", "President"),
    ("Best,", "Ann Lee", "President"), ("Yours,", "Ann Lee", "President"),
    ("Sincerely,", "(signed) Ann Lee", "Ann Lee, President"),
    ("Sincerely,", "s/ Ann Lee", "Ann Lee, President"),
    ("Sincerely,", "e-signed: Ann Lee", "President"),
    ("Sincerely,", "[signed] Ann Lee", "President"),
    ("Sincerely,", "Signed: /s/ Ann Lee", "Harbor Goods LLC")])
def test_a_signature_block_in_any_closing_and_signed_mark_signs(
        tmp_path: Path, closing: tuple[str, ...]) -> None:
    output = read(tmp_path, closing=closing)
    assert output["values"]["signed"] is True, closing
    assert output["decision"]["outcome"] == "accept", (closing, output["findings"])


def test_a_bracketed_signature_mark_goes_to_a_person(tmp_path: Path) -> None:
    # A conformed copy's mark or a template's unfilled place: signed or not, the text can't say.
    output = read(tmp_path, closing=("Sincerely,", "[signature]", "Ann Lee, President"))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    # A signed mark with no one's name after it signs nothing.
    blank = read(tmp_path, closing=("Sincerely,", "Signed: ______________", "President"))
    assert blank["values"]["signed"] is not True


def test_a_party_acting_on_the_goods_is_no_principal() -> None:
    # "retained by CBP" holds goods; only a writer or a firm asking "to request" is an agent.
    assert acts_for("The first shipment was retained by CBP at the port of Newark.") is None
    assert acts_for("The goods are engaged by Acme Freight for carriage.") is None
    found = acts_for("Castellane Group is authorized by Bayline Optical LLC to request a ruling.")
    assert found is not None and found["name"] == "Bayline Optical LLC"

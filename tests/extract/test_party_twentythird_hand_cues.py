"""Round 18 (issue 13), twentythird hand, who the party is: an importer's letter whose letterhead
prints only its address names the importer under its signer; a filer printout's "IOR Name" box
with its city line wrapped under the label; counsel's "By: Name" under its firm; a requester's
role said between its name and its verb; a referral's party in its subject line. Each cue in
the ways other senders write it, and the cases where it must not be taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.signature import organisation_under_signer, signer_in
from bots.penalty_notice.extract_header_values import READERS, address_of
from tests.extract.test_protest_letter_cues import party
from tests.ruling_read.test_forms_and_worksheets import GOODS, SIGNED, Cell, draw, extract

_BODY = """Port Director, U.S. Customs and Border Protection, Port of Chicago (Port Code 3901)
PROTEST UNDER 19 U.S.C. 1514
We, the undersigned importer (importer no. 38-8346534), protest the appraised value of the
merchandise in the following entries:
1. Entry 2AA-3633934-4, entered 12-OCT-2023, liquidated 26-JUN-2024.
Sincerely,
/s/ Walter F. Beaumont
Walter F. Beaumont
{title}
{firm}"""


@pytest.mark.parametrize("firm", ["Lakeshore Lighting Imports, Inc.", "Sandhill Optics Corporation",
                                  "Old Mill Kitchenware Company", "Hanseatic Feinmechanik GmbH",
                                  "Bluewater Galley Outfitters LLC"])
@pytest.mark.parametrize("stamp", ["", "RECEIVED\n21-JAN-2025\nCBP\n"])
def test_an_importer_writing_for_itself_is_named_under_its_signer(firm: str, stamp: str) -> None:
    # Before: no name, or the receipt stamp's "RECEIVED" (and then "CBP") taken for the
    # letterhead's name, with the stamp's date in the address.
    text = (f"{stamp}3100 West Lake Street | Chicago, IL 60612 | Tel. (555) 010-4045\n18-JAN-2025\n"
            + _BODY.format(title="Director of Import Compliance", firm=firm))
    fields = party(text)
    assert fields.value("protestant_name") == firm
    assert fields.value("protestant_address") == "3100 West Lake Street, Chicago, IL 60612"
    assert fields.items["protestant_name"].confidence < 0.85  # one weak cue


def test_counsel_s_firm_under_its_signer_is_not_the_protestant() -> None:
    # A letter written for a client: the firm under the signature is counsel's, not the party.
    text = _BODY.replace("We, the undersigned importer", "On behalf of our client, we") \
        .format(title="Partner", firm="Halvorsen, Quade & Lindqvist LLP")
    assert party(text).value("protestant_name") is None


@pytest.mark.parametrize("under", [["Director of Import Compliance"], ["Owner"], []])
def test_a_line_under_the_signer_that_is_no_firm_names_no_party(under: list[str]) -> None:
    text = "/s/ Ann Lee\nAnn Lee\n" + "\n".join([*under, "Enclosures: invoices"])
    assert organisation_under_signer(text) is None


@pytest.mark.parametrize("label", ["IOR Name", "I.O.R. name", "Importer of Record Name",
                                   "Importer name"])
def test_a_printout_names_the_importer_of_record_in_its_box(label: str) -> None:
    # Before: "IOR Name" was no party label, and the street was read without its city line.
    text = (f"ACE PROTEST MODULE - PROTEST SUMMARY PRINTOUT\nFiler / Importer of Record\n"
            f"{label}: Ozark Trail Apparel Group, Inc.\nIOR No.: 36-2574702\n"
            f"Address: 310 South Main Street\nSpringdale, AR 72764\nEntries Protested")
    fields = party(text)
    assert fields.value("protestant_name") == "Ozark Trail Apparel Group, Inc."
    assert fields.value("protestant_address") == "310 South Main Street, Springdale, AR 72764"


def test_a_labelled_street_is_not_run_on_into_the_next_field() -> None:
    text = "IOR Name: Ozark Trail Apparel Group, Inc.\nAddress: 310 South Main Street\nPort: 1001"
    assert party(text).value("protestant_address") == "310 South Main Street"


@pytest.mark.parametrize("by", ["By: ", "By:  ", "Per: ", "BY: "])
def test_counsel_signs_by_name_under_its_firm(by: str) -> None:
    # Before: "By: Priya S. Ranganathan" under "Halvorsen, Quade & Lindqvist LLP" was no signer.
    text = ("Respectfully submitted,\nHalvorsen, Quade & Lindqvist LLP\n"
            f"{by}Priya S. Ranganathan\nCounsel for Protestant")
    signer = signer_in(text)
    assert signer is not None and signer.name == "Priya S. Ranganathan"


def test_a_blank_by_line_signs_nothing() -> None:
    assert signer_in("Respectfully submitted,\nAcme Trade Law PLLC\nBy: ____________") is None


@pytest.mark.parametrize("role", ["the manufacturer and exporter of the goods",
                                  "a Delaware corporation", "its U.S. importer of record"])
def test_a_requester_s_role_said_before_its_verb_is_no_part_of_its_name(
        tmp_path: Path, role: str) -> None:
    # Before: "X, the manufacturer and exporter of the goods" was read as the name.
    cells: list[Cell] = [
        (55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road, Newark, NJ 07114"),
        (55, 90, "February 24, 2025"),
        (55, 110, "Re: Request for a binding classification ruling"),
        (55, 130, f"Harbor Goods LLC, {role}, requests a ruling on the merchandise below."),
    ]
    output = extract(draw(tmp_path / "letter.pdf", [*cells, *GOODS, *SIGNED]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"


@pytest.mark.parametrize("subject", ["Penalty referral - Gulf Coast Pump & Valve Co.",
                                     "Referral for penalty action: Gulf Coast Pump & Valve Co.",
                                     "Gulf Coast Pump & Valve Co. \u2013 1592 referral"])
def test_a_memo_s_subject_line_names_the_party_as_a_weak_cue(subject: str) -> None:
    # Before: a subject line holding the memo's kind was refused whole.
    reader = READERS["party_name"]
    assert reader.parse(subject) == "Gulf Coast Pump & Valve Co."
    assert reader.weak(subject)
    assert not reader.weak("Gulf Coast Pump & Valve Co.")


@pytest.mark.parametrize("subject", ["Penalty referral", "Referral - case 2024-1",
                                     "Penalty referral - X Inc. - Y LLC", "FW: penalty referral",
                                     "RE: Fwd: Referral for penalty action"])
def test_a_subject_line_naming_no_one_or_two_gives_no_party(subject: str) -> None:
    assert READERS["party_name"].parse(subject) is None


@pytest.mark.parametrize("tail", [". Importer number 41-9434560.", "; importer no. 41-9434560"])
def test_an_address_ends_at_its_zip_code(tail: str) -> None:
    # Before: "..., TX 77011. Importer number" was kept as part of the address.
    assert address_of(f"7700 Navigation Boulevard, Houston, TX 77011{tail}") == \
        "7700 Navigation Boulevard, Houston, TX 77011"
    assert address_of("7700 Navigation Boulevard; Houston, TX 77011-1234") == \
        "7700 Navigation Boulevard, Houston, TX 77011-1234"


@pytest.mark.parametrize("firm, agrees", [
    ("Lakeshore Lighting Imports, Inc.", True), ("LAKESHORE LIGHTING IMPORTS INC", True),
    ("Harbor Freight Forwarding Corp.", False)])
def test_a_firm_under_the_signer_that_names_another_party_sends_the_letter_to_a_person(
        firm: str, agrees: bool) -> None:
    # The letterhead names the importer; the firm under the signer must agree with it, or the
    # name's confidence falls below what an outcome may rest on.
    text = ("Lakeshore Lighting Imports, Inc.\n3100 West Lake Street | Chicago, IL 60612\n"
            "18-JAN-2025\n" + _BODY.format(title="Director of Import Compliance", firm=firm))
    fields = party(text)
    assert fields.value("protestant_name") == "Lakeshore Lighting Imports, Inc."
    assert (fields.items["protestant_name"].confidence > 0.6) is agrees


@pytest.mark.parametrize("block, firm", [
    ("Sincerely,\nSandhill Optics Corporation\n/s/ Ann Lee\nAnn Lee, President",
     "Sandhill Optics Corporation"),
    ("Sincerely,\nSANDHILL OPTICS CORP.\nBy: /s/ Ann Lee\nPresident", "SANDHILL OPTICS CORP."),
    ("Please call us about this protest & its entries.\n/s/ Ann Lee\nAnn Lee", None),
    ("Sincerely,\n/s/ Ann Lee\nAnn Lee\nthe buyer for Acme Inc. and others", None),
])
def test_a_firm_printed_over_its_signer_is_read_as_under_it(block: str, firm: str | None) -> None:
    found = organisation_under_signer(block)
    assert (found.name if found else None) == firm

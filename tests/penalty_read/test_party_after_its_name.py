"""The party's address where a sentence before it holds a street-number-like figure ("referred
September 8, 2025 by ..."): that figure opens no address of another name; the address is the one
printed under the party's labelled name, as it is under a name the subject line gives."""

from __future__ import annotations

from pathlib import Path

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

CASE = [(72.0, "Case"), (180.0, "Case number 2025-5201-487906-01, referred September 8, "
                         "2025 by Hector A. Villarreal.")]
PARTY = [
    [(72.0, "Party"), (180.0, "Kestrel Cycle Works, Inc.")],
    [(180.0, "2600 Alameda Street, Unit B")],
    [(180.0, "Los Angeles, CA 90058")],
    [(180.0, "Importer number 14-8864624")],
]
REST = [
    [(72.0, "Violation"), (180.0, "Entries of dog sweaters were filed with a value that did not "
                                  "reflect the transaction.")],
    [(72.0, "Culpability"), (180.0, "The evidence supports negligence. No prior disclosure.")],
    [(72.0, "Entries"), (180.0, "2DI-7829353-8  05/24/2023  Open  $19,871.60  $794.86  $994.86")],
]


def test_the_address_is_the_one_under_the_partys_name(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "Referral for Penalty Action - 19 U.S.C. 1592", CASE, *PARTY, *REST])
    facts = extract_penalty(path).facts
    assert facts.party_name == "Kestrel Cycle Works, Inc."
    assert facts.party_address == "2600 Alameda Street, Unit B, Los Angeles, CA 90058"


def test_a_name_the_subject_gives_finds_its_address_in_the_body(tmp_path: Path) -> None:
    # No legal form ("Inc.", "LLC") marks the name as a business; the subject line names it.
    path = draw_referral(tmp_path / "r.pdf", [
        "From: Rafael Quintero-Lopez <rafael.quintero-lopez@cbp.dhs.gov>",
        "Subject: 1592 referral - Nordlys Marine Electronics USA",
        "I am referring the following party for a penalty under 19 U.S.C. 1592. The",
        "case number in the system is 2023-1704-610600-01.",
        "  Nordlys Marine Electronics USA",
        "  2 Waterfront Plaza",
        "  Seattle, WA 98104",
        "  Importer of record no. 41-3830040",
        "The importer was grossly negligent in declaring stoneware plates at a lower rate.",
    ])
    facts = extract_penalty(path).facts
    assert facts.party_address == "2 Waterfront Plaza, Seattle, WA 98104"


def test_the_sentences_name_the_labelled_party_whatever_its_commas(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592",
        "Party: Harbor & Finch Home Goods, LLC",
        "Case Number: 2024-2704-479300-01",
        "Please open a 1592 case against Harbor & Finch Home Goods LLC, 212 Wharf Street,",
        "Portland, ME 04101 (importer no. 68-2811566). The importer declared dog sweaters",
        "under a subheading at a lower rate than applies. Culpability: negligence.",
    ])
    assert extract_penalty(path).facts.party_address == "212 Wharf Street, Portland, ME 04101"


def test_a_labelled_name_finds_its_address_whatever_its_commas(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592",
        "Party: Nordlys Marine, Electronics USA",
        "Case Number: 2024-2704-479300-01. Culpability: negligence.",
        "  Nordlys Marine Electronics USA",
        "  2 Waterfront Plaza",
        "  Seattle, WA 98104",
    ])
    assert extract_penalty(path).facts.party_address == "2 Waterfront Plaza, Seattle, WA 98104"

"""Referrals of senders in general (issue 13, round 28).

- A mainframe case note pads abbreviated labels with dot leaders ("VIOL DATE.....: 2/4/2022",
  "DUTIABLE VAL..: 3420.00"): the leader takes the abbreviation's stop, the label stays its field's.
- A referral in numbered sections names the party in a sentence under its heading ("1. PARTY" over
  "The importer of record is X, 57 Main St, ..."): the name is X, not the sentence's lead-in.
- A sentence says the importation was commercial ("The importation was commercial."): that is
  the answer, read as such, not left open.
- A transmittal's "FINDINGS" heads a list of labelled fields ("Party: X", "Violation date: ...")
  and the statement comes later after "Facts:": a field list is no statement of the violation.
- A narrative tells the act as persistence ("kept using the lower-rated subheading after its
  broker warned it"): that is what the party did.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.extract_header import DEFAULTED, LABELLED
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_remarks_narratives import HEAD, TAIL

_NARRATIVE = ["NARRATIVE:",
              "  THE IMPORTER DECLARED THE GOODS UNDER A LOWER-RATED SUBHEADING WITHOUT",
              "  CHECKING THE SUPPLIER'S DESCRIPTION; IT DID NOT EXERCISE REASONABLE CARE.",
              "  MERCHANDISE: DISPOSABLE NITRILE EXAMINATION GLOVES, POWDER FREE."]


def _note(tmp_path: Path, replace: str, line: str,
          extra: tuple[str, ...] = ()) -> PenaltyExtraction:
    lines = [line if head.startswith(replace) else head for head in HEAD]
    at = next(i for i, head in enumerate(lines) if head.startswith("DOMESTIC")) + 1
    lines[at:at] = list(extra)
    return extract_penalty(draw_referral(tmp_path / "r.pdf", [*lines, *_NARRATIVE, *TAIL],
                                         font="Courier"))


@pytest.mark.parametrize("line", ["VIOL DATE.....: 02/20/2023", "VIOL DT.......: 02/20/2023",
                                  "DT OF VIOL....: 02/20/2023", "VIOL DATE: 02/20/2023"])
def test_a_leadered_violation_date_abbreviation_is_its_label(tmp_path: Path, line: str) -> None:
    reading = _note(tmp_path, "VIOLATION", line)
    assert reading.facts.violation_date == date(2023, 2, 20)
    assert reading.fields["violation_date"].confidence == LABELLED


@pytest.mark.parametrize("line", ["DUTIABLE VAL..: 3420.00", "DUT VAL.......: 3420.00",
                                  "DUT. VAL......: 3,420.00", "DUTIABLE VAL: 3420.00"])
def test_a_leadered_dutiable_value_abbreviation_is_its_label(tmp_path: Path, line: str) -> None:
    reading = _note(tmp_path, "VIOLATION DT", "VIOLATION DT.: 02/20/2023", (line,))
    assert reading.facts.dutiable_value == Decimal("3420.00")
    assert reading.fields["dutiable_value"].confidence == LABELLED


_LETTERHEAD = ["DEPARTMENT OF HOMELAND SECURITY", "U.S. Customs and Border Protection",
               "Office of Field Operations, Port of New York", "",
               "Date: 23 August 2026", "To: Fines, Penalties and Forfeitures Officer",
               "From: Howard P. Brennan, Entry Specialist", "Case No. 2026-1001-680138-01", "",
               "REFERRAL FOR PENALTY ACTION UNDER 19 U.S.C. 1592", ""]


def _sections(tmp_path: Path, heading: str, party: str, importation: str) -> PenaltyExtraction:
    return extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *_LETTERHEAD,
        heading,
        f"    {party} Tallow Creek Home Fragrance Inc., 57 Lamplighter Way, Asheville, NC 28801,",
        f"    importer number 91-7851180. {importation}",
        "2. MERCHANDISE",
        "    Aluminum folding camp chairs with nylon seats, entered at the port of New York.",
        "3. ENTRIES",
        "    Entry AHB-4968119-0, dated 17 October 2024, declared an entered value of USD",
        "    19,155.95 and deposited USD 919.48 in duties; the duty lawfully owed is USD",
        "    3,218.19. The entry is not yet liquidated.",
        "4. VIOLATION",
        "    The importer misdescribed the goods on the entry summaries, understating the rate of",
        "    duty. The date of the violation is 17 October 2024.",
        "5. CULPABILITY",
        "    The evidence supports a finding of fraud.",
        "6. PRIOR DISCLOSURE",
        "    No prior disclosure was made.",
        "7. VALUES",
        "    The domestic value of the merchandise is USD 427,863.00. Its dutiable value is",
        "    USD 251,684.00.",
        "", "Howard P. Brennan", "Entry Specialist",
    ]))


@pytest.mark.parametrize(("heading", "party"), [
    ("1. PARTY", "The importer of record is"),
    ("1. IMPORTER", "The importer is"),
    ("1. VIOLATOR", "The party concerned is"),
    ("1. PARTY", "The alleged violator is"),
])
def test_a_party_named_in_a_sentence_under_its_heading_is_the_name_alone(
        tmp_path: Path, heading: str, party: str) -> None:
    reading = _sections(tmp_path, heading, party, "The importation was commercial.")
    assert reading.facts.party_name == "Tallow Creek Home Fragrance Inc."
    assert reading.facts.party_address == "57 Lamplighter Way, Asheville, NC 28801"


@pytest.mark.parametrize("importation", [
    "The importation was commercial.", "The shipments were commercial.",
    "The entries are commercial importations.", "This was a commercial importation.",
])
def test_an_importation_said_to_be_commercial_is_read_so(tmp_path: Path, importation: str) -> None:
    reading = _sections(tmp_path, "1. PARTY", "The importer of record is", importation)
    assert reading.facts.noncommercial is False
    assert reading.fields["noncommercial"].confidence > DEFAULTED  # stated, not assumed
    assert reading.facts.doubts == ()


@pytest.mark.parametrize("importation", [
    "The importation was not commercial.", "The shipment was noncommercial.",
    "It was not a commercial shipment.",
])
def test_an_importation_said_to_be_not_commercial_is_noncommercial(
        tmp_path: Path, importation: str) -> None:
    reading = _sections(tmp_path, "1. PARTY", "The importer of record is", importation)
    assert reading.facts.noncommercial is True


def test_commercial_invoices_say_nothing_of_the_importation(tmp_path: Path) -> None:
    reading = _sections(tmp_path, "1. PARTY", "The importer of record is",
                        "The papers presented were commercial invoices.")
    assert "noncommercial" not in reading.fields or (
        reading.fields["noncommercial"].confidence == DEFAULTED)


_TRANSMITTAL = [
    "U.S. Customs and Border Protection", "Port of Seattle", "",
    "TO:   Fines, Penalties and Forfeitures Officer",
    "FROM: Angela Brightwater, Supervisory Import Specialist",
    "DATE: 2025-01-17",
    "RE:   Case 2025-3001-322038-01 - Northgate Auto Components Inc.", "",
    "I forward Import Specialist Marisol Beltran's findings on the above party. I have",
    "reviewed them and agree that the evidence supports a fraud violation of 19 U.S.C.",
    "1592(a). Please open a penalty case.", "",
]


@pytest.mark.parametrize("heading", ["FINDINGS", "Findings", "SUMMARY OF FINDINGS"])
@pytest.mark.parametrize(("cue", "statement", "kind"), [
    ("Facts:", "The importer paid its supplier on a second, higher invoice and presented only",
     "valuation"),
    ("Narrative:", "The importer declared the goods under a lower-rated subheading without",
     "classification"),
    ("Material facts:", "The importer declared the goods as made in Vietnam although they were",
     "origin"),
])
def test_a_findings_heading_over_a_field_list_is_no_statement(
        tmp_path: Path, heading: str, cue: str, statement: str, kind: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *_TRANSMITTAL, heading,
        "Party:              Northgate Auto Components Inc.",
        "Address:            21800 Hoover Road, Warren, MI 48089",
        "Importer No.:       76-8140892",
        "Violation date:     2024-01-21",
        "Culpability:        Fraud",
        "Prior disclosure:   No",
        "Domestic value:     338,063.00",
        "Entry            Date          Liquidated   Value        Duty paid    Duty owed",
        "DIE-3985446-0    2024-01-21    Yes          60,018.70    3,901.21     8,102.51", "",
        f"{cue} {statement}",
        "the lower figures to CBP on the entry summaries. Merchandise: Rubber chew",
        "toys for dogs in assorted shapes.", "",
        "/s/ Marisol Beltran, Import Specialist",
    ]))
    assert reading.facts.material_facts is not None
    assert reading.facts.material_facts.startswith(statement)
    assert reading.facts.violation_type == kind


@pytest.mark.parametrize("act", [
    "The importer kept using the lower-rated subheading after its broker warned it in",
    "The importer continued to use the lower-rated subheading after its broker warned it in",
    "The importer went on claiming the lower-rated subheading after its broker warned it in",
])
def test_an_act_told_as_persistence_states_the_facts(tmp_path: Path, act: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        "Referral for Penalty Action under 19 U.S.C. 1592", "Port of Houston, Entry Branch", "",
        "Case number: 2023-5301-786911-01", "Subject party: Northgate Auto Components Inc.",
        "Address: 21800 Hoover Road, Warren, MI 48089", "Importer number: 32-9928845", "",
        "Northgate Auto Components Inc. imported upholstered oak dining chairs with linen seats",
        f"through this port. {act}",
        "writing that the classification was wrong, in wanton disregard of its obligations. We",
        "consider the violation grossly negligent. The date of violation is 25 February 2022.", "",
        "Entry BFI-4015331-0, made on 25 February 2022, has liquidated. It declared a value of",
        "$116,395.87 and deposited $9,311.66 in duty; the correct duty is $17,459.37.", "",
        "The domestic value of the merchandise is $708,795.00.", "",
        "There was no prior disclosure.",
    ]))
    assert reading.facts.material_facts is not None
    assert "lower-rated subheading" in reading.facts.material_facts
    assert reading.facts.violation_type == "classification"


@pytest.mark.parametrize("party", ["The importer of record is", "The party is"])
def test_a_lead_in_name_whose_address_wraps_before_its_zip(tmp_path: Path, party: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [
        *_LETTERHEAD, "1. PARTY",
        f"    {party} Northgate Cycle Works LLC, 1260 Fulton Avenue, Grand Rapids, MI",
        "    49504, importer number 77-9792865. The importation was commercial.",
        "2. VIOLATION",
        "    The importer misdescribed the goods on the entry summaries, understating the rate of",
        "    duty. The date of the violation is 14 July 2021.",
        "3. CULPABILITY", "    The evidence supports a finding of negligence.",
    ]))
    assert reading.facts.party_name == "Northgate Cycle Works LLC"
    assert reading.facts.party_address == "1260 Fulton Avenue, Grand Rapids, MI 49504"

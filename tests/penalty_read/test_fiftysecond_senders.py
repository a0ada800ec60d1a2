"""An audit finding's "Audited party" and a memo's violation "of 19 U.S.C. 1592 first committed
on" (issue 13, round 35: the fifty-second hand).

- An internal audit's findings table names the party it audited in a row of its own: "Audited
  party", "Audited importer", "Party audited", "Audit subject", with a colon or only a column's
  gap before the name. Unread, the party went missing and the notice had no one to go to.
- A memo's subject line dates the violation with the statute between the noun and its verb: "a
  violation of 19 U.S.C. 1592 first committed on 08/14/2025", "the violation of section 592 of
  the Tariff Act of 1930, which began on ...". Unread, the date went missing, and with it the
  limitations date (19 U.S.C. 1621 runs from it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

_ROWS = ["Entry No.     Entry Date     Liq.     Entered Value     Duty Paid     Duty Owed",
         "B7E-0453202-2     07/20/2025     N     USD 77,201.73     USD 816.64     USD 3,542.70"]


def _finding(label: str, gap: bool) -> list[Line]:
    def row(caption: str, value: str) -> Line:
        return [(72.0, caption), (240.0, value)] if gap else f"{caption}: {value}"

    return ["INTERNAL AUDIT FINDING - REFERRAL FOR 19 U.S.C. 1592 ACTION",
            "Penalty case number: 2026-2704-262784-01",
            [(72.0, "Finding"), (240.0, "Detail")],
            row(label, "Ormond & Pike Housewares Inc."),
            row("Address", "92 Larkin Street, Paterson, NJ 07501"),
            row("Importer number", "55-2916240"),
            row("Date of violation", "20 July 2025"),
            row("Culpability", "Gross negligence"),
            row("Prior disclosure", "No"),
            "The auditors found that the party declared values that understated the duties.",
            *_ROWS]


@pytest.mark.parametrize("label", ["Audited party", "Audited importer", "Audited company",
                                   "AUDITED PARTY", "Party audited", "Company audited",
                                   "Audit subject", "Entity under audit"])
@pytest.mark.parametrize("gap", [True, False])
def test_the_party_an_audit_names_as_audited(tmp_path: Path, label: str, gap: bool) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", _finding(label, gap))).facts
    assert facts.party_name == "Ormond & Pike Housewares Inc."
    assert facts.importer_number == "55-2916240"


def test_an_audited_importer_s_number_is_no_name(tmp_path: Path) -> None:
    lines = _finding("Audited party", gap=True)
    lines.insert(6, [(72.0, "Audited importer number"), (240.0, "55-2916240")])
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert facts.party_name == "Ormond & Pike Housewares Inc."


def _memo(subject: str) -> list[Line]:
    return ["MEMORANDUM FOR THE FINES, PENALTIES AND FORFEITURES OFFICER",
            "Date: 03/02/2026      Case: 2026-1601-545085-01",
            "Party: Tamarack Cycle Works LLC",
            "Address: 18 Birch Hollow Lane, Burlington, VT 05401",
            "IOR: 66-9048064",
            *subject.split("|"),
            "No prior disclosure was made. The importation was commercial.",
            *_ROWS,
            "The domestic value of the merchandise is USD 377,400.00."]


@pytest.mark.parametrize("subject", [
    "Subject: referral of a violation of 19 U.S.C. 1592 first committed on 08/14/2025. The level|"
    "of culpability found is fraudulent conduct.",
    "Subject: referral of a violation of 19 USC 1592(a) committed on August 14, 2025. The|"
    "culpability found is fraud.",
    "Re: the violation of section 592 of the Tariff Act of 1930, which began on 14 August 2025,|"
    "was fraudulent.",
    "Subject: violations of 19 U.S.C. § 1592 that first occurred on 2025-08-14;|"
    "culpability: fraud.",
])
def test_a_violation_dated_with_its_statute_between(tmp_path: Path, subject: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", _memo(subject))).facts
    assert facts.violation_date == date(2025, 8, 14)
    assert facts.culpability == "fraud"


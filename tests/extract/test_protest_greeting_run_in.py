"""A letter set as reflowed paragraphs runs its salutation into the first sentence ("Dear Port
Director: Quill & Fern LLC protests the liquidation ..."): the protest is lodged in that sentence
all the same, and the reasons given after the particulars are its objection and justification
(19 CFR 174.13(a)(6)), not an objection missing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "Quill & Fern Stationery LLC",
    "44 Foundry Lane, Suite 3",
    "Providence, RI 02903",
    "IOR No. 41-4493794",
    "Port: Houston (5301)",
    "10/29/2023",
    "Port Director",
    "U.S. Customs and Border Protection",
]
_PARTICULARS = [
    "entry ABC-1116244-5 dated 10/20/2022, liquidated 08/31/2023.",
    "Merchandise: Hand-held carbon steel cold chisels",
]
_REASONS = [
    "The entries liquidated at rates that ignore the preference claimed at entry; the claim was",
    "supported and should have been applied at liquidation.",
]
_TAIL = [
    "Drawback: the entries listed are not subject to drawback.",
    "Accelerated disposition is not requested.",
    "The protestant does not apply for further review.",
    "Sincerely,",
    "Esther M. Goldfarb",
    "Director of Logistics",
]
# The salutation and the lodging sentence on one line, as a reflowing producer sets them.
_OPENINGS = {
    "colon-then-name": "Dear Port Director: Quill & Fern Stationery LLC protests the"
                       " liquidation of",
    "comma-then-name": "Dear Port Director, Quill & Fern Stationery LLC hereby protests the"
                       " liquidation of",
    "comma-then-we": "Dear Sir or Madam, we hereby protest the liquidation of the entries on",
    "concern-then-protestant": "To whom it may concern: The protestant protests the liquidation"
                               " of",
    "ladies-then-importer": "Ladies and Gentlemen: The importer hereby protests the liquidation of",
}


def _decided(path: Path) -> tuple[str | None, str]:
    facts = extract_protest(path).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 11, 1)),
                         today=date(2023, 11, 2))
    return facts.objection_text, decision.outcome


@pytest.mark.parametrize("opening", sorted(_OPENINGS))
def test_the_salutation_is_never_the_protestants_name(tmp_path: Path, opening: str) -> None:
    # Before: "Dear Sir or Madam, we hereby protest" was read as a party "Dear Sir or Madam, we"
    # protesting, and the letterhead's name and address never looked at.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [
        *_HEAD, _OPENINGS[opening], *_PARTICULARS, *_REASONS, *_TAIL])).facts
    assert facts.protestant_name == "Quill & Fern Stationery LLC"
    assert facts.protestant_address == "44 Foundry Lane, Suite 3, Providence, RI 02903"


@pytest.mark.parametrize("opening", sorted(_OPENINGS))
def test_the_sentence_after_a_run_in_salutation_lodges_the_protest(
        tmp_path: Path, opening: str) -> None:
    # Before: a salutation was set aside only when it ended its line, so the lodging sentence
    # that followed it on the same line was not seen and (a)(6) went to a person.
    objection, outcome = _decided(_letter_pdf(tmp_path / "p.pdf", [
        *_HEAD, _OPENINGS[opening], *_PARTICULARS, *_REASONS, *_TAIL]))
    assert objection is not None and "should have been applied" in objection
    assert outcome == "accept"


def test_a_run_in_salutation_over_no_reason_gives_no_objection(tmp_path: Path) -> None:
    # The lodging sentence read, but nothing after the particulars says why: no objection is
    # made up from the salutation's line.
    objection, outcome = _decided(_letter_pdf(tmp_path / "n.pdf", [
        *_HEAD, _OPENINGS["colon-then-name"], *_PARTICULARS, *_TAIL]))
    assert objection is None
    assert outcome != "accept"


# An e-mail's header lines end with no stop, so its subject line, its salutation and its first
# sentence are one clause; the entry's bullet is cut at "Entry No.".
_MAIL_HEAD = ["From: Luis Ferreira-Campos <luis@example.com>", "Sent: 15-DEC-2023",
              "To: Protests, Port of New York"]
_SUBJECTS = {
    "subject-ends-co": ["Subject: Protest - Okonkwo & Daughters Trading Co. - port 1001",
                        "Dear Port of New York protest team,"],
    "subject-inc-hello": ["Subject: Re: protest for Okonkwo & Daughters Trading Inc. entries",
                          "Hello team,"],
    "good-morning": ["Subject: Protest of Okonkwo & Daughters Trading Co. - port 1001",
                     "Good morning,"],
}
_MAIL_BODY = [
    "Please accept this as our formal protest of the appraised value of the merchandise as",
    "determined at liquidation on the entries listed here.",
    "- Entry No. E5A48781119, entered 21-DEC-2022 and liquidated 08-NOV-2023",
    "Merchandise: Aluminium bicycle frames, unpainted, 700c road geometry",
]
_MAIL_TAIL = [
    "Drawback declaration: no drawback has been or will be claimed on these entries.",
    "We are not asking for further review at this time.",
    "Our importer of record number is 62-3779729. Reply to the address below.",
    "Kind regards,",
    "Luis Ferreira-Campos",
    "Import Manager",
    "Okonkwo & Daughters Trading Co.",
    "1550 Industrial Parkway",
    "Elizabeth, NJ 07201",
]


@pytest.mark.parametrize("subject", sorted(_SUBJECTS))
def test_a_mail_that_only_lodges_its_protest_is_deficient(tmp_path: Path, subject: str) -> None:
    # Before: the salutation inside the header's clause hid the lodging sentence, and the entry
    # line's "Entry No." read as a reason after it, so (a)(6) went to a person.
    facts = extract_protest(_letter_pdf(tmp_path / "m.pdf", [
        *_MAIL_HEAD, *_SUBJECTS[subject], *_MAIL_BODY, *_MAIL_TAIL])).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 12, 18)),
                         today=date(2023, 12, 19))
    assert (decision.outcome, decision.missing) == ("deficient", ("174.13(a)(6)",))


@pytest.mark.parametrize("subject", sorted(_SUBJECTS))
def test_the_same_mail_with_its_reason_is_accepted(tmp_path: Path, subject: str) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "m.pdf", [
        *_MAIL_HEAD, *_SUBJECTS[subject], *_MAIL_BODY,
        "The price actually paid is the transaction value (19 U.S.C. 1401a(b)); no assist was",
        "supplied, so the advance in value has no basis.", *_MAIL_TAIL])).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 12, 18)),
                         today=date(2023, 12, 19))
    assert (decision.outcome, decision.missing) == ("accept", ())

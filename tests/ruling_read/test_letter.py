"""A letter read by its structure (bots/common/reading/letter.py): its parts found by what they
look like, who signed and how, and whether the cues naming a party agree."""

from __future__ import annotations

from dataclasses import dataclass

from bots.common.reading.letter import Cue, agree, read_letter, same_party
from tradebots.facts import Evidence


@dataclass(frozen=True)
class Block:
    """A paragraph as a page gives it: text, page and where it starts."""

    text: str
    top: float
    page: int = 1
    x0: float = 72.0

    def evidence(self, start: int, end: int) -> Evidence | None:
        return Evidence(self.page, (self.x0, self.top, self.x0 + 400, self.top + 12),
                        self.text[start:end])


def a_letter(*closing: str) -> list[Block]:
    texts = [
        "Harbor Goods LLC\n12 Pier Road\nNewark, NJ 07114\nTel. (973) 555-0100",
        "March 3, 2025",
        "National Commodity Specialist Division\n201 Varick Street\nNew York, NY 10014",
        "Re: Request for Binding Ruling - Tariff Classification of Yoga Mats",
        "Dear Sir or Madam:",
        "Harbor Goods LLC requests a binding ruling under 19 CFR Part 177.",
        "Please contact the undersigned with any questions.",
        *closing,
    ]
    return [Block(text, 60.0 + 30 * index) for index, text in enumerate(texts)]


def test_the_parts_of_a_letter_are_found_by_their_look_and_place():
    letter = read_letter(a_letter("Sincerely,", "/s/ Ann Lee\nAnn Lee, President"))
    assert letter.recognised
    assert [b.text.split("\n")[0] for b in letter.letterhead] == ["Harbor Goods LLC"]
    assert letter.date is not None and letter.date.text == "March 3, 2025"
    assert letter.addressee[0].text.startswith("National Commodity")
    assert letter.subject is not None and letter.subject.text.endswith("of Yoga Mats")
    assert letter.salutation is not None
    assert letter.body[0].text.startswith("Harbor Goods LLC requests")


def test_a_receipt_stamp_is_neither_letterhead_nor_the_letters_date():
    blocks = [Block("R E C E I V E D", 20, x0=430), Block("OCT 21 2024", 34, x0=440),
              *a_letter("Sincerely,", "/s/ Ann Lee")]
    letter = read_letter(blocks)
    assert [b.text for b in letter.stamp] == ["R E C E I V E D", "OCT 21 2024"]
    assert letter.date is not None and letter.date.text == "March 3, 2025"
    assert all("RECEIVED" not in b.text for b in letter.letterhead)


def test_slash_s_signs_and_names_the_signer():
    signature = read_letter(a_letter("Sincerely,", "/s/ Ann Lee\nAnn Lee, President")).signature
    assert signature is not None and signature.signed and signature.how == "/s/"
    assert signature.signer is not None and signature.signer.text == "Ann Lee"


def test_a_firm_signing_by_its_officer_is_the_organisation_of_the_signature():
    signature = read_letter(a_letter("Very truly yours,\nHarbor Goods LLC\nBy: /s/ Ann Lee\n"
                                     "President\n12 Pier Road\nNewark, NJ 07114")).signature
    assert signature is not None and signature.signer is not None
    assert signature.signer.text == "Ann Lee"
    assert signature.organisation is not None
    assert signature.organisation.text == "Harbor Goods LLC"


def test_a_name_and_title_under_respectfully_submitted_is_a_signature():
    blocks = a_letter("Respectfully submitted,",
                      "George Papadakis\nGeneral Counsel\nHarbor Goods LLC")
    signature = read_letter(blocks).signature
    assert signature is not None and signature.signed and signature.how == "typed name"
    assert signature.title is not None and signature.title.text == "General Counsel"
    assert signature.organisation is not None and signature.organisation.text == "Harbor Goods LLC"


def test_a_name_under_a_signature_line_is_a_signature():
    signature = read_letter(a_letter("Very truly yours,",
                                     "______________________________\nMichael D'Souza\nPartner")
                            ).signature
    assert signature is not None and signature.signed
    assert signature.how == "name under a signature line"


def test_a_blank_signature_line_with_no_name_is_unsigned():
    for under in ("______________________________\n(Authorized signature)",
                  "______________________________"):
        signature = read_letter(a_letter("Sincerely,", under)).signature
        assert signature is not None and not signature.signed, under


def test_a_typed_name_straight_above_the_firm_without_a_title_is_no_signature():
    signature = read_letter(a_letter("Respectfully submitted,",
                                     "Robert Chen\nHollis & Marchetti LLP")).signature
    assert signature is not None and not signature.signed


def test_a_page_without_a_closing_is_not_recognised_as_a_letter():
    letter = read_letter([Block("Harbor Goods LLC requests a binding ruling.", 60)])
    assert not letter.recognised and letter.signature is None


def test_names_of_one_party_agree_whatever_their_case_punctuation_or_suffix():
    assert same_party("Harbor Goods LLC", "HARBOR GOODS, L.L.C.")
    assert same_party("Chen's Garden Tools <USA> Inc.", "Chen's Garden Tools <USA>, Inc")
    assert not same_party("Harbor Goods LLC", "Hollis & Marchetti LLP")


def test_cues_that_name_different_parties_disagree_and_the_strongest_is_offered():
    body = Cue("Harbor Goods LLC", "body", 0.85)
    head = Cue("HARBOR GOODS LLC", "letterhead", 0.8)
    other = Cue("Ocean Gate Logistics", "signature", 0.8)
    assert agree([body, head]) == (body, True)
    assert agree([body, head, other]) == (body, False)
    assert agree([]) == (None, True)


def test_a_status_badge_after_a_label_is_no_closing():
    # A browser printout's header band: "Status:" then a "SUBMITTED" (or "Submitted") pill;
    # the request's fields and its /s/ line follow, and no closing word stands above them.
    for badge in ("SUBMITTED", "Submitted", "Thank you"):
        texts = ["Binding Ruling Request BR-1", "To: NCSD\nDate: July 29, 2025\nStatus:", badge,
                 "REQUESTER\n- Company: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114",
                 "- Ports of entry: Newark", "/s/ Ann Lee\nAnn Lee, President"]
        letter = read_letter([Block(text, 60.0 + 30 * i) for i, text in enumerate(texts)])
        assert letter.closing is None and letter.signature is None

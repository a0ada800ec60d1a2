"""How senders phrase what 177.2 asks for, read the way they mean it: a letter is printed with
one phrasing changed, and the reader's values and decision are checked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bench.corpus import blocks as b
from bench.corpus.render_reportlab import render_pdf
from bots.ruling_triage.contract import extract_json

TODAY = date(2025, 3, 10)
PENDING = "The issue is not pending before any CBP office or any court."
SAMPLE = "A sample of the mat is enclosed."
SIGNED = ("Sincerely,", "/s/ Ann Lee", "Ann Lee, President")
FACTS = (
    "Harbor Goods LLC intends to import yoga mats from Vietnam through the port of Newark (4601).",
    "The yoga mats are exercise mats of thermoplastic elastomer foam measuring 183 x 61 cm.",
    "They are principally used for yoga and floor exercises at home.",
    "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%.",
    "We request a ruling that the mats are classified in subheading 9506.91.0030, HTSUS, "
    "under GRI 1 as articles for general physical exercise of heading 9506.",
)


OPENING = ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer number 12-3456789), "
           "requests a binding ruling under 19 CFR Part 177.")


def read(tmp_path: Path, *, subject: str = "Tariff Classification of Yoga Mats",
         opening: str = OPENING,
         facts: tuple[str, ...] = FACTS, pending: str = PENDING, sample: str = SAMPLE,
         closing: tuple[str, ...] = SIGNED) -> dict[str, Any]:
    document = b.Document("request")
    document.add(
        b.Para("Harbor Goods LLC"), b.Para("12 Pier Road, Newark, NJ 07114"),
        b.Para("February 24, 2025"),
        b.Para("National Commodity Specialist Division, 201 Varick Street, New York, NY 10014"),
        b.Para(f"Re: Request for Binding Ruling - {subject}"), b.Para("Dear Sir or Madam:"),
        b.Para(opening),
        *(b.Para(text) for text in (*facts, pending, sample, *closing) if text),
    )
    path = tmp_path / "request.pdf"
    render_pdf(document, path)
    return extract_json(path, received=date(2025, 3, 3), today=TODAY)


def test_the_plain_letter_is_accepted(tmp_path):
    output = read(tmp_path)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["signed"] and output["values"]["sample_provided"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_court_case_after_a_denial_in_one_sentence_is_still_a_court_case(tmp_path):
    output = read(tmp_path, pending="No ruling has been requested before, and the same issue is "
                  "presently before the U.S. Court of International Trade in Acme Inc. v. United "
                  "States, Court No. 24-00123.")
    assert output["values"]["pending_in_court"] is True
    assert output["decision"]["outcome"] == "no_ruling"


def test_a_protest_pending_at_the_port_after_a_denial_of_litigation_is_before_cbp(tmp_path):
    output = read(tmp_path, pending="The issue is not before any court; however, a protest on "
                  "an earlier entry is pending at the Port of Newark.")
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["outcome"] == "no_ruling"


def test_a_sample_that_will_be_sent_is_provided_one_offered_on_request_is_not(tmp_path):
    sent = read(tmp_path, sample="A sample will be sent under separate cover.")
    offered = read(tmp_path, sample="A sample can be provided upon request; photographs are "
                   "attached.")
    photographs = read(tmp_path, sample="Photographs and a specification sheet are enclosed.")
    assert sent["values"]["sample_provided"] is True
    assert offered["values"]["sample_provided"] is False
    assert photographs["values"]["sample_provided"] is False


def test_an_electronic_signature_signs_and_a_blank_rule_does_not(tmp_path):
    electronic = read(tmp_path, closing=("Sincerely,", "Electronically signed by Ann Lee"))
    blank = read(tmp_path, closing=("Sincerely,", "______________________________",
                                    "(Authorized signature)"))
    assert electronic["values"]["signed"] is True
    assert blank["values"]["signed"] is False
    assert blank["decision"]["missing"] == ["177.2(c)"]


def test_valuation_facts_in_prose_complete_the_request(tmp_path):
    facts = ("Harbor Goods LLC will buy yoga mats from Lotus Mats Co. of Vietnam; the goods will "
             "be entered at the port of Newark (4601).",
             "The mats are sold FOB Haiphong under a yearly price list.",
             "The importer and the seller are not related.",
             "We request a ruling that the price paid is acceptable as transaction value under "
             "19 U.S.C. 1401a(b).")
    output = read(tmp_path, subject="Valuation of Yoga Mats", facts=facts)
    assert output["decision"]["route"] == "HQ"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_relationship_the_reader_cannot_read_goes_to_a_person_not_a_deficiency(tmp_path):
    facts = ("Harbor Goods LLC will buy yoga mats from Lotus Mats Co. of Vietnam; the goods will "
             "be entered at the port of Newark (4601).",
             "The mats are sold FOB Haiphong under a yearly price list.",
             "Lotus Mats Co. holds shares in an affiliate of the importer.",
             "We request a ruling that the price paid is acceptable as transaction value under "
             "19 U.S.C. 1401a(b).")
    output = read(tmp_path, subject="Valuation of Yoga Mats", facts=facts)
    assert output["decision"]["outcome"] == "needs_human"


def test_a_page_with_no_closing_is_no_known_layout_so_nothing_is_concluded_missing(tmp_path):
    output = read(tmp_path, pending="", closing=())
    assert output["decision"]["outcome"] == "needs_human"
    assert output["decision"]["missing"] == []


def test_a_firm_that_says_it_represents_the_importer_is_an_agent_asking_for_its_principal(
    tmp_path,
):
    output = read(tmp_path, opening="This firm represents Lotus Mats Co., 9 Quay Street, Newark, "
                  "NJ 07105, in this matter under a power of attorney, and requests a binding "
                  "ruling on its behalf.")
    assert output["values"]["requester_name"] == "Lotus Mats Co."
    assert output["values"]["requester_address"] == "9 Quay Street, Newark, NJ 07105"


def test_a_letter_with_no_closing_is_signed_by_a_name_under_its_signature_line(tmp_path):
    # The shared signature reader (bots/common/reading/signature.py) finds the signed line when
    # no closing word opens a signature block; a bare typed name there still signs nothing.
    ruled = read(tmp_path, closing=("______________________________", "Ann Lee, President"))
    typed = read(tmp_path, closing=("Ann Lee",))
    blank = read(tmp_path, closing=("______________________________", "(Authorized signature)"))
    assert ruled["values"]["signed"] is True
    assert typed["values"]["signed"] is not True
    assert blank["values"]["signed"] is not True


def test_an_importer_number_given_as_an_appositive_is_not_part_of_the_requesters_name(tmp_path):
    output = read(tmp_path, opening="Harbor Goods LLC, importer number 12-3456789, requests a "
                                     "binding ruling under 19 CFR Part 177.")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_client_named_with_two_asides_is_the_principal_of_an_agents_request(tmp_path):
    # Counsel's letterhead is not the requester: the client is, and its address is not given.
    output = read(tmp_path, opening='On behalf of our client, Harbor Goods LLC (Importer No. '
                                    '12-3456789) ("Harbor"), we respectfully request a binding '
                                    'ruling under 19 CFR Part 177.')
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] != "accept"
    assert "177.2(b)(1)" in output["decision"]["missing"]

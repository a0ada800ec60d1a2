"""Senders' ways the thirty-eighth hand showed (issue 13, round 31: in-house counsel's numbered
letter, a summary table, a client questionnaire), each in several forms a real sender would use.
Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read
from tests.ruling_read.test_thirtysixth_thirtyseventh_hand_cues import spaced
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract

# Samples shown to someone else, in a clause whose verb speaks of something else: no word about
# a sample sent to CBP, whatever the sentence's other clause says is available or attached.
_OTHER_SAMPLES = [
    "The design has not changed from the samples shown to the buyer, and the supplier's bill "
    "of materials is available for review.",
    "The mats match the pre-production samples approved by our customer, and the test "
    "reports are attached.",
    "Colours may differ slightly from the samples seen at the trade fair; a colour card is "
    "enclosed.",
]


@pytest.mark.parametrize("other", _OTHER_SAMPLES)
@pytest.mark.parametrize(("statement", "sent"), [
    ("A sample is enclosed; please return it after the ruling is issued.", True),
    ("No sample is submitted.", False),
    ("A sample of the mat will be sent under separate cover.", True),
])
def test_samples_shown_to_others_say_nothing_of_the_sample_sent_to_cbp(
        tmp_path: Path, other: str, statement: str, sent: bool) -> None:
    output = read(tmp_path, facts=(*FACTS, other), sample=statement)
    assert output["values"]["sample_provided"] is sent
    assert output["evidence"]["sample_provided"]["text"].rstrip(".") in statement


# A numbered section for the 177.2(b)(5) statement whose body only points elsewhere: the reader
# saw where the statement goes and that the letter does not make it.
@pytest.mark.parametrize("heading", ["5. Statement under 19 CFR 177.2(b)(5)",
                                     "V. Pending matters (19 CFR 177.2(b)(5))",
                                     "5. Statement required by 177.2(b)(5):"])
@pytest.mark.parametrize("pointer", ["See the attached materials.", "See attachment B.",
                                     "Refer to the enclosed statement.", "To follow."])
def test_a_statement_section_that_only_points_elsewhere_states_nothing(
        tmp_path: Path, heading: str, pointer: str) -> None:
    output = read(tmp_path, facts=(*FACTS, heading), pending=pointer)
    assert output["values"]["pending_statement"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(5)" in output["decision"]["missing"]


@pytest.mark.parametrize("statement", [
    "We are not aware of this transaction or issue being under review by CBP or pending in any "
    "court.",
    "Pending matters: none. No CBP office or court has or had this issue before it.",
    "See our statement: the issue is not before CBP or any court.",
])
def test_a_statement_section_with_a_statement_states_it(tmp_path: Path, statement: str) -> None:
    output = read(tmp_path, facts=(*FACTS, "5. Statement under 19 CFR 177.2(b)(5)"),
                  pending=statement)
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


# The ports named by the entry planned there, a noun where other letters use a verb.
@pytest.mark.parametrize(("sentence", "ports"), [
    ("The goods are bought from Kaohsiung Precision Works Corp. and will be shipped by ocean "
     "container for entry at Miami (5201) and Charleston (1601).", ["5201", "1601"]),
    ("Harbor Goods LLC intends to buy the mats in Vietnam and ship them for customs clearance "
     "through Savannah (1703).", ["1703"]),
    ("Harbor Goods LLC intends to import the mats by air, with entry planned at Chicago (3901).",
     ["3901"]),
])
def test_the_port_an_entry_is_planned_at_is_a_port_of_entry(
        tmp_path: Path, sentence: str, ports: list[str]) -> None:
    output = read(tmp_path, facts=(sentence, *FACTS[1:]))
    assert output["values"]["ports"] == ports
    assert "177.2(b)(1)" not in output["decision"]["missing"]


# A client questionnaire turned into the request: its first question asks who asks, the answer
# under it is the requester's name and address, no caption of its own.
@pytest.mark.parametrize("question", ["Who is asking for the ruling?",
                                      "Who is requesting this ruling?",
                                      "Who is the requester?"])
@pytest.mark.parametrize(("answer", "name", "address"), [
    ("Fennimore Wellness Products Corp., 2902 Depot Street, Suite 787, Elizabeth, NJ 07201.",
     "Fennimore Wellness Products Corp.", "2902 Depot Street, Suite 787, Elizabeth, NJ 07201"),
    ("Moraine Outdoor Company, 1973 Foundry Road, Tacoma, WA 98421. Importer number: "
     "17-6091192.", "Moraine Outdoor Company", "1973 Foundry Road, Tacoma, WA 98421"),
])
def test_the_answer_to_who_asks_gives_the_requester_and_its_address(
        tmp_path: Path, question: str, answer: str, name: str, address: str) -> None:
    head = name.upper()  # the questionnaire's title names the firm, with no address
    cells = spaced([[head], ["REQUEST FOR BINDING RULING (19 CFR PART 177)"],
                    ["Dated: March 3, 2025"],
                    ["To: National Commodity Specialist Division, New York, NY 10014"],
                    [f"Q1. {question}"], [f"A. {answer}"],
                    ["Q2. Where will the goods be entered?"], ["A. Newark (4601)."],
                    ["Q3. What is the transaction?"],
                    ["A. Purchases from a supplier in Vietnam for resale; none imported yet."],
                    ["Q4. What is the merchandise?"],
                    ["A. Yoga mats of thermoplastic elastomer foam, 183 x 61 cm, used for"
                     " floor exercise; elastomer 100% by weight."],
                    ["Q5. What ruling is requested?"],
                    ["A. We ask that the mats be classified in subheading 9506.91.0030, HTSUS,"
                     " under GRI 1."],
                    ["Q6. Is the issue before CBP or a court?"], ["A. No."],
                    ["Q7. Samples?"], ["A. No sample is submitted."],
                    ["Certified correct and signed for the requester:"], ["/s/ Ann Lee"],
                    ["Ann Lee, Compliance Manager"]], top=40)
    output = extract(draw(tmp_path / "qa.pdf", cells, size=9))
    assert output["values"]["requester_name"] == name
    assert output["values"]["requester_address"] == address
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A summary form: the addressee at the top, a title, an opening sentence wrapped over two lines,
# then the particulars in a two-column table. The sentence is no letterhead: its last line names
# no sender beside the requester the table gives.
@pytest.mark.parametrize("opening", [
    ("We submit this request under 19 CFR 177.2. The particulars are set out in the table; we",
     "will answer any question promptly."),
    ("The importer named below asks for a binding ruling on the article described in this",
     "summary; the supporting documents are listed at the end."),
    ("Please find below the particulars of our request for a prospective ruling under Part",
     "177 of the Customs Regulations, as agreed with your office."),
])
def test_an_opening_sentence_over_a_summary_table_names_no_sender(
        tmp_path: Path, opening: tuple[str, str]) -> None:
    rows = [("Requester", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
            ("Importer number", "12-3456789"), ("Date of request", "03/03/2025"),
            ("Subject", "Tariff classification"), ("Port(s) of entry", "Newark (4601)"),
            ("Merchandise", "Yoga mats of thermoplastic elastomer foam, 183 x 61 cm."),
            ("Principal use", "floor exercise and yoga at home"),
            ("Materials", "thermoplastic elastomer 100% by weight"),
            ("Transaction", "bought in Vietnam for resale; none imported yet"),
            ("Proposed HTSUS", "9506.91.0030"),
            ("Basis", "GRI 1: heading 9506 names articles for general physical exercise."),
            ("Pending matters", "The issue is not before CBP or any court."),
            ("Samples", "No sample is submitted.")]
    cells: list[tuple[float, float, str]] = [
        (330, 40, "National Commodity Specialist Division"),
        (150, 60, "BINDING RULING REQUEST - SUMMARY"), (55, 80, opening[0]), (55, 92, opening[1])]
    for row, (label, value) in enumerate(rows):
        cells += [(55, 116 + 18 * row, label), (190, 116 + 18 * row, value)]
    cells += [(55, 400, "Submitted by:"), (55, 424, "/s/ Ann Lee"),
              (55, 436, "Ann Lee, Associate General Counsel")]
    output = extract(draw(tmp_path / "summary.pdf", cells, size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]

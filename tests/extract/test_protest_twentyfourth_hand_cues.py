"""Round 19 (issue 13), twentyfourth hand: a questionnaire's questions read as the captions they
ask for, with their answers under them; the objection asked for in a question."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.common.reading.phrases import asked_caption, numbered_question
from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_fields import INFERRED
from bots.protest_intake.extract_objection_reasons import DEFERRED
from bots.protest_intake.extract_structure import unread_entry_dates
from bots.protest_intake.model import ProtestEntry
from tests.extract.test_protest_decision_cues import _letter_pdf


def _questionnaire(path: Path, asked: dict[str, str], objection: str) -> Path:
    """A protest questionnaire: each question on its line, its answer on the line under it."""
    return _letter_pdf(path, [
        "PROTEST INTAKE QUESTIONNAIRE",
        "Prepared for U.S. Customs and Border Protection, port code 4601 (Newark)",
        "Q1. Name of protestant?",
        "Cascade Ridge Fitness Gear Inc.",
        asked["number"], "90-0519034",
        asked["goods"], "Aluminum bicycle frames, unpainted, sizes 48-58 cm",
        asked["protest"], "4601-25-123456",
        "Q6. Which decision is protested?", "Appraised value",
        "Q7. List every entry (number, date of entry, date of liquidation).",
        "DAB-7085424-7 6 Apr 2024 21 Sept 2025",
        objection,
        "CBP appraised the merchandise at a value that includes a buying commission",
        "paid to the importer's agent. Under 19 U.S.C. 1401a(b)(1) bona fide buying",
        "commissions are not part of transaction value.",
        "Q9. Is any entry subject to drawback?", "No",
        "Signature: /s/ Walter H. Brisbane",
    ])


_ASKED = [
    {"number": "Q3. Importer of record number?", "goods": "Q5. What merchandise is involved?",
     "protest": "Q4. Protest number, if CBP assigned one?"},
    {"number": "Question 3: What is the importer number?",
     "goods": "Question 5: Describe the merchandise.",
     "protest": "Question 4: Protest number (if known)?"},
    {"number": "3. IOR No.?", "goods": "5. Which goods are protested?",
     "protest": "4. What is the protest number?"},
]
_OBJECTIONS = ["Q8. State the objection and the reasons for it.",
               "Q8. What is the nature of each objection and the reasons therefor?",
               "Question 8: Give the grounds for the protest."]


@pytest.mark.parametrize("asked", _ASKED)
@pytest.mark.parametrize("objection", _OBJECTIONS)
def test_a_questionnaires_answers_are_read_under_their_questions(
        tmp_path: Path, asked: dict[str, str], objection: str) -> None:
    # Before: a question line was no caption, so the importer number, the goods and the protest
    # number were not read and 174.13(a)(2), (5) and (6) were reported missing.
    facts = extract_protest(_questionnaire(tmp_path / "q.pdf", asked, objection)).facts
    assert facts.importer_number == "90-0519034"
    assert facts.merchandise_description == "Aluminum bicycle frames, unpainted, sizes 48-58 cm"
    assert facts.protest_number == "4601-25-123456"
    assert facts.objection_text is not None and "buying" in facts.objection_text
    assert "drawback" not in facts.objection_text.lower()  # the next question ends it


@pytest.mark.parametrize(("line", "caption"), [
    ("Q3. Importer of record number?", "Importer of record number"),
    ("Q5. What merchandise is involved?", "merchandise"),
    ("Question 6: Which decision is protested?", "decision"),
    ("Please state the port of entry?", "port of entry"),
    ("Importer number", None),  # no question: a caption reader's own business
    ("The goods were classified under heading 8467 in error, were they not? We say so.", None),
])
def test_a_question_names_the_caption_it_asks_for(line: str, caption: str | None) -> None:
    assert asked_caption(line) == caption


def test_only_a_numbered_question_heads_the_next_item() -> None:
    assert numbered_question("Q9. Is any entry subject to drawback?")
    assert numbered_question("9. Any drawback?")
    assert not numbered_question("Why would CBP classify the goods so?")


def _letter(path: Path, lines: list[str]) -> Path:
    """A letter naming its protestant, one entry with both dates, the objection, then LINES."""
    return _letter_pdf(path, [
        "Protestant: Okafor & Daughters Trading Co., 310 Commerce Drive, Savannah, GA 31408",
        "Entry No. HIA-9274192-7, entered 06/15/2024 and liquidated 05/02/2025.",
        *lines,
        "Sincerely,",
        "/s/ Dana Whitlock",
        "Dana Whitlock",
    ])


_OBJECTS = "Protestant objects to the classification; the goods fall in 6205.20.2016, HTSUS."


@pytest.mark.parametrize("port", [
    "Port: Baltimore - 1303", "Port: Baltimore / 1303", "Port of entry: Baltimore, MD - 1303",
    "Port code: Baltimore (1303)", "Port: 1303"])
def test_a_port_labelled_by_name_then_code_gives_its_code(tmp_path: Path, port: str) -> None:
    # Before: only "Port: 1303" or "Port: Baltimore (1303)" was read; a dash or slash between
    # the name and the code left the port unread.
    facts = extract_protest(_letter(tmp_path / "p.pdf", [port, _OBJECTS])).facts
    assert facts.port_code == "1303"


@pytest.mark.parametrize(("line", "asked"), [
    ("FURTHER REVIEW (AFR)......: Y", True), ("Further review requested = Yes", True),
    ("AFR: Y", True), ("FURTHER REVIEW (AFR)......: N", False)])
def test_a_printouts_labelled_yes_or_no_answers_its_question(
        tmp_path: Path, line: str, asked: bool) -> None:
    # Before: with no "?" and no Y/N prompt the label was no question, so "Y" was not read and
    # further review (19 CFR 174.24) defaulted to not requested.
    facts = extract_protest(_letter(tmp_path / "r.pdf", [_OBJECTS, line])).facts
    assert facts.further_review_requested is asked


@pytest.mark.parametrize("petition", [
    "We protest the denial of our supplemental petition under 19 CFR 171.61; the mitigated "
    "amount ignores our record.",
    "We protest the decision on our petition under 19 CFR 172.22 for the bond claim."])
def test_a_petitions_decision_with_a_remedy_asked_names_no_protestable_decision(
        tmp_path: Path, petition: str) -> None:
    # Before: "the protest should be allowed and the entries reliquidated" was read as a
    # 1520(d) reliquidation protested, and a petition cited by its section (171.61) was not
    # seen as one: a decision decided on petition (171.22, 172.22) looked protestable.
    facts = extract_protest(_letter(tmp_path / "v.pdf", [
        "On behalf of our client we protest the liquidation of the entries above.",
        "Argument",
        petition,
        "For these reasons the protest should be allowed and the entries reliquidated.",
    ])).facts
    assert facts.category is None


@pytest.mark.parametrize("opening", [
    "Objection: rate and amount of duty. We claim classification under 9405.42.8440 rather "
    "than 9405.11.8010, with refund of the difference.",
    "Objection: the rate and amount of duty assessed. We claim 9405.42.8440 rather than "
    "9405.11.8010, with refund of the difference."])
def test_an_objection_opening_with_1514a2s_own_words_names_the_decision(
        tmp_path: Path, opening: str) -> None:
    # Before: only the first three words were read ("rate and amount"), so the decision was only
    # argued (a weak cue) and the letter's layout did not count as understood.
    facts = extract_protest(_letter(tmp_path / "c.pdf", [opening])).facts
    assert facts.category == "classification"
    assert 5 not in facts.unsure_items  # the layout counts as understood: absences vouched for


@pytest.mark.parametrize("heading", [
    "STATEMENT OF OBJECTION (FREE TEXT)", "Grounds for protest (attach sheets if needed)"])
@pytest.mark.parametrize(("body", "deferred"), [
    ("PROTECTIVE FILING - STATEMENT TO FOLLOW.", True),
    ("Grounds to follow under separate cover.", True),
    ("Arguments to come.", True),
    ("The goods are properly classified in subheading 6205.20.2016, HTSUS, under GRI 1.", False)])
def test_an_objection_heading_with_a_note_heads_its_statement_or_its_deferral(
        tmp_path: Path, heading: str, body: str, deferred: bool) -> None:
    # Before: a bracketed note after the heading hid it, so neither the objection nor its
    # deferral (174.13(a)(6) missing, surely) was read.
    facts = extract_protest(_letter(tmp_path / "o.pdf", [heading, body, "Filed by: D. Whitlock"]))
    if deferred:
        assert facts.facts.objection_text is None and DEFERRED in facts.fields
    else:
        assert facts.facts.objection_text is not None and "6205" in facts.facts.objection_text


def _owner_letter(path: Path, body: list[str]) -> Path:
    return _letter_pdf(path, [
        "Granite Falls Audio Company",
        "71 Millpond Avenue",
        "Nashua, NH 03060",
        "June 6, 2025",
        "U.S. Customs and Border Protection",
        "Port of Los Angeles (Port Code 2704)",
        "Dear Sir or Madam:",
        *body,
        "Sincerely,",
        "Thomas E. Whitcombe",
        "Managing Member, Granite Falls Audio Company",
    ])


@pytest.mark.parametrize(("sentence", "goods"), [
    ("I am writing to protest what Customs did on our Cordless impact drivers, 20 V, model "
     "KT-20ID (entry DAB-3499140-8, entered 12 May 2024, liquidated 3 Mar 2025).",
     "Cordless impact drivers, 20 V, model KT-20ID"),
    ("We protest the classification of our steel garden spades, imported under entry "
     "DAB-3499140-8, entered 12 May 2024, liquidated 3 Mar 2025.", "steel garden spades"),
    ("This protest concerns the duty on our glazed stoneware dinner plates covered by entry "
     "DAB-3499140-8, entered 12 May 2024, liquidated 3 Mar 2025.",
     "glazed stoneware dinner plates"),
    ("We protest the duty on our imported goods (entry DAB-3499140-8, entered 12 May 2024, "
     "liquidated 3 Mar 2025).", None),  # no goods in particular: no specific description
])
def test_the_goods_named_before_their_entries_in_a_sentence_are_read(
        tmp_path: Path, sentence: str, goods: str | None) -> None:
    # Before: an owner naming the goods in a sentence, with no label, left 174.13(a)(5) missing.
    extraction = extract_protest(_owner_letter(tmp_path / "g.pdf", [sentence]))
    assert extraction.facts.merchandise_description == goods
    if goods is not None:  # a description cut out of a sentence is a weak cue
        assert extraction.fields["merchandise_description"].confidence < 0.85


@pytest.mark.parametrize("argument", [
    ["The classification under 8467.29.0051 is wrong. The correct provision is 8467.29.0090,",
     "which describes the goods by name."],
    ["CBP appraised the merchandise at a value that includes a buying commission. Under 19",
     "U.S.C. 1401a(b)(1) bona fide buying commissions are not part of transaction value."],
])
def test_an_owners_objection_to_what_customs_did_is_read(
        tmp_path: Path, argument: list[str]) -> None:
    # Before: "protest what Customs did" names no decision, and "is wrong" / "the correct
    # provision" were no objection's wording, so 174.13(a)(6) was reported missing.
    facts = extract_protest(_owner_letter(tmp_path / "a.pdf", [
        "I am writing to protest what Customs did on our Cordless impact drivers (entry",
        "DAB-3499140-8, entered 12 May 2024, liquidated 3 Mar 2025).", *argument])).facts
    assert facts.objection_text is not None
    assert argument[0].split()[1] in facts.objection_text


@pytest.mark.parametrize(("text", "unsure"), [
    # The date wrapped over the line break was read whole: nothing of it is left unread.
    ("entry DAB-3499140-8, entered 12 May 2024; entry DAB-4691637-7, entered 15 May\n2024).",
     frozenset()),
    # A liquidation the reader did not read as a date still prints its year: not an absence.
    ("entry DAB-4691637-7, entered 15 May 2024, liquidated in the spring of 2025.",
     frozenset({4})),
])
def test_a_date_wrapped_over_a_line_break_is_no_unread_date(text: str, unsure: frozenset[int]
                                                            ) -> None:
    entries = [ProtestEntry("DAB-4691637-7", date(2024, 5, 15), None)]
    assert unread_entry_dates(entries, text) == unsure


@pytest.mark.parametrize("next_box", [
    "[ ] SECTION IV - APPLICATION FOR FURTHER REVIEW requested",
    "[X] Accelerated disposition requested under 19 CFR 174.22",
    "11. ENTRIES SUBJECT TO DRAWBACK 12. PROTEST FILED BY SURETY"])
def test_a_blank_objection_box_with_a_noted_heading_takes_no_next_box_for_its_text(
        tmp_path: Path, next_box: str) -> None:
    # The heading's note is read now ("(facts and legal arguments)"); the next box's line under
    # a blank one is no objection, not even an inferred one a person must confirm.
    extraction = extract_protest(_letter(tmp_path / "b.pdf", [
        "JUSTIFICATION FOR PROTEST (facts and legal arguments)", next_box]))
    assert extraction.facts.objection_text is None
    assert INFERRED[6] not in extraction.fields


@pytest.mark.parametrize(("lines", "received"), [
    (["FILED BY..................: Anneliese Varga, Import Manager",
      "FILED ON..................: 8/31/25"], None),
    (["Submitted by: Anneliese Varga", "Date filed: 8/31/25"], None),
    (["Date received by CBP: 09/02/2025", "Filed by: Anneliese Varga",
      "Filed on: 8/31/25"], date(2025, 9, 2)),
    (["Date filed: 8/31/25"], date(2025, 8, 31)),  # no filer beside it: as before, a weak cue
])
def test_the_filers_own_filed_on_date_is_not_cbps_receipt(
        tmp_path: Path, lines: list[str], received: date | None) -> None:
    # Before: "Filed by X / Filed on D" on a filer's worksheet was read as the date CBP
    # received the protest (19 CFR 174.12), so the receipt given for it was never used.
    facts = extract_protest(_letter(tmp_path / "f.pdf", [_OBJECTS, *lines])).facts
    assert facts.received_date == received

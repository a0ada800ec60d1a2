"""Senders' ways the sixtieth and sixty-first hands showed at first sight (issue 13, round 38),
each in several forms a real sender would use. Small letters printed and read."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_phrasings import FACTS, PENDING, SIGNED, read

_TOP = letter[1]

_DENIED = ("A. To the best of our knowledge the issue is not pending before any CBP office, the "
           "Court of International Trade or any appellate court.")


@pytest.mark.parametrize("question", [
    'Q6. "Is the issue before any CBP office or any court?"',
    "Question 6: \u201cIs this matter pending before a court or before CBP?\u201d",
    "(f) 'Is the issue pending in any court or at any port?'",
    "6. [Is the issue before the Court of International Trade or CBP?]",
])
def test_a_question_quoted_back_asks_and_only_its_answer_states(tmp_path, question):
    # The sixtieth hand's reply letter quotes each of the office's questions back before its
    # answer: the quoted question names a court, and states nothing (19 CFR 177.2(b)(5)).
    output = read(tmp_path, pending="", facts=(*FACTS, question, _DENIED))
    assert output["values"]["pending_in_court"] is False
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_quoted_question_answered_with_a_court_case_is_still_the_court(tmp_path):
    output = read(tmp_path, pending="", facts=(
        *FACTS, 'Q6. "Is the issue before any CBP office or any court?"',
        "A. Yes. The same issue is now before the U.S. Court of International Trade in Acme Inc. "
        "v. United States, Court No. 24-00123."))
    assert output["values"]["pending_in_court"] is True
    assert output["decision"]["outcome"] == "no_ruling"


def _handout(path: Path, items: Sequence[tuple[str, str]], *, hanging: bool = True) -> Path:
    """A request with no letterhead: a title, then numbered or bulleted items, each wrapped with
    its next lines under the words after its mark (a hanging indent) or under the mark."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(72, _TOP - 60, "REQUEST FOR BINDING RULING (19 CFR PART 177)")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, _TOP - 78, "Addressed to: National Commodity Specialist Division, "
                      "201 Varick Street, New York, NY 10014")
    y = _TOP - 104
    for mark, text in items:
        lines = textwrap.wrap(text, 84)
        canvas.drawString(90, y, f"{mark} {lines[0]}")
        indent = 90 + canvas.stringWidth(f"{mark} ", "Helvetica", 10) if hanging else 90
        for line in lines[1:]:
            y -= 13
            canvas.drawString(indent, y, line)
        y -= 20
    for line in ("Sincerely,", "/s/ Ann Lee", "Ann Lee, President"):
        canvas.drawString(72, y, line)
        y -= 13
    canvas.save()
    return path


def _items(mark: str, party: str) -> list[tuple[str, str]]:
    facts = (party, "The goods will be entered at the port of Newark.",
             "We ask for a ruling on the tariff classification of one item.",
             "Product description: exercise mats of thermoplastic elastomer foam, 183 x 61 cm. "
             "Principal use in the United States: yoga at home. Component materials: foam 96%, "
             "polyester strap 4%.", FACTS[-1], PENDING, "A sample of the mat is enclosed.")
    marks = [mark if mark in "-*" else f"{mark}{n}" for n in range(1, len(facts) + 1)]
    return list(zip(marks, facts, strict=True))


def _read_handout(tmp_path: Path, items: Sequence[tuple[str, str]], **kwargs: Any
                  ) -> dict[str, Any]:
    path = _handout(tmp_path / "handout.pdf", items, **kwargs)
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


@pytest.mark.parametrize(("mark", "party"), [
    ("1.", "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, importer number 12-3456789, is the "
     "importer of record and buys from an unrelated seller in Vietnam."),
    ("-", "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (IOR 12-3456789) will be the "
     "importer of record of the mats bought from its supplier."),
    ("*", "Harbor Goods LLC, 12 Pier Road, Suite 4, Newark, NJ 07114, is the requester and "
     "the importer; its importer number is 12-3456789."),
])
def test_a_party_a_sentence_names_with_its_address_and_role_is_the_requester(tmp_path, mark,
                                                                            party):
    # The sixtieth hand's handouts and controlled documents have no letterhead: the requester
    # is the party the first item names with its full address and its role in the predicate.
    output = _read_handout(tmp_path, _items(mark, party))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"].startswith("12 Pier Road, ")
    assert output["values"]["requester_address"].endswith("Newark, NJ 07114")
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("mark", ["1.1", "(a)", "3.", "2)"])
def test_an_items_next_lines_under_its_words_are_the_same_paragraph(tmp_path, mark):
    # The sixtieth hand's controlled document sets "1.1" items with a hanging indent: the party's
    # sentence wraps after "importer number", and its number and role are on the next line.
    party = ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, importer of record number "
             "12-3456789, is the importer of record and buys from an unrelated seller in Vietnam.")
    output = _read_handout(tmp_path, [(mark, party), *_items("2.", "")[1:]])
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["importer_number"] == "12-3456789"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize(("sentence", "ports"), [
    ("The goods will be entered at 5301.", ["5301"]),
    ("The goods will be entered at 2704 and 1303.", ["2704", "1303"]),
    ("We will import the goods through 4601 or 1001.", ["4601", "1001"]),
    ("The shipments will arrive at 2709, 2704.", ["2709", "2704"]),
])
def test_a_port_named_by_its_code_alone_after_the_entering_verb_is_a_port(tmp_path, sentence,
                                                                         ports):
    # The sixtieth hand names the port by its four-digit CBP code with no "port" word before it.
    output = read(tmp_path, facts=(sentence, *FACTS[1:]))
    assert output["values"]["ports"] == ports
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("sentence", [
    "The goods will arrive at 0930 hours each Monday.",
    "The goods will be entered at 1200 units a shipment.",
    "The goods will be imported at 2025-03 prices.",
])
def test_a_figure_with_its_unit_after_the_verb_is_no_port(tmp_path, sentence):
    output = read(tmp_path, facts=(sentence, *FACTS))
    assert output["values"]["ports"] == ["4601"]


@pytest.mark.parametrize(("line", "day"), [
    ("- Prepared 20-Feb-2025", "2025-02-20"),
    ("Issued 2025.07.25", "2025-07-25"),
    ("Issue date: 08/13/2025", "2025-08-13"),
    ("Date of issue - 5 May 2025", "2025-05-05"),
    ("Prepared on March 3, 2025", "2025-03-03"),
])
def test_a_head_line_dating_the_documents_issue_dates_the_request(tmp_path, line, day):
    # The sixtieth hand's handout dates itself "Prepared 20-Feb-2025" under its title, and its
    # controlled document "Issued 2025.07.25" in the document-control header.
    path = tmp_path / "dated.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(72, _TOP - 60, "Binding Ruling Request")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, _TOP - 76, line)
    canvas.drawString(72, _TOP - 90, "Prepared by Trade Compliance")
    y = _TOP - 120
    for mark, text in _items("", "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, importer "
                             "number 12-3456789, is the importer of record."):
        canvas.drawString(72, y, f"{mark}. {text}"[:110])
        y -= 16
    canvas.save()
    output = extract_json(path, received=date(2025, 9, 1), today=date(2025, 9, 5))
    assert output["values"]["request_date"] == day


@pytest.mark.parametrize("after", [
    ("P.S. Our importer number is 12-3456789. The goods will be entered at Newark.",),
    ("PS: the goods will be entered at the port of Newark.",),
    ("Enclosures:", "1. Photographs of the mat"),
    ("cc: Meridian Customs Brokers",),
])
def test_a_postscript_or_list_after_the_signature_block_is_no_signers_firm(tmp_path, after):
    # The sixty-first hand's letters close with a P.S. under the signer's name and title: the
    # postscript's sentence is no second name of the requester beside the letterhead's.
    output = read(tmp_path, closing=("Sincerely,", "/s/ Ann Lee", "Ann Lee", "President",
                                     *after))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


_FACTS_BELOW = ("Principal use: exercise at home. Component materials: thermoplastic elastomer "
                "foam 96%, polyester strap 4%.", FACTS[0], FACTS[-1])


@pytest.mark.parametrize("asking", [
    "We ask for a binding ruling under 19 CFR Part 177 on a prospective importation of exercise "
    "mats of thermoplastic elastomer foam, 183 x 61 cm. The particulars are set out below.",
    "We request a ruling regarding the proposed entry of exercise mats of thermoplastic "
    "elastomer foam, 183 x 61 cm.",
    "We ask for a binding ruling pursuant to 19 CFR 177.1 on planned imports of exercise mats "
    "of thermoplastic elastomer foam, 183 x 61 cm.",
])
def test_the_goods_of_the_importation_the_ruling_is_asked_for_are_described(tmp_path, asking):
    # The sixty-first hand's postscript letters name the goods only in the asking sentence, as
    # the object of "a prospective importation of", after the rule it is asked under.
    output = read(tmp_path, subject="Request for a binding classification ruling",
                  facts=(asking, *_FACTS_BELOW))
    assert output["values"]["product_description"].startswith("exercise mats of thermoplastic")
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize(("aside", "count"), [
    ("(6 items, one per model)", 6), ("(3 models, one for each size)", 3),
    ("(two items, one per colour)", 2),
])
def test_a_count_in_an_aside_after_the_goods_counts_the_items(tmp_path, aside, count):
    # "Aluminium bicycle frames, 700c road geometry (6 items, one per model)": the sixty-first
    # hand counts the items in brackets after the goods' name, each a model of the one article.
    output = read(tmp_path, subject="Request for a binding classification ruling", facts=(
        "We ask for a binding ruling on the tariff classification of exercise mats of "
        f"thermoplastic elastomer foam, 183 x 61 cm {aside}.", *_FACTS_BELOW))
    assert output["values"]["item_count"] == count
    expected = "deficient" if count > 5 else "accept"
    assert output["decision"]["outcome"] == expected, output["findings"]


@pytest.mark.parametrize(("entries", "sent"), [
    (("Enclosures:", "1. One sample (please return it after the ruling)",
      "2. Pro forma invoice"), True),
    (("Enclosure(s):", "1. Pro forma invoice", "2. Two samples of the mat"), True),
    (("Attachments:", "(a) Photographs of the sample", "(b) Pro forma invoice"), False),
    (("Enclosures:", "1. Specification sheet", "2. Sample available on request"), False),
])
def test_a_sample_listed_among_the_enclosures_is_sent_with_the_request(tmp_path, entries, sent):
    # The sixty-first hand's postscript letters name the sample only in the enclosure list; a
    # photograph of it or one offered on request is no sample sent (19 CFR 177.2(b)(4)).
    output = read(tmp_path, sample="", closing=(*SIGNED, *entries))
    assert output["values"]["sample_provided"] is sent
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("sentence", [
    "The importer has not yet chosen a port of entry.",
    "No port of entry has yet been selected.",
    "The port of entry is still to be decided.",
])
def test_a_sentence_saying_no_port_is_chosen_gives_no_port(tmp_path, sentence):
    # The sixtieth hand's reply letter answers the port question so: the sender says where the
    # element goes and that it is not given (19 CFR 177.2(b)(1)), no port the reader missed.
    output = read(tmp_path, facts=(
        "Harbor Goods LLC intends to import yoga mats from Vietnam in monthly shipments.",
        sentence, *FACTS[1:]))
    assert output["values"]["ports"] == []
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]


@pytest.mark.parametrize("sentence", [
    "No shipment has yet arrived; the first purchase order will be placed after the ruling "
    "issues.",
    "None of the goods have been imported.",
    "The first shipment will be made only after CBP rules.",
])
def test_an_importation_yet_to_come_is_the_transaction(tmp_path, sentence):
    # The sixtieth hand's reply letter describes its transaction by what has not happened yet;
    # with no port named, that sentence alone is the prospective importation (177.2(b)(2)(i)).
    output = read(tmp_path, facts=(
        "We ask for a ruling on the tariff classification of yoga mats.", sentence,
        "The importer has not yet chosen a port of entry.", *FACTS[1:]))
    assert output["values"]["prospective"] is True
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]

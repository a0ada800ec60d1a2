"""Senders' ways the forty-first hand showed (issue 13, round 32), each in several forms a real
sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_ADDRESSEE = ["Director, National Commodity Specialist Division",
              "U.S. Customs and Border Protection", "201 Varick Street, Suite 501",
              "New York, NY 10014"]
_GOODS = ["The article is insulated food jars of stainless steel, to be imported from our supplier",
          "in Vietnam in commercial quantities.",
          "Principal use in the United States: keeping food hot in households.",
          "Component materials by weight: stainless steel 82%, polypropylene 18%."]
_BASIS = ["We believe the goods are classified in subheading 7323.93.0080, HTSUS, under GRI 1,",
          "because heading 7323 names household articles of steel."]
_PENDING = ["To the best of our knowledge, the issue is not pending before any CBP office or any",
            "court, and it is not one of a series."]
_CLOSING = ["No sample is sent. No confidential treatment is asked for."]
_SIGNED = ["Yours faithfully,", "/s/ Ann Lee", "Ann Lee", "Compliance Manager"]


def typed(paragraphs: list[list[str]], top: float = 40.0, x: float = 55.0) -> list[Cell]:
    """PARAGRAPHS typed single-spaced at X from TOP down, a blank line between them."""
    cells: list[Cell] = []
    y = top
    for lines in paragraphs:
        for line in lines:
            cells.append((x, y, line))
            y += 11
        y += 11
    return cells


def _letterhead(right: bool) -> list[Cell]:
    """The importer's name block, at the top left or set to the right as a short letter has it."""
    block = [["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "IOR 12-3456789"]]
    return typed(block, top=40, x=400 if right else 55)


# A salutation run into the letter's first sentence, its subject "we": the greeting names no
# one, and the requester is the letterhead's importer.
@pytest.mark.parametrize("opening", [
    ["Dear Sir or Madam: we plan to begin importing the article described below and ask for a",
     "binding ruling before the first shipment."],
    ["Ladies and Gentlemen: we are writing to ask for a binding ruling on the goods below,",
     "which we plan to import next season."],
    ["Dear Sirs, we intend to import the goods described below and request a binding ruling",
     "on their tariff classification."],
], ids=["dear-sir-or-madam", "ladies-and-gentlemen", "dear-sirs"])
@pytest.mark.parametrize("right", [True, False], ids=["head-right", "head-left"])
def test_a_salutation_run_into_the_first_sentence_names_no_requester(
        tmp_path: Path, opening: list[str], right: bool) -> None:
    body = typed([["March 3, 2025"], _ADDRESSEE, ["Subject: tariff classification ruling request"],
                  opening, _GOODS, ["Ports of entry: Newark."], _BASIS, _PENDING, _CLOSING,
                  _SIGNED], top=100)
    output = extract(draw(tmp_path / "short.pdf", [*_letterhead(right), *body]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A numbered section "Requester" over a sentence naming the party as the subject of its ask:
# the party is the sentence's subject, not the whole sentence; its address is the letterhead's.
@pytest.mark.parametrize("sentence", [
    "Harbor Goods LLC, importer number 12-3456789, asks for a binding ruling.",
    "Harbor Goods LLC (IOR 12-3456789) requests a binding ruling on the goods described below.",
    "Harbor Goods LLC, the importer of record, seeks a binding ruling on the goods below.",
], ids=["appositive-number", "number-in-parentheses", "role-appositive"])
@pytest.mark.parametrize("heading", ["1. Requester", "A. Requesting party", "Requester"])
def test_a_requester_section_naming_the_party_in_a_sentence_gives_its_subject(
        tmp_path: Path, sentence: str, heading: str) -> None:
    cells = typed([["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"], ["March 3, 2025"],
                   _ADDRESSEE, ["Re: Request for a binding ruling on the tariff classification of "
                                "food jars (19 CFR Part 177)"],
                   [heading], [sentence], ["2. Ports of entry"],
                   ["The goods will be entered at Newark."], _GOODS, _BASIS, _PENDING,
                   ["Respectfully submitted,", "/s/ Ann Lee", "Ann Lee", "Compliance Manager"]])
    output = extract(draw(tmp_path / "sections.pdf", cells))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def _consultant(opening: list[str], principal: str) -> list[Cell]:
    """A trade consultant's letter for a client, the client's facts in a two-column summary."""
    head = typed([["Halvorsen Trade Advisory", "12 Commerce Plaza", "Newark, NJ 07102"],
                  ["Date: March 3, 2025"], _ADDRESSEE, opening])
    rows = [("Summary", "Detail"), ("Importer", principal),
            ("Importer address", "7 Harbor Street, Portland, ME 04101"),
            ("Importer number", "77-8572710"), ("Subject", "tariff classification"),
            ("Ports", "Baltimore")]
    summary = [cell for at, (key, value) in enumerate(rows)
               for cell in ((60.0, 230.0 + 13 * at, key), (160.0, 230.0 + 13 * at, value))]
    tail = typed([_GOODS, _BASIS, _PENDING,
                  ["No sample is sent. No confidential treatment is asked for.", "Kind regards,",
                   "/s/ Colm Fitzgerald", "Colm Fitzgerald", "Global Trade Manager"]], top=320)
    return [*head, *summary, *tail]


# A principal whose name holds a word set in quotes or angle brackets (a trade name, a brand):
# the agent acts for the whole name, and its letterhead names the agent, not a second requester.
@pytest.mark.parametrize("principal", ["Lumen <North> Lighting Co.", 'Lumen "North" Lighting Co.',
                                       "Lumen \u201cNorth\u201d Lighting Co."],
                         ids=["angle-brackets", "straight-quotes", "curly-quotes"])
@pytest.mark.parametrize("lead", ["We write on behalf of our client, {p}, under the attached",
                                  "We act for {p} under the attached",
                                  "We are the customs consultant for {p}, and under the attached"],
                         ids=["on-behalf-of-our-client", "act-for", "consultant-for"])
def test_an_agent_for_a_principal_with_a_quoted_word_in_its_name_acts_for_it(
        tmp_path: Path, principal: str, lead: str) -> None:
    opening = [lead.format(p=principal), "letter of authorization ask for a tariff classification "
               "ruling."]
    output = extract(draw(tmp_path / "consultant.pdf", _consultant(opening, principal)))
    assert output["values"]["requester_name"] == principal
    assert output["decision"]["outcome"] == "accept", output["findings"]


def _short_letter(facts: list[list[str]]) -> list[Cell]:
    """An importer's short letter: its name block, the date, CBP's address, the facts, a close."""
    return [*_letterhead(False), *typed(
        [["March 3, 2025"], _ADDRESSEE, ["Subject: tariff classification ruling request"],
         ["Dear Sir or Madam:"], *facts, _BASIS, _PENDING, _CLOSING, _SIGNED], top=100)]


# The items counted, then listed by model designation alone: models of the one article the letter
# describes, so of one class or kind (CBP's five-item practice).
@pytest.mark.parametrize("count", [
    "The request covers 2 items: model A-100, model B-110.",
    "The request covers three items: models A-100, B-110 and C-120.",
    "The request covers two items (style 501 and style 502).",
], ids=["model-each", "models-shared", "styles-in-parentheses"])
def test_items_listed_as_bare_model_designations_are_of_one_kind(
        tmp_path: Path, count: str) -> None:
    output = extract(draw(tmp_path / "models.pdf", _short_letter(
        [_GOODS[:1], [count], _GOODS[1:], ["Ports of entry: Newark."]])))
    assert output["values"]["item_count"] in (2, 3)
    assert output["decision"]["outcome"] == "accept", output["findings"]


# Listed items that name goods of their own are not shown to be of one kind: a person decides.
def test_items_listed_with_goods_of_their_own_are_not_shown_of_one_kind(tmp_path: Path) -> None:
    output = extract(draw(tmp_path / "goods.pdf", _short_letter(
        [_GOODS[:1], ["The request covers 2 items: model A-100 food jar, model B-110 lunch box."],
         _GOODS[1:], ["Ports of entry: Newark."]])))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


# The ports' own heading or caption answered that no port is chosen: the reader looked where the
# ports go, and the letter gives none (177.2(b)(1)).
@pytest.mark.parametrize("ports", [
    [["2. Ports of entry"], ["The goods will be entered at a port to be decided later."]],
    [["Ports of entry"], ["The port of entry has not yet been decided."]],
    [["Ports of entry: to be determined."]],
], ids=["numbered-heading", "bare-heading", "caption-on-the-line"])
def test_a_ports_heading_answered_undecided_gives_no_port(
        tmp_path: Path, ports: list[list[str]]) -> None:
    output = extract(draw(tmp_path / "ports.pdf", _short_letter([_GOODS, *ports])))
    assert output["values"]["ports"] == []
    assert output["decision"]["missing"] == ["177.2(b)(1)"], output["findings"]
    assert output["decision"]["outcome"] == "deficient", output["findings"]


# The goods described in an aside as to be imported state a prospective importation, the
# transaction 177.2(b)(2)(i) asks for, though no port is named yet.
@pytest.mark.parametrize("goods", [
    "The article is insulated food jars of stainless steel, to be imported in commercial "
    "quantities from our supplier abroad.",
    "The goods are insulated food jars of stainless steel, to be bought from a maker in Vietnam "
    "for sale in our stores.",
    "The merchandise is insulated food jars of stainless steel, to be entered for consumption when "
    "the first order ships.",
], ids=["to-be-imported", "to-be-bought", "to-be-entered"])
def test_goods_to_be_imported_told_in_an_aside_describe_the_transaction(
        tmp_path: Path, goods: str) -> None:
    output = extract(draw(tmp_path / "aside.pdf", _short_letter(
        [[goods], _GOODS[2:], ["Ports of entry: not yet decided."]])))
    assert output["decision"]["missing"] == ["177.2(b)(1)"], output["findings"]
    assert output["decision"]["outcome"] == "deficient", output["findings"]


# Hands 42 and 43 (round 32).
def _summary(opening: list[str], rows: list[tuple[str, str]]) -> list[Cell]:
    """A consultant's letter whose client's particulars stand in a two-column table."""
    head = typed([["TRADEWISE CUSTOMS CONSULTING", "210 Commerce Plaza, Suite 5, Newark, NJ 07102"],
                  ["10-AUG-2025"], _ADDRESSEE, opening])
    table = [cell for at, (key, value) in enumerate([("Item", "Particulars"), *rows])
             for cell in ((60.0, 230.0 + 13 * at, key), (200.0, 230.0 + 13 * at, value))]
    tail = typed([_GOODS, _BASIS, _PENDING, _CLOSING, ["Yours faithfully,", "/s/ Rafael Ortiz",
                  "Licensed Customs Broker, Tradewise Customs Consulting"]],
                 top=250 + 13 * len(rows))
    return [*head, *table, *tail]


_CLIENT_ROWS = [("Importer", "Kestrel Toy Company"),
                ("Address", "75 Larkspur Way, Madison, WI 53703"), ("Importer No.", "48-6127529"),
                ("Subject", "classification"),
                ("Port of entry", "Los Angeles (2704)"), ("Items", "1")]


# An agent writing "on behalf of our client" without naming it in the sentence: the words after
# the client name no one, and the client is the importer the particulars name.
@pytest.mark.parametrize("opening", [
    ["On behalf of our client, and under the letter of authorization on file, we request a",
     "binding ruling. The particulars are summarised below."],
    ["On behalf of our client, and under the letter of authorization on",
     "file, we request a binding ruling. The particulars are summarised", "below."],
    ["On behalf of our client, and with its written authorization, we ask for a binding ruling",
     "on the goods below."],
    ["On behalf of our client, as its authorized agent under a power of attorney on file, we",
     "request a binding ruling."],
], ids=["under-a-letter", "line-ends-in-the-mandate", "with-its-authorization",
        "as-its-agent"])
def test_an_unnamed_client_is_the_importer_the_particulars_name(
        tmp_path: Path, opening: list[str]) -> None:
    output = extract(draw(tmp_path / "client.pdf", _summary(opening, _CLIENT_ROWS)))
    assert output["values"]["requester_name"] == "Kestrel Toy Company"
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A bare "Items" (or "Models", "Products") caption over a number is the count of items.
@pytest.mark.parametrize("caption", ["Items", "Models", "Products"])
@pytest.mark.parametrize("count", ["1", "7"])
def test_a_bare_items_caption_over_a_number_counts_the_items(
        tmp_path: Path, caption: str, count: str) -> None:
    rows = [*_CLIENT_ROWS[:-1], (caption, count)]
    output = extract(draw(tmp_path / "count.pdf", _summary(
        ["On behalf of our client, Kestrel Toy Company, under the letter of authorization on",
         "file, we request a binding ruling."], rows)))
    assert output["values"]["item_count"] == int(count)
    assert output["decision"]["outcome"] == ("accept" if count == "1" else "deficient")


def _sheet(rows: list[tuple[str, list[str]]]) -> list[Cell]:
    """A compliance manager's summary sheet: a caption column, each value over one or more
    lines, and the signature rows under it."""
    cells: list[Cell] = [(55, 40, "BINDING RULING REQUEST - SUMMARY SHEET"),
                         (55, 54, "To: National Commodity Specialist Division, U.S. Customs and "
                                  "Border Protection, New York, NY 10119")]
    y = 80.0
    for caption, lines in rows:
        cells.append((60, y, caption))
        for line in lines:
            cells.append((200, y, line))
            y += 11
        y += 4
    return [*cells, (55, y + 20, "Signature: /s/ Marcus T. Oyelaran"),
            (55, y + 31, "Name and title: Marcus T. Oyelaran, Import Manager")]


def _sheet_rows(facts: tuple[str, list[str]]) -> list[tuple[str, list[str]]]:
    return [("Date of request", ["2025-02-24"]), ("Requester", ["Harbor Goods LLC"]),
            ("Address", ["12 Pier Road, Newark, NJ 07114"]), ("Importer number", ["12-3456789"]),
            ("Ruling sought", ["Tariff classification"]), ("Port(s) of entry", ["Newark (4601)"]),
            ("Transaction", ["We intend to import the goods from next quarter; no shipment has",
                             "been made or entered."]),
            facts, ("Proposed HTSUS", ["7323930080"]),
            ("Basis", ["GRI 1 and 6; the heading text describes the article."]),
            ("Number of items", ["1"]),
            ("177.2(b)(5) statement", ["No CBP office or court has this issue before it."]),
            ("Sample", ["None - photographs attached"]),
            ("Confidential treatment", ["Not requested"])]


# A caption the reader does not know ("Facts", "Details", "Particulars") over a sentence naming
# the goods: the sentence describes the merchandise, as it would standing alone.
@pytest.mark.parametrize("caption", ["Facts", "Details", "Particulars"])
@pytest.mark.parametrize("goods", ["The merchandise is insulated food jars of stainless steel.",
                                   "The goods are insulated food jars of stainless steel.",
                                   "The article is an insulated food jar of stainless steel."],
                         ids=["merchandise-is", "goods-are", "article-is"])
def test_goods_named_in_a_sentence_after_an_unknown_caption_are_described(
        tmp_path: Path, caption: str, goods: str) -> None:
    facts = (caption, [goods, "Principal use in the United States: keeping food hot in homes.",
                       "Component materials: stainless steel 82%, polypropylene 18% by weight."])
    output = extract(draw(tmp_path / "sheet.pdf", _sheet(_sheet_rows(facts))))
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A typed letter of capitalised labels whose "Principal use in the United States:" wraps after
# "United" (or another joining word): the next line continues the caption, no label of its own.
@pytest.mark.parametrize("wrapped", [
    ["DESCRIPTION: The merchandise is insulated food jars of stainless steel, 0.5 litre,",
     "with polypropylene screw caps. Principal use in the United",
     "States: keeping food hot in households. Component materials: stainless",
     "steel 82%, polypropylene 18% by weight."],
    ["DESCRIPTION: The merchandise is insulated food jars of stainless steel. Principal use in the",
     "United States: keeping food hot. Component materials: stainless steel 82%,",
     "polypropylene 18% by weight."],
    ["DESCRIPTION: The merchandise is insulated food jars of stainless steel. Principal use in",
     "the U.S.: keeping food hot in households. Component materials: stainless steel 82%,",
     "polypropylene 18% by weight."],
], ids=["after-united", "after-the", "after-in"])
def test_a_caption_wrapped_over_two_typed_lines_is_one_caption(
        tmp_path: Path, wrapped: list[str]) -> None:
    lines = ["SUBJECT: RULING REQUEST - TARIFF CLASSIFICATION",
             "Dear Sir or Madam: We intend to import the goods from next quarter; no",
             "shipment has been made or entered.",
             "PORTS OF ENTRY: Newark (4601).", *wrapped,
             "OUR VIEW: We believe the article is classified in subheading 7323.93.0080,",
             "HTSUS, under GRI 1 and 6.",
             "PENDING MATTERS: The issue is not and was not before any CBP office or court.",
             "SAMPLE: one sample enclosed.", "CONFIDENTIAL: none requested."]
    cells = [*typed([["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114",
                      "IOR: 12-3456789"], ["March 3, 2025"], _ADDRESSEE[:2]]),
             *typed([lines, ["Very truly yours,", "/s/ Ann Lee", "Ann Lee"]], top=180)]
    output = extract(draw(tmp_path / "typed.pdf", cells, font="Courier"))
    assert output["decision"]["outcome"] == "accept", output["findings"]


# Models of the one article, "which differ only in size and color": items of one class or kind.
@pytest.mark.parametrize("models", [
    "The request covers 2 models of this article, numbered M-100, M-101, which differ only in "
    "size and color.",
    "The request covers three models of the article, which differ only in capacity.",
    "The request covers 2 models of this article (M-100 and M-101).",
], ids=["numbered-differ-only", "differ-only", "codes-in-parentheses"])
def test_models_of_the_one_article_are_of_one_kind(tmp_path: Path, models: str) -> None:
    facts = ("Facts", ["The merchandise is insulated food jars of stainless steel.", models,
                       "Principal use in the United States: keeping food hot in homes.",
                       "Component materials: stainless steel 82%, polypropylene 18% by weight."])
    rows = [row for row in _sheet_rows(facts) if row[0] != "Number of items"]
    output = extract(draw(tmp_path / "models.pdf", _sheet(rows)))
    assert output["values"]["item_count"] in (2, 3)
    assert output["decision"]["outcome"] == "accept", output["findings"]


# The office inside the firm printed before the street on the letterhead's address line: where
# the letter comes from, not part of the requester's address.
@pytest.mark.parametrize("office", ["Office of the General Counsel", "Legal Department",
                                    "Trade Compliance Division"])
def test_an_office_before_the_street_is_no_part_of_the_address(
        tmp_path: Path, office: str) -> None:
    cells = typed([["Harbor Goods LLC", f"{office}, 12 Pier Road, Newark, NJ 07114"],
                   ["March 3, 2025"], _ADDRESSEE,
                   ["Re: Request for a binding ruling (classification); importer number "
                    "12-3456789"],
                   ["Harbor Goods LLC requests a binding ruling under 19 CFR Part 177 on a",
                    "prospective importation through the port of Newark (4601)."],
                   _GOODS, _BASIS, _PENDING, _CLOSING, _SIGNED])
    output = extract(draw(tmp_path / "office.pdf", cells))
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A section of its own ("Ruling requested") asking the result in a sentence and giving no reason
# for it, the number also in the particulars above: the reader read the ask there, so it looked
# where the basis would stand, as under "Samples and confidentiality"; none is given (177.2(b)(6)).
@pytest.mark.parametrize("heading", ["Ruling requested", "Ruling sought", "Result requested"])
@pytest.mark.parametrize("ask", [
    ["We ask that the articles be classified in subheading 7323.93.0080,", "HTSUS."],
    ["We request that the goods be classified under subheading 7323.93.0080, HTSUS."],
], ids=["ask-that", "request-that"])
def test_a_result_asked_under_its_own_heading_without_reasons_lacks_its_basis(
        tmp_path: Path, heading: str, ask: list[str]) -> None:
    head = typed([["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"], ["March 3, 2025"],
                  _ADDRESSEE, ["Harbor Goods LLC requests a binding ruling on the goods below."]])
    rows = [("Importer No.", "12-3456789"), ("Port of entry", "Newark (4601)"),
            ("Proposed HTS", "7323.93.0080"), ("Items", "1"), ("Sample", "photographs only")]
    table = [cell for at, (key, value) in enumerate(rows)
             for cell in ((60.0, 200.0 + 13 * at, key), (200.0, 200.0 + 13 * at, value))]
    tail = typed([["Transaction"], ["Harbor Goods LLC will import the jars from its supplier in",
                                    "Vietnam for entry at Newark."],
                  ["Description"], _GOODS, [heading], ask, ["Pending matters"], _PENDING,
                  ["Samples and confidentiality"],
                  ["Photographs are enclosed; a sample is available on request."],
                  ["No confidential treatment is requested."], _SIGNED], top=285)
    output = extract(draw(tmp_path / "ask.pdf", [*head, *table, *tail]))
    assert output["decision"]["missing"] == ["177.2(b)(6)"], output["findings"]
    assert output["decision"]["outcome"] == "deficient", output["findings"]


# A consultant for a client it does not name in the sentence acts as an agent all the same: with
# no word of its authority a person checks it (19 CFR 177.1); the client is the importer named.
@pytest.mark.parametrize(("opening", "outcome"), [
    (["On behalf of our client, we request a binding ruling on the goods below."],
     "needs_human"),
    (["For our client, we ask for a binding ruling on the goods described below."],
     "needs_human"),
    (["On behalf of our client, and under the power of attorney on file, we request a binding",
      "ruling on the goods below."], "accept"),
], ids=["behalf-no-authority", "for-our-client-no-authority", "behalf-with-authority"])
def test_an_agent_for_an_unnamed_client_states_its_authority_or_goes_to_a_person(
        tmp_path: Path, opening: list[str], outcome: str) -> None:
    cells = _summary(opening, _CLIENT_ROWS)
    cells = [(x, y, "Senior Consultant") if "Licensed Customs Broker" in text else (x, y, text)
             for x, y, text in cells]
    output = extract(draw(tmp_path / "unnamed.pdf", cells))
    assert output["values"]["requester_name"] == "Kestrel Toy Company"
    assert output["decision"]["outcome"] == outcome, output["findings"]


# A typed note ending with a "SIGNED:" caption: nothing on it or under it is no signature
# (177.2(c)); a name typed under it signs, as the sender means it.
@pytest.mark.parametrize(("ending", "signed"), [
    (["SIGNED:"], False),
    (["Signed:", "______________________"], False),
    (["SIGNED BY:"], False),
    (["SIGNED:", "Thomas E. Galloway", "Director of Trade"], True),
], ids=["caps-blank", "rule", "signed-by-blank", "name-under"])
def test_a_signed_caption_left_blank_is_unsigned(
        tmp_path: Path, ending: list[str], signed: bool) -> None:
    cells = typed([["HARBOR GOODS LLC", "12 PIER ROAD", "NEWARK, NJ 07114",
                    "IMPORTER NO. 12-3456789"], ["DATE: March 3, 2025"],
                   ["TO: National Commodity Specialist Division"],
                   ["SUBJ: RULING REQUEST - CLASSIFICATION"],
                   ["Harbor Goods LLC will import the jars from its supplier in Vietnam for",
                    "entry at the port of Newark (port code 4601)."], _GOODS, _BASIS, _PENDING,
                   _CLOSING, ending], x=55)
    output = extract(draw(tmp_path / "note.pdf", cells, font="Courier"))
    assert output["values"]["signed"] is signed
    assert output["decision"]["outcome"] == ("accept" if signed else "deficient"), \
        output["findings"]


def _two_pages(path: Path, first: list[Cell], second: list[Cell]) -> Path:
    """FIRST drawn on page 1 and SECOND on page 2, in Helvetica 10."""
    canvas = Canvas(str(path), pagesize=letter)
    for cells in (first, second):
        canvas.setFont("Helvetica", 10)
        for x, y, text in cells:
            canvas.drawString(x, letter[1] - y, text)
        canvas.showPage()
    canvas.save()
    return path


# A sentence the page break cuts mid-way ("... is not pending, and has not" / "been, before any
# CBP office, the Court of International Trade ..."): one sentence, its negation kept.
@pytest.mark.parametrize(("end", "start"), [
    (["To the best of our knowledge the issue is not pending, and has not"],
     ["been, before any CBP office, the Court of International Trade, the",
      "Federal Circuit or any appellate court."]),
    (["To the best of our knowledge the issue is not pending before any office or the"],
     ["Court of International Trade, the Federal Circuit or any appellate court."]),
    (["The same transaction or issue is not, and has not been, pending before CBP or"],
     ["any court, including the Court of International Trade."]),
], ids=["after-not", "after-the", "after-or"])
def test_a_sentence_cut_by_the_page_break_is_read_whole(
        tmp_path: Path, end: list[str], start: list[str]) -> None:
    head = [["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"], ["March 3, 2025"],
            _ADDRESSEE, ["Re: Request for a binding ruling (classification); importer number "
                         "12-3456789"],
            ["Harbor Goods LLC requests a binding ruling on goods it will import from its",
             "supplier in Vietnam through the port of Newark (4601)."], _GOODS, _BASIS]
    first = typed([*head, ["Pending matters", *end]], top=600 - 11 * sum(len(p) + 1 for p in head))
    second = typed([start, _CLOSING, _SIGNED], top=50)
    output = extract(_two_pages(tmp_path / "pages.pdf", first, second))
    assert output["values"]["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]

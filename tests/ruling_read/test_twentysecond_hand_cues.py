"""Senders' ways the twenty-second hand showed (issue 13, round 17), each in several wordings a
real sender would use: a tariff number named only to be argued against, a form's field grid the
text builder reads column by column, a question whose words are not its answer, a memo's FROM
line naming the sender, a "Submitted by" line signing, an agent's form whose Requester box names
the agent, and a table header printed right over its first cell. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import draw as draw_at
from tests.ruling_read.test_twentyfirst_hand_cues import extract

Cell = tuple[float, float, str]
FACTS = ["The transaction: the importer will buy the goods from a maker in India and sell",
         "them to U.S. retailers. The goods will be entered at the port of Newark (4601).",
         "The merchandise is cotton bath towels. Principal use in the United States: drying",
         "the body. Component materials: 100% cotton terry. Purchase price $4.10; U.S.",
         "selling price $9.99."]
BASIS = "under GRI 1, because the subheading describes them by name."
PENDING = "The issue is not pending before any CBP office or any court."
HEAD: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road"),
                    (55, 84, "Newark, NJ 07114"), (55, 104, "March 3, 2025"),
                    (55, 124, "National Commodity Specialist Division"),
                    (55, 144, "Re: Request for a binding ruling (classification)"),
                    (55, 164, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer number "
                              "12-3456789) requests a binding ruling."),
                    *((55, 180 + 12 * i, line) for i, line in enumerate(FACTS))]
CLOSE: list[Cell] = [(55, 330, PENDING), (55, 360, "Sincerely,"), (55, 390, "/s/ Ann Lee"),
                     (55, 402, "Ann Lee, President"), (55, 414, "Harbor Goods LLC")]


def draw(path: Path, cells: list[Cell]) -> Path:
    return draw_at(path, cells, size=9)


@pytest.mark.parametrize("said", [
    "subheading 6302.91.0045 does not apply because the goods are not of that kind.",
    "subheading 6302.91.0045, HTSUS, is not applicable to them.",
    "they are not in subheading 6302.91.0045, which covers other towels.",
    "we rejected subheading 6302.91.0045 as it covers other towels.",
    "they fall there rather than in subheading 6302.91.0045.",
    "heading 6302.91.0045 cannot apply to cotton terry.",
])
def test_a_number_named_only_to_be_argued_against_is_not_proposed(tmp_path: Path,
                                                                  said: str) -> None:
    proposal = [(55, 250, "We believe the towels are classified in subheading 6302.60.0020,"),
                (55, 262, f"HTSUS, {BASIS[:-1]}; {said}")]
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, *proposal, *CLOSE]))["values"]
    assert values["proposed_hts"] == ["6302.60.0020"]
    assert values["item_count"] == 1


@pytest.mark.parametrize("said", [
    "We propose 6302.60.0020 because the exclusion in note 2 does not apply.",
    "We propose 6302.60.0020 or, alternatively, 6302.91.0045.",
])
def test_a_number_whose_sentence_goes_on_to_deny_something_else_stays_proposed(
        tmp_path: Path, said: str) -> None:
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, (55, 250, said), *CLOSE]))["values"]
    assert values["proposed_hts"][0] == "6302.60.0020"


def grid(numbered: bool, answers: tuple[str, str], question: str) -> list[Cell]:
    """A form printed as columns: box numbers, labels, and values that wrap onto more lines."""
    rows = [("Requester", ["Harbor Goods LLC"]),
            ("Importer and address", ["Harbor Goods LLC, 12 Pier Road, Newark,", "NJ 07114"]),
            ("Importer number", ["12-3456789"]),
            ("Ruling subject", ["Classification"]),
            ("Port(s) of entry", ["Newark (4601)"]),
            ("Transaction and facts", [*FACTS, "We believe the towels are classified in",
                                       "subheading 6302.60.0020, HTSUS, " + BASIS[:28],
                                       BASIS[28:]]),
            ("Sample enclosed?", [answers[0]]),
            ("Confidential treatment?", [answers[1]]),
            (question, ["[ ] Yes [X] No"])]
    cells: list[Cell] = [(55, 60, "BINDING RULING REQUEST - INTAKE FORM"),
                         (55, 80, "National Commodity Specialist Division"),
                         (55, 100, "Date: March 3, 2025")]
    y = 130.0
    for number, (label, value) in enumerate(rows, start=1):
        if numbered:
            cells.append((60, y, f"{number}."))
        cells.append((90, y, label))
        for line in value:
            cells.append((240, y, line))
            y += 12
    return [*cells, (55, y + 20, "Signature and title:"), (55, y + 32, "/s/ Ann Lee"),
            (55, y + 44, "Ann Lee, President")]


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "bare"])
@pytest.mark.parametrize(("answers", "sample", "confidential"), [
    (("[ ] Yes [X] No", "[X] Yes [ ] No"), False, True),
    (("[X] Yes [ ] No", "[ ] Yes [X] No"), True, False),
    (("( ) Yes (x) No", "(x) Yes ( ) No"), False, True),
    (("No", "Yes"), False, True),
])
def test_a_form_grid_read_as_columns_is_read_row_by_row(
        tmp_path: Path, numbered: bool, answers: tuple[str, str], sample: bool,
        confidential: bool) -> None:
    found = extract(draw(tmp_path / "t.pdf", grid(numbered, answers,
                                                  "Issue before CBP or a court?")))
    values = found["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"
    assert (values["sample_provided"], values["confidential_requested"]) == (sample, confidential)
    assert found["decision"]["outcome"] == "accept"


@pytest.mark.parametrize(("asked", "sample"), [
    ("Is a sample enclosed? No.", False),
    ("Sample provided? [ ] Yes [X] No", False),
    ("Will a sample be sent? Yes", True),
])
def test_a_question_about_the_sample_states_only_what_its_answer_says(
        tmp_path: Path, asked: str, sample: bool) -> None:
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, (55, 250, "We propose subheading "
                                                      "6302.60.0020, HTSUS, " + BASIS),
                                               (55, 270, asked), *CLOSE]))["values"]
    assert values["sample_provided"] is sample


def memo(sender: list[Cell], signer_title: str) -> list[Cell]:
    body = [(55, 150, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer number "
                      "12-3456789) requests a binding ruling."),
            *((55, 166 + 12 * i, line) for i, line in enumerate(FACTS)),
            (55, 240, "We propose subheading 6302.60.0020, HTSUS, " + BASIS),
            (55, 260, PENDING)]
    return [(55, 40, "Harbor Goods LLC - ruling request"), (55, 60, "MEMORANDUM"),
            (55, 80, "TO: Director, National Commodity Specialist Division"), *sender,
            (55, 112, "DATE: March 3, 2025"), (55, 124, "SUBJECT: Request for a binding ruling"),
            *body, (55, 300, "Ann Lee"), (55, 312, signer_title), (55, 324, "Harbor Goods LLC")]


@pytest.mark.parametrize("sender", [
    [(55, 96, "FROM: Ann Lee, Partner, Harbor Goods LLC")],
    [(55, 96, "FROM:"), (120, 96, "Ann Lee, Senior Consultant, Harbor Goods LLC")],
    [(55, 96, "From: Ann Lee, Harbor Goods LLC")],
], ids=["inline", "caption-cell", "no-title"])
@pytest.mark.parametrize("title", ["Senior Consultant", "Trade Advisor", "Compliance Supervisor"])
def test_a_memo_names_its_sender_on_the_from_line_and_is_signed_by_its_typed_block(
        tmp_path: Path, sender: list[Cell], title: str) -> None:
    found = extract(draw(tmp_path / "t.pdf", memo(sender, title)))
    assert found["values"]["requester_name"] == "Harbor Goods LLC"
    assert found["values"]["signed"] is True
    assert found["decision"]["outcome"] == "accept"


def receipt(submitted: str) -> list[Cell]:
    """An e-filing portal's receipt: an agent's Requester box, the importer named in the text."""
    cells: list[Cell] = [(55, 40, "eRULINGS - ELECTRONIC RULING REQUEST RECEIPT"),
                         (55, 60, "Submission ID"), (200, 60, "RUL-20250001"),
                         (55, 72, "Date Submitted"), (200, 72, "March 3, 2025"),
                         (55, 84, "Ruling Type"), (200, 84, "Classification"),
                         (55, 96, "Requester"), (200, 96, "Pier Trade Services LLC"),
                         (55, 108, "Importer Name"), (200, 108, "Harbor Goods Corp."),
                         (55, 130, "Request Text"),
                         (55, 146, "We are the authorized agent of Harbor Goods Corp. for this "
                                   "request (authorization on file)."),
                         (55, 158, "The importer is Harbor Goods Corp., 12 Pier Road, Newark, NJ "
                                   "07114 (importer number 12-3456789).")]
    cells += [(55, 174 + 12 * i, line) for i, line in enumerate(FACTS)]
    return [*cells, (55, 240, "We propose subheading 6302.60.0020, HTSUS, " + BASIS),
            (55, 256, PENDING), (55, 280, submitted)]


@pytest.mark.parametrize("submitted", [
    "Submitted by: Ann Lee, Director, Global Trade, Pier Trade Services LLC",
    "Filed by: Ann Lee, Licensed Customs Broker",
    "Submitted by: Ann Lee, Trade Compliance Consultant",
])
def test_an_agents_receipt_names_the_principal_and_its_submitter_signs(
        tmp_path: Path, submitted: str) -> None:
    found = extract(draw(tmp_path / "t.pdf", receipt(submitted)))
    assert found["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert found["values"]["signed"] is True
    assert found["decision"]["outcome"] == "accept"


def test_a_submitted_by_line_naming_only_a_firm_signs_nothing(tmp_path: Path) -> None:
    found = extract(draw(tmp_path / "t.pdf", receipt("Submitted by: Pier Trade Services LLC")))
    assert found["values"]["signed"] is not True or found["decision"]["outcome"] != "accept"


@pytest.mark.parametrize("head", ["Product", "Description", "Merchandise"])
def test_a_table_header_printed_right_over_its_first_cell_still_heads_its_column(
        tmp_path: Path, head: str) -> None:
    table: list[Cell] = [(55, 180, head), (55, 190, "Cotton bath towels, model BT-1"),
                         (230, 180, "Materials"), (230, 196, "cotton 100%"),
                         (380, 180, "Principal use"), (380, 196, "drying the body")]
    rest = [(55, 230, "The transaction: the importer will buy the goods from a maker in India."),
            (55, 242, "The goods will be entered at the port of Newark (4601)."),
            (55, 254, "Principal use in the United States: drying the body."),
            (55, 266, "Component materials: 100% cotton terry."),
            (55, 278, "We propose subheading 6302.60.0020, HTSUS, " + BASIS)]
    found = extract(draw(tmp_path / "t.pdf", [*HEAD[:7], *table, *rest, *CLOSE]))
    assert found["decision"]["outcome"] == "accept"

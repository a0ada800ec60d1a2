"""Senders' ways the held-out fiftieth hand showed (issue 13, round 34), each in several forms a
real sender would use: a questionnaire of "Q:" / "A:" lines, a numbered section headed "Ruling
requested", models listed in brackets after the goods, and a caption wrapped across a summary
sheet's lines. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ruling_read.test_fortyfourth_hand_cues import typed
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract


def _questionnaire(kind: str, described: str, pending_question: str) -> list[str]:
    return ["REQUEST FOR BINDING RULING - QUESTIONNAIRE",
            "National Commodity Specialist Division, U.S. Customs and Border Protection", "",
            "Q: Name of requester?", "A: Quillon Medical Supply Corp.",
            "Q: Address?", "A: 5400 Research Parkway, Durham, NC 27709",
            "Q: Importer number?", "A: 75-1979808",
            "Q: Date of request?", "A: 1 March 2025",
            "Q: Type of ruling requested?", f"A: {kind}",
            "Q: Port(s) of entry?", "A: Seattle (port 3002).",
            "Q: Describe the transaction.",
            "A: Quillon Medical Supply Corp. intends to import garden sprayers from Mexico.",
            "Q: Describe the merchandise.", f"A: {described}",
            f"Q: {pending_question}",
            "A: No ruling on this merchandise has been sought before, and the issue is not",
            "before CBP or any court.",
            "Q: Sample?", "A: A sample is enclosed with this request.",
            "Q: Confidential treatment?", "A: No confidential treatment is requested.", "",
            "Certified true and complete,", "", "/s/ Priya Natarajan", "Priya Natarajan"]


def _read(tmp_path: Path, lines: list[str]) -> dict[str, Any]:
    return extract(draw(tmp_path / "request.pdf", typed(lines), font="Courier", size=8))


@pytest.mark.parametrize(("kind", "subject"), [("Country of origin marking.", "marking"),
                                               ("Tariff classification.", "classification"),
                                               ("Valuation (transaction value).", "valuation")])
def test_a_questionnaires_answers_name_the_kind_and_the_requester(
        tmp_path: Path, kind: str, subject: str) -> None:
    # Before: "Type of ruling" read as a label with "requested?" its value (kind "other"), and
    # the first question taken for the firm's letterhead, a second requester (to a person).
    output = _read(tmp_path, _questionnaire(
        kind, "Hand-held garden sprayers, 2 liter, plastic, used in home gardens, of "
        "polyethylene 90% and steel 10%.", "Is the issue pending before CBP or a court?"))
    assert output["values"]["ruling_type"] == subject
    assert output["values"]["requester_name"] == "Quillon Medical Supply Corp."
    assert not any("differently" in f["message"] for f in output["findings"])


@pytest.mark.parametrize("pending_question", [
    "Is the issue pending before CBP or a court?",
    "Is this matter pending before any CBP office or any court?",
    "Is the question under consideration by CBP or before a court?"])
def test_a_questionnaires_pending_question_is_a_caption_it_reads(
        tmp_path: Path, pending_question: str) -> None:
    # Before: the "Q:" mark was taken for an unknown heading over the answer, so the principal
    # use the description leaves out was not concluded missing (177.2(b)(2)): to a person.
    output = _read(tmp_path, _questionnaire(
        "Tariff classification.", "Hand-held garden sprayers, 2 liter. Further details to follow.",
        pending_question))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(2)"]


_LETTER_HEAD = ["Bluefin Marine Hardware Inc.", "14 Dockside Way", "Tampa, FL 33602", "",
                "Mar. 26, 2025", "", "National Commodity Specialist Division", "",
                "Re: Request for a binding ruling; importer number 66-3072988", "",
                "Bluefin Marine Hardware Inc. respectfully requests a prospective ruling under",
                "19 CFR Part 177."]


@pytest.mark.parametrize("heading", ["1. Ruling requested", "RULING REQUESTED", "A. Ruling sought"])
@pytest.mark.parametrize("models", ["(model A-100, model B-110, model C-120)",
                                    "(style 1201, style 1202 and style 1203)",
                                    "(SKU 44-100; SKU 44-110; SKU 44-120)"])
def test_a_section_names_the_kind_and_bracketed_models_are_the_items(
        tmp_path: Path, heading: str, models: str) -> None:
    # Before: "Ruling requested" on a line of its own was no caption (kind "other", routed to
    # HQ), and models listed in brackets with no count left the item count unread.
    lines = [*_LETTER_HEAD, heading, "Tariff classification.", "2. Transaction",
             "Bluefin Marine Hardware Inc. intends to import polo shirts, style PK-200",
             f"{models} from a supplier in Taiwan.", "3. Ports of entry",
             "Baltimore (port 1303).", "4. Description",
             "Men's cotton knit polo shirts. Principal use in the United States: household wear.",
             "Component materials by weight: cotton 95%, elastane 5%.",
             "5. Proposed classification",
             "Subheading 6105.10.0010, HTSUS, under GRI 1 and the terms of the heading.",
             "6. Pending matters",
             "The issue is not pending before any CBP office or any court.",
             "7. Samples", "A sample is available on request.", "",
             "Respectfully submitted,", "", "/s/ Ramon Echeverria", "Ramon Echeverria",
             "Associate General Counsel"]
    output = _read(tmp_path, lines)
    assert output["values"]["ruling_type"] == "classification"
    assert output["values"]["item_count"] == 3
    assert output["decision"]["route"] == "NCSD"


@pytest.mark.parametrize(("first", "second"), [
    ("Principal use in the United", "States: household and light commercial use."),
    ("frames. Principal", "use: household and light commercial use."),
    ("frames. Intended", "use: household and light commercial use.")])
def test_a_caption_wrapped_across_a_summary_sheets_lines_gives_its_value(
        tmp_path: Path, first: str, second: str) -> None:
    # Before: the wrapped line's "States:" opened a label of its own, so the principal use was
    # lost and concluded missing (177.2(b)(2)) though the sheet gives it.
    rows = [("Requester", "Ivory Gate Audio LLC"), ("Address", "2500 Signal Street, Unit B"),
            ("", "Austin, TX 78701"), ("Importer No.", "30-0423483"), ("Date", "2025-07-27"),
            ("Ruling requested", "Tariff classification."),
            ("Ports of entry", "Newark (port 4601)."),
            ("Transaction", "Ivory Gate Audio LLC intends to import bicycle frames from Mexico."),
            ("Description", f"Aluminum bicycle frames, unassembled, model AF-7. {first}"),
            ("", f"{second} Component materials by weight: aluminum 95%,"),
            ("", "steel 5%."),
            ("Proposed classification", "Subheading 8714.91.3000, HTSUS, under GRI 1."),
            ("Pending matters", "The issue is not pending before CBP or any court."),
            ("Samples", "A sample is available on request.")]
    cells = [(34.0, 50.0, "Binding ruling request - summary sheet")]
    for index, (label, value) in enumerate(rows):
        y = 80.0 + 12 * index
        cells += [(34.0, y, label)] if label else []
        cells.append((170.0, y, value))
    cells += [(34.0, 270.0, "/s/ Gustav Lindqvist"), (34.0, 282.0, "Gustav Lindqvist")]
    output = extract(draw(tmp_path / "sheet.pdf", cells, font="Courier", size=8))
    assert output["values"].get("principal_use", "household") is not None
    assert "177.2(b)(2)" not in output["decision"]["missing"], output["findings"]


@pytest.mark.parametrize("heading", ["Ruling Requested", "RULING REQUESTED", "Ruling sought"])
def test_a_ruling_requested_section_of_prose_naming_no_subject_leaves_the_kind_to_other_cues(
        tmp_path: Path, heading: str) -> None:
    # Found in the regression check: the heading's first line of prose ("We ask CBP to rule that
    # the royalty is not part of the price ...") named no subject and made the kind "other".
    lines = ["REQUEST FOR BINDING RULING", "", "Requester: Ashgrove Instruments Corp.",
             "Address: 4100 Research Parkway, Ann Arbor, MI 48108", "Date: May 12, 2025",
             "Importer Number: 38-2750914", "Issue: Valuation",
             "Product: Handheld digital multimeters, models AG-10 and AG-20",
             "Port of Entry: Detroit, MI (3801)", "", heading,
             "We ask CBP to rule that the royalty is not part of the price actually paid or",
             "payable under 19 U.S.C. 1401a(b)(1)(D).", "", "Sincerely,", "", "/s/ Ann Lee",
             "Ann Lee, Customs Manager"]
    assert _read(tmp_path, lines)["values"]["ruling_type"] == "valuation"


@pytest.mark.parametrize(("relationship", "related"), [
    ("Relationship: the seller is an unrelated manufacturer.", False),
    ("The exporter is an unaffiliated trading house.", False),
    ("The supplier is an affiliated company of the importer.", True)])
def test_a_party_called_an_unrelated_or_affiliated_one_states_the_relationship(
        tmp_path: Path, relationship: str, related: bool) -> None:
    # Found with the fifty-first hand, measured at first sight: "is an unrelated manufacturer"
    # (an, not a) was not read, so a valuation request was called deficient for want of the
    # parties' relationship (19 U.S.C. 1401a(g)): confidently wrong.
    lines = ["eRulings - Submission Printout", "", "Company name: Quillon Marine Parts Corp.",
             "Address: 77 Foundry Lane, Suite 300, Long Beach, CA 90802",
             "Importer number: 28-3691359", "Submitted on: 2025-05-07",
             "Ruling sought: a binding valuation ruling", "Port(s) of entry: Port of Long Beach",
             "Description: Product: glazed porcelain floor tiles, 60 by 60 cm.",
             "Terms of sale: FOB Ningbo under a written supply contract.", relationship,
             "Samples: A sample is sent with this request.",
             "Confidentiality: No confidential treatment is requested.",
             "Pending matters: the issue is not pending before any CBP office or any court.",
             "Electronic signature: /s/ Anjali Rao"]
    output = _read(tmp_path, lines)
    assert output["values"].get("parties_related", related) is related
    assert "177.2(b)(2)" not in output["decision"]["missing"], output["findings"]

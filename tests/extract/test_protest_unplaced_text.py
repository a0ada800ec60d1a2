"""The shared absence rule on protests (bots/common/reading/unplaced): the goods given after a
caption the reader does not know leave 174.13(a)(5) open for a person, naming the text; a
labelled letter without them stays deficient, though an argument stands under a heading of its
own, a title wraps on to a second line or a stock notice stands under its caption. Small pages
drawn here and read."""

from __future__ import annotations

from pathlib import Path

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.contents import check_contents
from tests.extract.test_protest_decision_cues import _letter_pdf

LETTER = ["Port Director, Port of Newark (4601)",
          "Protestant: Cascade Ridge Fitness Gear Inc., 14 Mill Street, Portland, OR 97201",
          "Importer number: 90-0519034",
          "Decision protested: appraised value",
          "Entry DAB-7085424-7, entered 6 Apr 2024, liquidated 21 Mar 2025.",
          "Objection: CBP appraised the merchandise at a value that includes a buying commission",
          "paid to the importer's agent, which 19 U.S.C. 1401a(b)(1) leaves out of the value.",
          "This protest is filed under 19 U.S.C. 1514.",
          "Sincerely,", "/s/ Walter H. Brisbane", "Walter H. Brisbane, President"]
SHIPPED = ["", "What was shipped: aluminium bicycle frames, unpainted, in sizes from 48 to 58",
           "cm, sold to bike shops.", ""]


def _goods_finding(path: Path) -> tuple[str | None, str]:
    facts = extract_protest(path).facts
    found = next(f for f in check_contents(facts) if f.rule == "P-CONT-5")
    return found.outcome, found.message


def test_goods_after_an_unknown_caption_go_to_a_person(tmp_path: Path) -> None:
    outcome, message = _goods_finding(
        _letter_pdf(tmp_path / "shipped.pdf", [*LETTER[:4], *SHIPPED, *LETTER[4:]]))
    assert outcome is None  # a warning for a person, no deficiency
    assert "What was shipped" in message and "page 1" in message, message


def test_a_labelled_letter_without_the_goods_stays_deficient(tmp_path: Path) -> None:
    outcome, message = _goods_finding(_letter_pdf(tmp_path / "bare.pdf", LETTER))
    assert outcome == "deficient", message


def test_a_title_wrapped_on_to_its_next_line_is_no_heading(tmp_path: Path) -> None:
    title = ["RE: PROTEST UNDER 19 U.S.C. 1514 - PROTESTING PARTY: CASCADE RIDGE FITNESS",
             "GEAR INC",
             "This firm represents the protestant in customs matters and files this protest."]
    outcome, message = _goods_finding(_letter_pdf(tmp_path / "title.pdf", [*title, *LETTER]))
    assert outcome == "deficient", message


def test_an_argument_under_a_heading_of_its_own_leaves_the_goods_absent(tmp_path: Path) -> None:
    # "Count I" heads the argument, which the objection reader reads: no goods are given.
    count = ["", "Count I", "CBP appraised the merchandise at a value including buying",
             "commissions paid to the importer's agent.", ""]
    outcome, message = _goods_finding(
        _letter_pdf(tmp_path / "count.pdf", [*LETTER[:4], *count, *LETTER[4:]]))
    assert outcome == "deficient", message


def test_a_stock_notice_under_its_caption_leaves_the_goods_absent(tmp_path: Path) -> None:
    # A fax's confidentiality notice and a certification give no goods (twenty-second and
    # twenty-fourth hands: a deficient protest went to a person for them).
    for number, notice in enumerate((
            ["", "CONFIDENTIALITY NOTICE: this transmission is intended only for the addressee",
             "named above and may contain privileged information.", ""],
            ["", "Certification: the information above is true and correct to the best of",
             "my knowledge and belief.", ""])):
        path = _letter_pdf(tmp_path / f"notice{number}.pdf", [*LETTER, *notice])
        outcome, message = _goods_finding(path)
        assert outcome == "deficient", message


def test_who_writes_or_acts_under_its_caption_leaves_the_goods_absent(tmp_path: Path) -> None:
    # An agent's caption and a signature block's name and title give no goods (nineteenth and
    # tenth hands: a deficient protest went to a person for them).
    for number, who in enumerate((
            ["", "Agent for Protestant: Marrow & Quayle, Attorneys at Law (importer no.",
             "84-2544240), under a power of attorney on file at the port.", ""],
            ["", "Name: Ruth Ellen Castellano",
             "Title: Licensed Customs Broker, Brightwater Customs Brokerage, Inc.",
             "Address: 355 S. Grand Avenue, 44th Floor, Los Angeles, CA 90071", ""])):
        path = _letter_pdf(tmp_path / f"who{number}.pdf", [*LETTER, *who])
        outcome, message = _goods_finding(path)
        assert outcome == "deficient", message

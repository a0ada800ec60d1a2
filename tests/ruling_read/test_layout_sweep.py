"""Round 33's layout sweep, on small requests of our own: where a sender puts what the contract
scores when the letter is not the plain one. A signature block's own date ("Signed this 5th day
of March, 2025") dates a letter that has no other date; a lawyer who signs over the role he
signs in ("Counsel for Harbor Goods LLC") has signed, as a name over a title has."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json

ADDRESSEE = ["Director, National Commodity Specialist Division",
             "U.S. Customs and Border Protection", "201 Varick Street, Suite 501",
             "New York, NY 10014", ""]
BODY = ["Re: Request for binding tariff classification ruling", "", "Dear Sir or Madam:", "",
        "{who} requests a prospective binding ruling on the tariff classification of a",
        "wireless router, model WR-4, to be imported through the port of Newark, NJ (4601).", "",
        "The router has four Ethernet ports and is sold in retail packaging. Its principal use is",
        "home networking. It consists of a plastic housing (60% by weight) and a printed circuit",
        "assembly (40%). We believe it is classified in subheading 8517.62.0090, HTSUS,",
        "under GRI 1.",
        "", "To the best of our knowledge, the issue is not pending before any CBP office or any "
        "court.", ""]
OWN_HEAD = ["Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114", ""]
OWN_WHO = "Harbor Goods LLC, importer number 12-3456789,"
FIRM_HEAD = ["Baker & Cole LLP", "400 Market Street, Philadelphia, PA 19106", "",
             "March 5, 2025", ""]
CLIENT = ["Client: Harbor Goods LLC", "Address: 12 Pier Road, Newark, NJ 07114",
          "Importer No.: 12-3456789", ""]
AGENT_WHO = ("On behalf of our client, whose written authorization is enclosed, "
             "Baker & Cole LLP")


def draw(path: Path, lines: list[str]) -> Path:
    """One page, one line a step down."""
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    y = 740.0
    for line in lines:
        page.drawString(72, y, line)
        y -= 14
    page.save()
    return path


def read(tmp_path: Path, head: list[str], who: str, block: list[str]) -> dict[str, Any]:
    body = [line.replace("{who}", who) for line in BODY]
    path = draw(tmp_path / "request.pdf", [*head, *ADDRESSEE, *body, *block])
    return extract_json(path, received=date(2025, 3, 10), today=date(2025, 3, 12))


@pytest.mark.parametrize("dated", [
    "Signed this 5th day of March, 2025.",
    "Executed on March 5, 2025",
    "Signed on 03/05/2025",
    "Signed the fifth day of March, 2025",
], ids=["signed-this-day", "executed-on", "signed-on-figures", "signed-the-day-in-words"])
@pytest.mark.parametrize("where", ["under", "over"])
def test_a_date_only_in_the_signature_block_dates_the_request(tmp_path: Path, dated: str,
                                                              where: str) -> None:
    signer = ["/s/ Ann Lee", "Ann Lee, President"]
    block = (["Sincerely,", "", *signer, dated] if where == "under"
             else ["Sincerely,", "", dated, "", *signer])
    output = read(tmp_path, OWN_HEAD, OWN_WHO, block)
    assert output["values"]["request_date"] == "2025-03-05"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_the_letters_head_date_still_wins_over_a_later_signing(tmp_path: Path) -> None:
    block = ["Sincerely,", "", "/s/ Ann Lee", "Ann Lee, President", "Signed on March 6, 2025"]
    output = read(tmp_path, [*OWN_HEAD, "March 5, 2025", ""], OWN_WHO, block)
    assert output["values"]["request_date"] == "2025-03-05"


@pytest.mark.parametrize("block", [
    ["Sincerely,", "", "Mark Cole", "Counsel for Harbor Goods LLC"],
    ["Sincerely,", "", "Mark Cole", "Baker & Cole LLP", "Counsel for Harbor Goods LLC"],
    ["Respectfully submitted,", "", "BAKER & COLE LLP", "", "By: Mark Cole",
     "Attorneys for Harbor Goods LLC"],
    ["Kind regards,", "", "BAKER & COLE LLP", "Attorneys for Harbor Goods LLC", "",
     "By: Mark Cole"],
], ids=["name-over-role", "firm-between", "by-over-role", "by-under-role"])
def test_a_lawyer_named_over_the_role_he_signs_in_has_signed(tmp_path: Path,
                                                             block: list[str]) -> None:
    output = read(tmp_path, [*FIRM_HEAD, *CLIENT], AGENT_WHO, block)
    assert output["values"]["signed"] is True
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["importer_number"] == "12-3456789"
    assert "177.2(c)" not in output["decision"]["missing"]


@pytest.mark.parametrize("block", [
    ["Sincerely,", "", "", "Counsel for Harbor Goods LLC"],
    ["Sincerely,", "", "BAKER & COLE LLP", "Attorneys for Harbor Goods LLC"],
    ["Thanks,", "", ""],
], ids=["role-alone", "firm-and-role", "closing-alone"])
def test_a_role_with_no_person_named_signs_nothing(tmp_path: Path, block: list[str]) -> None:
    output = read(tmp_path, [*FIRM_HEAD, *CLIENT], AGENT_WHO, block)
    assert output["values"]["signed"] is not True
    assert output["decision"]["outcome"] != "accept"


# An interview: each field asked as a short question, "Q:" / "A:" marking question and answer.
INTERVIEW = ["REQUEST FOR BINDING RULING", "",
             "Q: Requester?", "A: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114",
             "Q: Importer number?", "A: 12-3456789",
             "Q: Date of request?", "A: March 5, 2025",
             "Q: Type of ruling?", "A: Tariff classification, for future imports.",
             "Q: Description of the merchandise?",
             "A: A wireless router, model WR-4, with four Ethernet ports.",
             "Q: Principal use?", "A: Home networking.",
             "Q: Component materials?", "A: Plastic housing 60% by weight, circuit assembly 40%.",
             "Q: Proposed classification?", "A: 8517.62.0090, HTSUS, under GRI 1.",
             "Q: Port of entry?", "A: Newark, NJ (4601)",
             "Q: Is the issue pending before CBP or any court?",
             "A: No. It is not pending before any CBP office or court.", "",
             "Sincerely,", "", "/s/ Ann Lee", "Ann Lee, President"]


@pytest.mark.parametrize(("question", "mark"), [
    ("Q: Importer number?", "A: "), ("Question 2: Importer number?", "Answer: "),
    ("Q. IOR No.?", "A. "), ("Q: Importer number:", "A: "),
], ids=["q-a", "question-answer", "q-dot-ior", "colon"])
def test_an_interviews_short_question_captions_its_answer(tmp_path: Path, question: str,
                                                          mark: str) -> None:
    lines = [line.replace("Q: Importer number?", question) for line in INTERVIEW]
    lines[lines.index("A: 12-3456789")] = mark + "12-3456789"
    path = draw(tmp_path / "interview.pdf", [*ADDRESSEE, *lines])
    values = extract_json(path, received=date(2025, 3, 10), today=date(2025, 3, 12))["values"]
    assert values["importer_number"] == "12-3456789"
    assert values["ports"] == ["4601"]  # never the question's own "?"
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["request_date"] == "2025-03-05"


# A request over three pages whose letterhead is the name alone: the address stands only in the
# signature block under the firm's name, or in the running foot of every page.
PAGES = [["HARBOR GOODS LLC", "", "March 5, 2025", "", *ADDRESSEE, *BODY[:7]],
         [line.replace("{who}", "") for line in BODY[7:11]], BODY[11:]]


def three_pages(path: Path, block: list[str], foot: str | None) -> Path:
    page = canvas.Canvas(str(path), pagesize=letter_size)
    for number, lines in enumerate(PAGES, start=1):
        page.setFont("Helvetica", 10)
        y = 740.0
        for line in [*lines, *(block if number == len(PAGES) else [])]:
            page.drawString(72, y, line.replace("{who}", OWN_WHO))
            y -= 14
        if foot is not None:
            page.setFont("Helvetica", 8)
            page.drawString(72, 40, foot)
        page.showPage()
    page.save()
    return path


SIGNER = ["Sincerely,", "", "/s/ Ann Lee", "Ann Lee, President"]


@pytest.mark.parametrize(("block", "foot"), [
    ([*SIGNER, "Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"], None),
    (SIGNER, "Harbor Goods LLC | 12 Pier Road, Newark, NJ 07114 | Tel. 973-555-0100"),
    (SIGNER, "Harbor Goods LLC - 12 Pier Road - Newark, NJ 07114"),
    (SIGNER, "12 Pier Road, Newark, NJ 07114  \u2022  www.harborgoods.example"),
], ids=["signature-block", "foot-with-bars", "foot-with-dashes", "foot-address-alone"])
def test_an_address_only_in_the_signature_block_or_the_running_foot_is_read(
        tmp_path: Path, block: list[str], foot: str | None) -> None:
    path = three_pages(tmp_path / "three.pdf", block, foot)
    output = extract_json(path, received=date(2025, 3, 10), today=date(2025, 3, 12))
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_foot_naming_another_firm_gives_the_requester_no_address(tmp_path: Path) -> None:
    path = three_pages(tmp_path / "three.pdf", SIGNER,
                       "Printed by QuickPrint Co. | 9 Mill Lane, Trenton, NJ 08608")
    output = extract_json(path, received=date(2025, 3, 10), today=date(2025, 3, 12))
    assert output["values"]["requester_address"] is None

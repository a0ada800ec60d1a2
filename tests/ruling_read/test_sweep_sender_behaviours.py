"""One sender behaviour at a time (issue 13's variation sweep, written here on small documents of
our own): a caption under or over its value, a compact date, a negative pronoun's denial, an
address line under a caption, and when the requester's absence may be concluded."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage import decide_ruling
from bots.ruling_triage.contract import extract_json
from bots.ruling_triage.rules._common import UNSURE_REQUESTER
from tests.ruling._facts import RECEIVED, letter

ADDRESSEE = ["Director, National Commodity Specialist Division",
             "U.S. Customs and Border Protection", "201 Varick Street, Suite 501",
             "New York, NY 10014", "", "REQUEST FOR BINDING RULING", ""]
FACTS = ["", "Description", "The item is a manual coffee maker of stainless steel, model CP-34.",
         "Principal use in the United States: brewing coffee in the household kitchen.",
         "", "Component Materials",
         "Stainless steel 91 percent by weight and 96 percent by value; polypropylene knob 9 "
         "percent.", "", "Basis for the Proposed Classification",
         "A household article of stainless steel of heading 7323 by GRI 1.", "",
         "Statement Regarding Pending Matters",
         "The issue is not pending before any CBP office or court.", "",
         "Sincerely,", "Ann Lee", "President"]
FIELDS = {"requester": ["Requester: Harbor Goods LLC"],
          "address": ["Address: 12 Pier Road, Newark, NJ 07114"],
          "date": ["Date: April 7, 2025"],
          "importer": ["Importer Number: 22-3184065"],
          "type": ["Ruling Type: Tariff classification"],
          "hts": ["Proposed HTS: 7323.93.0080"],
          "port": ["Port of Entry: Newark, NJ (4601)"]}


UNDER = "_"  # marks a caption printed under its value
OVER = "^"  # marks a caption printed over its value, in small type


Cell = tuple[float, float, str]


def read(tmp_path: Path, *, facts: list[str] = FACTS, beside: tuple[Cell, ...] = (),
         **changed: list[str]) -> dict[str, Any]:
    """The plain request with the fields CHANGED printed as given, one line a step down, FACTS
    under them and the cells BESIDE (x, y, text) where they are put."""
    return render(tmp_path, changed, facts, beside)


def render(tmp_path: Path, changed: dict[str, list[str]], facts: list[str] = FACTS,
           beside: tuple[Cell, ...] = ()) -> dict[str, Any]:
    """read(), the changed fields given as one mapping."""
    # A changed field's lines stand a little in from the others', as a sender's box does.
    lines = [*((72, line) for line in ADDRESSEE),
             *((76 if key in changed and UNDER in "".join(changed[key]) else 72, line)
               for key, value in FIELDS.items()
               for line in changed.get(key, value)), *((72, line) for line in facts)]
    path = tmp_path / "request.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    y = 740.0
    for at, (x, line) in enumerate(lines):
        if at + 1 < len(lines) and lines[at + 1][1].startswith(UNDER):
            y -= 6  # a box's value on its rule stands apart from the line above
        if line.startswith(OVER):  # a caption in small type over its value
            page.setFont("Helvetica", 7)
            page.drawString(72, y, line.removeprefix(OVER))
            page.setFont("Helvetica", 10)
            y -= 10
            continue
        if line.startswith(UNDER):  # a caption in small type under its value's rule
            page.line(72, y + 11, 260, y + 11)
            page.setFont("Helvetica", 7)
            page.drawString(76, y + 2, line.removeprefix(UNDER))
            page.setFont("Helvetica", 10)
            y -= 12
            continue
        page.drawString(x, y, line)
        y -= 14
    for left, top, text in beside:
        page.drawString(left, top, text)
    page.save()
    return extract_json(path, received=date(2025, 4, 10), today=date(2025, 4, 14))


def test_the_plain_request_is_read_whole(tmp_path: Path) -> None:
    output = read(tmp_path)
    assert output["values"]["importer_number"] == "22-3184065"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("key", ["importer", "requester"])
def test_a_caption_printed_under_its_value_labels_it(tmp_path: Path, key: str) -> None:
    caption, _, value = FIELDS[key][0].partition(": ")
    output = render(tmp_path, {key: [value, UNDER + caption]})
    values = output["values"]
    assert values["importer_number"] == "22-3184065"
    assert values["request_date"] == "2025-04-07"
    assert values["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("key", ["importer", "hts"])
def test_a_caption_over_its_value_leaves_the_next_labelled_line_its_own_field(
        tmp_path: Path, key: str) -> None:
    caption, _, value = FIELDS[key][0].partition(": ")
    output = render(tmp_path, {key: [OVER + caption, value]})
    assert output["values"]["ruling_type"] == "classification"
    assert output["values"]["ports"]
    assert output["decision"]["route"] == "NCSD"


def test_a_compact_date_under_its_caption_is_the_request_date(tmp_path: Path) -> None:
    output = read(tmp_path, date=["Date: 20250407"])
    assert output["values"]["request_date"] == "2025-04-07"


def test_a_long_number_alone_on_a_line_is_no_date(tmp_path: Path) -> None:
    # Eight figures alone are as likely a tariff or reference number: no caption, no date.
    output = read(tmp_path, date=["Date: April 7, 2025", "20250409"])
    assert output["values"]["request_date"] == "2025-04-07"


def test_nothing_said_pending_denies_the_matter_before_cbp(tmp_path: Path) -> None:
    facts = [line if "not pending" not in line else
             "Nothing about this merchandise is pending with CBP or in litigation."
             for line in FACTS]
    output = read(tmp_path, facts=facts)
    assert output["values"]["pending_before_cbp"] is False
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_an_address_continued_after_its_caption_line_names_no_letterhead(tmp_path: Path) -> None:
    # "Address: 12 Pier Road" / "Newark, NJ 07114" (under the value) over a boxed date: the
    # city line is no letterhead naming a second requester.
    path = tmp_path / "boxed.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    y = 740
    for line in ADDRESSEE[:4]:
        page.drawString(72, y, line)
        y -= 14
    page.drawString(211, y - 18, ADDRESSEE[5])
    y -= 44
    for line in ("Requester: Harbor Goods LLC", "Address: 12 Pier Road"):
        page.drawString(72, y, line)
        y -= 16
    page.drawString(121, y, "Newark, NJ 07114")
    page.rect(72, y - 40, 200, 30)
    page.setFont("Helvetica", 7)
    page.drawString(76, y - 18, "DATE")
    page.setFont("Helvetica", 10)
    page.drawString(78, y - 34, "April 7, 2025")
    y -= 56
    for line in [*(v[0] for k, v in FIELDS.items() if k not in ("requester", "address", "date")),
                 *FACTS]:
        page.drawString(72, y, line)
        y -= 16
    page.save()
    output = extract_json(path, received=date(2025, 4, 10), today=date(2025, 4, 14))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_labelled_form_with_no_address_anywhere_lacks_it(tmp_path: Path) -> None:
    output = read(tmp_path, address=[])
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]


def test_an_unsure_requester_leaves_the_ports_gap_concluded() -> None:
    facts = letter(requester_name=None, ports=(), unsure=(UNSURE_REQUESTER,))
    decision, findings = decide_ruling(facts, received=RECEIVED)
    assert decision.missing == ("177.2(b)(1)",)
    unsure_only = letter(requester_name=None, unsure=(UNSURE_REQUESTER,))
    decision, findings = decide_ruling(unsure_only, received=RECEIVED)
    assert (decision.outcome, decision.missing) == ("needs_human", ())
    assert any(f.rule == "R-READ" and "requester" in f.message for f in findings)


@pytest.mark.parametrize("caption", ["Ruling Requested", "Nature of Request", "Type of Request",
                                     "Request Type"])
def test_the_kind_of_ruling_under_any_caption_routes_the_request(
        tmp_path: Path, caption: str) -> None:
    output = read(tmp_path, type=[f"{caption}: Tariff classification"])
    assert output["values"]["ruling_type"] == "classification"
    assert output["decision"]["route"] == "NCSD"


def test_a_receipt_box_dates_the_receipt_not_the_request(tmp_path: Path) -> None:
    output = read(tmp_path, date=["Date Received (CBP): April 10, 2025", "Date: April 7, 2025"])
    assert output["values"]["request_date"] == "2025-04-07"


def test_a_field_beside_a_labelled_line_in_a_second_column_is_its_own(tmp_path: Path) -> None:
    # Two key/value blocks side by side: "Requester: X" is a field whole, not the caption of
    # the "Port(s) of entry:" block to its right (whose value is under that caption).
    top = 740 - 14 * len(ADDRESSEE)
    output = read(tmp_path, port=[], beside=((330, top, "Anticipated Port(s) of Entry:"),
                                             (336, top - 13, "Newark, NJ (4601)")))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["ports"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_an_agents_principal_not_found_is_as_unsure_as_a_requester() -> None:
    # An agent writes (177.1) and its principal, the requester, was not read: no deficiency.
    facts = letter(requester_name=None, acting_as_agent=True, agent_authority_stated=True,
                   principal_name=None, principal_address=None, unsure=(UNSURE_REQUESTER,))
    decision, _ = decide_ruling(facts, received=RECEIVED)
    assert (decision.outcome, decision.missing) == ("needs_human", ())
    named = letter(acting_as_agent=True, agent_authority_stated=True,
                   principal_name="Harbor Goods LLC", principal_address=None,
                   unsure=(UNSURE_REQUESTER,))
    decision, _ = decide_ruling(named, received=RECEIVED)
    assert decision.missing == ("177.2(b)(1)",)


def test_a_role_tag_under_the_requester_heading_names_nobody(tmp_path: Path) -> None:
    # A typewritten memo's tagged paragraph: "REQUESTER" over the tag "Importer" over the firm.
    # The tag says what the party is, not who; read as the name, it made the letter look
    # understood and its other elements were concluded absent.
    output = read(tmp_path, requester=["REQUESTER", "Importer", "Harbor Goods LLC"])
    assert output["values"]["requester_name"] != "Importer"

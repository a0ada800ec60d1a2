"""Who the party is, however the sender sets it out (issue 13, sweep 2, on small documents of our
own): two or three "Label: value" pairs typed to a line, an address printed on one line with
separators, a letterhead over a third-person letter, the party named only in a recital, a tag
at the margin whose value is a role word over the firm, a signer beside a "SIGNED" tag, and a
manual page's head and foot, which name no sender."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from bots.common.reading.pairs_on_line import pairs_apart
from bots.penalty_notice.extract import extract_penalty
from bots.protest_intake.extract import extract_protest
from bots.ruling_triage.extract import extract_ruling
from tradebots.pdf import open_pdf

# A line is its pieces: (x, text), drawn at one height; "" is a blank line.
Line = Sequence[tuple[float, str]] | str


def draw(tmp_path: Path, lines: Sequence[Line], name: str = "doc.pdf",
         font: str = "Helvetica") -> Path:
    """LINES on one page, 14 points apart, in 10-point FONT."""
    path = tmp_path / name
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont(font, 10)
    y = 740.0
    for line in lines:
        for x, text in ([(72.0, line)] if isinstance(line, str) else line):
            page.drawString(x, y, text)
        y -= 14
    page.save()
    return path


def pairs(*texts: str, gap: str = "  ") -> str:
    """Pairs typed to one line, set apart by GAP."""
    return gap.join(texts)


ADDRESSEE = ["To: Port Director, U.S. Customs and Border Protection", "Port 2704", "",
             "PROTEST", ""]
PROTEST_FIELDS = ["Protest Number: 2704-25-100417", "Port Code: 2704",
                  "Importer Number: 95-4417382", "Decision Protested: Classification",
                  "Description of Merchandise: Men's woven cotton work jackets, style WJ-220",
                  "Drawback: The entries are not subject to drawback.",
                  "Accelerated Disposition Requested: No", "Further Review Requested: Yes", "",
                  "Entries protested:", "Entry Number      Entry Date      Liquidation Date",
                  "BDF-0412775-3     August 5, 2024      January 10, 2025", "",
                  "Objection and Justification",
                  "CBP liquidated the entries under a tariff provision that does not describe",
                  "the merchandise; the goods are properly classified by GRI 1.", ""]
SIGNED = ["Respectfully submitted,", "Dana M. Whitfield", "Vice President, Trade Compliance"]
NAME = "Harbor Lane Outfitters, Inc."
STREET, CITY = "1450 Commerce Way, Suite 210", "Carson, CA 90746"
ADDRESS = f"{STREET}, {CITY}"


def _protest(tmp_path: Path, party: Sequence[Line], *, head: tuple[Line, ...] = (),
             fields: Sequence[Line] = PROTEST_FIELDS, signed: Sequence[Line] = SIGNED
             ) -> dict[str, object]:
    path = draw(tmp_path, [*head, *ADDRESSEE, *party, *fields, *signed])
    facts = extract_protest(path).facts
    return {"name": facts.protestant_name, "address": facts.protestant_address,
            "number": facts.protest_number, "signer": facts.signer_name}


def _pair_line(*texts: str, gap: float = 12.0) -> list[tuple[float, str]]:
    """Pairs drawn one after the other on a line, GAP points apart (two typed spaces or a tab)."""
    pieces: list[tuple[float, str]] = []
    x = 72.0
    for text in texts:
        pieces.append((x, text))
        x += stringWidth(text, "Helvetica", 10) + gap
    return pieces


def _value_x(pair: str, before: str = "", gap: float = 12.0) -> float:
    """Where PAIR's value starts after BEFORE on a line (where its wrapped lines stand)."""
    start = 72.0 + (stringWidth(before, "Helvetica", 10) + gap if before else 0.0)
    label = pair.split(":")[0] + ": "
    return start + float(stringWidth(label, "Helvetica", 10))


def test_a_protestant_typed_beside_its_address_on_one_line(tmp_path: Path) -> None:
    first = f"Protestant: {NAME}"
    second = f"Address: {STREET}"
    party = [_pair_line(first, second), [(_value_x(second, first), CITY)],
             _pair_line("Protest Number: 2704-25-100417", "Port Code: 2704")]
    read = _protest(tmp_path, party, fields=PROTEST_FIELDS[2:])
    assert read["name"] == NAME
    assert read["address"] == ADDRESS
    assert read["number"] == "2704-25-100417"


def test_pairs_parted_by_a_semicolon_and_the_address_under_the_first(tmp_path: Path) -> None:
    second = "Address: 211 Kent Avenue"
    party: list[Line] = [
        f"Protestant: {NAME}",
        _pair_line(f"{second} ;", "Protest Number: 2704-25-100417", gap=3.0),
        [(_value_x(second), "Brooklyn, NY 11249")]]
    read = _protest(tmp_path, party, fields=PROTEST_FIELDS[1:])
    assert read["name"] == NAME
    assert read["address"] == "211 Kent Avenue, Brooklyn, NY 11249"
    assert read["number"] == "2704-25-100417"


def test_a_monospaced_label_of_several_words_is_one_label(tmp_path: Path) -> None:
    # A typewriter face sets every space wide: only a gap wider than the line's own spaces
    # parts two pairs, and a label's own words never do.
    path = draw(tmp_path, ["ACCELERATED DISPOSITION REQUESTED: [X] Yes [ ] No",
                           "Port Code: 2704  Importer Number: 95-4417382"], font="Courier")
    with open_pdf(path) as document:
        lines = pairs_apart(document.reading_lines(1))
    assert [" ".join(s.text for s in line) for line in lines] == [
        "ACCELERATED DISPOSITION REQUESTED: [X] Yes [ ] No", "Port Code: 2704",
        "Importer Number: 95-4417382"]


def test_a_third_person_protest_names_its_party_in_the_letterhead(tmp_path: Path) -> None:
    read = _protest(tmp_path, [], head=(NAME, f"{STREET} | {CITY}", ""))
    assert read["name"] == NAME
    assert read["address"] == ADDRESS


def test_a_protestant_named_only_in_a_lettered_recital(tmp_path: Path) -> None:
    party = ["RECITALS", f'A. {NAME}, of {ADDRESS} (the "Protestant"), is the',
             "importer of record of the entries protested below.", ""]
    read = _protest(tmp_path, party)
    assert read["name"] == NAME
    assert read["address"] == ADDRESS


def test_a_tag_whose_value_is_a_role_word_over_the_firm(tmp_path: Path) -> None:
    party = [[(72, "PROTESTANT"), (202, "Importer")], [(202, NAME)], [(202, STREET)],
             [(202, CITY)]]
    fields: list[Line] = [[(72, "PROTEST NUMBER"), (202, "2704-25-100417")],
                          *PROTEST_FIELDS[1:]]
    read = _protest(tmp_path, party, fields=fields)
    assert read["name"] == NAME
    assert read["address"] == ADDRESS


def test_a_signer_beside_a_signed_tag(tmp_path: Path) -> None:
    party = [f"Protestant: {NAME}", f"Address: {ADDRESS}"]
    signed = [[(72, "SIGNED"), (202, "Dana M. Whitfield")],
              [(202, "Vice President, Trade Compliance")]]
    assert _protest(tmp_path, party, signed=signed)["signer"] == "Dana M. Whitfield"


def test_a_signer_under_a_signed_caption(tmp_path: Path) -> None:
    party = [f"Protestant: {NAME}", f"Address: {ADDRESS}"]
    signed = ["Signed:", "Dana M. Whitfield", "Vice President, Trade Compliance"]
    assert _protest(tmp_path, party, signed=signed)["signer"] == "Dana M. Whitfield"


RULING_HEAD = ["Director, National Commodity Specialist Division",
               "U.S. Customs and Border Protection", "201 Varick Street, Suite 501",
               "New York, NY 10014", "", "REQUEST FOR BINDING RULING", ""]
RULING_FIELDS = ["Importer Number: 22-3184065", "Ruling Type: Tariff classification",
                 "Proposed HTS: 7323.93.0080", "Port of Entry: Newark, NJ (4601)", "",
                 "Description",
                 "The item is a manual coffee maker of stainless steel, model CP-34.",
                 "Principal use in the United States: brewing coffee in the household kitchen.",
                 "", "Statement Regarding Pending Matters",
                 "The issue is not pending before any CBP office or court.", "",
                 "Sincerely,", "Ann Lee", "President"]
REQUESTER, R_STREET, R_CITY = "Copperline Home Goods LLC", "88 Riverside Drive, Unit 4", \
    "Paterson, NJ 07501"


def _ruling(tmp_path: Path, party: Sequence[Line]) -> dict[str, object]:
    facts = extract_ruling(draw(tmp_path, [*RULING_HEAD, *party, *RULING_FIELDS])).facts
    return {"name": facts.requester_name, "address": facts.requester_address,
            "date": facts.request_date, "disputed": facts.requester_disputed}


def test_a_requester_typed_beside_its_address_and_the_date(tmp_path: Path) -> None:
    first, second = f"Requester: {REQUESTER}", f"Address: {R_STREET}"
    read = _ruling(tmp_path, [_pair_line(first, second, "Date: April 7, 2025"),
                              [(_value_x(second, first), R_CITY)]])
    assert read["name"] == REQUESTER
    assert read["address"] == f"{R_STREET}, {R_CITY}"
    assert str(read["date"]) == "2025-04-07"


def test_an_address_printed_on_one_line_with_separators(tmp_path: Path) -> None:
    read = _ruling(tmp_path, [f"Requester: {REQUESTER}", f"Address: {R_STREET} · {R_CITY}",
                              "Date: April 7, 2025"])
    assert read["address"] == f"{R_STREET}, {R_CITY}"


def test_a_requester_named_only_in_a_whereas_recital(tmp_path: Path) -> None:
    party = [f"WHEREAS {REQUESTER}, of {R_STREET}, {R_CITY} (the",
             '"Requester"), intends to import the merchandise described below;',
             "NOW, THEREFORE, the Requester submits the following.", "Date: April 7, 2025"]
    read = _ruling(tmp_path, party)
    assert read["name"] == REQUESTER
    assert read["address"] == f"{R_STREET}, {R_CITY}"
    assert not read["disputed"]


def test_a_requester_tag_whose_value_is_a_role_word(tmp_path: Path) -> None:
    party = [[(72, "REQUESTER"), (202, "Importer")], [(202, REQUESTER)], [(202, R_STREET)],
             [(202, R_CITY)], [(72, "DATE"), (202, "April 7, 2025")]]
    read = _ruling(tmp_path, party)
    assert read["name"] == REQUESTER
    assert read["address"] == f"{R_STREET}, {R_CITY}"


def test_a_role_tag_pushing_the_firm_under_it(tmp_path: Path) -> None:
    # A manual page's tagged list (.TP): a tag wider than the indent pushes its value under it.
    party: list[Line] = ["DATE", [(90, "April 7, 2025")], "REQUESTER", [(90, "Importer")],
                         [(220, REQUESTER)], [(90, "Address")], [(220, f"{R_STREET}, {R_CITY}")]]
    read = _ruling(tmp_path, party)
    assert read["name"] == REQUESTER
    assert read["address"] == f"{R_STREET}, {R_CITY}"


def test_a_manual_pages_head_and_foot_name_no_sender(tmp_path: Path) -> None:
    head: Line = [(72, "RULINGREQUEST(7)"), (250, "Customs Ruling Request"),
                  (460, "RULINGREQUEST(7)")]
    foot: Line = [(72, REQUESTER), (250, "April 7, 2025"), (460, "RULINGREQUEST(7)")]
    party = [f"Requester: {REQUESTER}", f"Address: {R_STREET}, {R_CITY}", "Date: April 7, 2025"]
    path = draw(tmp_path, [head, "", *RULING_HEAD, *party, *RULING_FIELDS, "", foot])
    facts = extract_ruling(path).facts
    assert facts.requester_name == REQUESTER
    assert not facts.requester_disputed


PENALTY_HEAD = ["PENALTY CASE REFERRAL - 19 U.S.C. 1592",
                "MEMORANDUM FOR: Fines, Penalties and Forfeitures Officer",
                "FROM: Supervisory Import Specialist", "SUBJECT: Referral for penalty action", ""]
PENALTY_FIELDS = ["Case Number: 2025-2809-000318-01", "Importer Number: 94-3318207",
                  "Date of Violation: February 14, 2023", "Culpability: Negligence",
                  "Prior Disclosure: No", "Domestic Value: $216,000.00",
                  "Dutiable Value: $144,669.00", "",
                  "Entry Number   Entry Date   Liquidated?   Entered Value   Duty Paid   "
                  "Duty Owed",
                  "D3F-2204416-2   February 14, 2023   Yes   $86,400.00   $1,256.00   "
                  "$2,019.20", ""]
VIOLATOR, V_STREET, V_CITY = "Bayview Ceramics Trading Co.", "2250 Marina Boulevard", \
    "San Leandro, CA 94577"


def _penalty(tmp_path: Path, party: Sequence[Line]) -> dict[str, object]:
    facts = extract_penalty(draw(tmp_path, [*PENALTY_HEAD, *party, *PENALTY_FIELDS])).facts
    return {"name": facts.party_name, "address": facts.party_address}


def test_a_violator_typed_beside_its_address_with_a_glued_semicolon(tmp_path: Path) -> None:
    first, second = f"Violator: {VIOLATOR};", f"Address: {V_STREET}"
    read = _penalty(tmp_path, [_pair_line(first, second, gap=3.0),
                               [(_value_x(second, first, gap=3.0), V_CITY)]])
    assert read == {"name": VIOLATOR, "address": f"{V_STREET}, {V_CITY}"}


def test_a_forwarded_mails_subject_names_no_violator(tmp_path: Path) -> None:
    mail: list[Line] = [_pair_line("From: compliance@example.com", "Sent: Monday, May 5, 2025"),
                        _pair_line("To: intake@cbp.dhs.gov",
                                   "Subject: FW: submission - 3 attachments"), ""]
    path = draw(tmp_path, [*mail, *PENALTY_HEAD, f"Violator: {VIOLATOR}",
                           f"Address: {V_STREET}, {V_CITY}", *PENALTY_FIELDS])
    assert extract_penalty(path).facts.party_name == VIOLATOR


def test_a_violator_named_only_in_a_numbered_recital(tmp_path: Path) -> None:
    party = ["Recitals", f"1. {VIOLATOR}, of {V_STREET}, {V_CITY} (the",
             '"Violator"), made the entries listed below as importer of record.', ""]
    assert _penalty(tmp_path, party) == {"name": VIOLATOR, "address": f"{V_STREET}, {V_CITY}"}


def test_a_violator_over_its_address_lines(tmp_path: Path) -> None:
    party = [f"Violator: {VIOLATOR}", f"{V_STREET}, Suite 600", V_CITY, ""]
    assert _penalty(tmp_path, party) == {"name": VIOLATOR,
                                         "address": f"{V_STREET}, Suite 600, {V_CITY}"}

"""Round 25: who protests and who signed, as the twenty-ninth and thirtieth hands' senders set
them out, read for senders in general (issue 13; 19 CFR 174.13(a)(1)).

An e-mail that sets the client out as a block under the sentence that introduces it and signs
off with courtesy words ("Thanks and regards,"); a letter under captions that ends in a typed
name and title with no closing, under a letterhead with a department line over the street; a
worksheet whose "Filed by" cell names the agent's firm, and a "Signed" caption beside the name.
"""

from __future__ import annotations

from pathlib import Path

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf

_BODY = [
    "Port of entry: 2704 (Los Angeles)",
    "Merchandise: Folding aluminum camp chairs with polyester seats, model CC-9",
    "The entries:",
    "Entry No.         Entry Date   Liquidation",
    "H8A-2085585-8     12/01/2024   08/03/2025",
    "CBP liquidated the merchandise under subheading 9401.71.0011, HTSUS. The goods",
    "are properly classified under subheading 9401.81.5500, HTSUS, under GRI 1.",
    "The entries are not subject to drawback.",
]


def _email(path: Path, introduces: str, closing: str) -> Path:
    return _letter_pdf(path, [
        "From:      Ann Lee <alee@gateway.example>",
        "To:        CBP Los Angeles Protests <protests2704@cbp.example>",
        "Subject:   RE: Blue Heron - protest, port 2704",
        "Good afternoon,",
        "Please accept this e-mail as a protest under 19 U.S.C. 1514 and 19 CFR",
        introduces,
        "    Blue Heron Outdoor Gear, Inc.",
        "    1420 Industrial Parkway",
        "    Tacoma, WA 98421",
        "    Importer No. 23-254668900",
        *_BODY,
        closing,
        "Kenneth J. Abernathy",
        "Licensed Customs Broker",
        "Gateway Freight Forwarding, Inc.",
        "Cargo Building 9, JFK International Airport",
        "Jamaica, NY 11430",
    ])


def test_a_client_set_out_under_the_sentence_that_introduces_it_is_the_protestant(
    tmp_path: Path,
) -> None:
    # Before: the name and address were in no sentence and under no label, so neither was read
    # and 174.13(a)(1) was reported missing on a complete protest.
    facts = extract_protest(_email(
        tmp_path / "mail.pdf", "Part 174, filed on behalf of our client, who has given us a power"
        " of attorney:", "Sincerely,")).facts
    assert facts.protestant_name == "Blue Heron Outdoor Gear, Inc."
    assert facts.protestant_address == "1420 Industrial Parkway, Tacoma, WA 98421"


def test_a_listed_client_with_its_address_typed_on_one_line_is_read_whole(
    tmp_path: Path,
) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "mail.pdf", [
        "Please accept this e-mail as a protest under 19 U.S.C. 1514 and 19 CFR",
        "Part 174, filed on behalf of our client, who has given us a power of attorney:",
        "    Blue Heron Outdoor Gear, Inc.", "    1420 Industrial Parkway, Tacoma, WA 98421",
        *_BODY, "Sincerely,", "Kenneth J. Abernathy"])).facts
    assert facts.protestant_name == "Blue Heron Outdoor Gear, Inc."
    assert facts.protestant_address == "1420 Industrial Parkway, Tacoma, WA 98421"


def test_a_block_under_a_sentence_about_whom_to_write_to_is_no_protestant(tmp_path: Path) -> None:
    facts = extract_protest(_email(
        tmp_path / "mail.pdf", "Part 174. Please send correspondence on the protestant's behalf"
        " to:", "Sincerely,")).facts
    assert facts.protestant_name != "Blue Heron Outdoor Gear, Inc."


def test_a_sign_off_with_courtesy_words_is_a_closing_over_the_signer(tmp_path: Path) -> None:
    # Before: only a line that is the closing alone ("Regards,") counted, so "Thanks and
    # regards," signed nothing and the letter's layout was not recognised.
    for closing in ("Thanks and regards,", "With kind regards,", "Many thanks and best regards,",
                    "Thanks,", "Best,"):
        facts = extract_protest(_email(
            tmp_path / "mail.pdf", "Part 174, filed on behalf of our client, who has given us a"
            " power of attorney:", closing)).facts
        assert facts.signer_name == "Kenneth J. Abernathy", closing


def test_a_quoted_messages_sign_off_is_not_the_senders(tmp_path: Path) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "mail.pdf", [
        "Please accept this e-mail as a protest under 19 U.S.C. 1514 and 19 CFR",
        "Part 174, filed on behalf of our client, who has given us a power of attorney:",
        "    Blue Heron Outdoor Gear, Inc.", "    1420 Industrial Parkway", "    Tacoma, WA 98421",
        *_BODY, "-----Original Message-----", "From: Dolores M. Ferreira",
        "Please file the protest for us as we discussed.", "Thanks,", "Dolores M. Ferreira",
        "Import Manager"])).facts
    assert facts.signer_name is None


def _captioned_letter(path: Path, signature: list[tuple[float, float, int, str]]) -> Path:
    """A letter set out as captions and values, under a letterhead with a department line."""
    rows = [("Protesting party", "Alder & Ash Furniture Imports"),
            ("Importer number", "76-654072900"), ("Port of entry", "0401"),
            ("Merchandise", "Black tea in bulk, not flavored, packed in 50 kg sacks"),
            ("Decision protested", "The classification and rate of duty"),
            ("Entries", "D5B-8858968-7   entered 25 July 2023   liquidation 13 May 2024"),
            ("Grounds", "The goods belong in subheading 0902.41.2600, HTSUS, under GRI 1."),
            ("Drawback", "None of the merchandise is the subject of a drawback claim.")]
    return _placed_pdf(path, [
        (72, 780, 10, "Alder & Ash Furniture Imports"),
        (72, 768, 10, "Trade Compliance Department"),
        (72, 756, 10, "55 Furniture Row / High Point, NC 27260"),
        (72, 720, 10, "8 November 2024"),
        (72, 708, 10, "U.S. Customs and Border Protection"),
        (72, 696, 10, "Attn: Protest Section, Port 0401 (Boston)"),
        (72, 670, 10, "PROTEST UNDER 19 U.S.C. 1514"),
        *[(x, 640 - 24 * index, 10, text) for index, (caption, value) in enumerate(rows)
          for x, text in ((72, caption), (220, value))],
        *signature,
    ])


def test_a_typed_name_and_title_after_the_last_sentence_is_the_signer(tmp_path: Path) -> None:
    # Before: with no closing word and no /s/ over it the name signed nothing.
    facts = extract_protest(_captioned_letter(tmp_path / "letter.pdf", [
        (220, 400, 10, "Jonathan K. Chu"), (220, 388, 10, "Import Manager")])).facts
    assert facts.signer_name == "Jonathan K. Chu"


def test_a_name_with_no_title_after_the_last_sentence_signs_nothing(tmp_path: Path) -> None:
    facts = extract_protest(_captioned_letter(tmp_path / "letter.pdf", [
        (220, 400, 10, "Jonathan K. Chu")])).facts
    assert facts.signer_name is None


def test_a_name_under_a_copy_note_signs_nothing(tmp_path: Path) -> None:
    facts = extract_protest(_captioned_letter(tmp_path / "letter.pdf", [
        (220, 412, 10, "cc:"), (220, 400, 10, "Jonathan K. Chu"),
        (220, 388, 10, "Import Manager")])).facts
    assert facts.signer_name is None


def test_a_department_line_over_the_street_is_no_part_of_the_address(tmp_path: Path) -> None:
    # Before: "Trade Compliance Department, 55 Furniture Row, High Point, NC 27260".
    facts = extract_protest(_captioned_letter(tmp_path / "letter.pdf", [])).facts
    assert facts.protestant_address == "55 Furniture Row, High Point, NC 27260"


def _worksheet(path: Path, filed_by: str, signature: list[tuple[str, str]]) -> Path:
    rows = [("Protesting party", "Kestrel Cycle Works, Inc."),
            ("Address", "2600 Alameda Street, Unit B"), ("", "Los Angeles, CA 90058"),
            ("Importer number", "41-2684485"), ("Port code", "3901"),
            ("Filed by (agent, POA on file)", filed_by),
            ("Decision protested", "The classification of the merchandise and the rate of duty"),
            ("Description of merchandise", "Insulated stainless steel food jars, model FJ-16"),
            ("Entry No.", "A8F-9008208-8   entered 2024-01-22   liquidated 2024-10-13"),
            ("Basis for protest", "The goods are described by heading 9617 (GRI 1)."),
            ("Declarations", "None of the entries is subject to drawback."), *signature]
    return _placed_pdf(path, [
        (72, 780, 11, "PROTEST FILING WORKSHEET - 19 U.S.C. 1514"),
        *[(x, 750 - 16 * index, 9, text) for index, (caption, value) in enumerate(rows)
          for x, text in ((72, caption), (250, value)) if text],
    ])


def test_a_firm_in_a_filed_by_cell_is_no_signer(tmp_path: Path) -> None:
    # Before: "Whitlock Customs Consulting" (the words before ", Inc.") read as a person, and
    # "Holloway, Brandt & Okafor LLP, 600 ..." as the signer whole; the /s/ name was not read.
    for firm in ("Whitlock Customs Consulting, Inc., 820 Lake Street, Oak Park, IL 60301",
                 "Holloway, Brandt & Okafor LLP, 600 Thirteenth Street NW, Washington, DC",
                 "Coastline Trade Logistics LLC, 2450 Pier Access Road, Long Beach, CA 90802"):
        facts = extract_protest(_worksheet(tmp_path / "sheet.pdf", firm, [
            ("Signature", "/s/ Nora Lindqvist"),
            ("Name and title", "Nora Lindqvist, Vice President, Supply Chain")])).facts
        assert facts.signer_name == "Nora Lindqvist", firm


def test_a_person_in_a_filed_by_cell_is_still_the_signer(tmp_path: Path) -> None:
    facts = extract_protest(_worksheet(tmp_path / "sheet.pdf",
                                       "Dana R. Whitcombe, Licensed Customs Broker", [])).facts
    assert facts.signer_name == "Dana R. Whitcombe"


def test_a_signed_caption_beside_a_name_is_the_signer(tmp_path: Path) -> None:
    # Before: "Signed" beside the name, with no colon, was no caption the reader knew.
    facts = extract_protest(_worksheet(tmp_path / "sheet.pdf",
                                       "Whitlock Customs Consulting, Inc.", [
                                           ("Signed", "Thomas E. Greaves"),
                                           ("", "Director, Customs & Trade")])).facts
    assert facts.signer_name == "Thomas E. Greaves"


def test_the_city_under_an_address_in_the_right_column_is_the_address_line(
    tmp_path: Path,
) -> None:
    # Before: only the next line's first segment ("Protest Number: ...", the left column's)
    # could be the city, so the address was read as its street alone.
    facts = extract_protest(_placed_pdf(tmp_path / "letter.pdf", [
        (72, 780, 10, "To: Port Director, U.S. Customs and Border Protection, Port 5301"),
        (250, 750, 12, "PROTEST"),
        (72, 720, 10, "Protestant: Lone Star Pump & Valve Co."),
        (330, 720, 10, "Address: 9800 Bissonnet Street"),
        (72, 706, 10, "Protest Number: 5301-25-100058"), (372, 706, 10, "Houston, TX 77036"),
        (72, 692, 10, "Importer Number: 74-2906513"),
        (72, 678, 10, "Decision Protested: Classification"),
        (72, 664, 10, "Description of Merchandise: Cast iron gate valves, model GV-400"),
        (72, 650, 10, "Entry Number: A1C-5530921-9, entered November 6, 2023, liquidated"
                      " July 12, 2024"),
    ])).facts
    assert facts.protestant_address == "9800 Bissonnet Street, Houston, TX 77036"

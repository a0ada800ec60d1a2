"""A packet's parts (bots/common/reading/packet_parts.py): what senders send around the document
(an e-mail's header, a quoted earlier message, a confidentiality footer, a cover letter,
attachments) is told from the document, and a letter that merely looks like one stays whole."""

from __future__ import annotations

import pytest

from bots.common.reading.packet_parts import attachment_title, packet_parts
from tests.reading.packet_docs import (
    COVER_LETTER,
    FAX_COVER,
    FORM_7501,
    GMAIL_HEAD,
    GMAIL_TAIL,
    INVOICE,
    LIQUIDATION,
    OUTLOOK_HEAD,
    OUTLOOK_TAIL,
    PHOTOS,
    POWER_OF_ATTORNEY,
    PROTEST_LETTER,
    SPEC_SHEET,
    Line,
)


def _text(lines: list[Line]) -> list[str]:
    return [line if isinstance(line, str) else "  ".join(t for _, t in line)
            for line in lines if line]


LETTER = _text(PROTEST_LETTER)


def _hidden(page: list[str]) -> dict[int, str]:
    return packet_parts([page]).hidden_lines.get(1, {})


def test_an_outlook_print_keeps_the_letter_and_sets_aside_the_quote_and_footer() -> None:
    page = [*_text(OUTLOOK_HEAD), *LETTER, *_text(OUTLOOK_TAIL)]
    hidden = _hidden(page)
    kept = [line for index, line in enumerate(page) if index not in hidden]
    # The header stays: an e-mail that is itself the document is dated and sent by it.
    assert kept[:len(OUTLOOK_HEAD) - 1] == _text(OUTLOOK_HEAD)
    assert LETTER[-1] in kept and not any("Tidewater" in line for line in kept)
    assert set(hidden.values()) == {"quoted earlier message"}
    assert not any(line.startswith("CONFIDENTIALITY") for line in kept)


def test_a_footer_before_the_quote_is_set_aside_as_the_footer() -> None:
    page = [*_text(OUTLOOK_HEAD), *LETTER, "CONFIDENTIALITY NOTICE: This e-mail is privileged.",
            "-----Original Message-----", "From: Tom Reyes", "other entry"]
    hidden = _hidden(page)
    assert hidden[len(OUTLOOK_HEAD) - 1 + len(LETTER)] == "confidentiality footer"
    assert hidden[len(page) - 1] == "quoted earlier message"


def test_a_gmail_print_sets_aside_its_sender_line_and_the_quote_after_on_wrote() -> None:
    page = [*_text(GMAIL_HEAD), *LETTER, *_text(GMAIL_TAIL)]
    hidden = _hidden(page)
    kept = [line for index, line in enumerate(page) if index not in hidden]
    assert kept[len(GMAIL_HEAD) - 1] == LETTER[0] and LETTER[-1] in kept
    assert not any(line.startswith(">") or "wrote:" in line for line in kept)


def test_on_wrote_wrapped_over_two_lines_opens_the_quote_on_its_first() -> None:
    page = [*LETTER, "On Fri, Feb 28, 2025 at 10:14 AM Tom Reyes", "<treyes@tide.com> wrote:",
            "> another entry 316-4417301-0"]
    hidden = _hidden(page)
    assert sorted(hidden) == [len(LETTER), len(LETTER) + 1, len(LETTER) + 2]


def test_a_reply_without_original_message_line_is_cut_at_its_from_sent_pair() -> None:
    page = [*LETTER, "________________________________", "From: Tom Reyes",
            "Sent: Friday, February 28, 2025 10:14 AM", "To: Kevin Marsh", "other entry"]
    assert min(_hidden(page)) == len(LETTER) + 1


@pytest.mark.parametrize("top", [
    # A memo-style letter: its To/From/Date/Subject lines name the parties, not an e-mail's.
    ["MEMORANDUM", "Date: March 14, 2025", "To: Port Director, Savannah",
     "From: Coastal Loom Textiles, Inc.", "Subject: Protest of liquidation"],
    # A letterhead with the firm's e-mail, then the addressee.
    ["GREENE & PARK LLP", "mgreene@greenepark.com", "March 14, 2025", "To: Port Director"],
])
def test_a_letters_own_headings_are_not_an_email_header(top: list[str]) -> None:
    assert _hidden([*top, *LETTER]) == {}


def test_a_reply_that_only_points_below_keeps_the_quoted_document() -> None:
    # The document is in the quote: a reply of a line or two carries nothing of its own.
    page = [*_text(OUTLOOK_HEAD), "Please see below.", "-----Original Message-----", *LETTER]
    assert _hidden(page) == {}


def test_a_letters_confidential_heading_is_kept_without_an_email_around_it() -> None:
    page = ["PRIVILEGED AND CONFIDENTIAL:", *LETTER,
            "CONFIDENTIALITY NOTICE: this letter is intended only for the addressee."]
    assert _hidden(page) == {}


@pytest.mark.parametrize(("page", "kind"), [
    (FORM_7501, "entry summary"), (INVOICE, "commercial invoice"),
    (LIQUIDATION, "notice of liquidation"), (POWER_OF_ATTORNEY, "power of attorney"),
    (SPEC_SHEET, "specification sheet"), (PHOTOS, "photographs"),
])
def test_an_attached_document_is_known_by_its_title(page: list[Line], kind: str) -> None:
    parts = packet_parts([LETTER, _text(page)])
    assert parts.main_pages == (1,) and parts.others == {2: kind}


@pytest.mark.parametrize("page", [
    # The protest's own continuation page names the documents it relies on.
    ["PROTEST - CONTINUATION SHEET", "Entry summary (CBP Form 7501) for each entry attached."],
    # A heading with no CBP form's marks: a letter's section, not the form.
    ["ENTRY SUMMARY", "The entries were filed on the dates below."],
    ["Power of attorney", "A power of attorney is on file with the port."],
    # The letter's last page: a sentence about photographs, then its closing.
    ["Photos enclosed; no sample.", "Yours truly,", "Priya Natarajan"],
    ["8. Samples", "Photographs", "are attached.", "Respectfully submitted,"],
])
def test_a_page_that_only_names_an_attachment_stays_the_documents(page: list[str]) -> None:
    assert packet_parts([LETTER, page]).main_pages == (1, 2)


def test_a_running_head_naming_the_protest_does_not_keep_an_attachment_in_it() -> None:
    # Every sheet of the packet is headed "Protest of X - entry"; the 7501 copy is still one.
    head = "Protest of Blue Heron Outdoor Gear LLC - F21-2612668-9"
    parts = packet_parts([[head, *LETTER, "Page 1"], [head, *_text(FORM_7501), "Page 2"]])
    assert parts.main_pages == (1,) and parts.others == {2: "entry summary"}


def test_attachments_before_the_document_are_set_aside_when_a_page_opens_it() -> None:
    assert attachment_title(_text(FORM_7501)) == "entry summary"
    parts = packet_parts([_text(FORM_7501), _text(INVOICE), LETTER])
    assert parts.main_pages == (3,)
    assert parts.others == {1: "entry summary", 2: "commercial invoice"}


def test_a_first_page_titled_as_an_attachment_stays_without_a_document_after_it() -> None:
    # No page after it names the document or closes a letter: nothing says which is which.
    parts = packet_parts([_text(SPEC_SHEET), ["Weight: 500 gsm", "Color: white"]])
    assert parts.main_pages == (1, 2)


def test_a_cover_letter_before_the_protest_is_set_aside() -> None:
    parts = packet_parts([_text(COVER_LETTER), LETTER])
    assert parts.main_pages == (2,) and parts.others == {1: "cover letter"}


@pytest.mark.parametrize("second", [
    # The letter's own second page: no opening of a document of its own.
    ["Page 2", "and the goods were properly classified as claimed above."],
])
def test_a_letter_that_encloses_something_is_not_a_cover_letter(second: list[str]) -> None:
    assert packet_parts([_text(COVER_LETTER), second]).main_pages == (1, 2)


def test_a_cover_letter_with_cbps_receipt_stamp_stays_read() -> None:
    stamped = [*_text(COVER_LETTER), "RECEIVED MAR 18 2025 CBP SAVANNAH"]
    assert packet_parts([stamped, LETTER]).main_pages == (1, 2)


def test_a_fax_cover_is_left_to_the_readers_own_cover_sheet_cues() -> None:
    assert packet_parts([_text(FAX_COVER), LETTER]).main_pages == (1, 2)


def test_attachments_printed_on_under_the_closing_are_set_aside_to_the_pages_end() -> None:
    page = [*LETTER, "Enclosures: entry summary, commercial invoice", *_text(FORM_7501),
            *_text(INVOICE)]
    hidden = _hidden(page)
    title = page.index("ENTRY SUMMARY")
    assert min(hidden) == title  # the letter's enclosure line stays
    assert hidden[title] == "entry summary"
    assert hidden[len(page) - 1] == "commercial invoice"


def test_an_attachment_running_over_a_page_is_followed_while_it_shows_its_marks() -> None:
    invoice = _text(INVOICE)
    parts = packet_parts([LETTER, invoice[:3], ["Invoice STM-2024-1187, page 2", *invoice[3:]],
                          ["Photo 3: the label"],
                          ["SCHEDULE OF ENTRIES", "316-4417289-7 01/08/2025 02/21/2025",
                           "and the merchandise classified as claimed in the protest letter"]])
    assert parts.others == {2: "commercial invoice", 3: "commercial invoice"}
    assert parts.main_pages == (1, 4, 5)
    photos = packet_parts([LETTER, _text(PHOTOS), ["Photo 3: the label"]])
    assert photos.others == {2: "photographs", 3: "photographs"}


def test_a_page_after_an_attachment_that_closes_a_letter_is_the_documents() -> None:
    parts = packet_parts([LETTER, _text(INVOICE), ["invoice value as stated", "Sincerely,"]])
    assert parts.main_pages == (1, 3)


@pytest.mark.parametrize("quote", [
    # A broker's note above the importer's own protest, quoted: the quote is the document.
    ["-----Original Message-----", "From: Tom Reyes", "Sent: Friday, February 28, 2025",
     "Subject: PROTEST", *LETTER],
    ["-----Original Message-----", "From: Tom Reyes", "Sent: Friday, February 28, 2025",
     *LETTER, *LETTER],
])
def test_a_quoted_message_longer_than_the_reply_or_titled_as_the_document_stays_read(
        quote: list[str]) -> None:
    note = [f"Line {n} of the broker's cover note about the filing." for n in range(24)]
    hidden = _hidden([*_text(OUTLOOK_HEAD), *note, *quote])
    assert "quoted earlier message" not in hidden.values()

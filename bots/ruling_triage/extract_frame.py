"""Where the request letter is in the PDF, and its letterhead when it gives no date line alone.

Senders put other pages before the letter (a product specification sheet, a cover sheet): the
letter starts on the first page that speaks of a ruling. A letter dated on a labelled line
("Date: April 13, 2024") has its letterhead above that line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bots.common.reading.date_line import date_line
from bots.common.reading.letter import Block, Letter, Part, read_letter, read_signature
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import find_dates

# A letter to the office that issues rulings asks for one, whether or not it says "ruling".
RULING_WORDS = re.compile(r"\brulings?\b|19\s+CFR\s+(?:Part\s+)?177|National\s+Commodity\s+"
                          r"Specialist|\bNCSD\b|Regulations\s+(?:and|&)\s+Rulings", re.I)
# A page that confirms a filing or covers a transmission, and a block that opens a letter.
# A fax cover counts its pages "incl. cover" and warns about "this transmission".
# An office's routing or circulation slip ("INTERNAL ROUTING SLIP", "Routing sheet") goes along
# the letter inside the sender's office and is clipped ahead of it.
_SLIP = r"(?:routing|circulation|route)\s+(?:slip|sheet|form)"
_COVER = re.compile(r"\b(?:confirmation|submission\s+(?:id|number|no\.)|fax\s+cover|transmittal|"
                    rf"{_SLIP}|"
                    r"cover\s+sheet|(?:incl(?:uding|udes)?\.?|with)\s+(?:this\s+)?cover|"
                    r"this\s+(?:fax\s+|facsimile\s+)?transmission|number\s+of\s+pages)\b", re.I)
# A fax cover's or a routing slip's own words: its fields ("Re:" among them) are a slip's, not a
# letter's opening.
_FAX_COVER = re.compile(r"(?:incl(?:uding|udes)?\.?|with)\s+(?:this\s+)?cover|this\s+(?:fax\s+|"
                        rf"facsimile\s+)?transmission|fax\s+cover|facsimile\s+cover|{_SLIP}", re.I)
# A letter's greeting; a cover's "Re:" field is no opening of a letter.
_GREETING = re.compile(r"\s*dear\b|\s*(?:ladies\s+and\s+gentlemen|to\s+whom\s+it\s+may\s+"
                       r"concern)\b", re.I)
_OPENING = re.compile(r"\s*(?:re|subject)\s*:|\s*dear\b|\s*(?:ladies\s+and\s+gentlemen|"
                      r"to\s+whom\s+it\s+may\s+concern)\b", re.I)
# "Date: April 13, 2024", and a formal "Dated the 12th day of May, 2025" / "Dated: 5/12/25".
_DATE_LINE = re.compile(r"\s*(?:date(?:\s+of\s+(?:letter|request))?\s*:|(?-i:Dated)\b\s*:?)\s*",
                        re.I)
_HEAD_BLOCKS = 4  # letterhead (one or two blocks), date
# A paper of its own enclosed ahead of the letter, titled as such in its head: the importer's
# authority for its agent ("LETTER OF AUTHORITY", "Power of Attorney", "Authorization Letter").
# It names the ruling it authorizes and carries its own date and signer, not the request's.
_ENCLOSED_TITLE = re.compile(r"\s*(?:customs\s+)?(?:letter\s+of\s+(?:authority|authori[sz]ation)"
                             r"|power\s+of\s+attorney|authori[sz]ation(?:\s+letter)?"
                             r"|(?:agency|agent)\s+authori[sz]ation)\s*", re.I)


def letter_pages(items: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs from the first page that speaks of a ruling on (attachments before it off);
    an e-filing confirmation or a cover sheet before a page that opens a letter is off too."""
    first = next((p.page for p in items if RULING_WORDS.search(p.text)), None)
    return without_cover([p for p in items if first is None or p.page >= first])


def _opens_letter(items: list[Paragraph], page: int) -> bool:
    """Whether the page opens a letter: a Re: line or a greeting, or a date line among its first
    blocks (letterhead, date, addressee; a transmittal slip before it names no ruling asked)."""
    on_page = [p for p in items if p.page == page]
    return (any(_OPENING.match(p.text) for p in on_page)
            or any(date_line(p.text.strip()) is not None for p in on_page[:_HEAD_BLOCKS]))


def _cover(items: list[Paragraph], page: int) -> bool:
    """Whether the page is a confirmation or cover sheet, not the letter's first page."""
    text = "\n".join(p.text for p in items if p.page == page)
    opening = _GREETING if _FAX_COVER.search(text) else _OPENING
    return _COVER.search(text) is not None and not any(opening.match(p.text) for p in items
                                                       if p.page == page)


def _enclosed_paper(items: list[Paragraph], page: int) -> bool:
    """Whether the page is an enclosed paper titled in its head (an importer's letter of
    authority), not the letter's first page."""
    head = [p for p in items if p.page == page][:_HEAD_BLOCKS]
    return any(_ENCLOSED_TITLE.fullmatch(line) for p in head for line in p.text.split("\n"))


def without_cover(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS less the confirmation or cover sheets, or enclosed papers, before the page that opens
    the letter: a fax cover's "Date:" is the day it went out and its "From:" a sending station,
    a letter of authority's date and signer the importer's, not the request's."""
    pages = sorted({p.page for p in items})
    covers: set[int] = set()
    for page, after in itertools.pairwise(pages):
        if not ((_cover(items, page) or _enclosed_paper(items, page))
                and _opens_letter(items, after)):
            break
        covers.add(page)
    return [p for p in items if p.page not in covers]


def read_request_letter(items: list[Paragraph]) -> Letter:
    """The letter's parts (bots.common.reading.letter), found from the page the letter starts."""
    blocks = letter_pages(items)
    letter = read_letter(blocks)
    if letter.subject is None and letter.salutation is None and (
            subject := _header_subject(blocks)) is not None:
        # An e-mail's header block ("From: / Sent: / To: / Subject: ...") opens the message as a
        # Re: line opens a letter: with a closing, the frame is known.
        letter = replace(letter, subject=subject)
    letter = _without_footnote_firm(_signed_off(letter))
    if letter.letterhead or letter.date is not None or letter.subject is not None:
        return letter
    dated = next((i for i, block in enumerate(blocks) if _dated(block.text)), None)
    if dated is None or blocks[dated].page != blocks[0].page:
        return letter
    above: list[Block] = list(blocks[:dated])
    if any(":" in block.text for block in above):
        return letter  # a form's labelled fields ("Requester: ...") above its date: no letterhead
    # The labelled date line ("Date: July 21, 2025") under the letterhead opens the letter as a
    # bare date would: with a closing, the letter's frame is known.
    block = blocks[dated]
    label = _DATE_LINE.match(block.text)
    start = label.end() if label else 0
    return replace(letter, letterhead=above,
                   date=Part(block, start, len(block.text.rstrip())))


# A footnote printed under the signature block ("[1] 19 CFR 177.1(a), 177.2.", "2 See HQ
# H301455."): counsel's authorities, never the signer's organisation.
_FOOTNOTE = re.compile(r"\s*(?:\[\d{1,2}\]|\(\d{1,2}\)|[*\u2020\u2021]|\d{1,2}[ \t]+(?=See\b|Cf\.|"
                       r"Id\.|\d+\s+(?:CFR|U\.S\.C)|(?:HQ|NY)\b))")


# The signing's date under the signer ("Signed this 5th day of March, 2025", "Dated: 3/5/25",
# "Executed on March 5, 2025"): when it was signed, never by whom.
_SIGNING_DATE = re.compile(r"\s*(?:signed|executed|dated|date)\b(?:\s+on)?\s*:?\s*(?:this|the|\d|"
                           r"[A-Z][a-z]{2,8}\.?\s+\d)", re.I)


def _without_footnote_firm(letter: Letter) -> Letter:
    """LETTER without a footnote or a signing date read as the signer's organisation."""
    signature = letter.signature
    if signature is None or signature.organisation is None \
            or not (_FOOTNOTE.match(signature.organisation.text)
                    or _SIGNING_DATE.match(signature.organisation.text)):
        return letter
    return replace(letter, signature=replace(signature, organisation=None))


# An e-mail's sign-off on a line of its own, where a letter closes "Sincerely,": "Thanks in
# advance,", "Thanks again,", "Thank you for your time,", "Cheers,".
_SIGN_OFF = re.compile(r"\s*(?:(?:many\s+)?thanks|thank\s+you)(?:\s+(?:again|so\s+much|very\s+much|"
                       r"in\s+advance|for\s+your\s+(?:time|help|assistance|consideration)))*"
                       r"\s*[,.!]?\s*(?:\n|$)|\s*cheers\s*[,.!]?\s*(?:\n|$)", re.I)
_UNDER_SIGN_OFF = 4  # blocks under the sign-off where the signature block stands


def _signed_off(letter: Letter) -> Letter:
    """An opened letter with no closing that signs off as an e-mail does: the sign-off closes it
    and the block under it is its signature, so the letter's frame is known."""
    if letter.closing is not None or not letter.body or (
            letter.subject is None and letter.salutation is None):
        return letter
    at = next((i for i in range(len(letter.body) - 1, -1, -1)
               if _SIGN_OFF.match(letter.body[i].text)), None)
    if at is None:
        return letter
    closing = letter.body[at]
    ends = _SIGN_OFF.match(closing.text)
    assert ends is not None
    under = list(letter.body[at + 1:at + 1 + _UNDER_SIGN_OFF])
    return replace(letter, body=letter.body[:at], closing=closing,
                   signature=read_signature(closing, under, ends.end()))


# The subject line of an e-mail's header, among the header's other keys.
_HEADER_SUBJECT = re.compile(r"(?im)^[ \t]*(?:subject|subj\.?)[ \t]*:[ \t]*(?P<s>\S[^\n]*)$")
_HEADER_KEYS = re.compile(r"(?im)^[ \t]*(?:from|sent|to|cc|date)[ \t]*:")


def _header_subject(blocks: list[Paragraph]) -> Part | None:
    """The Subject: line of an e-mail header block among the first blocks, beside a From:,
    Sent: or To: key of the same block."""
    for block in blocks[:_HEAD_BLOCKS]:
        if (found := _HEADER_SUBJECT.search(block.text)) and _HEADER_KEYS.search(block.text):
            return Part(block, found.start("s"), found.end("s"))
    return None


def _dated(text: str) -> bool:
    label = _DATE_LINE.match(text)
    if label is None:
        return False
    day = next(find_dates(text[label.end():]), None)
    return (day is not None and day.start == 0) or date_line(text[label.end():]) is not None

"""The parts of a packet a sender files: the document itself, what wraps it (an e-mail's header
block and confidentiality footer, a cover or transmittal letter) and what follows it (an earlier
message quoted in a reply, attachments such as a CBP Form 7501 entry summary, a commercial
invoice, a notice of liquidation, a power of attorney, spec sheets and photographs).

Values are read from the document; an attachment may only corroborate. Each part is recognised by
the marks its producer prints (an e-mail client, a broker's system, CBP's own forms); a page or
line that shows none of them stays in the document, so a wrong guess costs a cue, never a value
read from somewhere else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# A page's top lines that title it as another document. Each title is matched on a short line
# (a heading, not a sentence that names the document) near the top of the page.
ATTACHMENT_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("entry summary", re.compile(r"\bentry\s+summary\b", re.I)),
    ("commercial invoice", re.compile(r"^\W*(?:commercial|pro[\s-]?forma|customs)\s+invoice\b",
                                      re.I)),
    ("notice of liquidation", re.compile(
        r"\bnotice\s+of\s+liquidation\b|\bbulletin\s+notice\b|\bcourtesy\s+notice\b", re.I)),
    ("power of attorney", re.compile(r"\bpower\s+of\s+attorney\b", re.I)),
    ("specification sheet", re.compile(
        r"\b(?:specification|spec|data|technical(?:\s+data)?)\s+sheet\b"
        r"|^\W*product\s+specifications?\b", re.I)),
    ("photographs", re.compile(r"^\W*(?:(?:exhibit|attachment|enclosure|annex)\b.{0,12})?"
                               r"photo(?:graph)?s?(?:\s+of\b.*)?\W*$", re.I)),
    ("packing list", re.compile(r"^\W*packing\s+list\b", re.I)),
    ("bill of lading", re.compile(r"^\W*(?:ocean\s+|master\s+|house\s+)?bill\s+of\s+lading\b",
                                  re.I)),
)
# What a form must also print for its title to be trusted: a letter may be headed "Power of
# attorney" in a sentence; CBP's forms print their number and their own wording.
_FORM_MARKS = {
    "entry summary": re.compile(r"\b7501\b|filer\s+code|entry\s+type|summary\s+date", re.I),
    "power of attorney": re.compile(r"\b5291\b|know\s+all\s+(?:men|persons)|grantor|appoints",
                                    re.I),
}
_TITLE_LINES = 6
_TITLE_WORDS = 9
# The document's own title: a page that names itself a protest or a ruling request is the
# document, whatever else it names ("Protest - attachment: entry summary").
_OWN_TITLE = re.compile(
    r"\bprotest\b|\bruling\s+request\b|request\s+for\s+(?:a\s+)?(?:binding\s+)?ruling"
    r"|\bform\s+19\b|\bpenalty\b", re.I)

# An e-mail client's header keys ("From:", "Sent:", ...) and the marks of an earlier message
# quoted below a reply. A forwarded message is not one of them: what is forwarded may be the
# document itself.
_HEADER_KEY = re.compile(r"^\W{0,2}(from|sent|date|to|cc|bcc|subject|attachments?|importance)\s*:",
                         re.I)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_ORIGINAL = re.compile(r"^\W*-{2,}\s*original\s+message\s*-{2,}", re.I)
_WROTE = re.compile(r"\bwrote\s*:\s*$", re.I)
_ON_DAY = re.compile(r"^\W*on\s+\S", re.I)
_DISCLAIMER = re.compile(
    r"^\W*(?:confidentiality\s+(?:notice|note|statement)|disclaimer\s*:|privileged\s+and\s+"
    r"confidential\s*:|this\s+(?:e-?mail|message|communication|transmission)\b.{0,80}"
    r"\b(?:confidential|intended\s+(?:only|solely)|privileged))", re.I)
# The body a reply needs before an earlier message counts as quoted below it: a reply that
# only says "see below" carries its document in the quote.
_BODY_LINES = 6

# A cover or transmittal letter: it sends the document ("Enclosed please find ...") and closes,
# and the next page opens a document of its own.
_TRANSMITS = re.compile(
    r"\benclosed\s+(?:please\s+find|herewith|is|are|for\s+filing)\b|\bplease\s+find\s+"
    r"(?:enclosed|attached)\b|\bwe\s+(?:enclose|transmit)\b|\btransmit(?:ted|ting)?\s+"
    r"(?:herewith|the\s+enclosed)\b|\btransmittal\b", re.I)
_CLOSES = re.compile(r"^\W*(?:sincerely|very\s+truly\s+yours|yours\s+(?:truly|faithfully)|"
                     r"(?:best\s+|kind\s+)?regards|respectfully(?:\s+submitted)?)\b", re.I)
_STAMP = re.compile(r"\bRECEIVED\b")
_OPENS = re.compile(r"\b(?:19|20)\d\d\b|\bprotest\b|\bruling\b|\bform\s+19\b", re.I)
_COVER_LINES = 32


@dataclass(frozen=True)
class PacketParts:
    """Which pages are the document, what each other page is, and the lines of the document's
    pages that quote another message or wrap it (page -> line indices, with the part's name)."""

    main_pages: tuple[int, ...]
    others: dict[int, str] = field(default_factory=dict)
    hidden_lines: dict[int, dict[int, str]] = field(default_factory=dict)



def packet_parts(pages: Sequence[Sequence[str]]) -> PacketParts:
    """The parts of a packet whose pages (1-based, in order) print these lines."""
    others: dict[int, str] = {}
    attached: str | None = None  # the attachment the previous page ends in
    hidden: dict[int, dict[int, str]] = {}
    # A running head ("Protest of X - entry no." on every sheet, attachments included) is the
    # packet's, not a page's own title.
    titled = without_running_heads(pages)
    for number, lines in enumerate(pages, start=1):
        title = attachment_title(titled[number - 1]) if number > 1 else None
        if title is None and attached is not None and _continues(titled[number - 1], attached):
            title = attached
        if title is not None:
            others[number] = attached = title
            continue
        below = _attached_below(lines)
        attached = below[-1][1] if below else None
        ends = [at for at, _ in below[1:]] + [len(lines)] if below else []
        for (start, kind), end in zip(below, ends, strict=True):
            hidden.setdefault(number, {}).update(dict.fromkeys(range(start, end), kind))
    if 1 not in others and len(pages) > 1 and _cover_letter(pages[0], pages[1]):
        others[1] = "cover letter"
    _attachments_first(titled, others)
    main = tuple(n for n in range(1, len(pages) + 1) if n not in others)
    if not main:  # nothing left to read: the packet's parts were not what they seemed
        return PacketParts(tuple(range(1, len(pages) + 1)))
    for number, quoted in _email_parts([(n, pages[n - 1]) for n in main]).items():
        hidden[number] = {**quoted, **hidden.get(number, {})}
    return PacketParts(main, others, hidden)


_RUNNING_PLACES = 2  # lines at a page's top and at its foot where a running line is printed
_PAGE_NUMBER = re.compile(r"\d+")


def without_running_heads(pages: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each page's lines without those printed at the top or foot of several pages alike (page
    numbers aside): a running head or footer titles no page of its own."""
    def key(line: str) -> str:
        return _PAGE_NUMBER.sub("#", " ".join(line.split()).casefold())

    def places(lines: Sequence[str]) -> set[str]:
        return {key(line) for line in (*lines[:_RUNNING_PLACES], *lines[-_RUNNING_PLACES:])}

    seen = [places(lines) for lines in pages]
    running = {line for line in set().union(*seen) if sum(line in s for s in seen) >= 2} \
        if len(pages) > 1 else set()
    return [[line for at, line in enumerate(lines)
             if not ((at < _RUNNING_PLACES or at >= len(lines) - _RUNNING_PLACES)
                     and key(line) in running)] for lines in pages]


def _attachments_first(pages: Sequence[Sequence[str]], others: dict[int, str]) -> None:
    """Attachments a sender put before the document (the entry summary first, then the
    protest): the leading pages titled as attachments, when a page after them opens the
    document with its own title or closes as a letter."""
    lead: dict[int, str] = {}
    for number, lines in enumerate(pages, start=1):
        title = attachment_title(lines)
        if title is None:
            break
        lead[number] = title
    rest = pages[len(lead):]
    if lead and any(any(_OWN_TITLE.search(line) for line in lines[:_TITLE_LINES])
                    or any(_CLOSES.search(line) for line in lines) for lines in rest):
        others.update(lead)


# What a page printed on from an attachment still shows of it: the form's marks, the invoice's
# numbers, the notice's liquidation; a page of photographs carries a caption or two at most.
_CONTINUED = {
    "entry summary": _FORM_MARKS["entry summary"],
    "power of attorney": _FORM_MARKS["power of attorney"],
    "commercial invoice": re.compile(r"\binvoice\b", re.I),
    "notice of liquidation": re.compile(r"\bliquidat", re.I),
}
_PHOTO_PAGE_WORDS = 15


def _continues(lines: Sequence[str], attached: str) -> bool:
    """Whether a page goes on with the attachment the page before ended in: no title or
    closing of the document's own, and the attachment's marks (or, for photographs, few words)."""
    top = lines[:_TITLE_LINES]
    if any(_OWN_TITLE.search(line) for line in top) or any(_CLOSES.search(line) for line in lines):
        return False
    marks = _CONTINUED.get(attached)
    if marks is not None:
        return any(marks.search(line) for line in lines)
    return attached == "photographs" and sum(len(line.split()) for line in lines) <= \
        _PHOTO_PAGE_WORDS


_NOT_A_TITLE = re.compile(r"^\W*(?:enc(?:losures?|l)\b|attach(?:ments?|ed)\b|cc\b|bcc\b|"
                          r"exhibits?\s*:)", re.I)


def _attached_below(lines: Sequence[str]) -> list[tuple[int, str]]:
    """The attachments printed on under the letter's closing, on the same page: the index of
    each one's title line and its kind. The letter's own enclosure and copy lines are not
    titles."""
    closing = next((at for at, line in enumerate(lines) if _CLOSES.search(line)), None)
    if closing is None:
        return []
    found: list[tuple[int, str]] = []
    for at in range(closing + 2, len(lines)):
        line = lines[at]
        if _NOT_A_TITLE.search(line) or len(line.split()) > _TITLE_WORDS \
                or line.rstrip().endswith(".") or _OWN_TITLE.search(line):
            continue
        for name, title in ATTACHMENT_TITLES:
            marks = _FORM_MARKS.get(name)
            if title.search(line) and (marks is None or any(
                    marks.search(below) for below in lines[at:at + 15])):
                found.append((at, name))
                break
    return found


def attachment_title(lines: Sequence[str]) -> str | None:
    """The kind of attached document a page's top lines title it, or None."""
    # A title is a heading: a sentence that names the document ("Photos enclosed.") is not one.
    top = [line for line in lines[:_TITLE_LINES]
           if len(line.split()) <= _TITLE_WORDS and not line.rstrip().endswith(".")]
    # The document's own title, or its closing (the letter's last page), keeps the page in it.
    if any(_OWN_TITLE.search(line) for line in top) or any(_CLOSES.search(line) for line in lines):
        return None
    text = "\n".join(lines)
    for name, title in ATTACHMENT_TITLES:
        if any(title.search(line) for line in top):
            marks = _FORM_MARKS.get(name)
            if marks is None or marks.search(text):
                return name
    return None


def _cover_letter(page: Sequence[str], following: Sequence[str]) -> bool:
    """Whether the first page only sends the document on the next: it transmits and closes,
    bears no CBP receipt stamp, and the next page opens with a date or a title of its own."""
    text = "\n".join(page)
    return (len(page) <= _COVER_LINES and bool(_TRANSMITS.search(text))
            and any(_CLOSES.search(line) for line in page) and not _STAMP.search(text)
            and any(_OPENS.search(line) for line in following[:8]))


def _email_parts(pages: list[tuple[int, Sequence[str]]]) -> dict[int, dict[int, str]]:
    """The lines of an e-mail's print that are not the document: an earlier message quoted
    below the reply, and the confidentiality footer."""
    flat = [(number, index, line) for number, lines in pages for index, line in enumerate(lines)]
    hidden: dict[int, dict[int, str]] = {}
    # The header block stays read: when the e-mail is itself the document, its Sent date and
    # sender are the document's; a letter in the body outweighs them in the readers' own cues.
    start = _header_end(flat)
    quoted = _quote_start(flat, start)
    if quoted is not None and not _reply_is_document(flat[start:quoted], flat[quoted:]):
        quoted = None
    if start == 0 and quoted is None:
        return {}  # no mark of an e-mail: a letter's own "CONFIDENTIAL" heading stays
    end = quoted if quoted is not None else len(flat)
    footer = next((at for at in range(start + _BODY_LINES, end) if _DISCLAIMER.search(flat[at][2])),
                  None)
    for at in range(footer if footer is not None else end, end):
        hidden.setdefault(flat[at][0], {})[flat[at][1]] = "confidentiality footer"
    for number, index, _ in flat[end:]:
        hidden.setdefault(number, {})[index] = "quoted earlier message"
    return hidden


def _reply_is_document(reply: list[tuple[int, int, str]],
                       quote: list[tuple[int, int, str]]) -> bool:
    """Whether the reply, not the quoted message, is the document: it is the longer, and the
    quote carries no title of the document's own ("PROTEST", "Ruling request") as a heading. A
    broker's long cover note above the importer's quoted protest leaves the quote read."""
    titled = any(_OWN_TITLE.search(line) and len(line.split()) <= _TITLE_WORDS
                 and not line.rstrip().endswith(".") for _, _, line in quote)
    return len(reply) >= len(quote) and not titled


def _header_end(flat: list[tuple[int, int, str]]) -> int:
    """The index after an e-mail header block at the top of the print, or 0: keys such as From,
    Sent, To, Subject, with a "Sent:" key or e-mail addresses (a memo's "To:/From:" has none)."""
    keys: dict[str, int] = {}
    for at, (_, _, line) in enumerate(flat[:12]):
        key = _HEADER_KEY.match(line)
        if key:
            keys.setdefault(key.group(1).lower(), at)
        elif keys and line.strip() and not _ADDRESS.search(line):
            break
    if len(keys) < 2 or not ({"from", "sent", "date", "to"} & keys.keys()):
        return 0
    block = [flat[at][2] for at in keys.values()]
    sent = "sent" in keys or any(_ADDRESS.search(line) for line in block)
    return max(keys.values()) + 1 if sent else 0


def _quote_start(flat: list[tuple[int, int, str]], body: int) -> int | None:
    """Where an earlier message quoted below the reply begins, after enough of a reply's body:
    Outlook's "-----Original Message-----" or its From/Sent pair, Gmail's "On ... wrote:"."""
    for at in range(body + _BODY_LINES, len(flat)):
        line = flat[at][2]
        if _ORIGINAL.search(line):
            return at
        if _WROTE.search(line):
            opens = at if _ON_DAY.search(line) else at - 1
            if _ON_DAY.search(flat[opens][2]):
                return opens
        if re.match(r"^\W{0,2}from\s*:", line, re.I) and any(
                re.match(r"^\W{0,2}sent\s*:", later[2], re.I) for later in flat[at + 1:at + 3]):
            return at
    return None

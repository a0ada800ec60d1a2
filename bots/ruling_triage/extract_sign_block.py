"""A signature block typed with no closing word ("Sincerely,") above it: the lines after the
letter's last sentence. A person's name with a title under it signs (a typed signature); a block
of only the sender's name and address, with no person's name, signs nothing (19 CFR 177.2(c))."""

from __future__ import annotations

import re

from bots.common.reading.letter import same_party
from bots.common.reading.signature import is_person, named_with_title
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

# A sentence of the body: words in lower case among several, ending with a full stop, a question
# or a colon ("Juniper Ridge Home Goods, Inc." ends with a full stop and is a name).
_SENTENCE = re.compile(r"^(?=(?:.*?\b[a-z]{2,}\b){2})(?:\S+\s+){3,}\S+[.?:]\s*$")
_FIRM = re.compile(r"(?i)\b(?:LLP|LLC|L\.L\.C|PLLC|Inc|Corp|Co|Company|Ltd|L\.P|P\.C|GmbH)\b\.?|&")
_STREET = re.compile(r"^\s*\d{1,6}\s+\S")  # an address line opens with its number
_PAGE = re.compile(r"(?i)^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$")
# A drawn signature line: a rule of underscores alone on its line.
_RULE = re.compile(r"\s*_{10,}\s*")
_BLANK_SIGNED = re.compile(r"(?i)\s*(?:signed|signature|sign\s+here|by)\s*:?\s*_{5,}\s*")
# The words a form or a letter prints over the line to sign on: "Submitted by:", "Signed for the
# requester:", "Prepared by", "Respectfully submitted,".
_SIGN_OFF = re.compile(r"(?i)\s*(?:(?:respectfully\s+)?submitted(?:\s+by)?"
                       r"|(?:certified\s+correct\s+and\s+)?signed(?:\s+(?:for|on\s+behalf\s+of)\s+[^:,\n]{1,40})?|filed\s+by"
                       r"|prepared\s+by|for\s+the\s+requester|sincerely|(?:best\s+|kind\s+)?regards"
                       r"|yours\s+(?:truly|faithfully|sincerely))\s*[:,.]?\s*")
_MOST_BLOCKS = 4  # paragraphs after the last sentence that a signature block may fill
# A form's signature box: the name printed beside or under it says who should sign, not that
# anyone did; the box itself is read elsewhere.
_SIGNATURE_BOX = re.compile(r"(?i)\bsignature\b")
# The block says in words that no one has signed yet: "Engineering - signature pending",
# "Ann Lee, Manager (signature to follow)", "UNSIGNED DRAFT", "not yet signed".
_UNSIGNED = re.compile(r"(?i)\bsignature\s+(?:is\s+)?(?:pending|to\s+follow|outstanding|awaited|"
                       r"not\s+(?:yet\s+)?(?:affixed|added|given))\b|\bunsigned\b|"
                       r"\bnot\s+(?:yet\s+)?signed\b|\b(?:awaiting|pending)\s+(?:a\s+|the\s+)?"
                       r"signature\b|\bto\s+be\s+signed\b")


# A filing line naming who submitted the request: "Submitted by: Ann Lee, Director, Acme LLC",
# "Filed by: ...", an e-filing receipt's "Submitted by" over its value; a signature block's
# "Signed: Ann Lee" or "By: Ann Lee" typed over the firm's name; the line may say for whom:
# "Signed for the importer: Ann Lee, Director", "Submitted on behalf of Acme LLC: Ann Lee, ...".
_SUBMITTED_BY = re.compile(r"(?im)^[ \t]*(?:(?:submitted|filed|signed|certified)[ \t]+by[ \t]*"
                           r"(?::[ \t]*|\n[ \t]*)|(?:signed|by|per)[ \t]*:[ \t]*"
                           r"|(?:submitted|filed|signed|certified)[ \t]+"
                           r"(?:for|on[ \t]+behalf[ \t]+of)[ \t]+[^:\n]{2,50}?[ \t]*:[ \t]*)"
                           r"(?P<v>[^\n]+)")


def read_submitted_by(items: list[Paragraph], fields: Fields) -> bool:
    """A person named with a title on a "Submitted by" line, or over the firm's name on the line
    under it ("Signed: Ann Lee" / "Acme Trade LLC"), signs as a typed signature block does (19
    CFR 177.2(c)); a firm alone, or a name with neither, is left to the other cues."""
    for index, paragraph in enumerate(items):
        for match in _SUBMITTED_BY.finditer(paragraph.text):
            firm = _over_firm(paragraph.text, match)
            if (named_with_title([match["v"]]) != 0 and firm is None
                    and not _over_title(items, index, match)):
                continue
            requester = fields.value("requester_name")
            if firm is not None and requester and not same_party(firm[0], requester):
                # Signed for another firm than the requester: the request is made through an
                # agent, whose authority a person checks (19 CFR 177.1).
                fields.put_span("acting_as_agent", True, Span(paragraph, *firm[1]), PROSE)
            name = match["v"].partition(",")[0]
            span = Span(paragraph, match.start("v"), match.start("v") + len(name))
            fields.put_span("signed", True, span, PROSE)
            fields.put_span("signer_name", name.strip(), span, PROSE)
            fields.put("signature_read", True, None, PROSE)
            return True
    return False


# A job title typed on its own line: a few capitalised words, no digits, no sentence ("Product
# Compliance Engineer", "Head of Sourcing", "Import Manager").
_TITLE_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z&/'-]*(?:[ \t]+(?:of|and|for|&|[A-Z][A-Za-z&/'-]*))"
                         r"{0,5}[ \t]*")


def _over_title(items: list[Paragraph], index: int, match: re.Match[str]) -> bool:
    """Whether the signer "Signed: Ann Lee" labels is a person with a job title under the name,
    on the next line or in the next paragraph: a typed signature block (19 CFR 177.2(c))."""
    name = match["v"].strip()
    text = items[index].text
    under = text[match.end() + 1:].split("\n")[0] if match.end() < len(text) else ""
    if not under.strip() and index + 1 < len(items) and items[index + 1].page == items[index].page:
        under = items[index + 1].text.split("\n")[0]
    return (is_person(name) and not _FIRM.search(under) and not _STREET.match(under)
            and _TITLE_LINE.fullmatch(under) is not None)


def _over_firm(text: str, match: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """The firm's name and span on the line under the labelled value when the value is a
    person's name alone (not a street: that is the sender's own name-and-address block)."""
    name = match["v"].strip()
    start = match.end() + 1
    under = text[start:].split("\n")[0]
    if (is_person(name) and not _FIRM.search(name) and _FIRM.search(under)
            and not _STREET.match(under)):
        return under.strip(), (start, start + len(under))
    return None


def read_sign_block(items: list[Paragraph], fields: Fields) -> bool:
    """Signed or not from the block after the last sentence; False when there is no such block
    or it is neither a typed signature nor the sender's bare name-and-address block."""
    tail = _tail(items)
    said = next(((p, found) for p in tail if (found := _UNSIGNED.search(p.text))), None)
    if said is not None:
        # Where the signature would stand, the sender says it is not there yet (177.2(c)).
        unsigned, found = said
        fields.put_span("signed", False, Span(unsigned, found.start(), found.end()), PROSE)
        fields.put("signature_read", True, None, PROSE)
        return True
    if tail and _BLANK_SIGNED.fullmatch(tail[-1].text):
        # "Signed: ________" closing the letter: the line to sign on, left blank.
        fields.put_span("signed", False, Span(tail[-1], 0, len(tail[-1].text)), PROSE)
        fields.put("signature_read", True, None, PROSE)
        return True
    if not tail or any(_SIGNATURE_BOX.search(paragraph.text) for paragraph in tail):
        return False
    if _RULE.fullmatch(tail[-1].text) and all(
            _RULE.fullmatch(paragraph.text) or _SIGN_OFF.fullmatch(paragraph.text)
            for paragraph in tail):
        # A signature rule left blank closes the letter, no one named under it: unsigned; a
        # sign-off over it ("Submitted by:") names no one either.
        fields.put_span("signed", False, Span(tail[-1], 0, len(tail[-1].text)), PROSE)
        fields.put("signature_read", True, None, PROSE)
        return True
    for paragraph in tail:
        lines = paragraph.text.split("\n")
        # A title line may go on with the firm after a comma ("Trade Compliance Manager, Pacific
        # Rim Logistics & Customs Services"): the title is the words before it.
        titles = [lines[0], *(line.partition(",")[0] for line in lines[1:])]
        if (at := named_with_title(lines)) is not None or (
                at := named_with_title(titles)) is not None:
            start = sum(len(line) + 1 for line in lines[:at])
            name = lines[at].partition(",")[0]
            span = Span(paragraph, start, start + len(name))
            fields.put_span("signed", True, span, PROSE)
            fields.put_span("signer_name", name.strip(), span, PROSE)
            fields.put("signature_read", True, None, PROSE)
            return True
    if _signer_across(tail, fields):
        return True
    lines = tail[0].text.split("\n")
    if len(tail) == 1 and len(lines) >= 2 and _FIRM.search(lines[0]) and _STREET.match(lines[1]):
        # The sender's name and address alone where the signature would stand: no one signs.
        fields.put_span("signed", False, Span(tail[0], 0, len(tail[0].text)), PROSE)
        fields.put("signature_read", True, None, PROSE)
        return True
    return False


def _signer_across(tail: list[Paragraph], fields: Fields) -> bool:
    """A name over its title where the two lines stand apart, each a paragraph of its own
    ("Signed for the company:" / "Luis Ferreira-Campos" / "Director of Operations" set with
    a line's space between): the block's lines read together sign as one block does."""
    lines = [(paragraph, match.start(), match.group(0)) for paragraph in tail
             for match in re.finditer(r"[^\n]*\S[^\n]*", paragraph.text)]
    at = named_with_title([line for _, _, line in lines])
    if at is None:
        return False
    paragraph, start, line = lines[at]
    name = line.partition(",")[0]
    span = Span(paragraph, start, start + len(name))
    fields.put_span("signed", True, span, PROSE)
    fields.put_span("signer_name", name.strip(), span, PROSE)
    fields.put("signature_read", True, None, PROSE)
    return True


def _tail(items: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs after the letter's last sentence, on its last page, page numbers left out;
    none when more follow than a signature block fills."""
    if not items:
        return []
    last_page = items[-1].page
    tail: list[Paragraph] = []
    for paragraph in reversed(items):
        if paragraph.page != last_page or _SENTENCE.search(" ".join(paragraph.text.split())):
            break
        if not _PAGE.match(paragraph.text):
            tail.insert(0, paragraph)
    return tail if len(tail) <= _MOST_BLOCKS else []

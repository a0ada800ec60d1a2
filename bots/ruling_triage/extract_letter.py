"""Who writes and who signs, read from the letter's structure: the letterhead, the opening
sentence, the signature block; the requester's cues must agree.

An importer writing for itself names itself in the letterhead, in the body ("X, 1 Main St.,
requests a binding ruling") and under the signature. Each is a cue; when they name different
parties the requester is uncertain and a person decides (the absence is not concluded).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.date_line import date_line
from bots.common.reading.letter import (
    STAMP,
    Block,
    Cue,
    Letter,
    Part,
    Signature,
    agree,
    same_party,
)
from bots.common.reading.parties import is_recital
from bots.common.reading.signature import is_person, signer_in
from bots.ruling_triage import captions
from bots.ruling_triage.extract_address_below import address_below
from bots.ruling_triage.extract_sender import address_under, mail_head_block, mail_sender
from bots.ruling_triage.extract_sign_block import read_sign_block, read_submitted_by
from bots.ruling_triage.extract_text import (
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    asks,
    fold,
)

LETTERHEAD = 0.8  # a name or address read only from the letterhead
DISAGREE = 0.5  # cues that name different parties
UNSURE_SIGNED = 0.6  # a typed name under the closing: signed or not, the text does not say
_CONTACT = re.compile(r"\b(?:tel|phone|fax|e-?mail|www)\b|@|\(\d{3}\)\s*\d{3}-\d{4}|"
                      r"\d{3}[.-]\d{3}[.-]\d{4}", re.I)
# Where an address ends: a US state and ZIP code, or (a foreign exporter's letterhead) the
# country: "Di An, Binh Duong, Vietnam", "Bursa 16140, Turkey".
# The country may stand on a line of its own under the city ("Shenzhen 518057" / "China"); a
# Canadian address ends at its province and postal code ("Toronto, ON M5H 3T4").
_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
                  r"|(?:,|^)\s*(?:(?:People's\s+Republic\s+of\s+)?China|"
                  r"Viet\s*[Nn]am|Taiwan|Hong\s+Kong|India|Turkey|T\u00fcrkiye|Mexico|Canada|Germany|"
                  r"Italy|Japan|(?:South\s+)?Korea|Thailand|Indonesia|Malaysia|Bangladesh|Pakistan|"
                  r"Cambodia|Philippines|Sri\s+Lanka|Brazil|France|Spain|Portugal|Poland|"
                  r"Netherlands|United\s+Kingdom|U\.?K\.?|Israel|Egypt|Morocco)\s*\.?\s*$", re.M)
# A Canadian postal code, and the country a foreign address may name after it on its own line.
_POSTAL_CODE = re.compile(r"\b[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
_ABROAD = re.compile(r"Canada|Mexico|China|United\s+Kingdom|Germany", re.I)
# "X, 1 Main St., Town, ST 12345 (importer number ...), requests"; the number may stand as an
# appositive instead: "X, importer number 30-1234567, requests".
ID_APPOSITIVE = (r",\s+(?i:(?:the\s+)?importer(?:\s+of\s+record)?|IOR|IRS|EIN|CBP)"
                 r"(?i:\s+(?:number|no\.?|#|ID))?\s*:?\s*[0-9][0-9A-Z-]{6,14}")
_ID_APPOSITIVE = rf"(?:{ID_APPOSITIVE})?"
# What the requester is, said between its name and the verb: "X, the manufacturer and exporter
# of the goods, requests", "X, a Delaware corporation, asks", "X, its U.S. importer, seeks".
_ROLE_APPOSITIVE = r"(?:,\s+(?i:the|its|our|a|an)\s+[^,()\n]{1,60}?(?=,))?"
# An e-mail's greeting may share the opening's block ("Hello,\nAcme Corp., 1 Main St., ...")
# or its line: "Dear National Import Specialist: Kestrel Outdoor Gear Inc., importer ...".
_GREETING = (r"(?i:(?:hello|hi|greetings|good\s+(?:morning|afternoon)|dear\b[^\n]{0,60}?)"
             r"(?:[,:!.]?[ \t]*\n|[,:.][ \t]+))?")
# The requester introduced by what it is: "We, X, ...", "The importer, X, ...", "Our company, X";
# or after the rule it writes under: "Pursuant to 19 CFR 177.2, X asks CBP to rule ...".
_SELF_LEAD = (r"(?:(?i:we|the\s+importer(?:\s+of\s+record)?|our\s+company|the\s+undersigned|"
              r"(?:pursuant\s+to|under|in\s+accordance\s+with)\s+[^,\n]{1,40}),\s+)?")
# A numbered brief's run-in heading before the requester: "A. Requester. X, ... asks for".
_RUN_IN_HEADING = r"(?:(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}[.:]\s+)?"
# A numbered submission's paragraph number, or an ALL-CAPS caption printed on the line above
# the opening ("STATEMENT" / "Vireo LLC requests ..."): a caption's capitals change to the
# name's mixed case at the line's end, as a name wrapped over two lines never does.
_PARAGRAPH_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+|\d{1,2}[.)]\s+)?"
_CAPS_CAPTION = r"(?:(?-i:[A-Z][A-Z&/' -]{1,40})[ \t]*:?[ \t]*\n(?=[ \t]*[A-Z][a-z]))?"
_REQUESTS = re.compile(
    r"^\s*" + _CAPS_CAPTION + _GREETING + _PARAGRAPH_NUMBER + _RUN_IN_HEADING + _SELF_LEAD +
    r"(?P<name>[A-Z][^()\n]*?(?:\n[^()\n]*?)?)"
    # "X (Importer No. ...), of 4410 Desert Bloom Road, Town, ST 85705, requests"
    # or with no comma: "We, X of 12 Pier Road, Town, ST 00000, request"
    # or the address in the parentheses: "X (64 Orchard Avenue, Elizabeth, NJ 07201) asks for"
    r"(?:\s*\((?:(?P<held>\d[^()]*?\b[A-Z]{2}\s+\d{5}(?:-\d{4})?)|[^)]*)\))?"
    r"(?:(?:,\s+|\s+(?=(?:of|located\s+at|with\s+offices\s+at)\s+\d))"
    r"(?:of\s+|located\s+at\s+|with\s+offices\s+at\s+)?"
    # An address runs over three lines at most: not a whole printout's block of fields.
    r"(?P<address>\d[^()\n]*?(?:\n[^()\n]*?){0,2}))?"
    + _ID_APPOSITIVE + _ROLE_APPOSITIVE +
    r"\s*(?:\([^)]*\))?,?\s+(?:hereby\s+)?(?:respectfully\s+)?(?:(?:requests?|seeks?|asks?\s+(?:CBP\s+)?for)\s+"
    r"(?:a|an|that|the)\b|asks?\s+(?:CBP\s+)?to\s+rule\b)",
    re.S)
# The requester introducing itself, an e-mail's way: "We are X, importer number 30-1234567, of
# 1 Main St., Town, ST 12345." (its number or its address after the name, so "We are pleased"
# or "We are the importer" names no one).
_WE_ARE = re.compile(
    r"^\s*" + _GREETING + r"(?:(?i:we\s+are|this\s+is|our\s+company\s+is)\s+)"
    r"(?P<name>[A-Z][^()\n]*?(?:\n[^()\n]*?)?)(?:\s*\([^)]*\))?(?=,\s+(?i:importer|IOR|IRS|EIN|CBP|"
    r"of\s+\d|located\s+at|with\s+offices\s+at|at\s+\d))" + _ID_APPOSITIVE +
    r"(?:,\s+(?:of\s+|located\s+at\s+|with\s+offices\s+at\s+|at\s+)"
    r"(?P<address>\d[^()\n]*?(?:\n[^()\n]*?){0,2}))?(?=[.;](?:\s|$))",
    re.S)
# The request put as a thing the reader is asked to take, its requester named after "by" or
# "from": "Please accept this request for a binding ruling for future imports by X, 17 Ferry
# Street, Newark, NJ 07105 (importer no. ...)", "please consider this request ... from X, ...".
_REQUEST_BY = re.compile(
    r"^\s*" + _GREETING + r"(?i:(?:please\s+|kindly\s+)?(?:accept|consider|find|treat|receive)"
    r"\s+(?:(?:below|enclosed|attached|herewith)\s+)?(?:this|our|the\s+(?:enclosed|attached"
    r"|following))\s+(?:letter\s+as\s+(?:a|our)\s+)?request)\b[^.;]{0,80}?\s(?i:by|from)\s+"
    r"(?P<name>[A-Z][^(),;\n]*?(?:\n[^(),;\n]*?)?(?:,?\s+(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co)\.?)?"
    r"),\s+(?P<address>\d[^()\n]*?(?:\n[^()\n]*?){0,2}?\b[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b",
    re.S)
# The writer says it acts for another, in any words: its letterhead and signature name an
# agent, not the requester ("for its client", "Filed by: X, as agent", "through counsel", "We
# act for", "authorized by the importer", "under a power of attorney").
_FOR_CLIENT = re.compile(
    r"\b(?:for|on\s+behalf\s+of)\s+(?:its|our|their|my)\s+(?:client|principal|customer)\b"
    r"|\bas\s+(?:its\s+|their\s+|the\s+importer's\s+)?(?:licensed\s+|authori[sz]ed\s+)?"
    r"(?:customs\s+)?(?:agent|broker|counsel|attorneys?|representative)\b"
    r"|\bthrough\s+(?:its\s+)?(?:counsel|attorneys?|(?:customs\s+)?broker|agent)\b"
    r"|\b(?:we|I)\s+(?:act|are\s+acting|am\s+acting)\s+(?:as\s+\w+\s+)?(?:for|on\s+behalf\s+of)\b"
    r"|\bon\s+behalf\s+of\b|\bpower\s+of\s+attorney\b|\bauthori[sz]ed\s+by\s+(?:the\s+)?importer"
    # "We write for X Inc., which asks ...": the writer speaks for a named party (a capital
    # after "for"; "we write for a ruling" names nobody)
    r"|\b(?:we|I)\s+(?:write|are\s+writing|am\s+writing)\s+(?:to\s+you\s+)?for\s+(?-i:[A-Z])",
    re.I)
# The body names the importer in so many words: "The importer is X, 1 Main St., ...", "The
# importer of record will be X (IOR ...)", "X is the importer", "goods imported by X" (not
# "entered by": that may be a broker). A writer whose letterhead or signature names someone
# else writes for that importer, and whether it may (177.1) is for a person when it does not say.
_CO = r"(?:,?\s+(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co|GmbH|S\.A)\.?)?"
_IMPORTER_IS = re.compile(
    r"\b(?i:the\s+importer(?:\s+of\s+record)?(?:\s+(?:is|will\s+be)|\s*:)|imported\s+by)"
    r"\s+(?P<name>[A-Z][^,;()\n]*?(?:\n[^,;()\n]*?)?" + _CO + r")(?=\s*[,;(.]|\s+(?i:of|at)\b)"
    r"|(?P<lead>[A-Z][^,;()\n.]*?" + _CO + r")(?:\s*\([^)]*\))?,?\s+(?i:is|will\s+be)\s+the\s+"
    r"importer(?:\s+of\s+record)?\b")
# The addressee's block taken for a letterhead (a form puts CBP's office first): no sender.
_CBP_OFFICE = re.compile(r"Customs\s+and\s+Border\s+Protection|Regulations\s+and\s+Rulings|"
                         r"National\s+Commodity\s+Specialist|Office\s+of\s+Trade|Port\s+Director",
                         re.I)
# "1 Main St | Town, ST 12345", "1 Main St / Town, ST 12345"
_SEPARATOR = re.compile(r"\s+[|/\u00b7\u2022-]\s+")
# (or a typed note's "SIGNED:" / "Signed by:", its value the signature)
_SIGNATURE_BOX = re.compile(r"\s*(?:\d{1,2}\.\s*)?(?:(?:authori[sz]ed\s+|electronic\s+|digital\s+"
                            r"|e-?)?signature"
                            r"(?:\s+of\s+(?:the\s+)?(?:requester|authorized\s+person))?"
                            r"|signed(?:\s+by)?)\s*", re.I)
_NAME_BOX = re.compile(r"\s*(?:\d{1,2}\.\s*)?(?:printed\s+)?name(?:\s+and\s+title)?\b", re.I)
# A box left blank: empty, a bare rule, or a portal's placeholder ("(not entered)", "[none]",
# "N/A", "not signed").
_BLANK = re.compile(r"\s*(?:[_.\s]*|[(\[]?\s*(?:not\s+(?:entered|signed|provided|given)|none|"
                    r"blank|empty|n/?a|unsigned|-+|\u2014)\s*[)\]]?\.?)\s*", re.I)
_TRANSMITTAL = re.compile(r"\s*(?:(?:facsimile|fax|telecopy)(?:\s+(?:cover(?:\s+sheet)?|"
                          r"transmi(?:ssion|ttal)))?\s*$|(?:to|from|date|pages?|subject|fax|cc|"
                          r"sent|attn)\s*:)", re.I)
# A sentence before "We ask for ...", not a party: "The articles are assembled in Vietnam from
# parts made in China. We ask for the country of origin".
_NOT_A_NAME = re.compile(r"[a-z]{2,}\.\s+(?:We|I|The|This|It|Our)\b|\s(?:we|We|I)$"
                         # A salutation run into the sentence its writer opens: "Dear Sir or
                         # Madam: we plan ... and ask for", "Ladies and Gentlemen: we are
                         # writing to ask for", "Dear Sirs, we intend ... and request".
                         r"|^(?i:dear|ladies|gentlemen|to\s+whom|sirs?|madam)\b"
                         r"|[A-Za-z]{2,}[:,]\s+(?:we|I|our)\s")
# "The Company asks for a ruling", "This letter requests ...": a party not named.
_GENERIC = re.compile(r"(?:the|this|our|its)\s+(?:company|importer(?:\s+of\s+record)?|requester|"
                      r"applicant|firm|client|principal|letter|request|office)", re.I)
# A system's header names no sender either: "Customer Service Ticket #801805 - printed ...".
_FORM_TITLE = re.compile(r"\b(?:ruling|request|form|template|worksheet|submitted|CFR|ticket|"
                         r"printed|case\s+(?:no|number))\b|#\s*\d", re.I)
# A line that only names the document's kind ("MEMORANDUM", "Inter-office memo", "FAX
# TRANSMITTAL", "Cover sheet", "Receipt"): where a letter prints its sender, it names no one.
_DOCUMENT_KIND = re.compile(r"\W*(?:(?:inter-?office|internal|legal|confidential)\s+)?(?:"
                            r"memorandum|memo|fax|facsimile|telefax|transmittal|(?:fax\s+)?cover\s+(?:sheet|"
                            r"page|letter)|receipt|brief|questionnaire|submission|letter)(?:\s+"
                            r"(?:transmittal|transmission|of\s+law))?\W*", re.I)
_BY_LEAD = re.compile(r"^\s*(?:by|per|name)\s*:\s*", re.I)  # "By: Ann Lee" under the firm's name
_CAPTION = re.compile(r"\s*\d{1,2}[.)]\s+[A-Za-z]")
_FROM = re.compile(r"\s*from\s*:\s*", re.I)
_FIRM = re.compile(r"\b(?:LLP|LLC|L\.L\.C\.|Inc|Corp|Corporation|Co|Company|P\.?C|PLLC|Ltd|GmbH|"
                   r"S\.A|LP|Associates|Group|Partners)\b\.?", re.I)
# A printout's or an export's key-value line ("Requester: X; ...", "Importer number = ..."):
# a field of the text, not a sender's letterhead.
_KEY_VALUE = re.compile(r"\s*[A-Za-z][A-Za-z .'/#()-]{0,30}?(?::|\s=)\s*\S")
# A form's caption printed alone over its value ("TO" / "National Commodity Specialist
# Division", "DATE" / "23-SEP-2025"): a field's name, never the sender's.
_BARE_CAPTION = re.compile(r"\s*(?:to|from|date|re|subject|attn|attention|cc|addressee|"
                           r"recipient)\s*:?\s*", re.I)
# A summary table's column heads over its label and value rows ("Field | Entry", "Item  Details",
# "Particulars  Information"): a table's own words where a letter prints its sender, no name.
_COLUMN_HEAD = re.compile(r"\W*(?:(?:field|item|particulars?|entry|entries|value|details?|"
                          r"information|data|element|attribute|key|category|heading|label|topic|"
                          r"description|response|answer|content)s?\W*){1,3}", re.I)
# A page number printed alone in the head's corner: "1", "- 2 -".
_CORNER_NUMBER = re.compile(r"\s*(?:[-\u2013]\s*)?\d{1,3}(?:\s*[-\u2013])?\s*")
# The writer or the requester named by its role, not by its name: "The requester asks for ...".
_WE = re.compile(r"^(?:we|i|our|the\s+(?:undersigned|requester|importer|applicant|company|firm))\b",
                 re.I)


def read_signature(letter: Letter, items: list[Paragraph], fields: Fields) -> None:
    """Signed or not, by the signature block under the closing; else a signed line anywhere."""
    signature = letter.signature
    if signature is not None and signature.how == "bracketed mark":
        return  # "[signature]" may be a conformed copy's or an unfilled template's: a person reads
    if signature is not None and not signature.signed and signature.how != "blank line" \
            and (counsel := _counsel_signer(signature, items)) is not None:
        # "Mark Cole / Counsel for Acme LLC", "ACME LAW LLP / By: Mark Cole / Attorneys for
        # Acme LLC": a person named over the role he signs in, for the client it names, signs
        # as a name over a title does; the request is an agent's (19 CFR 177.1).
        _put(fields, "signed", True, signature.where, PROSE)
        _put(fields, "signer_name", counsel, signature.where, PROSE)
        _put(fields, "acting_as_agent", True, signature.where, PROSE)
        fields.put("signature_read", True, None, PROSE)
        return
    if signature is not None and _firm_on_rule(signature, items):
        # "____" over "Acme Widgets, Inc." and no one else: the firm's name is printed where a
        # person would sign, and no person signed (19 CFR 177.2(c)).
        _put(fields, "signed", False, signature.where, PROSE)
        fields.put("signature_read", True, None, PROSE)
        return
    if (signature is not None and signature.how == "typed name without title"
            and _typed_person(signature)):
        # A person's name typed under the closing ("Regards," / "Ann Lee") is where a letter is
        # signed: an ink signature over it is no part of the text layer, and an e-mail is signed
        # by the name typed. Signed or not is for a person (19 CFR 177.2(c)), never a deficiency
        # concluded.
        _put(fields, "signed", False, signature.signer or signature.where, UNSURE_SIGNED)
        if signature.signer is not None:
            _put(fields, "signer_name", fold(signature.signer.text), signature.signer, PROSE)
        fields.put("signature_typed_only", True, None, PROSE)
        return
    if signature is not None:
        where = signature.signer or signature.where
        confidence = LABELLED if signature.how == "/s/" else PROSE
        _put(fields, "signed", signature.signed, where, confidence)
        if (signature.title is not None and _BROKER_TITLE.search(signature.title.text)
                and not _own_staff(signature, items, fields)):
            # A customs broker signs for the importer it names: the request is an agent's,
            # whose authority a person checks (19 CFR 177.1).
            _put(fields, "acting_as_agent", True, signature.title, PROSE)
        if signature.signer is not None:
            _put(fields, "signer_name", fold(signature.signer.text), signature.signer, confidence)
        if signature.organisation is not None and fields.value("acting_as_agent"):
            _put(fields, "agent_name", fold(signature.organisation.text),
                 signature.organisation, PROSE)
        fields.put("signature_read", True, None, PROSE)
        return
    if (signed := _signed_line(items)) is not None:
        fields.put_span("signed", True, signed[1], PROSE)
        fields.put_span("signer_name", signed[0], signed[1], PROSE)
        fields.put("signature_read", True, None, PROSE)
        return
    if read_submitted_by(items, fields) or read_sign_block(items, fields) \
            or _rule_over_caption(items, fields):
        return
    _signature_box(items, fields)


# A firm's line naming whom it acts for: "Counsel to Acme Co.", "Attorneys for Acme Co.",
# "Customs counsel for ...", "Agent for ...".
_COUNSEL_TO = re.compile(r"(?im)^[ \t]*(?:(?:customs|trade|legal|outside)\s+)?(?:counsel|attorneys?"
                         r"|agents?|representatives?)\s+(?:to|for)\s+(?P<name>[^\n]{2,80}?)[ \t]*$")


# A unit, not a person, typed where a person signs ("Purchasing Department", "Import Team").
_UNIT_WORDS = re.compile(r"\b(?:department|dept|team|office|division|desk|unit|staff|group|"
                         r"management|services|purchasing|logistics|operations|compliance)\b",
                         re.I)


def _typed_person(signature: Signature) -> bool:
    """Whether the name typed under the closing is a person's alone, not a department's or a
    firm's (those name no one who could have signed), and with no firm under it."""
    name = (signature.signer or signature.where).text.strip()
    # A name over its firm's name is the project's own unsigned block (a form's space for ink
    # left empty); the name alone is how an e-mail or a short letter signs.
    return (signature.organisation is None and is_person(name) and not _UNIT_WORDS.search(name)
            and not _FIRM.search(name))


_COUNSEL_BLOCK_LINES = 8  # a signature block's reach under the closing


def _counsel_signer(signature: Signature, items: list[Paragraph]) -> str | None:
    """The person named next to a "Counsel for <client>" role line (over it or under it, a
    firm's name between them at most) in the signature block's blocks on its page; None when no
    such pair stands there."""
    block = signature.where.block
    at = next((i for i, p in enumerate(items) if p is block), len(items))
    # The name may stand in the block before the role's (a typed name read apart from it).
    start = at - 1 if at > 0 and items[at - 1].page == block.page else at
    lines = [line.strip() for p in items[start:] if p.page == block.page
             for line in p.text.split("\n") if line.strip()]
    lines = lines[:_COUNSEL_BLOCK_LINES]
    for index, line in enumerate(lines):
        if not _COUNSEL_TO.fullmatch(line):
            continue
        # The person right over the role, or over the firm's name printed between them; or
        # right under it, as "Attorneys for Acme LLC / By: Mark Cole" signs.
        above = lines[max(index - 2, 0):index][::-1]
        below = lines[index + 1:index + 3]
        # Only a firm's name stands between a signer and his role.
        above = above if len(above) < 2 or _FIRM.search(above[0]) else above[:1]
        below = below if len(below) < 2 or _FIRM.search(below[0]) else below[:1]
        for near in [*above, *below]:
            person = _BY_LEAD.sub("", near).strip()
            if is_person(person) and not _FIRM.search(person):
                return fold(person)
    return None


def _counsel_to(items: list[Paragraph], name: str) -> bool:
    """Whether a line names the letter's firm counsel (or agent) to the party NAME."""
    return any(same_party(fold(match["name"]), name)
               for p in items for match in _COUNSEL_TO.finditer(p.text))


def _own_staff(signature: Signature, items: list[Paragraph], fields: Fields) -> bool:
    """A licensed broker on the requester's own staff: the letter says the importer writes it
    and the firm printed under the signer is that requester, so the broker's licence names no
    agency ("Written by the importer, Acme Toys Inc." ... "Ann Lee, Licensed Customs Broker /
    Acme Toys Inc."). A broker's own letterhead alone is no such word."""
    requester = fields.value("requester_name")
    return (signature.organisation is not None and bool(requester)
            and same_party(fold(signature.organisation.text), str(requester))
            and any(_SELF_WRITTEN.search(p.text) for p in items))


def _firm_on_rule(signature: Signature, items: list[Paragraph]) -> bool:
    """A firm's name under a blank signature line, its legal form after a comma ("Acme Widgets,
    Inc.", read as a name and a title), with no person named on the lines under it."""
    if (signature.how != "name under a signature line" or signature.title is None
            or not _FIRM.fullmatch(signature.title.text.strip())):
        return False
    block = signature.where.block
    after = block.text[signature.where.end:].split("\n")
    at = next((i for i, p in enumerate(items) if p is block), len(items))
    after += [line for p in items[at + 1:] if p.page == block.page for line in p.text.split("\n")]
    return not any(is_person(_BY_LEAD.sub("", line).partition(",")[0]) and not _FIRM.search(line)
                   for line in after)


def _signed_line(items: list[Paragraph]) -> tuple[str, Span] | None:
    """/s/ or a name under a signature line anywhere (the shared signature reader), with the
    paragraph it stands in; a typed name or a memo's FROM line signs nothing."""
    signer = signer_in("\n".join(paragraph.text for paragraph in items))
    if signer is None or signer.weak:
        return None
    offset = 0
    for paragraph in items:
        end = offset + len(paragraph.text)
        if offset <= signer.start <= end:
            span = Span(paragraph, signer.start - offset, min(signer.end, end) - offset)
            return signer.name, span
        offset = end + 1
    return None


# A signer's title that makes it someone's agent: "Licensed Customs Broker No. 31842".
_BROKER_TITLE = re.compile(r"(?i)\bcustoms\s+broker\b|\blicensed\s+broker\b")
# The importer saying it writes the request itself: "Written by the importer, X", "We are the
# importer", "submitted by the importer of record".
_SELF_WRITTEN = re.compile(r"(?i)\b(?:written|filed|submitted|sent|made)\s+by\s+the\s+importer\b"
                           r"|\bwe\s*,?\s+(?:are\s+)?the\s+importer\b")
# A signature line captioned under its rule: "________" / "(authorized signature)".
_RULE_CAPTION = re.compile(r"(?im)^[ \t]*_{5,}[ \t]*\n[ \t]*\(\s*(?:authori[sz]ed\s+)?signature"
                           r"(?:\s+of\s+[^)\n]{1,40})?\s*\)[ \t]*$")


def _rule_over_caption(items: list[Paragraph], fields: Fields) -> bool:
    """A rule captioned "(authorized signature)" with nothing on it and no person named under it
    is a signature line left blank: unsigned (19 CFR 177.2(c))."""
    for index, paragraph in enumerate(items):
        if (match := _RULE_CAPTION.search(paragraph.text)) is None:
            continue
        after = paragraph.text[match.end():].split("\n")
        after += [line for p in items[index + 1:] if p.page == paragraph.page
                  for line in p.text.split("\n")]
        if any(is_person(_BY_LEAD.sub("", line).partition(",")[0].strip()) for line in after):
            return False
        fields.put_span("signed", False, Span(paragraph, match.start(), match.end()), PROSE)
        fields.put("signature_read", True, None, PROSE)
        return True
    return False


def _signature_box(items: list[Paragraph], fields: Fields) -> None:
    """A form's signature box left blank (empty, or a bare rule) is unsigned; the printed name
    box beside it is no signature."""
    for index, paragraph in enumerate(items):
        # The box may be any line of its paragraph: "Prepared by: Compliance Department" set
        # tight over "Signature: ______" reads as one paragraph.
        lines = paragraph.text.split("\n")
        at = next((i for i, line in enumerate(lines)
                   if _SIGNATURE_BOX.fullmatch(line.partition(":")[0])), None)
        if at is None:
            continue
        value = lines[at].partition(":")[2]
        below = lines[at + 1:]
        if not value.strip() and below:
            value = below[0]  # a box prints its value under the label
        following = items[index + 1].text if index + 1 < len(items) else ""
        if not value.strip() and not below and following and not _NAME_BOX.match(following):
            return  # the value may be the next paragraph: not known to be blank
        if _BLANK.fullmatch(value):
            fields.put_span("signed", False, Span(paragraph, 0, len(paragraph.text)), LABELLED)
            fields.put("signature_read", True, None, LABELLED)
        return


def read_requester(letter: Letter, items: list[Paragraph], fields: Fields) -> None:
    """The requester from the opening sentence, the letterhead and the signature block."""
    if fields.value("acting_as_agent"):
        return  # the agent's letterhead and signature name the agent, not its principal
    cues: list[Cue] = []
    address: tuple[str, Part] | None = None
    for paragraph in letter.body or items:
        if (match := _opening(paragraph.text)) is not None:
            part = Part(paragraph, match.start("name"), match.end("name"))
            cues.append(Cue(fold(match["name"]), "body", PROSE, part))
            held = "held" if "held" in match.re.groupindex and match["held"] else "address"
            if match[held]:
                address = (fold(match[held]), Part(paragraph, match.start(held),
                                                   match.end(held)))
            break
    # A questionnaire's first question ("Q: Name of requester?") heads the page, naming nobody.
    head = next((found for found in (_letterhead(letter), _head_over_addressee(items))
                 if found is not None and not asks(found[0])), None)
    # The head's address lines the letter's frame set apart from its name (a date printed at
    # the right of the street's line ends the head there): the lines under the name, in its
    # column, down to the ZIP code.
    below = (address_below(items, Span(head[1].block, head[1].start, head[1].end))
             if head is not None and head[2] is None and isinstance(head[1].block, Paragraph)
             else None)
    if head is not None and head[2] is None and below is None and _street_under(letter, head[1]):
        # The letterhead prints a street under the name but no end the reader knows (a postcode
        # or a country it does not list): an address is there, unread, never missing.
        fields.put("letterhead_address_unread", True, head[1].evidence(), PROSE)
    if head is not None:
        cues.append(Cue(head[0], "letterhead", LETTERHEAD, head[1]))
    # An importer named beside an agent's stated mandate ("X has authorized our firm ... The
    # importer is X") is the agent's principal, no second requester.
    named = None
    if (not fields.value("agent_authority_stated") and cues
            and (named := _named_importer(letter.body or items)) is not None):
        cues.append(named)
    # A printed e-mail names the sending firm on its From line, where a letter has a letterhead.
    if head is None and (sender := mail_sender(items, LETTERHEAD)) is not None:
        cues.append(sender)
    # One that names a person there types the firm's name and address under its header lines.
    mailed = mail_head_block(items) if head is None else None
    if mailed is not None:
        cues.append(Cue(fold(mailed[0].text), "letterhead", LETTERHEAD, mailed[0]))
    signature = letter.signature
    # The firm under the signer is a cue beside others; alone, only with its address under it
    # (a letter that names its sender nowhere but in the signature block).
    if signature is not None and signature.organisation is not None and (
            cues or address_under(signature.organisation, items) is not None):
        cues.append(Cue(fold(signature.organisation.text), "signature", LETTERHEAD,
                        signature.organisation))
    if "requester_name" in fields.items:
        labelled = fields.items["requester_name"]
        cues.append(Cue(str(labelled.value), "label", labelled.confidence))
        # (the whole letter: a summary table's "Subject" row may be taken for the subject line,
        # and the agent's sentence above it for part of the head)
        if any(_FOR_CLIENT.search(p.text) for p in items):
            # "This firm asks, for its client, ...": letterhead and signature are the agent's,
            # the labelled requester is who asks (19 CFR 177.1), not a second requester.
            cues = [c for c in cues if c.source not in ("letterhead", "signature")]
    body = next((c for c in cues if c.source == "body"), None)
    if body is not None and _counsel_to(items, body.name):
        # "Counsel to X" under the signer: the letterhead and the signature name X's counsel,
        # and X, who the body says asks, is the requester (19 CFR 177.1), not a second one.
        cues = [c for c in cues if c.source not in ("letterhead", "signature")]
    best, agreed = agree(cues)
    if best is None:
        return
    if agreed and best.name.isupper():
        # A letterhead set in capitals names the party the body spells in mixed case: the name
        # is the party's own spelling of it.
        best = next((c for c in cues if c.part is not None and not c.name.isupper()), best)
    confidence = best.confidence if agreed else DISAGREE
    if not agreed:
        fields.put("requester_disputed", True, None, DISAGREE)
    if best.part is not None:
        _put(fields, "requester_name", best.name, best.part, confidence)
    if address is not None:
        _put(fields, "requester_address", address[0], address[1], confidence)
    elif (named is not None and named.part is not None and best.source != "label"
          and same_party(named.name, best.name)
          and (after := _address_after(named.part)) is not None):
        # "The importer is X, 1 Main St., Town, ST 12345": the address the body gives with the
        # name, where the letterhead prints none (a memo's FROM line names the firm alone).
        _put(fields, "requester_address", fold(after.text), after, min(confidence, PROSE - 0.1))
    elif head is not None and head[2] is not None and (best.source != "label"
                                                       or same_party(head[0], best.name)):
        # A labelled requester the letterhead names too: the letterhead's address is its own.
        _put(fields, "requester_address", head[2][0], head[2][1], min(confidence, LETTERHEAD))
    elif head is not None and below is not None and (best.source != "label"
                                                     or same_party(head[0], best.name)):
        fields.put("requester_address", below[0], below[1], min(confidence, LETTERHEAD))
    elif mailed is not None and (best.source != "label" or same_party(fold(mailed[0].text),
                                                                      best.name)):
        _put(fields, "requester_address", mailed[1][0], mailed[1][1],
             min(confidence, LETTERHEAD))
    elif best.source in ("sender", "signature") and signature is not None \
            and signature.organisation is not None \
            and (under := address_under(signature.organisation, items)) is not None:
        # No letterhead: the sender's address is the one its signature block prints under it.
        _put(fields, "requester_address", under[0], under[1], min(confidence, LETTERHEAD))
    elif signature is not None and signature.organisation is not None \
            and same_party(fold(signature.organisation.text), best.name) \
            and (under := address_under(signature.organisation, items)) is not None:
        # A letterhead of the name alone: the requester's address is the one its signature
        # block prints under the same name.
        _put(fields, "requester_address", under[0], under[1], min(confidence, LETTERHEAD))


# The address printed after a name: ", 1 Main St., Town, ST 12345" (over three lines at most).
_ADDRESS_AFTER = re.compile(r",\s+(?P<a>\d[^()\n]*?(?:\n[^()\n]*?){0,2}?\b[A-Z]{2}\s+\d{5}"
                            r"(?:-\d{4})?)\b")


def _address_after(name: Part) -> Part | None:
    """The address printed right after NAME in its block, up to its state and ZIP code."""
    match = _ADDRESS_AFTER.match(name.block.text, name.end)
    return None if match is None else Part(name.block, match.start("a"), match.end("a"))


_SECTION_NUMBER = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+\S")


def asking_party(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Where TEXT, a sentence naming who asks ("X, importer number N, asks for a binding
    ruling."), prints the party's name, and its address if it gives one; None for no such
    sentence."""
    match = _opening(text)
    if match is None:
        return None
    held = "held" if "held" in match.re.groupindex and match["held"] else "address"
    return match.span("name"), match.span(held) if match[held] else None


def _opening(text: str) -> re.Match[str] | None:
    """The opening sentence naming the requester: "X ... requests a ruling", else "We are X, of
    ADDRESS." (the requests pattern may take "We are X ... ask for" whole and name no one)."""
    for pattern in (_REQUESTS, _WE_ARE, _REQUEST_BY):
        match = pattern.match(text)
        # A name wrapped over two lines: a numbered section's heading over "The requester asks"
        # is no line of a name, nor is the party named by its role on the line under it.
        lines = match["name"].split("\n") if match else []
        if (match and not any(_WE.match(line.strip()) or _GENERIC.fullmatch(line.strip())
                              for line in lines)
                and not (len(lines) > 1 and _SECTION_NUMBER.match(lines[0]))
                and not _NOT_A_NAME.search(match["name"])):
            return match
    return None


def _named_importer(items: Sequence[Block]) -> Cue | None:
    """The importer the body names in so many words, as one more cue to who asks (weaker than a
    letterhead: it agrees with it when the importer writes for itself)."""
    for paragraph in items:
        if (match := _IMPORTER_IS.search(paragraph.text)) is None:
            continue
        group = "name" if match["name"] else "lead"
        if _WE.match(match[group]) or _GENERIC.fullmatch(match[group].strip()):
            continue
        part = Part(paragraph, match.start(group), match.end(group))
        return Cue(fold(match[group]), "importer", PROSE - 0.1, part)
    return None


def _from_value(lines: list[Part]) -> Part | None:
    """A memo head's FROM value: on the caption's line ("FROM: Ann Lee, Acme LLC") or under it."""
    for index, line in enumerate(lines):
        if (caption := _FROM.match(line.text)) is not None:
            if line.text[caption.end():].strip():
                return Part(line.block, line.start + caption.end(), line.end)
            # A head that sets each caption apart from its value ("FROM:" | "Acme LLC"): the
            # value is the one on the caption's line.
            beside = next((other for other in lines if other.block is not line.block
                           and other.block.page == line.block.page
                           and abs(other.block.top - line.block.top) <= _SAME_LINE), None)
            if beside is not None:
                return beside
            return lines[index + 1] if index + 1 < len(lines) else None
    return None


def _memo_sender(sent: Part) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """The organisation a memo's FROM value names after its person and title ("Ann Lee,
    Partner, Acme Supply, Inc."); a person alone names no letterhead."""
    pieces: list[tuple[int, int]] = []
    for match in re.finditer(r"[^,;]+", sent.text):
        if pieces and _FIRM.fullmatch(match.group().strip()):
            pieces[-1] = (pieces[-1][0], match.end())  # ", Inc." belongs to the name before it
        else:
            pieces.append((match.start(), match.end()))
    for start, end in reversed(pieces):
        piece = sent.text[start:end]
        if _FIRM.search(piece):
            start += len(piece) - len(piece.lstrip())
            found = Part(sent.block, sent.start + start, sent.start + end)
            return fold(found.text), found, _address_on_from(sent, end)
    return None


# A head's "Address:" caption line ("From: Acme LLC" / "Address: 12 Main St, Town, ST 00000").
_ADDRESS_CAPTION = re.compile(r"(?i)\s*(?:(?:mailing|business|street)\s+)?address\s*:\s*")


def _address_caption_after(printed: list[Part], sent: Part) -> tuple[str, Part] | None:
    """The address a head's "Address:" line gives right under the FROM line: the sender's."""
    at = next((i for i, line in enumerate(printed)
               if line.block is sent.block and line.start <= sent.start <= line.end), None)
    if at is None or at + 1 >= len(printed):
        return None
    line = printed[at + 1]
    caption = _ADDRESS_CAPTION.match(line.text)
    if caption is None:
        return None
    value = Part(line.block, line.start + caption.end(), line.end)
    found = _FROM_ADDRESS.match(", " + value.text)
    if found is None or found.end("address") != len(value.text.rstrip()) + 2:
        return None
    return fold(value.text), value


# The firm's address after its name on the FROM line: ", 12 Main St, Town, ST 00000".
_FROM_ADDRESS = re.compile(r"\s*[,;]\s*(?P<address>(?:\d|(?i:P\.?\s*O\.?\s+Box)\b)[^\n:;]*?"
                            r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?)\b")


def _address_on_from(sent: Part, end: int) -> tuple[str, Part] | None:
    """The address a memo's FROM value prints after the firm's name, to its ZIP code."""
    match = _FROM_ADDRESS.match(sent.text, end)
    if match is None:
        return None
    return fold(match["address"]), Part(sent.block, sent.start + match.start("address"),
                                        sent.start + match.end("address"))


# Or a whole address on one line, left under its party's caption ("Requester: X" / "12 Pier
# Road, Newark, NJ 07114"): a street number, the city, state and ZIP, and no name.
_WHOLE_ADDRESS = re.compile(r"(?:\d+[A-Za-z]?|(?i:P\.?\s*O\.?\s+Box\s+\d+))\s+[^\n]*,\s*"
                            r"[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?")
# Or its street line over its city line: "12 Pier Road" / "Newark, NJ 07114".
_STREET_LINE = re.compile(r"\d+[A-Za-z]?\s+[A-Z0-9][\w.' -]*\b(?:Street|St|Avenue|Ave|Road|Rd"
                          r"|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy"
                          r"|Plaza|Square|Sq|Pike|Wharf|Pier|Circle|Terrace|Trail|Row|Loop)\.?"
                          r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\.?)?(?:,?\s+(?:Suite|Ste\.?|Unit|Floor|"
                          r"Fl\.?|Room|#)\s*[\w-]+)?")
# A unit's line alone, between the street and the city: "Suite 400", "Floor 3".
_UNIT_LINE = re.compile(r"(?:Suite|Ste\.?|Unit|Floor|Fl\.?|Room|Rm\.?|Building|Bldg\.?)\s*[\w-]+",
                        re.I)
# A US address's last line alone: "Paterson, NJ 07501", "Boise ID 83702-1234".
_CITY_LINE = re.compile(r"[A-Za-z][A-Za-z .'-]*,?\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?")


def _letterhead(letter: Letter) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """The letterhead's name (its first line) and its address lines (those before a phone); a
    memo's the organisation on its FROM line."""
    printed = [Part(block, m.start(), m.end()) for block in letter.letterhead
               for m in re.finditer(r"[^\n]*\S[^\n]*", block.text)]
    plain = _plain_letterhead(letter)
    # A memo's head is TO / FROM / DATE: where the plain reading took the FROM value (or found
    # nothing), the sender is the organisation the FROM line names. A fax cover's "From:" above
    # a letterhead leaves the letterhead as it is.
    sent = _from_value(printed)
    if sent is not None and (plain is None or (plain[1].block is sent.block
                                               and plain[1].start <= sent.end
                                               and sent.start <= plain[1].end)):
        sender = _memo_sender(sent)
        if sender is not None and sender[2] is None:
            sender = (sender[0], sender[1], _address_caption_after(printed, sent))
        return sender or _from_block(printed)
    if sent is not None and plain is not None and _STREET_FIRST.match(plain[0]):
        # The addressee's street, left after CBP's office was set aside, names no sender: the
        # memo's FROM block does.
        return _from_block(printed) or plain
    return plain


_STREET_FIRST = re.compile(r"\s*(?:\d|P\.?\s*O\.?\s+Box\b)", re.I)
# A memo head's next caption ("DATE:", "SUBJECT:", "CC:"), where the FROM block ends.
_HEAD_CAPTION = re.compile(r"\s*[A-Z][A-Za-z. ]{0,15}:")


def _from_block(printed: list[Part]) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A memo's sender from its FROM block set over several lines ("FROM: Ann Lee, Manager" /
    "Acme Supply Inc." / "9 Gateway Boulevard" / "Laredo, TX 78045"): the organisation is the
    first line naming a firm, the address the lines under it down to the ZIP code."""
    start = next((i for i, line in enumerate(printed) if _FROM.match(line.text)), None)
    if start is None:
        return None
    block: list[Part] = []
    for index, line in enumerate(printed[start:]):
        if index > 0 and _HEAD_CAPTION.match(line.text):
            break
        block.append(line)
    firm = next((i for i, line in enumerate(block) if _FIRM.search(line.text)
                 and not _FROM.match(line.text)), None)
    if firm is None:
        return None
    name = block[firm]
    address: list[Part] = []
    for line in block[firm + 1:]:
        address.append(line)
        if _ZIP.search(line.text):
            joined = ", ".join(fold(part.text) for part in address)
            return fold(name.text), name, (_UNIT_FIRST.sub("", joined), address[0])
    return fold(name.text), name, None


# A letterhead's own importer number ("IOR: 17-0778840", "Importer No.: 12-3456789").
_NUMBER_LINE = re.compile(r"(?i)\s*(?:IOR|EIN|importer(?:\s+of\s+record)?(?:\s+(?:no\.?|number))?)"
                          r"\s*(?:no\.?|#)?\s*:?\s*[\d-]{9,14}\s*")
_DATE_CAPTION = re.compile(r"(?i)\s*date[d]?\s*:\s*(?P<date>[^\n]+?)\s*")


def _head_over_addressee(
        items: list[Paragraph]) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A letterhead the letter's frame did not find (its date a labelled line under a title): the
    lines printed over the CBP addressee's block at the top of the first page, none a field or
    a receipt stamp, a name over its address (a stamp's "CBP - NCSD" names no sender)."""
    first = items[0].page if items else 1
    above: list[Block] = []
    for paragraph in items:
        if paragraph.page != first:
            return None
        if _CBP_OFFICE.search(paragraph.text):
            break
        if (dated := _DATE_CAPTION.fullmatch(paragraph.text)) and date_line(dated["date"]):
            continue  # a letter's own "Date: 22-SEP-2025" under its letterhead is no form field
        if any(":" in line and not _NUMBER_LINE.fullmatch(line)
               for line in paragraph.text.split("\n")):
            return None  # a form's labelled fields over the addressee: no letterhead
        if not STAMP.search(paragraph.text):
            above.append(paragraph)
    else:
        return None
    head = _plain_letterhead(Letter(letterhead=above)) if above else None
    return head if head is not None and head[2] is not None else None


def _plain_letterhead(letter: Letter) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """The first line naming no title or caption, and the address lines under it."""
    lines: list[Part] = []
    # A mail header's captions printed apart from their values ("From:" | "Ann Lee <a@b.c>"):
    # what stands on a caption's line is the header's, no letterhead.
    headers = [block for block in letter.letterhead if _HEADER_CAPTION.fullmatch(block.text)]
    if len(headers) < _HEADER_ROWS:
        headers = []  # one caption alone beside a letterhead ("Date:") makes no mail header
    addressee = False
    for block in letter.letterhead:
        if all(_TRANSMITTAL.match(line) for line in block.text.split("\n") if line.strip()):
            continue  # a fax cover's or an e-mail's header above the letterhead names no sender
        # A memo's FROM value names the sending firm ("FROM:" | "Acme Trading Co."); an
        # e-mail's names a person's mailbox ("From:" | "Ann Lee <a@b.c>"), no firm.
        if any(block.page == head.page and abs(block.top - head.top) <= _SAME_LINE
               and (not _FROM.fullmatch(head.text) or "@" in block.text) for head in headers):
            continue
        if _CBP_OFFICE.search(block.text):
            addressee = True
            continue  # the addressee's block, which a form prints first, is no sender
        if addressee and _ADDRESS_LINE.fullmatch(block.text.strip()):
            continue  # the addressee's street and city, printed under its office
        addressee = False
        if is_recital(block.text):
            continue  # a recital ('WHEREAS X, of ... (the "Requester")') is a sentence
        if _running_text(block.text):
            continue  # a form's opening sentence under its title ("We submit this request ...")
        position = 0
        for printed in block.text.split("\n"):
            # A rule drawn in characters ("______") names nothing.
            if re.search(r"[A-Za-z0-9]", printed):
                lines.append(Part(block, position, position + len(printed)))
            position += len(printed) + 1
    # A form prints its title where a letter has its letterhead ("BINDING RULING REQUEST"), and
    # numbered box captions ("1. Requester") above the values: neither names a party.
    # So does an address line left after its caption ("Address: 12 Main St" / "Paterson, NJ
    # 07501"): a name is never a city, state and ZIP.
    # Nor does an importer number left after its caption was paired ("Importer no. 20-0095590").
    # Nor do a summary table's column heads over its rows ("Field | Entry").
    while lines and (_FORM_TITLE.search(lines[0].text) or _KEY_VALUE.match(lines[0].text)
                     or _COLUMN_HEAD.fullmatch(lines[0].text)
                     or _NUMBER_LINE.fullmatch(lines[0].text)
                     or _DOCUMENT_KIND.fullmatch(lines[0].text)
                     or _CITY_LINE.fullmatch(lines[0].text.strip())
                     or _WHOLE_ADDRESS.fullmatch(lines[0].text.strip())
                     or (len(lines) > 1 and _STREET_LINE.fullmatch(lines[0].text.strip())
                         and (_CITY_LINE.fullmatch(lines[1].text.strip())
                              or _UNIT_LINE.fullmatch(lines[1].text.strip())))
                     or _UNIT_LINE.fullmatch(lines[0].text.strip())
                     # nor the letter's date set tight under the block ("March 3, 2025")
                     or date_line(lines[0].text.strip()) is not None):
        lines = lines[1:]
    # A page number printed in the head's corner ("1") names no one either.
    lines = [line for line in lines if not _CAPTION.match(line.text)
             and not captions.is_caption(line.text) and not _CORNER_NUMBER.fullmatch(line.text)
             and not _BARE_CAPTION.fullmatch(line.text)]
    if not lines:
        return None
    name, rest = _without_unit(lines[0]), lines[1:]
    if (one_line := _one_line_head(name)) is not None:
        return one_line
    # The letter's date set at the right of the head ("Harbor Goods LLC   15 January 2025") is
    # read with the head's lines, but it is no part of the address.
    rest = [line for line in rest if date_line(line.text.strip()) is None]
    # A tagline ("Customs and Trade Law") may stand between the name and the street.
    while rest and not re.search(r"\d|P\.?\s*O\.?\s+Box", rest[0].text, re.I):
        rest = rest[1:]
    address: list[Part] = []
    for index, line in enumerate(rest):
        # A contact ends the address, unless it only follows the address on its line.
        if _CONTACT.search(line.text) and (_CONTACT.search(kept := _without_numbers(line.text))
                                           or not _ZIP.search(kept)):
            break
        address.append(line)
        if _POSTAL_CODE.search(line.text) and index + 1 < len(rest) and _ABROAD.fullmatch(
                rest[index + 1].text.strip()):
            address.append(rest[index + 1])  # "Toronto, ON M5H 3T4" / "Canada"
            break
        if _ZIP.search(line.text):
            break
    if not address or not _ZIP.search(address[-1].text):
        return fold(name.text), name, None
    # A one-line address prints its parts with "|" between them.
    joined = ", ".join(_SEPARATOR.sub(", ", _without_numbers(fold(p.text))) for p in address)
    return fold(name.text), name, (_UNIT_FIRST.sub("", joined), address[0])


_HEADER_CAPTION = re.compile(r"\s*(?:to|from|sent|date|subject|cc|attn)\s*:\s*", re.I)
_SAME_LINE = 3.0  # points
_HEADER_ROWS = 2  # a mail header has a From and a To line at least
# An address line on its own: "201 Varick Street, Suite 501, New York, NY 10014", "New York, NY
# 10014", or the street alone under the office ("90 K Street, NE").
_ADDRESS_LINE = re.compile(r"(?:\d+\s+[^\n]*|[A-Za-z][A-Za-z .'-]*,?\s+[A-Z]{2}\.?\s+\d{5}"
                           r"(?:-\d{4})?[^\n]*)")
# Running text has words enough for a sentence, most of them in lower case; a letterhead's
# lines are names, titles and addresses, capitalised or in figures.
_SENTENCE_WORDS = 10
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _running_text(text: str) -> bool:
    """Whether a block at the head is a sentence or more, not a letterhead's lines."""
    words = _WORD.findall(text)
    lower = sum(1 for word in words if word[0].islower())
    return len(words) >= _SENTENCE_WORDS and 2 * lower > len(words)


# A party's number or contact printed after its address on the same line ("12 Main St / Town,
# ST 00000 / EIN 29-2062231", "... | IOR No. 12-3456789 | Tel. ..."): none is part of the address.
_NUMBER_PART = re.compile(r"\b(?:F?EIN|IRS|IOR|I\.O\.R\.|(?:federal\s+)?tax\s+ID|importer\s+"
                          r"(?:of\s+record\s+)?(?:no\b|number|#|ID))", re.I)


def _without_numbers(line: str) -> str:
    """LINE without the parts after its address that give a number or a contact."""
    parts = _SEPARATOR.split(line)
    while len(parts) > 1 and (_NUMBER_PART.search(parts[-1]) or _CONTACT.search(parts[-1])):
        parts.pop()
    if len(parts) == len(_SEPARATOR.split(line)):
        return line
    return line[:line.index(parts[-1]) + len(parts[-1])]


# A department set after the firm's name on its letterhead line ("Acme LLC -- Legal Department",
# "Acme LLC | Office of General Counsel"): the firm asks, its department is where the letter comes
# from inside it.
_UNIT = re.compile(r"[ \t]+(?:-{1,2}|[\u2013\u2014|\u00b7\u2022])[ \t]+"
                   r"(?:(?:[A-Z][\w&,.]*[ \t]+){0,4}"
                   r"(?:Department|Dept\.?|Division|Group|Team|Section|Unit|Desk|Counsel)|"
                   r"(?:Office|Department|Division)[ \t]+of[ \t]+[\w ,&]{3,40})[ \t]*$")


# Or printed before the street on the address's line ("Office of the General Counsel, 58 Anvil
# Court, Allentown, PA 18101"): where the letter comes from inside the firm, not its address.
_UNIT_FIRST = re.compile(r"^\s*(?:(?:[A-Z][\w&.]*[ \t]+){0,4}(?:Department|Dept\.?|Division|"
                         r"Counsel|Section|Desk)|(?:Office|Department|Division)[ \t]+of[ \t]+"
                         r"[\w &]{3,40}?),[ \t]*(?=\d)")


def _without_unit(line: Part) -> Part:
    """LINE without a department printed after the firm's name."""
    found = _UNIT.search(line.text)
    return line if found is None or found.start() == 0 else Part(
        line.block, line.start, line.start + found.start())


def _put(fields: Fields, key: str, value: object, part: Part, confidence: float) -> None:
    fields.put(key, value, part.evidence(), confidence)


# A letterhead on one line with commas or dashes between its parts ("Acme LLC, 12 Main St,
# Town, ST 00000", "Acme, Inc. - 12 Main St - Town, ST 00000"): the name (its legal suffix after
# a comma kept), then the address from its street number or box to the ZIP code.
_COMMA_HEAD = re.compile(
    r"\s*(?P<name>[A-Z][^,:;\n]*?(?:,\s*(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co|LLP|L\.P|LP)\.?)?)"
    r"\s*(?:,|[ \t][-\u2013\u2014][ \t])\s*(?P<address>(?:\d|(?i:P\.?\s*O\.?\s+Box)\b)[^\n:;]*?"
    r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?)\b")


def _street_under(letter: Letter, name: Part) -> bool:
    """Whether a letterhead line after NAME's opens with a street number or a post box."""
    lines = [line for block in letter.letterhead for line in block.text.split("\n")]
    at = next((i for i, line in enumerate(lines) if name.text.strip() in line), None)
    return at is not None and any(_STREET_FIRST.match(line) for line in lines[at + 1:at + 4])


def _one_line_head(line: Part) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A letterhead printed on one line, its parts between bars or bullets ("Acme LLC | 12 Main
    St | Town, ST 00000 | (973) 555-0100") or commas: the name first, then the address to its
    ZIP."""
    parts = [m for m in re.finditer(r"[^|\u00b7\u2022]+", line.text) if m.group().strip()]
    if len(parts) < 3 or not re.match(r"\s*(?:\d|P\.?\s*O\.?\s+Box)", parts[1].group(), re.I):
        return _comma_head(line) if len(parts) == 1 else None
    address: list[str] = []
    for part in parts[1:]:
        if _CONTACT.search(part.group()):
            return None
        address.append(" ".join(part.group().split()))
        if _ZIP.search(part.group()):
            first = parts[0]
            name = Part(line.block, line.start + first.start(), line.start + first.end())
            where = Part(line.block, line.start + parts[1].start(), line.start + part.end())
            return fold(first.group().strip()), name, (", ".join(address), where)
    return None


def _comma_head(line: Part) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A one-line letterhead whose parts a comma or a dash parts: its name and its address."""
    match = _COMMA_HEAD.match(line.text)
    if match is None or match["name"][0].islower():
        return None
    name = Part(line.block, line.start + match.start("name"), line.start + match.end("name"))
    where = Part(line.block, line.start + match.start("address"),
                 line.start + match.end("address"))
    address = re.sub(r"[ \t][-\u2013\u2014][ \t]", ", ", fold(match["address"]))
    return fold(match["name"]), name, (address, where)

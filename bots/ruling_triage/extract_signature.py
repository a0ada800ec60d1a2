"""Signed or not, and by whom: the signature block under the closing, a signed line anywhere, a
form's signature box (19 CFR 177.2(c)); a broker or counsel signing for its client is an agent."""

from __future__ import annotations

import re

from bots.common.reading.letter import Letter, Signature, same_party
from bots.common.reading.signature import is_person, signer_in
from bots.ruling_triage.extract_sign_block import read_sign_block, read_submitted_by
from bots.ruling_triage.extract_text import LABELLED, PROSE, Fields, Paragraph, Span, fold
from bots.ruling_triage.letter_lines import FIRM, put_part

UNSURE_SIGNED = 0.6  # a typed name under the closing: signed or not, the text does not say

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

# A caption with nothing after its colon: "Name and title:", "Date:", "Title:".
_BARE_CAPTION = re.compile(r"[ \t]*[A-Za-z][\w ()/&'.-]{0,40}:[ \t]*")
_BY_LEAD = re.compile(r"^\s*(?:by|per|name)\s*:\s*", re.I)  # "By: Ann Lee" under the firm's name


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
        put_part(fields, "signed", True, signature.where, PROSE)
        put_part(fields, "signer_name", counsel, signature.where, PROSE)
        put_part(fields, "acting_as_agent", True, signature.where, PROSE)
        fields.put("signature_read", True, None, PROSE)
        return
    if signature is not None and _firm_on_rule(signature, items):
        # "____" over "Acme Widgets, Inc." or "Trade Compliance" and no one else: a firm's or a
        # unit's name is printed where a person would sign, and no person signed (19 CFR 177.2(c)).
        put_part(fields, "signed", False, signature.where, PROSE)
        fields.put("signature_read", True, None, PROSE)
        return
    if (signature is not None and signature.how == "typed name without title"
            and _typed_person(signature)):
        # A person's name typed under the closing ("Regards," / "Ann Lee") is where a letter is
        # signed: an ink signature over it is no part of the text layer, and an e-mail is signed
        # by the name typed. Signed or not is for a person (19 CFR 177.2(c)), never a deficiency
        # concluded.
        put_part(fields, "signed", False, signature.signer or signature.where, UNSURE_SIGNED)
        if signature.signer is not None:
            put_part(fields, "signer_name", fold(signature.signer.text), signature.signer, PROSE)
        fields.put("signature_typed_only", True, None, PROSE)
        return
    if signature is not None:
        where = signature.signer or signature.where
        confidence = LABELLED if signature.how == "/s/" else PROSE
        put_part(fields, "signed", signature.signed, where, confidence)
        if (signature.title is not None and _BROKER_TITLE.search(signature.title.text)
                and not _own_staff(signature, items, fields)):
            # A customs broker signs for the importer it names: the request is an agent's,
            # whose authority a person checks (19 CFR 177.1).
            put_part(fields, "acting_as_agent", True, signature.title, PROSE)
        if signature.signer is not None:
            put_part(fields, "signer_name", fold(signature.signer.text), signature.signer,
                     confidence)
        if signature.organisation is not None and fields.value("acting_as_agent"):
            put_part(fields, "agent_name", fold(signature.organisation.text),
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
            and not FIRM.search(name))


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
        above = above if len(above) < 2 or FIRM.search(above[0]) else above[:1]
        below = below if len(below) < 2 or FIRM.search(below[0]) else below[:1]
        for near in [*above, *below]:
            person = _BY_LEAD.sub("", near).strip()
            if is_person(person) and not FIRM.search(person):
                return fold(person)
    return None


def counsel_to(items: list[Paragraph], name: str) -> bool:
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
    """A firm's or a unit's name under a blank signature line (a firm's legal form after a comma,
    "Acme Widgets, Inc.", read as a name and a title; "Trade Compliance"), with no person named
    on the lines under it."""
    if signature.how != "name under a signature line":
        return False
    firm = signature.title is not None and FIRM.fullmatch(signature.title.text.strip())
    unit = signature.signer is not None and _UNIT_WORDS.search(signature.signer.text)
    if not firm and not unit:
        return False
    block = signature.where.block
    after = block.text[signature.where.end:].split("\n")
    at = next((i for i, p in enumerate(items) if p is block), len(items))
    after += [line for p in items[at + 1:] if p.page == block.page for line in p.text.split("\n")]
    return not any(is_person(_BY_LEAD.sub("", line).partition(",")[0]) and not FIRM.search(line)
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
        if not value.strip() and below and not _BARE_CAPTION.fullmatch(below[0]):
            # A box prints its value under the label; the next box's own bare caption
            # ("Signature:" over "Name and title:") is no value of it.
            value = below[0]
        following = items[index + 1].text if index + 1 < len(items) else ""
        if not value.strip() and not below and following and not _NAME_BOX.match(following):
            return  # the value may be the next paragraph: not known to be blank
        if _BLANK.fullmatch(value):
            fields.put_span("signed", False, Span(paragraph, 0, len(paragraph.text)), LABELLED)
            fields.put("signature_read", True, None, LABELLED)
        return

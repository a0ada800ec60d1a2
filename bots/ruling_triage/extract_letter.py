"""Who writes and who signs, read from the letter's structure: the letterhead, the opening
sentence, the signature block; the requester's cues must agree.

An importer writing for itself names itself in the letterhead, in the body ("X, 1 Main St.,
requests a binding ruling") and under the signature. Each is a cue; when they name different
parties the requester is uncertain and a person decides (the absence is not concluded).
"""

from __future__ import annotations

import re

from bots.common.reading.letter import Cue, Letter, Part, agree, same_party
from bots.ruling_triage.extract_address_below import address_below
from bots.ruling_triage.extract_letterhead import head_over_addressee, letterhead, street_under
from bots.ruling_triage.extract_opening import address_after, named_importer, opening
from bots.ruling_triage.extract_sender import address_under, mail_head_block, mail_sender
from bots.ruling_triage.extract_signature import counsel_to
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span, asks, fold
from bots.ruling_triage.letter_lines import put_part

LETTERHEAD = 0.8  # a name or address read only from the letterhead
DISAGREE = 0.5  # cues that name different parties

# The writer says it acts for another, in any words: its letterhead and signature name an
# agent, not the requester ("for its client", "Filed by: X, as agent", "through counsel", "We
# act for", "authorized by the importer", "under a power of attorney").
_FOR_CLIENT = re.compile(
    r"\b(?:for|on\s+behalf\s+of)\s+(?:its|our|their|my)\s+(?:client|principal|customer|member)\b"
    r"|\bas\s+(?:its\s+|their\s+|the\s+importer's\s+)?(?:licensed\s+|authori[sz]ed\s+)?"
    r"(?:customs\s+)?(?:agent|broker|counsel|attorneys?|representative)\b"
    r"|\bthrough\s+(?:its\s+)?(?:counsel|attorneys?|(?:customs\s+)?broker|agent)\b"
    r"|\b(?:we|I)\s+(?:act|are\s+acting|am\s+acting)\s+(?:as\s+\w+\s+)?(?:for|on\s+behalf\s+of)\b"
    r"|\bon\s+behalf\s+of\b|\bpower\s+of\s+attorney\b|\bauthori[sz]ed\s+by\s+(?:the\s+)?importer"
    # "We write for X Inc., which asks ...": the writer speaks for a named party (a capital
    # after "for"; "we write for a ruling" names nobody)
    r"|\b(?:we|I)\s+(?:write|are\s+writing|am\s+writing)\s+(?:to\s+you\s+)?for\s+(?-i:[A-Z])",
    re.I)


def read_requester(letter: Letter, items: list[Paragraph], fields: Fields) -> None:
    """The requester from the opening sentence, the letterhead and the signature block."""
    if fields.value("acting_as_agent"):
        return  # the agent's letterhead and signature name the agent, not its principal
    cues: list[Cue] = []
    address: tuple[str, Part] | None = None
    for paragraph in letter.body or items:
        if (match := opening(paragraph.text)) is not None:
            part = Part(paragraph, match.start("name"), match.end("name"))
            cues.append(Cue(fold(match["name"]), "body", PROSE, part))
            held = "held" if "held" in match.re.groupindex and match["held"] else "address"
            if match[held]:
                address = (fold(match[held]), Part(paragraph, match.start(held),
                                                   match.end(held)))
            break
    # A questionnaire's first question ("Q: Name of requester?") heads the page, naming nobody.
    head = next((found for found in (letterhead(letter), head_over_addressee(items))
                 if found is not None and not asks(found[0])), None)
    # The head's address lines the letter's frame set apart from its name (a date printed at
    # the right of the street's line ends the head there): the lines under the name, in its
    # column, down to the ZIP code.
    below = (address_below(items, Span(head[1].block, head[1].start, head[1].end))
             if head is not None and head[2] is None and isinstance(head[1].block, Paragraph)
             else None)
    if head is not None and head[2] is None and below is None and street_under(letter, head[1]):
        # The letterhead prints a street under the name but no end the reader knows (a postcode
        # or a country it does not list): an address is there, unread, never missing.
        fields.put("letterhead_address_unread", True, head[1].evidence(), PROSE)
    if head is not None:
        cues.append(Cue(head[0], "letterhead", LETTERHEAD, head[1]))
    # An importer named beside an agent's stated mandate ("X has authorized our firm ... The
    # importer is X") is the agent's principal, no second requester.
    named = None
    if (not fields.value("agent_authority_stated") and cues
            and (named := named_importer(letter.body or items)) is not None):
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
    if body is not None and counsel_to(items, body.name):
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
        put_part(fields, "requester_name", best.name, best.part, confidence)
    if address is not None:
        put_part(fields, "requester_address", address[0], address[1], confidence)
    elif (named is not None and named.part is not None and best.source != "label"
          and same_party(named.name, best.name)
          and (after := address_after(named.part)) is not None):
        # "The importer is X, 1 Main St., Town, ST 12345": the address the body gives with the
        # name, where the letterhead prints none (a memo's FROM line names the firm alone).
        put_part(fields, "requester_address", fold(after.text), after, min(confidence, PROSE - 0.1))
    elif head is not None and head[2] is not None and (best.source != "label"
                                                       or same_party(head[0], best.name)):
        # A labelled requester the letterhead names too: the letterhead's address is its own.
        put_part(fields, "requester_address", head[2][0], head[2][1], min(confidence, LETTERHEAD))
    elif head is not None and below is not None and (best.source != "label"
                                                     or same_party(head[0], best.name)):
        fields.put("requester_address", below[0], below[1], min(confidence, LETTERHEAD))
    elif mailed is not None and (best.source != "label" or same_party(fold(mailed[0].text),
                                                                      best.name)):
        put_part(fields, "requester_address", mailed[1][0], mailed[1][1],
                 min(confidence, LETTERHEAD))
    elif best.source in ("sender", "signature") and signature is not None \
            and signature.organisation is not None \
            and (under := address_under(signature.organisation, items)) is not None:
        # No letterhead: the sender's address is the one its signature block prints under it.
        put_part(fields, "requester_address", under[0], under[1], min(confidence, LETTERHEAD))
    elif signature is not None and signature.organisation is not None \
            and same_party(fold(signature.organisation.text), best.name) \
            and (under := address_under(signature.organisation, items)) is not None:
        # A letterhead of the name alone: the requester's address is the one its signature
        # block prints under the same name.
        put_part(fields, "requester_address", under[0], under[1], min(confidence, LETTERHEAD))

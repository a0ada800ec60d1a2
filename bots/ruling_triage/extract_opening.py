"""Who the body says asks: the opening sentence naming the requester ("X, 1 Main St., requests a
binding ruling", "We are X, of ..."), and the importer it names in so many words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.letter import Block, Cue, Part
from bots.ruling_triage.extract_text import PROSE, fold

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
# A numbered brief's run-in heading before the requester: "A. Requester. X, ... asks for", or
# after the paragraph's own number: "1. Request. X asks for", "2) Requesting party: X requests".
_RUN_IN_HEADING = (r"(?:(?:(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s+)?[A-Z][a-z]+(?:\s+[a-z]+){0,2}"
                   r"[.:]\s+)?")
# A numbered submission's paragraph number, or an ALL-CAPS caption printed on the line above
# the opening ("STATEMENT" / "Vireo LLC requests ..."): a caption's capitals change to the
# name's mixed case at the line's end, as a name wrapped over two lines never does.
_PARAGRAPH_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+|\d{1,2}[.)]\s+)?"
_CAPS_CAPTION = r"(?:(?-i:[A-Z][A-Z&/' -]{1,40})[ \t]*:?[ \t]*\n(?=[ \t]*[A-Z][a-z]))?"
# A note in a name's own parentheses is part of it: "X, S.A. de C.V. (U.S. Branch)", "Y Ltd.
# (USA)"; an identifier's or a defined term's ("(IOR 12-...)", "(the Requester)") is not.
_NAME_NOTE = (r"(?:[ \t]\((?:[A-Z][\w.&']*[ \t]+){0,2}(?:Branch|Division|Office|USA|U\.S\.A?\.?|US"
              r"|America|Canada|Mexico)\))?")
_REQUESTS = re.compile(
    r"^\s*" + _CAPS_CAPTION + _GREETING + _PARAGRAPH_NUMBER + _RUN_IN_HEADING + _SELF_LEAD +
    r"(?P<name>[A-Z][^()\n]*?(?:\n[^()\n]*?)?" + _NAME_NOTE + ")"
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

# The request said to be made by its requester, with the address after the name: "This request is
# made by X, 12 Pier Road, Newark, NJ 07114, importer number ...", "The ruling request is
# submitted by X, of ...". A sentence that goes on to name a client the filer acts for names
# the agent, not who asks.
_MADE_BY = re.compile(
    r"^\s*" + _CAPS_CAPTION + _GREETING + _PARAGRAPH_NUMBER
    + r"(?i:(?:this|the|our)\s+(?:(?:binding\s+)?ruling\s+)?(?:request|application|submission)"
    r"(?:\s+for\s+an?\s+(?:binding\s+)?ruling)?\s+(?:is|was)\s+(?:being\s+)?"
    r"(?:made|submitted|filed|sent|presented|brought)\s+by)\s+"
    r"(?P<name>[A-Z][^(),;\n]*?(?:\n[^(),;\n]*?)?(?:,?\s+(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co)\.?)?"
    r"),\s+(?:of\s+|located\s+at\s+)?(?P<address>\d[^()\n]*?(?:\n[^()\n]*?){0,2}?\b[A-Z]{2}\s+"
    r"\d{5}(?:-\d{4})?)\b(?![^.]*?\b(?i:on\s+behalf\s+of|for\s+(?:its|our|their)\s+(?:client|"
    r"principal|member)|as\s+(?:its\s+|their\s+)?(?:agent|broker|counsel)))",
    re.S)

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

# A sentence before "We ask for ...", not a party: "The articles are assembled in Vietnam from
# parts made in China. We ask for the country of origin".
_NOT_A_NAME = re.compile(r"[a-z]{2,}\.\s+(?:We|I|The|This|It|Our)\b|\s(?:we|We|I)$"
                         # A salutation run into the sentence its writer opens: "Dear Sir or
                         # Madam: we plan ... and ask for", "Ladies and Gentlemen: we are
                         # writing to ask for", "Dear Sirs, we intend ... and request".
                         r"|^(?i:dear|ladies|gentlemen|to\s+whom|sirs?|madam)\b"
                         r"|[A-Za-z]{2,}[:,]\s+(?:we|I|our)\s"
                         # A questionnaire's question: "Q1 Who asks for the ruling?"
                         r"|(?:^|\s)(?i:who|which\s+(?:party|company|firm))$")
# "The Company asks for a ruling", "This letter requests ...": a party not named.
_GENERIC = re.compile(r"(?:the|this|our|its)\s+(?:company|importer(?:\s+of\s+record)?|requester|"
                      r"applicant|firm|client|principal|letter|request|office)", re.I)

# The writer or the requester named by its role, not by its name: "The requester asks for ...".
_WE = re.compile(r"^(?:we|i|our|the\s+(?:undersigned|requester|importer|applicant|company|firm))\b",
                 re.I)

# The address printed after a name: ", 1 Main St., Town, ST 12345" (over three lines at most).
_ADDRESS_AFTER = re.compile(r",\s+(?P<a>\d[^()\n]*?(?:\n[^()\n]*?){0,2}?\b[A-Z]{2}\s+\d{5}"
                            r"(?:-\d{4})?)\b")


def address_after(name: Part) -> Part | None:
    """The address printed right after NAME in its block, up to its state and ZIP code."""
    match = _ADDRESS_AFTER.match(name.block.text, name.end)
    return None if match is None else Part(name.block, match.start("a"), match.end("a"))


_SECTION_NUMBER = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+\S")


def asking_party(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Where TEXT, a sentence naming who asks ("X, importer number N, asks for a binding
    ruling."), prints the party's name, and its address if it gives one; None for no such
    sentence."""
    match = opening(text)
    if match is None:
        return None
    held = "held" if "held" in match.re.groupindex and match["held"] else "address"
    return match.span("name"), match.span(held) if match[held] else None


def opening(text: str) -> re.Match[str] | None:
    """The opening sentence naming the requester: "X ... requests a ruling", else "We are X, of
    ADDRESS." (the requests pattern may take "We are X ... ask for" whole and name no one)."""
    for pattern in (_REQUESTS, _WE_ARE, _REQUEST_BY, _MADE_BY):
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


def named_importer(items: Sequence[Block]) -> Cue | None:
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

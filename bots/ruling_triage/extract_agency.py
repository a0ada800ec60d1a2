"""An agent's sentence about whom it acts for and by what mandate (19 CFR 177.1(a)), in the
words real agents use: "We act for X under ...", "We are the licensed customs broker for X",
"X has appointed us as its agent", "Firm is authorized by X to request this ruling".

The principal's name ends where the sentence goes on ("under", "to", "and hold", a comma), so
the name read is the one the writer says it acts for, never the writer itself.
"""

from __future__ import annotations

import re

# A principal's name: capitalised words, "&", "." and "-" inside; no parenthesis or line end.
# A word of it may stand in quotes or angle brackets, as a trade name or a brand is printed
# ('Lumen "North" Lighting Co.', "Lumen <North> Lighting Co.").
# A company form after a comma belongs to the name: "Cardenal Footwear USA, Inc.".
_OPEN = "[<\"\u201c\u00ab]?"
_CLOSE = "[>\"\u201d\u00bb]?"
_NAME = (rf"(?P<name>{_OPEN}[A-Z][\w&.'-]*{_CLOSE}(?:[ \t]+(?:&|{_OPEN}[A-Z0-9][\w&.'-]*{_CLOSE}"
         r"|of|and|de|the)){0,8}"
         r"(?:,[ \t]*(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|LP|L\.P|LLP|PLC|GmbH|S\.A)\b\.?)?)")
# Where the name stops: the sentence goes on with the mandate, the purpose or the end.
_NAME_END = (r"(?=\s+(?:under|to|and\s+(?:hold|have|has|are|is|we)|in\s+(?:this|connection|"
             r"respect)|as\s+(?:its|their)|pursuant|with|by|for\s+(?:this|the)\b)|\s*[,;(]|\.(?:\s|$))")
# "The importer", "Its ...", "This firm": a role or a pronoun, not a principal's name.
_NOT_A_PARTY = re.compile(r"(?:the|its|our|their|my|this|that|each|any|all)\b", re.I)
_WRITER = r"(?:we|I|this\s+(?:firm|office|company)|the\s+undersigned)"
_ROLE = (r"(?:(?:licensed\s+|authori[sz]ed\s+|appointed\s+)?(?:customs\s+)?(?:broker|agent|"
         r"counsel|attorneys?|representative|consultant)s?)")
# The same name where a line may wrap inside it ("... for Three Rivers" / "Ceramics Corp.").
_WRAPPED_NAME = _NAME.replace(r"(?:[ \t]+(?:&", r"(?:\s+(?:&")
# A firm's name and address before a comma; a legal form's full stop ("Inc.,") ends nothing.
_FIRM_AND_ADDRESS = r"[A-Z](?:[^.;]|\.(?=\s*,)){0,160}?"
ACTS_FOR = tuple(re.compile(pattern, re.M) for pattern in (
    # "This memorandum is submitted by Firm, 1 Main St, City, ST 00000, as customs broker and
    # agent of record for X", "... on behalf of our client X": the letter's own filer, then
    # whom it files for
    rf"\b(?i:(?:this|the)\s+(?:request|letter|application|submission|memorandum|brief)\s+"
    rf"(?:is|was)\s+(?:submitted|filed|made|presented|sent|prepared)\s+by)\s+{_FIRM_AND_ADDRESS}"
    rf",?\s+(?i:as\s+(?:the\s+|its\s+|their\s+)?{_ROLE}(?:\s+and\s+{_ROLE})?(?:\s+of\s+record)?"
    rf"\s+(?:for|of|to)|on\s+behalf\s+of(?:\s+(?:our|my|its|their)\s+client,?)?)\s+"
    rf"{_WRAPPED_NAME}{_NAME_END}",
    # "We act for X", "We are acting as customs broker for X", "the undersigned acts on behalf of X"
    rf"\b(?i:{_WRITER}\s+(?:act|acts|are\s+acting|am\s+acting|is\s+acting)"
    rf"(?:\s+as\s+(?:the\s+|its\s+|their\s+)?{_ROLE})?\s+(?:for|on\s+behalf\s+of))\s+{_NAME}{_NAME_END}",
    # "We write on behalf of X", "I submit this request on behalf of our client X": the writer
    # doing the letter's own act for someone else
    rf"\b(?i:{_WRITER}\s+(?:write|writes|am\s+writing|are\s+writing|submit|submits|"
    rf"are\s+submitting|file|files|make|makes|present|presents|send|sends)(?:\s+(?:this|the)\s+"
    rf"(?:request|letter|application|submission))?\s+(?:for\s+and\s+)?on\s+behalf\s+of(?:\s+(?:our|my)\s+"
    rf"client,?)?)\s+{_NAME}{_NAME_END}",
    # "This request is made as agent for X", "We write as customs counsel to X": the writer or
    # its letter, then the role it acts in
    rf"\b(?i:(?:this\s+(?:request|letter|application|submission)|we|I)\b[^.;]{{0,60}}?\bas\s+"
    rf"(?:the\s+|its\s+|their\s+)?{_ROLE}\s+(?:for|of|to))\s+{_NAME}{_NAME_END}",
    # "As the importer's authorized customs broker (power of attorney on file), we submit this
    # request for X": the role first, then the writer acting for the principal
    rf"\b(?i:as\s+(?:the\s+|its\s+|their\s+)?(?:importer's\s+|client's\s+)?{_ROLE}\b[^.;]{{0,80}}?,"
    rf"\s*(?:we|I)\s+(?:\w+\s+){{0,4}}?(?:for|on\s+behalf\s+of))\s+{_NAME}{_NAME_END}",
    # "We are the licensed customs broker for X", "I am counsel to X"
    rf"\b(?i:{_WRITER}\s+(?:are|am|is)\s+(?:the\s+|a\s+)?{_ROLE}\s+(?:for|of|to))\s+{_NAME}{_NAME_END}",
    # "we have been retained by X", "the undersigned is authorized by X"
    rf"\b(?i:{_WRITER}\s+(?:are|am|is|have\s+been|has\s+been)\s+(?:duly\s+)?(?:authori[sz]ed|"
    rf"appointed|engaged|retained|instructed)\s+by)\s+{_NAME}{_NAME_END}",
    # "Castellane Group is authorized by X to request this ruling": a firm named, so only with
    # the purpose after it ("the goods were retained by CBP" names no principal)
    rf"\b(?i:(?:is|are|was|were)\s+(?:duly\s+)?(?:authori[sz]ed|appointed|engaged|retained|"
    rf"instructed)\s+by)\s+{_NAME}(?=\s+to\s+(?i:request|file|submit|seek|act|apply|represent|"
    rf"obtain|ask)\b)",
    # "Our office requests a binding ruling for a product to be imported by X", "We seek a ruling
    # on goods purchased by X": the writer asks about another's importation
    rf"\b(?i:(?:{_WRITER}|our\s+(?:firm|office|company))\s+(?:respectfully\s+)?(?:request|requests|"
    rf"ask|asks|seek|seeks|am\s+requesting|are\s+requesting|is\s+requesting)\b[^.;]{{0,80}}?"
    rf"\b(?:(?:to\s+be|will\s+be|being)\s+)?(?:imported|purchased|bought|entered)\s+by)\s+{_NAME}"
    rf"{_NAME_END}",
    # "acting under a power of attorney from X", "pursuant to the written authorization of X",
    # "holder of a power of attorney executed by X": the mandate's giver is the principal
    rf"\b(?i:(?:(?:acting|acts?)\s+)?(?:under|pursuant\s+to|by\s+virtue\s+of|with)|"
    rf"hold(?:s|ing|er\s+of)?)\s+(?i:(?:a|the|an)\s+(?:written\s+|signed\s+|executed\s+|"
    rf"customs\s+)?(?:power\s+of\s+attorney|authori[sz]ation|mandate|letter\s+of\s+"
    rf"(?:authority|authori[sz]ation))\s+(?:(?:granted|given|issued|executed|signed)\s+)?"
    rf"(?:from|of|by))\s+{_NAME}{_NAME_END}",
    # "X has appointed us in writing as its agent", "X has authorized this firm to ..."
    rf"(?:^|(?<=[.:]\s))(?:\d{{1,2}}\.\s+)?{_NAME}\s+(?i:has\s+(?:appointed|authori[sz]ed|engaged|"
    rf"retained|designated)\s+(?:us|me|this\s+(?:firm|office|company)|the\s+undersigned))\b",
))
# 177.1's mandate however it is worded: a signed or written authorization held, a power of
# attorney (CBP Form 5291), an appointment as agent, an authorization by the principal.
AUTHORITY_WORDS = re.compile(
    r"\bhold(?:s|ing)?\s+(?:its|their|his|her|a|the|an)\s+(?:signed\s+|written\s+|executed\s+)?"
    r"(?:authori[sz]ation|power\s+of\s+attorney|mandate|appointment)"
    r"|\bauthori[sz]ation\s+to\s+(?:file|act|submit|request|represent|apply|seek)"
    r"|\bappointed\b[^.;]{0,40}\b(?:agent|broker|representative|counsel|attorney)"
    r"|\bauthori[sz]ed\s+by\s+[^.;]{1,80}?\s+to\s+(?:request|act|file|submit|apply|seek|represent)"
    # OCR may leave a stray quote or tick before the word: "written ‘authority to seek".
    r"|\b(?:written|signed|executed)\s+[\'‘’\"“”`]?(?:authori[sz]ation|authority|mandate|"
    r"appointment)"
    r"|\bCBP\s+Form\s+5291\b|\bcustoms\s+power\s+of\s+attorney|\bPOA\b|\bduly\s+authori[sz]ed"
    # "our authorization from X is attached", "as authorized by X", "X's designated agent"
    r"|\bauthori[sz]ation\s+(?:from|by|of)\b|\bauthori[sz]ation\s+letter\b|\bas\s+authori[sz]ed\s+by\b"
    # "under the power of attorney it granted us", "(power of attorney on file)"
    r"|\bunder\s+(?:the|a|its|their|our)\s+(?:\w+\s+)?power\s+of\s+attorney\b"
    r"|\bpower\s+of\s+attorney\s+(?:is\s+|has\s+been\s+)?(?:on\s+file|enclosed|attached|"
    r"granted|filed|executed)\b"
    r"|\bdesignated\s+(?:as\s+)?(?:its\s+|their\s+)?(?:customs\s+)?(?:agent|representative|broker)"
    # An attorney-in-fact is the holder of a power of attorney (19 CFR 141.46): the word is one.
    r"|\battorney[-\s]in[-\s]fact\b"
    # "our client, X, which authorized us to request this ruling": the principal's act, told
    r"|\b(?:which|who|that)\s+(?:has\s+)?(?:duly\s+|expressly\s+)?authori[sz]ed\s+(?:us|me|this\s+"
    r"(?:firm|office|company)|the\s+undersigned)\s+to\s+(?:request|act|file|submit|apply|seek|"
    r"represent|ask)"
    # "empowered by its written authorization", "a power of attorney from X"
    r"|\bempowered\s+by\b|\bpower\s+of\s+attorney\s+(?:from|of|granted|given|issued|executed)\b",
    re.I)


def acts_for(text: str) -> re.Match[str] | None:
    """The first sentence in TEXT where the writer says it acts for a named principal."""
    found = [m for pattern in ACTS_FOR for m in pattern.finditer(text)
             if len(m["name"]) >= 3 and not _NOT_A_PARTY.match(m["name"])]
    return min(found, key=lambda m: m.start(), default=None)

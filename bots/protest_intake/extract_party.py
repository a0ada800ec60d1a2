"""Who protests and where, read from a letter's sentences, caption and subject line, with the
labels, letterhead and signature read by the extract_party_* modules; the cues are scored by how
many agree. A value from a sentence scores lower than one from a label."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.letter import same_party
from bots.common.reading.parties import (
    US_ADDRESS,
    party_in_recital,
    party_stated_in_recital,
    party_with_address,
    party_with_any_address,
)
from bots.common.reading.ports import ports_in_prose
from bots.common.reading.signature import organisation_under_signer
from bots.protest_intake.extract_fields import LABELLED, PROSE, Fields, fold
from bots.protest_intake.extract_party_agent import read_address_under, read_agent_for
from bots.protest_intake.extract_party_block import read_listed_party, read_role_line
from bots.protest_intake.extract_party_cues import (
    LABEL_NAME,
    NAME,
    PRONOUN,
    WEAK,
    WRITES_FOR_ANOTHER,
)
from bots.protest_intake.extract_party_labelled import (
    cue_value,
    labelled,
    party_labels_first,
    put,
    section,
)
from bots.protest_intake.extract_party_letterhead import letterhead_address, letterhead_party
from bots.protest_intake.extract_party_lines import first_column
from bots.protest_intake.extract_party_role import FILER, read_party_by_role, read_running_party
from bots.protest_intake.extract_party_signer import (
    signature_party,
    signed_for,
    signer,
    writes_for_itself,
)
from bots.protest_intake.phrasings import SALUTATION
from tradebots.facts import Evidence
from tradebots.pdf import TextStream
from tradebots.pdf.words import evidence_of

# A line opening with a ZIP code ("31401, by its attorney, protests") is an address wrapped from
# the line above, not the party's name.
_NOT_A_ZIP = r"(?!\d{5}(?:-\d{4})?,)"
_DEFINED = r"\(\s*(?:the\s+)?[\"“]\s*(?:Protestant|Importer|Company)\s*[\"”]\s*\)"
# "On behalf of our client, X, 1 Main St., City, ST 00000 (Importer No. ...) ("Protestant")"
# A broker's "filed for X (EIN ...), against ..." names the client without an address.
_CLIENT = re.compile(
    rf"(?:on\s+behalf\s+of\s+(?:our\s+client,?\s+)?|represents\s+|our\s+client,?\s+|We,\s+"
    rf"|(?:protest,?\s+)?filed\s+for\s+|\bwrite\s+for\s+|\b(?:agent|broker)\s+for\s+"
    # "as agent under power of attorney for the importer of record, X, 1 Main St, ..."
    rf"|\b(?:agent|broker|attorney-in-fact)\b[^.\n]{{0,40}}?\bfor\s+(?:the\s+)?importer"
    rf"(?:\s+of\s+record)?,\s+"
    rf"|\bis\s+counsel\s+(?:to|for)\s+)"
    rf"(?P<name>{NAME})(?:,\s+(?P<address>\d[^()]{{4,160}}?))?\s*"
    rf"(?:\((?:importer|IOR|EIN|IRS)[^)]*\)\s*)?"
    # "filed for X, which objects to ...": a relative clause about the party ends its name.
    rf"(?:{_DEFINED}|,\s+hereby\b|,\s+whose\s+address|,\s+which\b|,\s+against\b|,\s+we\b"
    rf"|,\s+the\s+importer\s+of\s+record\b|,\s+(?:importer|IOR|EIN)\s+(?:no\b|number|\#)"
    # "this protest for our client X under 19 U.S.C. 1514": the law the protest is made under
    # ends the name as a clause about the party does.
    rf"|,?\s+(?:under|pursuant\s+to)\s+(?:19\b|section\b|part\b|the\s+(?:tariff|customs)\b))",
    re.I | re.S,
)
# The department an officer heads: "Director of Trade Compliance", "Manager, Imports".
_DEPARTMENT = (r"(?:[A-Z][A-Za-z&-]+[ \t]+(?:&[ \t]+|and[ \t]+)?){0,2}(?i:compliance|operations"
               r"|logistics|imports?|exports?|purchasing|procurement|finance|accounting|trade"
               r"|customs|sales|shipping|traffic|supply[ \t]+chain|legal|sourcing|distribution"
               r"|affairs)")
# A declarant's office before the party it declares for: "1. I am the Chief Financial Officer of
# X ("Protestant")", "I am the Director of Trade Compliance of X".
_ROLE = (r"(?:owner|president|member|principal|proprietor|partner|director|officer|manager"
         r"|founder|CEO|CFO|COO|counsel|analyst|specialist|secretary|treasurer|controller"
         r"|coordinator|supervisor|head)")
_DECLARANT_LEAD = (r"(?:\d{1,2}\.\s+)?I\s+am\s+(?:the\s+|an?\s+)?(?:[A-Za-z]+[ \t]+){0,3}?"
                   rf"{_ROLE}(?:,[ \t]+{_DEPARTMENT}|\s+of\s+{_DEPARTMENT})?\s+(?:of|at|for)\s+")
_DEFINED_TERM = re.compile(
    rf"(?:^|(?<=[.\n]))\s*(?:(?:this\s+firm|we|the\s+undersigned)\s+represents?\s+"
    rf"|{_DECLARANT_LEAD})?(?P<name>{NAME})\s*{_DEFINED}",
    re.S | re.I,
)

# A pleading's party acting by its lawyer, its address perhaps between ("1. Protestant X, 1 Main
# St, City, ST\n00000, by its attorney, protests"): the address may wrap anywhere, even before
# its ZIP code.
_BY_COUNSEL = re.compile(
    rf"(?m)^{_NOT_A_ZIP}(?P<name>{NAME})(?:,\s+(?P<address>{US_ADDRESS}))?,\s+"
    r"(?:by|through)\s+(?:(?:its|their|his|her)\s+)?(?:undersigned\s+)?(?:attorneys?|counsel)"
)
# A memo or an importer's own letter opens its body with the party: "X protests the ...",
# "X (IOR No. ...) hereby protests", "X, the importer of record, files this protest",
# "We, X, respectfully protest", "the protest of X against".
_SUBJECT_OF_VERB = re.compile(
    # "Our company disagrees ... and files this protest": a pronoun opens no party's name.
    # A numbered paragraph's number comes before the name: "1. The importer named below
    # protests" points elsewhere for the name.
    # A salutation run in before the name ("Dear Port Director: X protests") is no part of it.
    rf"(?m)(?:^|(?<=We,\s))(?:{SALUTATION}[ \t]+)?"
    rf"(?!(?:\d{{1,2}}[.)]\s+)?(?:We|Please|This|The|Our|I)\b|{SALUTATION})"
    rf"{_NOT_A_ZIP}(?P<name>{NAME})"
    r"(?:\s*\([^)]*\))?(?:,\s+the\s+importer\s+of\s+record,)?"
    # "X, 1 Main St, City, ST 00000, importer number\n37-3456418 hereby files this protest"
    r"(?:,\s*(?:IOR|importer|EIN|IRS)[^,\n]{0,30}?\s*[0-9][0-9-]{6,14})?,?\s+"
    # ... but an agent "protests for" its principal, who is the protestant (extract_party_agent).
    r"(?:(?:hereby\s+|respectfully\s+)?(?:protests\b(?!\s+(?:for|on\s+behalf\s+of)\s)"
    r"|files\s+this\s+protest"
    r"|submits\s+this\s+protest)|(?:hereby|respectfully)\s+protest\b)"
    rf"|protest\s+of\s+(?P<of>{NAME})\s+against\b"
)
# An importer writing in the first person names itself after "We,": "We, X, protest the ...",
# "We, X, the importer of record, hereby file this protest", "We, X, object to".
_WE_NAME = re.compile(
    rf"\bWe,\s+(?P<name>{NAME}),\s+(?:the\s+importer\s+of\s+record,\s+)?"
    r"(?:hereby\s+|respectfully\s+)?(?:protest|file|submit|object|appeal|contest|challenge)",
)
# A pleading's first paragraph names the party after its role and says what it is: "1. Protestant
# X is the importer of record, with its principal place of business at ...".
_ROLE_THEN_NAME = re.compile(
    rf"(?i:\b(?:the\s+)?(?:protestant|protesting\s+party))(?:,\s+|\s+)(?P<name>{NAME}),?\s+"
    r"(?i:is\s+(?:the\s+|an?\s+)?(?:importer(?:\s+of\s+record)?|owner|consignee|purchaser)\b)")
# A memo names the party in apposition to its role: "The importer of record, X, protests the ...",
# "The protestant, X, hereby files this protest", "The protesting party, X, objects to ...".
_APPOSITIVE = re.compile(
    rf"(?i)\b(?:the\s+)?(?:importer\s+of\s+record|importer|protestant|protesting\s+(?:party|company)"
    rf"|(?:filing|protesting)\s+party),\s+(?P<name>{NAME}),\s+(?:hereby\s+|respectfully\s+)?"
    r"(?:protests|files|submits|objects|contests|challenges|appeals)\b",
)
# An owner or officer writing for the company names it by the office held: "I am the owner of
# X", "As president of X, I protest", "I am the managing member of X (importer number ...)".
# The office may be titled in capitals ("Import Manager") and name the function or department
# held, after a comma or an "of" ("Vice President, Operations of X", "Director of Trade
# Compliance of X", "Manager of Import Operations at X"): the company is what follows that.
_OFFICE_OF = re.compile(
    # A declarant names itself first: "I, Ann Lee, am the Director of Imports of Acme Inc.".
    rf"\b(?:I\s+am|As|I,[ \t]+[A-Z][^,\n]{{2,60}},\s+am)\s+(?:the\s+|an?\s+)?"
    rf"(?:[A-Za-z]+[ \t]+){{0,2}}?(?i:{_ROLE})"
    rf"(?:,[ \t]+{_DEPARTMENT}|\s+of\s+{_DEPARTMENT})?\s+(?:of|at|for)\s+"
    # A legal form keeps its full stop ("Acme Corp. and I ..."); a sentence's is none.
    # ... and a legal form after a comma is still the name ("Kettle Moraine Tool Works, Inc.").
    rf"(?P<name>{NAME}(?:,\s*(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|Incorporated|Limited)\b)?"
    rf"(?:(?:(?<=Inc)|(?<=Corp)|(?<=Co)|(?<=Ltd)|(?<=Bros)|(?<=L\.L\.C))\.)?)"
    # "and" ends the name unless the name runs on through it to its legal form ("Lanternfly
    # Toys and Games LLC").
    r"(?=\s*\(|,|\s+and\b(?![^,.()\n]{1,40}?\b(?:Inc|Corp|Co|Ltd|LLC|Company|Corporation)\b)"
    r"|[ \t]*$|(?<=\.)\s|\.\s)",
    re.M,
)
# An importer's own letter gives its address in a sentence: "Our address is ...".
# Counsel writes it of the client: "Protestant's address is ...", "the importer's address is".
_OWN_ADDRESS = re.compile(rf"\b(?:our|its|(?:the\s+)?(?:protestant|importer|client|company)"
                          rf"(?:'|’)s)\s+(?:business\s+|mailing\s+|principal\s+)?address\s+is\s*:?\s+"
                          rf"(?P<address>{US_ADDRESS})", re.I)
_CAPTION = re.compile(r"in\s+the\s+matter\s+of\s+the\s+protest\s+of", re.I)
_CAPTION_END = re.compile(r"^\W*protestants?\b", re.I)
_CAPTION_LINES = 6  # a caption's name runs over a few lines at most
# The name run in after the caption's words, up to its role (", Protestant") or the rule of ")".
_RUN_IN_CAPTION = re.compile(r"[ \t]+(?P<name>[A-Z0-9][^)\n]*?)[ \t]*(?:,?[ \t]*(?i:protestants?)"
                             r"\W*|[ \t]\)[^\n]*|,?[ \t]*)$", re.M)
_DECISIONS = (r"(?:liquidation|reliquidation|classification|appraise(?:d|ment)|valuation|"
              r"exclusion|drawback|charges?|exactions?|decision|CBP)\b")
_SUBJECT = re.compile(
    rf"(?m)^\s*(?:re|subject|regarding)\s*:\s*protest\s+(?:of|on\s+behalf\s+of|by|filed\s+by)\s+"
    # "Re: Protest of liquidation, 19 U.S.C. 1514" names the decision protested, not a party.
    # A subject goes on after a dash with what else it files under: "Protest of X - port 1001".
    rf"(?!the\b|{_DECISIONS})(?P<name>{NAME})(?:\s+[-\u2013\u2014|]\s+[^\n]*)?\s*$",
    re.I,
)
# A broker's letter names the party on a line of its own over the party's labelled details,
# worded as a subject line is but with no "Re:": "Protest on behalf of X", "Protest filed on
# behalf of X", "Protest for X", "Protest of X:". The name is in the sender's own case: a heading
# in capitals ("PROTEST OF X CO.") is left to the cues that print it as written in the body.
_PROTEST_FOR_LINE = re.compile(
    r"(?m)^[ \t]*(?i:protest(?:[ \t]+(?:filed|submitted|lodged|made))?[ \t]+(?:on[ \t]+behalf"
    # What is protested or asked is no party: "Protest of Entry No. ...", "Protest for Further
    # Review", "Protest of the Bill"; nor is a line that runs a number ("Protest of 2024-123").
    rf"[ \t]+of|for|of|by))[ \t]+(?!(?i:the|a|an|our|this|entr(?:y|ies)|further|merchandise"
    rf"|goods|duties|fees|denial|refusal|notice|bill|invoice)\b|(?i:{_DECISIONS}))"
    rf"(?P<name>(?=[^\n]*[a-z])(?![^\n]*\d{{3}}){NAME}"
    # A legal form keeps its full stop ("Harborline Kitchenware Inc.").
    r"(?:(?:(?<=Inc)|(?<=Corp)|(?<=Co)|(?<=Ltd)|(?<=Bros)|(?<=L\.L\.C))\.)?)[ \t]*[:.]?[ \t]*$")
# A questionnaire asks for the party and prints the answer beside or under the question: "Q1. Who
# is protesting?" / "X", "3. Name of the importer of record?", "Mailing address of the protesting
# party?". The question is a label by its meaning; one about the broker, counsel, a number or the
# signer asks for someone or something else.
_ASKED = (r"(?im)^[ \t]*(?:Q\s*\d{1,2}[a-z]?\s*[.:)-]?\s*|\d{1,2}[.)]\s+)?")
_ANSWER = r"\?[ \t]*(?:\n[ \t]*)?(?!Q\s*\d|\d{1,2}[.)]\s)(?P<%s>[^\s?][^\n?]*)$"
_OTHER_ONE = r"broker|agent|filer|counsel|attorney|preparer|sign\w*|contact|e-?mail|phone"
_ASKED_NAME = re.compile(
    _ASKED + r"(?=[^\n?]*\b(?:who|name)\b)(?=[^\n?]*\b(?:protest\w*|import\w*|party|company)\b)"
    rf"(?![^\n?]*\b(?:number|no\.|address|{_OTHER_ONE})\b)[^\n?]{{3,100}}" + _ANSWER % "name")
_ASKED_ADDRESS = re.compile(
    _ASKED + rf"(?=[^\n?]*\baddress\b)(?![^\n?]*\b(?:{_OTHER_ONE})\b)[^\n?]{{3,100}}"
    + _ANSWER % "address")
_PORT = re.compile(
    r"\bport(?:\s+code|\s+of\s+entry)?\s*(?:no\.?|number)?\s*:?\s*(?P<a>\d{4})\b(?!\s*-\s*\d)"
    r"|port\s+of\s+(?:entry\s*:?\s*)?[A-Za-z .'/&-]{2,40}?\s*[(-]\s*(?P<b>\d{4})\b"
    r"|\bport\s+(?:no\.?\s*)?(?P<c>\d{4})\b(?!\s*-\s*\d)"
    r"|port\s+of\s+entry\s*:\s*[A-Za-z .'-]{0,40}\(?(?P<d>\d{4})\b"
    # The addressee line "U.S. Customs and Border Protection, Seattle (3001)".
    r"|border\s+protection,\s+[A-Za-z .'-]{2,40}?\s*\(\s*(?P<e>\d{4})\s*\)"
    # ... or on the addressee block's next line: "New York/Newark (1001)".
    r"|border\s+protection\s*\n[A-Za-z .'/-]{2,40}?\s*\(\s*(?P<f>\d{4})\s*\)"
    # The code first and the port's name after it: "filed at 1001 (New York/Newark)".
    r"|\b(?:at|through|via)\s+(?:port\s+)?(?P<g>\d{4})\s*\(\s*[A-Z][A-Za-z .'/&-]{2,40}\)",
    re.I,
)


def read_party(stream: TextStream, fields: Fields) -> None:
    """Protestant name and address, port code and signer from the letter's cues."""
    text = stream.text
    labelled(stream, fields)
    for key, asked in (("protestant_name", _ASKED_NAME), ("protestant_address", _ASKED_ADDRESS)):
        if match := stream.search(asked):
            put(stream, fields, key, match, key.split("_")[1], LABELLED)
    section(stream, fields)
    read_listed_party(stream, fields, PROSE)
    read_role_line(stream, fields, PROSE)
    read_party_by_role(stream, fields)
    for party in (party_in_recital(text), party_stated_in_recital(text),
                  party_with_address(text) or party_with_any_address(text)):
        if party is not None:
            for key, value, span in (("protestant_name", party.name, party.name_span),
                                     ("protestant_address", party.address, party.address_span)):
                fields.put(key, value, stream.evidence(*span), PROSE)
    read_agent_for(stream, fields)
    if match := _CLIENT.search(text):
        put(stream, fields, "protestant_name", match, "name", PROSE)
        if match.group("address"):
            put(stream, fields, "protestant_address", match, "address", PROSE)
    for pattern, confidence in ((_DEFINED_TERM, PROSE), (_BY_COUNSEL, PROSE),
                                (_SUBJECT_OF_VERB, PROSE), (_WE_NAME, PROSE),
                                (_APPOSITIVE, PROSE), (_OFFICE_OF, PROSE),
                                (_ROLE_THEN_NAME, PROSE), (_PROTEST_FOR_LINE, PROSE)):
        if match := pattern.search(text):
            group = "of" if "of" in pattern.groupindex and match.group("of") else "name"
            put(stream, fields, "protestant_name", match, group, confidence)
            if "address" in pattern.groupindex and match.group("address"):
                put(stream, fields, "protestant_address", match, "address", confidence)
    if match := _OWN_ADDRESS.search(text):
        put(stream, fields, "protestant_address", match, "address", PROSE)
    read_address_under(stream, fields)
    if caption := caption_name(stream):
        fields.put("protestant_name", caption[0], caption[1], WEAK)
    if match := _SUBJECT.search(text):
        put(stream, fields, "protestant_name", match, "name", WEAK)
    letterhead_party(stream, fields)
    signed_for(stream, fields)
    signature_party(stream, fields)
    read_running_party(stream, fields, bool(WRITES_FOR_ANOTHER.search(text)))
    _corroborate(stream, fields)
    letterhead_address(stream, fields)
    if match := _PORT.search(text):
        group = next(g for g in "abcdefg" if match.group(g))
        fields.put("port_code", match.group(group),
                   stream.evidence(match.start(group), match.end(group)), PROSE)
    _port_in_a_sentence(stream, fields)
    signer(stream, fields)


def _port_in_a_sentence(stream: TextStream, fields: Fields) -> None:
    """"The goods were entered at Houston (5301)": the code named with the port in running text,
    a weaker cue than the addressee block or a label, so it comes last and scores lower."""
    for mention in ports_in_prose(stream.text.replace("\n", " ")):
        code = next((port for port in mention.ports if port.isdigit()), None)
        if code is not None:
            fields.put("port_code", code, stream.evidence(mention.start, mention.end), WEAK)
            return


AGREED = 0.05  # confidence added per other cue naming the same protestant
DISAGREED = 0.6  # cues naming different parties: a person should look


def caption_name(stream: TextStream) -> tuple[str, Evidence | None] | None:
    """The party in a pleading's caption: the left column between "In the Matter of the Protest
    of" and "Protestant.", without the ")" rule and the title printed to its right."""
    head = stream.search(_CAPTION)
    if head is None:
        return None
    head_words = stream.words(head.start(), head.end())
    text = stream.text
    block_end = head.end()
    line_end = text.find("\n", block_end)
    line_end = len(text) if line_end < 0 else line_end
    run_in = _RUN_IN_CAPTION.match(text, block_end, line_end)
    # "In the Matter of the Protest of X": the name set on the caption's own line ends there;
    # the lines below it are the title and the body, not more of the name. A title printed a
    # column away on that line ("...of          PROTEST") is no name run in.
    set_on = [*head_words[-1:], *stream.words(*run_in.span("name"))] if run_in else []
    if run_in and first_column(set_on) == set_on:
        return fold(run_in.group("name")), stream.evidence(*run_in.span("name"))
    lines: list[tuple[int, int]] = []
    for _ in range(_CAPTION_LINES):
        start = text.find("\n", block_end)
        if start < 0:
            break
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        if _CAPTION_END.match(text[start + 1:end]):
            break
        lines.append((start + 1, end))
        block_end = end
    words = [w for s, e in lines for w in stream.words(s, e)]
    rules = [w.x0 for w in words if w.text == ")"]
    limit = min(rules) if rules else max(w.x1 for w in head_words) + 40
    kept = [w for w in words if w.x1 <= limit and w.text != ")"]
    name = fold(" ".join(w.text for w in kept)).rstrip(",")
    return (name, evidence_of(kept)) if name else None


def _name_key(name: str) -> str:
    # A role word ("Protestant protests ...") names no party: it neither agrees nor disagrees.
    if PRONOUN.match(name.strip()):
        return ""
    return re.sub(r"[^a-z0-9]+", " ", name.casefold()).strip()


def _corroborate(stream: TextStream, fields: Fields) -> None:
    """Score the protestant's name by how many independent cues name the same party."""
    chosen = fields.items.get("protestant_name")
    if chosen is None:
        return
    cues = (LABEL_NAME, _CLIENT, _DEFINED_TERM, _BY_COUNSEL, _SUBJECT_OF_VERB, _SUBJECT, _WE_NAME,
            _APPOSITIVE, _OFFICE_OF, _ASKED_NAME, _PROTEST_FOR_LINE)
    named = {_name_key(cue_value(m)) for cue in cues if (m := _cue_match(cue, stream.text))}
    caption = caption_name(stream)
    if caption is not None:
        named.add(_name_key(caption[0]))
    key = _name_key(str(chosen.value))
    named.discard("")
    # The firm an importer writing for itself prints under its signer is one more cue; a
    # different firm there (not a spelling of the same one) is a party nobody can choose.
    firm = organisation_under_signer(stream.text) if writes_for_itself(stream.text) else None
    if firm is not None and not FILER.search(firm.name) \
            and not same_party(firm.name, str(chosen.value)):
        named.add(_name_key(firm.name))
    # ... and the same firm there agrees, as any other independent cue does.
    signed = firm is not None and not FILER.search(firm.name) \
        and same_party(firm.name, str(chosen.value)) \
        and chosen.evidence != stream.evidence(firm.start, firm.end)  # not the chosen cue itself
    if named - {key}:
        confidence = min(chosen.confidence, DISAGREED)
    else:
        agreeing = _cue_count(stream, key, cues) + signed
        confidence = min(LABELLED, chosen.confidence + AGREED * agreeing)
    fields.items["protestant_name"] = replace(chosen, confidence=round(confidence, 2))


def _cue_match(cue: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A cue's first reading; for the labels, the first that names the party, not the filer."""
    if cue is LABEL_NAME:
        return next(iter(party_labels_first(list(cue.finditer(text)))), None)
    return cue.search(text)


def _cue_count(stream: TextStream, key: str, cues: tuple[re.Pattern[str], ...]) -> int:
    # The other cues that agree with the chosen one (the chosen cue itself not counted).
    agreeing = sum(1 for cue in cues if (m := _cue_match(cue, stream.text))
                   and _name_key(cue_value(m)) == key)
    caption = caption_name(stream)
    agreeing += caption is not None and _name_key(caption[0]) == key
    return max(agreeing - 1, 0)

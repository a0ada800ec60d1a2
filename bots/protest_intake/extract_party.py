"""Who protests, where and who signed, read from a letter the way counsel, brokers and importers
write them: a labelled line, a section, a defined term ("Protestant"), a caption or a memo head.
Several cues are tried; a value from a sentence scores lower than one from a label."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.address_lines import part_line
from bots.common.reading.date_line import date_line
from bots.common.reading.letter import same_party
from bots.common.reading.parties import (
    ADDRESS_PART_SEPARATOR,
    US_ADDRESS,
    party_in_recital,
    party_stated_in_recital,
    party_with_address,
    party_with_any_address,
)
from bots.common.reading.phrases import CLOSINGS
from bots.common.reading.ports import ports_in_prose
from bots.common.reading.signature import (
    organisation_under_signer,
    signer_after_sign_off,
    signer_in,
)
from bots.protest_intake.extract_cover import letter_start, past_stamp
from bots.protest_intake.extract_fields import LABELLED, PROSE, WHO_FILES, Fields, fold
from bots.protest_intake.extract_party_agent import read_address_under, read_agent_for
from bots.protest_intake.extract_party_block import read_listed_party, read_role_line
from bots.protest_intake.extract_party_role import FILER, read_party_by_role, read_running_party
from bots.protest_intake.extract_signed_end import (
    signed_at_end,
    signed_for_party,
    signed_under_party,
)
from bots.protest_intake.extract_stacked import caption_of
from bots.protest_intake.phrasings import SALUTATION
from bots.protest_intake.signature_marks import as_typed, unmarked
from tradebots.facts import Evidence
from tradebots.pdf import TextStream
from tradebots.pdf.words import Word, evidence_of

SECTION = 0.9  # a value under a PROTESTANT section heading
WEAK = 0.75  # a value from a caption, subject line or memo head
# A name may hold a bracketed part of itself ("Marigold Textiles (USA) Inc."): short, capitalised,
# and followed by more of the name, unlike a defined term or an importer number in brackets.
_NAME = r"[A-Z0-9](?:[^()\n;:\"“”]|\([A-Z][A-Za-z.&' ]{0,24}\)(?=[ \t]+[A-Z]\w)){1,90}?"
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
    rf"(?P<name>{_NAME})(?:,\s+(?P<address>\d[^()]{{4,160}}?))?\s*"
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
    rf"|{_DECLARANT_LEAD})?(?P<name>{_NAME})\s*{_DEFINED}",
    re.S | re.I,
)

# A pleading's party acting by its lawyer, its address perhaps between ("1. Protestant X, 1 Main
# St, City, ST\n00000, by its attorney, protests"): the address may wrap anywhere, even before
# its ZIP code.
_BY_COUNSEL = re.compile(
    rf"(?m)^{_NOT_A_ZIP}(?P<name>{_NAME})(?:,\s+(?P<address>{US_ADDRESS}))?,\s+"
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
    rf"{_NOT_A_ZIP}(?P<name>{_NAME})"
    r"(?:\s*\([^)]*\))?(?:,\s+the\s+importer\s+of\s+record,)?"
    # "X, 1 Main St, City, ST 00000, importer number\n37-3456418 hereby files this protest"
    r"(?:,\s*(?:IOR|importer|EIN|IRS)[^,\n]{0,30}?\s*[0-9][0-9-]{6,14})?,?\s+"
    # ... but an agent "protests for" its principal, who is the protestant (extract_party_agent).
    r"(?:(?:hereby\s+|respectfully\s+)?(?:protests\b(?!\s+(?:for|on\s+behalf\s+of)\s)"
    r"|files\s+this\s+protest"
    r"|submits\s+this\s+protest)|(?:hereby|respectfully)\s+protest\b)"
    rf"|protest\s+of\s+(?P<of>{_NAME})\s+against\b"
)
# An importer writing in the first person names itself after "We,": "We, X, protest the ...",
# "We, X, the importer of record, hereby file this protest", "We, X, object to".
_WE_NAME = re.compile(
    rf"\bWe,\s+(?P<name>{_NAME}),\s+(?:the\s+importer\s+of\s+record,\s+)?"
    r"(?:hereby\s+|respectfully\s+)?(?:protest|file|submit|object|appeal|contest|challenge)",
)
# A pleading's first paragraph names the party after its role and says what it is: "1. Protestant
# X is the importer of record, with its principal place of business at ...".
_ROLE_THEN_NAME = re.compile(
    rf"(?i:\b(?:the\s+)?(?:protestant|protesting\s+party))(?:,\s+|\s+)(?P<name>{_NAME}),?\s+"
    r"(?i:is\s+(?:the\s+|an?\s+)?(?:importer(?:\s+of\s+record)?|owner|consignee|purchaser)\b)")
# A memo names the party in apposition to its role: "The importer of record, X, protests the ...",
# "The protestant, X, hereby files this protest", "The protesting party, X, objects to ...".
_APPOSITIVE = re.compile(
    rf"(?i)\b(?:the\s+)?(?:importer\s+of\s+record|importer|protestant|protesting\s+(?:party|company)"
    rf"|(?:filing|protesting)\s+party),\s+(?P<name>{_NAME}),\s+(?:hereby\s+|respectfully\s+)?"
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
    rf"(?P<name>{_NAME}(?:,\s*(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|Incorporated|Limited)\b)?"
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
# A broker's export splits the address: "ADDRESS : 1 Main St" then "CITY/STATE/ZIP : City, ST".
# A filer's worksheet numbers them: "ADDRESS LINE 1 : 1 Main St" then "ADDRESS LINE 2 : City, ST".
_LINE_NUMBER = r"(?:\s+line\s*|\s*#\s*|\s+)"
_CITY_LABEL = re.compile(r"[ \t]*\n\s*(?:city\b[^:\n]{0,24}|(?:address|addr\.?)"
                         rf"{_LINE_NUMBER}[2-4]|line\s*[2-4])\s*:\s*(?P<city>[^\n]+)", re.I)
_ADDRESS_LINES = 3  # labelled lines after the first that one address may run over
_WRAPPED_CITY = re.compile(r"[ \t]*\n(?P<parts>(?:[ \t]*[^\n:]{1,50}\n){0,2})"
                           r"[ \t]*(?P<city>[^\n:]{2,60}?,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
                           r"[ \t]*$", re.M)
# "1. X, 9 Main St, City, ST 00000 (EIN ...) hereby files": a name cue that ran on over the address.
# "X, of 19 Canal Place, New Orleans, LA 70130 (the "Company")" likewise.
_NAME_THEN_ADDRESS = re.compile(
    rf"^(?:\d+[.)]\s+)?(?P<name>.+?),\s+(?:of\s+)?(?P<address>{US_ADDRESS})$"
)
# "Protestant: X, 1 Main St, City, ST 00000 ("Protestant"), acting through counsel": a labelled
# name whose address follows it in the same sentence, wrapped or not.
_NAME_THEN_ADDRESS_RUN = re.compile(
    rf"(?P<name>[^\n]+?),\s+(?:of\s+)?(?P<address>{US_ADDRESS})(?![\w-])"
)
# A unit's word ending a line, its number opening the next: "Suite" / "300, Tampa, FL".
_UNIT_BREAK = re.compile(r"(?i),\s*(?:suite|ste\.?|unit|room|rm\.?|apt\.?|bldg\.?)[ \t]*\n"
                         r"(?=[ \t]*[\w#-]{1,6},)")
_ENTRY_COUNT = re.compile(
    r"(?i)\s+[-–—]\s+(?:\d+|one|two|three|several|multiple)\s+entr(?:y|ies)\b.*$"
)
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
    rf"(?!the\b|{_DECISIONS})(?P<name>{_NAME})(?:\s+[-\u2013\u2014|]\s+[^\n]*)?\s*$",
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
    rf"(?P<name>(?=[^\n]*[a-z])(?![^\n]*\d{{3}}){_NAME}"
    # A legal form keeps its full stop ("Harborline Kitchenware Inc.").
    r"(?:(?:(?<=Inc)|(?<=Corp)|(?<=Co)|(?<=Ltd)|(?<=Bros)|(?<=L\.L\.C))\.)?)[ \t]*[:.]?[ \t]*$")
# A form's box number before its label: "6. ", "Box 6 ", "Item 6: ", "(1) ".
_BOX_NUMBER = (r"(?:(?:box|item|block|field)\s*\d{1,2}[a-z]?\s*[.:)-]?\s+|\d{1,2}[.)]\s+"
               r"|\(\d{1,2}[a-z]?\)\s*)")
# A label may join two names of the same party: "Importer / protestant", "Protestant or importer
# of record", "Protestant (importer)", "Importer & protestant".
# "Filing party", "Party filing", "Protesting company": the party by what it does.
# A filer's software abbreviates the importer of record: "IOR", "I.O.R.".
_IOR = r"(?:\bIOR\b|\bI\.O\.R\.?)"
_PARTY_WORD = (rf"(?:protestant|protesting\s+(?:party|company)|importer\s+of\s+record|importer"
               rf"|{_IOR}|client|filing\s+party|party\s+(?:filing|protesting))")
_JOINED_PARTY = (rf"{_PARTY_WORD}(?:\s*(?:/|\bor\b|&|\band\b)\s*{_PARTY_WORD}"
                 rf"|\s*\(\s*{_PARTY_WORD}\s*\))?")
_LABEL_NAME = re.compile(
    rf"(?m)^\s*{_BOX_NUMBER}?(?:{_JOINED_PARTY}"
    # "Protestant name:", "Importer's name:", "Name of the protesting party:", an export's
    # "protestant_name = " spelled out.
    rf"|(?:protestant|protesting\s+party|importer(?:\s+of\s+record)?|{_IOR}|client|company)"
    r"(?:'|’)?s?\s+name"
    r"|name\s+(?:and\s+address\s+)?of\s+(?:the\s+)?(?:protestant|protesting\s+party|importer))"
    r"\s*:\s*(?P<name>[^\n]+)$",
    re.I,
)
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
# What kind of address a sender names: "Registered address", "Address of record", "Office address".
_ADDRESS_KIND = r"(?:business|mailing|street|registered|principal|office|postal|company)\s+"
_LABEL_ADDRESS = re.compile(
    rf"(?m)^\s*{_BOX_NUMBER}?(?:(?:(?:protestant|importer|{_IOR}|protesting\s+party|client|company)"
    rf"(?:'|’)?s?\s+)?(?:{_ADDRESS_KIND})?(?:address|addr\.?)(?:\s+of\s+record)?"
    rf"(?:{_LINE_NUMBER}1)?|address\s+of\s+"
    r"(?:the\s+)?(?:protestant|importer))\s*:\s*(?P<address>[^\n]+)$",
    re.I,
)
# A section's number is short: "0401 PROTESTANT" is a port code beside a wrapped caption's tail.
_SECTION = re.compile(
    r"(?m)^\s*(?:[IVX]+|\d{1,2}|[A-H](?=[.)]))?[.)]?\s*(?:PROTESTANT|PROTESTING\s+PARTY|IMPORTER)\s*$"
)
# A form's section gives the party's name on a row of its own caption: "NAME  SUNWARD SOLAR ...".
_NAME_ROW = re.compile(r"(?i)^\s*(?:(?:company|legal|full|business)\s+)?name\s*[:.]?\s+(?=\S)")
_OTHER_ROW = re.compile(r"^[^:\n]{1,30}:")
_ADDRESS_END = re.compile(r"(?i)importer|IOR\b|tel\.?|phone|\(\d{3}\)|^\s*$|@|www\.|\.com\b")
# An importer writing for itself: "Our company protests", "Please accept our protest",
# "We are writing to protest", with the company named only in its letterhead.
# The sentence may wrap: "Our company disagrees with CBP's classification ... and / files this
# protest".
_FIRST_PERSON_PROTEST = re.compile(r"(?i)\b(?:we|our(?:\s+company)?)\b[^.]{0,120}?\bprotest")
# ... or that speaks of its own goods, entries and numbers ("Our importer number: ...", "What we
# imported: ...") in a letter that names no one it writes for (a client, a principal).
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us)\b")
_WRITES_FOR_ANOTHER = re.compile(
    r"(?i)\b(?:our|my)\s+(?:client|principal|customer)s?\b|\bon\s+behalf\s+of\b"
    r"|\b(?:counsel|attorneys?|agents?|brokers?)\s+(?:to|for)\b|\bwe\s+represent\b")
# Pronouns a sentence cue catches where a name should be: the party is then in the letterhead.
# A role word used as a defined term ("Protestant protests the ...", "The Importer hereby
# protests", "Undersigned protests") names no one either: the name is in a label or the head.
_PRONOUN = re.compile(
    r"(?i)^(?:we|us|our\s+(?:company|firm|business|client)|(?:the\s+)?(?:said\s+)?"
    r"(?:company|protestants?|importer(?:\s+of\s+record)?|client|claimant|petitioner|applicant"
    r"|filer|firm|party|protesting\s+party|undersigned(?:\s+(?:importer|party|company))?))$")
# A letterhead of counsel or a broker names the filer, not the protestant.
_FILER = FILER
_DATE_LINE = re.compile(r"^\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}"
                        r"|\d{1,2}[-/ ]\w+[-/ ]\d{2,4})\s*$")
# What a letter's date line may print before its date in any habit: "Friday, 7 March 2025",
# "on March 7, 2025". A captioned "DATE: ..." is a memo's header, no letterhead's.
_BEFORE_DATE = re.compile(r"(?i)^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|on\s+)*")


def _date_line(text: str) -> bool:
    """Whether TEXT is a letter's date and nothing else, in any of the habits dates are read in."""
    return bool(_DATE_LINE.match(text)) or \
        date_line(_BEFORE_DATE.sub("", text).rstrip(" .")) is not None


# "To the Port Director:" addresses as "To: Port Director" does.
_ADDRESSEE = re.compile(r"(?i)\s*(?:(?:to|attn\.?|attention)\s*:\s*|to\s+)?"
                        r"(?:(?:the\s+)?port\s+director"
                        r"|(?:U\.?\s?S\.?\s+)?customs\s+and\s+border\s+protection|CBP\b)")
# Where a signature block starts: "/s/", a closing, "By:".
_SIGNED_BLOCK = re.compile(r"(?im)/s/|^\s*(?:by:|respectfully|sincerely|very\s+truly|yours)")
# Counsel or a broker signs as the party's: "Counsel for X", "Attorneys for X", "Agent for X".
_SIGNED_FOR = re.compile(
    rf"(?im)^\s*(?:(?:counsel|attorneys?|agents?|brokers?|representative)\s+)?"
    rf"(?:for|on\s+behalf\s+of)\s*:?\s+(?!the\b)(?P<name>{_NAME})\s*$")
_STAMP_WORD = re.compile(r"(?i)^\s*(?:R ?E ?C ?E ?I ?V ?E ?D|FILED|CBP|date\s+stamp)\b"
                         r"|^\s*(?:U\.?\s?S\.?\s+)?customs\b")
_LETTERHEAD_REACH = 3  # lines at the head of a letter where its letterhead name may stand
_CITY_LINE = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")
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
    _labelled(stream, fields)
    for key, asked in (("protestant_name", _ASKED_NAME), ("protestant_address", _ASKED_ADDRESS)):
        if match := stream.search(asked):
            _put(stream, fields, key, match, key.split("_")[1], LABELLED)
    _section(stream, fields)
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
        _put(stream, fields, "protestant_name", match, "name", PROSE)
        if match.group("address"):
            _put(stream, fields, "protestant_address", match, "address", PROSE)
    for pattern, confidence in ((_DEFINED_TERM, PROSE), (_BY_COUNSEL, PROSE),
                                (_SUBJECT_OF_VERB, PROSE), (_WE_NAME, PROSE),
                                (_APPOSITIVE, PROSE), (_OFFICE_OF, PROSE),
                                (_ROLE_THEN_NAME, PROSE), (_PROTEST_FOR_LINE, PROSE)):
        if match := pattern.search(text):
            group = "of" if "of" in pattern.groupindex and match.group("of") else "name"
            _put(stream, fields, "protestant_name", match, group, confidence)
            if "address" in pattern.groupindex and match.group("address"):
                _put(stream, fields, "protestant_address", match, "address", confidence)
    if match := _OWN_ADDRESS.search(text):
        _put(stream, fields, "protestant_address", match, "address", PROSE)
    read_address_under(stream, fields)
    if caption := caption_name(stream):
        fields.put("protestant_name", caption[0], caption[1], WEAK)
    if match := _SUBJECT.search(text):
        _put(stream, fields, "protestant_name", match, "name", WEAK)
    _letterhead_party(stream, fields)
    _signed_for(stream, fields)
    _signature_party(stream, fields)
    read_running_party(stream, fields, bool(_WRITES_FOR_ANOTHER.search(text)))
    _corroborate(stream, fields)
    _letterhead_address(stream, fields)
    if match := _PORT.search(text):
        group = next(g for g in "abcdefg" if match.group(g))
        fields.put("port_code", match.group(group),
                   stream.evidence(match.start(group), match.end(group)), PROSE)
    _port_in_a_sentence(stream, fields)
    _signer(stream, fields)


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


def _cue_value(match: re.Match[str], group: str = "name") -> str:
    if group == "name" and "of" in match.re.groupindex and match.group("of"):
        group = "of"
    # A numbered paragraph's number ("1. X protests") is not part of the name, nor a subject
    # line's count of entries ("Protest of X - 2 entries").
    value = re.sub(r"^\d+[.)]\s+", "", fold(match.group(group) or "").rstrip(","))
    # ... nor the role run in before it as the paragraph's label ("1. Protestant X, by its").
    return _ENTRY_COUNT.sub("", _ROLE_LABEL.sub("", value))


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
    if run_in and _first_column(set_on) == set_on:
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
    if _PRONOUN.match(name.strip()):
        return ""
    return re.sub(r"[^a-z0-9]+", " ", name.casefold()).strip()


def _corroborate(stream: TextStream, fields: Fields) -> None:
    """Score the protestant's name by how many independent cues name the same party."""
    chosen = fields.items.get("protestant_name")
    if chosen is None:
        return
    cues = (_LABEL_NAME, _CLIENT, _DEFINED_TERM, _BY_COUNSEL, _SUBJECT_OF_VERB, _SUBJECT, _WE_NAME,
            _APPOSITIVE, _OFFICE_OF, _ASKED_NAME, _PROTEST_FOR_LINE)
    named = {_name_key(_cue_value(m)) for cue in cues if (m := _cue_match(cue, stream.text))}
    caption = caption_name(stream)
    if caption is not None:
        named.add(_name_key(caption[0]))
    key = _name_key(str(chosen.value))
    named.discard("")
    # The firm an importer writing for itself prints under its signer is one more cue; a
    # different firm there (not a spelling of the same one) is a party nobody can choose.
    firm = organisation_under_signer(stream.text) if _writes_for_itself(stream.text) else None
    if firm is not None and not _FILER.search(firm.name) \
            and not same_party(firm.name, str(chosen.value)):
        named.add(_name_key(firm.name))
    # ... and the same firm there agrees, as any other independent cue does.
    signed = firm is not None and not _FILER.search(firm.name) \
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
    if cue is _LABEL_NAME:
        return next(iter(_party_labels_first(list(cue.finditer(text)))), None)
    return cue.search(text)


def _cue_count(stream: TextStream, key: str, cues: tuple[re.Pattern[str], ...]) -> int:
    # The other cues that agree with the chosen one (the chosen cue itself not counted).
    agreeing = sum(1 for cue in cues if (m := _cue_match(cue, stream.text))
                   and _name_key(_cue_value(m)) == key)
    caption = caption_name(stream)
    agreeing += caption is not None and _name_key(caption[0]) == key
    return max(agreeing - 1, 0)


def _put(stream: TextStream, fields: Fields, key: str, match: re.Match[str], group: str,
         confidence: float) -> None:
    value = _cue_value(match, group)
    start, end = match.start(group), match.end(group)
    # A two-column block prints another field's value on the line beside it ("Address: 9800
    # Main Street      74-2906513"): the value is its own column's words.
    # A justified sentence's wide spaces are no such gap ("Our   client,   Acme Inc.").
    words = stream.words(start, end)
    if words and len(own := _first_column(words)) < len(words) and "\n" not in value \
            and words[len(own)].x0 - own[-1].x1 > _BLOCK_GAP * own[-1].height:
        value = fold(" ".join(w.text for w in own))
    if key == "protestant_name":
        if len(re.findall(r"[A-Za-z]", value)) < 2:  # "IOR No. 92-8056069 ("Protestant")"
            return
        if _PRONOUN.match(value):  # "Our company hereby protests": the name is elsewhere
            return
        if _THROUGH_COUNSEL.match(value):  # "The protestant, by its attorney, protests"
            return
        # "1. Protestant. X protests under 19 U.S.C. 1514": a run-in label over a sentence whose
        # subject is the party; the name ends where its verb begins.
        if verb := _LODGING_VERB.search(value):
            value = value[:verb.start()]
            if cut := _LODGING_VERB.search(stream.text, start, end):
                end = cut.start()
        if split := _NAME_THEN_ADDRESS.match(value):
            value = split.group("name")
            fields.put("protestant_address", fold(split.group("address")),
                       stream.evidence(start, end), confidence)
    city = _CITY_LABEL.match(stream.text, end) if key == "protestant_address" else None
    # "ADDRESS LINE 1: 48 Quarry St" / "ADDRESS LINE 2: Suite 210" / "ADDRESS LINE 3: City, ST":
    # the labelled lines of one address, taken down to its city line.
    lines = [city] if city else []
    while key == "protestant_address" and lines and not _CITY_LINE.search(
            lines[-1].group("city")) and len(lines) < _ADDRESS_LINES:
        if (more := _CITY_LABEL.match(stream.text, lines[-1].end("city"))) is None:
            break
        lines.append(more)
    if lines and _CITY_LINE.search(lines[-1].group("city")) and not _CITY_LINE.search(value):
        value = ", ".join([value, *(fold(line.group("city")) for line in lines)])
        end = lines[-1].end("city")
    elif key == "protestant_address" and not _CITY_LINE.search(value):
        # "Address: 310 South Main Street" / "Springdale, AR 72764": the city line wrapped
        # under its label, unlabelled (a line with a colon is the next field's).
        # ... its suite or building on a line of its own before the city line.
        wrapped = _WRAPPED_CITY.match(stream.text, end)
        parts = wrapped.group("parts").splitlines() if wrapped else []
        if wrapped and all(part_line(part) for part in parts):
            value = ", ".join([value, *(fold(part) for part in parts), fold(wrapped.group("city"))])
            end = wrapped.end("city")
    if value:
        _fuller_address(fields, key, value)
        fields.put(key, value, stream.evidence(start, end), confidence)


def _fuller_address(fields: Fields, key: str, value: str) -> None:
    """A street read alone by a reader that stops at the label's line gives way to the same
    address read with its wrapped city line: the fuller reading of the one label."""
    earlier = fields.items.get(key)
    if key == "protestant_address" and earlier is not None and isinstance(earlier.value, str) \
            and not _CITY_LINE.search(earlier.value) and _CITY_LINE.search(value) \
            and value.casefold().startswith(earlier.value.casefold()):
        del fields.items[key]


def _labelled(stream: TextStream, fields: Fields) -> None:
    for key, pattern, group in (("protestant_name", _LABEL_NAME, "name"),
                                ("protestant_address", _LABEL_ADDRESS, "address")):
        matches = [m for m in stream.finditer(pattern) if key != "protestant_name"
                   or not re.match(r"\s*(?:no\.?|number)\b", m.group(group), re.I)]
        if key == "protestant_name":
            matches = _party_labels_first(matches)
        for match in matches:
            if key == "protestant_name" and _address_runs_on(stream, fields, match):
                break
            _put(stream, fields, key, match, group, LABELLED)
            if key == "protestant_name":
                _address_under_name(stream, fields, match.end() + 1)
            break


def _party_labels_first(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels naming the protestant or importer, and only without them one naming who
    files ("Filing party: Harbor Customs Brokerage" over "Importer of record: Acme Inc.")."""
    def who_files(match: re.Match[str]) -> bool:
        return bool(WHO_FILES.search(match.string, match.start(), match.start("name")))

    party = [m for m in matches if not who_files(m)]
    return party or matches


# The verb of a sentence lodging the protest after its subject, the party's name.
# A role run in as a paragraph's label before the party's name: "Protestant X", "The
# Protestant, X", "PROTESTING PARTY X".
_ROLE_LABEL = re.compile(r"^(?i:(?:the\s+)?(?:protestant|protesting\s+party))[,:.]?\s+"
                         r"(?=[A-Z0-9])")
# How a party acts through its lawyer, set off by commas where a name might stand.
_THROUGH_COUNSEL = re.compile(r"(?i)^(?:by|through)\s+(?:its|their|his|her|the)?\s*"
                              r"(?:undersigned\s+)?(?:attorneys?|counsel)\b")
_LODGING_VERB = re.compile(r",?\s+(?:hereby\s+|respectfully\s+)*(?:protests|files\s+this"
                           r"|submits\s+this|objects\s+to|contests|challenges)\b")
_STREET_FIRST = re.compile(r"(?i)^\s*(?:\d|p\.?\s*o\.?\s+box\b)")


def _address_under_name(stream: TextStream, fields: Fields, start: int) -> None:
    """The party's address on the unlabelled lines under its labelled name ("Box 6 Protesting
    party: X" / "22 Foundry Lane" / "Worcester, MA 01608"), read before any other "Address:"
    label (a broker's or counsel's own, in the signature block)."""
    lines = stream.text[start:].split("\n")[:3]
    if not lines or not _STREET_FIRST.match(lines[0]):
        return
    taken: list[str] = []
    for line in lines:
        if ":" in line or _ADDRESS_END.search(line):
            return
        taken.append(line)
        if _CITY_LINE.search(line):
            end = start + sum(len(x) + 1 for x in taken) - 1
            fields.put("protestant_address", ", ".join(fold(x) for x in taken),
                       stream.evidence(start, end), LABELLED)
            return


def _address_runs_on(stream: TextStream, fields: Fields, match: re.Match[str]) -> bool:
    """A labelled name with its address after it, wrapped on to the next line or followed by
    more of the sentence: both are put, split at the address."""
    start = match.start("name")
    next_end = stream.text.find("\n", match.end("name") + 1)
    # "..., 18 Harbor Loop, Suite" / "300, Tampa, FL 33602": a unit's number wrapped under its
    # word is one part of the address (a space for the break keeps every offset).
    text = _UNIT_BREAK.sub(lambda m: m.group(0).replace("\n", " "), stream.text)
    run = _NAME_THEN_ADDRESS_RUN.match(text[:len(text) if next_end < 0 else next_end], start)
    if run is None or not (name := _cue_value(run, "name")):
        return False
    fields.put("protestant_name", name, stream.evidence(run.start("name"), run.end("name")),
               LABELLED)
    fields.put("protestant_address", fold(run.group("address")),
               stream.evidence(run.start("address"), run.end("address")), LABELLED)
    return True


def _section(stream: TextStream, fields: Fields) -> None:
    """A "I. PROTESTANT" section: the name on the next line, the address lines below it."""
    heading = stream.search(_SECTION)
    if heading is None:
        return
    lines = stream.text[heading.end() + 1:].split("\n")
    if not lines or not lines[0].strip():
        return
    start = heading.end() + 1
    row = _NAME_ROW.match(lines[0])
    name = lines[0][row.end():] if row else lines[0]
    if _OTHER_ROW.match(name):
        return  # the section's first row is another caption's ("Importer no.: ...")
    fields.put("protestant_name", fold(name),
               stream.evidence(start + (row.end() if row else 0), start + len(lines[0])), SECTION)
    _address_lines(stream, fields, start + len(lines[0]) + 1, lines[1:], SECTION)


# A line naming a unit of the firm or whom to mark a letter for ("Trade Compliance Department",
# "Attn: Import Manager"): printed over the street, no part of the address.
_UNIT_LINE = re.compile(r"(?i)^(?!.*\d)(?:.*\b(?:department|dept\.?|division)|\s*(?:attn\.?"
                        r"|attention)\b)")


def _address_lines(stream: TextStream, fields: Fields, start: int, lines: list[str],
                   confidence: float) -> None:
    taken: list[str] = []
    # A letterhead prints its address on one line with separators: "12 Pier Rd | Newark, NJ".
    lines = [part for line in lines[:4] for part in ADDRESS_PART_SEPARATOR.split(line)]
    while len(lines) > 1 and _UNIT_LINE.match(lines[0]) and _STREET_FIRST.match(lines[1]):
        start += len(lines.pop(0)) + 1
    for line in lines[:4]:
        if _ADDRESS_END.search(line):
            break
        taken.append(fold(line))
        if _CITY_LINE.search(line):
            break
    if taken and _CITY_LINE.search(taken[-1]):
        length = sum(len(x) + 1 for x in lines[:len(taken)])
        fields.put("protestant_address", ", ".join(taken), stream.evidence(start, start + length),
                   confidence)


def _letterhead_address(stream: TextStream, fields: Fields) -> None:
    """An importer writing for itself prints its name and address at the head of the letter or
    under the signature: the lines after a line that is the name alone."""
    name = fields.value("protestant_name")
    if not name or "protestant_address" in fields.items:
        return
    lines = stream.text.split("\n")
    for index, line in enumerate(lines):
        if fold(line).casefold() == fold(name).casefold():
            # A letterhead may print the name twice (a logotype, then the name): the address
            # is under the last of them.
            while index + 1 < len(lines) and fold(lines[index + 1]).casefold() == \
                    fold(name).casefold():
                index += 1
            start = sum(len(x) + 1 for x in lines[:index + 1])
            if _column_between(stream, start - len(lines[index]) - 1, start) and not \
                    _set_right(stream, start - len(lines[index]) - 1, start):
                break  # a stamp's or a number's lines between the letterhead's own
            _address_lines(stream, fields, start, lines[index + 1:], WEAK)
            return
    _beside_a_column(stream, fields, name)


def _column_between(stream: TextStream, name_at: int, after: int) -> bool:
    """Whether a line between the name and its city line starts right of the name's end:
    another column's line printed between the letterhead's lines (a centred letterhead's lines
    start within the name's span)."""
    name = stream.words(*stream.line_of(name_at))
    for _ in range(4):
        if after >= len(stream.text):
            break
        begin, end = stream.line_of(after)
        words = stream.words(begin, end)
        if name and words and words[0].x0 > name[-1].x1:
            return True
        if _CITY_LINE.search(stream.text[begin:end]):
            return False
        after = end + 1
    return False


_STREET = re.compile(r"^\s*(?:\d|P\.?\s*O\.?\s+Box\b|One\b|Suite\b|Unit\b)", re.I)


def _set_right(stream: TextStream, name_at: int, after: int) -> bool:
    """Whether the lines under the name are its address set flush right: a street line, then
    down to a city line, every line wholly right of the name and nothing on its left (a
    stamp's or a number's lines between the letterhead's own are no street and city)."""
    name = stream.words(*stream.line_of(name_at))
    for count in range(3):
        if after >= len(stream.text) or not name:
            return False
        begin, end = stream.line_of(after)
        words, text = stream.words(begin, end), stream.text[begin:end]
        if not words or words[0].x0 <= name[-1].x1 or (count == 0 and not _STREET.match(text)):
            return False
        if _CITY_LINE.search(text):
            return True
        after = end + 1
    return False


_ALIGNED = 3.0  # points: how far a letterhead's lines may start from its name's left edge
_BESIDE_LINES = 8  # lines after the name within which its address must end


def _beside_a_column(stream: TextStream, fields: Fields, name: str) -> None:
    """A letterhead printed beside another column (a RECEIVED stamp, the protest number at the
    right): each line holds both, so the name and the address lines are the left-hand runs of
    words that start where the name starts, down to the city line."""
    begin, after = 0, 0
    left: float | None = None
    right = 0.0
    taken: list[list[Word]] = []
    while begin < len(stream.text) and len(taken) < 4 and after < _BESIDE_LINES:
        end = stream.line_of(begin)[1]
        run = _left_run(stream.words(begin, end))
        begin = end + 1
        text = fold(" ".join(w.text for w in run))
        if left is None:
            if run and text.casefold() == fold(name).casefold():
                left, right = run[0].x0, run[-1].x1
            continue
        after += 1
        if run and run[0].x0 > right:
            continue  # a line of the other column only ("Protest No. ..." at the right)
        if not run or run[0].x0 < left - _ALIGNED or _ADDRESS_END.search(text):
            return
        taken.append(run)
        if _CITY_LINE.search(text):
            fields.put("protestant_address",
                       ", ".join(fold(" ".join(w.text for w in ws)) for ws in taken),
                       evidence_of([w for ws in taken for w in ws]), WEAK)
            return


def _left_run(words: list[Word]) -> list[Word]:
    """A line's words up to the first gap wide enough to start another column."""
    for index in range(1, len(words)):
        before = words[index - 1]
        if words[index].x0 - before.x1 > _COLUMN_GAP * before.height or \
                words[index].page != before.page:
            return words[:index]
    return words


def _letterhead_party(stream: TextStream, fields: Fields) -> None:
    """An importer that protests in the first person ("our company protests") is the party
    named at the head of its letter, over a street address that ends in a city line."""
    first_person = _FIRST_PERSON_PROTEST.search(stream.text) or (
        _FIRST_PERSON.search(stream.text) and not _WRITES_FOR_ANOTHER.search(stream.text))
    # A letter in the third person that names no client, no label and no one in its prose is
    # sent by the party whose letterhead (a name over its street and city) heads it.
    impersonal = not first_person and not _WRITES_FOR_ANOTHER.search(stream.text)
    if "protestant_name" in fields.items or not (first_person or impersonal):
        return
    # A fax's cover sheet heads the document, the letter's own head is on the page after it;
    # a receipt stamp printed over the letterhead is CBP's.
    head = past_stamp(stream.text, letter_start(stream))
    lines = stream.text[head:].split("\n")
    # A RECEIVED stamp or a reference block set beside the letterhead shares its lines: the
    # letterhead is each line's left-hand run of words.
    runs = _left_runs(stream, head, lines[:_LETTERHEAD_REACH + _BESIDE_LINES])
    for index, line in enumerate(lines[:_LETTERHEAD_REACH]):
        name = fold(runs[index][0])
        # A line wholly right of the name is the other column's (the reference block's "Our
        # ref.:", "IOR:", the date), not under the name.
        under = [text for text, left, _ in runs[index + 1:]
                 if left is None or left <= runs[index][2]][:3]
        below = [part for following in under for part in ADDRESS_PART_SEPARATOR.split(following)]
        # A receipt stamp ("RECEIVED" / date / "CBP") over the letterhead names no sender.
        # A web form's caption over its value ("Mailing address" / "1 Main St") is no name.
        if (not re.search(r"[A-Za-z]{2}", name) or re.search(r"\d", name)
                or _FILER.search(name) or not below or _STAMP_WORD.match(name)
                or caption_of(name)):
            continue
        # The address under the name, or none: the letter's date or the addressee block (CBP,
        # the port director) follows the name at once.
        addressed = bool(_STREET.match(below[0])) and any(_CITY_LINE.search(p) for p in below[:3])
        # ... or the party's own numbers and contacts ("Importer of record no. 38-...", "Tel.").
        contact = below[0].strip() and _ADDRESS_END.search(below[0])
        if impersonal and not addressed:
            continue
        if addressed or contact or _date_line(below[0]) or _ADDRESSEE.match(below[0]):
            start = head + sum(len(x) + 1 for x in lines[:index])
            fields.put("protestant_name", name, stream.evidence(start, start + len(line)), WEAK)
            return


def _left_runs(stream: TextStream, head: int,
               lines: list[str]) -> list[tuple[str, float | None, float]]:
    """Each of LINES (from offset HEAD) as its left-hand run of words, up to a column's gap,
    with where that run starts and ends (None, infinity for a line of no words)."""
    runs: list[tuple[str, float | None, float]] = []
    start = head
    for line in lines:
        words = stream.words(start, start + len(line))
        left = _left_run(words) if words else []
        text = " ".join(w.text for w in left) if len(left) < len(words) else line
        runs.append((text, left[0].x0, left[-1].x1) if left else (text, None, float("inf")))
        start += len(line) + 1
    return runs


def _signature_party(stream: TextStream, fields: Fields) -> None:
    """An importer writing for itself whose letterhead prints only its address names itself
    under its signer ("/s/ Ann Lee" / "Ann Lee" / "Director" / "Acme Inc."): a single weak cue,
    with the address from the head of the letter, which is then the party's own. A sheet that
    names no one it writes for and prints the firm with its street and city lines under its
    signer ("Import Manager" / "Acme Inc." / "1 Main St" / "Houston, TX 77036") names the party
    there, with that address."""
    if "protestant_name" in fields.items or _WRITES_FOR_ANOTHER.search(stream.text):
        return
    firm = organisation_under_signer(stream.text)
    if firm is None or _FILER.search(firm.name):
        return
    itself = _writes_for_itself(stream.text)
    after = stream.text.find("\n", firm.end) + 1  # the line under the firm's
    below = stream.text[after:].split("\n")[:2] if after else []
    with_address = len(below) == 2 and bool(_STREET_FIRST.match(below[0])) \
        and bool(_CITY_LINE.search(below[1].rstrip()))
    if not (itself or with_address):
        return
    fields.put("protestant_name", firm.name, stream.evidence(firm.start, firm.end), WEAK)
    if "protestant_address" in fields.items:
        return
    if not itself:  # the address printed under the firm, not a letterhead's
        _address_lines(stream, fields, after, below, WEAK)
        return
    head = letter_start(stream)
    lines = stream.text[head:].split("\n")
    offset = head
    for line in lines[:_LETTERHEAD_REACH + 3]:  # a receipt stamp's lines may come first
        parts = ADDRESS_PART_SEPARATOR.split(line)
        if _STREET_FIRST.match(parts[0]) and any(_CITY_LINE.search(p) for p in parts[:3]):
            _address_lines(stream, fields, offset, [line], WEAK)
            return
        offset += len(line) + 1


def _writes_for_itself(text: str) -> bool:
    """The sender is the party: it protests in the first person and names no client."""
    return bool(_FIRST_PERSON_PROTEST.search(text) or _FIRST_PERSON.search(text)) \
        and not _WRITES_FOR_ANOTHER.search(text)


def _signed_for(stream: TextStream, fields: Fields) -> None:
    """A signature block that signs for the party ("/s/ Name" / "for X Co." or "For: X Co.")
    names the protestant, with its address on the lines under it; counsel's own firm is not."""
    if "protestant_name" in fields.items:
        return
    signed = stream.search(_SIGNED_BLOCK)
    if signed is None:
        return
    for match in stream.finditer(_SIGNED_FOR, signed.start()):
        name = fold(match.group("name")).rstrip(",")
        if _FILER.search(name) or _PRONOUN.match(name) or not re.search(r"[A-Za-z]{2}", name):
            continue
        fields.put("protestant_name", name,
                   stream.evidence(match.start("name"), match.end("name")), WEAK)
        if "protestant_address" not in fields.items:
            after = match.end() + 1
            _address_lines(stream, fields, after, stream.text[after:].split("\n"), WEAK)
        return


def _signer(stream: TextStream, fields: Fields) -> None:
    # An e-mail's sign-off ("Thanks and regards,") and a block typed after the last sentence
    # with no closing word are the weaker cues, read where no other names the signer.
    # The block's marks ("(Sgd.)", "Dr.", "| Title", "Print Name:") are set aside first; a
    # courtesy title set aside is put back before the name ("Dr. Ann Lee").
    text = _whose_blanked(_without_separators(_closing_column(stream, unmarked(stream.text))))
    if signer := signer_in(text) or signed_for_party(text) or signer_after_sign_off(text) \
            or signed_under_party(text) or signed_at_end(text):
        signer = as_typed(stream.text, signer)
        words = _first_column(stream.words(signer.start, signer.end))
        name = " ".join(w.text for w in words) if words else signer.name
        # The text reader's name may be shorter than the cell ("Ann Lee, Manager" cut at its
        # comma); the column only ever cuts it shorter.
        name = name if len(name) < len(signer.name) else signer.name
        # A scan's text layer reads a middle initial "I." as "|.".
        name = re.sub(r"(?<!\S)\|(?=\.?(?:\s|$))", "I", name)
        fields.put("signer_name", fold(name), evidence_of(words) if words else None,
                   WEAK if signer.weak else PROSE)


# A signature row's caption saying whose signature goes on its rule: "Signature of protestant
# or agent: ____", "Signature of the importer or its agent: ____".
_WHOSE = re.compile(r"(?im)^[^\S\n]*signature(?P<whose>[^\S\n]+of[^\S\n]+[^:_\n]{2,50}?)"
                    r"(?=[^\S\n]*:?[^\S\n]*_{3,})")


def _whose_blanked(text: str) -> str:
    """TEXT with the words of whose signature a row's caption names blanked (positions held):
    the row then reads as "Signature: ____" over the name the form prints under it."""
    return _WHOSE.sub(lambda m: m.group(0)[:m.start("whose") - m.start()]
                      + " " * len(m.group("whose")), text)


# A rule of underscores over a line no one signs: a label's line ("Port: 3901") or a dated one
# ("Submitted 03-AUG-2025"). It separates a letterhead from the letter; a name has no digits.
_SEPARATOR = re.compile(r"(?m)^[^\S\n]*_{5,}[^\S\n]*$(?=\n[^\S\n]*[^\n]*(?:\d|:))")


def _without_separators(text: str) -> str:
    """TEXT with each separating rule blanked (positions held): the signature line reader
    would take the line under it for the signer's name."""
    return _SEPARATOR.sub(lambda rule: " " * len(rule.group()), text)


def _closing_column(stream: TextStream, text: str) -> str:
    """TEXT with what stands in a column beside a closing blanked ("Respectfully submitted,"
    with "Dated: May 2, 2025" to its right, as a pleading's signature block sets it): the
    closing then stands alone on its line, as the signature reader asks."""
    for match in CLOSINGS.finditer("closing", text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        words = stream.words(start, end)
        first = _first_column(words)
        if words and len(first) < len(words):
            cut = start + len(" ".join(w.text for w in first))
            if cut >= match.end():
                text = text[:cut] + " " * (end - cut) + text[end:]
    return text


_COLUMN_GAP = 1.5  # line heights: wider than any space between words, a gap between columns
_BLOCK_GAP = 4.0  # line heights: wider than a justified line's spaces, a gap between blocks


def _first_column(words: list[Word]) -> list[Word]:
    """The words of a signature row's first cell: a form's "Signature | Title | Date" row ("/s/
    Ann Lee    Import Manager    Dec. 17, 2025") is one line of text but three cells."""
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        if word.page == before.page and abs(word.top - before.top) < before.height \
                and word.x0 - before.x1 > _COLUMN_GAP * before.height:
            return words[:index]
    return words

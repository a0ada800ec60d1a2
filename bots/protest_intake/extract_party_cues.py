"""The wordings the protest party's readers share: its confidences, the label naming the party,
the lines that end an address, first-person and pronoun cues."""

from __future__ import annotations

import re

SECTION = 0.9  # a value under a PROTESTANT section heading
WEAK = 0.75  # a value from a caption, subject line or memo head
# A name may hold a bracketed part of itself ("Marigold Textiles (USA) Inc."): short, capitalised,
# and followed by more of the name, unlike a defined term or an importer number in brackets.
NAME = r"[A-Z0-9](?:[^()\n;:\"“”]|\([A-Z][A-Za-z.&' ]{0,24}\)(?=[ \t]+[A-Z]\w)){1,90}?"
# A form's box number before its label: "6. ", "Box 6 ", "Item 6: ", "(1) ".
BOX_NUMBER = (r"(?:(?:box|item|block|field)\s*\d{1,2}[a-z]?\s*[.:)-]?\s+|\d{1,2}[.)]\s+"
               r"|\(\d{1,2}[a-z]?\)\s*)")
# A label may join two names of the same party: "Importer / protestant", "Protestant or importer
# of record", "Protestant (importer)", "Importer & protestant".
# "Filing party", "Party filing", "Protesting company": the party by what it does.
# A filer's software abbreviates the importer of record: "IOR", "I.O.R.".
IOR = r"(?:\bIOR\b|\bI\.O\.R\.?)"
_PARTY_WORD = (rf"(?:protestant|protesting\s+(?:party|company)|importer\s+of\s+record|importer"
               rf"|{IOR}|client|filing\s+party|party\s+(?:filing|protesting))")
_JOINED_PARTY = (rf"{_PARTY_WORD}(?:\s*(?:/|\bor\b|&|\band\b)\s*{_PARTY_WORD}"
                 rf"|\s*\(\s*{_PARTY_WORD}\s*\))?")
LABEL_NAME = re.compile(
    rf"(?m)^\s*{BOX_NUMBER}?(?:{_JOINED_PARTY}"
    # "Protestant name:", "Importer's name:", "Name of the protesting party:", an export's
    # "protestant_name = " spelled out.
    rf"|(?:protestant|protesting\s+party|importer(?:\s+of\s+record)?|{IOR}|client|company)"
    r"(?:'|’)?s?\s+name"
    r"|name\s+(?:and\s+address\s+)?of\s+(?:the\s+)?(?:protestant|protesting\s+party|importer))"
    r"\s*:\s*(?P<name>[^\n]+)$",
    re.I,
)
ADDRESS_END = re.compile(r"(?i)importer|IOR\b|tel\.?|phone|\(\d{3}\)|^\s*$|@|www\.|\.com\b")
# An importer writing for itself: "Our company protests", "Please accept our protest",
# "We are writing to protest", with the company named only in its letterhead.
# The sentence may wrap: "Our company disagrees with CBP's classification ... and / files this
# protest".
FIRST_PERSON_PROTEST = re.compile(r"(?i)\b(?:we|our(?:\s+company)?)\b[^.]{0,120}?\bprotest")
# ... or that speaks of its own goods, entries and numbers ("Our importer number: ...", "What we
# imported: ...") in a letter that names no one it writes for (a client, a principal).
FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us)\b")
WRITES_FOR_ANOTHER = re.compile(
    r"(?i)\b(?:our|my)\s+(?:client|principal|customer)s?\b|\bon\s+behalf\s+of\b"
    r"|\b(?:counsel|attorneys?|agents?|brokers?)\s+(?:to|for)\b|\bwe\s+represent\b")
# Pronouns a sentence cue catches where a name should be: the party is then in the letterhead.
# A role word used as a defined term ("Protestant protests the ...", "The Importer hereby
# protests", "Undersigned protests") names no one either: the name is in a label or the head.
PRONOUN = re.compile(
    r"(?i)^(?:we|us|our\s+(?:company|firm|business|client)|(?:the\s+)?(?:said\s+)?"
    r"(?:company|protestants?|importer(?:\s+of\s+record)?|client|claimant|petitioner|applicant"
    r"|filer|firm|party|protesting\s+party|undersigned(?:\s+(?:importer|party|company))?))$")
LETTERHEAD_REACH = 3  # lines at the head of a letter where its letterhead name may stand
CITY_LINE = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")
STREET_FIRST = re.compile(r"(?i)^\s*(?:\d|p\.?\s*o\.?\s+box\b)")

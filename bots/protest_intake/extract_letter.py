"""Counsel's protest letters: a Re: block or prose, entries in a table or in the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bots.common.reading.address_lines import lines_set_under
from bots.common.reading.bilingual import english_captions
from bots.common.reading.dates import DateMatch, find_dates
from bots.common.reading.lines import BROKEN_PHRASE, join_wrapped, wrapped_lines
from bots.common.reading.pairs_on_line import pairs_apart
from bots.common.reading.parties import STATE_ZIP
from bots.common.reading.run_in_labels import labels_on_lines
from bots.protest_intake.extract_argued_after import read_argued_after
from bots.protest_intake.extract_argument import read_argument
from bots.protest_intake.extract_category import refine_category
from bots.protest_intake.extract_decision import read_decision
from bots.protest_intake.extract_earlier import read_earlier_protest, same_disposition_asked
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import (
    LABELLED,
    POINTED,
    POINTER,
    PROSE,
    RECEIPT_LABEL,
    STAMPED,
    Fields,
    category_of,
    chosen_options,
    earliest_category,
    fold,
    full_line,
    importer_number_in,
    protest_number_in,
)
from bots.protest_intake.extract_goods_namely import GOODS_IN_SENTENCE, read_goods_namely
from bots.protest_intake.extract_objection_reasons import DEFERRED, deferred
from bots.protest_intake.extract_paragraphs import read_numbered_objection
from bots.protest_intake.extract_party import read_party
from bots.protest_intake.extract_party_cues import SECTION
from bots.protest_intake.extract_reasons_fault import read_reasons_fault
from bots.protest_intake.extract_surety import read_surety
from bots.protest_intake.letterhead import agents_letterhead_end
from bots.protest_intake.phrasings import PROTEST, objection_heading
from bots.protest_intake.receipt_column import across_gutter, dates_in_column
from tradebots.facts import Evidence
from tradebots.pdf import (
    FieldText,
    PdfDocument,
    Segment,
    TextStream,
    find_labels,
    read_below,
    read_field,
    read_right,
)

# A receipt stamp shouts, sometimes letter-spaced ("R E C E I V E D"); "received" in prose does not.
# A line opening "Received:" or a clerk's "[CBP RECEIPT STAMP]" marks the receipt too.
_STAMP = re.compile(r"\bR ?E ?C ?E ?I ?V ?E ?D\b|(?im:^\s*(?:CBP\s+)?(?:date\s+)?received\s*:)"
                    r"|(?i:\breceipt\s+stamp\b)")
_STAMP_REACH = 80  # characters after RECEIVED where the stamp's date is printed
_STAMP_LINES = 3  # lines of a stamp under RECEIVED: the port, the date, an officer's initials
# A line labelled with the receipt however a sender words it ("Protest Filed / Received by CBP:",
# "Date filed:", "Filing date:"; filing is receipt, 174.12(f)): its date is on that line.
# A note in brackets may follow the label: "Date filed (ACE):", "Receipt date (CBP use):".
# A clerk's note typed without a colon, the date straight after it: "Received by CBP on Sept. 2,
# 2025", "Received 09/02/2025 by CBP LAX", "Receipt date 02-Sep-2025". Capitalised, at a line's
# start: "received on" inside a wrapped sentence is someone else's receipt.
_RECEIPT_NOTE = (r"(?-i:Received|RECEIVED|Receipt|RECEIPT|Date\s+of\s+receipt|Date\s+received)"
                 r"(?:\s+date)?(?:\s+(?:by|at)\s+(?:CBP|(?:the\s+)?port"
                 r"(?:\s+of\s+[A-Z][\w ]{0,30}?)?))?"
                 r"(?:\s+on)?[^\S\n]+(?=\d|[A-Z][a-z]{2})")
# CBP's own box may stand beside another pair on its line, named as CBP's: "Importer no.:
# 38-7864900    CBP use - Date received: 2024-12-02", "... For CBP use only: Receipt date: ...".
_CBP_BOX = (r"[^\S\n](?:for[^\S\n]+)?(?:CBP|office|official)[^\S\n]+use(?:[^\S\n]+only)?"
            r"[^\S\n]*[-\u2013\u2014:][^\S\n]*")
_RECEIPT_LINE = re.compile(rf"(?im)(?:^[^\S\n]*|{_CBP_BOX})"
                           rf"(?:{RECEIPT_LABEL}(?:[^\S\n]*\([^()\n]*\))?[^\S\n]*:"
                           rf"|{_RECEIPT_NOTE})(?P<rest>[^\n]*)")
_NOTE_TAIL = 40  # characters a note may run on after its date ("by CBP LAX", "(stamp)")
_NAMES_RECEIPT = re.compile(r"(?i)\brec(?:eived|eipt)\b|\bCBP\b")
# Stamps word the number many ways: "Protest No.", "Protest Number:", "PROTEST #", "Protest
# Nbr.", "Protest No. (CBP)"; the number's own shape (port-year-serial) is the surer cue.
# A subject line may cite the statute between the word and the number: "Re: Protest under 19
# U.S.C. 1514, No. 3002-25-195759"; then the number's own label ("No.", "Number", "#") marks it.
_PROTEST_NUMBER = re.compile(
    r"(?:\bprotest\b(?:[^\n\d]{0,24}?|[^\n]{0,60}?(?:\bno\.?|\bnumber|#)\s*)"
    # ... or the stamp's own: "RECEIVED   No. 2809-25-190145", or on the stamp's next lines,
    # under its date: "RECEIVED" / "07/22/2024" / "No. 3002-24-470635".
    r"|(?-i:\bRECEIVED\b)(?:[^\n]{0,20}\n){0,2}[^\S\n]*[-–:,]?[^\S\n]*(?:no\.?|number|#)"
    r"[^\S\n]*)"
    r"(\d{4}\s*-\s*\d{2,4}\s*-\s*\d{6})(?!\d)", re.I
)
_EARLIER = re.compile(r"(?i)earlier|prior|previous|related|pending|companion"
                      r"|same\s+(?:disposition|result|outcome|treatment|decision|relief)"
                      r"|decided\s+(?:like|as)")
# A port's label and its code, the name before it however set off: "Port: 1303", "Port code:
# Baltimore (1303)", "Port: Baltimore - 1303", "Port of entry: Baltimore, MD / 1303"; the
# label may carry a note in brackets before its colon ("Port of entry (code):", "Port code (4
# digits):", "Port [Schedule D code]:"), which says what is asked and is no part of the value.
_PORT = re.compile(
    r"port\s+of\s+[A-Za-z .'-]{2,40}?\s*\((\d{4})\)"
    r"|port(?:\s+of\s+entry)?(?:\s+code)?(?:\s*[(\[][^()\[\]\n]{1,30}[)\]])?\s*:\s*"
    r"(?:[A-Za-z][A-Za-z .',]{0,40}?\s*(?:\(|[-–—/|]|,)\s*)?(?<!\d)(\d{4})(?!\d)",
    re.I,
)
_IMPORTER = re.compile(
    r"(?:importer(?:\s+of\s+record)?(?:'s)?\s+(?:no\.?|number|id|#)|\bIOR(?:\s+(?:no\.?|number|#))?"
    # "IRS/EIN No.: 52-4417830": the form's own caption, both registries named.
    r"|\b(?:IRS\s*/\s*)?EIN\b(?:\s+(?:no\.?|number|\#))?|IRS\s+(?:no\.?|number))"
    # "Importer number of the protestant: 75-...", a form's question put as a label.
    r"(?:\s+of\s+(?:the\s+)?(?:protestant|protesting\s+party|importer(?:\s+of\s+record)?))?"
    # A label qualified in brackets names the register or role: "IMPORTER NO. (IOR):",
    # "Importer number (IRS/EIN):", "Importer No. (CBP-assigned)".
    r"(?:[^\S\n]*\([^()\d\n]{1,30}\))?"
    # "IOR number is 64-...", "EIN, used as its importer number, is 59-...": a label in prose
    # reaches its number through a short clause ending in a copula.
    # The clause may wrap at its copula: "Our importer number" / "is 14-6065461."
    r"(?:[^\S\n]*:?|[^\d\n.;:]{0,40}?(?:\n[^\S\n]*)?\b(?:is|was)[^\S\n]*:?)"
    r"\s*([0-9](?:[0-9A-Z]|-\s*){6,16})",
    re.I,
)
# A broker or agent filing under a power of attorney may print its own importer number too.
FILERS_OWN = re.compile(r"(?i)\bagent\b|\bbroker|power\s+of\s+attorney|\bfiler\b")
# "As agent for X, ... (EIN ...)": the number named after the client is the client's.
FILER_FOR = re.compile(r"(?i)\b(?:agent|broker|attorney-in-fact)\s+for\s+[A-Z]")


# A caption naming the importer of record: an agent prints its own number as its EIN or tax
# ID, never as an "IOR No." -- one in the letterhead is the client's (or the importer's own).
_NAMES_IMPORTER = re.compile(r"(?i)\bIOR\b|\bimporter\b")


def names_importer(label: str) -> bool:
    """Whether a number's LABEL names the importer of record, not a registry (EIN, IRS)."""
    return bool(_NAMES_IMPORTER.search(label))


def filers_own(before: str) -> bool:
    """Whether the words BEFORE a number name it the broker's or agent's own, not the importer's."""
    return bool(FILERS_OWN.search(before)) and not FILER_FOR.search(before)
_BEHALF = re.compile(
    r"on\s+behalf\s+of\s+(?P<name>.+?),\s+whose\s+address\s+is\s+(?P<address>.+?)"
    r"(?=\s+\((?:importer|IOR)|,\s+we\s+)",
    re.I | re.S,
)
_PROTESTS = re.compile(
    r"hereby\s+protests?\s+(?:the\s+)?(?P<what>.+?)\s+(?:concerning|of|as\s+to)\b", re.I | re.S
)
_GOODS = re.compile(r"merchandise\s+consists\s+of\s+(?P<what>.+?)\.(?=\s|$)", re.I | re.S)
# The goods as the subject of a sentence that says which goods the protest covers: "The
# merchandise subject to this protest is ...", "The goods at issue are ...", "The articles
# covered by this protest comprise ...". A plain "The merchandise is ..." says what the goods are
# (classified, entitled, dutiable) as often as what they are called: it is not read.
_GOODS_AT_ISSUE = re.compile(
    r"\b(?:merchandise|goods|products|articles|items)\s+(?:(?:that\s+(?:is|are)\s+)?(?:the\s+)?"
    r"(?:subject\s+(?:to|of)\s+(?:this|the)\s+protest|at\s+issue|in\s+(?:issue|question)"
    r"|covered\s+by\s+(?:this|the)\s+protest|under\s+protest|protested(?:\s+here(?:in)?)?)"
    r"(?:\s+herein)?,?\s+(?:is|are|consists?\s+of|comprises?|includes?)"
    r"|(?:comprises?|consist\s+of))\s+"
    # What the goods are said to be, not a finding about them ("... is properly classified").
    r"(?!(?:not|properly|correctly|classif\w*|entitled|eligible|subject|dutiable|free|exempt"
    r"|covered|described|the\s+same|identical|similar|a\s+product|products?\s+of|made|from"
    r"|manufactured|produced|imported|entered|liquidated|as\s+follows|set\s+out|listed|shown"
    r"|identified|also|in|on|under|within|outside|more|less|still|being|sold|used|of|the\s+subject"
    r"|qualif\w*|originating|one|that|which|what|it|they|there|such|those|these)\b)"
    r"(?P<what>[A-Za-z0-9][^.;:\n]*(?:\n[^.;:\n]+)?)[.;]", re.I)
# A recital's clause ends at its semicolon ("WHEREAS the merchandise is described as follows:
# Steel nails, part no. SN-4; and"): a full stop inside it ("part no.") ends nothing.
_GOODS_RECITED = re.compile(
    r"(?im)^[ \t]*whereas,?\s+(?:the\s+)?(?:merchandise|goods|articles|products)\s+(?:is|are)\s+"
    r"(?:described|identified)\s+as(?:\s+follows)?\s*:?\s*(?P<what>[^;]{3,240}?)\s*;")
# The goods a sentence names right before the entries they came in, as an owner writes them:
# "to protest what Customs did on our Cordless impact drivers, 20 V (entry DAB-...)", "the
# classification of our steel spades, imported under entry ...", "our bottles covered by entries",
# "our lanterns, which came in under entry ...", "our chairs that we brought in on entry ...".
OWNERS = (r"\b(?:on|of|for|concerning|regarding|covering|about)\s+"
          r"(?:our|my|its|their|these|those)\s+")
_CAME_UNDER = (r",?\s+(?:(?:which|that)\s+(?:(?:we|I)\s+|(?:was|were|had\s+been|have\s+been)\s+)?)?"
               r"(?:imported|entered|covered|shipped|came\s+in|arrived|brought\s+in|cleared"
               r"|released)\s+(?:under|on|by|in|with|through)\s+(?:the\s+)?")
_GOODS_BEFORE_ENTRIES = re.compile(
    rf"{OWNERS}(?P<what>(?:(?!\.\s+[A-Z])[^();\n]|\n(?=[^\n]))"
    rf"{{3,160}}?)(?:\s*\(\s*|{_CAME_UNDER})entr(?:y|ies)\b", re.I)
# "the decision on our petition ... against the merchandise on our tiles, which came in under
# entry ...": the goods are what the last possessive before the entries names.
_LAST_OUR = re.compile(rf"(?s).*{OWNERS}", re.I)
# Words that name no goods in particular: not the specific description 174.13(a)(5) asks for.
_GENERIC_GOODS = re.compile(
    r"(?i)^(?:(?:imported|protested|above|said|following)\s+)?(?:merchandise|goods|products?"
    r"|items?|articles?|imports?|shipments?|entr(?:y|ies)|cargo)$")
_GROUNDS = re.compile(r"^(?:GROUNDS\s+FOR\s+PROTEST|NATURE\s+OF\s+AND\s+JUSTIFICATION[^\n]*|"
                      r"OBJECTIONS?)\s*:?\s*$", re.M)
_GROUNDS_END = re.compile(
    r"^(?:The\s+(?:merchandise|entries)\s+covered|Pursuant\s+to|The\s+protestant\s+also|"
    r"Respectfully|Sincerely|Very\s+truly)|^[A-Z][A-Z ]{6,}$",
    re.M,
)
_NO_DRAWBACK = re.compile(r"(?:is|are)\s+not\s+subject\s+to\s+drawback", re.I)
_DRAWBACK = re.compile(r"(?:is|are)\s+subject\s+to\s+drawback", re.I)
_DENIED = re.compile(r"(?i)\b(?:none|no|neither|nor|never)\b")
_CRITERION = re.compile(r"174\.24\s*\(([a-d])\)", re.I)
_RE_LABELS = {
    "protestant_name": re.compile(r"\s*(?:protestant|protesting\s+party)\s*:", re.I),
    "protestant_address": re.compile(r"\s*address\s*:", re.I),
    # A sheet answering 174.13(a) item by item numbers its labels: "(6) Decision protested:".
    # Any of the decision's names: "Protested decision:", "Decision under protest:", "Category:".
    "category": re.compile(r"\s*(?:\(\d{1,2}\)\s*|\d{1,2}[.)]\s+)?(?:"
                           + PROTEST.pattern("decision_protested").pattern
                           + r"|(?:protest\s+)?category(?:\s+of\s+decision)?)\s*:", re.I),
    "merchandise_description": re.compile(
        r"\s*(?:merchandise|commodity|goods|products?"
        r"|description\s+of\s+(?:the\s+)?(?:merchandise|goods|products?)"
        r"|merchandise\s+description)\s*:",
        re.I,
    ),
}
_SECTION_GOODS = re.compile(r"(?m)^\s*(?:[IVX]+|\d+)[.)]\s*(?:MERCHANDISE|DESCRIPTION\s+OF\s+"
                            r"(?:THE\s+)?MERCHANDISE|COMMODITY)\s*$\n(?P<what>[^\n]+)")
_SUBJECT_LINE = re.compile(r"\s*(?:re|subject|subj)\s*:", re.I)
_NEXT_SECTION = re.compile(r"^\s*(?:[IVX]+|\d+)[.)]\s|^[^:\n]{1,40}:")
_MOST_RUN_ON = 2  # lines a run-in value may wrap on to
_GOES_ON = re.compile(r"[ \t]*[a-z0-9(]")
_CATEGORY_CUE = re.compile(
    r"(?:decision\s+protested(?:\s+is)?|decision\s+was|protest(?:s|ing)?(?:\s*,[^.]{0,90}?,)?"
    r"\s+(?:on\s+\S+\s+behalf\s+)?(?:against\s+)?)\s*:?\s*(?:the\s+)?"
    # "this protest is subject to drawback" states the drawback declaration (174.13(a)(9)): a
    # protest that is the subject of a verb is not being lodged against anything.
    r"(?!(?:is|are|was|were|has|have|had|will|shall|covers?|covered|includes?|filed"
    r"|subject\s+(?:to|of))\b)"
    r"(?P<what>[^.\n]{3,80})",
    re.I,
)


def read_letter(document: PdfDocument, stream: TextStream, fields: Fields) -> None:
    """Fill `fields` from a protest letter (entries are read separately)."""
    read_stamp(stream, fields)
    _re_block(document, fields)
    _prose(stream, fields)
    _grounds(stream, fields)
    read_party(stream, fields)
    text = stream.text
    for key, pattern, value in (("drawback_declaration", _NO_DRAWBACK, False),
                                ("drawback_declaration", _DRAWBACK, True)):
        match = pattern.search(text)
        # "None of the merchandise is subject to drawback" denies what its verb affirms.
        if match is not None and not (value and _DENIED.search(_sentence_before(text, match))):
            fields.put(key, value, stream.evidence(match.start(), match.end()), PROSE)
    read_elements(stream, fields)
    # After the elements: a request asked in a sentence ("Further review is requested under 19
    # CFR 174.24(b)") is read there, and its criterion with it.
    if fields.value("further_review_requested") and (match := _CRITERION.search(text)):
        fields.put("afr_criterion", match.group(1).lower(),
                   stream.evidence(match.start(), match.end()), PROSE)
    read_numbered_objection(stream, fields)
    read_earlier_protest(stream, fields)
    read_argument(stream, fields)
    read_argued_after(stream, fields)
    read_reasons_fault(stream, fields)
    refine_category(stream, fields)
    read_surety(stream, fields)


def _note_date(rest: str, found: DateMatch | None) -> bool:
    """Whether a receipt note without a colon gives FOUND straight after its words and soon ends."""
    return found is not None and found.start == 0 and len(rest) - found.end <= _NOTE_TAIL


def _sentence_before(text: str, match: re.Match[str]) -> str:
    """The words of MATCH's sentence that come before it."""
    start = text.rfind(".", 0, match.start()) + 1  # a wrapped sentence runs over its lines
    return text[start:match.start()]


def _stamp_end(text: str, start: int) -> int:
    """Where a stamp's reach ends: some characters on, or its next lines where a column beside it
    (a letter's reference block) lengthens them."""
    end = start
    for _ in range(_STAMP_LINES + 1):  # the rest of RECEIVED's line, then the stamp's lines
        end = text.find("\n", end) + 1
        if end == 0:
            return len(text)
    return max(start + _STAMP_REACH, end - 1)


def read_stamp(stream: TextStream, fields: Fields) -> None:
    """The receipt stamp's date and protest number, and the port and importer numbers."""
    for match in stream.finditer(_STAMP):
        # A stamp set beside a letter's head shares its lines with the letter's own date: the
        # stamp's date is the one on RECEIVED's line or under it in the stamp's column.
        dates, stamped = dates_in_column(stream, match.span(), match.end(),
                                         _stamp_end(stream.text, match.end()))
        near = [(at, found) for at, found in dates if at < match.end() + _STAMP_REACH]
        if stamped or near:
            start, stamp_date = (stamped or near)[0]
            # No date in the stamp's column: the one taken may be the letter's own, beside it.
            fields.put("received_date", stamp_date.value,
                       stream.evidence(start, start + len(stamp_date.text)),
                       STAMPED if stamped else PROSE)
            break
    for match in stream.finditer(_RECEIPT_LINE):
        if _EARLIER.search(stream.text[max(0, match.start() - 60):match.start("rest")]):
            continue  # an earlier protest's filing (174.13(a)(7)), not this one's receipt
        found = next(iter(find_dates(match.group("rest"))), None)
        label = match.group(0)[:match.start("rest") - match.start()]
        if not label.rstrip().endswith(":") and not _note_date(match.group("rest"), found):
            continue  # a note's date comes first, and the note ends soon after it
        if found is not None and not _NAMES_RECEIPT.search(label) and _beside_filer(stream.text,
                                                                                    match):
            continue  # "Filed by: X" / "Filed on: D": the filer's own dating, not CBP's receipt
        if found is not None and across_gutter(stream, match.start(),
                                               match.start("rest") + found.end):
            continue  # a stamp's word beside a reference block: the block's date is the letter's
        if found is not None:
            start = match.start("rest") + found.start
            # "Date filed" alone may be a mailed letter's own sending date: a weaker cue than
            # a label that names CBP's receipt.
            sure = _NAMES_RECEIPT.search(label)
            fields.put("received_date", found.value,
                       stream.evidence(start, start + len(found.text)),
                       LABELLED if sure else PROSE)
            break
    for match in stream.finditer(_PROTEST_NUMBER):
        if _EARLIER.search(stream.text[max(0, match.start() - 40):match.start()]) or (
                same_disposition_asked(stream.text[match.end():match.end() + 200])):
            continue  # another protest, whose disposition is asked for (174.13(a)(7))
        value = protest_number_in(match.group(1))
        fields.put("protest_number", value, stream.evidence(match.start(1), match.end(1)), STAMPED)
        break
    if port := stream.search(_PORT):
        group = 1 if port.group(1) else 2
        fields.put("port_code", port.group(group),
                   stream.evidence(port.start(group), port.end(group)), PROSE)
    letterhead = agents_letterhead_end(stream.text)
    for number in stream.finditer(_IMPORTER):
        line_start = stream.text.rfind("\n", 0, number.start()) + 1
        before = stream.text[max(line_start, number.start() - 80):number.start()]
        label = number.group(0)[:number.start(1) - number.start()]
        if filers_own(before) or (number.start() < letterhead and not names_importer(label)):
            continue
        value = importer_number_in(number.group(1))
        fields.put("importer_number", value, stream.evidence(number.start(1), number.end(1)),
                   PROSE)
        break


# Who filed or signed, as a label: "Filed by", "Submitted by", "Prepared by", "Signed by".
_FILER_LABEL = re.compile(r"(?im)^[^\S\n]*(?:filed|submitted|prepared|signed|sent)\s+by\b")


def _beside_filer(text: str, match: re.Match[str]) -> bool:
    """Whether the line of a bare "Filed on" date MATCH is next to a "Filed by" label: the pair
    the sender signs its filing with, dated by the sender (CBP's receipt is another date)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    after_end = text.find("\n", match.end() + 1)
    around = text[before:line_start] + text[match.end():after_end if after_end >= 0 else None]
    return bool(_FILER_LABEL.search(around))


def _re_block(document: PdfDocument, fields: Fields) -> None:
    # A later "Label: value" typed on the same line is its own field, not the value's tail.
    # A bilingual sheet's "Decisión protestada / Decision protested:" is read by its English half.
    pages = english_captions([pairs_apart(document.segments(n)) for n in document.page_numbers])
    segments = [s for page in pages for line in page for s in line]
    for key, label in _RE_LABELS.items():
        found = read_field(segments, label) if key not in POINTED else _unpointed(segments, label)
        if found is None:
            continue
        if key == "category":
            fields.put(key, category_of(found.text), found.evidence(), LABELLED)
            continue
        if key == "protestant_address" and _after_signature(segments, found.label.segment):
            continue  # the signer's (a broker's, counsel's) own address, not the protestant's
        value = found.text
        # "BP-" / "1120" is one word broken at its hyphen
        ends: Callable[[str], bool] = _objection_heading if found.text.isupper() \
            else _heading_line
        if key == "merchandise_description":
            ends = _opening_or(ends)
        # The goods' value may wrap at a presentation's loose leading, under a wide title.
        for line in wrapped_lines(document, found, ends, to_label=True,
                                  page_leading=key == "merchandise_description"):
            # An address's city line is a line of the address, not a wrapped phrase.
            joint = ", " if key == "protestant_address" and STATE_ZIP.search(line) \
                and not value.endswith(",") else " "
            value += line if value.endswith("-") else joint + line
        if key == "protestant_address" and not STATE_ZIP.search(value) \
                and (city := _city_under(document, found)):
            value = f"{value.rstrip(' ,')}, {city}"
        if key == "merchandise_description":
            # "3. Description of merchandise: ... model BS-40.": the sentence's stop after a
            # model or size is no part of the goods ("12 in." keeps its abbreviation's stop).
            value = _SENTENCE_STOP.sub("", value)
        fields.put(key, fold(value), found.evidence(), LABELLED)


# ... nor after a word, when the label's value is written as a sentence ("4. Merchandise: light
# bars with plug-in transformers."): a stop after an abbreviation ("etc.", "approx.") is kept.
_SENTENCE_STOP = re.compile(r"(?:(?<=\d)|(?<=[a-z]{3})(?<!\betc)(?<!\bapprox)(?<!\bincl)"
                            r"(?<!\bpcs)(?<!\bassd)(?<!\bmisc)(?<!\bdoz))\.\s*$")


def _unpointed(segments: Sequence[Segment], label: re.Pattern[str]) -> FieldText | None:
    """The first value right of or under LABEL that stands there: "Description: See
    continuation sheet" points to the label again on that sheet, where the value is."""
    for hit in find_labels(segments, label):
        right = read_right(segments, hit)
        if right is not None and POINTER.match(right.text):
            continue
        if found := right or read_below(segments, hit):
            return found
    return None


def _city_under(document: PdfDocument, found: FieldText) -> str | None:
    """The address's further lines set right under its value's first word, down to its city
    line (typed there on purpose, not a phrase wrapped for want of room), joined by commas."""
    first, last = found.words[0], found.words[-1]
    lines = lines_set_under(document.segments(last.page), first, last)
    return ", ".join(lines) if lines else None


# Where a signature block starts: "Signature: /s/ X", "/s/ X", "Signed:", "By:".
_SIGNATURE_START = re.compile(r"(?i)^\s*(?:signature|signed|by)\s*:|^\s*/s/")


def _after_signature(segments: Sequence[Segment], label: Segment) -> bool:
    """Whether `label` stands under the signature: in the signer's block, not the party's."""
    signed = next((s for s in segments if _SIGNATURE_START.match(s.text)), None)
    return signed is not None and (signed.page, signed.top) < (label.page, label.top)


def _objection_heading(text: str) -> bool:
    """In a letter typed all in capitals only a known heading opens a section."""
    return objection_heading(text)


# A sentence opens the next line, not the goods' wrapped tail: "The merchandise was
# reclassified ...", "CBP liquidated the entries ...", "We ask that ...".
_OPENS_SENTENCE = re.compile(
    r"^\s*(?:The|This|These|Those|It|Its|They|We|Our|I|CBP|Customs|Protestant|Importer)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|should|must|did|does|do"
    r"|\w+ed|\w+s)\b")


def _opening_or(ends: Callable[[str], bool]) -> Callable[[str], bool]:
    """ENDS, or a line that opens a sentence or states another element (the drawback
    declaration, a request): where the goods' value stops wrapping."""
    return lambda text: ends(text) or _OPENS_SENTENCE.match(text) is not None or any(
        PROTEST.search(field, text) for field in _OTHER_ELEMENTS)


_OTHER_ELEMENTS = ("drawback", "further_review", "accelerated")


def _heading_line(text: str) -> bool:
    """A line that opens a section, not a value's wrapped tail: a known heading, capitals, or a
    pleading's numbered part ("Count I", "Ground 2 - Valuation")."""
    letters = [c for c in text if c.isalpha()]
    return objection_heading(text) or bool(_NUMBERED_PART.match(text)) or (
        len(letters) > 3 and all(c.isupper() for c in letters))


_NUMBERED_PART = re.compile(r"(?i)^\s*(?:count|claim|ground|issue|point|argument|part|schedule"
                            r"|exhibit|appendix|attachment)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])\b"
                            r"\s*[.:]?\s*(?:[-\u2013\u2014].*)?$")


def _prose(stream: TextStream, fields: Fields) -> None:
    if match := stream.search(_BEHALF):
        for key, group in (("protestant_name", "name"), ("protestant_address", "address")):
            fields.put(key, fold(match.group(group)),
                       stream.evidence(match.start(group), match.end(group)), PROSE)
    if match := stream.search(_PROTESTS):
        fields.put("category", category_of(match.group("what")),
                   stream.evidence(match.start("what"), match.end("what")), PROSE)
    subject: tuple[str, Evidence | None] | None = None
    for match in stream.finditer(_CATEGORY_CUE):
        what = match.group("what")
        if len(what.split()) < 6:  # "we protest CBP's" / "classification of the goods"
            what += " " + stream.text[match.end("what"):match.end("what") + 60].split(".")[0]
        # The boxes chosen before the words are cut: a cut can part a box from its option.
        lead = " ".join(chosen_options(what).split()[:6])
        if category := earliest_category(lead):
            evidence = stream.evidence(match.start("what"), match.end("what"))
            # A subject line's "Protest of liquidation" is a title; the body says what is
            # protested ("protests the appraisement"), so the title is only a fallback.
            line_start = stream.text.rfind("\n", 0, match.start("what")) + 1
            if _SUBJECT_LINE.match(stream.text, line_start):
                subject = subject or (category, evidence)
                continue
            fields.put("category", category, evidence, PROSE)
            break
    read_decision(stream, fields)  # the sentence that lodges the protest, however worded
    if subject is not None:
        fields.put("category", subject[0], subject[1], PROSE)
    if match := stream.search(_SECTION_GOODS):
        end = section_value_end(stream.text, match.start("what"), match.end("what"))
        fields.put("merchandise_description", join_wrapped(stream.text[match.start("what"):end]),
                   stream.evidence(match.start("what"), end), SECTION)
    _goods_label(stream, fields)
    if match := stream.search(_GOODS_RECITED):
        fields.put("merchandise_description", join_wrapped(match.group("what")),
                   stream.evidence(match.start("what"), match.end("what")), PROSE)
    if match := stream.search(_GOODS) or stream.search(_GOODS_AT_ISSUE):
        fields.put("merchandise_description", fold(match.group("what")),
                   stream.evidence(match.start("what"), match.end("what")), PROSE)
    for match in stream.finditer(_GOODS_BEFORE_ENTRIES):
        start = match.start("what")
        if earlier := _LAST_OUR.match(match.group("what")):
            start += earlier.end()
        what = fold(stream.text[start:match.end("what")])
        if len(what.split()) >= 2 and not _GENERIC_GOODS.match(what):
            fields.put("merchandise_description", what,
                       stream.evidence(start, match.end("what")), GOODS_IN_SENTENCE)
            break
    read_goods_namely(stream, fields)  # "goods we imported, namely X, covered by entry ..."


def _goods_label(stream: TextStream, fields: Fields) -> None:
    """"Goods in issue: ...", "3. Mdse. desc.: ...", or a label run in after a sentence ("... is
    12-3456789. Merchandise: ..."): the first label that reads as a merchandise phrasing."""
    text = stream.text
    for found in labels_on_lines(text):
        if PROTEST.heading("merchandise", found.label) \
                and not POINTER.match(text[found.start:found.end]):
            # A label run in after a sentence makes its line full whatever the value's length:
            # the value runs on only where its phrase visibly does.
            end = phrase_end(text, found.end if found.run_in
                             else section_value_end(text, found.start, found.end))
            # A sentence on a line under the goods' is the letter going on, not the goods.
            first_break = text.find("\n", found.start, end)
            while first_break >= 0 and not _OPENS_SENTENCE.match(text, first_break + 1):
                first_break = text.find("\n", first_break + 1, end)
            end = first_break if first_break >= 0 else end
            # "The merchandise is described as follows: ... model FJ-16.": the sentence's stop
            # after a model or size is no part of the goods, as under a label.
            value = _SENTENCE_STOP.sub("", join_wrapped(text[found.start:end]))
            fields.put("merchandise_description", value, stream.evidence(found.start, end),
                       SECTION)
            return


def phrase_end(text: str, end: int) -> int:
    """A value's phrase runs on to the next line while its line breaks mid-phrase (a comma, a
    hyphen, a joining word) or the next line goes on in lower case or with a number."""
    for _ in range(_MOST_RUN_ON):
        following_end = text.find("\n", end + 1)
        following = text[end + 1:len(text) if following_end < 0 else following_end]
        if end >= len(text) or not following.strip() or _NEXT_SECTION.match(following) or not (
                BROKEN_PHRASE.search(text[:end]) or _GOES_ON.match(following)):
            break
        end = len(text) if following_end < 0 else following_end
    return end


def section_value_end(text: str, start: int, end: int) -> int:
    """A section's value runs on while each line is full and the next is no new section."""
    full = full_line(text)
    while end - start and len(text[text.rfind("\n", 0, end) + 1:end]) >= full:
        following_end = text.find("\n", end + 1)
        following_end = len(text) if following_end < 0 else following_end
        following = text[end + 1:following_end]
        # In a letter typed all in capitals, capitals do not mark a heading.
        shouting = text[start:end].isupper()
        heading = (_objection_heading if shouting else _heading_line)(following)
        if not following.strip() or _NEXT_SECTION.match(following) or heading:
            break
        end = following_end
    return end


def _grounds(stream: TextStream, fields: Fields) -> None:
    heading = stream.search(_GROUNDS)
    if heading is None:
        return
    start = heading.end() + 1
    end_match = _GROUNDS_END.search(stream.text, start)
    end = end_match.start() if end_match else len(stream.text)
    body = fold(stream.text[start:end])
    # "GROUNDS FOR PROTEST" over "Grounds will be submitted under separate cover.": the heading's
    # reader found the justification promised, not given; the promise is no objection.
    if body and DEFERRED not in fields.items and not deferred(body):
        fields.put("objection_text", body, stream.evidence(start, end), PROSE)

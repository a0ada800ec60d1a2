"""Which absences the reader may conclude: an element is "missing" only when the reader knew
where this letter would give it and looked there (issue 13: no confident wrong outcome)."""

from __future__ import annotations

import re

from bots.common.reading.letter import Letter
from bots.common.reading.parties import STATE_ZIP
from bots.ruling_triage.captions import is_box_caption
from bots.ruling_triage.extract_absence import known_heading
from bots.ruling_triage.extract_columns import row_texts
from bots.ruling_triage.extract_goods import SHARE
from bots.ruling_triage.extract_text import LABELLED, Fields, Paragraph
from bots.ruling_triage.rules._common import UNSURE_REQUESTER

# Labelled fields a form or template gives; this many read from labels make a known layout.
_FORM_FIELDS = ("requester_name", "requester_address", "request_date", "ruling_type", "ports",
                "product_description", "transaction_description", "item_count")
_KNOWN_FORM = 3
# A heading's shape: a capitalised phrase of up to five words, no figure, no full stop or comma
# at its end (its colon allowed).
_HEADING_LIKE = re.compile(r"[A-Z][A-Za-z&/'()-]*(?:[ \t]+[A-Za-z&/'()-]+){0,4}[ \t]*:?")
# A title naming the ruling, a firm's name, the signature's own caption: no section's heading.
_NO_HEADING = re.compile(r"(?i)\bruling\b|\brequest\s+for\b|\b(?:LLC|LLP|PLLC|Inc|Corp|Co|Ltd"
                         r"|GmbH|Company)\b|^(?:submitted|filed|signed|prepared)\s+by\b"
                         r"|^(?:authori[sz]ed\s+)?signature\b")
_HEAD_PARAGRAPHS = 6  # paragraphs at the top of the first page: a letter's head
_SAME_TOP = 3.0  # points
# Words that show the letter speaks of an element the reader then failed to read.
# A port named by its code ("(port 3901)") or where goods are brought in is spoken of too.
_PORT_HINT = re.compile(r"\b(?i:ports?\s+of\s+(?!export|lading|loading|origin)|port\s+code\b|"
                        r"port\s+\d{4}\b|br(?:ing|ings|ought)\b[^.]{0,40}\bin\s+(?:at|through|via)\b)|"
                        r"\b(?i:entered|imported|arrive|landed|cleared)\s+(?i:at|through|via)\s+"
                        r"(?:the\s+)?(?!United\s+States|U\.S\.)[A-Z]")
# A numbered form's ports box printed empty, the next box's caption on the line under it: looked
# at, it gives no port (a box with its answer under it is no such line).
_EMPTY_PORTS_BOX = re.compile(r"(?im)^[ \t]*(?:\d{1,2}|[A-Z])[.)][ \t]+ports?[ \t]*"
                              r"(?:\(s\)[ \t]*)?of[ \t]+entry[ \t]*:?[ \t]*\n"
                              r"(?=[ \t]*(?:\d{1,2}|[A-Z])[.)][ \t]+\S)")
# Valuation: words of a relationship the reader did not read as a statement of it.
# So are the parties said to be (un)related or independent in words the reader did not read
# ("Acme, the seller, are not related", "the two are independent"). A request that only asks
# about "the related parties" states no relationship (corpus-b), so bare "related" is no hint.
_RELATION_HINT = re.compile(r"\baffiliat|\bsubsidiar|\bowns?\s+\d|\bparent\s+company|"
                            r"\bcommon\s+(?:ownership|control)|"
                            r"\b(?:are|is|were|was|am)\s+(?:not\s+|un)?(?:related|independent)\b|"
                            # a question asked of the relationship, its answer not read
                            r"\b(?:related|affiliated|relationship)\b[^.?\n]{0,40}\?",
                            re.I)
# The addressee's own address (CBP's) is no sender's: a block naming the agency is passed over.
_AGENCY = re.compile(r"\bcustoms\b|\bCBP\b|border\s+protection|regulations\s+and\s+rulings|"
                     r"national\s+commodity|\bcommissioner\b|\bdirector\b", re.I)
_IMPORT_HINT = re.compile(r"\bprospective\b|\bshipments?\b|\bclears?\s+customs\b|"
                          r"\bimport\w*\s+(?:through|at|via)\b|"
                          r"\bwill\s+(?:arrive|be\s+entered)\b|"
                          # a form's empty "Port(s) of entry" box, looked at, states nothing
                          r"\bports?\s*(?:\(s\)\s*)?of\s+entry\b(?![ \t]*:?[ \t]*(?:\n|$))|"
                          r"\b(?:importation|shipment|entry)\s+is\s+(?:planned|scheduled|expected)\b",
                          re.I)
# The description of the transaction alone, (b)(2)(i): the subject's facts stay concluded.
TRANSACTION = "177.2(b)(2)(i)"
# An agent's words about its mandate the reader did not read as a statement of authority (177.1).
AGENT_AUTHORITY = "177.1"
# A sentence naming CBP or a court whose sense (pending there or not) the reader could not tell.
PENDING_SENSE = "177.7(b)"
_AUTHORITY_HINT = re.compile(r"\bauthori|\bengage(?:d|ment)\b|\bretained\b|\bmandate|"
                             r"\battorney\b|\bappointed\b", re.I)
# A table's header row naming the goods' facts ("No. | Description | Materials", "Item | Principal
# use | Materials | Price"): the rows under it hold 177.2(b)(2)(ii)'s facts in cells the reader
# may not have paired. A line of prose names them among lower-case words and is no header.
_HEAD_WORD = (r"\b(?:no\.|item|description|product|principal\s+use|use|materials?|composition"
              r"|price|HTS\w*)(?=\s|$)")
# Two such words in a short line of captions, no sentence ("Proposed HTSUS" too).
_FACTS_TABLE = re.compile(rf"^(?=(?:.*?(?i:{_HEAD_WORD})){{2}})(?!.*\b(?i:the|is|are|of|and|to|for"
                          r"|an?|in|we|it|its|by|with)\b)\s*[A-Z][\w.()/%-]*(?:\s+[\w.()/%-]+){1,9}"
                          r"\s*$")
# A row of cells side by side heading the facts in plain words ("Model | What it is | Used for |
# Made of | Pricing"): cells, not a sentence, so the words of prose may stand in them.
_CELL_HEAD = re.compile(rf"(?i:{_HEAD_WORD}|\bwhat\s+(?:it|they)\s+(?:is|are)\b|\bused\s+for\b|"
                        r"\bmade\s+(?:of|from)\b|\bpricing\b|\bmodel\b)")
_LINE_START = r"(?im)^[ \t]*(?:[\W_]{1,2}[ \t]*|[A-Z0-9]{1,2}[.)][ \t]+)?"
# (the caption over something on its line: an empty box, looked at, gives nothing)
_CAPTION_END = (r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t.\u2026\u00b7-]*[:\u2013\u2014-]"
                r"(?=[ \t]*[^\s_])")
_FACT_CAPTIONS = {
    # whatever words qualify it: "Detailed description of the goods:"
    "product_description": re.compile(_LINE_START + r"(?:[A-Za-z]+[ \t]+){0,2}description"
                                      r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Za-z]+)?"
                                      + _CAPTION_END),
    "principal_use": re.compile(_LINE_START + r"(?:principal|intended|end)\s+use" + _CAPTION_END),
    "component_materials": re.compile(_LINE_START + r"(?:component\s+)?materials?"
                                      + _CAPTION_END),
}
_CLASSIFICATION_FACTS = ("product_description", "principal_use", "component_materials")
# The column a facts table gives each of them in, by its header's words.
_COLUMN_OF = {
    "product_description": re.compile(r"\b(?:description|product|item|article|model|what\s+"
                                      r"(?:it|they)\s+(?:is|are))\b", re.I),
    "principal_use": re.compile(r"\b(?:use|used\s+for|function|application)\b", re.I),
    "component_materials": re.compile(r"\b(?:materials?|composition|made\s+(?:of|from)|"
                                      r"content|fibre|fiber)\b", re.I),
}
# A share of a named material: "82% stainless steel", "nylon 18%" (a share of money, "4% of net
# sales", "3.4% ad valorem", names none).
# A word that only sizes the share names no material: "water absorption under 0.5%", "about 40
# percent of the selling price", "less than 3%".
_SIZING = (r"(?:of|and|the|by|under|over|about|around|approximately|roughly|nearly|almost|only|"
           r"than|least|most|below|above|just|some|exceeding|within|up)\b")
_SHARES_NAMED = re.compile(rf"{SHARE}[ \t\n]+(?!of\b|ad\s+valorem\b|duty\b|rate\b|royalt)"
                           rf"[a-z]{{3,}}|\b(?!{_SIZING})[a-z]{{3,}}[ \t\n]+{SHARE}", re.I)
_PENDING_HINT = re.compile(r"\bpending\b|\blitigation\b|\bprotest\b|internal\s+advice|"
                           r"\bcourt\b", re.I)


def unsure_elements(letter: Letter, items: list[Paragraph], fields: Fields, *,
                    scanned: bool = False) -> tuple[str, ...]:
    """The `missing` strings whose absence this reading cannot establish; a SCANNED letter's OCR
    layer may have lost a whole line."""
    value = fields.value
    # A drawn form's box caption asks ("M. IS THE ISSUE BEFORE CBP OR A COURT?"): no hint that
    # the letter speaks of what its box, looked at, leaves empty.
    text = "\n".join(line for p in letter.body or items for line in p.text.split("\n")
                     if not is_box_caption(line))
    labelled = sum(1 for key in _FORM_FIELDS
                   if key in fields.items and fields.items[key].confidence >= LABELLED)
    known = letter.recognised or labelled >= _KNOWN_FORM or _framed(letter, items, fields)
    unsure: list[str] = []
    # An OCR layer loses whole lines (a requester's address, a statement): nothing read from a
    # scan or a fax vouches for an absence.
    if not known or scanned:
        unsure += ["177.2(b)(1)", "177.2(b)(2)", "177.2(b)(5)", "177.2(b)(6)"]
    # The party reader saw the requester's caption but read no value under it.
    # So did the letterhead's: a street printed under the name, the address's end unknown.
    unended = bool(value("letterhead_address_unread")) and not value("requester_address")
    if value("requester_unread") or unended or _requester_unsure(letter, items, fields,
                                                                 known=known and not scanned):
        unsure.append(UNSURE_REQUESTER)
    # A ports caption answered that no port is chosen yet was read: it hints at nothing missed.
    if not value("ports") and not value("ports_undecided") \
            and _PORT_HINT.search(_EMPTY_PORTS_BOX.sub("", text)):
        unsure.append("177.2(b)(1)")
    subjects = {value("ruling_type"), *value("other_subjects", ())}
    if ("valuation" in subjects and value("parties_related") is None
            and _RELATION_HINT.search(text)):
        unsure.append("177.2(b)(2)")
    wanting = [key for key in _CLASSIFICATION_FACTS if not value(key)]
    heads = [line for line in (*text.split("\n"), *row_texts(items)) if _FACTS_TABLE.match(line)]
    heads += [row for row in row_texts(items) if len(_CELL_HEAD.findall(row)) >= 3]
    # Only a column for a fact not read may hold it: an "Item | Description" table gives no
    # materials the reader missed.
    if "classification" in subjects and any(_COLUMN_OF[key].search(head)
                                            for key in wanting for head in heads):
        unsure.append("177.2(b)(2)")
    # Shares of named materials the reader did not read as the composition ("steel 82%, nylon
    # 18%" in words it does not know): the letter may give them.
    if ("classification" in subjects and not value("component_materials")
            and len(_SHARES_NAMED.findall(text)) >= 2):
        unsure.append("177.2(b)(2)")
    # A fact's own caption opening a line ("Description.........:", "B. Principal use -") where
    # the reader took no value for it: the letter gives it in a way the reader missed.
    if "classification" in subjects and any(
            not value(key) and hint.search(text) for key, hint in _FACT_CAPTIONS.items()):
        unsure.append("177.2(b)(2)")
    # A prose letter that states a prospective importation only by its ports ("Our shipments
    # clear customs at Seattle") may mean that as its transaction: senders differ, a person reads.
    if not value("transaction_description") and _IMPORT_HINT.search(text):
        unsure.append(TRANSACTION)
    # The pending question asked and its answer left blank: the reader saw where the statement
    # goes and that it is not there.
    if not value("pending_statement") and not value("pending_left_blank") and (
            _PENDING_HINT.search(text) or value("pending_unplaced")):
        unsure.append("177.2(b)(5)")
    if value("pending_unclear") and not (value("pending_in_court")
                                         or value("pending_before_cbp")):
        unsure.append(PENDING_SENSE)
    if (value("acting_as_agent") and not value("agent_authority_stated")
            and _AUTHORITY_HINT.search(text)):
        unsure.append(AGENT_AUTHORITY)
    if not value("signed") and (scanned or not value("signature_read")):
        unsure.append("177.2(c)")
    return tuple(dict.fromkeys(unsure))


def _framed(letter: Letter, items: list[Paragraph], fields: Fields) -> bool:
    """A letter framed without the closing words (or the greeting) a recognised one has: its head
    dated (a date under the letterhead, a subject line, a title line dated at its end) and a
    signature block read where it ends, signed or left blank. Between them is its body, each
    part of which the reader reads or, under a heading it does not know, leaves open."""
    dated = fields.items.get("request_date")
    head_dated = (dated is not None and dated.evidence is not None and dated.evidence.page == 1
                  and any(p.page == 1 and abs(p.top - dated.evidence.bbox[1]) <= _SAME_TOP
                          for p in items[:_HEAD_PARAGRAPHS]))
    opened = (letter.salutation is not None or letter.subject is not None
              or (letter.date is not None and bool(letter.letterhead)) or head_dated)
    ended = letter.closing is not None or bool(fields.value("signature_read"))
    head = {id(p) for p in (*letter.letterhead, *letter.addressee)}
    return opened and ended and not any(_unknown_heading(p.text) for p in items
                                        if id(p) not in head)


def _unknown_heading(text: str) -> bool:
    """A heading or row caption of a few words the reader does not read under ("Make-up"): what
    stands under or beside it may give any element, so the frame alone vouches for no absence.
    A title naming the ruling, a name ending "Inc." and the closing words are no heading."""
    line = text.strip()
    return ("\n" not in line and _HEADING_LIKE.fullmatch(line) is not None
            and not _NO_HEADING.search(line) and not known_heading(line))


def _requester_unsure(letter: Letter, items: list[Paragraph], fields: Fields, *,
                      known: bool) -> bool:
    """Whether the requester's name or address, not read, may still be in the letter (177.2(b)(1)).

    Every letter has a sender (letterhead, caption, signature block, "on behalf of", running
    header): a name not read is one the reader did not find, never one the letter lacks. An
    address is concluded absent only in a recognised layout holding no address line the reader
    did not take as some party's.
    """
    value = fields.value
    if not value("requester_name"):
        return True
    if value("requester_address"):
        return False
    return not known or _stray_address(letter, items, fields)


def _stray_address(letter: Letter, items: list[Paragraph], fields: Fields) -> bool:
    """A city, state and ZIP line outside the addressee block and every address read."""
    addressee = {id(block) for block in letter.addressee}
    read = " ".join(str(fields.value(key) or "") for key in fields.items if "address" in key)
    for paragraph in items:
        if id(paragraph) in addressee or _AGENCY.search(paragraph.text):
            continue
        if any(match.group() not in read for match in STATE_ZIP.finditer(paragraph.text)):
            return True
    return False

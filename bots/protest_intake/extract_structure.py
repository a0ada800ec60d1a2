"""Whether the reader may conclude that a 174.13(a) item is absent: only where it recognised the
document's layout, so it knows it looked everywhere a sender puts that item."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bots.common.reading.dates import find_dates
from bots.common.reading.parties import STATE_ZIP
from bots.protest_intake.extract_caption_beside import captions_line, text_beside
from bots.protest_intake.extract_category import ARGUED
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.extract_fields import INFERRED, LABELLED, PAPERS_HELD, Fields
from bots.protest_intake.extract_form19 import LABELS
from bots.protest_intake.extract_importer_near import NUMBER_SHAPED
from bots.protest_intake.extract_letter import OWNERS, filers_own
from bots.protest_intake.extract_objection_heading import HEADING_CONFIDENCE
from bots.protest_intake.extract_objection_reasons import DEFERRED
from bots.protest_intake.extract_stacked import ON_FILE, caption_of, heading_of_another
from bots.protest_intake.free_text_box import goods_in_free_box
from bots.protest_intake.letterhead import agents_letterhead_end
from bots.protest_intake.model import ProtestEntry
from bots.protest_intake.phrasings import PROTEST
from bots.protest_intake.pointed_away import pointed_away
from tradebots.pdf import PdfDocument, find_labels

# Form 19 items and the boxes a sender fills for them; a box not printed is a revision or a
# replica the reader does not know.
_FORM_BOXES: dict[int, tuple[str, ...]] = {
    1: ("name_and_address", "protestant_name"),
    2: ("importer_number",),
    5: ("merchandise_description",),
    6: ("objection_text",),
}
# What a letter must have yielded for its layout to count as recognised: who protests, the
# entries with both dates, what decision is protested, and who signed.
_LETTER_ANCHORS = ("protestant_name", "category", "signer_name")
# An EIN (12-3456789) or SSN (123-45-6789) standing alone, not inside an entry or protest number.
# Cues that give a value: "Protestant's address is 1 Main St", "Address: 1 Main St", "Imported
# merchandise: steel nails" (a label whose value follows on its line).
_UNREAD_CUES = (
    (1, "protestant_address",
     # A worksheet or printout opens a line with the label and no colon: "Address  1 Main St".
     re.compile(r"(?im)\baddress\s+is\s+\d|\baddress\b[^:\n]{0,20}:[^\S\n]*\d"
                r"|^[^\S\n]*(?:[\w'’]+[^\S\n]+){0,2}?address(?:es)?[^\S\n]*[|-]?[^\S\n]*\d")),
    # The label may open a line or follow a sentence on it ("... 12-3456789. Mdse.: ..."), and
    # wrap on to the next line ("The merchandise is described" / "as: ...").
    # A form's section or box may be named before it: "Section II - Description of goods: ...".
    (5, "merchandise_description",
     re.compile(r"(?im)(?:^|[.;?!][^\S\n]+)(?:(?:section|part|box|item)[^\S\n]+\w{1,4}[^\S\n]*"
                r"[:.)\-–][^\S\n]*)?[^:\n]{0,30}?\b(?:merchandise|goods|products?"
                r"|commodit(?:y|ies)|articles|mdse)\b[^:]{0,20}:[^\S\n]*[A-Za-z0-9]")),
    # An owner's "on our <goods> ... entry" in one sentence, however the goods are joined to
    # the entry: goods named in words the reader did not cut out are not goods absent.
    (5, "merchandise_description",
     re.compile(rf"{OWNERS}(?!(?:imported\s+|protested\s+)?(?:merchandise|goods|products?|items?"
                r"|articles?|imports?|shipments?|entr(?:y|ies)|cargo|behalf|client|customer"
                r"|company|firm|principal|protest|importer)\b)[^.;]{3,160}?\bentr(?:y|ies)\b",
                re.I)),
)
# What is left of a date the reader did not read: a year, or a month's name.
_DATE_LEFT = re.compile(r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
                        r"|oct|nov|dec)[a-z]*\b")
# (9) is not listed: its wording is VERIFY, so its absence always goes to a person (rules).
_ITEMS = (1, 2, 5, 6)
# On a scan every item whose absence the rules would conclude: (3) and (4) as well (an entry's
# line lost), and (7) (the earlier protest's date).
_SCANNED_ITEMS = (1, 2, 3, 4, 5, 6, 7)


def unsure_items(
    layout: str, document: PdfDocument, fields: Fields, entries: Sequence[ProtestEntry],
    text: str = "",
) -> frozenset[int]:
    """The 174.13(a) items whose absence this reading cannot vouch for."""
    if document.any_scanned:
        # An OCR layer loses whole lines and garbles words a label names: nothing read from a
        # scan or a fax vouches for an absence.
        return frozenset(_SCANNED_ITEMS)
    if layout == "form19":
        return (_objection_box_read(_replica_left_out(_form_unsure(document), fields, text),
                                    fields) | unread_cues(fields, text))
    return (_objection_box_read(letter_unsure(fields, entries, text), fields)
            | unread_importer_number(fields, text)
            | unread_cues(fields, text) | unread_entry_dates(entries, text)
            | _captions_beside_nothing_read(document, fields) | unread_address(fields, text))


_NAME_REACH = 4  # lines after the protestant's name where its address is printed


# The values that show a box was read though its caption is not the form's own wording.
_ITEM_VALUES: dict[int, tuple[str, ...]] = {
    1: ("protestant_name", "protestant_address"),
    5: ("merchandise_description",),
    6: ("objection_text",),
}


def _replica_left_out(unsure: frozenset[int], fields: Fields, text: str) -> frozenset[int]:
    """A replica of the form (a company's own sheets) whose every other item was read, under
    the form's captions or its own, but that prints no importer number box and no number of
    that number's shape anywhere, left the number out: (a)(2) is absent where the sender would
    have put it, not unread."""
    others_read = all(key in fields.items for item in unsure - {2}
                      for key in _ITEM_VALUES.get(item, ("?",)))
    if 2 in unsure and others_read and not unread_importer_number(fields, text):
        return unsure - {2}
    return unsure


def _objection_box_read(unsure: frozenset[int], fields: Fields) -> frozenset[int]:
    """A replica that heads its objection box in its own words ("JUSTIFICATION", "Grounds") and
    holds there only a bare objection or a promise of grounds: the box was found and read, so its
    want of a justification (a)(6) is vouched for as a letter's is (letter_unsure). So is a
    letter's or a worksheet's under its heading, though no decision read anchors its layout."""
    deferral = fields.items.get(DEFERRED)
    if 6 in unsure and deferral is not None and deferral.confidence >= HEADING_CONFIDENCE:
        return unsure - {6}
    return unsure


def unread_address(fields: Fields, text: str) -> frozenset[int]:
    """(a)(1) is unsure when the protestant's name was read but not its address, yet a city,
    state and ZIP is printed in the name as read or on the lines right after it: the address
    beside a name is printed, not absent, however the reader failed to part them."""
    name = fields.items.get("protestant_name")
    if "protestant_address" in fields.items or name is None or not name.value:
        return frozenset()
    value = str(name.value)
    if STATE_ZIP.search(value):
        return frozenset({1})
    first_words = " ".join(value.split()[:3])
    at = text.replace("\n", " ").find(first_words)  # a name may wrap over its lines
    if at < 0:
        return frozenset({1})  # the name is not found as printed: where its address is, unknown
    after = "\n".join(text[at:].split("\n")[:_NAME_REACH + 1])
    return frozenset({1}) if STATE_ZIP.search(after) else frozenset()


def _captions_beside_nothing_read(document: PdfDocument, fields: Fields) -> frozenset[int]:
    """A caption of the address or the goods printed anywhere (after its value on a line, under
    it, in a sidebar) whose value no reader took: not an absence, unless it is a blank box (no
    text on its line, nor over or under it in its column, that may be its value)."""
    unsure: set[int] = set()
    for page in document.page_numbers:
        lines = document.segments(page)
        for index, line in enumerate(lines):
            # "Address  (address on file)": the box is filled with a pointer elsewhere, so the
            # sender was asked and gave none here; the absence is seen, not guessed.
            if any(ON_FILE.fullmatch(cell.text.strip()) for cell in line):
                continue
            for cell in line:
                key = caption_of(cell.text)
                if key in _CAPTIONED_ITEMS and key not in fields.items \
                        and captions_line(line) and text_beside(cell, lines, index):
                    unsure.add(_CAPTIONED_ITEMS[key])
    return frozenset(unsure)


def unread_entry_dates(entries: Sequence[ProtestEntry], text: str) -> frozenset[int]:
    """(a)(3) or (a)(4) is unsure when an entry lacks that date yet a line naming the entry
    still prints a year or a month the reader did not read as a date (cells run together,
    a style it does not know): a date printed is not a date absent."""
    unsure: set[int] = set()
    # A date wrapped over two lines ("entered 15 May" / "2024)") was read whole: what is left of
    # a date is looked for outside every date read in the running text.
    flat = text.replace("\n", " ")
    read = [(found.start, found.end) for found in find_dates(flat)]
    for entry in entries:
        if entry.entry_date and entry.liquidation_date:
            continue
        serial = re.search(r"\d{7}", entry.entry_number or "")
        offset = 0
        for line in text.split("\n"):
            start, offset = offset, offset + len(line) + 1
            if serial is None or serial.group(0) not in line:
                continue
            rest = "".join(" " if any(a <= start + i < b for a, b in read) else c
                           for i, c in enumerate(line))
            rest = ENTRY_IN_TEXT.sub(" ", rest)
            if _DATE_LEFT.search(rest):
                unsure |= {3} if entry.entry_date is None else set()
                unsure |= {4} if entry.liquidation_date is None else set()
    return frozenset(unsure)


def unread_importer_number(fields: Fields, text: str) -> frozenset[int]:
    """(a)(2) is unsure when no importer number was read yet the text prints a number of an
    EIN's or SSN's shape: a cue the reader did not understand is not an absence."""
    if "importer_number" in fields.items:
        return frozenset()
    letterhead = agents_letterhead_end(text)
    for match in NUMBER_SHAPED.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        # "Broker importer no.: 41-2899603 (power of attorney on file)": the filer's own number,
        # read and set aside as the letter reader does, not a cue it failed to understand.
        if not (filers_own(line) or match.start() < letterhead):
            return frozenset({2})
    return frozenset({2}) if _digits_under_caption(text, letterhead) else frozenset()


# Digits enough for an importer number however printed ("954417382", "95 4417382").
_DIGITS = re.compile(r"\d(?:[\s-]?\d){5,}")


def _digits_under_caption(text: str, letterhead: int) -> bool:
    """Whether an importer-number caption has a run of digits right after it on its line or
    alone on the next line: a number in a form the reader does not parse is printed, not
    absent."""
    lines = text.split("\n")
    # The agent's own number in its letterhead (ending at LETTERHEAD) is set aside.
    skip = text[:letterhead].count("\n")
    for index, line in enumerate(lines):
        if index < skip:
            continue
        label, colon, rest = line.partition(":")
        if colon and caption_of(label) == "importer_number" and _DIGITS.match(rest.strip()):
            return True
        if caption_of(line) == "importer_number" and index + 1 < len(lines) \
                and _DIGITS.fullmatch(lines[index + 1].strip()):
            return True
    return False


def unread_cues(fields: Fields, text: str) -> frozenset[int]:
    """Items whose cue the text prints but the reader did not turn into a value: a label or a
    sentence that gives the address (a)(1) or the goods (a)(5) is not an absence of them."""
    return frozenset(item for item, key, cue in _UNREAD_CUES
                     if key not in fields.items and any(
                         not _left_to_papers(key, text, m) for m in cue.finditer(text))) \
        | _unread_captions(
        fields, text) | _grounds_pointed_to(fields, text) | pointed_away(fields, text) \
        | goods_in_free_box(fields, text)


# A sentence saying the grounds are set out elsewhere in the protest, as done: "the facts and
# the grounds are set out in Rider A", "Our reasons are stated in the attached rider".
# A promise ("will be set out in a memorandum") is a deferral, read as one elsewhere.
_GROUNDS_POINTED = re.compile(
    r"(?i)\b(?:grounds|reasons|justification|objections?|arguments?|basis)\b[^.\n]{0,40}?"
    r"\b(?:are|is)\s+(?:set\s+(?:out|forth)|stated|given|explained|contained|found|argued)"
    r"\s+(?:in|on)\s+(?:the\s+)?(?:attached|enclosed|accompanying|following|rider|annex"
    r"|attachment|exhibit|schedule|appendix|addendum|continuation|page|sheet)")


def _grounds_pointed_to(fields: Fields, text: str) -> frozenset[int]:
    """(a)(6) is unsure when no objection was read but the protest says where its grounds are
    set out: they are given there under a heading the reader did not know."""
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return frozenset()
    return frozenset({6}) if _GROUNDS_POINTED.search(text) else frozenset()


def _left_to_papers(key: str, text: str, cue: re.Match[str]) -> bool:
    """A goods label whose value leaves them to papers on file ("GOODS: As per commercial
    invoice on file") was read, and describes nothing: no unread value there."""
    line_end = text.find("\n", cue.end())
    rest = text[cue.end() - 1:len(text) if line_end < 0 else line_end]
    return key == "merchandise_description" and PAPERS_HELD.match(rest) is not None


_CAPTIONED_ITEMS = {"merchandise_description": 5, "protestant_address": 1}


def _unread_captions(fields: Fields, text: str) -> frozenset[int]:
    """A caption printed on a line of its own over a line of text ("GOODS DESCRIPTION" / "Hand-
    painted porcelain"), however worded, whose value the reader did not take: not an absence."""
    lines = [line.strip() for line in text.split("\n")]
    unsure: set[int] = set()
    for line, below in pairwise(lines):
        key = caption_of(line) or ("merchandise_description"
                                   if PROTEST.heading("merchandise", line) else None)
        if key in _CAPTIONED_ITEMS and key not in fields.items and not _next_caption(below) \
                and not _PAPERS_ON_FILE.search(below):
            unsure.add(_CAPTIONED_ITEMS[key])
    return frozenset(unsure)


# A line under the goods' heading that leaves them to papers CBP holds describes nothing in the
# protest: "identified on the commercial invoices on file with the port", "as described in the
# entry documents on file with CBP", "in the entry summary on record with the port".
_PAPERS_ON_FILE = re.compile(
    r"(?i)\b(?:invoices?|entry\s+(?:documents|papers|summar(?:y|ies))|documents|papers|records?)"
    r"\b[^.;]{0,30}?\bon\s+(?:file|record)\s+with\s+(?:the\s+)?(?:port|CBP|customs)\b")


def _next_caption(line: str) -> bool:
    """A blank box's next line is the next box's caption, not a value: a known caption or
    heading, a label ending in its colon, or a line in capitals ("DECISION PROTESTED")."""
    letters = [c for c in line if c.isalpha()]
    return (not letters or all(c.isupper() for c in letters) or line.endswith(":")
            or caption_of(line) is not None or heading_of_another(line))


def letter_unsure(fields: Fields, entries: Sequence[ProtestEntry],
                  text: str = "") -> frozenset[int]:
    """A letter vouches for absences only when it yielded its anchors (party, entries with both
    dates, decision protested, signer); the objection needs a label or a deferral besides."""
    # A letter's objection can sit under any heading or none. Its absence is sure only where the
    # justification is promised for later, or where the letter sets out its parts under labels
    # (the decision protested read from a label), so the objection's own label would be there.
    category = fields.items.get("category")
    labelled = category is not None and category.confidence >= LABELLED
    sure = DEFERRED in fields.items or labelled
    unsure_objection: frozenset[int] = frozenset() if sure else frozenset({6})
    # A decision only inferred from the argument does not show the layout was understood.
    anchored = all(key in fields.items for key in _LETTER_ANCHORS) and bool(entries) and all(
        e.entry_date and e.liquidation_date for e in entries
    )
    anchored = anchored and (category is None or category.confidence > ARGUED
                             or _liquidation_named_objection_labelled(fields, text))
    return unsure_objection if anchored else frozenset(_ITEMS)


# The protest lodged against the liquidation by name: "X protests the liquidation of entry ...",
# "hereby contests the liquidation of the entries".
_LODGED_AGAINST_LIQUIDATION = re.compile(
    r"(?i)\b(?:protest|contest|challeng|object)\w*\s+(?:to\s+)?(?:the\s+|CBP['\u2019]s\s+)?"
    r"liquidation\s+of\b")

# ... or lodged against "the decision described below" ("identified in Schedule A", "set out
# above"): the letter then sets the decision out where it points, its entries' liquidation dated
# there (anchored asks for every entry's dates), so its layout was understood all the same.
_DECISION_POINTED = re.compile(
    r"(?i)\b(?:protest|contest|challeng|object)\w*\s+(?:to\s+|against\s+)?(?:under\s+[^\n]{0,30}?"
    r"\s)?the\s+decisions?\s+(?:described|identified|set\s+out|shown|listed|stated|detailed)"
    r"\s+(?:below|above|in\b)")


def _liquidation_named_objection_labelled(fields: Fields, text: str) -> bool:
    """A letter that names the liquidation it protests and sets its objection out under its
    own label or heading: the decision is refined from the argument, but the parts stand where
    the reader looked, so its layout was understood."""
    objection = fields.items.get("objection_text")
    return (objection is not None and objection.confidence >= HEADING_CONFIDENCE
            and (_LODGED_AGAINST_LIQUIDATION.search(text) is not None
                 or _DECISION_POINTED.search(text) is not None))


def inferred_items(fields: Fields) -> frozenset[int]:
    """The 174.13(a) items the reading found only by an inferred cue."""
    return frozenset(item for item, key in INFERRED.items() if key in fields.items)


def form_boxes_unknown(document: PdfDocument) -> bool:
    """Whether a document read as Form 19 prints none of the form's own box labels."""
    return len(_form_unsure(document)) == len(_FORM_BOXES)


# A box printed beside another's in the form's own section: a replica that prints "Decision
# protested" in Section II but no goods box beside it left the goods out (174.13(a)(5)); the
# goods under a caption the box reader does not know still count as unread (unread_cues).
_SECTION_PEERS: dict[int, tuple[str, ...]] = {5: ("category",)}


def _form_unsure(document: PdfDocument) -> frozenset[int]:
    segments = document.all_segments
    return frozenset(
        item for item, keys in _FORM_BOXES.items()
        if not any(find_labels(segments, LABELS[key])
                   for key in (*keys, *_SECTION_PEERS.get(item, ())))
    )

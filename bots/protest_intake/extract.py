"""Read a protest PDF (CBP Form 19 or counsel's letter) into ProtestFacts with evidence.

Every value carries its evidence and a confidence in `ProtestExtraction.fields`, keyed as the
extract contract keys evidence (`entries[0].entry_number`). A receipt date printed by CBP (the
form's box or a RECEIVED stamp) is the received date; a letter's own date never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from bots.common.reading.bilingual import english_captions
from bots.common.reading.code_column import code_column
from bots.common.reading.date_order import orders, settled
from bots.common.reading.day_first import with_day_first_as_iso
from bots.common.reading.key_values import key_value_line
from bots.common.reading.packets import read_packet
from bots.common.reading.pairs_on_line import pairs_apart, records_side_by_side
from bots.common.reading.printouts import plain_line
from bots.common.reading.running import without_running_lines
from bots.common.reading.unplaced import open_absences
from bots.protest_intake.argued_unread import argued_unread, set_aside_letters
from bots.protest_intake.extract_absence import ELEMENTS, known_heading
from bots.protest_intake.extract_answered import read_answered, still_unclear
from bots.protest_intake.extract_attached import (
    attached_dates,
    corroborated,
    importer_corroborated,
)
from bots.protest_intake.extract_caption_beside import read_caption_beside, read_requests_under
from bots.protest_intake.extract_captions_under import read_captions_under
from bots.protest_intake.extract_cells import read_cells
from bots.protest_intake.extract_chronology import read_chronology
from bots.protest_intake.extract_decision_column import read_decision_column
from bots.protest_intake.extract_drawn_boxes import read_drawn_boxes
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT, EntryRead, read_entries
from bots.protest_intake.extract_fields import INFERRED, PROSE, Fields
from bots.protest_intake.extract_form19 import read_form19, with_decision_protested
from bots.protest_intake.extract_grid import read_caption_grid
from bots.protest_intake.extract_importer_near import read_importer_near
from bots.protest_intake.extract_letter import read_letter, read_stamp
from bots.protest_intake.extract_objection_reasons import DEFERRED
from bots.protest_intake.extract_party_block import tidy_values
from bots.protest_intake.extract_party_columns import read_party_columns
from bots.protest_intake.extract_party_is import read_party_is
from bots.protest_intake.extract_party_over_number import read_party_over_number
from bots.protest_intake.extract_party_parts import read_party_parts
from bots.protest_intake.extract_party_tidy import tidy_party
from bots.protest_intake.extract_pointed import read_captions_right, read_pointed
from bots.protest_intake.extract_stacked import read_stacked
from bots.protest_intake.extract_stated_earlier import KEY as STATED_EARLIER
from bots.protest_intake.extract_stated_earlier import read_stated_earlier
from bots.protest_intake.extract_structure import form_boxes_unknown, inferred_items, unsure_items
from bots.protest_intake.extract_telegraphic import read_telegraphic_requests
from bots.protest_intake.extract_ticked_decision import (
    read_ticked_decision,
    read_ticked_petition_box,
)
from bots.protest_intake.extract_unliquidated import stated_unliquidated
from bots.protest_intake.extract_versus_caption import read_versus_caption
from bots.protest_intake.model import ProtestEntry, ProtestFacts
from bots.protest_intake.phrasings import AD_CVD_WORDS, PROTEST
from bots.protest_intake.received_filed import read_as_filed
from tradebots.facts import Extracted, confidence_json, evidence_json
from tradebots.pdf import PdfDocument, Segment, TextStream, open_pdf
from tradebots.pdf.kind import WrongDocument, guess_kind

Layout = Literal["form19", "letter"]

_FORM_19 = re.compile(r"CBP\s+Form\s+19\b", re.I)
# The form's own box and section wording, for a filled form whose footer (the form number) is lost.
_FORM_19_WORDING = (
    re.compile(r"date\s+received\s*\(\s*CBP\s+use\s+only\s*\)", re.I),
    re.compile(r"name\s+and\s+address\s+of\s+importer\s+or\s+other\s+protesting\s+party", re.I),
    re.compile(r"section\s+I\W+importer\s+and\s+entry\s+identification", re.I),
    re.compile(r"detailed\s+reasons\s+for\s+protest", re.I),
    re.compile(r"protest\s+no\.?\s*\(\s*supplied\s+by\s+CBP\s*\)", re.I),
    re.compile(r"sections?\s+514\s*&\s*514\(a\)", re.I),
    # A replica's numbered boxes: "PROTEST (19 CFR Part 174)", "6. Name and Address of
    # Protesting Party", "1. Protest Number (CBP use)".
    re.compile(r"^\W*protest\s*\(\s*19\s+CFR\s+part\s+174\s*\)", re.I | re.M),
    re.compile(r"\d\s*[.)]\s*name\s+and\s+address\s+of\s+(?:the\s+)?protesting\s+party", re.I),
    re.compile(r"\d\s*[.)]\s*protest\s+(?:number|no\.?)", re.I),
)
_PROTEST_WORDS = re.compile(r"\bprotest", re.I)
_PROTEST_LAW = re.compile(r"1514|Part\s+174|174\.\d+", re.I)
# A letter that cites no law is still a protest when it protests a customs decision on an entry.
_PROTEST_CONTEXT = re.compile(
    r"liquidat|decision\s+protested|port\s+director|customs\s+and\s+border\s+protection", re.I
)
_LOOKS_LIKE = (
    ("an invoice", re.compile(r"\binvoice\b", re.I)),
    ("a ruling request", re.compile(r"\bruling\b", re.I)),
    ("a penalty notice", re.compile(r"\bpenalty\b", re.I)),
)
# A box question: its "?", its boxes, or both answers printed for one to be marked.
_BOX_QUESTION = re.compile(r"\?|[☐☒☑✓✔]|\[\s*[xX]?\s*\]|(?i:\byes\b.*\bno\b|\bno\b.*\byes\b)")
# An earlier protest asked for in a sentence ("the same disposition as in Protest No. ...") is
# prose on a form too: unread, 174.13(a)(7) could never be found wanting.
# A declaration is a sentence ("no entry listed herein is subject to drawback"); a caption with
# no verb ("ENTRIES SUBJECT TO DRAWBACK") is a box's label.
_DECLARES = re.compile(r"(?i)\b(?:is|are|was|were|has|have|will|declares?|claimed)\b")
_PROSE_ON_FORMS = ("protestant_name", "protestant_address", "category", "merchandise_description",
                   "objection_text", DEFERRED, INFERRED[6], "signer_name",
                   "earlier_protest_number", "earlier_protest_received", INFERRED[7])
CONTRACT_KEYS = (
    "protest_number", "port_code", "received_date", "importer_number", "protestant_name",
    "protestant_address", "category", "merchandise_description", "accelerated_disposition",
    "further_review_requested", "signer_name",
)


class NotAProtest(WrongDocument):
    """A readable PDF that is not a protest: a person must look at it."""

    def __init__(self, path: Path, looks_like: str | None = None) -> None:
        super().__init__(
            path, "a protest",
            "no CBP Form 19 and no protest letter under 19 U.S.C. 1514 naming an entry",
            code="not_a_protest", looks_like=looks_like,
        )


@dataclass(frozen=True)
class ProtestExtraction:
    """The facts read from one protest and how each value was read."""

    facts: ProtestFacts
    fields: dict[str, Extracted]
    sha256: str
    pages: int
    layout: Layout

    def values_json(self) -> dict[str, Any]:
        return contract_values(self.facts)

    def evidence_json(self) -> dict[str, dict[str, Any]]:
        return evidence_json(self.fields)

    def confidence_json(self) -> dict[str, float]:
        return confidence_json(self.fields)


def extract_protest(path: Path) -> ProtestExtraction:
    """Read the protest at `path`; UnusablePdf for a bad file, NotAProtest for another document."""
    with open_pdf(path) as document:
        packet = read_packet(document)
        # A batch report's column of section codes ("A", "B", ...) left of its rows is no part
        # of them: read without it, each row opens with its caption.
        document.hide(code_column(document))
        # Two or three "Label: value" pairs typed to a line are read as a line each.
        # ... and a caption printed in two languages ("Port / Puerto:") as its English one.
        # Records set side by side ("Entry: A    Entry: B") are read a column at a time.
        pages = english_captions([pairs_apart(records_side_by_side(
            [key_value_line(plain_line(line)) for line in document.reading_lines(n)]))
            for n in document.page_numbers])
        layout = _layout(path, _stream(pages).text)
        # A sheet that names Form 19 ("CBP Form 19 content") but prints none of its boxes is
        # laid out by its sender: it is read, and its absences judged, as a letter is.
        if layout == "form19" and form_boxes_unknown(document):
            layout = "letter"
        # A letter's running head would run on into the paragraph a page break cuts; a form's
        # footer names the form and its boxes are read where they stand.
        # ... but a slide's last value, a date, may stand where another slide's does.
        kept = without_running_lines(pages, keep_first_top=True, dates_kept=True) \
            if layout == "letter" else pages
        stream = _stream(kept)
        fields = Fields()
        # Captions printed under their typed lines are the form's own labelling: read first, and
        # the caption readers that look under a caption for its value are not run on them.
        under = read_captions_under([line for page in kept for line in page], fields)
        read_drawn_boxes(document, fields)
        read_cells(document, fields)
        if layout == "form19":
            read_form19(document, stream, fields)
            # Before the letter's cues: a question's own words would read as a request.
            unclear = read_answered(document, fields)
            _prose_on_form(document, stream, fields)
        else:
            # A caption over its value is the letter's own labelling: surer than its prose cues.
            # On a form the boxes are read as boxes: a caption there may stand over another one.
            if under is None:
                # The party's part rows under its heading ("PROTESTANT" / "Name | X"), before a
                # caption reader takes the heading's next line whole for the name.
                read_party_parts([line for page in kept for line in page], fields)
                _captions(kept, stream, fields)
            # A pleading's caption box sets the party over its role and the "v.".
            read_versus_caption([line for page in kept for line in page], fields)
            # Before the letter's cues: a question's own words would read as a request.
            unclear = read_answered(document, fields)
            # The entries' own column naming the decision: the sender's label, before prose.
            read_decision_column(document, fields)
            # A cable's clipped requests and its "PROTESTANT IS X" before the letter's cues,
            # which would take the cable's sender line ("FM X") for the party.
            read_telegraphic_requests(stream, fields)
            read_party_is(stream, fields)
            read_letter(document, stream, fields)
            tidy_values(stream, fields)
            tidy_party(stream, fields)
            read_party_over_number(stream, fields)
        read_importer_near([line for page in kept for line in page], fields)
        _earlier_is_not_own(fields)
        read_stated_earlier(stream, fields)
        with_decision_protested(document, fields)
        read_ticked_decision(stream, fields)
        read_ticked_petition_box(document, fields)
        if under is not None:
            under.restore(fields)
        points = importer_corroborated(packet.entry_summaries, fields)
        read, unsettled_dates = _entries(document, stream, fields)
        entries, dated = corroborated(read, attached_dates(
            packet.entry_summaries, packet.liquidation_notices), fields)
        doubts = still_unclear(unclear, fields)
        unsure = unsure_items(layout, document, fields, entries, stream.text)
        # Words that argue the decision where the reader read no objection (a covering letter
        # set aside, an e-mail's body above the form): (a)(6)'s absence is not vouched for.
        unsure |= argued_unread(fields, stream.text,
                                set_aside_letters(document, packet.parts.others))
        # Only where the layout vouches for absences: an unrecognised one leaves them open alone.
        unplaced = {item: why for item, why in open_absences(
            document, fields.items, ELEMENTS, known_heading).items() if item not in unsure}
        unsure |= set(unplaced)
        if under is not None:
            unsure -= under.vouched()
            unplaced = {item: why for item, why in unplaced.items() if item in unsure}
        facts = replace(_facts(fields, entries, unsure, stream.text),
                        received_as_filed=read_as_filed(fields.items.get("received_date"),
                                                        stream.text),
                        stated_unliquidated=stated_unliquidated(stream.text, entries),
                        unclear_answers=doubts, attachment_points=(*points, *dated),
                        unsettled_dates=unsettled_dates,
                        unplaced=tuple(unplaced.items()))
        return ProtestExtraction(facts, fields.items, document.sha256, document.page_count, layout)


def _earlier_is_not_own(fields: Fields) -> None:
    """A number or receipt date printed once cannot be both this protest's and the earlier
    protest's (174.13(a)(7)): a box reader that took the earlier protest's cells for this one's
    would date the protest's receipt wrongly and judge its timeliness on that."""
    for own, earlier in (("protest_number", "earlier_protest_number"),
                         ("received_date", "earlier_protest_received")):
        mine, theirs = fields.items.get(own), fields.items.get(earlier)
        if mine is None or theirs is None or mine.value is None:
            continue
        same_print = mine.evidence is not None and theirs.evidence is not None \
            and (mine.evidence.page, mine.evidence.bbox) == (theirs.evidence.page,
                                                             theirs.evidence.bbox)
        if same_print or (own == "protest_number" and mine.value == theirs.value):
            del fields.items[own]


def _captions(pages: list[list[list[Segment]]], stream: TextStream, fields: Fields) -> None:
    """Values under captions: a grid's rows of captions first, the party's captions by where
    they stand, then captions printed right of their values, then captions standing alone,
    then captions tied to their value by a pointer on its line, then a description anywhere
    beside its lone caption and a request's bare answer under its caption."""
    lines = [line for page in pages for line in page]
    read_caption_grid(lines, fields)
    read_party_columns(lines, fields)
    read_captions_right(lines, fields)
    read_stacked(stream, fields)
    read_pointed(stream, fields)
    read_caption_beside(lines, fields)
    read_requests_under(lines, fields)


def _stream(pages: list[list[list[Segment]]]) -> TextStream:
    """The pages' lines as one text; a quoted blank line ("> ") stays a blank line, the
    paragraph break it was written as."""
    lines = [line for page in pages for line in page]
    return TextStream([line for index, line in enumerate(lines)
                       if line or (index and lines[index - 1])])


def _prose_on_form(document: PdfDocument, stream: TextStream, fields: Fields) -> None:
    """A replica form carries prose too (the decision, the goods, a signature under the boxes):
    the letter's cues fill what no box gave. Receipt, yes/no boxes and drawback stay the boxes'
    own: a letter cue would read a caption or another box's question as their answer."""
    prose = Fields()
    read_letter(document, stream, prose)
    for key in _PROSE_ON_FORMS:
        item = prose.items.get(key)
        # A heading on a form is one of its boxes, read as a box already: under it the letter
        # reader would take the next box's question for the objection.
        # A blank box's label read as the value below it is the next box's label (it ends ":").
        if item is not None and not (key == "objection_text" and item.confidence > PROSE
                                     and not _run_in(stream.text, str(item.value))) \
                and not str(item.value).rstrip().endswith(":"):
            fields.put(key, item.value, item.evidence, item.confidence)
    # A box left blank or pointing elsewhere ("Date received: see stamp") leaves the receipt to
    # CBP's RECEIVED stamp on the form; requests asked in a sentence under a form's section
    # ("[X] We ask that this protest be referred ... for further review") where no box answers.
    stamp = Fields()
    read_stamp(stream, stamp)
    # ... and the number CBP wrote in its own block ("FOR CBP USE - Protest No. 3901-24-185700")
    # on a sender's replica of the form, where no box of the form's own gives it.
    for key, source in (("received_date", stamp), ("protest_number", stamp),
                        ("further_review_requested", prose),
                        ("accelerated_disposition", prose)):
        item = source.items.get(key)
        if item is not None and item.evidence is not None:
            fields.put(key, item.value, item.evidence, item.confidence)
    # A drawback declaration written out as a sentence, not a box's question and its answers.
    declared = prose.items.get("drawback_declaration")
    if declared is not None and declared.evidence is not None \
            and not _BOX_QUESTION.search(declared.evidence.text) \
            and _DECLARES.search(declared.evidence.text):
        fields.put("drawback_declaration", declared.value, declared.evidence, declared.confidence)


def _run_in(text: str, value: str) -> bool:
    """Whether `value` starts on its label's own line ("Basis of claim: The transaction value
    ..."): a filled box, not a heading whose box is blank and the next box's words below it."""
    at = text.find(value[:40]) if value else -1
    if at < 0:
        return False
    label = text[text.rfind("\n", 0, at) + 1:at].strip()
    return label.endswith((":", ".")) and PROTEST.heading("objection_heading",
                                                          label.rstrip(":.").strip())


def _layout(path: Path, text: str) -> Layout:
    if _FORM_19.search(text) or sum(bool(p.search(text)) for p in _FORM_19_WORDING) >= 2:
        return "form19"
    # The command names the kind, so a document that speaks of a protest and of an entry, the
    # law or a customs decision is read as a letter; one whose entries or parties the reader
    # cannot find then goes to a person rather than being refused.
    if _PROTEST_WORDS.search(text) and (
        ENTRY_IN_TEXT.search(text) or _PROTEST_LAW.search(text) or _PROTEST_CONTEXT.search(text)
    ):
        return "letter"
    raise NotAProtest(path, guess_kind(text, _LOOKS_LIKE))


def _entries(document: PdfDocument, stream: TextStream, fields: Fields
             ) -> tuple[list[ProtestEntry], tuple[tuple[int, str], ...]]:
    """The entries read, each all-figure date in the day-and-month order the protest settles;
    with (174.13(a) item, why) for each date left out because nothing settles it."""
    entries: list[ProtestEntry] = []
    order = orders(stream.text)
    unsettled: list[tuple[int, str]] = []
    # A date that reads day first only ("27.08.2025") is read as the date it is; the order
    # above is settled on the text as printed, where such a date shows it.
    # A chronology's event lines give each entry's dates a line at a time: read after the
    # entries' own mentions, so they count only where those gave fewer dates.
    text = with_day_first_as_iso(stream)
    for read in _dated_first([*read_entries(document, text), *read_chronology(text)]):
        number = read.number.value
        key = f"entries[{len(entries)}]"
        fields.items[f"{key}.entry_number"] = read.number
        dates: dict[str, Any] = {}
        for name, item, element in (("entry_date", read.entry_date, 3),
                                    ("liquidation_date", read.liquidation_date, 4)):
            if item is None:
                continue
            kept, doubt = settled(item, f"{name.replace('_', ' ')} of entry {number}", order)
            if doubt is not None:
                unsettled.append((element, doubt))
            if kept is not None:
                fields.items[f"{key}.{name}"] = kept
                dates[name] = kept.value
        entries.append(ProtestEntry(number, dates.get("entry_date"), dates.get("liquidation_date")))
    return entries, tuple(unsettled)


def _dated_first(reads: list[EntryRead]) -> list[EntryRead]:
    """One read per entry number, in first-mention order: a number repeated in the text (a RE
    line, then the table) is one entry, read where its dates are printed; of two mentions with
    as many dates, the surer read (a table's columns, not dates placed only by their order, as a
    running head's number next to a stamp and the letter's date would be)."""
    chosen: dict[str, EntryRead] = {}
    for read in reads:
        kept = chosen.get(read.number.value)
        if kept is None or _dates(read) > _dates(kept):
            chosen[read.number.value] = read
    return list(chosen.values())


def _dates(read: EntryRead) -> tuple[int, float]:
    dated = [item for item in (read.entry_date, read.liquidation_date) if item is not None]
    return len(dated), min((item.confidence for item in dated), default=0.0)


def _facts(fields: Fields, entries: list[ProtestEntry], unsure: frozenset[int],
           text: str) -> ProtestFacts:
    value = fields.value
    return ProtestFacts(
        protest_number=value("protest_number"),
        port_code=value("port_code"),
        received_date=value("received_date"),
        importer_number=value("importer_number"),
        protestant_name=value("protestant_name"),
        protestant_address=value("protestant_address"),
        entries=tuple(entries),
        category=value("category"),
        merchandise_description=value("merchandise_description"),
        accelerated_disposition=fields.flag("accelerated_disposition"),
        further_review_requested=fields.flag("further_review_requested"),
        signer_name=value("signer_name"),
        objection_text=value("objection_text"),
        drawback_declaration=value("drawback_declaration"),
        filed_electronically=fields.flag("filed_electronically"),
        surety_protest=fields.flag("surety_protest"),
        bond_demand_mailed=value("bond_demand_mailed"),
        non_collusion_certified=fields.flag("non_collusion_certified"),
        earlier_protest_number=value("earlier_protest_number"),
        earlier_protest_received=value("earlier_protest_received"),
        afr_criterion=value("afr_criterion"),
        stated_earlier=value(STATED_EARLIER),
        unsure_items=unsure,
        inferred_items=inferred_items(fields),
        ad_cvd_named=bool(AD_CVD_WORDS.search(text)),
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def contract_values(facts: ProtestFacts) -> dict[str, Any]:
    """The contract's `values` object for a protest."""
    return {
        "protest_number": facts.protest_number,
        "port_code": facts.port_code,
        "received_date": _iso(facts.received_date),
        "importer_number": facts.importer_number,
        "protestant_name": facts.protestant_name,
        "protestant_address": facts.protestant_address,
        "entries": [
            {"entry_number": e.entry_number, "entry_date": _iso(e.entry_date),
             "liquidation_date": _iso(e.liquidation_date)}
            for e in facts.entries
        ],
        "category": facts.category,
        "merchandise_description": facts.merchandise_description,
        "accelerated_disposition": facts.accelerated_disposition,
        "further_review_requested": facts.further_review_requested,
        "signer_name": facts.signer_name,
    }

"""Worksheets and filing confirmations: a label in one cell and its value in the next cell of
the same row ("4. Importer Number | 56-5158103"), with no colon between them. A row counts only
when its first cell is a whole known label, so running text is never read as one."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import takewhile
from typing import Any

from bots.common.reading.bilingual import english_captions
from bots.common.reading.dates import find_dates
from bots.common.reading.gridline_cuts import cut_at_rule_glyphs, rejoined
from bots.common.reading.parties import STATE_ZIP, US_ADDRESS, is_role_word
from bots.common.reading.phrases import fold_label, spelled_out
from bots.common.reading.signature import is_person
from bots.common.reading.worksheet_cells import WRAP_SLACK, row_pairs, run_on
from bots.protest_intake.extract_fields import (
    LABELLED,
    PROSE,
    RECEIPT_LABEL,
    WHO_FILES,
    Fields,
    category_of,
    fold,
    importer_number_in,
    port_code_in,
    protest_number_in,
    ticked,
)
from bots.protest_intake.extract_objection_heading import HEADING_CONFIDENCE
from bots.protest_intake.extract_objection_reasons import DEFERRED, deferred
from bots.protest_intake.extract_stacked import UNREAD_CAPTION, caption_of
from bots.protest_intake.phrasings import PROTEST, objection_heading
from tradebots.pdf import PdfDocument, Segment
from tradebots.pdf.words import evidence_of

# "6.", "(b)", trailing "(CBP use)" or ":" around a label cell's words.
# A box's number, however printed: "6.", "6a)", "(b)", and a form's bare "6 NAME" before a capital.
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[a-z]?|[a-z]|[ivx]+)\s*[.)]\s*|^\s*\([a-z0-9]+\)\s*"
                        r"|^\s*\d{1,2}[a-z]?\s+(?=(?-i:[A-Z]))"
                        r"|^\s*section\s+[ivx]+\s*[-–:]\s*", re.I)
_TAIL = re.compile(r"\s*(?:\([^)]*\)\s*)*:?\s*$")


def _labels(*patterns: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(patterns)})", re.I)


_PARTY = (r"(?:protest(?:ant|ing\s+(?:party|company))|importer(?:\s+of\s+record)?|filing\s+party"
          r"|party\s+(?:filing|protesting))")
# A party's two names joined in one label: "Importer / protestant", "Filer / Protestant",
# "Protestant or importer of record". "Filer" alone may be the agent (174.12(a)), so it counts
# only joined to a word that names the party.
_JOIN = r"\s*(?:/|\bor\b|&|\band\b)\s*"
_FILER = r"(?:filer|filing\s+agent)"
# A role in brackets after another ("Importer (protestant)") is the party's second name, not a
# note for _TAIL to drop.
_ROLE_NOTE = re.compile(rf"\s*\(\s*((?:{_PARTY}|{_FILER}))\s*\)", re.I)
LABELS: dict[str, re.Pattern[str]] = {
    # ... or the party first: "PROTESTING PARTY, NAME AND ADDRESS", "Protestant's name & address".
    "name_and_address": _labels(rf"name\s+and\s+address\s+of\s+(?:the\s+)?(?:importer\s+or\s+"
                                rf"other\s+)?{_PARTY}",
                                rf"{_PARTY}(?:'s|’s)?(?:\s*[,:/–-]\s*|\s+)name\s+(?:and|&)\s+address"),
    # "Importer / protestant", "Protestant or importer of record": two names of one party.
    "protestant_name": _labels(rf"{_PARTY}{_JOIN}{_PARTY}(?:\s+name)?",
                               rf"{_FILER}{_JOIN}{_PARTY}(?:\s+name)?",
                               rf"{_PARTY}{_JOIN}{_FILER}(?:\s+name)?",
                               r"protest(?:ant|ing\s+(?:party|company))(?:'s)?(?:\s+name)?",
                               r"filing\s+party", r"party\s+(?:filing|protesting)",
                               r"importer\s+of\s+record", r"importer\s+name",
                               rf"name\s+of\s+(?:the\s+)?{_PARTY}"),
    # "6a. Street and city", "Mailing address", "Street address (city, state, ZIP)".
    "protestant_address": _labels(rf"(?:{_PARTY}(?:'s)?\s+)?(?:(?:business|mailing|street"
                                  r"|registered|principal|office|postal|company)\s+)?address"
                                  r"(?:\s+of\s+record)?",
                                  rf"address\s+of\s+(?:the\s+)?{_PARTY}",
                                  r"street(?:\s+and\s+city|,\s+city(?:,?\s+(?:and\s+)?state)?"
                                  r"(?:,?\s+(?:and\s+)?zip)?)"),
    "protest_number": _labels(r"protest\s+(?:number|no\.?|#)"),
    # "CBP port", "Filed at port", "Port of protest", "Entry port": the port by what happens there.
    "port_code": _labels(r"(?:CBP\s+|entry\s+|filing\s+|customs\s+)?port(?:\s+code)?"
                         r"(?:\s+of\s+(?:entry|filing|protest|liquidation))?",
                         # "Port filed", "Port where filed", "Port filed at".
                         r"port\s+(?:(?:where\s+)?filed|filed\s+(?:at|with|in))",
                         r"(?:filed|submitted|lodged|entered)\s+(?:at|with|in)\s+(?:the\s+)?"
                         r"(?:CBP\s+)?port(?:\s+of)?"),
    "importer_number": _labels(r"(?:importer|IOR)(?:\s+of\s+record)?\s+(?:number|no\.?|#|id)",
                               r"IOR", r"EIN"),
    "received_date": _labels(RECEIPT_LABEL),
    # "Application for further review", "Request for further review", "AFR requested?".
    "further_review_requested": _labels(r"(?:section\s+[ivx]+\s*-\s*)?(?:(?:application|request"
                                        r"|petition)\s+for\s+)?(?:further\s+review|AFR)"
                                        r"(?:\s+requested)?\??"),
    "accelerated_disposition": _labels(r"accelerated\s+disposition(?:\s+requested)?"),
    # An e-filing acknowledgement's "Filed by | X" names who signed what it filed.
    "signer_name": _labels(r"printed\s+name", r"name\s+of\s+(?:the\s+)?(?:signer|signatory)",
                           r"(?:signed|filed|submitted|certified)\s+by", r"signer(?:'s\s+name)?",
                           r"signatory", r"name\s+of\s+person\s+signing",
                           r"authori[sz]ed\s+(?:signer|signatory)"),
    "earlier_protest_number": _labels(r"(?:earlier|prior)\s+protest\s+(?:number|no\.?|#)"),
}
# In the row of an earlier protest's number, "Date received" is that protest's receipt date.
_EARLIER_ROW = {"received_date": "earlier_protest_received"}
# Under a section about an earlier protest (174.13(a)(7): "SECTION III - SAME DISPOSITION AS
# EARLIER PROTEST", "Prior protest", "Related protest"), "Protest number" and "Date received"
# are that protest's: read as this protest's they give it a number and a receipt date it has not.
_EARLIER_SECTION_KEYS = {"received_date": "earlier_protest_received",
                         "protest_number": "earlier_protest_number"}
_EARLIER_SECTION = re.compile(
    r"(?i)\b(?:earlier|prior|previous|related|companion)\s+protests?\b|same\s+disposition"
    r"|174\.13\s*\(a\)\s*\(7\)")
# A section's heading: "SECTION IV - ...", "IV. FURTHER REVIEW", or a line in capitals.
_SECTION_HEADING = re.compile(r"^\s*(?:section\s+[ivx\d]+\b|[IVX]+\s*[.)-]\s+[A-Z])"
                              r"|^[^a-z]*[A-Z]{3}[^a-z]*$", re.I)
_SIGNATURE = re.compile(r"^\s*signature\s*:?\s*$", re.I)
# "Signed | Ann Lee" (title and firm on the lines under it): the caption of a typed signature.
_SIGNED = re.compile(r"^\s*signed\s*:?\s*$", re.I)
# CBP's stamp word alone, no colon: the stamp's lines under it, not the cell beside, give its date.
_STAMP_WORD = re.compile(r"\s*R ?E ?C ?E ?I ?V ?E ?D\s*")
# The signer's title: a caption of the signature row ("Signature | Name | Title"), read by no one.
_TITLE = re.compile(r"^\s*(?:title|position|capacity)\s*:?\s*$", re.I)
# A bare "Name" cell is the signer's when it comes after a "Signature" cell.
_NAME = re.compile(r"^\s*name\s*:?\s*$", re.I)
# A printout's section of who submitted or signed ("Submitter", "SIGNATORY", "Signed by") over
# its "Name:" / "Title:" rows: that "Name:" is the signer's.
_SIGNER_SECTION = re.compile(r"(?i)^\s*(?:submitter|submitted\s+by|signer|signatory|signed\s+by"
                             r"|filer|filed\s+by|certified\s+by|signature(?:\s+block)?)"
                             r"(?:\s+(?:information|details|info))?\s*:?\s*$")
_SECTION_REACH = 2  # rows under a section's heading where its "Name:" row is
_ELECTRONIC_SIGNATURE = re.compile(
    r"(?im)^\s*(?:electronically\s+signed|e-?signed|(?:prepared|executed|certified)\s+and\s+signed"
    r"|signed)\s*(?:by)?\s*:\s*(?:/s/\s*)?"
    r"(?P<name>[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]*){1,3})\s*$"
)
# "Prepared and signed by Marcus T. Delgado, Licensed Customs Broker, on 10/10/25": a person
# (two to four capitalised words, no company word) followed by a title.
_SIGNED_BY = re.compile(
    r"(?im)^\s*(?:prepared\s+and\s+)?(?:signed|filed|submitted)\s+(?:electronically\s+)?by\s+"
    r"(?:/s/\s*)?(?P<name>(?-i:[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]*\.?){1,3}?))"
    # "Submitted electronically by X." ends the line at the name.
    r"(?:,\s+\w|\.?\s*$)"
)
_COMPANY = re.compile(r"(?i)\b(?:inc|llc|ltd|co|corp|company|brokerage|services|group|llp)\b")
_ANSWERS = re.compile(r"[☐☒☑]|[(\[]\s*[xX]?\s*[)\]]\s*(?:yes|no)\b", re.I)
_SLASHES = re.compile(r"\s+/\s+")


# A request's cell answered in words, not boxes: "Yes", "Requested", "No", "None", "N/A",
# "Not requested", "Not available through this module" (nothing asked for either way).
_YES = re.compile(r"(?i)^\W*(?:yes|y|requested|true)\b")
_NO = re.compile(r"(?i)^\W*(?:no|n|none|n/a|not\b|false|declined|waived|neither)\b")


# A cell that lists both options ("Requested X Not requested", "Yes / No") is answered by its
# mark, not by its first word; the box readers read the mark.
_BOTH_OPTIONS = re.compile(r"(?i)\b(?:yes|requested)\b.*\b(?:no|not)\b|\b(?:no|not)\b.*\byes\b")


def _answer(text: str) -> bool | None:
    """A request's cell: its ticked box, else a bare yes or no in words."""
    boxed = ticked(text)
    if boxed is not None or "[" in text or "(" in text[:3]:
        return boxed
    if _BOTH_OPTIONS.search(text):
        return None
    return True if _YES.match(text) else False if _NO.match(text) else None


def _date(text: str) -> Any:
    found = find_dates(text)
    return found[0].value if found else None


def _name(text: str) -> str | None:
    """A party's name: capitalised words, not a caption's wrapped tail ("174.22)?"), the next
    box's answers ("( ) Yes (X) No") or a sentence's verb ("declares, to the best ...")."""
    name = fold(text)
    if len(re.findall(r"[A-Za-z]", name)) < 3 or not name[:1].isupper() or name.endswith("?") \
            or _ANSWERS.search(name):
        return None
    return name


_PARSE: dict[str, Callable[[str], Any]] = {
    "protestant_name": _name,
    "protestant_address": lambda t: fold(t) if STATE_ZIP.search(t) else None,
    "protest_number": protest_number_in,
    "port_code": port_code_in,
    "importer_number": importer_number_in,
    "received_date": _date,
    "further_review_requested": _answer,
    "accelerated_disposition": _answer,
    "signer_name": lambda t: _signer(fold(t.removeprefix("/s/").strip())),
    "earlier_protest_number": protest_number_in,
    "earlier_protest_received": _date,
}


def cell_label(text: str) -> str:
    """A label cell's words without its box number, note in brackets or colon; abbreviations
    spelled out when the label as printed names no field ("Date Rec'd by CBP")."""
    label = _TAIL.sub("", _ROLE_NOTE.sub(r" / \1", _NUMBERING.sub("", text)))
    if any(pattern.fullmatch(label) for pattern in LABELS.values()):
        return label
    folded = fold_label(label)
    spelled = spelled_out(folded)
    return spelled if spelled != folded else label


def read_cells(document: PdfDocument, fields: Fields) -> None:
    """Fill `fields` from rows of a label cell then a value cell, or a row of label cells over a
    row of value cells (a drawn form's captions), at a label's confidence."""
    # A worksheet's value run on across a gridline is one cell again; a rule a scan's OCR read
    # as "|" parts two cells.
    # A bilingual sheet's label cell ("Domicilio / Address") is read by its English half.
    printed = [[_without_number_cell(cut_at_rule_glyphs(rejoined(line)))
                for line in document.segments(n)] for n in document.page_numbers]
    pages = english_captions(printed)
    cut = _cut_captions(printed, pages)
    rows = _wrapped_labels([row for page in pages for row in page])
    signed = False
    pairs = list(row_pairs(rows, _is_label))
    earlier_rows = {pair.row for pair in pairs
                    if LABELS["earlier_protest_number"].fullmatch(cell_label(pair.label.text))}
    in_earlier = _earlier_sections(rows)
    filer_only = _filer_labels(pairs)
    for pair in pairs:
        index, label_cell, below = pair.row, pair.label, pair.below
        if pair in filer_only:
            continue
        value_cell = pair.values[0] if below else Segment(tuple(w for c in pair.values
                                                                 for w in c.words))
        # A printout spaces its colon off the label: "IMPORTER NAME   : X".
        label, value = cell_label(label_cell.text), value_cell.text.lstrip(": \t")
        evidence = evidence_of(list(value_cell.words))
        if _SIGNATURE.match(label):
            signed = True
            continue
        if not below and _STAMP_WORD.fullmatch(label_cell.text):
            continue  # a RECEIVED stamp's word: its date is the stamp's (read_stamp), not a cell's
        if id(label_cell) in cut and LABELS["received_date"].fullmatch(label):
            # "Fecha del escrito / Date of filing": the other half may date the writing, not
            # CBP's receipt (174.12(e)); the stamp or the date given for the receipt decides.
            continue
        if not below and LABELS["protestant_name"].fullmatch(label) and is_role_word(value) \
                and (under := _run_on_page(rows, index)):
            # "PROTESTANT  Importer" over the firm: the role word names nobody; the firm is the
            # line under it, its address the lines under that.
            value, evidence = under[0].text, evidence_of(list(under[0].words))
            index = next(n for n, row in enumerate(rows) if under[0] in row)
        # "PROTESTANT   IRS/EIN (IOR)": a row of two captions whose values are on the row
        # below; the cell beside a label that is itself a caption is the next box, no value.
        if not below and (caption_of(value) is not None or UNREAD_CAPTION.fullmatch(value)):
            continue
        if _SIGNED.match(label):
            if (name := _signer(value)) is not None and is_person(name):
                fields.put("signer_name", name, evidence, LABELLED)
            continue
        if (signed or _under_signer_section(rows, index)) and _NAME.match(label):
            fields.put("signer_name", _PARSE["signer_name"](value), evidence, LABELLED)
            continue
        if below and LABELS["name_and_address"].fullmatch(label):
            continue  # a block of lines under its caption: read whole below
        if LABELS["name_and_address"].fullmatch(label):
            _name_and_address(fields, value, evidence, _next_line(rows, index))
            continue
        if not below and LABELS["protestant_name"].fullmatch(label):
            _address_under(fields, rows, index)
        if LABELS["protestant_address"].fullmatch(label) and not STATE_ZIP.search(value):
            # A worksheet prints the street on the label's row and the city in the merged cell's
            # next row(s), its label cell empty: "Address | 1 Main St" / "| City, ST 00000".
            lines = _run_on_page(rows, index)[:2]
            value = ", ".join([value, *(line.text for line in lines)])
            evidence = evidence_of([*value_cell.words, *(w for ln in lines for w in ln.words)])
        _labelled_value(fields, label, value, evidence, earlier=index in earlier_rows,
                        earlier_section=index in in_earlier)
        if PROTEST.heading("merchandise", label):
            fields.put("merchandise_description", _run_on(value, rows, index), evidence, LABELLED)
        elif objection_heading(label):
            _objection(fields, _run_on(value, rows, index), evidence)
    _side_by_side(rows, fields, earlier_rows | in_earlier)
    _pair_ending_row(rows, fields, earlier_rows | in_earlier)
    _electronic_signature(document, fields)
    _decision_beside_label(rows, fields)
    # The form's box reader reads a name-and-address block under its caption; a drawn or
    # printed form read as a letter has none, so the caption's column is read here.
    for index, row in enumerate(rows):
        for cell in row:
            if LABELS["name_and_address"].fullmatch(cell_label(cell.text)):
                _name_and_address_block(fields, rows, index, cell)


def _cut_captions(printed: Sequence[Sequence[Sequence[Segment]]],
                  pages: Sequence[Sequence[Sequence[Segment]]]) -> set[int]:
    """The ids of the label cells english_captions cut to one language's half."""
    return {id(line[0]) for raw_page, page in zip(printed, pages, strict=True)
            for raw, line in zip(raw_page, page, strict=True)
            if line and raw and line[0] is not raw[0]}


def _side_by_side(rows: Sequence[Sequence[Segment]], fields: Fields, earlier: set[int]) -> None:
    """A printout's row of two "label | value" pairs side by side ("Protest Number: | 1401-26-
    166128 | Port of Filing: | 1401"): each pair as its own row, where the row alternates a
    known label with a value that is none."""
    for index, row in enumerate(rows):
        if index in earlier or len(row) < 4 or len(row) % 2:
            continue
        labels, values = row[::2], row[1::2]
        if all(_is_label(c.text) for c in labels) and not any(_is_label(c.text) for c in values):
            for label, value in zip(labels, values, strict=True):
                _labelled_value(fields, cell_label(label.text), value.text.lstrip(": \t"),
                                evidence_of(list(value.words)), earlier=False)


def _pair_ending_row(rows: Sequence[Sequence[Segment]], fields: Fields, earlier: set[int]) -> None:
    """A "label: | value" pair printed at the end of another row ("Entry No. | Date of Entry |
    Received by CBP: | 2025-08-21"): its colon makes the cell a caption, beside its value."""
    for index, row in enumerate(rows):
        if index in earlier or len(row) < 3:
            continue
        label, value = row[-2], row[-1]
        if label.text.rstrip().endswith(":") and _is_label(label.text) \
                and not _is_label(value.text) and not value.text.rstrip().endswith(":"):
            _labelled_value(fields, cell_label(label.text), value.text.strip(),
                            evidence_of(list(value.words)), earlier=False)


_WORDS_ONLY = re.compile(r"[A-Za-z][A-Za-z'’/&.-]*(?:\s+[A-Za-z'’/&.-]+)+")  # two words or more
_NUMBERED = re.compile(r"^\W*(?:\d{1,2}|[IVX]{1,4}|[A-Ha-h])[.)]\s")


def _wrapped_labels(rows: list[list[Segment]]) -> list[list[Segment]]:
    """A label cell too narrow for its words wraps them on to the next line in its column
    ("DESCRIPTION OF | Steel pipe" / "MERCHANDISE"): one label again, beside its value; read
    alone, its tail would caption the next line as a value."""
    out = [list(row) for row in rows]
    for index, row in enumerate(out[:-1]):
        tail = out[index + 1]
        # A list item's number or a tick ("1. | Entry No. ...", "X | Appraised value") is no
        # label's head, nor is a numbered heading under it a label's tail: each is its own.
        if len(row) < 2 or len(tail) != 1 or abs(tail[0].x0 - row[0].x0) > WRAP_SLACK \
                or not _WORDS_ONLY.fullmatch(row[0].text) or _NUMBERED.match(tail[0].text) \
                or _is_label(row[0].text) \
                or not _is_label(f"{row[0].text} {tail[0].text}"):
            continue
        row[0] = Segment((*row[0].words, *tail[0].words))
        out[index + 1] = []
    return out


# A question's or box's number printed in a column of its own ("1. | Name of protesting party |
# X", "Q3 | ...", "(b) | ..."): the label is the next cell.
_NUMBER_CELL = re.compile(r"^\s*(?:\(?\d{1,2}[a-z]?\)?[.):]?|\(?(?:[a-h]|[ivx]{1,4})[.)]"
                          r"|\((?:[a-h]|[ivx]{1,4})\)|Q\.?\s*\d{1,2}[.:)]?)\s*$", re.I)


def _without_number_cell(row: list[Segment]) -> list[Segment]:
    """The row without a leading number cell when a label and its value follow it."""
    return row[1:] if len(row) >= 3 and _NUMBER_CELL.match(row[0].text) else row


def _person_first(value: str) -> str:
    """"Ann Lee, Vice President, on behalf of Acme Inc.": a signer cell's person, without the
    title and the party the cell goes on to name."""
    head = value.split(",")[0].strip()
    return head if "," in value and is_person(head) else value


# A legal form after the first comma makes the words before it a firm's name ("Whitlock
# Customs Consulting, Inc., 820 Lake Street"), not a person's.
_LEGAL_FORM_NEXT = re.compile(r"(?i)^[^,]*,\s*(?:inc|llc|ltd|co|corp|llp|l\.l\.c|p\.?c|plc)\b")


def _signer(value: str) -> str | None:
    """A signer cell's person; None where the cell names a firm (a filer's "Filed by" may be
    the agent's firm, 19 CFR 174.12(a), with its address): a firm signs nothing."""
    person = _person_first(value)
    if not person or _LEGAL_FORM_NEXT.match(value) or _COMPANY.search(person) \
            or "&" in person or STATE_ZIP.search(person):
        return None
    return person


def _filer_labels(pairs: Sequence[Any]) -> list[Any]:
    """The "Filing party" cells when another cell names the protestant or importer: the filer
    may be the agent (19 CFR 174.12(a)), the other cell names the party."""
    named = [pair for pair in pairs
             if LABELS["protestant_name"].fullmatch(cell_label(pair.label.text))]
    filers = [pair for pair in named if WHO_FILES.search(pair.label.text)]
    return filers if len(filers) < len(named) else []


# The decision's own short label: "Decision", "Decision objected to", "Nature of decision".
# "Decision protested", "Protested decision", "Category (of decision)", "Decision type",
# "Nature of (the) objection", "Issue (protested)": the 1514(a) decision's cell by any of its
# names; the value must still name a decision (category_of) to be read.
_DECISION = re.compile(r"(?i)nature\s+of\s+(?:the\s+)?objection|issues?(?:\s+protested)?"
                       r"|(?:nature\s+of\s+(?:the\s+)?)?decision(?:\s+(?:protested"
                       r"|objected\s+to|under\s+protest|contested|challenged|type|category|code))?"
                       r"|(?:protested|contested|challenged)\s+decision"
                       r"|(?:protest\s+)?category(?:\s+of\s+(?:the\s+)?decision(?:\s+protested)?)?"
                       r"|type\s+of\s+decision(?:\s+protested)?")


def _decision_beside_label(rows: Sequence[Sequence[Segment]], fields: Fields) -> None:
    """"Decision | Classification": a row of the label and one cell naming a protestable decision,
    as a letter setting out its parts under labels prints it (19 U.S.C. 1514(a))."""
    if "category" in fields.items:
        return
    for row in rows:
        # A report's code cell before the decision's words: "DECISION CODE | CL | CLASSIFICATION
        # AND RATE OF DUTY".
        if len(row) in (2, 3) and _DECISION.fullmatch(cell_label(row[0].text)) \
                and (category := category_of(" ".join(c.text for c in row[1:]))) is not None:
            fields.put("category", category, evidence_of([w for c in row[1:] for w in c.words]),
                       LABELLED)
            return


def _is_label(text: str) -> bool:
    label = cell_label(text)
    return bool(_SIGNATURE.match(label) or _SIGNED.match(label) or _NAME.match(label)
                or _TITLE.match(label)
                or any(p.fullmatch(label) for p in LABELS.values())
                or PROTEST.heading("merchandise", label)
                or objection_heading(label))


def _earlier_sections(rows: Sequence[Sequence[Segment]]) -> set[int]:
    """The rows under a heading about an earlier protest, up to the next section's heading."""
    inside, under = False, set()
    for index, row in enumerate(rows):
        text = " ".join(cell.text for cell in row)
        if len(row) == 1 and _SECTION_HEADING.match(text):
            inside = bool(_EARLIER_SECTION.search(text))
        elif inside:
            under.add(index)
    return under


def _labelled_value(fields: Fields, label: str, value: str, evidence: Any, *,
                    earlier: bool, earlier_section: bool = False) -> None:
    for key, pattern in LABELS.items():
        if key != "name_and_address" and pattern.fullmatch(label):
            key = _EARLIER_ROW.get(key, key) if earlier else key
            key = _EARLIER_SECTION_KEYS.get(key, key) if earlier_section else key
            fields.put(key, _PARSE[key](value), evidence, LABELLED)
            return


def _address_under(fields: Fields, rows: Sequence[Sequence[Segment]], index: int) -> None:
    """"6. Protesting party | Blue Heron LLC" with "2210 Kilgore Avenue" / "Muncie, IN 47304" in
    the value's column below: the party's address, down to its city line (at most three)."""
    lines = _run_on_page(rows, index)[:3]
    ends = next((n for n, line in enumerate(lines, 1) if STATE_ZIP.search(line.text)), None)
    if ends is None or not lines[0].text[:1].isdigit():
        return
    taken = lines[:ends]
    fields.put("protestant_address", ", ".join(fold(line.text) for line in taken),
               evidence_of([w for line in taken for w in line.words]), LABELLED)


def _next_line(rows: Sequence[Sequence[Segment]], index: int) -> str:
    following = rows[index + 1] if index + 1 < len(rows) else ()
    return " ".join(cell.text for cell in following)


def _name_and_address(fields: Fields, value: str, evidence: Any, next_line: str = "") -> None:
    """One cell for both: "Name / 1 Main St / City, ST 00000" or "Name, 1 Main St, City, ST",
    the city line perhaps wrapped on to the next line ("Name, 1 Main St," / "City, ST 00000")."""
    parts = [fold(p) for p in _SLASHES.split(value) if p.strip()]
    address_at_end = rf",\s*(?P<address>{US_ADDRESS})\s*$"
    if len(parts) < 2 and not re.search(address_at_end, value) and next_line \
            and re.search(address_at_end, f"{value} {next_line}"):
        value = f"{value} {next_line}"
    if len(parts) < 2:
        match = re.search(address_at_end, value)
        if match is None:
            fields.put("protestant_name", fold(value) or None, evidence, LABELLED)
            return
        parts = [value[:match.start()], match.group("address")]
    fields.put("protestant_name", fold(parts[0]), evidence, LABELLED)
    fields.put("protestant_address", ", ".join(fold(p) for p in parts[1:]), evidence, LABELLED)


def _name_and_address_block(fields: Fields, rows: Sequence[Sequence[Segment]], index: int,
                            caption: Segment) -> None:
    """"4. NAME AND ADDRESS OF PROTESTANT" over "X Co." / "1 Main St" / "City, ST 00000": the
    lines in the caption's column (up to the next caption on its row) down to the city line,
    the values perhaps set a little off the caption (a drawn form's free frames)."""
    right = min((cell.x0 for cell in rows[index] if cell.x0 > caption.x0), default=float("inf"))
    lines: list[Segment] = []
    for row in rows[index + 1:index + 8]:
        inside = [cell for cell in row if caption.x0 - WRAP_SLACK <= cell.x0 < right]
        if not inside:
            continue
        if _is_label(inside[0].text) or len(inside) > 1:
            break
        lines.append(inside[0])
        if STATE_ZIP.search(inside[0].text):
            break
    if len(lines) < 2 or not STATE_ZIP.search(lines[-1].text) \
            or STATE_ZIP.search(lines[0].text):
        return
    evidence = evidence_of([w for line in lines for w in line.words])
    fields.put("protestant_name", _name(lines[0].text), evidence, LABELLED)
    fields.put("protestant_address", ", ".join(fold(line.text) for line in lines[1:]), evidence,
               LABELLED)


def _run_on_page(rows: Sequence[Sequence[Segment]], index: int) -> list[Segment]:
    """The lines that continue row INDEX's value cell, on its own page: the next page's running
    head ("Page 2 of 2 - Acme Inc. - Protest") set over the cell's column is no part of it."""
    page = rows[index][-1].page
    return list(takewhile(lambda line: line.page == page and not _FOLIO.match(line.text),
                          run_on(rows, index)))


# The page's own number at its foot ("Page 1 of 2", "1 of 2", "- 1 -"), set in the value's
# column by a sender that places every line: the page's furniture ends the value, no part of it.
_FOLIO = re.compile(r"(?i)^\s*(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
                    r"|\d{1,3}\s*(?:of|/)\s*\d{1,3}|-\s*\d{1,3}\s*-)\s*$")


def _run_on(value: str, rows: Sequence[Sequence[Segment]], index: int) -> str:
    """A value cell's text with the one-cell lines that wrap it below (a merged cell), or, in a
    letter's text, the line going on in lower case under the label at the margin ("Merchandise:
    tiles, water" / "absorption under 0.5 percent")."""
    lines = [line.text for line in _run_on_page(rows, index)]
    if not lines and index + 1 < len(rows) and len(rows[index + 1]) == 1:
        following = rows[index + 1][0]
        at_margin = abs(following.x0 - rows[index][0].x0) <= WRAP_SLACK
        if (following.text[:1].islower() and at_margin) or _hanging_wrap(rows, index):
            lines = [following.text]
    return fold(" ".join([value, *lines]))


_TIGHTER = 0.8  # of the pitch between rows: a line set this close under a row continues it


def _hanging_wrap(rows: Sequence[Sequence[Segment]], index: int) -> bool:
    """A definition list's value wrapped under its term ("Description of merchandise  Cotton
    ... style" / "    5521"): one cell set in from the term's margin, closer under the row than
    the rows stand from each other, and no label of its own."""
    if index < 1 or index + 1 >= len(rows) or not rows[index - 1]:
        return False
    row, following = rows[index], rows[index + 1][0]
    pitch, step = row[0].top - rows[index - 1][0].top, following.top - row[0].top
    return (0 < step < _TIGHTER * pitch and row[0].x0 + WRAP_SLACK / 2 < following.x0 < row[-1].x0
            and not _is_label(following.text) and ":" not in following.text)


def _under_signer_section(rows: Sequence[Sequence[Segment]], index: int) -> bool:
    """Whether row INDEX is among the first rows under a heading of who submitted or signed."""
    above = rows[max(0, index - _SECTION_REACH):index]
    return any(_SIGNER_SECTION.match(" ".join(cell.text for cell in row)) for row in above)


def _objection(fields: Fields, text: str, evidence: Any) -> None:
    if deferred(text):
        fields.put(DEFERRED, True, evidence, HEADING_CONFIDENCE)
    elif len(text) >= 20:
        fields.put("objection_text", text, evidence, HEADING_CONFIDENCE)


def _electronic_signature(document: PdfDocument, fields: Fields) -> None:
    """"Electronically signed: X", "Prepared and signed: X" (a label), else "Signed by X,
    Title" (a sentence: weaker)."""
    for pattern, confidence in ((_ELECTRONIC_SIGNATURE, LABELLED), (_SIGNED_BY, PROSE)):
        for number in document.page_numbers:
            for row in document.segments(number):
                match = pattern.match(" ".join(s.text for s in row))
                if match and not _COMPANY.search(match.group("name")):
                    # The sentence's full stop is no part of the name ("Ocampo."; "Jr." keeps it).
                    name = re.sub(r"(?<=[a-z]{2})\.$", "", fold(match.group("name")))
                    fields.put("signer_name", name,
                               evidence_of([w for s in row for w in s.words]), confidence)
                    return

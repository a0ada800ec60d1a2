"""Read a penalty referral PDF into PenaltyFacts with evidence: labels, sentences and tables.

    extract_penalty(path) -> PenaltyExtraction      (UnusablePdf, NotAReferral)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bots.common.reading.gridline_cuts import rejoined
from bots.common.reading.key_values import key_value_line, snake_key_line
from bots.common.reading.pairs_on_line import pairs_apart, records_side_by_side
from bots.common.reading.parties import address_parts_joined
from bots.common.reading.printouts import plain_line
from bots.common.reading.running import without_running_lines
from bots.common.reading.unplaced import open_absences
from bots.penalty_notice.activity_log import read_activity_log, told_alike
from bots.penalty_notice.address_parts import address_in_parts, doubted_without_zip, has_zip
from bots.penalty_notice.amount_first import amount_first
from bots.penalty_notice.broken_numbers import unread_broken
from bots.penalty_notice.comma_rows import unread_comma_rows
from bots.penalty_notice.culpability import levels_stated
from bots.penalty_notice.culpability_code import read_culpability_code
from bots.penalty_notice.culpability_told import culpability_told_otherwise
from bots.penalty_notice.dash_lists import undashed
from bots.penalty_notice.date_order import settle_date_order
from bots.penalty_notice.day_first import with_day_first_as_iso
from bots.penalty_notice.disclosure_told import told_otherwise
from bots.penalty_notice.drawn_culpability import (
    read_drawn_culpability,
    read_drawn_disclosure,
    read_drawn_noncommercial,
)
from bots.penalty_notice.excluded_entries import listed_apart, without_apart
from bots.penalty_notice.extract_absence import ELEMENTS, known_heading, unplaced_doubts
from bots.penalty_notice.extract_answered import settle_answers, with_liquidation_answered
from bots.penalty_notice.extract_commercial import read_commercial_question, read_commercial_said
from bots.penalty_notice.extract_entries import ENTRY_NUMBER, EntryRow, read_entry_rows
from bots.penalty_notice.extract_entry_boxes import with_drawn_marks
from bots.penalty_notice.extract_entry_checks import (
    column_doubts,
    overflow_doubts,
    overflowed,
    shifted_everywhere,
)
from bots.penalty_notice.extract_entry_marks import with_run_marks, with_told_values
from bots.penalty_notice.extract_entry_points import with_lost_points
from bots.penalty_notice.extract_entry_prose import read_entries_in_prose
from bots.penalty_notice.extract_entry_runs import read_entry_runs
from bots.penalty_notice.extract_header import DEFAULTED, names_value, read_header
from bots.penalty_notice.extract_merge import UNREAD_DISCLOSURE, doubts_of, merged
from bots.penalty_notice.extract_party import address_after
from bots.penalty_notice.extract_prose import read_prose
from bots.penalty_notice.extract_violation import read_violation
from bots.penalty_notice.goods_clipped import read_clipped_goods
from bots.penalty_notice.goods_in_prose import goods_in_prose
from bots.penalty_notice.model import PenaltyEntry, PenaltyFacts
from bots.penalty_notice.money_printed import settle_printed_money
from bots.penalty_notice.name_address_box import read_name_address_box
from bots.penalty_notice.owed_from_loss import with_owed_from_loss
from bots.penalty_notice.pointed_lines import pointed_lines
from bots.penalty_notice.ruled_cells import ruled_cells
from bots.penalty_notice.scanned import capped, from_scan
from bots.penalty_notice.short_leaders import glued_leaders, labelless_leaders, short_leaders
from bots.penalty_notice.stacked_answers import read_stacked_answers
from bots.penalty_notice.typed_box_lines import read_typed_box_lines
from bots.penalty_notice.unread_entries import unread_told
from bots.penalty_notice.violation_by_entry import violation_at_first_entry
from tradebots.facts import Extracted
from tradebots.pdf import Segment, TextStream, open_pdf
from tradebots.pdf.kind import WrongDocument, guess_kind

# A referral names the violation (1592, a penalty, FP&F) or calls itself a referral (an audit's
# "report of findings and referral", a prior disclosure, a loss of duties: 19 CFR 162.71, 162.74),
# and the culpability found; senders word both many ways ("Culpability assessed: Negligent",
# "Level of culpability", "gross negligence", or App. B (B)'s definitions: "wanton disregard",
# "knowing and intentional false statements").
_REFERRAL = re.compile(
    r"(?i)\bpenalt|\b1592\b|FP&F|fines,?\s+penalties|\bviolat|\breferr(?:al|ed)\b"
    r"|prior\s+disclosure|loss\s+of\s+(?:duties|revenue)")
_CULPABILITY_CUE = re.compile(r"(?i)culpab|\bculp\.|wanton\s+disregard|reasonable\s+care")


# A penalty case named outright (FP&F, 1592, the violator): with the entries it concerns, such a
# document is a referral even when it omits the culpability, which then goes to a person as
# missing (the notice states it: 19 U.S.C. 1592(b)(1)(A)(v)), not refused as another kind.
_PENALTY_CASE = re.compile(
    r"(?i)\bpenalty\s+(?:case|referral|action)|\b1592\b|FP&F|fines,?\s+penalties|\bviolator\b")


def _is_referral(text: str) -> bool:
    """A violation or referral named, and a culpability cue or a level named or defined; or a
    penalty case named with the entries it concerns."""
    if not _REFERRAL.search(text):
        return False
    if _CULPABILITY_CUE.search(text) or levels_stated(text):
        return True
    return bool(_PENALTY_CASE.search(text)) and ENTRY_NUMBER.search(text) is not None


_LOOKS_LIKE = (
    ("a protest", re.compile(r"(?i)CBP\s+Form\s+19\b|\bprotest\b")),
    ("a ruling request", re.compile(r"(?i)\bruling\b")),
    ("an invoice", re.compile(r"(?i)\binvoice\b")),
)
_ENTRY_FIELDS = ("entry_date", "liquidated", "entered_value", "duty_paid", "duty_owed")


class NotAReferral(WrongDocument):
    """A readable PDF that is not a penalty referral: a person must look at it."""

    def __init__(self, path: Path, looks_like: str | None = None) -> None:
        super().__init__(path, "a penalty referral", "no penalty case with a culpability finding",
                         code="not_a_referral", looks_like=looks_like)


@dataclass(frozen=True)
class PenaltyExtraction:
    """The facts read from one referral and how each value was read (contract evidence keys)."""

    facts: PenaltyFacts
    fields: dict[str, Extracted]
    sha256: str
    pages: int


def extract_penalty(path: Path) -> PenaltyExtraction:
    """Read the referral at `path`; UnusablePdf for a bad file, NotAReferral for another kind."""
    with open_pdf(path) as document:
        text = document.text()
        if not _is_referral(text):
            raise NotAReferral(path, guess_kind(text, _LOOKS_LIKE))
        # A referral forwarded by e-mail keeps its lines behind quote markers ("> Case no.: X"),
        # a list its labels behind bullets, a printout behind dot leaders ("VIOLATION.....: X").
        # A caption pointed at its value by an arrow ("43-4837468 <- IOR No.") reads as labelled.
        # Two or three "Label: value" pairs typed to a line are read as a line each.
        # A label padded with a short leader ("DOMESTIC VALUE .. 1.00") is read alike; a leader
        # with no label before it pads a wrapped value's line, which goes on with the value above.
        # A list typed with dashes ("- X LLC" over "- 12 Main St") is read without them.
        pages = [undashed([amount_first(_plain(line)) for line in document.reading_lines(n)])
                 for n in document.page_numbers]
        lines = _lines(pages)
        # "20.01.2023" can only be day first: read as such in sentences and rows alike.
        stream = with_day_first_as_iso(TextStream(lines))
        # A page's running foot and the next page's head are no part of the row a page ends:
        # a table read row by row, as runs of text, is read without them.
        body = with_day_first_as_iso(TextStream(_lines(without_running_lines(pages))))
        # An export's "key = value" and a run-in heading read as "label: value".
        # An export's "snake_key: value" reads as its words ("domestic value: ...").
        header = [segment for line in lines
                  for segment in snake_key_line(key_value_line(line))]
        labelled, prose = read_header(header), read_prose(stream)
        labelled.update(read_name_address_box(header))  # one box for both, as a form asks
        read_drawn_culpability(document, labelled)
        read_drawn_disclosure(document, labelled)
        read_drawn_noncommercial(document, stream, labelled, prose)
        read_typed_box_lines(stream, labelled, prose)  # "[X] FRAUD" / "[ ] Prior disclosure"
        read_stacked_answers(document, stream, labelled, prose)  # options down a column
        unclear = settle_answers(document, lines, labelled, prose)
        doubts = unclear + tuple(d for d in doubts_of(labelled, prose, text)
                                 if not (unclear and d.startswith(UNREAD_DISCLOSURE)))
        # "PRIOR DISCLOSURE: NO" and a remark that the importer self-reported: a person reads it.
        if not any("prior disclosure two ways" in doubt for doubt in doubts):
            doubts += told_otherwise(stream, labelled)
        # The goods after their cue, to the sentence's end, win over a label's cell, which may
        # run on into the next sentence ("wooden furniture. Date of violation: ...").
        fields = merged(labelled, prose) | read_violation(stream)
        # A case listing's clipped caption and code: "CULP CODE FRD FRAUD".
        if "culpability" not in fields and (coded := read_culpability_code(stream)) is not None:
            fields["culpability"] = coded
        # "Culpability: Negligence" over a narrative that says the importer knew: two degrees.
        if not any("culpability two ways" in doubt for doubt in doubts):
            doubts += culpability_told_otherwise(stream.text, fields)
        # An address asked for in parts wins over one part read beside its label ("Street
        # Address: 14 Dock Street" over "City:", "State:", "ZIP:").
        if (parts := address_in_parts(stream)) is not None and not has_zip(
                fields.get("party_address")):
            fields["party_address"] = parts
        # A name with no legal form is no cue alone, but known from its label it is one.
        if "party_address" not in fields and (
                address := address_after(stream, fields.get("party_name"))) is not None:
            fields["party_address"] = address
        if "party_address" in fields:
            fields["party_address"] = doubted_without_zip(fields["party_address"])
        # A dated activity log tells each entry's facts across its lines, and what it was
        # filed for (the goods); what it cannot tie to one entry goes to a person.
        logged = read_activity_log(stream)
        if "merchandise" not in fields and logged is not None and logged.goods is not None:
            fields["merchandise"] = logged.goods
        if "merchandise" not in fields and (goods := read_clipped_goods(stream)) is not None:
            fields["merchandise"] = goods  # a cable's "MDSE STEEL PIPE"
        if "merchandise" not in fields and (goods := goods_in_prose(stream)) is not None:
            fields["merchandise"] = goods  # told only inside the facts: a weaker cue
        # Entries in sentences or bullets are the entries when no table lists them; else they
        # give what the table's cells do not (a narrative's dates and values over a boxed
        # computation of the duties), and must agree with what the cells give.
        told = read_entries_in_prose(stream)
        # "Duty paid | Additional duty owed": the owed is the paid and the loss together.
        # An entry's values may be told apart from the duties' table, a line each ("X: entered
        # value $39,399.78, liquidated"): they fill what the table's cells do not give.
        # A sentence that tells the duties too is read first, to its end across lines.
        rows, disagree = with_told_values(
            with_owed_from_loss(read_entry_rows(document)),
            [*told, *read_entries_in_prose(stream, with_duties=False)])
        rows = rows or told
        # A box drawn round one entry's card reads as a table of that entry alone: where the
        # text tells every entry the table holds and more, the text's entries are the list.
        if rows and {r.number.value for r in rows} < {t.number.value for t in told}:
            cells = {r.number.value: r for r in rows}
            rows = [cells.get(t.number.value, t) for t in told]
        runs = read_entry_runs(body)
        if (not rows or not all(_complete(row) for row in rows) or overflowed(rows)
                or shifted_everywhere(rows, runs)):
            # No rows, or rows without their cells: an aligned table the layout broke (or of
            # one row, too short to align), read row by row.
            rows = _same_entries(rows, runs)
        elif any("liquidated" not in row.values for row in rows):
            rows = with_run_marks(rows, runs)
        # The log's reading is the entries (a table reader took its totals line for one),
        # unless the rows read already tell every entry it does alike.
        if logged is not None and told_alike(rows, logged):
            logged = None
        if logged is not None:
            rows = logged.rows
        rows = with_drawn_marks(rows, document)  # a flattened form's check boxes
        rows = with_liquidation_answered(document, lines, rows)
        rows, lost = with_lost_points(rows, from_scan(document))
        # "USD 1.234,56", "$90.000", "$90K": never read as a guess (a person reads them).
        rows, unsure = settle_printed_money(fields, rows)
        # "Prior violations (closed case ...)", "Entries reviewed and excluded": no part of it.
        rows = without_apart(text, rows)
        # "02.03.2023": day and month in the order the referral settles, or to a person.
        rows, unsettled = settle_date_order(text, fields, rows)
        unsettled += logged.doubts if logged is not None else ()
        entries = _entries(rows, fields)
        # "EGH-3873310-" over "3": an entry the tables did not see leaves the loss short.
        unsettled += unread_broken((document.words(n) for n in document.page_numbers),
                                   (entry.entry_number or "" for entry in entries))
        # "..., duty paid $X, revised duty $Y": an entry told in words not known, not left out.
        # (those listed apart from the case are not its entries, read or not)
        unsettled += unread_told(stream, {entry.entry_number or "" for entry in entries}
                                 | listed_apart(text))
        # "QBX-1234567-1,03/03/2023,Y,41,250,1,031": a pasted row whose cells run together.
        unsettled += unread_comma_rows(text, {entry.entry_number or "" for entry in entries}
                                       | listed_apart(text))
        if "violation_date" not in fields and (dated := violation_at_first_entry(stream, rows)):
            fields["violation_date"] = dated  # "The violation began with the first entry"
        # A question answered by its tick outranks the bare word "noncommercial" in its label.
        if "noncommercial" not in labelled and (asked := read_commercial_question(stream)):
            fields["noncommercial"] = asked
        elif (said := read_commercial_said(stream)) is not None:
            if "noncommercial" not in fields:
                fields["noncommercial"] = said  # "The importation was commercial."
            elif fields["noncommercial"].value != said.value:
                doubts += (f"The referral gives the noncommercial two ways: "
                           f"{fields['noncommercial'].value!r} and {said.value!r}.",)
        doubts += unplaced_doubts(open_absences(document, fields, ELEMENTS, known_heading))
        for key in ("prior_disclosure", "noncommercial"):
            # Not printed: no disclosure was made, and an importation is commercial by default.
            fields.setdefault(key, Extracted(False, None, DEFAULTED))
        if from_scan(document):
            fields = capped(fields)  # an OCR layer's characters may be misread
        return PenaltyExtraction(
            _facts(fields, entries, doubts + disagree + lost + unsure + unsettled
                   + _unknown_liquidation(rows)
                   + column_doubts(rows) + overflow_doubts(rows)),
            fields,
            document.sha256, document.page_count,
        )


def _plain(line: list[Segment]) -> list[Segment]:
    """A printed line as the readers take it: a typed box's row as its cells (the bars are
    borders, not text: "| Party: X |"), a leader glued to a label or padding it as its colon."""
    return rejoined(labelless_leaders(short_leaders(plain_line(glued_leaders(ruled_cells(line))))))


def _lines(pages: list[list[list[Segment]]]) -> list[list[Segment]]:
    # Entry cards set side by side are read a card at a time.
    return records_side_by_side(pairs_apart(pointed_lines(
        [line for page in pages for line in page], names_value)))


def _entries(rows: list[EntryRow], fields: dict[str, Extracted]) -> tuple[PenaltyEntry, ...]:
    entries: list[PenaltyEntry] = []
    seen: set[str] = set()
    for row in rows:
        number = row.number.value
        if number in seen:  # the same entry repeated on a summary page is one entry
            continue
        seen.add(number)
        key = f"entries[{len(entries)}]"
        fields[f"{key}.entry_number"] = row.number
        for name in _ENTRY_FIELDS:
            if name in row.values:
                fields[f"{key}.{name}"] = row.values[name]
        value = {name: item.value for name, item in row.values.items()}
        entries.append(PenaltyEntry(
            entry_number=number,
            entry_date=value.get("entry_date"),
            liquidated=bool(value.get("liquidated", False)),
            entered_value=value.get("entered_value"),
            duty_paid=value.get("duty_paid"),
            duty_owed=value.get("duty_owed"),
        ))
    return tuple(entries)


def _complete(row: EntryRow) -> bool:
    return {"duty_paid", "duty_owed"} <= row.values.keys()


def _same_entries(rows: list[EntryRow], runs: list[EntryRow]) -> list[EntryRow]:
    """The row-by-row reading when it gives the same entries (or the only ones), each with
    both duties; for a row pushed past its columns, only when it reads the other rows alike."""
    same = not rows or [r.number.value for r in runs] == [r.number.value for r in rows]
    agree = all(_amounts(run) == _amounts(row) for run, row in zip(runs, rows, strict=False)
                if "entered_value" in row.values) if same and overflowed(rows) else True
    # With no rows at all, runs some of whose amounts could not be read are still the entries:
    # each duty not read goes to a person (162.71(a) needs both per entry).
    return runs if same and agree and (all(_complete(r) for r in runs) or not rows) else rows


def _amounts(row: EntryRow) -> tuple[object, ...]:
    return tuple(row.values[k].value if k in row.values else None
                 for k in ("entered_value", "duty_paid", "duty_owed"))


def _unknown_liquidation(rows: list[EntryRow]) -> tuple[str, ...]:
    """Entries whose liquidation the referral does not make readable: never assumed open, since
    it decides actual against potential loss (162.71(a)) and the 1592(d) demand."""
    unknown = sorted({row.number.value for row in rows if "liquidated" not in row.values})
    if not unknown:
        return ()
    return (f"Whether entry {', '.join(unknown)} is liquidated could not be read "
            "(actual or potential loss of duties).",)


def _facts(
    fields: dict[str, Extracted], entries: tuple[PenaltyEntry, ...], doubts: tuple[str, ...] = ()
) -> PenaltyFacts:
    def value(key: str) -> Any:
        item = fields.get(key)
        return item.value if item is not None else None

    return PenaltyFacts(
        case_number=value("case_number"),
        party_name=value("party_name"),
        # An address printed on one line with separators, as its parts joined by commas.
        party_address=address_parts_joined(value("party_address")) or None,
        importer_number=value("importer_number"),
        violation_date=value("violation_date"),
        culpability=value("culpability"),
        prior_disclosure=bool(value("prior_disclosure")),
        noncommercial=bool(value("noncommercial")),
        entries=entries,
        domestic_value=value("domestic_value"),
        dutiable_value=value("dutiable_value"),
        merchandise=value("merchandise"),
        material_facts=value("material_facts"),
        violation_type=value("violation_type"),
        doubts=doubts,
    )

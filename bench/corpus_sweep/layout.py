"""Puts a Doc on the page in the order a letter or memo runs, as its Spec says."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.corpus_sweep import pairs, tagged
from bench.corpus_sweep.datasheet import draw_sheet
from bench.corpus_sweep.heads import continued_heading
from bench.corpus_sweep.model import PIPES, Doc, Field, Para, Spec
from bench.corpus_sweep.recitals import recitals
from bench.corpus_sweep.render import FULL, LEFT, PAGE_W, Mark, Sheet
from bench.corpus_sweep.spacing import charspaced

CONT_FIELDS = ("merchandise_description", "proposed_hts")  # what a sender moves to a continuation


def draw(doc: Doc, spec: Spec, path: Path) -> list[Mark]:
    """Writes PATH; returns where every scored value was printed."""
    if spec.tagged == "man":
        doc.heads = tagged.man_heads(doc)
    if spec.continuation:
        doc.continued = continued_heading(doc, spec.continuation.split("-")[0])
    render = tagged.draw if spec.tagged else _draw
    if "{pages}" in "".join(doc.heads):  # a foot that prints the page count: count them first
        doc.pages = render(doc, spec, BytesIO()).page
    return render(doc, spec, path).marks


def _draw(doc: Doc, spec: Spec, path: Path | BytesIO) -> Sheet:
    sheet = Sheet(path, doc, spec)
    party = doc.party
    party_fields = [party.name_field, party.address_field] if spec.party == "fields" else []
    fields = party_fields[:1] + _ordered(doc.fields, party_fields, spec)
    what = spec.continuation.split("-")[-1]
    moved = [f for f in fields if what == "field" and f.key in CONT_FIELDS][:1]
    fields = [Field(f.key, f.labels, ("See continuation sheet",), False) if f in moved else f
              for f in fields]
    sheet.sidebar([f for f in fields if spec.position(f.key) == "sidebar"])
    if doc.stamp_lines:
        _stamp(sheet, doc)
    if spec.party == "letterhead":
        joined = spec.pipe_address.startswith("letterhead-")
        _letterhead(sheet, party.name, (PIPES[spec.pipe_address.split("-")[1]].join(
            party.address),) if joined else party.address, scored=True)
    elif doc.agent is not None:
        _letterhead(sheet, doc.agent.name, doc.agent.address, scored=False)
    for para in doc.noise_lines:
        if para.heading == "top":
            sheet.line(para.text)
    for line in doc.to_lines:
        sheet.line(line)
    sheet.y -= 8
    _title(sheet, doc, spec)
    if spec.party == "reline":
        _block(sheet, "Re:", (party.name, *party.address))
    elif spec.party == "caption":
        _caption(sheet, doc)
    if spec.recitals:
        style, _, entries = spec.recitals.partition("-")
        for para in recitals(doc, style, entries == "entries"):
            sheet.paragraph(para)
    if spec.pairs and not spec.pairs.endswith("-entries"):
        gap, per_line = spec.pairs.split("-")
        pairs.draw_fields(sheet, fields, gap, int(per_line))
    else:
        sheet.fields(fields)
    _entries(sheet, doc, spec)
    split = _split_para(sheet, doc) if what == "text" else None
    for para in doc.paragraphs:
        sheet.paragraph(para, split_after=split[1] if split and para is split[0] else 0)
    for para in doc.noise_lines:
        if para.heading != "top":
            sheet.paragraph(Para(para.heading, para.text))
    _signature(sheet, doc, spec)
    if spec.entries == "appendix" and doc.rows:
        sheet.new_page()
        sheet.line("SCHEDULE A", 12, sheet.bold)
        sheet.entries(doc, appendix_now=True)
    for f in moved:
        sheet.continued()
        sheet.field(f)
    if doc.sheet is not None:
        draw_sheet(sheet, doc.sheet, table=spec.datasheet in ("table", "hts"))
    sheet.finish()
    return sheet


def _title(sheet: Sheet, doc: Doc, spec: Spec) -> None:
    """The centred title: letter-spaced on the `tight` axis's title values."""
    if spec.tight == "charspace_title":
        width = stringWidth(doc.title.upper(), sheet.bold, 12) + len(doc.title) * 4
        charspaced(sheet.canvas, LEFT + (sheet.width - width) / 2, sheet.y, doc.title,
                   sheet.bold, 12, 4)
    else:
        title = sheet.heading_text(doc.title)
        title_w = stringWidth(title, sheet.bold, 12)
        sheet.text(LEFT + (sheet.width - title_w) / 2, sheet.y, title, sheet.bold, 12)
    sheet.y -= 24


def _entries(sheet: Sheet, doc: Doc, spec: Spec) -> None:
    """The entries in the Spec's style; on a continuation axis broken after the first row."""
    if not doc.rows or spec.recitals.endswith("-entries"):
        return
    if spec.pairs.endswith("-entries"):
        pairs.draw_entries(sheet, doc, spec.pairs.split("-")[0])
    elif spec.continuation.endswith("-entries"):
        schedule = spec.continuation.startswith("schedule")
        sheet.line(("Schedule A - " if schedule else "") + doc.entries_intro, font=sheet.bold)
        sheet.table(doc.columns, doc.rows, break_after=1)
    else:
        sheet.entries(doc)


def _split_para(sheet: Sheet, doc: Doc) -> tuple[Para, int] | None:
    """The first unscored paragraph of three lines or more, and where it breaks (its middle)."""
    for para in doc.paragraphs:
        count = len(simpleSplit(para.text, sheet.regular, 10, sheet.width))
        if count >= 3 and not para.scored:
            return para, count // 2
    return None


def _ordered(fields: list[Field], party_fields: list[Field], spec: Spec) -> list[Field]:
    """The fields after the party's name, reversed on the `order-reversed` axis."""
    rest = party_fields[1:] + fields
    return list(reversed(rest)) if spec.field_order == "reversed" else rest


def _letterhead(sheet: Sheet, name: str, address: tuple[str, ...], *, scored: bool) -> None:
    width = stringWidth(name, sheet.bold, 14)
    top = sheet.y + 14
    sheet.text(LEFT + (FULL - width) / 2, sheet.y, name, sheet.bold, 14)
    if scored:
        sheet.mark(name, LEFT + (FULL - width) / 2, top, LEFT + (FULL + width) / 2, sheet.y)
    sheet.y -= 14
    for line in address:
        w = stringWidth(line, sheet.regular, 9)
        sheet.text(LEFT + (FULL - w) / 2, sheet.y, line, sheet.regular, 9)
        if scored:
            sheet.mark(line, LEFT + (FULL - w) / 2, sheet.y + 9, LEFT + (FULL + w) / 2, sheet.y)
        sheet.y -= 11
    sheet.canvas.line(LEFT, sheet.y + 4, LEFT + FULL, sheet.y + 4)
    sheet.y -= 18


def _block(sheet: Sheet, label: str, lines: tuple[str, ...]) -> None:
    sheet.ensure(14 * len(lines) + 8)
    sheet.text(LEFT, sheet.y, label, sheet.bold)
    for line in lines:
        w = sheet.text(LEFT + 36, sheet.y, line, sheet.bold if line == lines[0] else "")
        sheet.mark(line, LEFT + 36, sheet.y + 10, LEFT + 36 + w, sheet.y)
        sheet.y -= 14
    sheet.y -= 8


def _caption(sheet: Sheet, doc: Doc) -> None:
    lines = (doc.caption, "", doc.party.name, *doc.party.address, "",
             f"{' ' * 30}{doc.party_role}.")
    for line in lines:
        w = sheet.text(LEFT, sheet.y, line, sheet.bold if line == doc.party.name else "")
        sheet.text(LEFT + 290, sheet.y, ")")
        if line in (doc.party.name, *doc.party.address):
            sheet.mark(line, LEFT, sheet.y + 10, LEFT + w, sheet.y)
        sheet.y -= 14
    sheet.canvas.line(LEFT, sheet.y + 8, LEFT + 290, sheet.y + 8)
    sheet.y -= 14


def _stamp(sheet: Sheet, doc: Doc) -> None:
    x, y = PAGE_W - 190, 782
    sheet.canvas.rect(x, y - 12 * len(doc.stamp_lines) - 2, 150, 12 * len(doc.stamp_lines) + 8)
    for i, line in enumerate(doc.stamp_lines):
        w = sheet.text(x + 6, y - 12 * (i + 1) + 4, line, sheet.bold, 9)
        if doc.stamp_value and doc.stamp_value in line:
            sheet.mark(doc.stamp_value, x + 6, y - 12 * i + 4, x + 6 + w, y - 12 * (i + 1) + 4)


def _signature(sheet: Sheet, doc: Doc, spec: Spec) -> None:
    sig = doc.signature
    org_lines = ((doc.party.name, *doc.party.address) if spec.party == "signature"
                 else (sig.org,) if sig.org else ())
    sheet.ensure(110 + 14 * len(org_lines))
    sheet.y -= 6
    style = spec.signature

    def named(text: str, value: str) -> None:
        w = sheet.text(LEFT, sheet.y, text)
        start = LEFT + stringWidth(text[: text.index(value)], sheet.regular, 10)
        sheet.mark(value, start, sheet.y + 10, LEFT + w, sheet.y)
        sheet.y -= 14

    if style == "esign":
        sheet.paragraph(Para("", f"Electronically signed by {sig.name}, {sig.title}, on "
                                 f"{sig.date}.", (sig.name,)))
    elif style == "form":
        sheet.line("Signature: ______________________________")
        named(f"Name: {sig.name}", sig.name)
        sheet.line(f"Title: {sig.title}")
        sheet.line(f"Date: {sig.date}")
    else:
        if doc.closing and style != "by":
            sheet.line(doc.closing)
        if style == "by":
            if org_lines:
                sheet.line(org_lines[0].upper() if spec.party != "signature" else org_lines[0],
                           font=sheet.bold)
                if spec.party == "signature":
                    sheet.mark(org_lines[0], LEFT, sheet.y + 24, LEFT + 300, sheet.y + 14)
                org_lines = org_lines[1:]
            sheet.y -= 16
            named(f"By: {sig.name}", sig.name)
            sheet.line(f"Its: {sig.title}")
        elif style == "slash":
            sheet.y -= 4
            named(f"/s/ {sig.name}", sig.name)
            sheet.line(sig.title)
        elif style == "rule":
            sheet.y -= 22
            sheet.canvas.line(LEFT, sheet.y + 12, LEFT + 200, sheet.y + 12)
            named(sig.name, sig.name)
            sheet.line(sig.title)
        elif style == "oneline":
            sheet.y -= 18
            named(f"{sig.name}, {sig.title}", sig.name)
        else:  # closing
            sheet.y -= 22
            named(sig.name, sig.name)
            sheet.line(sig.title)
    for line in org_lines:
        w = sheet.text(LEFT, sheet.y, line)
        if spec.party == "signature":
            sheet.mark(line, LEFT, sheet.y + 10, LEFT + w, sheet.y)
        sheet.y -= 14

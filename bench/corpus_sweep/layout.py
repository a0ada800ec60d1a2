"""Puts a Doc on the page in the order a letter or memo runs, as its Spec says."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.corpus_sweep.model import Doc, Field, Para, Spec
from bench.corpus_sweep.render import FULL, LEFT, PAGE_W, Mark, Sheet


def draw(doc: Doc, spec: Spec, path: Path) -> list[Mark]:
    """Writes PATH; returns where every scored value was printed."""
    sheet = Sheet(path, doc, spec)
    party = doc.party
    party_fields = [party.name_field, party.address_field] if spec.party == "fields" else []
    fields = party_fields[:1] + _ordered(doc.fields, party_fields, spec)
    sheet.sidebar([f for f in fields if spec.position(f.key) == "sidebar"])
    if doc.stamp_lines:
        _stamp(sheet, doc)
    if spec.party == "letterhead":
        _letterhead(sheet, party.name, party.address, scored=True)
    elif doc.agent is not None:
        _letterhead(sheet, doc.agent.name, doc.agent.address, scored=False)
    for para in doc.noise_lines:
        if para.heading == "top":
            sheet.line(para.text)
    for line in doc.to_lines:
        sheet.line(line)
    sheet.y -= 8
    title_w = stringWidth(doc.title, sheet.bold, 12)
    sheet.text(LEFT + (sheet.width - title_w) / 2, sheet.y, doc.title, sheet.bold, 12)
    sheet.y -= 24
    if spec.party == "reline":
        _block(sheet, "Re:", (party.name, *party.address))
    elif spec.party == "caption":
        _caption(sheet, doc)
    sheet.fields(fields)
    if spec.entries not in ("none",) and doc.rows:
        sheet.entries(doc)
    for para in doc.paragraphs:
        sheet.paragraph(para)
    for para in doc.noise_lines:
        if para.heading != "top":
            sheet.paragraph(Para(para.heading, para.text))
    _signature(sheet, doc, spec)
    if spec.entries == "appendix" and doc.rows:
        sheet.new_page()
        sheet.line("SCHEDULE A", 12, sheet.bold)
        sheet.entries(doc, appendix_now=True)
    return sheet.finish()


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

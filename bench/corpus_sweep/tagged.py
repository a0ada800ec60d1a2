"""A typewritten memo of tagged paragraphs (man .TP style): a tag at the margin, its value indented.

Tags in capitals, in small capitals or followed by a colon, the value beside the tag or under it;
`role` prints a role word over the party's name ("REQUESTER" / "Importer" / firm / address);
`man` sets the whole memo as a man(7) page: NAME, SYNOPSIS, DESCRIPTION ... and a running
head and foot.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.corpus_sweep.heads import SHORT
from bench.corpus_sweep.model import Doc, Field, Spec
from bench.corpus_sweep.render import FULL, LEFT, Sheet

STYLES = ("caps-beside", "caps-under", "smallcaps-beside", "smallcaps-under", "colon-beside",
          "colon-under", "role", "man")
TAG_W = 130.0  # the .TP indent: a tag wider than this pushes its value to the next line
ROLE_WORD = "Importer"


def man_heads(doc: Doc) -> tuple[str, str]:
    """mandoc's head (title, volume, title) and foot (source, date, page)."""
    title = SHORT[doc.party_role].replace(" ", "_") + "(7)"
    return (f"{title}\tCustoms Documents\t{title}",
            f"{doc.party.name}\t{doc.signature.date}\tPage {{page}} of {{pages}}")


def draw(doc: Doc, spec: Spec, path: Path | BytesIO) -> Sheet:
    """The memo; returns the finished sheet (its marks and page count)."""
    sheet = Sheet(path, doc, spec)
    man = spec.tagged == "man"
    style, place = ("caps", "beside") if spec.tagged in ("role", "man") else \
        tuple(spec.tagged.split("-"))
    indent = 36.0 if man else 0.0

    def item(tag: str, values: list[str], scored: list[tuple[str, ...]]) -> None:
        tag = {"caps": tag.upper(), "colon": tag + ":"}.get(style, tag)
        x_val = LEFT + indent + (TAG_W if place == "beside" else 36)
        wrapped = [simpleSplit(v, sheet.regular, 10, LEFT + FULL - x_val) or [""] for v in values]
        sheet.ensure(14 * (sum(len(w) for w in wrapped) + 1))
        tag_w = _tag(sheet, LEFT + indent, sheet.y, tag, style)
        if place == "under" or LEFT + indent + tag_w + 8 > x_val:
            sheet.y -= 14
        for parts, marks in zip(wrapped, scored, strict=True):
            top, right = sheet.y + 10, x_val
            for part in parts:
                right = max(right, x_val + sheet.text(x_val, sheet.y, part))
                sheet.y -= 14
            for value in marks:
                sheet.mark(value, x_val, top, right, sheet.y + 14)
        sheet.y -= 6

    def section(name: str) -> None:
        if man:
            sheet.ensure(40)
            sheet.y -= 4
            sheet.text(LEFT, sheet.y, name, sheet.bold)
            sheet.y -= 16

    def field(f: Field) -> None:
        values = list(sheet.values_of(f))
        item(sheet.label_of(f), values, [(v,) if f.scored else () for v in values])

    if not man:
        sheet.text(LEFT, sheet.y, doc.title, sheet.bold, 12)
        sheet.y -= 24
    else:
        section("NAME")
        sheet.line(f"{SHORT[doc.party_role].lower()} \u2014 {doc.title.lower()}", x=LEFT + 36)
    section("SYNOPSIS")
    item("To", doc.to_lines, [() for _ in doc.to_lines])
    section("DESCRIPTION")
    party = doc.party
    lines = [*([ROLE_WORD] if spec.tagged == "role" else []), party.name, *party.address]
    item(party.name_field.labels[0], lines,
         [(v,) if v != ROLE_WORD else () for v in lines])
    for f in doc.fields:
        field(f)
    if doc.rows:
        section("ENTRIES")
        cols = [i for i, c in enumerate(doc.columns) if c.scored]
        item("Entries", doc.entry_sentence,
             [tuple(row[i] for i in cols if row[i]) for row in doc.rows])
    for para in [*doc.paragraphs, *(p for p in doc.noise_lines if p.heading != "top")]:
        section((para.heading or "Notes").upper())
        item(para.heading or "Notes", [para.text], [para.scored])
    section("AUTHORS")
    sig = doc.signature
    item("Signed", [sig.name, sig.title, sig.date], [(sig.name,), (), ()])
    sheet.finish()
    return sheet


def _tag(sheet: Sheet, x: float, y: float, tag: str, style: str) -> float:
    """Draws TAG; small capitals are a full-size initial and smaller capitals after it."""
    if style != "smallcaps":
        return sheet.text(x, y, tag, sheet.bold)
    start = x
    for word in tag.split():
        x += sheet.text(x, y, word[0].upper(), sheet.regular, 10)
        if word[1:]:
            x += sheet.text(x, y, word[1:].upper(), sheet.regular, 7.5)
        x += stringWidth(" ", sheet.regular, 10)
    return x - start

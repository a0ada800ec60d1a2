"""python-docx building blocks for CBP letter templates: letterhead, blocks, tables, footer.

Template builders (templates/*/build*.py) use these so every letter of the suite looks alike.
Text passed here may hold Jinja tags; each tag must sit inside one call so it stays in one run.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

FONT = "Times New Roman"  # LibreOffice substitutes the metric-compatible Liberation Serif
GREY = RGBColor(0x55, 0x55, 0x55)
FIXED_TIME = datetime(2025, 1, 1)
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

Doc = Any  # python-docx ships no type information
Paragraph = Any
Builder = Callable[[], Doc]

# The issuing office under the letterhead, then its port; a builder may name other lines.
PORT_OFFICE = (
    "{{ office.name }}",
    "{{ office.port_name }}{% if office.port_code %} (Port {{ office.port_code }}){% endif %}",
)


def new_letter() -> Doc:
    """An empty US-letter document with one-inch margins and the house body style."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    return doc


def para(
    doc: Doc,
    *parts: str | tuple[str, str],
    align: str = "left",
    size: float | None = None,
    after: float | None = None,
    keep_with_next: bool = False,
) -> Paragraph:
    """A paragraph of runs; a part ("text", "b") is bold, ("text", "i") italic."""
    paragraph = doc.add_paragraph()
    for part in parts:
        text, style = (part, "") if isinstance(part, str) else part
        run = paragraph.add_run(text)
        run.bold = "b" in style or None
        run.italic = "i" in style or None
        if size is not None:
            run.font.size = Pt(size)
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    if after is not None:
        paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.keep_with_next = keep_with_next or None
    return paragraph


def tag(doc: Doc, statement: str) -> None:
    """A docxtpl paragraph tag ({%p ... %}): the paragraph disappears when rendered."""
    doc.add_paragraph(f"{{%p {statement} %}}")


def letterhead(doc: Doc, office_lines: Sequence[str] = PORT_OFFICE) -> None:
    """The CBP letterhead of the issuing office, ruled off from the letter."""
    para(doc, "U.S. Department of Homeland Security", align="center", size=9, after=0)
    para(doc, ("U.S. Customs and Border Protection", "b"), align="center", size=15, after=0)
    for line in office_lines:
        para(doc, line, align="center", size=10, after=0)
    rule = para(doc, "{{ office.address }}", align="center", size=9, after=18)
    _bottom_border(rule)


def _bottom_border(paragraph: Paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "1F3864")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def addressee(doc: Doc, *, care_of: bool = False) -> None:
    """Date line and the addressee's block (importer number already masked); care_of adds c/o."""
    para(doc, "{{ letter_date }}", after=12)
    para(doc, "{{ addressee.name }}", after=0)
    if care_of:
        tag(doc, "if addressee.care_of")
        para(doc, "c/o {{ addressee.care_of }}", after=0)
        tag(doc, "endif")
    para(doc, "{{ addressee.address }}", after=0)
    para(doc, "Importer No. {{ addressee.importer_number }}", after=12)


def reference(doc: Doc, subject: str, number: str, *, entries: bool = True) -> None:
    """The bold "Re:" line (subject, number and, unless told not, the entries) and salutation."""
    if entries:
        parts = [(f"{subject}; {number}; ", "b"), ("Entry No(s). {{ entry_numbers }}", "b")]
    else:
        parts = [(f"{subject}; {number}", "b")]
    para(doc, ("Re:\t", "b"), *parts, after=12)
    para(doc, "Dear Sir or Madam:")


def open_letter(
    subject: str,
    number: str,
    *,
    office_lines: Sequence[str] = PORT_OFFICE,
    care_of: bool = False,
    entries: bool = True,
) -> Doc:
    """A new letter up to its salutation: letterhead, addressee and the "Re:" line."""
    doc = new_letter()
    letterhead(doc, office_lines)
    addressee(doc, care_of=care_of)
    reference(doc, subject, number, entries=entries)
    return doc


def table(
    doc: Doc, headers: Sequence[str], loop: str, cells: Sequence[str], widths: Sequence[float]
) -> None:
    """A grid with a header row and one row repeated by a docxtpl {%tr for %} loop."""
    grid = doc.add_table(rows=4, cols=len(headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    header, start, body, end = grid.rows
    for cell, text in zip(header.cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    start.cells[0].paragraphs[0].add_run(f"{{%tr {loop} %}}")
    for cell, text in zip(body.cells, cells, strict=True):
        cell.paragraphs[0].add_run(text)
    end.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    _repeat_header(header)
    # LibreOffice lays columns out from the grid, Word from the cells: set both.
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Inches(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Inches(width)
            cell.paragraphs[0].paragraph_format.space_after = Pt(2)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    # The header row repeats on every page a long list of entries runs onto.
    marker = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(marker)


def signature(doc: Doc, *, port: bool = True) -> None:
    """Closing and signature block of the approving officer, with the port's name unless not."""
    lines = ["{{ office.officer_name }}", "{{ office.officer_title }}"]
    if port:
        lines.append("{{ office.port_name }}")
    para(doc, "Sincerely,", after=36, keep_with_next=True)
    for line in lines[:-1]:
        para(doc, line, after=0, keep_with_next=True)
    para(doc, lines[-1], after=0)


def close_letter(doc: Doc, quote: str, reference_text: str, *, port: bool = True) -> None:
    """The sentence asking to quote the letter's number, the signature block and the footer."""
    para(doc, quote)
    signature(doc, port=port)
    footer(doc, reference_text)


def footer(doc: Doc, reference_text: str) -> None:
    """Footer on every page: the letter's reference and page X of Y.

    No template or rules version: a letter goes to the public, and those belong in the item's
    record (BotResult keeps both), not on the page.
    """
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _grey(paragraph.add_run(f"{reference_text} · Page "))
    _field(paragraph, "PAGE")
    _grey(paragraph.add_run(" of "))
    _field(paragraph, "NUMPAGES")


def _grey(run: Any) -> Any:
    run.font.size = Pt(8)
    run.font.color.rgb = GREY
    return run


def _field(paragraph: Paragraph, instruction: str) -> None:
    # A simple field: Word and LibreOffice fill in the number when they lay the page out.
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = paragraph.add_run("1")
    _grey(run)
    field.append(run._r)
    paragraph._p.append(field)


def save_template(doc: Doc, path: Path, title: str) -> None:
    """Save with fixed metadata and zip timestamps, so an unchanged template keeps its version."""
    core = doc.core_properties
    core.title = title
    core.author = "U.S. Customs and Border Protection"
    core.comments = ""
    core.last_modified_by = ""
    core.created = core.modified = FIXED_TIME
    package = doc.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # python-docx's stock thumbnail, not this letter's
            del package.rels[key]
    # Word 2010's optional copy of the styles: 430 KB that every render would load and save.
    for key, rel in list(doc.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            del doc.part.rels[key]
    buffer = io.BytesIO()
    doc.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            fixed = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(item.filename))


def save_templates(
    out_dir: Path, builders: Sequence[Builder], titles: Mapping[str, str]
) -> list[Path]:
    """Save each builder's letter as out_dir/<builder name>.docx, titled from titles."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for build in builders:
        path = out_dir / f"{build.__name__}.docx"
        save_template(build(), path, titles[build.__name__])
        written.append(path)
    return written

"""Real fillable PDF forms for tests: drawn with reportlab's AcroForm, filled with pypdf as a
browser or Acrobat leaves them (not flattened), or flattened the way pypdf prints the values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Caption:
    """Printed text, baseline at Y points from the page's bottom."""

    x: float
    y: float
    text: str
    size: float = 9


@dataclass(frozen=True)
class Rule:
    """A printed box (a form's ruled cell)."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class TextField:
    """A text field's widget; MAX_LEN with COMB makes a comb of that many cells."""

    name: str
    x: float
    y: float
    width: float
    height: float
    multiline: bool = False
    font_size: float = 10  # 0: auto
    max_len: int = 0
    comb: bool = False
    border: bool = False
    font: str = "Helvetica"


@dataclass(frozen=True)
class CheckBox:
    """A check box, or with GROUP a radio button whose on state is NAME."""

    name: str
    x: float
    y: float
    size: float = 10
    group: str | None = None


@dataclass(frozen=True)
class Choice:
    """A combo box; each option (display text, export value)."""

    name: str
    x: float
    y: float
    width: float
    height: float
    options: tuple[tuple[str, str], ...]


Item = Caption | Rule | TextField | CheckBox | Choice


def blank_form(path: Path, pages: Sequence[Sequence[Item]]) -> Path:
    """An unfilled fillable form: the captions and rules printed, the fields as widgets."""
    canvas = Canvas(str(path), pagesize=letter)
    for items in pages:
        for item in items:
            _draw(canvas, item)
        canvas.showPage()
    canvas.save()
    return path


def _draw(canvas: Canvas, item: Item) -> None:
    form = canvas.acroForm
    if isinstance(item, Caption):
        canvas.setFont("Helvetica", item.size)
        canvas.drawString(item.x, item.y, item.text)
    elif isinstance(item, Rule):
        canvas.rect(item.x0, item.y0, item.x1 - item.x0, item.y1 - item.y0)
    elif isinstance(item, TextField):
        flags = " ".join(f for f, on in (("multiline", item.multiline), ("comb", item.comb))
                         if on)
        form.textfield(name=item.name, x=item.x, y=item.y, width=item.width,
                       height=item.height, fontSize=item.font_size, fontName=item.font,
                       maxlen=item.max_len or 100, fieldFlags=flags,
                       borderWidth=1 if item.border else 0,
                       borderColor=black if item.border else None, fillColor=None)
    elif isinstance(item, CheckBox):
        if item.group is None:
            form.checkbox(name=item.name, x=item.x, y=item.y, size=item.size,
                          buttonStyle="check", borderColor=black, fillColor=None)
        else:
            form.radio(name=item.group, value=item.name, x=item.x, y=item.y, size=item.size,
                       buttonStyle="check", borderColor=black, fillColor=None)
    else:
        form.choice(name=item.name, x=item.x, y=item.y, width=item.width, height=item.height,
                    options=list(item.options), value=item.options[0][1], fontSize=10,
                    borderWidth=0, fillColor=None)


def fill(blank: Path, out: Path, values: Mapping[str, str], *, regenerate: bool) -> Path:
    """BLANK filled with VALUES and saved not flattened; REGENERATE asks viewers to redraw the
    appearances (NeedAppearances), as a browser's fill leaves it."""
    writer = PdfWriter(clone_from=PdfReader(blank))
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(values), auto_regenerate=regenerate)
    writer.write(out)
    return out


def flatten(blank: Path, out: Path, values: Mapping[str, str]) -> Path:
    """BLANK filled with VALUES and flattened: each text and choice field's appearance printed
    into the page by pypdf, the widgets removed. pypdf prints a check box's tick as a drawn
    path, which no reader takes for a mark, so each check box is printed as a box with an X
    typed in it when on, as a viewer prints a cross-style box."""
    writer = PdfWriter(clone_from=PdfReader(blank))
    boxes = [_check_boxes(page, values) for page in writer.pages]
    for page in writer.pages:
        page[NameObject("/Annots")] = ArrayObject(
            ref for ref in page.get("/Annots") or [] if not _button(ref.get_object()))
        writer.update_page_form_field_values(page, dict(values), flatten=True)
    writer.remove_annotations(subtypes="/Widget")
    for page, page_boxes in zip(writer.pages, boxes, strict=True):
        if page_boxes:
            page.merge_page(_printed_boxes(page_boxes))
    writer.write(out)
    return out


def _check_boxes(page: PageObject, values: Mapping[str, str]) -> list[tuple[list[float], bool]]:
    """Each button widget's /Rect and whether VALUES turn it on."""
    found = []
    for ref in page.get("/Annots") or []:
        annot = ref.get_object()
        if not _button(annot):
            continue
        field = annot if "/T" in annot else annot["/Parent"].get_object()
        states = [k for k in annot["/AP"]["/N"] if k != "/Off"]
        found.append(([float(v) for v in annot["/Rect"]],
                      values.get(str(field["/T"])) in states))
    return found


def _button(annot: DictionaryObject) -> bool:
    field = annot if "/FT" in annot else annot.get("/Parent", annot).get_object()
    return bool(field.get("/FT") == "/Btn")


def _printed_boxes(boxes: list[tuple[list[float], bool]]) -> PageObject:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=letter)
    for (x0, y0, x1, y1), on in boxes:
        canvas.rect(x0, y0, x1 - x0, y1 - y0)
        if on:
            size = (y1 - y0) * 0.8
            canvas.setFont("Helvetica", size)
            canvas.drawCentredString((x0 + x1) / 2, y0 + (y1 - y0 - size * 0.7) / 2, "X")
    canvas.save()
    return PdfReader(BytesIO(buffer.getvalue())).pages[0]


def flatten_keeping_widgets(blank: Path, out: Path, values: Mapping[str, str]) -> Path:
    """BLANK filled with VALUES, the values printed into the page AND the widgets kept: a
    producer that prints the values and leaves the form fillable."""
    writer = PdfWriter(clone_from=PdfReader(blank))
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(values), flatten=True)
    writer.write(out)
    return out

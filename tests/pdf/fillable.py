"""Real fillable PDF forms for tests: drawn with reportlab's AcroForm, filled with pypdf as a
browser or Acrobat leaves them (not flattened), or flattened the way pypdf prints the values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
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
    """BLANK filled with VALUES and flattened: each field's appearance printed into the page,
    the widgets removed."""
    writer = PdfWriter(clone_from=PdfReader(blank))
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(values), flatten=True)
    writer.remove_annotations(subtypes="/Widget")
    writer.write(out)
    return out


def flatten_keeping_widgets(blank: Path, out: Path, values: Mapping[str, str]) -> Path:
    """BLANK filled with VALUES, the values printed into the page AND the widgets kept: a
    producer that prints the values and leaves the form fillable."""
    writer = PdfWriter(clone_from=PdfReader(blank))
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(values), flatten=True)
    writer.write(out)
    return out

"""Prints documents: one page model, two printers (iText 5 flows in Java, libharu drawing in C)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pdfminer.fontmetrics import FONT_METRICS

HERE = Path(__file__).resolve().parent
ITEXT_JAR = Path("/usr/share/java/itext5.jar")
PRODUCERS = ("itext", "hpdf")


@dataclass(frozen=True)
class Para:
    """A paragraph; `bold` sets the whole paragraph in the bold face."""

    text: str
    size: float = 10
    bold: bool = False
    align: str = "L"
    indent: float = 0
    after: float = 5


@dataclass(frozen=True)
class Space:
    height: float = 8


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Table:
    """Rows of cells; `form` draws each cell as a caption over its value, like a CBP form box."""

    rows: list[list[str]]
    widths: list[float]
    ruled: bool = True
    head: bool = True
    size: float = 9
    form: bool = False


@dataclass(frozen=True)
class TwoColumns:
    left: list[str]
    right: list[str]
    size: float = 9.5


Block = Para | Space | PageBreak | Table | TwoColumns


@dataclass
class Doc:
    """A document: page orientation, type family, running header and blocks in reading order."""

    font: str = "helv"
    landscape: bool = False
    header: str = ""
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> Doc:
        self.blocks.extend(blocks)
        return self

    def text(self) -> str:
        """Every string the document prints (for checks that a value is on the page)."""
        parts: list[str] = [self.header]
        for block in self.blocks:
            if isinstance(block, Para):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts.extend(cell for row in block.rows for cell in row)
            elif isinstance(block, TwoColumns):
                parts.extend(block.left + block.right)
        return "\n".join(parts)


def caps_pair(label: str, value: str, size: float = 9.5) -> list[Para]:
    """An ALL CAPS label with its value on the next line (a dash when there is none)."""
    return [Para(label, 8, True, after=0), Para(value or "-", size, after=5)]


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ")


# ---------------------------------------------------------------- iText: a job of flow blocks


def _itext_job(doc: Doc, out: Path) -> list[str]:
    lines = [
        "\t".join(["DOC", str(out), "L" if doc.landscape else "P", doc.font, _clean(doc.header)])
    ]
    for block in doc.blocks:
        if isinstance(block, Para):
            style = "b" if block.bold else "n"
            # iText adds spacing-after as a blank chunk below the line; under 3 pt it would share
            # the line's text row, so tight lines keep iText's default of none, as most code does.
            after = block.after if block.after >= 3 else 0
            lines.append(
                "\t".join(
                    [
                        "P",
                        style,
                        str(block.size),
                        block.align,
                        _clean(block.text).replace("\n", " "),
                        str(block.indent),
                        str(after),
                    ]
                )
            )
        elif isinstance(block, Space):
            lines.append(f"SP\t{block.height}")
        elif isinstance(block, PageBreak):
            lines.append("NP")
        elif isinstance(block, Table):
            widths = ",".join(str(w) for w in block.widths)
            lines.append(
                f"TABLE\t{len(block.widths)}\t{1 if block.ruled else 0}\t{widths}\t"
                f"{26 if block.form else 0}"
            )
            for number, row in enumerate(block.rows):
                kind = "H" if block.head and number == 0 else "B"
                cells = [_clean(c).replace("\n", "\\n") for c in row]
                lines.append("\t".join(["ROW", kind, str(block.size), *cells]))
            lines.append("ENDTABLE")
        elif isinstance(block, TwoColumns):
            lines.append("TABLE\t2\t0\t1,1\t0")
            left = "\\n\\n".join(_clean(p) for p in block.left)
            right = "\\n\\n".join(_clean(p) for p in block.right)
            lines.append("\t".join(["ROW", "B", str(block.size), left, right]))
            lines.append("ENDTABLE")
    lines.append("END")
    return lines


# ---------------------------------------------------------------- libharu: laid out here

FACES = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}


def _width(text: str, face: str, size: float) -> float:
    widths = FONT_METRICS[face][1]
    return sum(widths.get(ch, 600) for ch in text) * size / 1000


def _wrap(text: str, face: str, size: float, room: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and _width(trial, face, size) > room:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


class _Pager:
    """Absolute drawing operations for libharu, with a cursor that starts new pages as it fills."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.width, self.height = (792.0, 612.0) if doc.landscape else (612.0, 792.0)
        self.left, self.right = 60.0, self.width - 60.0
        self.ops: list[str] = ["DOC"]
        self.page = 0
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.page += 1
        self.ops.append(f"PAGE\t{self.width}\t{self.height}")
        regular = FACES[self.doc.font][0]
        if self.doc.header:
            self.text(self.left, self.height - 40, self.doc.header, regular, 8)
        self.text(self.right - 40, 30, f"Page {self.page}", regular, 8)
        self.y = self.height - 66

    def text(self, x: float, y: float, text: str, face: str, size: float) -> None:
        self.ops.append(f"FONT\t{face}\t{size}")
        self.ops.append(f"TEXT\t{x:.1f}\t{y:.1f}\t{_clean(text)}")

    def need(self, height: float) -> None:
        if self.y - height < 50:
            self.new_page()

    def para(self, block: Para) -> None:
        face = FACES[self.doc.font][1 if block.bold else 0]
        room = self.right - self.left - block.indent
        for line in _wrap(block.text, face, block.size, room):
            self.need(block.size * 1.3)
            self.y -= block.size * 1.25
            width = _width(line, face, block.size)
            x = self.left + block.indent
            if block.align == "C":
                x = (self.width - width) / 2
            elif block.align == "R":
                x = self.right - width
            self.text(x, self.y, line, face, block.size)
        self.y -= block.after

    def table(self, block: Table) -> None:
        total = sum(block.widths)
        spans = [w / total * (self.right - self.left) for w in block.widths]
        for number, row in enumerate(block.rows):
            bold = block.head and number == 0 and not block.form
            face = FACES[self.doc.font][1 if bold else 0]
            cells = [
                self._cell(cell, face, block, span) for cell, span in zip(row, spans, strict=False)
            ]
            height = max(len(c) for c in cells) * block.size * 1.2 + 6
            if block.form:
                height = max(height, 28)
            self.need(height)
            x = self.left
            for lines, span in zip(cells, spans, strict=False):
                # a form box: its caption lines in small type, then its value in bold
                if block.ruled:
                    self.ops.append(
                        f"RECT\t{x:.1f}\t{self.y - height:.1f}\t{span:.1f}\t{height:.1f}"
                    )
                y = self.y - block.size - 2
                for line, is_caption in lines:
                    size = block.size - 2.5 if is_caption else block.size
                    cell_face = FACES[self.doc.font][1] if block.form and not is_caption else face
                    self.text(x + 3, y, line, cell_face, size)
                    y -= block.size * 1.2
                x += span
            self.y -= height
        self.y -= 8

    def _cell(self, cell: str, face: str, block: Table, span: float) -> list[tuple[str, bool]]:
        """A cell's lines, each marked True when it belongs to a form box's caption."""
        if not block.form:
            return [(line, False) for line in _wrap(cell, face, block.size, span - 6)]
        caption, _, value = cell.partition("\n")
        bold = FACES[self.doc.font][1]
        return [(line, True) for line in _wrap(caption, face, block.size - 2.5, span - 6)] + [
            (line, False) for line in _wrap(value, bold, block.size, span - 6) if value
        ]

    def columns(self, block: TwoColumns) -> None:
        face = FACES[self.doc.font][0]
        gap = 18.0
        half = (self.right - self.left - gap) / 2
        sides = []
        for texts in (block.left, block.right):
            lines: list[str] = []
            for text in texts:
                lines.extend(_wrap(text, face, block.size, half))
                lines.append("")
            sides.append(lines)
        top = self.y
        for column, lines in enumerate(sides):
            y = top
            for line in lines:
                y -= block.size * 1.25
                if line:
                    self.text(self.left + column * (half + gap), y, line, face, block.size)
            self.y = min(self.y, y) if column else y
        self.y -= 6

    def draw(self) -> list[str]:
        for block in self.doc.blocks:
            if isinstance(block, Para):
                self.para(block)
            elif isinstance(block, Space):
                self.y -= block.height
            elif isinstance(block, PageBreak):
                self.new_page()
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, TwoColumns):
                self.columns(block)
        return self.ops


# ---------------------------------------------------------------- compile once, print many


class Printers:
    """Compiles the Java and C printers into a temporary folder and prints batches of documents."""

    def __init__(self) -> None:
        for tool in ("javac", "java", "gcc"):
            if shutil.which(tool) is None:
                raise SystemExit(f"corpus_twentyfirst: {tool} not found (run `make install`)")
        if not ITEXT_JAR.is_file():
            raise SystemExit(f"corpus_twentyfirst: {ITEXT_JAR} not found (apt libitext5-java)")
        self.folder = Path(tempfile.mkdtemp(prefix="corpus21-"))
        subprocess.run(
            [
                "javac",
                "-nowarn",
                "-cp",
                str(ITEXT_JAR),
                "-d",
                str(self.folder),
                str(HERE / "ItextRender.java"),
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                "gcc",
                "-O1",
                "-o",
                str(self.folder / "hpdf_render"),
                str(HERE / "hpdf_render.c"),
                "-lhpdf",
            ],
            check=True,
            capture_output=True,
        )

    def print_all(self, jobs: list[tuple[str, Doc, Path]]) -> None:
        """Prints every (producer, doc, out) with one JVM and one libharu run."""
        itext: list[str] = []
        hpdf: list[str] = []
        for producer, doc, out in jobs:
            if producer == "itext":
                itext.extend(_itext_job(doc, out))
            else:
                hpdf.extend(_Pager(doc).draw())
                hpdf.append(f"SAVE\t{out}")
        if itext:
            job = self.folder / "itext.job"
            job.write_text("\n".join(itext) + "\n", encoding="utf-8")
            classpath = f"{ITEXT_JAR}:{self.folder}"
            subprocess.run(["java", "-cp", classpath, "ItextRender", str(job)], check=True)
        if hpdf:
            job = self.folder / "hpdf.job"
            job.write_bytes(("\n".join(hpdf) + "\n").encode("cp1252"))
            subprocess.run([str(self.folder / "hpdf_render"), str(job)], check=True)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

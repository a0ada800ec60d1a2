"""Page blocks (text, lines and boxes in points from a Letter page's top left) and two producers.

`fcl`: the blocks become a command file printed by fclprint.pas, a Free Pascal program compiled with
`fpc` at generation time against fcl-pdf's TPDFDocument (base-14 fonts, WinAnsi).
`fig`: each page becomes an XFig 3.2 file; `fig2dev -L ps` writes PostScript whose ISO-Latin-1
vector
maps 0x2D to /minus, so that one entry is set to /hyphen (else entry numbers would read U+2212), and
ghostscript's pdfwrite joins the pages into one PDF (what `fig2dev -L pdf` does for a single page).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

Block = tuple[object, ...]
PAGE_W, PAGE_H = 612.0, 792.0


class Writer:
    """A cursor over pages; every call appends blocks (page index first)."""

    def __init__(
        self,
        font: str = "Helvetica",
        size: int = 10,
        left: float = 72,
        right: float = 540,
        top: float = 72,
        bottom: float = 730,
    ) -> None:
        self.blocks: list[Block] = []
        self.page = 0
        self.font, self.size = font, size
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = top

    def new_page(self) -> None:
        self.page += 1
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def text(
        self,
        x: float,
        s: str,
        font: str | None = None,
        size: int | None = None,
        align: str = "l",
        y: float | None = None,
    ) -> None:
        font, size = font or self.font, size or self.size
        if s.startswith(" "):  # leading blanks become an offset (a printer may drop them)
            x += stringWidth(s[: len(s) - len(s.lstrip(" "))], font, size)
            s = s.lstrip(" ")
        width = stringWidth(s, font, size)
        if align == "r":
            x -= width
        elif align == "c":
            x -= width / 2
        self.blocks.append(
            ("T", self.page, round(x, 2), round(self.y if y is None else y, 2), font, size, s)
        )

    def line(
        self,
        s: str = "",
        font: str | None = None,
        size: int | None = None,
        x: float | None = None,
        align: str = "l",
        gap: float = 1.35,
    ) -> None:
        size = size or self.size
        self.need(size * gap)
        if s:
            self.text(self.left if x is None else x, s, font, size, align)
        self.y += size * gap

    def para(
        self,
        s: str,
        font: str | None = None,
        size: int | None = None,
        x: float | None = None,
        width: float | None = None,
        gap: float = 1.35,
        indent: str = "",
    ) -> None:
        font, size = font or self.font, size or self.size
        x0 = self.left if x is None else x
        avail = (self.right - x0) if width is None else width
        words, current = s.split(), ""
        lines: list[str] = []
        for word in words:
            trial = f"{current} {word}".strip()
            if current and stringWidth(trial, font, size) > avail:
                lines.append(current)
                current = indent + word
            else:
                current = trial if current else word
        if current:
            lines.append(current)
        for ln in lines:
            self.line(ln, font, size, x0, gap=gap)

    def rule(
        self,
        x0: float | None = None,
        x1: float | None = None,
        width: float = 0.6,
        dy: float | None = None,
    ) -> None:
        """A rule between the line just written and the next one (or dy below the cursor)."""
        y = self.y + (-0.55 * self.size if dy is None else dy)
        self.blocks.append(
            (
                "L",
                self.page,
                self.left if x0 is None else x0,
                round(y, 2),
                self.right if x1 is None else x1,
                round(y, 2),
                width,
            )
        )

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.8) -> None:
        self.blocks.append(
            ("R", self.page, round(x, 2), round(y, 2), round(w, 2), round(h, 2), width)
        )

    def table(
        self,
        xs: list[float],
        rows: list[list[str]],
        ruled: bool,
        head_font: str | None = None,
        size: int | None = None,
        font: str | None = None,
    ) -> None:
        """Rows of cells at column x positions (a cell starting with '>' is right-aligned to "
        "the next x)."""
        size = size or self.size
        step = size * 1.6
        self.need(step * min(len(rows), 4))
        top = self.y
        edges = [*xs, self.right]
        for r, row in enumerate(rows):
            self.need(step)
            if self.y == self.top and r:
                top = self.y
            base = self.y + size
            for c, cell in enumerate(row):
                f = head_font if (r == 0 and head_font) else font
                if cell.startswith(">"):
                    self.text(edges[c + 1] - 4, cell[1:], f, size, "r", y=base)
                else:
                    self.text(edges[c] + 3, cell, f, size, y=base)
            self.y += step
            if ruled:
                self.rule(edges[0], edges[-1], 0.5, dy=-size * 0.25)
        if ruled:
            self.blocks.append(
                (
                    "L",
                    self.page,
                    edges[0],
                    round(top - size * 0.25, 2),
                    edges[-1],
                    round(top - size * 0.25, 2),
                    0.5,
                )
            )
            for x in edges:
                self.blocks.append(
                    (
                        "L",
                        self.page,
                        x,
                        round(top - size * 0.25, 2),
                        x,
                        round(self.y - size * 0.25, 2),
                        0.5,
                    )
                )
        self.y += size * 0.4


def pages(blocks: list[Block]) -> int:
    return 1 + max((int(str(b[1])) for b in blocks), default=0)


# ---------------------------------------------------------------- fcl-pdf (Free Pascal)

_PAS = Path(__file__).with_name("fclprint.pas")


def fcl_binary() -> Path:
    source = _PAS.read_bytes()
    cache = Path(tempfile.gettempdir()) / f"corpus42-fcl-{hashlib.sha256(source).hexdigest()[:12]}"
    exe = cache / "fclprint"
    if not exe.exists():
        work = Path(tempfile.mkdtemp(prefix="corpus42-fpc-"))
        shutil.copy(_PAS, work / "fclprint.pas")
        subprocess.run(
            ["fpc", "-O1", "-v0", "fclprint.pas"], cwd=work, check=True, capture_output=True
        )
        cache.mkdir(parents=True, exist_ok=True)
        shutil.move(str(work / "fclprint"), exe.with_suffix(".tmp"))
        exe.with_suffix(".tmp").replace(exe)
        shutil.rmtree(work, ignore_errors=True)
    return exe


def _clean(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")


def fcl_pdf(blocks: list[Block], out: Path, title: str, author: str) -> None:
    lines: list[str] = []
    current = -1
    font: tuple[object, object] | None = None
    for page in range(pages(blocks)):
        lines.append("P")
        font = None
        for b in blocks:
            if b[1] != page:
                continue
            if b[0] == "T":
                if font != (b[4], b[5]):
                    font = (b[4], b[5])
                    lines.append(f"F\t{b[4]}\t{b[5]}")
                lines.append(f"T\t{b[2]}\t{b[3]}\t{_clean(str(b[6]))}")
            elif b[0] == "L":
                lines.append("L\t" + "\t".join(str(v) for v in b[2:]))
            else:
                lines.append("R\t" + "\t".join(str(v) for v in b[2:]))
        current = page
    del current
    with tempfile.TemporaryDirectory(prefix="corpus42-") as tmp:
        cmd = Path(tmp) / "page.txt"
        cmd.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
        subprocess.run(
            [str(fcl_binary()), str(cmd), str(out), title, author], check=True, capture_output=True
        )


# ---------------------------------------------------------------- fig2dev (XFig)

FIG_FONTS = {
    "Times-Roman": 0,
    "Times-Italic": 1,
    "Times-Bold": 2,
    "Courier": 12,
    "Courier-Bold": 14,
    "Helvetica": 16,
    "Helvetica-Oblique": 17,
    "Helvetica-Bold": 18,
}
U = 1200 / 72  # fig units per point


def _fig_text(s: str) -> str:
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ord(ch) > 126:
            out.append(f"\\{ch.encode('latin-1', 'replace')[0]:03o}")
        else:
            out.append(ch)
    return "".join(out)


def _fig_page(blocks: list[Block], page: int) -> str:
    head = [
        "#FIG 3.2  Produced by bench.corpus_fortysecond",
        "Portrait",
        "Flush left",
        "Inches",
        "Letter",
        "100.00",
        "Single",
        "-2",
        "1200 2",
        # an invisible frame the size of the page, so that fig2dev keeps the page's coordinates
        "2 2 0 0 7 7 60 -1 -1 0.000 0 0 -1 0 0 5",
        "\t 0 0 10200 0 10200 13200 0 13200 0 0",
    ]
    for b in blocks:
        if b[1] != page:
            continue
        if b[0] == "T":
            font, size, s = str(b[4]), int(str(b[5])), str(b[6])
            x, y = round(float(str(b[2])) * U), round(float(str(b[3])) * U)
            length = round(stringWidth(s, font, size) * U)
            head.append(
                f"4 0 0 50 -1 {FIG_FONTS[font]} {size} 0.0000 4 {round(size * U * 0.7)} {length} "
                f"{x} {y} {_fig_text(s)}\\001"
            )
        elif b[0] == "L":
            x0, y0, x1, y1 = (round(float(str(v)) * U) for v in b[2:6])
            thick = max(1, round(float(str(b[6])) * 80 / 72))
            head.append(f"2 1 0 {thick} 0 7 50 -1 -1 0.000 0 0 -1 0 0 2")
            head.append(f"\t {x0} {y0} {x1} {y1}")
        else:
            x, y, w, h = (round(float(str(v)) * U) for v in b[2:6])
            thick = max(1, round(float(str(b[6])) * 80 / 72))
            head.append(f"2 2 0 {thick} 0 7 50 -1 -1 0.000 0 0 -1 0 0 5")
            head.append(f"\t {x} {y} {x + w} {y} {x + w} {y + h} {x} {y + h} {x} {y}")
    return "\n".join(head) + "\n"


def fig_pdf(blocks: list[Block], out: Path, title: str, author: str) -> None:
    del author
    with tempfile.TemporaryDirectory(prefix="corpus42-") as tmp:
        ps_files = []
        for page in range(pages(blocks)):
            fig = Path(tmp) / f"p{page}.fig"
            fig.write_text(_fig_page(blocks, page), encoding="latin-1")
            ps = fig.with_suffix(".ps")
            subprocess.run(
                [
                    "fig2dev",
                    "-L",
                    "ps",
                    "-F",
                    "-z",
                    "Letter",
                    "-p",
                    "x",
                    "-a",
                    "-n",
                    title,
                    str(fig),
                    str(ps),
                ],
                check=True,
                capture_output=True,
            )
            text = ps.read_text(encoding="latin-1")
            # (a page whose fonts are not re-encoded keeps StandardEncoding: 0x2D is /hyphen there)
            ps.write_text(text.replace("8#055 /minus", "8#055 /hyphen"), encoding="latin-1")
            ps_files.append(str(ps))
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                f"-sOutputFile={out}",
                *ps_files,
            ],
            check=True,
            capture_output=True,
        )


PRODUCERS = {"fcl": fcl_pdf, "fig": fig_pdf}

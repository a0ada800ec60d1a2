"""Pages of placed text and rules, and the two producers that print them: Yorick and tgif."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

PAGE_W, PAGE_H = 612.0, 792.0


@dataclasses.dataclass
class Text:
    x: float
    y: float  # baseline, points from the top of the page
    text: str
    family: str = "serif"  # serif | sans | mono
    bold: bool = False
    size: float = 10.0


@dataclasses.dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float


Page = list[Text | Rule]


class Flow:
    """A typist's cursor: lines, wrapped paragraphs, tables, rules and page breaks."""

    def __init__(
        self, family: str = "serif", size: float = 10.0, left: float = 72.0, top: float = 72.0
    ):
        self.family, self.size, self.left, self.top = family, size, left, top
        self.pages: list[Page] = [[]]
        self.y = top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def lead(self, size: float | None = None) -> float:
        return (size or self.size) * 1.35

    def room(self, needed: float) -> None:
        if self.y + needed > PAGE_H - 60:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def gap(self, lines: float = 1.0) -> None:
        self.y += self.lead() * lines

    def line(
        self,
        text: str,
        x: float | None = None,
        bold: bool = False,
        size: float | None = None,
        family: str | None = None,
        advance: bool = True,
    ) -> None:
        size = size or self.size
        self.room(self.lead(size))
        self.page.append(
            Text(
                self.left if x is None else x,
                self.y + size,
                text,
                family or self.family,
                bold,
                size,
            )
        )
        if advance:
            self.y += self.lead(size)

    def para(
        self,
        text: str,
        width: int = 88,
        x: float | None = None,
        bold: bool = False,
        indent: str = "",
    ) -> None:
        for number, chunk in enumerate(textwrap.wrap(text, width - len(indent)) or [""]):
            self.line((indent if number else "") + chunk, x=x, bold=bold)

    def rule(self, x0: float | None = None, x1: float = PAGE_W - 72, gap: float = 4.0) -> None:
        self.room(gap * 2)
        self.y += gap
        self.page.append(Rule(self.left if x0 is None else x0, self.y, x1, self.y))
        self.y += gap

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        for rule in (
            Rule(x0, y0, x1, y0),
            Rule(x0, y1, x1, y1),
            Rule(x0, y0, x0, y1),
            Rule(x1, y0, x1, y1),
        ):
            self.page.append(rule)

    def table(
        self,
        xs: list[float],
        rows: list[list[str]],
        ruled: bool,
        head_bold: bool = True,
        size: float | None = None,
    ) -> None:
        size = size or self.size
        self.room(self.lead(size) * (len(rows) + 1))
        right = xs[-1] if len(xs) > len(rows[0]) else PAGE_W - 72
        top = self.y
        if ruled:
            self.rule(xs[0] - 4, right - 4, gap=2)
        for number, row in enumerate(rows):
            for x, cell in zip(xs, row, strict=False):
                self.page.append(
                    Text(x, self.y + size, cell, self.family, head_bold and number == 0, size)
                )
            self.y += self.lead(size)
            if ruled:
                self.rule(xs[0] - 4, right - 4, gap=2)
        if ruled:
            for x in [*xs[: len(rows[0])], right]:
                self.page.append(Rule(x - 4, top + 2, x - 4, self.y - 2))


def _ps_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _yorick_escape(text: str) -> str:
    return _ps_escape(text).replace("!", "!!").replace("_", "!_").replace("^", "!^")


YORICK_FONTS = {"serif": "times", "sans": "helvetica", "mono": "courier"}
NDC_PER_PT = 0.0013


def yorick(pages: list[Page], out: Path) -> None:
    """Yorick: plt strings and pldj rules at NDC coordinates, hardcopy to PostScript, ps2pdf."""
    with tempfile.TemporaryDirectory(prefix="h48y") as tmp:
        ps = Path(tmp) / "doc.ps"
        lines = [f'window, 0, display="", hcp="{ps}", dump=1, legends=0, style="nobox.gs";']
        for number, page in enumerate(pages):
            if number:
                lines.append("fma;")
            lines.append("plsys, 0;")
            for item in page:
                if isinstance(item, Text):
                    font = YORICK_FONTS[item.family] + ("B" if item.bold else "")
                    lines.append(
                        f'plt, "{_yorick_escape(item.text)}", {item.x * NDC_PER_PT:.5f}, '
                        f'{(PAGE_H - item.y) * NDC_PER_PT:.5f}, font="{font}", '
                        f"height={item.size:g}, tosys=0;"
                    )
                else:
                    lines.append(
                        f"pldj, {item.x0 * NDC_PER_PT:.5f}, {(PAGE_H - item.y0) * NDC_PER_PT:.5f}, "
                        f"{item.x1 * NDC_PER_PT:.5f}, {(PAGE_H - item.y1) * NDC_PER_PT:.5f}, "
                        "width=1;"
                    )
            lines.append("hcp;")
        lines += ["hcp_finish;", "quit;"]
        script = Path(tmp) / "doc.i"
        script.write_text("\n".join(lines) + "\n")
        subprocess.run(
            ["yorick", "-batch", str(script)], check=True, capture_output=True, cwd=tmp, timeout=60
        )
        # ghostscript's ISOLatin1Encoding has /minus at 0x2D: put the hyphen back
        body = ps.read_text(encoding="latin-1").replace(
            "/Encoding ISOLatin1Encoding def",
            "/Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def",
        )
        ps.write_text(body, encoding="latin-1")
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=letter", "-dFIXEDMEDIA", str(ps), str(out)],
            check=True,
            capture_output=True,
            timeout=60,
        )


TGIF_FONTS = {"serif": 0, "mono": 1, "sans": 2}
TGIF_PX = 0.5625  # tgif prints 128 pixels to the inch
TGIF_SIZES = [
    8,
    10,
    12,
    14,
    18,
    24,
]  # the old-format size indices that print (6 and up stop ghostscript)


def _tgif_page(page: Page) -> str:
    out = ["state(0,18,100,0,0,0,16,1,0,0,3,0,0,1,0,1,0,3,0,5,0,0,0,10,0).", "%"]
    ident = 1
    for item in page:
        ident += 1
        if isinstance(item, Text):
            px = item.size / TGIF_PX
            index = min(range(len(TGIF_SIZES)), key=lambda i: abs(TGIF_SIZES[i] - px))
            height = TGIF_SIZES[index]
            top = round((item.y - item.size * 0.8) / TGIF_PX)
            width = round(len(item.text) * height * 0.55)
            out.append(
                f"text('black',{round(item.x / TGIF_PX)},{top},{TGIF_FONTS[item.family]},"
                f"{int(item.bold)},{index},1,0,0,1,{width},{height},{ident},0,{height - 3},3,0,0,0,"
                f'[\n\t"{_ps_escape(item.text)}"]).'
            )
        else:
            xs = sorted((round(item.x0 / TGIF_PX), round(item.x1 / TGIF_PX)))
            ys = sorted((round(item.y0 / TGIF_PX), round(item.y1 / TGIF_PX)))
            # a rule is a box one pixel thick (a box of no height stops ghostscript)
            out.append(
                f"box('black',{xs[0]},{ys[0]},{max(xs[1], xs[0] + 1)},{max(ys[1], ys[0] + 1)},"
                f"0,1,1,{ident},0,0,0,[\n])."
            )
    return "\n".join(out) + "\n"


def tgif(pages: list[Page], out: Path) -> None:
    """A tgif .obj of text and box objects per page, `tgif -print -pdf`, pages joined."""
    with tempfile.TemporaryDirectory(prefix="h48t") as tmp:
        pdfs = []
        for number, page in enumerate(pages):
            obj = Path(tmp) / f"page{number:02d}.obj"
            obj.write_text(_tgif_page(page), encoding="latin-1")
            done = subprocess.run(
                ["tgif", "-print", "-pdf", obj.name],
                check=True,
                capture_output=True,
                cwd=tmp,
                timeout=60,
                env={**os.environ, "HOME": tmp},
                text=True,
            )
            if "Error" in done.stdout + done.stderr:
                raise RuntimeError(f"tgif: {done.stdout}{done.stderr}")
            pdfs.append(str(obj.with_suffix(".pdf")))
        if len(pdfs) == 1:
            shutil.copy(pdfs[0], out)
        else:
            subprocess.run(
                ["pdfunite", *pdfs, str(out)], check=True, capture_output=True, timeout=60
            )


PRODUCERS = {"yorick": yorick, "tgif": tgif}

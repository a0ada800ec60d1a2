"""The `pdfbuilder` producer: absolute layout drawn by Perl's PDF::Builder (draw.pl) from ops."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from bench.corpus_twentyninth.doc import Doc, Op

DRAW = Path(__file__).with_name("draw.pl")
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
_TTF = {SERIF: "DJSerif", SERIF_BOLD: "DJSerifBold"}
HEIGHT = 792.0


def width(text: str, font: str, size: float) -> float:
    if font in _TTF:
        try:
            return float(stringWidth(text, _TTF[font], size))
        except KeyError:
            registerFont(TTFont(_TTF[font], font))
            return float(stringWidth(text, _TTF[font], size))
    return float(stringWidth(text, font, size))


class Sheet:
    """Pages of ops with a cursor measured from the top of the page, as a form designer thinks."""

    def __init__(
        self, font: str = "Helvetica", size: float = 10.5, top: float = 60, bottom: float = 60
    ):
        self.pages: list[list[Op]] = [[]]
        self.font, self.size, self.top, self.bottom = font, size, top, bottom
        self.y = top
        self.footer: str | None = None

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str | None = None,
        size: float | None = None,
        align: str = "left",
    ) -> None:
        self.ops.append(["text", x, HEIGHT - y, font or self.font, size or self.size, s, align])

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.6) -> None:
        self.ops.append(["line", x1, HEIGHT - y1, x2, HEIGHT - y2, w])

    def rect(
        self, x: float, y: float, w: float, h: float, lw: float = 0.6, fill: float = -1
    ) -> None:
        self.ops.append(["rect", x, HEIGHT - y - h, w, h, lw, fill])

    def newpage(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self, height: float) -> None:
        if self.y + height > HEIGHT - self.bottom:
            self.newpage()

    def wrap(
        self, s: str, w: float, font: str | None = None, size: float | None = None
    ) -> list[str]:
        font, size = font or self.font, size or self.size
        out: list[str] = []
        for para in s.split("\n"):
            cur = ""
            for word in para.split(" "):
                trial = f"{cur} {word}" if cur else word
                if cur and width(trial, font, size) > w:
                    out.append(cur)
                    cur = word
                else:
                    cur = trial
            out.append(cur)
        return out

    def para(
        self,
        x: float,
        w: float,
        s: str,
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
        after: float = 6,
    ) -> None:
        """A wrapped paragraph at the cursor, kept on one page so no value is split by a break."""
        size = size or self.size
        lead = lead or size * 1.3
        lines = self.wrap(s, w, font, size)
        self.room(lead * len(lines))
        for ln in lines:
            self.y += lead
            self.text(x, self.y, ln, font, size)
        self.y += after


def render(docs: list[tuple[Doc, Path, str]]) -> None:
    """Draws every (doc, out, creation stamp) in one perl process."""
    specs = [
        {
            "out": str(out),
            "producer": "PDF::Builder",
            "title": f"{doc.kind} {doc.index}",
            "stamp": stamp,
            "pages": doc.pages,
        }
        for doc, out, stamp in docs
    ]
    subprocess.run(
        ["perl", str(DRAW)], input=json.dumps(specs).encode(), check=True, capture_output=True
    )

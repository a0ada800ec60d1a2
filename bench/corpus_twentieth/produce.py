"""The two producers: LuaLaTeX straight to PDF, and a faxed copy of a LuaLaTeX page with an
OCR text layer from ocrmypdf."""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DPI = 200
DESKEW_ABOVE = 0.7  # degrees
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/opentype/urw-base35")


def lualatex(source: str, out: Path) -> None:
    """Compile LaTeX source with lualatex (twice, for page heads and footnotes) into `out`."""
    with tempfile.TemporaryDirectory(prefix="tw-tex-") as tmp:
        work = Path(tmp)
        (work / "doc.tex").write_text(source)
        for _ in range(2):
            run = subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error",
                                  "doc.tex"], cwd=work, capture_output=True, text=True,
                                 timeout=180)
            if run.returncode != 0:
                tail = "\n".join(run.stdout.splitlines()[-25:])
                raise RuntimeError(f"lualatex failed for {out.name}:\n{tail}")
        shutil.copy(work / "doc.pdf", out)


@dataclass(frozen=True)
class FaxLine:
    """What the sending machine prints on top of every page it transmits."""

    sender: str
    number: str
    sent: date
    time: str


@dataclass(frozen=True)
class Scan:
    """How rough the copy is; a clean scan is the fallback when OCR loses a scored value."""

    skew: float
    speckle: float
    threshold: int

    @staticmethod
    def rough(rng: random.Random) -> Scan:
        return Scan(skew=rng.choice([-1, 1]) * rng.uniform(0.3, 1.5),
                    speckle=rng.uniform(0.0001, 0.0004), threshold=rng.choice([145, 155, 165]))


CLEAN = Scan(skew=0.3, speckle=0.0, threshold=160)


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.truetype(str(Path(FONT_DIRS[0]) / "DejaVuSans.ttf"), size)


def _header(page: Image.Image, line: FaxLine, number: int, total: int) -> None:
    draw = ImageDraw.Draw(page)
    font = _font("DejaVuSansMono.ttf", 22)
    stamp = line.sent.strftime("%b-%d-%Y").upper()
    text = (f"FROM: {line.sender.upper()[:30]:<30}  FAX {line.number}   {stamp} {line.time}"
            f"   PAGE {number}/{total}")
    draw.rectangle((0, 0, page.width, 60), fill=255)
    draw.text((40, 18), text, fill=0, font=font)


def _degrade(page: Image.Image, scan: Scan, rng: random.Random, standard: bool) -> Image.Image:
    page = page.rotate(scan.skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if standard:  # 204 x 98 dpi: half the lines, stretched back on receipt
        page = page.resize((page.width, page.height // 2)).resize((page.width, page.height))
    bw = page.point(lambda v: 255 if v > scan.threshold else 0).convert("1")
    draw = ImageDraw.Draw(bw)
    for _ in range(int(bw.width * bw.height * scan.speckle / 10)):
        x, y = rng.randrange(bw.width), rng.randrange(bw.height)
        size = rng.choice([1, 1, 2, 3])
        draw.rectangle((x, y, x + size, y + size), fill=0)
    return bw


def cover_sheet(rng: random.Random, to: str, fax_to: str, sender: str, pages: int,
                note: str, sent: date) -> Image.Image:
    """A handwritten-looking fax cover sheet: printed form, pen-filled blanks."""
    page = Image.new("L", (int(8.5 * DPI), 11 * DPI), 255)
    draw = ImageDraw.Draw(page)
    big, label = _font("DejaVuSans-Bold.ttf", 120), _font("DejaVuSans.ttf", 40)
    pen = _font("Z003-MediumItalic.otf", 64)
    draw.text((140, 160), "FAX", fill=0, font=big)
    draw.line((140, 320, 1560, 320), fill=0, width=6)
    rows = [("To:", to), ("Fax:", fax_to), ("From:", sender), ("Pages:", f"{pages} incl. cover"),
            ("Date:", sent.strftime("%m/%d/%y")), ("Re:", note)]
    y = 420
    for caption, value in rows:
        draw.text((140, y), caption, fill=0, font=label)
        draw.line((400, y + 60, 1560, y + 60), fill=0, width=2)
        x = 420
        for char in value:
            draw.text((x, y - 6 + rng.randrange(-4, 5)), char, fill=0, font=pen)
            x += int(pen.getlength(char)) + rng.randrange(-1, 3)
        y += 150
    draw.text((140, 1500), "CONFIDENTIAL: this transmission is meant for the addressee only.",
              fill=0, font=_font("DejaVuSans.ttf", 30))
    return page


def fax(source_pdf: Path, out: Path, line: FaxLine, scan: Scan, rng: random.Random,
        cover: Image.Image | None) -> None:
    """Print `source_pdf` to a fax, receive it, and give the received PDF an OCR text layer."""
    with tempfile.TemporaryDirectory(prefix="tw-fax-") as tmp:
        work = Path(tmp)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(source_pdf),
                        str(work / "page")], check=True, capture_output=True, timeout=120)
        pages = [Image.open(path).convert("L") for path in sorted(work.glob("page*.png"))]
        if cover is not None:
            pages.insert(0, cover)
        received = []
        for number, page in enumerate(pages, start=1):
            _header(page, line, number, len(pages))
            standard = cover is not None and number == 1
            received.append(_degrade(page, scan, rng, standard))
        image_pdf = work / "received.pdf"
        received[0].save(image_pdf, save_all=True, append_images=received[1:],
                         resolution=float(DPI))
        # A steep skew makes the OCR lines cross each other in the text layer; the receiving
        # office's scan workflow straightens such pages (--deskew), as ocrmypdf users do.
        deskew = ["--deskew"] if abs(scan.skew) > DESKEW_ABOVE else []
        # tesseract's own 180 s limit, hit on a loaded machine, leaves a page with no text layer
        subprocess.run(["ocrmypdf", "-q", "--output-type", "pdf", "--optimize", "0", *deskew,
                        "--tesseract-timeout", "1200",
                        "--image-dpi", str(DPI), "-l", "eng", str(image_pdf), str(out)],
                       check=True, capture_output=True, timeout=600)

"""Re-draw a corpus through another PDF producer, truths unchanged, to find producer fragilities.

`python -m bench.reprint IN_FOLDER OUT_FOLDER --via cairo|gs|scan [--limit N]`: every PDF under
IN_FOLDER that has its truth JSON beside it is re-drawn into the same place under OUT_FOLDER and
its truth copied. `cairo` is poppler's pdftocairo, `gs` Ghostscript's pdfwrite, and `scan` renders
each page at 300 dpi in gray (slightly turned, with noise; seeded per file) and lets tesseract put a
text layer on it, as a scanner's software does. The page-handling vias (bench/reprint_pages.py)
store pages turned, upside down, two to a sheet or shrunk to fit. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy
import pypdfium2
from PIL import Image
from pypdf import PdfWriter

from bench.reprint_pages import page_vias

SCAN_DPI = 300
TOOL_SECONDS = 300


def redraw_cairo(source: Path, target: Path, seed: int) -> None:
    """Poppler's cairo backend: new fonts, new encodings, text re-emitted glyph by glyph."""
    _run(["pdftocairo", "-pdf", str(source), str(target)])


def redraw_gs(source: Path, target: Path, seed: int) -> None:
    """Ghostscript's pdfwrite: re-encoded fonts and content streams."""
    _run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
          f"-sOutputFile={target}", str(source)])


def redraw_scan(source: Path, target: Path, seed: int) -> None:
    """Each page as a gray 300 dpi image, turned 0.2-0.8 degrees with noise, OCRed by tesseract."""
    rng = random.Random(seed)
    document = pypdfium2.PdfDocument(str(source))
    try:
        with tempfile.TemporaryDirectory(prefix="reprint-scan-") as work:
            pages: list[Path] = []
            for number in range(len(document)):
                image = scanned(document[number].render(scale=SCAN_DPI / 72, grayscale=True)
                                .to_pil(), rng)
                picture = Path(work) / f"page{number:03d}.png"
                image.save(picture, dpi=(SCAN_DPI, SCAN_DPI))
                _run(["tesseract", str(picture), str(picture.with_suffix("")), "-l", "eng",
                      "--dpi", str(SCAN_DPI), "pdf"])
                pages.append(picture.with_suffix(".pdf"))
            join(pages, target)
    finally:
        document.close()


def scanned(page: Image.Image, rng: random.Random) -> Image.Image:
    """PAGE as a scanner sees it: a slight turn either way and a little sensor noise."""
    angle = rng.uniform(0.2, 0.8) * rng.choice((-1, 1))
    turned = page.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=False,
                                      fillcolor=255)
    pixels = numpy.asarray(turned, dtype=numpy.float32)
    noise = numpy.random.default_rng(rng.getrandbits(32)).normal(0.0, 12.0, pixels.shape)
    return Image.fromarray(numpy.clip(pixels + noise, 0, 255).astype(numpy.uint8), mode="L")


def join(pages: list[Path], target: Path) -> None:
    writer = PdfWriter()
    for page in pages:
        writer.append(str(page))
    with target.open("wb") as out:
        writer.write(out)


VIAS: dict[str, Callable[[Path, Path, int], None]] = {
    "cairo": redraw_cairo, "gs": redraw_gs, "scan": redraw_scan, **page_vias(redraw_scan)}


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=TOOL_SECONDS,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()[-300:]}")


def truthful_pdfs(folder: Path) -> list[Path]:
    """Every PDF under FOLDER with its truth JSON beside it, in path order."""
    return sorted(pdf for pdf in folder.rglob("*.pdf") if pdf.with_suffix(".json").is_file())


def file_seed(relative: Path, seed: int) -> int:
    """A seed of the file's own, so one page's noise does not depend on which files ran before."""
    digest = hashlib.sha256(f"{seed}:{relative.as_posix()}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def reprint(source: Path, target: Path, via: str, *, limit: int | None = None, seed: int = 0,
            keep: bool = False, say: Callable[[str], None] | None = None) -> list[str]:
    """Re-draw SOURCE's PDFs into TARGET through VIA with their truths; the failures' messages."""
    say = say or _stderr
    redraw = VIAS[via]
    pdfs = truthful_pdfs(source)[:limit]
    failures: list[str] = []
    for number, pdf in enumerate(pdfs, start=1):
        relative = pdf.relative_to(source)
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf.with_suffix(".json"), out.with_suffix(".json"))
        if keep and out.is_file():
            say(f"file {number} of {len(pdfs)}: {relative}: kept")
            continue
        try:
            redraw(pdf, out, file_seed(relative, seed))
            say(f"file {number} of {len(pdfs)}: {relative}: {via}")
        except (RuntimeError, subprocess.TimeoutExpired, pypdfium2.PdfiumError) as exc:
            # A copy that cannot be drawn has no truth to score against; the rest carry on.
            out.with_suffix(".json").unlink(missing_ok=True)
            out.unlink(missing_ok=True)
            failures.append(f"{relative}: {exc}")
            say(f"file {number} of {len(pdfs)}: {relative}: not re-drawn: {exc}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reprint", description=__doc__)
    parser.add_argument("source", type=Path, metavar="IN_FOLDER")
    parser.add_argument("target", type=Path, metavar="OUT_FOLDER")
    parser.add_argument("--via", choices=sorted(VIAS), required=True)
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--seed", type=int, default=0, help="the scan's turn and noise")
    parser.add_argument("--keep", action="store_true", help="leave copies already drawn")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        parser.error(f"{args.source}: no such folder")
    failures = reprint(args.source, args.target, args.via, limit=args.limit, seed=args.seed,
                       keep=args.keep)
    return 1 if failures else 0


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())

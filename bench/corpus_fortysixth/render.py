"""The two producers: Emacs ps-print (`psprint`) and Grace's gracebat (`grace`); ps2pdf makes PDFs.

A document is a list of pages; a page is a list of lines. A line is a string (set from the left
margin), a list of (column, text) cells (columns in Courier character widths), or None for a rule.
"""

from __future__ import annotations

import subprocess
import tempfile
import textwrap
from pathlib import Path

Line = str | list[tuple[int, str]] | None
Page = list[Line]

# Emacs takes PostScript's ISOLatin1Encoding from ghostscript when it is defined, and that vector
# has /minus at code 45 (and quoteright at 39); this one line (before ps-print's prologue) puts the
# hyphen and the straight quote back.
HYPHEN_FIX = (
    "userdict begin /ISOLatin1Encoding ISOLatin1Encoding dup length array copy "
    "dup 45 /hyphen put dup 39 /quotesingle put def end\n"
)
WIDTH = 80


def fold(pages: list[Page]) -> list[Page]:
    """Long text lines wrapped at WIDTH columns (words are never broken)."""
    out: list[Page] = []
    for page in pages:
        lines: Page = []
        for line in page:
            if isinstance(line, str) and len(line) > WIDTH:
                indent = line[: len(line) - len(line.lstrip())]
                lines.extend(
                    textwrap.wrap(
                        line,
                        WIDTH,
                        subsequent_indent=indent,
                        break_on_hyphens=False,
                        break_long_words=False,
                    )
                )
            else:
                lines.append(line)
        out.append(lines)
    return out


def _text_line(line: Line, rule: str) -> str:
    if line is None:
        return rule
    if isinstance(line, str):
        return line
    out = ""
    for column, text in line:
        if len(out) >= column:
            out = out.rstrip() + "  "
        out = out.ljust(column) + text
    return out


def psprint(pages: list[Page], pdf: Path, font_size: float = 10.0, rule: str = "-" * 72) -> None:
    """A plain-text buffer printed by `emacs --batch` with ps-print (no page header); ps2pdf."""
    pages = fold(pages)
    text = "\f".join("\n".join(_text_line(line, rule) for line in page) + "\n" for page in pages)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "letter.txt"
        source.write_text(text, encoding="latin-1")
        ps = Path(tmp) / "letter.ps"
        lisp = (
            "(progn (setq ps-print-header nil ps-paper-type (quote letter) "
            f"ps-font-size {font_size} ps-left-margin 54 ps-top-margin 54) "
            f'(ps-print-buffer "{ps}"))'
        )
        subprocess.run(
            ["emacs", "--batch", "-Q", "--insert", str(source), "--eval", lisp],
            check=True,
            capture_output=True,
        )
        body = ps.read_text(encoding="latin-1")
        cut = body.index("\n") + 1
        ps.write_text(body[:cut] + HYPHEN_FIX + body[cut:], encoding="latin-1")
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=letter", str(ps), str(pdf)], check=True, capture_output=True
        )


def _grace_string(x: float, y: float, text: str, font: int, size: float) -> str:
    safe = text.replace("\\", "/").replace('"', "'")
    return (
        "with string\nstring on\nstring loctype view\n"
        f"string {x:.4f}, {y:.4f}\nstring char size {size}\nstring font {font}\nstring color 1\n"
        f'string def "{safe}"\n'
    )


def grace(pages: list[Page], pdf: Path, font: int = 8, size: float = 0.6) -> None:
    """Each page a Grace project with no visible graph: every line a string at view coordinates
    (612-point letter page, view unit = 612 pt), rules drawn as lines; gracebat prints PostScript
    (this Debian build has no PDF device) and ps2pdf makes the PDF; pages are joined by pdfunite."""
    step = size * 0.034
    char = size * 0.0168  # a Courier advance at this char size, in view units
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        fit = int(1.17 / step)  # lines that fit between y = 1.22 and the bottom margin
        sheets = [
            page[i : i + fit] for page in fold(pages) for i in range(0, max(len(page), 1), fit)
        ]
        for number, page in enumerate(sheets):
            batch = [
                'device "PostScript" page size 612, 792',
                "page size 612, 792",
                "g0 hidden true",
            ]
            y = 1.22
            for line in page:
                if line is None:
                    batch.append(
                        "with line\nline on\nline loctype view\n"
                        f"line 0.07, {y + step * 0.35:.4f}, 0.93, {y + step * 0.35:.4f}\n"
                        "line linewidth 0.7\nline color 1\nline def"
                    )
                elif isinstance(line, str):
                    if line.strip():
                        batch.append(_grace_string(0.07, y, line, font, size))
                else:
                    for column, text in line:
                        batch.append(_grace_string(0.07 + column * char, y, text, font, size))
                y -= step
            bat = Path(tmp) / f"p{number}.bat"
            bat.write_text("\n".join(batch) + "\n", encoding="latin-1")
            ps = Path(tmp) / f"p{number}.ps"
            subprocess.run(
                [
                    "gracebat",
                    "-nosafe",
                    "-hdevice",
                    "PostScript",
                    "-printfile",
                    str(ps),
                    "-batch",
                    str(bat),
                    "-hardcopy",
                ],
                check=True,
                capture_output=True,
                stdin=subprocess.DEVNULL,
            )
            part = Path(tmp) / f"p{number}.pdf"
            subprocess.run(
                ["ps2pdf", "-sPAPERSIZE=letter", str(ps), str(part)],
                check=True,
                capture_output=True,
            )
            parts.append(str(part))
        if len(parts) == 1:
            Path(parts[0]).replace(pdf)
        else:
            subprocess.run(["pdfunite", *parts, str(pdf)], check=True, capture_output=True)

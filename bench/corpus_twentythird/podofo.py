"""Prints a document with a small PoDoFo C++ program compiled at generation time."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from .common import Doc

SOURCE = Path(__file__).with_name("podofo_job.cpp")
TTF = "/usr/share/fonts/truetype"
FONT_SETS = [
    ("Helvetica", "Helvetica-Bold", 0.56),
    ("Times-Roman", "Times-Bold", 0.52),
    ("Courier", "Courier-Bold", 0.61),
    (f"{TTF}/dejavu/DejaVuSans.ttf", f"{TTF}/dejavu/DejaVuSans-Bold.ttf", 0.62),
    (
        f"{TTF}/liberation/LiberationSans-Regular.ttf",
        f"{TTF}/liberation/LiberationSans-Bold.ttf",
        0.56,
    ),
]
WIDTH, HEIGHT = 612.0, 792.0


def compile_program(work: Path) -> Path:
    """g++ builds the job printer once per run into the work folder."""
    binary = work / "podofo_job"
    if not binary.exists():
        subprocess.run(
            ["g++", "-O1", "-o", str(binary), str(SOURCE), "-lpodofo"],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return binary


def _wrap(text: str, width: float, size: float, factor: float) -> list[str]:
    limit = max(8, int(width / (size * factor)))
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + ([line] if line else [])


class Layout:
    """Lays text lines top-down on Letter pages and writes the job file's operations."""

    def __init__(
        self, regular: str, bold: str, factor: float, size: float, margin: float, header: str
    ) -> None:
        self.regular, self.bold, self.factor, self.size, self.margin = (
            regular,
            bold,
            factor,
            size,
            margin,
        )
        self.header, self.y = header, 0.0
        self.ops: list[str] = []
        self.new_page()

    def new_page(self) -> None:
        self.ops.append(f"PAGE {WIDTH} {HEIGHT}")
        self.y = HEIGHT - self.margin
        if self.header:
            self.ops += [
                f"FONT 7.5 {self.regular}",
                f"TEXT {WIDTH - self.margin - 200} {HEIGHT - 36} {self.header}",
            ]

    def room(self, height: float) -> None:
        if self.y - height < self.margin:
            self.new_page()

    def text(
        self,
        text: str,
        size: float,
        bold: bool = False,
        x: float | None = None,
        width: float | None = None,
    ) -> None:
        left = self.margin if x is None else x
        span = (WIDTH - 2 * self.margin) if width is None else width
        self.ops.append(f"FONT {size} {self.bold if bold else self.regular}")
        for line in _wrap(text, span, size, self.factor):
            self.room(size * 1.35)
            self.y -= size * 1.35
            self.ops.append(f"TEXT {left:.1f} {self.y:.1f} {line}")

    def grid(self, rows: list[list[str]], size: float, boxed: bool) -> None:
        span = WIDTH - 2 * self.margin
        longest = [
            max(len(row[k]) for row in rows if k < len(row)) + 2 for k in range(len(rows[0]))
        ]
        widths = [span * n / sum(longest) for n in longest]
        for number, row in enumerate(rows):
            heading = number == 0 and len(rows) > 1 and not boxed
            lefts = [self.margin + sum(widths[:k]) for k in range(len(row))]
            cells = [_wrap(c, widths[k] - 6, size, self.factor) or [""] for k, c in enumerate(row)]
            height = max(len(c) for c in cells) * size * 1.3 + 4
            self.room(height)
            top = self.y
            self.ops.append(f"FONT {size} {self.bold if heading else self.regular}")
            for k, lines in enumerate(cells):
                for j, line in enumerate(lines):
                    self.ops.append(
                        f"TEXT {lefts[k] + 3:.1f} {top - (j + 1) * size * 1.3:.1f} {line}"
                    )
            self.y = top - height
            if not boxed:
                self.ops.append(f"RECT {self.margin} {self.y:.1f} {span} {height:.1f}")
                for k in range(1, len(row)):
                    self.ops.append(f"LINE {lefts[k]:.1f} {self.y:.1f} {lefts[k]:.1f} {top:.1f}")
            else:
                self.ops.append(f"LINE {self.margin} {self.y:.1f} {self.margin} {top:.1f}")
                self.ops.append(
                    f"LINE {self.margin + span} {self.y:.1f} {self.margin + span} {top:.1f}"
                )
                if number == 0:
                    self.ops.append(f"LINE {self.margin} {top:.1f} {self.margin + span} {top:.1f}")
                if number == len(rows) - 1:
                    self.ops.append(
                        f"LINE {self.margin} {self.y:.1f} {self.margin + span} {self.y:.1f}"
                    )
        self.y -= 6


def job(doc: Doc, rng: random.Random) -> str:
    """The job file: PAGE, FONT, TEXT, LINE and RECT operations in page coordinates."""
    regular, bold, factor = rng.choice(FONT_SETS)
    size = rng.choice([9.0, 9.5, 10.0, 10.5])
    layout = Layout(regular, bold, factor, size, rng.choice([54.0, 64.0, 72.0]), doc.header)
    for block in doc.blocks:
        if block.kind == "h":
            layout.y -= 4
            layout.text(block.text, size + 2, bold=True)
        elif block.kind == "p" and block.text:
            layout.text(block.text, size)
            layout.y -= size * 0.5
        elif block.kind == "small":
            layout.text(block.text, size - 2)
        elif block.kind == "break":
            layout.new_page()
        elif block.kind == "box":
            layout.grid(block.rows, size, boxed=True)
        elif block.kind == "table":
            layout.grid(block.rows, size - 1.5, boxed=False)
    return "\n".join(layout.ops) + "\n"


def render(doc: Doc, rng: random.Random, out: Path, work: Path) -> None:
    """Writes OUT.pdf by running the compiled PoDoFo printer on a job file."""
    binary = compile_program(work)
    job_file = work / (out.stem + ".job")
    job_file.write_text(job(doc, rng), encoding="utf-8")
    subprocess.run(
        [str(binary), str(job_file), str(out)], check=True, capture_output=True, timeout=60
    )

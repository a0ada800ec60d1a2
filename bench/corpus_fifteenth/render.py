"""The two producers: Apache PDFBox 2 (a Java form printer compiled here) and pandoc/ConTeXt."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

JARS = (
    "/usr/share/java/pdfbox2.jar",
    "/usr/share/java/fontbox2.jar",
    "/usr/share/java/commons-logging.jar",
)
JAVA_SOURCE = Path(__file__).with_name("FormPrinter.java")
# ConTeXt, not pdflatex: no hyphenation so a printed value is never split across lines.
CONTEXT_SETUP = "\\setupalign[nothyphenated]\n"


class Sheet:
    """A form drawn at fixed coordinates on US Letter pages, with running header and page breaks."""

    def __init__(self, header: str = "", font: str = "Helvetica", size: float = 9.5) -> None:
        self.ops: list[str] = []
        self.header = header
        self.font_name, self.size = font, size
        self.y = 0.0
        self.pages = 0
        self.new_page()

    def new_page(self, continued: bool = False) -> None:
        self.ops.append("PAGE")
        self.pages += 1
        self.y = 740.0
        if self.header:
            self.font("Helvetica", 7.5)
            self.text(40, 770, f"{self.header}    Page {self.pages}")
            if continued:
                self.text(430, 770, "CONTINUED")
            self.line(40, 765, 572, 765)
        self.font(self.font_name, self.size)

    def font(self, name: str, size: float) -> None:
        self.ops.append(f"FONT\t{name}\t{size}")

    def text(self, x: float, y: float, value: str) -> None:
        clean = value.replace("\t", " ")
        clean.encode("cp1252")  # the standard 14 fonts print WinAnsi only
        self.ops.append(f"TEXT\t{x:.1f}\t{y:.1f}\t{clean}")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.ops.append(f"LINE\t{x1:.1f}\t{y1:.1f}\t{x2:.1f}\t{y2:.1f}")

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(f"RECT\t{x:.1f}\t{y:.1f}\t{w:.1f}\t{h:.1f}")

    def need(self, height: float) -> None:
        """Start a continuation page when less than `height` points are left."""
        if self.y - height < 50:
            self.new_page(continued=True)

    def para(
        self,
        value: str,
        x: float = 50,
        width_chars: int = 95,
        step: float = 12.5,
        font: str | None = None,
        size: float | None = None,
    ) -> None:
        """Wrap a paragraph by character count, the way a report writer does."""
        self.font(font or self.font_name, size or self.size)
        words, line = value.split(), ""
        rows: list[str] = []
        if (
            len(value) <= width_chars
        ):  # a short line keeps its spacing: fixed-width columns stay aligned
            words, line = [], value
        for word in words:
            if line and len(line) + 1 + len(word) > width_chars:
                rows.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        rows.append(line)
        for row in rows:
            self.need(step)
            self.text(x, self.y, row)
            self.y -= step
        self.y -= 4
        self.font(self.font_name, self.size)

    def box(self, x: float, w: float, h: float, caption: str, value: str) -> None:
        """A captioned field box whose top edge is at the current line."""
        self.rect(x, self.y - h, w, h)
        self.font("Helvetica", 6.5)
        self.text(x + 3, self.y - 8, caption)
        self.font(self.font_name, self.size)
        self.text(x + 5, self.y - h + 5, value)


def compile_printer(workdir: Path) -> Path:
    """javac FormPrinter.java into workdir; the class path to run it."""
    if shutil.which("javac") is None:
        raise RuntimeError("javac not found: install a JDK (openjdk-17-jdk-headless)")
    for jar in JARS:
        if not Path(jar).exists():
            raise RuntimeError(f"{jar} missing: apt install libpdfbox2-java")
    subprocess.run(
        ["javac", "-d", str(workdir), "-cp", ":".join(JARS), str(JAVA_SOURCE)],
        check=True,
        capture_output=True,
        text=True,
    )
    return workdir


def print_pdfbox(jobs: list[tuple[list[str], Path]]) -> None:
    """Print every layout with one JVM."""
    if not jobs:
        return
    with tempfile.TemporaryDirectory(prefix="corpus15-java-") as tmp:
        classes = compile_printer(Path(tmp))
        args: list[str] = []
        for number, (ops, out) in enumerate(jobs):
            layout = Path(tmp) / f"layout{number}.txt"
            layout.write_text("\n".join(ops) + "\n", encoding="utf-8")
            args += [str(layout), str(out)]
        done = subprocess.run(
            ["java", "-cp", ":".join((str(classes), *JARS)), "FormPrinter", *args],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"FormPrinter failed: {done.stderr[-2000:]}")


def print_pandoc(markdown: str, out: Path) -> None:
    """Markdown (no smart quotes) to PDF with pandoc's ConTeXt engine."""
    with tempfile.TemporaryDirectory(prefix="corpus15-pandoc-") as tmp:
        source = Path(tmp) / "doc.md"
        source.write_text(markdown, encoding="utf-8")
        setup = Path(tmp) / "setup.tex"
        setup.write_text(CONTEXT_SETUP, encoding="utf-8")
        done = subprocess.run(
            [
                "pandoc",
                "-f",
                "markdown-smart-tex_math_dollars",
                str(source),
                "--pdf-engine=context",
                "--columns=250",
                "-H",
                str(setup),
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        if done.returncode != 0:
            raise RuntimeError(f"pandoc/context failed for {out.name}: {done.stderr[-2000:]}")

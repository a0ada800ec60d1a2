"""The two producers. `freehep`: FreeHEP's PDFGraphics2D (Java, apt libfreehep-graphicsio-pdf-java)
draws each page through Printer.java, compiled by javac on first use. `pstoedit`: the page is
written as a PostScript program and converted by pstoedit's own PDF driver (`pstoedit -f pdf`;
ghostscript only interprets the program, pstoedit writes the file). Both stamp the clock in the
Info dictionary; it is set to a fixed date so that a seed always gives the same bytes."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

from .layout import FONTS, H, Op

HERE = Path(__file__).resolve().parent
JARS = [
    "freehep-graphicsio-pdf",
    "freehep-graphicsio",
    "freehep-graphicsbase",
    "freehep-graphics2d",
    "freehep-io",
    "freehep-util",
]
FIXED = b"D:20250102030405"
_CLASSES: dict[str, str] = {}


def _classpath() -> str:
    return ":".join(f"/usr/share/java/{j}.jar" for j in JARS)


def _compiled() -> str:
    if "dir" not in _CLASSES:
        out = tempfile.mkdtemp(prefix="c55-java-")
        subprocess.run(
            ["javac", "-nowarn", "-cp", _classpath(), "-d", out, str(HERE / "Printer.java")],
            check=True,
            capture_output=True,
        )
        _CLASSES["dir"] = out
    return _CLASSES["dir"]


def _fix_clock(data: bytes) -> bytes:
    return re.sub(rb"D:\d{14}", FIXED, data)


def freehep_many(jobs: list[tuple[list[list[Op]], Path]]) -> None:
    """Prints every (pages, path) in one JVM."""
    if not jobs:
        return
    classes = _compiled()
    with tempfile.TemporaryDirectory(prefix="c55-job-") as tmp:
        job = Path(tmp) / "job.tsv"
        lines: list[str] = []
        for pages, path in jobs:
            lines.append(f"D\t{path}")
            for page in pages:
                lines.append("P")
                for op in page:
                    assert all("\t" not in str(v) and "\n" not in str(v) for v in op)
                    lines.append("\t".join(str(v) for v in op))
            lines.append("E")
        job.write_text("\n".join(lines) + "\n", encoding="utf-8")
        env = dict(os.environ, JAVA_TOOL_OPTIONS="-Djava.awt.headless=true")
        subprocess.run(
            ["java", "-Xshare:auto", "-cp", f"{_classpath()}:{classes}", "Printer", str(job)],
            check=True,
            capture_output=True,
            env=env,
        )
    for _, path in jobs:
        path.write_bytes(_fix_clock(path.read_bytes()))


def freehep(pages: list[list[Op]]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="c55-one-") as tmp:
        path = Path(tmp) / "doc.pdf"
        freehep_many([(pages, path)])
        return path.read_bytes()


def _ps_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def postscript(pages: list[list[Op]]) -> str:
    out = [
        "%!PS-Adobe-3.0",
        f"%%Pages: {len(pages)}",
        "%%BoundingBox: 0 0 612 792",
        "%%EndComments",
    ]
    for n, page in enumerate(pages, start=1):
        out.append(f"%%Page: {n} {n}")
        out.append("<< /PageSize [612 792] >> setpagedevice")
        for op in page:
            kind = op[0]
            if kind == "T":
                _, font, size, x, y, text = op
                out.append(f"/{FONTS[font]} findfont {size} scalefont setfont")
                out.append(f"{x} {H - y:.2f} moveto {_ps_string(text)} show")
            elif kind == "L":
                _, x1, y1, x2, y2, w = op
                out.append(
                    f"{w} setlinewidth {x1} {H - y1:.2f} moveto {x2} {H - y2:.2f} lineto stroke"
                )
            elif kind == "R":
                _, x, y, w, h, lw = op
                out.append(f"{lw} setlinewidth {x} {H - y - h:.2f} {w} {h} rectstroke")
            elif kind == "F":
                _, x, y, w, h, gray = op
                out.append(f"{gray} setgray {x} {H - y - h:.2f} {w} {h} rectfill 0 setgray")
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


def pstoedit(pages: list[list[Op]]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="c55-ps-") as tmp:
        src, dst = Path(tmp) / "doc.ps", Path(tmp) / "doc.pdf"
        src.write_text(postscript(pages), encoding="ascii")
        subprocess.run(
            ["pstoedit", "-q", "-f", "pdf", str(src), str(dst)], check=True, capture_output=True
        )
        return _fix_clock(dst.read_bytes())

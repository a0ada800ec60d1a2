"""The two producers: a report writer in GNU awk fed a pipe-delimited extract, and a case system's
print module in Tcl 8.6 fed tab-separated records. Both are the corpus's own PDF writers."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from .layout import Op

HERE = Path(__file__).resolve().parent
PRODUCERS = ("awk", "tcl")
AWK_FONTS = {
    "sans": "R",
    "sans-b": "B",
    "sans-i": "I",
    "serif": "TR",
    "serif-b": "TB",
    "serif-i": "TI",
    "mono": "C",
    "mono-b": "CB",
}
TCL_FONTS = {
    "serif": "F1",
    "serif-b": "F2",
    "serif-i": "F3",
    "sans": "F4",
    "sans-b": "F5",
    "mono": "F6",
    "mono-b": "F7",
    "sans-i": "F8",
}


def available() -> bool:
    return shutil.which("gawk") is not None and shutil.which("tclsh") is not None


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def awk_extract(title: str, pages: list[list[Op]]) -> str:
    out = [f"H|{title}|RPTW"]
    for ops in pages:
        out.append("P")
        for op in ops:
            if op[0] == "text":
                _, font, size, x, y, s = op
                out.append(f"T|{AWK_FONTS[font]}|{_num(size)}|{_num(x)}|{_num(y)}|{s}")
            else:
                code = {"rule": "L", "box": "R", "shade": "G"}[op[0]]
                out.append(code + "|" + "|".join(_num(v) for v in op[1:]))
    return "\n".join(out) + "\n"


def tcl_records(title: str, pages: list[list[Op]]) -> str:
    out = [f"doc\t{title}"]
    for ops in pages:
        out.append("page")
        for op in ops:
            if op[0] == "text":
                _, font, size, x, y, s = op
                out.append(f"text\t{TCL_FONTS[font]}\t{size}\t{x}\t{y}\t{s}")
            else:
                out.append("\t".join([op[0], *(str(v) for v in op[1:])]))
    return "\n".join(out) + "\n"


def to_pdf(family: str, title: str, pages: list[list[Op]]) -> bytes:
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                assert op[5].isascii(), op
    env = dict(os.environ, LC_ALL="C")
    if family == "awk":
        cmd = ["gawk", "-f", str(HERE / "pdfw.awk")]
        data = awk_extract(title, pages)
    else:
        cmd = ["tclsh", str(HERE / "pdfw.tcl")]
        data = tcl_records(title, pages)
    res = subprocess.run(
        cmd, input=data.encode("ascii"), capture_output=True, env=env, check=True, timeout=60
    )
    assert res.stdout.startswith(b"%PDF-"), res.stderr
    return res.stdout

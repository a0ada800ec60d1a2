# ruff: noqa: E501
"""The two producers: the drawing list goes to a Gforth program (pdfw.fs) or to an SWI-Prolog program (pdfw.pl),
each a PDF writer of this corpus's own (objects, xref, base-14 fonts, its own text operators)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PRODUCERS = ["forth", "prolog"]


def available() -> bool:
    return bool(shutil.which("gforth") and shutil.which("swipl"))


def _forth_str(s: str) -> str:
    return 's\\" ' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def forth_source(pages: list[dict[str, Any]], out: str) -> str:
    fonts = {"f1": 1, "f2": 2, "f3": 3, "f4": 4, "f5": 5, "f6": 6, "f7": 7}
    lines = [f"include {HERE / 'pdfw.fs'}", 'pdf-header s" Transit Ledger 2.1 (gforth)" info']
    for p in pages:
        lines.append(f"{p['w']} {p['h']} newpage")
        for op in p["ops"]:
            if op[0] == "t":
                _, f, size, x, y, s = op
                lines.append(f"{_forth_str(s)} {fonts[f]} {size} {x} {y} txt")
            elif op[0] == "l":
                lines.append("{} {} {} {} {} rule".format(*op[1:]))
            else:
                lines.append("{} {} {} {} {} box".format(*op[1:]))
    lines.append(f"{_forth_str(out)} finish bye")
    return "\n".join(lines) + "\n"


def _pl_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def prolog_facts(pages: list[dict[str, Any]], out: str) -> str:
    lines = [":- discontiguous page/3, op/2.", f"doc({_pl_str(out)}, 'CaseDesk 4.0 (SWI-Prolog)')."]
    for n, p in enumerate(pages, 1):
        lines.append(f"page({n}, {p['w']}, {p['h']}).")
        for op in p["ops"]:
            if op[0] == "t":
                _, f, size, x, y, s = op
                lines.append(f"op({n}, t({f}, {size}, {x}, {y}, {_pl_str(s)})).")
            elif op[0] == "l":
                x1, y1, x2, y2, w = op[1:]
                lines.append(f"op({n}, l({x1}, {y1}, {x2}, {y2}, {w / 10})).")
            else:
                x, y, w, h, g = op[1:]
                grey = -1 if g < 0 else g / 100
                lines.append(f"op({n}, r({x}, {y}, {w}, {h}, {grey})).")
    return "\n".join(lines) + "\n"


def render(producer: str, pages: list[dict[str, Any]]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="c62-") as tmp:
        out = str(Path(tmp) / "out.pdf")
        if producer == "forth":
            src = Path(tmp) / "doc.fs"
            src.write_text(forth_source(pages, out), encoding="ascii")
            cmd = ["gforth", str(src)]
        else:
            src = Path(tmp) / "doc.pl"
            src.write_text(prolog_facts(pages, out), encoding="ascii")
            cmd = ["swipl", str(HERE / "pdfw.pl"), "--", str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
        return Path(out).read_bytes()

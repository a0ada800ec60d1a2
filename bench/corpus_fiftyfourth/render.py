"""The two producers: `lua` (Lua 5.3 with lgi's cairo binding, draw.lua) and `rpdf` (R's own pdf()
graphics device, draw.R under Rscript). Both draw the same pages of operations from layout.py."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

from .layout import Op

HERE = Path(__file__).resolve().parent
PRODUCERS = ("lua", "rpdf")
RSCRIPT = os.environ.get("RSCRIPT", "Rscript")
LUA = os.environ.get("LUA_PATH_BIN", "lua5.3")


def _serialize(pages: list[list[Op]]) -> str:
    out: list[str] = []
    for ops in pages:
        out.append("P")
        for op in ops:
            out.append(" ".join(str(v) for v in op))
    return "\n".join(out) + "\n"


def render(producer: str, pages: list[list[Op]]) -> bytes:
    text = _serialize(pages)
    with tempfile.TemporaryDirectory(prefix="corpus54-") as tmp:
        out = Path(tmp) / "out.pdf"
        if producer == "lua":
            env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
            subprocess.run(
                [LUA, str(HERE / "draw.lua"), str(out)],
                input=text.encode("utf-8"),
                check=True,
                env=env,
                capture_output=True,
            )
        elif producer == "rpdf":
            ops = Path(tmp) / "ops.txt"
            ops.write_text(text, encoding="utf-8")
            subprocess.run(
                [RSCRIPT, "--vanilla", str(HERE / "draw.R"), str(ops), str(out)],
                check=True,
                capture_output=True,
                env=dict(os.environ, LANG="C.UTF-8"),
            )
            return _fix_r(out.read_bytes())
        else:
            raise ValueError(producer)
        return _fixed_stamp(out.read_bytes())


def _fix_r(pdf: bytes) -> bytes:
    """R's pdf() maps byte 45 to /minus (its documented habit: a hyphen prints as a minus sign), so
    every entry number would read with U+2212; the patch restores /hyphen in place (same length, the
    cross-reference table stays right). The creation and modification stamps are fixed likewise."""
    assert pdf.count(b"/Differences [ 45/minus") >= 1
    pdf = pdf.replace(b"/Differences [ 45/minus", b"/Differences [45/hyphen")
    return _fixed_stamp(pdf)


def _fixed_stamp(pdf: bytes) -> bytes:
    """The creation stamp set to one date, its length kept (the cross-reference table stays
    right): cairo 1.16 ignores SOURCE_DATE_EPOCH, so two runs a second apart differed."""
    return re.sub(rb"\(D:\d{14}(Z?)\)", rb"(D:20250101000000\1)", pdf)

# ruff: noqa: E501
"""The two producers: GNU Octave (text() on an axes-free figure printed by the fltk toolkit through gl2ps
and Octave's own ghostscript pipeline) and erlpdf.escript, an Erlang report writer."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .common import Op

PRODUCERS = ("octave", "erlpdf")
HERE = Path(__file__).resolve().parent
_OCT_FONT = {
    "H": ("Helvetica", "normal"),
    "HB": ("Helvetica", "bold"),
    "T": ("Times", "normal"),
    "TB": ("Times", "bold"),
    "C": ("Courier", "normal"),
    "CB": ("Courier", "bold"),
}
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1735732800", TZ="UTC")


def available() -> bool:
    return all(shutil.which(t) for t in ("octave-cli", "xvfb-run", "escript"))


def _oq(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _octave_page(ops: list[Op]) -> list[str]:
    out = [
        "clf(f); a = axes('parent', f, 'position', [0 0 1 1], 'xlim', [0 612], 'ylim', [0 792], 'visible', 'off');"
    ]
    for op in ops:
        if op[0] == "text":
            _, x, y, font, size, s = op
            name, weight = _OCT_FONT[font]
            out.append(
                f"text(a, {x}, {792 - y}, {_oq(s)}, 'fontname', '{name}', 'fontweight', '{weight}', "
                f"'fontsize', {size}, 'interpreter', 'none', 'verticalalignment', 'baseline');"
            )
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            out.append(
                f"line(a, [{x1} {x2}], [{792 - y1} {792 - y2}], 'color', 'k', 'linewidth', {w});"
            )
        else:
            _, x, y, w, h, lw = op
            out.append(f"rectangle(a, 'position', [{x} {792 - y - h} {w} {h}], 'linewidth', {lw});")
    return out


def _render_octave(jobs: list[tuple[list[list[Op]], Path]], tmp: Path) -> None:
    lines = [
        "graphics_toolkit('fltk');",
        "f = figure('visible', 'on', 'position', [0 0 612 792], 'paperunits', 'points', "
        "'papersize', [612 792], 'paperposition', [0 0 612 792], 'color', 'w');",
    ]
    for pages, out in jobs:
        for i, ops in enumerate(pages):
            lines += _octave_page(ops)
            lines.append("drawnow();")
            append = ", '-append'" if i else ""
            lines.append(f"print(f, '-dpdf'{append}, {_oq(str(out))});")
    script = tmp / "pages.m"
    script.write_text("\n".join(lines) + "\n")
    subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x1024x24", "octave-cli", "-q", "-f", str(script)],
        check=True,
        capture_output=True,
        env=ENV,
        timeout=600,
    )


def _erl_str(s: str) -> str:
    return '<<"' + s.replace("\\", "\\\\").replace('"', '\\"') + '">>'


def _render_erlang(jobs: list[tuple[list[list[Op]], Path, str, str]], tmp: Path) -> None:
    terms = []
    for pages, out, title, created in jobs:
        rendered = []
        for ops in pages:
            items = []
            for op in ops:
                if op[0] == "text":
                    _, x, y, font, size, s = op
                    items.append(f'{{text, {x}, {y}, "{font}", {size}, {_erl_str(s)}}}')
                else:
                    items.append("{" + ", ".join([op[0]] + [str(v) for v in op[1:]]) + "}")
            rendered.append("[" + ",\n ".join(items) + "]")
        terms.append(
            f'{{doc, "{out}", {{{_erl_str(title)}, "{created}"}}, ['
            + ",\n".join(rendered)
            + "]}.\n"
        )
    path = tmp / "docs.terms"
    path.write_text("".join(terms))
    subprocess.run(
        ["escript", str(HERE / "erlpdf.escript"), str(path)],
        check=True,
        capture_output=True,
        timeout=600,
    )


def render(jobs: list[dict[str, Any]]) -> None:
    """jobs: {"family", "pages", "out" (Path), "title", "created" (YYYYMMDDHHMMSS)}."""
    with tempfile.TemporaryDirectory(prefix="c58-") as t:
        tmp = Path(t)
        octave = [(j["pages"], Path(j["out"]).resolve()) for j in jobs if j["family"] == "octave"]
        erl = [
            (j["pages"], Path(j["out"]).resolve(), j["title"], j["created"])
            for j in jobs
            if j["family"] == "erlpdf"
        ]
        for _, out in octave:
            out.unlink(missing_ok=True)
        if octave:
            _render_octave(octave, tmp)
        if erl:
            _render_erlang(erl, tmp)

"""Run under xvfb-run: lay blocks out on Tk canvases, one Letter page each, and write PostScript.

Reads {"font", "blocks", "out"} as JSON on stdin; writes OUT/page_NN.ps from each canvas's own
`postscript` command.
"""

from __future__ import annotations

import json
import sys
import tkinter as tk
from pathlib import Path
from typing import Any

W, H, LEFT, RIGHT, TOP, BOTTOM = 612, 792, 64, 548, 60, 740


def main() -> None:
    spec = json.load(sys.stdin)
    font, out = spec["font"], Path(spec["out"])
    root = tk.Tk()
    pages: list[tk.Canvas] = []
    state = {"y": float(BOTTOM + 1)}

    def canvas() -> tk.Canvas:
        if state["y"] > BOTTOM or not pages:
            c = tk.Canvas(root, width=W, height=H, bg="white", highlightthickness=0)
            pages.append(c)
            state["y"] = TOP
        return pages[-1]

    def need(height: float) -> tk.Canvas:
        if state["y"] + height > BOTTOM:
            state["y"] = BOTTOM + 1
        return canvas()

    def text(
        s: str,
        size: int = 10,
        weight: str = "normal",
        x: float = LEFT,
        anchor: Any = "nw",
        width: float = RIGHT - LEFT,
        justify: Any = "left",
    ) -> float:
        c = need(size * 1.6)
        item = c.create_text(
            x,
            state["y"],
            text=s,
            anchor=anchor,
            font=(font, size, weight),
            width=width,
            justify=justify,
        )
        _x0, y0, _x1, y1 = c.bbox(item)
        if y1 > BOTTOM and state["y"] > TOP:
            c.delete(item)
            state["y"] = BOTTOM + 1
            c = canvas()
            item = c.create_text(
                x,
                state["y"],
                text=s,
                anchor=anchor,
                font=(font, size, weight),
                width=width,
                justify=justify,
            )
            _x0, y0, _x1, y1 = c.bbox(item)
        state["y"] = y1 + 3
        return y1 - y0

    for block in spec["blocks"]:
        kind = block[0]
        if kind == "page":
            state["y"] = BOTTOM + 1
            canvas()
        elif kind == "title":
            text(block[1], 14, "bold", x=W / 2, anchor="n", justify="center")
            state["y"] += 6
        elif kind == "label":
            text(block[1], 10, "bold")
        elif kind == "text":
            text(block[1])
            state["y"] += 4
        elif kind == "right":
            for line in block[1]:
                text(line, 10, x=RIGHT, anchor="ne", width=240, justify="right")
            state["y"] += 6
        elif kind in ("rule", "gap"):
            c = need(12)
            if kind == "rule":
                c.create_line(LEFT, state["y"] + 4, RIGHT, state["y"] + 4)
            state["y"] += 12
        elif kind == "box":
            c = need(16 * len(block[1]) + 12)
            top = state["y"]
            state["y"] += 6
            for line in block[1]:
                text(line, 10, x=LEFT + 8, width=RIGHT - LEFT - 16)
            c.create_rectangle(LEFT, top, RIGHT, state["y"] + 4)
            state["y"] += 12
        elif kind == "table":
            header, rows, ruled = block[1], block[2], block[3]
            cols = len(header)
            widths = [max(len(str(r[i])) for r in [header, *rows]) + 2 for i in range(cols)]
            scale = (RIGHT - LEFT) / sum(widths)
            xs = [LEFT + scale * sum(widths[:i]) for i in range(cols + 1)]
            for number, row in enumerate([header, *rows]):
                c = need(18)
                top = state["y"]
                for i, cell in enumerate(row):
                    c.create_text(
                        xs[i] + 3,
                        top + 3,
                        text=cell,
                        anchor="nw",
                        font=(font, 9, "bold" if number == 0 else "normal"),
                    )
                if ruled:
                    c.create_rectangle(LEFT, top, RIGHT, top + 17)
                    for x in xs[1:-1]:
                        c.create_line(x, top, x, top + 17)
                elif number == 0:
                    c.create_line(LEFT, top + 17, RIGHT, top + 17)
                state["y"] = top + 17
            state["y"] += 10
    root.update()
    for number, c in enumerate(pages):
        ps = c.postscript(  # type: ignore[no-untyped-call]
            x=0,
            y=0,
            width=W,
            height=H,
            pagewidth=f"{W}p",
            pageheight=f"{H}p",
            pageanchor="sw",
            pagex=0,
            pagey=0,
        )
        (out / f"page_{number:02d}.ps").write_text(ps, encoding="latin-1")
    root.destroy()


if __name__ == "__main__":
    main()

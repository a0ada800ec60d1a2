"""The two producers: Dia (a .dia XML diagram exported by cairo) and Pyxplot (LaTeX labels
on a canvas)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bench.corpus_fortyseventh.doc import Doc

PAGE_H = 27.9
DIA_FONT = {"serif": "serif", "sans": "sans", "mono": "monospace"}


def _dia_text(n: int, x: float, y: float, text: str, font: str, size: float, bold: bool) -> str:
    height = size * 0.0353
    return (
        f'<dia:object type="Standard - Text" version="1" id="O{n}">'
        f'<dia:attribute name="obj_pos"><dia:point val="{x:.3f},{y:.3f}"/></dia:attribute>'
        '<dia:attribute name="text"><dia:composite type="text">'
        f'<dia:attribute name="string"><dia:string>#{escape(text)}#</dia:string></dia:attribute>'
        f'<dia:attribute name="font"><dia:font family="{DIA_FONT[font]}" '
        f'style="{80 if bold else 0}" '
        f'name="{DIA_FONT[font]}"/></dia:attribute>'
        f'<dia:attribute name="height"><dia:real val="{height:.3f}"/></dia:attribute>'
        f'<dia:attribute name="pos"><dia:point val="{x:.3f},{y:.3f}"/></dia:attribute>'
        '<dia:attribute name="color"><dia:color val="#000000"/></dia:attribute>'
        '<dia:attribute name="alignment"><dia:enum val="0"/></dia:attribute>'
        "</dia:composite></dia:attribute></dia:object>"
    )


def _dia_line(n: int, x0: float, y0: float, x1: float, y1: float) -> str:
    return (
        f'<dia:object type="Standard - Line" version="0" id="O{n}">'
        f'<dia:attribute name="conn_endpoints"><dia:point val="{x0:.3f},{y0:.3f}"/>'
        f'<dia:point val="{x1:.3f},{y1:.3f}"/></dia:attribute>'
        '<dia:attribute name="line_width"><dia:real val="0.02"/></dia:attribute></dia:object>'
    )


def _dia_box(n: int, x0: float, y0: float, x1: float, y1: float) -> str:
    return (
        f'<dia:object type="Standard - Box" version="0" id="O{n}">'
        f'<dia:attribute name="elem_corner"><dia:point val="{x0:.3f},{y0:.3f}"/></dia:attribute>'
        f'<dia:attribute name="elem_width"><dia:real val="{x1 - x0:.3f}"/></dia:attribute>'
        f'<dia:attribute name="elem_height"><dia:real val="{y1 - y0:.3f}"/></dia:attribute>'
        '<dia:attribute name="border_width"><dia:real val="0.03"/></dia:attribute>'
        '<dia:attribute name="show_background"><dia:boolean val="false"/></dia:attribute>'
        "</dia:object>"
    )


def dia_page(items: list[tuple[Any, ...]]) -> str:
    """One page as a Dia diagram; a white frame fixes the page extent."""
    objs = [_dia_line(0, 0, 0, 0.01, 0), _dia_line(1, 21.0, PAGE_H, 21.01, PAGE_H)]
    for n, item in enumerate(items, start=2):
        if item[0] == "t":
            _, x, y, text, font, size, bold = item
            objs.append(
                _dia_text(n, float(x), float(y), str(text), str(font), float(size), bool(bold))
            )
        elif item[0] == "l":
            objs.append(_dia_line(n, *(float(v) for v in item[1:5])))
        else:
            objs.append(_dia_box(n, *(float(v) for v in item[1:5])))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<dia:diagram xmlns:dia="http://www.lysator.liu.se/~alla/dia/">'
        '<dia:diagramdata><dia:attribute name="paper"><dia:composite type="paper">'
        '<dia:attribute name="name"><dia:string>#Letter#</dia:string></dia:attribute>'
        '<dia:attribute name="tmargin"><dia:real val="0"/></dia:attribute>'
        '<dia:attribute name="bmargin"><dia:real val="0"/></dia:attribute>'
        '<dia:attribute name="lmargin"><dia:real val="0"/></dia:attribute>'
        '<dia:attribute name="rmargin"><dia:real val="0"/></dia:attribute>'
        '<dia:attribute name="is_portrait"><dia:boolean val="true"/></dia:attribute>'
        '<dia:attribute name="scaling"><dia:real val="1"/></dia:attribute>'
        '<dia:attribute name="fitto"><dia:boolean val="true"/></dia:attribute>'
        '<dia:attribute name="fitwidth"><dia:int val="1"/></dia:attribute>'
        '<dia:attribute name="fitheight"><dia:int val="1"/></dia:attribute>'
        "</dia:composite></dia:attribute></dia:diagramdata>"
        '<dia:layer name="Background" visible="true" active="true">'
        + "".join(objs)
        + "</dia:layer></dia:diagram>\n"
    )


LATEX = {
    "\\": "{\\char92}",
    "$": "{\\char36}",
    "&": "\\&",
    "%": "\\%",
    "#": "\\#",
    "_": "\\_",
    "{": "\\{",
    "}": "\\}",
    "'": "{\\char39}",
    "~": "{\\char126}",
    "^": "{\\char94}",
}
SIZE = {
    8.0: "\\footnotesize ",
    9.0: "\\small ",
    10.0: "",
    11.0: "\\large ",
    12.0: "\\large ",
    14.0: "\\Large ",
}


def latex(text: str) -> str:
    out = "".join(LATEX.get(ch, ch) for ch in text)
    out = out.replace("--", "-{}-").replace('"', "{\\char34}").replace("|", "/")
    # TeX spaces are glue, not glyphs: a wide fixed skip lets text extraction see the word breaks
    return out.replace(" ", "\\hspace{0.6em}")


def ppl_page(items: list[tuple[Any, ...]], pdf: Path) -> str:
    """One page as a Pyxplot script: each text item is a LaTeX label set with `text ... at x,y`."""
    lines = [
        "set terminal pdf",
        f"set output '{pdf}'",
        "set multiplot",
        "set nodisplay",
        "box from 0,0 to 21.59,27.94 with colour white",
    ]
    for item in items:
        if item[0] == "t":
            _, x, y, text, font, size, bold = item
            body = latex(str(text))
            if font == "sans":
                body = "\\textsf{" + body + "}"
            elif font == "mono":
                body = "\\texttt{" + body + "}"
            if bold:
                body = "\\textbf{" + body + "}"
            body = "{" + SIZE.get(float(size), "") + body + "}"
            x_, y_ = float(x), PAGE_H - float(y) - 0.1
            lines.append(f"text '{body}' at {x_:.3f},{y_:.3f} halign left valign top")
        elif item[0] == "l":
            x0, y0, x1, y1 = (float(v) for v in item[1:5])
            lines.append(f"line from {x0:.3f},{PAGE_H - y0:.3f} to {x1:.3f},{PAGE_H - y1:.3f}")
        else:
            x0, y0, x1, y1 = (float(v) for v in item[1:5])
            lines.append(f"box from {x0:.3f},{PAGE_H - y1:.3f} to {x1:.3f},{PAGE_H - y0:.3f}")
    lines += ["set display", "refresh", ""]
    return "\n".join(lines)


def render(doc: Doc, producer: str, out: Path) -> None:
    """Write doc as out (a PDF) through the producer, one page at a time, joined by pdfunite."""
    with tempfile.TemporaryDirectory(prefix="h47-") as tmp:
        work = Path(tmp)
        pages = []
        if producer == "dia":
            sources = []
            for n, items in enumerate(doc.pages):
                src = work / f"p{n:02d}.dia"
                src.write_text(dia_page(items))
                sources.append(str(src))
                pages.append(work / f"p{n:02d}.pdf")
            subprocess.run(
                ["xvfb-run", "-a", "dia", "-n", "-t", "cairo-pdf", *sources],
                cwd=work,
                check=True,
                capture_output=True,
                timeout=120,
            )
        else:
            for n, items in enumerate(doc.pages):
                pdf = work / f"p{n:02d}.pdf"
                script = work / f"p{n:02d}.ppl"
                script.write_text(ppl_page(items, pdf))
                subprocess.run(
                    ["pyxplot", str(script)], cwd=work, check=True, capture_output=True, timeout=120
                )
                pages.append(pdf)
        missing = [p for p in pages if not p.exists()]
        if missing:
            raise RuntimeError(f"{producer} wrote no {missing[0].name}")
        if len(pages) == 1:
            out.write_bytes(pages[0].read_bytes())
        else:
            subprocess.run(
                ["pdfunite", *map(str, pages), str(out)], check=True, capture_output=True
            )

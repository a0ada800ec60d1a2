"""The `wkhtml` producer: HTML with the sixth hand's own CSS, printed by wkhtmltopdf."""

from __future__ import annotations

import os
import subprocess
import tempfile
from html import escape
from pathlib import Path
from typing import Any

STYLES = {
    # A two-up letter: the sender's letterhead and routing facts in a shaded sidebar.
    "sidebar": """body{font-family:'DejaVu Serif',serif;font-size:11pt;margin:0}
table.page{width:100%;border-collapse:collapse} td.side{width:34%;background:#e8eef4;
vertical-align:top;padding:14px;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}
td.main{vertical-align:top;padding:14px 22px} h2{font-size:12pt;text-decoration:underline}
table.grid{border-collapse:collapse;width:100%} table.grid td,table.grid th{border:none;
border-bottom:1px dotted #777;padding:3px 6px;text-align:left} thead{display:table-header-group}
tr{page-break-inside:avoid} dl dt{font-weight:bold;margin-top:6px} dl dd{margin-left:0}""",
    # A broker's software form: numbered captioned boxes, a ruled entry grid, monospace values.
    "boxes": """body{font-family:'DejaVu Sans Mono',monospace;font-size:10pt;margin:0 8px}
div.box{border:1.5px solid #000;margin:-1px 0 0 0;padding:2px 6px 6px 6px}
div.cap{font-family:'DejaVu Sans',sans-serif;font-size:7pt;text-transform:uppercase}
h2{font-family:'DejaVu Sans',sans-serif;background:#000;color:#fff;font-size:10pt;padding:3px}
table.grid{border-collapse:collapse;width:100%} table.grid td,table.grid th{border:1px solid #000;
padding:3px} thead{display:table-header-group} tr{page-break-inside:avoid}
.lh{font-family:'DejaVu Sans',sans-serif;font-size:14pt;font-weight:bold}""",
}


def to_html(blocks: list[tuple[Any, ...]], style: str) -> str:
    """The page's HTML for BLOCKS in STYLE."""
    side: list[str] = []
    main: list[str] = []
    number = 0
    for block in blocks:
        kind = block[0]
        if kind == "letterhead":
            lines = "<br>".join(escape(x) for x in block[2])
            target = side if style == "sidebar" else main
            target.append(f"<p class='lh'><b>{escape(block[1])}</b><br>{lines}</p>")
        elif kind == "routing":
            rows = "".join(f"<tr><td>{i}.</td><td>{escape(x)}</td><td>____</td></tr>"
                           for i, x in enumerate(block[1], start=1))
            target = side if style == "sidebar" else main
            target.append(f"<p><b>ROUTING SLIP</b></p><table class='grid'>{rows}</table>")
        elif kind == "date":
            main.append(f"<p>{escape(block[1])}</p>")
        elif kind == "address":
            main.append("<p>" + "<br>".join(escape(x) for x in block[1]) + "</p>")
        elif kind == "h":
            main.append(f"<h2>{escape(block[1])}</h2>")
        elif kind == "p":
            main.append(f"<p>{escape(block[1])}</p>")
        elif kind == "kv":
            if style == "boxes":
                for label, value in block[1]:
                    number += 1
                    main.append(f"<div class='box'><div class='cap'>{number}. {escape(label)}"
                                f"</div>{escape(value)}</div>")
            else:
                items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in block[1])
                main.append(f"<dl>{items}</dl>")
        elif kind == "table":
            head = "".join(f"<th>{escape(h)}</th>" for h in block[1])
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                           for row in block[2])
            main.append(f"<table class='grid'><thead><tr>{head}</tr></thead>"
                        f"<tbody>{body}</tbody></table>")
        elif kind == "sig":
            main.append(f"<p>{escape(block[1])}<br><br>______________________<br>"
                        f"{escape(block[2])}<br>{escape(block[3])}</p>")
    css = STYLES[style]
    if style == "sidebar":
        body = (f"<table class='page'><tr><td class='side'>{''.join(side)}</td>"
                f"<td class='main'>{''.join(main)}</td></tr></table>")
    else:
        body = "".join(main)
    return (f"<html><head><meta charset='utf-8'><style>{css}</style></head>"
            f"<body>{body}</body></html>")


def print_pdf(html: str, out: Path, landscape: bool = False) -> None:
    """Print HTML to OUT with wkhtmltopdf, headless."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.html"
        src.write_text(html, encoding="utf-8")
        args = ["wkhtmltopdf", "-q", "--page-size", "Letter", "--footer-right",
                "Page [page] of [topage]", "--footer-font-size", "7", "--zoom", "1.25"]
        if landscape:
            args += ["--orientation", "Landscape"]
        subprocess.run([*args, str(src), str(out)], check=True, env=env, timeout=120,
                       capture_output=True)

"""PDFs from HTML and CSS through xhtml2pdf: @page frames for letterhead and footer, tables."""

from __future__ import annotations

from html import escape
from pathlib import Path

from xhtml2pdf import pisa

from bench.corpus_ninth.blocks import Block, Doc

FAMILY = {"Helvetica": "Helvetica", "Times-Roman": "Times-Roman", "Courier": "Courier"}


def _block(block: Block) -> str:
    if block.kind == "h":
        return f"<h2>{escape(block.text)}</h2>"
    if block.kind == "p":
        return f"<p>{escape(block.text)}</p>"
    if block.kind == "stamp":
        return f'<table class="stamp"><tr><td>{escape(block.text)}</td></tr></table>'
    if block.kind == "sig":
        return '<p class="sig">' + "<br/>".join(escape(t) for t in block.text.split("\n")) + "</p>"
    if block.kind == "break":
        return "<pdf:nextpage />"
    if block.kind == "kv":
        grid = "".join(f'<tr><td class="label">{escape(a)}</td><td>{escape(b)}</td></tr>'
                       for a, b in block.rows)
        return f'<table class="grid">{grid}</table>'
    header, *rows = block.rows
    cells = "".join(f"<th>{escape(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="entries" repeat="1"><tr>{cells}</tr>{body}</table>'


def to_html(doc: Doc) -> str:
    """The page as xhtml2pdf reads it: header and footer live in @page frames."""
    head = "<br/>".join(escape(t) for t in doc.letterhead[1:])
    family = FAMILY[doc.font]
    return f"""<html><head><style>
@page {{ size: letter; margin: 1in 0.9in 0.9in 0.9in;
  @frame header {{ -pdf-frame-content: lh; top: 0.4in; left: 0.9in; width: 6.7in;
    height: 0.8in; }}
  @frame footer {{ -pdf-frame-content: ft; bottom: 0.3in; left: 0.9in; width: 6.7in;
    height: 0.4in; }} }}
body {{ font-family: {family}; font-size: 10pt; }}
h1 {{ font-size: 14pt; margin: 0; }} h2 {{ font-size: 11pt; margin-top: 8pt; }}
table.entries {{ border: 0.5pt solid #333; }} table.entries td, table.entries th {{
  border: 0.5pt solid #333; padding: 2pt; font-size: 9pt; }}
table.grid td {{ padding: 1pt 3pt; vertical-align: top; }}
td.label {{ width: 38%; font-weight: bold; }}
table.stamp {{ width: 45%; margin-left: 55%; border: 1.5pt solid #800; }}
table.stamp td {{ color: #800; font-weight: bold; padding: 3pt; }}
p.sig {{ margin-left: 50%; margin-top: 14pt; }}
</style></head><body>
<div id="lh"><h1>{escape(doc.letterhead[0])}</h1><span>{head}</span></div>
<div id="ft">{escape(doc.footer)} Page <pdf:pagenumber/> of <pdf:pagecount/></div>
{"".join(_block(b) for b in doc.blocks)}
</body></html>"""


def write_pdf(doc: Doc, path: Path, seed: int) -> None:
    """Render DOC through xhtml2pdf; SEED is unused (layout is fixed by the HTML)."""
    del seed
    with path.open("wb") as out:
        status = pisa.CreatePDF(to_html(doc), dest=out)
    if status.err:
        raise RuntimeError(f"xhtml2pdf failed on {path.name}")

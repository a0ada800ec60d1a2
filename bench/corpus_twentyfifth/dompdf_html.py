"""Blocks into HTML+CSS that PHP dompdf lays out: fixed running headers, floats, @page margins."""

from __future__ import annotations

from html import escape

from bench.corpus_twentyfifth.model import Break, Doc, Fields, Heading, Para, Table

# Base-14 fonts: Debian's dompdf ships DejaVu without the metrics files it needs to use them.
FONTS = {
    "sans": "Helvetica, sans-serif",
    "serif": "'Times-Roman', serif",
    "mono": "Courier, monospace",
}


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _boxes(pairs: list[tuple[str, str]], per_row: int, css: str, long: int) -> str:
    """Captioned boxes in table rows, per_row a row; a value over `long` characters fills a row."""
    rows: list[str] = []
    pending: list[str] = []
    for label, value in pairs:
        cell = f'<div class="cap">{_text(label)}</div><div class="val">{_text(value)}</div>'
        if len(value) > long:
            rows.append(f'<tr><td class="{css}" colspan="{per_row}">{cell}</td></tr>')
            continue
        pending.append(f'<td class="{css}">{cell}</td>')
        if len(pending) == per_row:
            rows.append(f"<tr>{''.join(pending)}</tr>")
            pending = []
    if pending:
        rows.append(f"<tr>{''.join(pending)}{'<td></td>' * (per_row - len(pending))}</tr>")
    return f'<table class="boxes">{"".join(rows)}</table>'


def _fields(block: Fields, mode: str) -> str:
    pairs = list(block.pairs)
    if mode == "above":  # web-form printout: small-caps caption above each value, two boxes a row
        return _boxes(pairs, 2, "box", 34)
    if mode == "stack":  # a narrow sidebar: one box a row
        return _boxes(pairs, 1, "box", 0)
    if mode == "callout":  # slide-like tinted callouts, three a row
        return _boxes(pairs, 3, "callout", 24)
    if mode == "right":  # value first, its caption to the right in grey
        right = "".join(
            f'<tr><td class="val">{_text(value)}</td><td class="rcap">{_text(label)}</td></tr>'
            for label, value in pairs
        )
        return f'<table class="kv">{right}</table>'
    left = "".join(
        f"<tr><th>{_text(label)}{':' if label else ''}</th><td>{_text(value)}</td></tr>"
        for label, value in pairs
    )
    return f'<table class="kv left">{left}</table>'


def _cell(value: str) -> str:
    # Entry numbers, dates and amounts stay on one line: dompdf would break them in a narrow column.
    return f'<td class="nw">{_text(value)}</td>' if len(value) <= 18 else f"<td>{_text(value)}</td>"


def _table(block: Table) -> str:
    if block.transposed:  # one column per entry, the captions down the left
        body = "".join(
            f"<tr><th>{_text(head)}</th>" + "".join(_cell(row[k]) for row in block.rows) + "</tr>"
            for k, head in enumerate(block.headers)
        )
        return f'<table class="grid">{body}</table>'
    head = "".join(f"<th>{_text(h)}</th>" for h in block.headers)
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in block.rows)
    css = (
        "grid many" if len(block.headers) >= 6 else "grid"
    )  # smaller type keeps 7 columns on the page
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def html(doc: Doc) -> str:
    """The whole page: CSS per style, the running header repeating the party on every page."""
    mode = {0: "above", 1: "left", 2: "right"}[doc.style]
    if doc.kind == "penalty-case" and doc.style == 0:
        mode = "callout"
    parts = []
    first_fields = True
    for block in doc.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h2>{_text(block.text)}</h2>")
        elif isinstance(block, Para):
            parts.append(f"<p>{_text(block.text)}</p>")
        elif isinstance(block, Fields):
            rendered = _fields(block, mode)
            if (
                doc.style == 2 and first_fields
            ):  # a sidebar of particulars beside the letter's opening
                parts.insert(0, f'<div class="side">{_fields(block, "stack")}</div>')
            else:
                parts.append(rendered)
            first_fields = False
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Break):
            parts.append('<div style="page-break-before: always"></div>')
    font = FONTS[doc.font]
    size = {0: 9.5, 1: 10.5, 2: 10}[doc.style]
    css = f"""
@page {{ margin: 82px 64px 70px 64px; }}
body {{ font-family: {font}; font-size: {size}pt; line-height: 1.3; }}
#head {{ position: fixed; top: -58px; left: 0; right: 0; font-size: 8pt; color: #444;
        border-bottom: 0.6px solid #777; padding-bottom: 3px; }}
#foot {{ position: fixed; bottom: -46px; left: 0; right: 0; font-size: 7.5pt; color: #555;
         text-align: center; }}
h2 {{ font-size: {size + 2}pt; margin: 12px 0 5px 0;
      {"font-variant: small-caps;" if doc.style == 0 else ""}
      {"border-bottom: 1px solid #000;" if doc.style == 1 else ""} }}
p {{ margin: 4px 0 6px 0; }}
.boxes {{ width: 100%; border-collapse: separate; border-spacing: 5px; margin: 2px 0; }}
.box {{ width: 50%; border: 0.8px solid #333; padding: 3px 5px; vertical-align: top; }}
.cap {{ font-variant: small-caps; font-size: 7.5pt; color: #333; }}
.val {{ font-size: {size}pt; }}
.clear {{ clear: both; }}
.kv {{ width: 100%; }}
.kv td.val {{ width: 78%; }}
.kv td, .kv th {{ padding: 2px 6px 2px 0; vertical-align: top; text-align: left; }}
.rcap {{ font-size: 7.5pt; color: #555; font-style: italic; padding-left: 10px; }}
.left th {{ width: 34%; font-weight: bold; }}
.callout {{ width: 33%; border: 1.4px solid #1a3a6a; background: #eef2f8; padding: 6px;
            vertical-align: top; }}
.side {{ float: right; width: 38%; margin: 0 0 10px 14px; border-left: 2px solid #999;
          padding-left: 8px; }}
.side .box {{ float: none; width: auto; }}
table.grid {{ clear: both; border-collapse: collapse; width: 100%; margin: 6px 0 10px 0; }}
table.grid th, table.grid td {{ border: 0.7px solid #222; padding: 3px 4px; font-size: {size - 1}pt;
                                text-align: left; }}
table.grid th {{ background: #ddd; }}
td.nw {{ white-space: nowrap; }}
table.many th, table.many td {{ font-size: 7.5pt; }}
"""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"/><style>{css}</style></head><body>'
        f'<div id="head">{_text(doc.running)}</div>'
        f'<div id="foot">{_text(doc.title)} - {_text(doc.running)}</div>'
        + "".join(parts)
        + "</body></html>"
    )


PHP = r"""<?php
// Renders each HTML file named on the command line to the PDF after it (dompdf's CPDF back end).
require_once 'dompdf/autoload.php';
use Dompdf\Dompdf;
use Dompdf\Options;
for ($i = 1; $i < count($argv); $i += 2) {
    $options = new Options();
    $options->set('isRemoteEnabled', false);
    $options->set('defaultFont', 'Helvetica');
    $dompdf = new Dompdf($options);
    $dompdf->loadHtml(file_get_contents($argv[$i]));
    $dompdf->setPaper('letter', 'portrait');
    $dompdf->render();
    file_put_contents($argv[$i + 1], $dompdf->output());
}
"""

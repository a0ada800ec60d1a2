"""XSL-FO written directly and rendered by Apache FOP (`fop -fo X.fo -pdf X.pdf`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .styles import esc

NS = 'xmlns:fo="http://www.w3.org/1999/XSL/Format"'


def block(text: str, **attrs: str) -> str:
    """One paragraph; `text` is escaped, attrs are FO properties with _ for -."""
    props = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f"<fo:block {props}>{esc(text)}</fo:block>"


def raw_block(inner: str, **attrs: str) -> str:
    props = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f"<fo:block {props}>{inner}</fo:block>"


def table(rows: list[list[str]], widths: list[str], *, header: bool = True,
          border: str = "0.5pt solid black", size: str = "9pt") -> str:
    """A bordered table; the first row is a repeated header when `header`."""
    cols = "".join(f'<fo:table-column column-width="{w}"/>' for w in widths)

    def row(cells: list[str], bold: bool) -> str:
        weight = ' font-weight="bold"' if bold else ""
        inner = "".join(f'<fo:table-cell border="{border}" padding="2pt"><fo:block{weight}>'
                        f"{esc(c)}</fo:block></fo:table-cell>" for c in cells)
        return f"<fo:table-row>{inner}</fo:table-row>"
    head = f"<fo:table-header>{row(rows[0], True)}</fo:table-header>" if header else ""
    body = "".join(row(r, False) for r in (rows[1:] if header else rows))
    return (f'<fo:table table-layout="fixed" width="100%" font-size="{size}" '
            f'space-after="6pt">{cols}{head}<fo:table-body>{body}</fo:table-body></fo:table>')


def footnote(mark: str, text: str) -> str:
    return (f'<fo:footnote><fo:inline baseline-shift="super" font-size="7pt">{mark}</fo:inline>'
            f'<fo:footnote-body><fo:block font-size="7.5pt">{mark} {esc(text)}</fo:block>'
            f"</fo:footnote-body></fo:footnote>")


def document(body: str, *, font: str = "Times", header: str = "", size: str = "11pt") -> str:
    """A Letter-size document whose running header (if any) repeats on every page."""
    before = (f'<fo:static-content flow-name="xsl-region-before"><fo:block font-size="8pt" '
              f'text-align="end" font-family="Helvetica">{esc(header)} - page '
              f"<fo:page-number/></fo:block></fo:static-content>") if header else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><fo:root {NS}><fo:layout-master-set>'
            f'<fo:simple-page-master master-name="p" page-width="8.5in" page-height="11in" '
            f'margin="0.6in 0.9in 0.6in 0.9in"><fo:region-body margin-top="0.35in"/>'
            f'<fo:region-before extent="0.3in"/></fo:simple-page-master></fo:layout-master-set>'
            f'<fo:page-sequence master-reference="p">{before}'
            f'<fo:flow flow-name="xsl-region-body" font-family="{font}" font-size="{size}">'
            f"{body}</fo:flow></fo:page-sequence></fo:root>")


def render(source: str, pdf: Path) -> None:
    fo_path = pdf.with_suffix(".fo")
    fo_path.write_text(source, encoding="utf-8")
    try:
        subprocess.run(["fop", "-q", "-fo", str(fo_path), "-pdf", str(pdf)], check=True,
                       capture_output=True, timeout=180)
    finally:
        fo_path.unlink()

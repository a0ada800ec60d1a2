"""Flat ODF drawings (.fodg) of positioned frames and boxes, converted by LibreOffice Draw."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .styles import esc

HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.graphics">')
STYLES = ('<office:styles><style:style style:name="plain" style:family="graphic">'
          '<style:graphic-properties draw:stroke="none" draw:fill="none" '
          'draw:textarea-vertical-align="top" fo:padding="0cm"/></style:style>'
          '<style:style style:name="box" style:family="graphic"><style:graphic-properties '
          'draw:stroke="solid" svg:stroke-width="0.03cm" draw:fill="none"/></style:style>'
          '<style:style style:name="shade" style:family="graphic"><style:graphic-properties '
          'draw:stroke="none" draw:fill="solid" draw:fill-color="#e4e4e4"/></style:style>'
          '</office:styles><office:automatic-styles><style:page-layout style:name="pl">'
          '<style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" '
          'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/>'
          '</style:page-layout>'
          '</office:automatic-styles><office:master-styles><style:master-page style:name="m" '
          'style:page-layout-name="pl"/></office:master-styles>')


class Page:
    """One drawn page; coordinates in centimetres from the top left."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._fonts: dict[str, str] = {}

    def box(self, x: float, y: float, w: float, h: float, *, shade: bool = False) -> None:
        style = "shade" if shade else "box"
        self.parts.append(f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" '
                          f'svg:width="{w}cm" svg:height="{h}cm"/>')

    def text(self, x: float, y: float, text: str, *, size: float = 10, bold: bool = False,
             w: float = 17.0, font: str = "Liberation Sans") -> None:
        key = f"t{size}{'b' if bold else ''}{font.replace(' ', '')}".replace(".", "_")
        self._fonts[key] = (f'<style:style style:name="{key}" style:family="text">'
                            f'<style:text-properties fo:font-size="{size}pt" '
                            f'style:font-name="{font}" fo:font-family="{font}" '
                            f'fo:font-weight="{"bold" if bold else "normal"}"/></style:style>')
        lines = "".join(f'<text:p><text:span text:style-name="{key}">{esc(line)}</text:span>'
                        f"</text:p>" for line in text.split("\n"))
        height = 0.05 + 0.045 * size * max(1, text.count("\n") + 1)
        self.parts.append(f'<draw:frame draw:style-name="plain" svg:x="{x}cm" svg:y="{y}cm" '
                          f'svg:width="{w}cm" svg:height="{height:.2f}cm"><draw:text-box>'
                          f"{lines}</draw:text-box></draw:frame>")


def document(pages: list[Page]) -> str:
    fonts = {k: v for p in pages for k, v in p._fonts.items()}
    auto = "".join(fonts.values())
    body = "".join(f'<draw:page draw:name="p{i + 1}" draw:master-page-name="m">{"".join(p.parts)}'
                   f"</draw:page>" for i, p in enumerate(pages))
    styles = STYLES.replace("</office:automatic-styles>", auto + "</office:automatic-styles>")
    return f"{HEAD}{styles}<office:body><office:drawing>{body}</office:drawing></office:body>" \
           f"</office:document>"


def render(source: str, pdf: Path) -> None:
    """Convert with a private LibreOffice profile so runs never share state."""
    work = Path(tempfile.mkdtemp(prefix="corpus13-"))
    try:
        fodg = work / (pdf.stem + ".fodg")
        fodg.write_text(source, encoding="utf-8")
        soffice = os.environ.get("SOFFICE_PATH", "soffice")
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "pdf:draw_pdf_Export", "--outdir", str(work), str(fodg)],
                       check=True, capture_output=True, timeout=240)
        shutil.move(str(work / (pdf.stem + ".pdf")), pdf)
    finally:
        shutil.rmtree(work, ignore_errors=True)

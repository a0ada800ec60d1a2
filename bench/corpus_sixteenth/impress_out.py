"""The `impress` producer: the page model written as a flat ODF presentation (.fodp) and printed
by LibreOffice Impress (`soffice --headless --convert-to pdf`, private profile)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from bench.corpus_sixteenth.layout import Badge, Document, Rule, Text

FONTS = {"helvetica": "Liberation Sans", "times": "Liberation Serif", "courier": "Liberation Mono"}
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
FRAME = (
    'draw:stroke="none" draw:fill="none" draw:auto-grow-height="true" '
    'draw:auto-grow-width="false" fo:min-height="4pt" fo:padding-top="0pt" '
    'fo:padding-bottom="0pt" fo:padding-left="0pt" fo:padding-right="0pt" '
    'draw:textarea-vertical-align="top" fo:wrap-option="no-wrap"'
)


def _hex(colour: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


class _Styles:
    """Automatic styles, one per distinct look, named in order of first use."""

    def __init__(self) -> None:
        self.xml: list[str] = []
        self.names: dict[tuple[object, ...], str] = {}

    def get(self, key: tuple[object, ...], family: str, body: str) -> str:
        if key not in self.names:
            name = f"s{len(self.names) + 1}"
            self.names[key] = name
            self.xml.append(
                f'<style:style style:name="{name}" style:family="{family}">{body}</style:style>'
            )
        return self.names[key]


def _element(element: Text | Rule | Badge, styles: _Styles, width: float) -> str:
    if isinstance(element, Rule):
        name = styles.get(
            ("rule", element.width, element.colour),
            "graphic",
            f'<style:graphic-properties draw:stroke="solid" svg:stroke-width='
            f'"{element.width}pt" svg:stroke-color="{_hex(element.colour)}"/>',
        )
        return (
            f'<draw:line draw:style-name="{name}" svg:x1="{element.x1}pt" svg:y1="{element.y1}pt"'
            f' svg:x2="{element.x2}pt" svg:y2="{element.y2}pt"/>'
        )
    if isinstance(element, Badge):
        name = styles.get(
            ("badge", element.fill, element.stroke),
            "graphic",
            f'<style:graphic-properties draw:stroke="solid" svg:stroke-width="0.6pt" '
            f'svg:stroke-color="{_hex(element.stroke)}" draw:fill="solid" '
            f'draw:fill-color="{_hex(element.fill)}"/>',
        )
        return (
            f'<draw:rect draw:style-name="{name}" draw:corner-radius="3pt" svg:x="{element.x}pt"'
            f' svg:y="{element.y}pt" svg:width="{element.w}pt" svg:height="{element.h}pt"/>'
        )
    frame = styles.get(("frame",), "graphic", f"<style:graphic-properties {FRAME}/>")
    para = styles.get(
        ("para", element.align),
        "paragraph",
        '<style:paragraph-properties fo:text-align="'
        + {"left": "start", "right": "end", "center": "center"}[element.align]
        + '"/>',
    )
    span = styles.get(
        ("span", element.face, element.size, element.bold, element.colour),
        "text",
        f'<style:text-properties fo:font-family="{FONTS[element.face]}" '
        f'fo:font-size="{element.size}pt" fo:font-weight='
        f'"{"bold" if element.bold else "normal"}" fo:color="{_hex(element.colour)}"/>',
    )
    top = element.y - element.size * 0.93
    if element.align == "left":
        x, box = element.x, width - element.x - 4
    elif element.align == "right":
        x, box = 4.0, element.x - 4
    else:
        box = 2 * min(element.x, width - element.x) - 8
        x = element.x - box / 2
    return (
        f'<draw:frame draw:style-name="{frame}" svg:x="{x:.2f}pt" svg:y="{top:.2f}pt" '
        f'svg:width="{box:.2f}pt" svg:height="{element.size * 1.2:.2f}pt"><draw:text-box>'
        f'<text:p text:style-name="{para}"><text:span text:style-name="{span}">'
        f"{escape(element.text)}</text:span></text:p></draw:text-box></draw:frame>"
    )


def fodp(doc: Document) -> str:
    """DOC as a flat ODF presentation, one slide per page."""
    styles = _Styles()
    slides = []
    for number, page in enumerate(doc.pages, start=1):
        body = "".join(_element(e, styles, doc.width) for e in page)
        slides.append(
            f'<draw:page draw:name="page{number}" draw:master-page-name="Default">'
            f"{body}</draw:page>"
        )
    orientation = "landscape" if doc.landscape else "portrait"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.presentation">'
        f"<office:meta><dc:title>{escape(doc.title)}</dc:title></office:meta>"
        '<office:automatic-styles><style:page-layout style:name="PM1">'
        '<style:page-layout-properties fo:margin-top="0pt" fo:margin-bottom="0pt" '
        f'fo:margin-left="0pt" fo:margin-right="0pt" fo:page-width="{doc.width}pt" '
        f'fo:page-height="{doc.height}pt" style:print-orientation={quoteattr(orientation)}/>'
        f"</style:page-layout>{''.join(styles.xml)}</office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Default" '
        'style:page-layout-name="PM1"/></office:master-styles>'
        f"<office:body><office:presentation>{''.join(slides)}</office:presentation>"
        "</office:body></office:document>\n"
    )


def render_all(docs: list[tuple[Document, Path]]) -> None:
    """Print every document with one LibreOffice run (SOFFICE_PATH, else `soffice`)."""
    if not docs:
        return
    soffice = os.environ.get("SOFFICE_PATH", "soffice")
    work = Path(tempfile.mkdtemp(prefix="corpus16-impress-"))
    try:
        sources = []
        for doc, out in docs:
            source = work / f"{out.stem}.fodp"
            source.write_text(fodp(doc), encoding="utf-8")
            sources.append(str(source))
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                *sources,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for _, out in docs:
            printed = work / f"{out.stem}.pdf"
            if not printed.is_file():
                raise RuntimeError(f"LibreOffice Impress did not print {out.name}")
            shutil.move(printed, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)

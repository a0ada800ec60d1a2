"""The XPS producer: FixedPage XML with Glyphs, zipped as Windows would, then xpstopdf."""

from __future__ import annotations

import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from bench.corpus_thirtyfourth.model import Doc

NS = "http://schemas.microsoft.com/xps/2005/06"
FONTS = {  # family: (regular, bold, em scale of the 10 pt grid)
    "Liberation Sans": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
        1.1,
    ),
    "Liberation Serif": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        1.08,
    ),
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", 0.92),
    "Liberation Mono": (
        "liberation/LiberationMono-Regular.ttf",
        "liberation/LiberationMono-Bold.ttf",
        0.9,
    ),
}
FONT_DIR = Path("/usr/share/fonts/truetype")
PAGE_W, PAGE_H, LEFT, TOP, BOTTOM = 816, 1056, 70, 84, 980  # 1/96 inch
COLUMN = 7.45  # one grid column: 0.55 em of 10 pt (13.33 px), so 86 columns span 641 px
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
    '2006/content-types"><Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-'
    'fixeddocumentsequence+xml"/><Default Extension="fdoc" ContentType="application/vnd.ms-package.'
    'xps-fixeddocument+xml"/><Default Extension="fpage" '
    'ContentType="application/vnd.ms-package.xps-'
    'fixedpage+xml"/><Default Extension="ttf" ContentType="application/vnd.ms-opentype"/><Default '
    'Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Type="http://schemas.microsoft.com/xps/2005/06/'
    'fixedrepresentation" Target="/FixedDocSeq.fdseq" Id="R0"/></Relationships>'
)


def _pages(doc: Doc, family: str) -> list[str]:
    """FixedPage XML for each printed page (a long page of the model flows onto the next)."""
    scale = FONTS[family][2]
    out: list[str] = []
    for lines in doc.pages:
        parts: list[str] = []
        y = float(TOP)
        for line in lines:
            size = max((c.size for c in line), default=10.0) if line else 10.0
            step = size * 96 / 72 * 1.38
            if y + step > BOTTOM:
                out.append("".join(parts))
                parts, y = [], TOP
            y += step
            if line is None:
                parts.append(
                    f'<Path Data="M {LEFT},{y - step / 2:.1f} L {LEFT + 86 * COLUMN:.0f},'
                    f'{y - step / 2:.1f}" Stroke="#FF000000" StrokeThickness="0.75"/>'
                )
                continue
            for cell in line:
                if not cell.text.strip():
                    continue
                font = "/Resources/Fonts/bold.ttf" if cell.bold else "/Resources/Fonts/regular.ttf"
                em = cell.size * 96 / 72 * scale
                text = "{}" + cell.text if cell.text.startswith("{") else cell.text
                parts.append(
                    f'<Glyphs FontUri="{font}" FontRenderingEmSize="{em:.2f}" '
                    f'OriginX="{LEFT + cell.col * COLUMN:.1f}" OriginY="{y:.1f}" '
                    f'Fill="#FF000000" UnicodeString={quoteattr(text)}/>'
                )
        out.append("".join(parts))
    return [
        f'<FixedPage xmlns="{NS}" Width="{PAGE_W}" Height="{PAGE_H}" xml:lang="en-US">{body}'
        "</FixedPage>"
        for body in out
    ]


def write_xps(doc: Doc, family: str, path: Path) -> None:
    """Zip DOC as an XPS package: sequence, document, pages and the two embedded fonts."""
    pages = _pages(doc, family)
    regular, bold, _ = FONTS[family]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr(
            "FixedDocSeq.fdseq",
            f'<FixedDocumentSequence xmlns="{NS}"><DocumentReference '
            'Source="/Documents/1/FixedDoc.fdoc"/></FixedDocumentSequence>',
        )
        refs = "".join(
            f'<PageContent Source="/Documents/1/Pages/{n}.fpage"/>'
            for n in range(1, len(pages) + 1)
        )
        z.writestr(
            "Documents/1/FixedDoc.fdoc", f'<FixedDocument xmlns="{NS}">{refs}</FixedDocument>'
        )
        for n, page in enumerate(pages, start=1):
            z.writestr(f"Documents/1/Pages/{n}.fpage", page)
        z.write(FONT_DIR / regular, "Resources/Fonts/regular.ttf")
        z.write(FONT_DIR / bold, "Resources/Fonts/bold.ttf")


def print_pdf(doc: Doc, family: str, pdf: Path) -> None:
    """Print DOC to PDF through an XPS package and libgxps's xpstopdf."""
    with tempfile.TemporaryDirectory() as tmp:
        xps = Path(tmp) / "document.xps"
        write_xps(doc, family, xps)
        subprocess.run(
            ["xpstopdf", str(xps), str(pdf)], check=True, capture_output=True, timeout=60
        )

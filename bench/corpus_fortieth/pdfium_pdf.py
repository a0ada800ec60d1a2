"""The `pdfium` producer: pages written through pypdfium2's raw PDFium API (base-14 fonts, text
objects placed one line at a time, rules drawn as path objects), saved with FPDF_SaveAsCopy."""

from __future__ import annotations

import ctypes
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2.raw as pr

FONTS = {
    "sans": "Helvetica",
    "bold": "Helvetica-Bold",
    "serif": "Times-Roman",
    "serifb": "Times-Bold",
    "mono": "Courier",
    "monob": "Courier-Bold",
}


@dataclass
class Page:
    """One page: text runs (x, y from the top, size, font key, text) and rules (x0, y0, x1, y1)."""

    texts: list[tuple[float, float, float, str, str]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


def _wide(text: str) -> ctypes.Array[ctypes.c_char]:
    data = (text + "\x00").encode("utf-16-le")
    return ctypes.create_string_buffer(data, len(data))


def write(pages: list[Page], out: Path, width: float = 612.0, height: float = 792.0) -> None:
    """Write `pages` as a PDF at `out`."""
    doc = pr.FPDF_CreateNewDocument()
    fonts: dict[str, object] = {}
    try:
        for number, spec in enumerate(pages):
            page = pr.FPDFPage_New(doc, number, width, height)
            for x, y, size, key, text in spec.texts:
                font = fonts.get(key)
                if font is None:
                    font = pr.FPDFText_LoadStandardFont(doc, FONTS[key].encode("ascii"))
                    fonts[key] = font
                obj = pr.FPDFPageObj_CreateTextObj(doc, font, ctypes.c_float(size))
                buf = _wide(text)
                pr.FPDFText_SetText(obj, ctypes.cast(buf, pr.FPDF_WIDESTRING))
                pr.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, height - y)
                pr.FPDFPage_InsertObject(page, obj)
            for x0, y0, x1, y1 in spec.rules:
                path = pr.FPDFPageObj_CreateNewPath(ctypes.c_float(x0), ctypes.c_float(height - y0))
                pr.FPDFPath_LineTo(path, ctypes.c_float(x1), ctypes.c_float(height - y1))
                pr.FPDFPageObj_SetStrokeWidth(path, ctypes.c_float(0.6))
                pr.FPDFPageObj_SetStrokeColor(path, 0, 0, 0, 255)
                pr.FPDFPath_SetDrawMode(path, 0, 1)
                pr.FPDFPage_InsertObject(page, path)
            for x0, y0, x1, y1 in spec.boxes:
                rect = pr.FPDFPageObj_CreateNewRect(
                    ctypes.c_float(x0),
                    ctypes.c_float(height - y1),
                    ctypes.c_float(x1 - x0),
                    ctypes.c_float(y1 - y0),
                )
                pr.FPDFPageObj_SetStrokeWidth(rect, ctypes.c_float(1.0))
                pr.FPDFPageObj_SetStrokeColor(rect, 0, 0, 0, 255)
                pr.FPDFPath_SetDrawMode(rect, 0, 1)
                pr.FPDFPage_InsertObject(page, rect)
            pr.FPDFPage_GenerateContent(page)
            pr.FPDF_ClosePage(page)
        chunks: list[bytes] = []

        def _block(_self: object, data: int, size: int) -> int:
            chunks.append(ctypes.string_at(data, size))
            return 1

        writer = pr.FPDF_FILEWRITE()
        writer.version = 1
        writer.WriteBlock = type(writer.WriteBlock)(_block)
        if not pr.FPDF_SaveAsCopy(doc, ctypes.byref(writer), pr.FPDF_NO_INCREMENTAL):
            raise RuntimeError("FPDF_SaveAsCopy failed")
        data = b"".join(chunks)
        # Same-length replacements, so the cross-reference offsets stay right.
        data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", data)
        # PDFium's trailer /ID is random; a digest of the rest keeps a seed's PDFs byte-identical.
        digest = hashlib.md5(re.sub(rb"/ID\[<[0-9A-Fa-f]+><[0-9A-Fa-f]+>\]", b"", data)).hexdigest()
        ident = digest.upper().encode("ascii")
        data = re.sub(
            rb"/ID\[<[0-9A-Fa-f]{32}><[0-9A-Fa-f]{32}>\]",
            b"/ID[<" + ident + b"><" + ident + b">]",
            data,
        )
        out.write_bytes(data)
    finally:
        pr.FPDF_CloseDocument(doc)


def text_width(text: str, size: float, key: str) -> float:
    """A rough advance width for layout (Courier exact, the proportional faces approximated)."""
    if key.startswith("mono"):
        return 0.6 * size * len(text)
    return 0.5 * size * len(text)

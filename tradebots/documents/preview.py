"""PDF previews through the machine's LibreOffice converter, and PNG page images (pypdfium2)."""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

import docx
import pypdfium2 as pdfium

from tradebots.documents.converter import Converter
from tradebots.documents.errors import ConversionError, DocumentError, InvalidDocxError

SOFFICE_CANDIDATES = ("soffice", "libreoffice")
# Forcing the Word filter: otherwise a damaged .docx is "converted" as plain text.
DOCX_FILTER = "MS Word 2007 XML"


def soffice_binary() -> str:
    """The LibreOffice executable: $SOFFICE_PATH, else soffice or libreoffice on PATH."""
    configured = os.environ.get("SOFFICE_PATH")
    if configured:
        return configured
    for name in SOFFICE_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise DocumentError(
        "LibreOffice not found: install libreoffice-writer-nogui or set SOFFICE_PATH"
    )


def default_timeout(count: int) -> float:
    """Seconds allowed per file: waiting behind other workers' files, then converting this one."""
    return 60.0 + 10.0 * count


def convert_to_pdf(
    docx_files: Sequence[Path], out_dir: Path, *, timeout: float | None = None
) -> dict[Path, Path]:
    """Convert every .docx to PDF in out_dir with the machine's converter; map input to PDF.

    Raises ConversionError naming each file that gave no PDF (the others are in `.converted`),
    ConversionTimeout when LibreOffice hangs on a file for `timeout` seconds twice, and
    ConverterUnavailable when the converter cannot be started or reached.
    """
    sources = [Path(p).resolve() for p in docx_files]
    if not sources:
        return {}
    targets = {src: out_dir.resolve() / f"{src.stem}.pdf" for src in sources}
    _refuse_clashes(targets)
    refused = {src: "not a .docx file" for src in sources if src.suffix.lower() != ".docx"}
    refused |= {src: "file not found" for src in sources if not src.is_file()}
    if refused:
        raise ConversionError(refused)
    out_dir.mkdir(parents=True, exist_ok=True)
    converter = Converter(soffice_binary())
    limit = default_timeout(1) if timeout is None else timeout
    converted: dict[Path, Path] = {}
    failed: dict[Path, str] = {}
    for src, pdf in targets.items():
        pdf.unlink(missing_ok=True)  # a stale PDF must not pass for a fresh one
        try:
            converter.convert(src, pdf, DOCX_FILTER, limit)
        except ConversionError as exc:
            failed |= exc.failed
            continue
        if pdf.is_file() and pdf.stat().st_size > 0:
            converted[src] = pdf
        else:
            failed[src] = "LibreOffice produced no PDF"
    if failed:
        raise ConversionError(failed, converted)
    return converted


def _refuse_clashes(targets: dict[Path, Path]) -> None:
    seen: dict[Path, Path] = {}
    clashes: dict[Path, str] = {}
    for src, pdf in targets.items():
        if pdf in seen:
            clashes[src] = f"would overwrite the PDF of {seen[pdf]} (same file name)"
        seen.setdefault(pdf, src)
    if clashes:
        raise ConversionError(clashes)


def pdf_page_count(pdf: Path) -> int:
    """Number of pages of a PDF."""
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pdf_page_images(pdf: Path, out_dir: Path, scale: float = 1.5) -> list[Path]:
    """Write one PNG per page (`<stem>-p<N>.png`, N from 1) at `scale` x 72 dpi; return them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(pdf)
    images: list[Path] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=scale)
                target = out_dir / f"{pdf.stem}-p{index + 1}.png"
                bitmap.to_pil().save(target, format="PNG")
                images.append(target)
            finally:
                page.close()
    finally:
        document.close()
    return images


def check_docx_structure(path: Path) -> None:
    """Raise InvalidDocxError unless the zip is sound, its XML parses and python-docx opens it.

    Malformed XML in any part is what makes Word offer to "repair" a document.
    """
    if not zipfile.is_zipfile(path):
        raise InvalidDocxError(path, "not a .docx (not a zip archive)")
    with zipfile.ZipFile(path) as archive:
        damaged = archive.testzip()
        if damaged is not None:
            raise InvalidDocxError(path, f"damaged archive member {damaged}")
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    ElementTree.fromstring(archive.read(name))
                except ElementTree.ParseError as exc:
                    raise InvalidDocxError(path, f"{name}: malformed XML: {exc}") from exc
    try:
        docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds; each means "cannot open"
        raise InvalidDocxError(path, f"python-docx cannot open it: {exc}") from exc


def validate_docx(path: Path, *, timeout: float | None = None) -> int:
    """Check the .docx is sound and that LibreOffice converts it; return the PDF's page count."""
    check_docx_structure(path)
    with tempfile.TemporaryDirectory(prefix="tradebots-validate-") as scratch:
        try:
            pdf = convert_to_pdf([path], Path(scratch), timeout=timeout)[path.resolve()]
        except ConversionError as exc:
            raise InvalidDocxError(path, f"LibreOffice cannot convert it: {exc}") from exc
        pages = pdf_page_count(pdf)
    if pages < 1:
        raise InvalidDocxError(path, "LibreOffice made a PDF with no pages")
    return pages

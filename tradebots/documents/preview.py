"""PDF previews with LibreOffice, many files per call, and PNG page images with pypdfium2."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

import docx
import pypdfium2 as pdfium

from tradebots.documents.errors import (
    ConversionError,
    ConversionTimeout,
    DocumentError,
    InvalidDocxError,
)

SOFFICE_CANDIDATES = ("soffice", "libreoffice")
DOCX_FILTER = "MS Word 2007 XML"

# One LibreOffice profile per process: concurrent conversions sharing a profile fail silently.
# Reusing it across calls saves the ~1-2 s LibreOffice spends creating a fresh one, and the lock
# keeps two threads of the same process from using it at once.
_profile_lock = threading.Lock()
_profiles: dict[int, Path] = {}


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


def _profile_dir() -> Path:
    # Keyed by pid: a forked worker must not inherit (and share) its parent's profile.
    pid = os.getpid()
    if pid not in _profiles:
        path = Path(tempfile.mkdtemp(prefix=f"tradebots-lo-{pid}-"))
        _profiles[pid] = path
        atexit.register(shutil.rmtree, path, True)
    return _profiles[pid]


def _discard_profile() -> None:
    # After a kill the profile may hold a lock or half-written state: start the next call afresh.
    path = _profiles.pop(os.getpid(), None)
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)


def default_timeout(count: int) -> float:
    """Seconds allowed for a batch: a start-up allowance plus a generous margin per file."""
    return 60.0 + 10.0 * count


def convert_to_pdf(
    docx_files: Sequence[Path], out_dir: Path, *, timeout: float | None = None
) -> dict[Path, Path]:
    """Convert every .docx to PDF in out_dir with ONE LibreOffice call; map each input to its PDF.

    Raises ConversionError naming each file that gave no PDF (the others are in `.converted`),
    ConversionTimeout when LibreOffice does not finish within `timeout` seconds.
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
    for pdf in targets.values():
        pdf.unlink(missing_ok=True)  # a stale PDF must not pass for a fresh one
    limit = default_timeout(len(sources)) if timeout is None else timeout
    with _profile_lock:
        output = _run_soffice(sources, out_dir.resolve(), limit)
    converted: dict[Path, Path] = {}
    failed: dict[Path, str] = {}
    for src, pdf in targets.items():
        if pdf.is_file() and pdf.stat().st_size > 0:
            converted[src] = pdf
        else:
            # LibreOffice exits 0 even when it cannot load a file; its output is the only clue.
            failed[src] = f"LibreOffice produced no PDF ({_clue(output)})"
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


def _run_soffice(sources: list[Path], out_dir: Path, timeout: float) -> str:
    command = [
        soffice_binary(),
        f"-env:UserInstallation={_profile_dir().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        # Forcing the Word filter: otherwise a damaged .docx is "converted" as plain text.
        f"--infilter={DOCX_FILTER}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        *map(str, sources),
    ]
    # A session of its own, so a timeout kills oosplash and the soffice.bin it started.
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        _discard_profile()
        names = ", ".join(p.name for p in sources)
        raise ConversionTimeout(
            f"LibreOffice did not finish within {timeout:.0f} s converting {names}",
            code="libreoffice_timeout",
        ) from None
    if process.returncode != 0:
        raise ConversionError(
            {src: f"LibreOffice exited {process.returncode}: {output.strip()}" for src in sources}
        )
    return output


def _clue(output: str) -> str:
    # LibreOffice reports a load failure without naming the file; say what it did report.
    errors = sorted({line.strip() for line in output.splitlines() if "rror" in line})
    return "; ".join(errors) or "no error message"


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

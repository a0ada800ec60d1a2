"""Producer `rtf`: the document as hand-written RTF, printed by LibreOffice in one batch."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_third.doc import Bullets, Document, Gap, Heading, Para, Table

ALIGN = {"left": r"\ql", "center": r"\qc", "right": r"\qr"}
PAGE_WIDTH_TWIPS = 9360  # 6.5 in of text on letter paper


def escape(text: str) -> str:
    out = []
    for char in text.replace("\\", "\\\\").replace("{", r"\{").replace("}", r"\}"):
        code = ord(char)
        out.append(char if code < 128 else rf"\u{code if code < 32768 else code - 65536}?")
    return "".join(out).replace("\n", r"\line ")


def source(doc: Document) -> str:
    """The RTF file: a font table, running header and page-numbered footer, then the blocks."""
    font = r"\f1" if doc.typewriter else r"\f0"
    parts = [
        r"{\rtf1\ansi\deff0{\fonttbl{\f0\froman Liberation Serif;}{\f1\fmodern Liberation Mono;}}",
        r"\paperw12240\paperh15840\margl1440\margr1440\margt1440\margb1440",
    ]
    if doc.running_header:
        parts.append(rf"{{\header\pard\ql{font}\fs18 {escape(doc.running_header)}\par}}")
    if doc.page_numbers:
        parts.append(
            rf"{{\footer\pard\qc{font}\fs18 Page {{\field{{\*\fldinst PAGE}}{{\fldrslt 1}}}}\par}}"
        )
    for block in doc.blocks:
        parts.append(_block(block, font))
    return "\n".join(parts) + "}\n"


def _block(block: object, font: str) -> str:
    base = rf"\pard\plain{font}\fs22\sa120"
    if isinstance(block, Para):
        text = escape(block.text)
        if block.bold:
            text = rf"{{\b {text}}}"
        if block.note:
            text += (
                rf"{{\super\chftn}}{{\footnote\pard\plain{font}\fs18{{\super\chftn}} "
                rf"{escape(block.note)}\par}}"
            )
        return rf"{base}{ALIGN[block.align]} {text}\par"
    if isinstance(block, Heading):
        return rf"{base}\sb200\keepn {{\b\ul {escape(block.text)}}}\par"
    if isinstance(block, Bullets):
        return "\n".join(
            rf"{base}\li360\fi-360 \u8226?\tab {escape(item)}\par" for item in block.items
        )
    if isinstance(block, Table):
        return _table(block, font)
    if isinstance(block, Gap):
        return "\n".join([rf"{base}\par"] * block.lines)
    raise TypeError(block)


def _table(table: Table, font: str) -> str:
    width = PAGE_WIDTH_TWIPS // len(table.header)
    border = (
        r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10"
    )
    cells = "".join(
        (border if table.ruled else "") + rf"\cellx{width * (i + 1)}"
        for i in range(len(table.header))
    )
    rows = []
    for index, row in enumerate((table.header, *table.rows)):
        head = r"\trhdr" if index == 0 else ""
        weight = r"\b " if index == 0 else ""
        body = "".join(rf"\pard\intbl{font}\fs20 {{{weight}{escape(cell)}}}\cell" for cell in row)
        rows.append(rf"\trowd\trgaph108{head}{cells}{body}\row")
    return "\n".join(rows) + rf"\pard\plain{font}\fs22\par"


def render_all(docs: list[tuple[Document, Path]]) -> None:
    """Convert every RTF in one LibreOffice run, with a fresh profile (parallel runs)."""
    if not docs:
        return
    soffice = os.environ.get("SOFFICE_PATH", "soffice")
    with tempfile.TemporaryDirectory(prefix="corpus-third-") as work:
        folder = Path(work)
        sources = []
        for doc, pdf in docs:
            rtf = folder / (pdf.stem + ".rtf")
            rtf.write_text(source(doc), encoding="ascii")
            sources.append(str(rtf))
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{folder}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *sources,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for _doc, pdf in docs:
            made = folder / (pdf.stem + ".pdf")
            if not made.exists():
                raise RuntimeError(f"{pdf.name}: LibreOffice made no PDF")
            shutil.move(str(made), pdf)

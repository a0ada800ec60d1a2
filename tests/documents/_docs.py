"""Helpers for document tests: the protest templates, their samples, text of .docx and PDF."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pdfplumber

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "protest"
NAMES = ("acknowledgment", "deficiency", "untimely_premature")


def template(name: str) -> Path:
    return TEMPLATES / f"{name}.docx"


def sample(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TEMPLATES / f"{name}.sample.json").read_text())
    return data


def docx_text(path: Path) -> str:
    """Every paragraph of body, tables and footers, one per line (opening it with python-docx)."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    for section in document.sections:
        lines.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(lines)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, read with pdfplumber."""
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def flat(text: str) -> str:
    """White space folded, so a phrase matches across PDF line breaks."""
    return " ".join(text.split())

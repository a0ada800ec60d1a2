"""Render a bot's letter and its PDF preview as item artifacts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tradebots.bot import Artifact
from tradebots.documents.preview import convert_to_pdf
from tradebots.documents.render import render_docx
from tradebots.settings import project_home

TEMPLATES = Path("templates")


@dataclass(frozen=True)
class DraftedLetter:
    template: str
    template_version: str
    artifacts: list[Artifact]


def template_path(relative: str) -> Path:
    """A template under the project's templates/ folder (e.g. "protest/acknowledgment.docx")."""
    return project_home() / TEMPLATES / relative


def draft_letter(
    template: str, context: Mapping[str, Any], workdir: Path, *, name: str = "letter"
) -> DraftedLetter:
    """Render NAME.docx from TEMPLATE and convert it to NAME.pdf for the review page."""
    rendered = render_docx(template_path(template), context, workdir / f"{name}.docx")
    pdf = convert_to_pdf([rendered.path], workdir)[rendered.path.resolve()]
    return DraftedLetter(
        template=template,
        template_version=rendered.template_version,
        artifacts=[
            Artifact(f"{name}.docx", rendered.path, "docx"),
            Artifact(f"{name}.pdf", pdf, "pdf"),
        ],
    )

"""Render a docxtpl template into a .docx: always autoescaped, every variable checked first."""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError, UndefinedError
from markupsafe import Markup

from tradebots.documents.errors import DocumentError, MissingVariablesError

# Filled in by render_docx so a footer can print them; a caller may not supply them.
RESERVED_VARIABLES = frozenset({"template_name", "template_version"})

# Characters XML 1.0 forbids. docxtpl also reads \a as "new paragraph" and \f as "page break",
# so a stray control character from an extracted PDF would either corrupt the file or reshape it.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered .docx and the version of the template that made it."""

    path: Path
    template: Path
    template_version: str


def template_version(template: Path) -> str:
    """The first 12 hex digits of the template file's sha256: what a decision records."""
    return _version(template.read_bytes())


def _version(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()[:12]


# Variables each template version reads: parsing them costs as much as the render itself.
_variables_by_version: dict[str, frozenset[str]] = {}


def _variables(version: str, blob: bytes) -> frozenset[str]:
    if version not in _variables_by_version:
        doc = DocxTemplate(io.BytesIO(blob))
        try:
            found = doc.get_undeclared_template_variables(jinja_env=_environment())
        except TemplateError as exc:
            raise DocumentError(f"template syntax: {exc}") from exc
        _variables_by_version[version] = frozenset(found)
    return _variables_by_version[version]


def _environment() -> Environment:
    # StrictUndefined: a misspelt attribute (office.port_nam) fails instead of printing nothing.
    return Environment(autoescape=True, undefined=StrictUndefined)


def template_variables(template: Path) -> frozenset[str]:
    """The top-level variables the template reads, body, headers and footers included."""
    blob = template.read_bytes()
    return _variables(_version(blob), blob)


def clean_text(value: Any) -> Any:
    """Strip XML-illegal characters from every string in a context, keeping its shape."""
    if isinstance(value, Markup):
        return value  # built on purpose by the caller (e.g. docxtpl RichText markup)
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    if isinstance(value, Mapping):
        return {key: clean_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clean_text(item) for item in value]
    return value


def render_docx(template: Path, context: Mapping[str, Any], output: Path) -> RenderedDocument:
    """Render `template` with `context` into `output`, autoescaping every value.

    Raises MissingVariablesError naming each variable the template uses and the context lacks.
    """
    reserved = RESERVED_VARIABLES & context.keys()
    if reserved:
        raise DocumentError(f"{template}: context may not set {', '.join(sorted(reserved))}")
    try:
        blob = template.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{template}: cannot read template: {exc.strerror}") from exc
    version = _version(blob)
    full = {
        **clean_text(dict(context)),
        "template_name": template.stem,
        "template_version": version,
    }
    try:
        missing = _variables(version, blob) - full.keys()
    except DocumentError as exc:
        raise DocumentError(f"{template}: {exc}") from exc
    if missing:
        raise MissingVariablesError(template, missing)
    env = _environment()
    doc = DocxTemplate(io.BytesIO(blob))
    try:
        # The autoescape flag is passed as well as set on the environment: docxtpl only
        # escapes through it, and there is deliberately no way to turn it off here.
        doc.render(full, jinja_env=env, autoescape=True)
    except UndefinedError as exc:
        raise DocumentError(f"{template}: context lacks a value the template reads: {exc}") from exc
    except TemplateError as exc:
        raise DocumentError(f"{template}: cannot render: {exc}") from exc
    output.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and rename, so a crash never leaves a half-written letter behind.
    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    try:
        doc.save(partial)
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)
    return RenderedDocument(output, template, version)

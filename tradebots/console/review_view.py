"""What the review page shows, built from an item: values, evidence boxes, letter, trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradebots.console.pages import NotRenderable, PageSize, page_sizes
from tradebots.files import FileStore
from tradebots.queue.tables import ItemArtifact, WorkItem
from tradebots.result import BotResult

LOW_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Box:
    key: str
    x: float  # PDF points from the page's left and top edges, as pdfplumber measures them
    y: float
    width: float
    height: float
    low: bool


@dataclass
class PageView:
    number: int
    url: str
    width: float
    height: float
    boxes: list[Box] = field(default_factory=list)


@dataclass(frozen=True)
class ValueRow:
    key: str
    value: Any
    text: str
    confidence: float | None
    low: bool
    page: int | None
    source: str
    corrected: bool


@dataclass
class ReviewView:
    values: list[ValueRow]
    document_pages: list[PageView]
    letter_pages: list[PageView]
    findings: list[dict[str, Any]]
    decision: dict[str, Any]
    letter_docx: ItemArtifact | None
    failure_images: list[ItemArtifact]
    downloads: list[ItemArtifact]
    history: list[dict[str, Any]]
    problem: str = ""


def flatten(values: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Values as FIELD / list[i].field keys, the form evidence and confidence use."""
    for name, value in values.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            yield from flatten(value, f"{key}.")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, member in enumerate(value):
                yield from flatten(member, f"{key}[{i}].")
        else:
            yield key, value


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(as_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)


def _pages(store: FileStore, item_id: int, sha: str, kind: str) -> list[PageView]:
    sizes: tuple[PageSize, ...] = page_sizes(Path(store.path_for(sha)))
    return [PageView(i + 1, f"/items/{item_id}/{kind}/{sha}/{i + 1}.png", s.width, s.height)
            for i, s in enumerate(sizes)]


def _latest(artifacts: list[ItemArtifact], name: str) -> ItemArtifact | None:
    found = [a for a in artifacts if a.name == name]
    return found[-1] if found else None


def build_review(item: WorkItem, artifacts: list[ItemArtifact], store: FileStore) -> ReviewView:
    """The review page's content; a document that cannot be drawn is named, not fatal."""
    payload = item.payload or {}
    found = payload.get("result")
    result = BotResult.from_json(found if isinstance(found, dict) else {})
    evidence, confidence = result.evidence, result.confidence
    corrections: dict[str, Any] = payload.get("corrections") or {}
    rows = []
    for key, value in flatten(result.values):
        score = confidence.get(key)
        score = float(score) if isinstance(score, int | float) else None
        spot = evidence.get(key)
        where: dict[str, Any] = spot if isinstance(spot, dict) else {}
        rows.append(ValueRow(
            key, value, as_text(value), score, score is not None and score < LOW_CONFIDENCE,
            where.get("page") if isinstance(where.get("page"), int) else None,
            str(where.get("text", "")), key in corrections,
        ))
    view = ReviewView(
        values=rows, document_pages=[], letter_pages=[],
        findings=[f.to_json() for f in result.findings],
        decision=result.decision,
        letter_docx=_latest(artifacts, "letter.docx"),
        failure_images=[a for a in artifacts if a.name.lower().endswith(".png")],
        downloads=[a for a in artifacts if a.name.lower().endswith((".zip", ".docx", ".pdf"))],
        history=[h for h in payload.get("history") or [] if isinstance(h, dict)],
    )
    try:
        if item.inputs:
            view.document_pages = _pages(store, item.id, item.inputs[0]["sha256"], "document")
            _draw_boxes(view.document_pages, evidence, {r.key: r.low for r in rows})
        letter = _latest(artifacts, "letter.pdf")
        if letter is not None:
            view.letter_pages = _pages(store, item.id, letter.sha256, "letter")
    except (NotRenderable, OSError) as exc:
        view.problem = f"cannot draw the document: {exc}"
    return view


def _draw_boxes(pages: list[PageView], evidence: dict[str, Any], low: dict[str, bool]) -> None:
    for key, where in evidence.items():
        if not isinstance(where, dict):
            continue
        page, bbox = where.get("page"), where.get("bbox")
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            continue
        if not (isinstance(bbox, list) and len(bbox) == 4):
            continue
        view = pages[page - 1]
        x0, top, x1, bottom = (float(v) for v in bbox)
        view.boxes.append(Box(key, x0, top, x1 - x0, bottom - top, low.get(key, False)))


def parse_correction(original: Any, text: str) -> Any:
    """Read a corrected value typed as text into the kind of value it replaces."""
    text = text.strip()
    if isinstance(original, bool):
        return text.lower() in {"yes", "true", "1", "y"}
    if isinstance(original, int) and text:
        return int(text)
    if isinstance(original, float) and text:
        return float(text.replace(",", "").lstrip("$"))
    if isinstance(original, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text or None


def corrections_from_form(values: list[ValueRow], form: dict[str, str]) -> dict[str, Any]:
    """The values the reviewer changed: FIELD -> new value; ValueError names a bad one."""
    changed: dict[str, Any] = {}
    for row in values:
        sent = form.get(f"v:{row.key}")
        if sent is None or sent.strip() == row.text.strip():
            continue
        try:
            changed[row.key] = parse_correction(row.value, sent)
        except ValueError as exc:
            raise ValueError(f"{row.key}: {sent!r} is not a valid value") from exc
    return changed


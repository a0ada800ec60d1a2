"""What the review page shows, built from an item: values, evidence boxes, letter, trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradebots.console.outcome_text import sentences
from tradebots.console.pages import NotRenderable, PageSize, page_sizes
from tradebots.console.typed_values import Kind, parse_typed
from tradebots.files import FileStore
from tradebots.queue.review import current_run
from tradebots.queue.states import State
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
    kind: Kind
    no_box: str = ""  # why the value has no box on the page, when it has none


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
    outcome: list[tuple[str, str]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)  # what a person may decide instead
    stopped: str = ""  # why the bot stopped and asked a person
    letter_pdf: ItemArtifact | None = None
    number_note: str = ""


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


def _no_box(key: str, value: Any, confidence: dict[str, Any]) -> str:
    if value in (None, "", []):
        return "not found on the document"
    if key not in confidence:
        return "not read from the document: taken from the item or a default"
    return "read from a cue without a printed position (check it)"


def value_rows(result: BotResult, fields: dict[str, Any],
               corrections: dict[str, Any]) -> list[ValueRow]:
    """The contract's values, then every other fact read with evidence, each with its kind."""
    values = dict(flatten(result.values))
    for key, described in fields.items():
        if key not in values and key in result.evidence and isinstance(described, dict):
            values[key] = described.get("value")
    rows = []
    for key, value in values.items():
        score = result.confidence.get(key)
        score = float(score) if isinstance(score, int | float) else None
        spot = result.evidence.get(key)
        where: dict[str, Any] = spot if isinstance(spot, dict) else {}
        page = where.get("page") if isinstance(where.get("page"), int) else None
        rows.append(ValueRow(
            key, value, as_text(value), score, score is not None and score < LOW_CONFIDENCE,
            page, str(where.get("text", "")), key in corrections,
            Kind.of(fields.get(key), value),
            "" if where.get("bbox") else _no_box(key, value, result.confidence),
        ))
    return rows


def _number_note(payload: dict[str, Any], values: dict[str, Any]) -> str:
    portal = payload.get("portal")
    given = portal.get("protest_number") if isinstance(portal, dict) else None
    printed = values.get("protest_number")
    if given and printed and given != printed:
        return (f"The portal assigned protest number {given}; the document printed {printed}. "
                "The letter uses the portal's number.")
    return ""


def _decided_by(payload: dict[str, Any], result: BotResult) -> list[tuple[str, str]]:
    """Who decided the outcome when a person did, from the item's history."""
    if not result.decision_override:
        return []
    answers = [h for h in payload.get("history") or []
               if isinstance(h, dict) and h.get("decision") == result.decision_override]
    who = f"{answers[-1].get('actor')}: {answers[-1].get('reason')}" if answers else "a person"
    return [("Outcome decided by", who)]


def build_review(item: WorkItem, artifacts: list[ItemArtifact], store: FileStore) -> ReviewView:
    """The review page's content; a document that cannot be drawn is named, not fatal."""
    payload = item.payload or {}
    run = current_run(item.state, payload)
    found = run.get("result")
    result = BotResult.from_json(found if isinstance(found, dict) else {})
    fields = run.get("fields") if isinstance(run.get("fields"), dict) else {}
    rows = value_rows(result, fields or {}, payload.get("corrections") or {})
    stopped = payload.get("needs_human")
    view = ReviewView(
        values=rows, document_pages=[], letter_pages=[],
        findings=[f.to_json() for f in result.findings],
        decision=result.decision,
        letter_docx=_latest(artifacts, "letter.docx"),
        failure_images=[a for a in artifacts if a.name.lower().endswith(".png")],
        downloads=[a for a in artifacts if a.name.lower().endswith((".zip", ".docx", ".pdf"))],
        history=[h for h in payload.get("history") or [] if isinstance(h, dict)],
        outcome=sentences(result.decision) + _decided_by(payload, result),
        decisions=[str(d) for d in run.get("decisions") or []],
        stopped=(str(stopped.get("message", "")) if isinstance(stopped, dict)
                 else item.last_error or "") if item.state == State.NEEDS_HUMAN.value else "",
        letter_pdf=_latest(artifacts, "letter.pdf"),
        number_note=_number_note(payload, result.values),
    )
    try:
        if item.inputs:
            view.document_pages = _pages(store, item.id, item.inputs[0]["sha256"], "document")
            _draw_boxes(view.document_pages, result.evidence, {r.key: r.low for r in rows})
        if view.letter_pdf is not None:
            view.letter_pages = _pages(store, item.id, view.letter_pdf.sha256, "letter")
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


def corrections_from_form(values: list[ValueRow], form: dict[str, str]
                          ) -> tuple[dict[str, Any], dict[str, str]]:
    """The values the reviewer changed (FIELD -> value of its kind) and FIELD -> error beside it."""
    changed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for row in values:
        sent = form.get(f"v:{row.key}")
        if sent is None or sent.strip() == row.text.strip():
            continue
        try:
            changed[row.key] = parse_typed(row.kind, sent)
        except ValueError as exc:
            errors[row.key] = str(exc)
    return changed, errors

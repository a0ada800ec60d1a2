"""A small protest bot for the console tests until the real one lands.

It reads a real PDF with pdfplumber, returns a contract-shaped result with evidence boxes, and
drafts a real .docx letter and a real PDF preview. It honours corrections the way a bot must.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pdfplumber
from docx import Document
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tradebots.bot import Artifact, StepContext, StepResult
from tradebots.errors import BusinessError

LABELS = {"Protest number:": "protest_number", "Protestant:": "protestant_name",
          "Importer number:": "importer_number", "Entry number:": "entries[0].entry_number",
          "Liquidation date:": "entries[0].liquidation_date", "Category:": "category",
          "Signed:": "signer_name"}
# The liquidation date is printed small on real forms; the test bot is unsure of it on purpose.
CONFIDENCE = {"entries[0].liquidation_date": 0.62}


def read_fields(path: Path) -> tuple[dict[str, str], dict[str, dict[str, Any]], int]:
    """Label -> value text and its evidence (page, bbox, text) from the PDF's words."""
    found: dict[str, str] = {}
    evidence: dict[str, dict[str, Any]] = {}
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            lines: dict[int, list[dict[str, Any]]] = {}
            for word in page.extract_words():
                lines.setdefault(round(word["top"]), []).append(word)
            for words in lines.values():
                words.sort(key=lambda w: w["x0"])
                text = " ".join(w["text"] for w in words)
                for label, key in LABELS.items():
                    if text.startswith(label):
                        value_words = [w for w in words if w["x0"] >= 190]
                        value = " ".join(w["text"] for w in value_words)
                        found[key] = value
                        evidence[key] = {
                            "page": number,
                            "bbox": [min(w["x0"] for w in value_words),
                                     min(w["top"] for w in value_words),
                                     max(w["x1"] for w in value_words),
                                     max(w["bottom"] for w in value_words)],
                            "text": value,
                        }
        pages = len(pdf.pages)
    return found, evidence, pages


def write_letter(workdir: Path, values: dict[str, Any], outcome: str) -> list[Artifact]:
    body = (f"Re: protest {values['protest_number']} for entry "
            f"{values['entries'][0]['entry_number']}. Outcome: {outcome}.")
    docx_path = workdir / "letter.docx"
    document = Document()
    document.add_heading("Protest acknowledgement", level=1)
    document.add_paragraph(body)
    document.save(str(docx_path))
    pdf_path = workdir / "letter.pdf"
    pdf = canvas.Canvas(str(pdf_path), pagesize=letter)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 720, "Protest acknowledgement")
    pdf.drawString(72, 690, body)
    pdf.save()
    return [Artifact("letter.docx", docx_path, "docx"), Artifact("letter.pdf", pdf_path, "pdf")]


class FakeProtestBot:
    name = "protest"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        if not ctx.inputs:
            raise BusinessError("no document")
        found, evidence, pages = read_fields(ctx.inputs[0])
        entry = {"entry_number": found.get("entries[0].entry_number"),
                 "liquidation_date": found.get("entries[0].liquidation_date")}
        values: dict[str, Any] = {k: v for k, v in found.items() if not k.startswith("entries")}
        values["entries"] = [entry]
        confidence = {key: CONFIDENCE.get(key, 0.97) for key in found}
        for key, corrected in ctx.corrections.items():
            if key.startswith("entries[0]."):
                entry[key.removeprefix("entries[0].")] = corrected
            else:
                values[key] = corrected
            confidence[key] = 1.0
        liquidated = date.fromisoformat(str(entry["liquidation_date"]))
        deadline = liquidated + timedelta(days=180)
        outcome = "accept"
        result = {
            "kind": "protest",
            "document": {"sha256": hashlib.sha256(ctx.inputs[0].read_bytes()).hexdigest(),
                         "pages": pages},
            "values": values, "evidence": evidence, "confidence": confidence,
            "findings": [{"rule": "P-TIME-1", "citation": "19 CFR 174.12(e)",
                          "severity": "info",
                          "message": f"filed within 180 days of liquidation ({deadline})"}],
            "decision": {"outcome": outcome, "deadline": deadline.isoformat(),
                         "last_days": {str(entry["entry_number"]): deadline.isoformat()}},
        }
        return StepResult(payload={"result": result},
                          artifacts=write_letter(ctx.workdir, values, outcome),
                          summary=f"prepared: {outcome}")

    def finalize(self, ctx: StepContext) -> StepResult:
        ctx.guard()
        return StepResult(payload={"filed": True}, summary="letter filed")


class BrokenPortalBot:
    """Fails the way a portal step does: a screenshot and a trace left, then a system error."""

    name = "broken"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        failure = ctx.workdir / "failure"
        failure.mkdir()
        (failure / "failure.png").write_bytes(_tiny_png())
        (failure / "trace.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
        raise RuntimeError("the portal page had no submit button")

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult()


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))

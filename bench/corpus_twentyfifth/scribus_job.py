"""Runs inside Scribus (scribus -g -ns -py): draws each laid-out document and exports its PDF."""

from __future__ import annotations

import json
import os
from typing import Any

import scribus  # type: ignore[import-not-found]


def _draw(job: dict[str, Any]) -> None:
    scribus.newDocument(
        scribus.PAPER_LETTER,
        (0, 0, 0, 0),
        scribus.PORTRAIT,
        1,
        scribus.UNIT_POINTS,
        scribus.NOFACINGPAGES,
        scribus.FIRSTPAGERIGHT,
        job["pages"],
    )
    for item in job["items"]:
        scribus.gotoPage(item["page"] + 1)
        if item["kind"] == "line":
            line = scribus.createLine(item["x1"], item["y1"], item["x2"], item["y2"])
            scribus.setLineWidth(item["w"], line)
        elif item["kind"] == "rect":
            rect = scribus.createRect(item["x"], item["y"], item["w"], item["h"])
            scribus.setLineWidth(0.6, rect)
            scribus.setFillColor(item["fill"], rect)
        else:
            frame = scribus.createText(item["x"], item["y"], item["w"], item["h"])
            scribus.setText(item["text"], frame)
            scribus.setFont(item["font"], frame)
            scribus.setFontSize(item["size"], frame)
            scribus.setLineSpacing(item["size"] * 1.25, frame)
            scribus.setTextDistances(0, 0, 0, 0, frame)


def main() -> None:
    with open(os.environ["TWENTYFIFTH_SCRIBUS_JOBS"], encoding="utf-8") as source:
        jobs = json.load(source)
    for job in jobs:
        _draw(job)
        pdf = scribus.PDFfile()
        pdf.file = job["out"]
        pdf.fontEmbedding = 0
        pdf.fontEmbedding = (
            0  # embed whole fonts: subsetting here wrote pages poppler cannot render
        )
        pdf.save()
        scribus.closeDoc()


main()

"""bench.reprint: a corpus re-drawn by another producer keeps its truths and its words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bench.reprint import file_seed, main, reprint
from tradebots.pdf import open_pdf

LINES = {"protest/protest_001_rl_accept.pdf": "Protest of Harbor Light Outfitters 2025",
         "ruling-request/ruling_001_rl_accept.pdf": "Binding ruling request classification"}


def _corpus(folder: Path) -> Path:
    for name, line in LINES.items():
        pdf = folder / name
        pdf.parent.mkdir(parents=True, exist_ok=True)
        canvas = Canvas(str(pdf), pagesize=(612, 792))
        canvas.setFont("Helvetica", 16)
        canvas.drawString(72, 700, line)
        canvas.save()
        pdf.with_suffix(".json").write_text(json.dumps({"values": {"name": line}}))
    (folder / "protest" / "no_truth.pdf").write_bytes((folder / next(iter(LINES))).read_bytes())
    return folder


def _text(path: Path) -> str:
    with open_pdf(path) as document:
        return " ".join(word.text for word in document.words(1))


@pytest.mark.parametrize("via", ["cairo", "gs"])
def test_each_pdf_with_a_truth_is_redrawn_beside_its_truth(tmp_path: Path, via: str) -> None:
    source, target = _corpus(tmp_path / "in"), tmp_path / "out"
    assert reprint(source, target, via, say=lambda _: None) == []
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.pdf")) == sorted(LINES)
    for name, line in LINES.items():
        copy = target / name
        assert copy.read_bytes() != (source / name).read_bytes()
        assert json.loads(copy.with_suffix(".json").read_text()) == {"values": {"name": line}}
        assert _text(copy) == line


@pytest.mark.slow
def test_a_scan_is_an_image_per_page_with_an_ocr_text_layer(tmp_path: Path) -> None:
    source, target = _corpus(tmp_path / "in"), tmp_path / "out"
    assert main([str(source), str(target), "--via", "scan", "--limit", "1"]) == 0
    (copy,) = target.rglob("*.pdf")
    with open_pdf(copy) as document:
        assert document.scanned(1)
    assert "Harbor Light" in _text(copy) or "Binding ruling" in _text(copy)


def test_a_pdf_the_producer_cannot_draw_leaves_no_truth_behind(tmp_path: Path) -> None:
    source, target = _corpus(tmp_path / "in"), tmp_path / "out"
    (source / "protest" / "protest_001_rl_accept.pdf").write_bytes(b"%PDF-1.4\nnot a pdf")
    heard: list[str] = []
    failures = reprint(source, target, "cairo", say=heard.append)
    assert [f.split(":")[0] for f in failures] == ["protest/protest_001_rl_accept.pdf"]
    assert not (target / "protest" / "protest_001_rl_accept.json").exists()
    assert (target / "ruling-request" / "ruling_001_rl_accept.json").is_file()
    assert any("not re-drawn" in line for line in heard)


def test_the_scan_seed_is_the_files_own() -> None:
    one = file_seed(Path("protest/a.pdf"), 0)
    assert one == file_seed(Path("protest/a.pdf"), 0)
    assert one != file_seed(Path("protest/b.pdf"), 0) != file_seed(Path("protest/a.pdf"), 1)

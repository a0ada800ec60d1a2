"""The committed ruling templates are what templates/build_ruling_templates.py makes, and each
renders its sample context with every variable supplied."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.documents._docs import docx_text
from tradebots.documents.render import render_docx

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
BUILD = TEMPLATES / "build_ruling_templates.py"
NAMES = ("acknowledgment", "deficiency", "no_ruling")


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_build_script_reproduces_the_committed_templates(tmp_path: Path):
    result = subprocess.run([sys.executable, str(BUILD), str(tmp_path)], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    for name in NAMES:
        committed = TEMPLATES / "ruling" / f"{name}.docx"
        assert members(tmp_path / f"{name}.docx") == members(committed), (
            f"{committed} is stale: run {BUILD.name}")


def test_every_template_renders_its_sample_context(tmp_path: Path):
    assert sorted(p.stem for p in (TEMPLATES / "ruling").glob("*.docx")) == sorted(NAMES)
    for name in NAMES:
        context = json.loads((TEMPLATES / "ruling" / f"{name}.sample.json").read_text())
        rendered = render_docx(TEMPLATES / "ruling" / f"{name}.docx", context,
                               tmp_path / f"{name}.docx")
        text = docx_text(rendered.path)
        assert "{{" not in text and "{%" not in text
        assert "Control No. R25-000123" in text
        assert "***-**-6789" in text and "123-45-6789" not in text

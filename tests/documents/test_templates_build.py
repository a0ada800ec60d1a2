"""The committed .docx templates are exactly what templates/build_templates.py makes."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.documents._docs import NAMES, TEMPLATES

BUILD = TEMPLATES.parent / "build_templates.py"


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_build_script_reproduces_the_committed_templates(tmp_path: Path) -> None:
    # Member by member (a different zlib may compress the same bytes differently).
    result = subprocess.run(
        [sys.executable, str(BUILD), str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    for name in NAMES:
        built = tmp_path / f"{name}.docx"
        committed = TEMPLATES / f"{name}.docx"
        assert members(built) == members(committed), (
            f"{committed} is stale: run {BUILD.name} and commit the result"
        )


def test_building_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    # Fixed metadata and zip timestamps: a template's version changes only with its content.
    for run in ("one", "two"):
        subprocess.run([sys.executable, str(BUILD), str(tmp_path / run)], check=True,
                       capture_output=True, timeout=120)
    for name in NAMES:
        assert (tmp_path / "one" / f"{name}.docx").read_bytes() == (
            tmp_path / "two" / f"{name}.docx"
        ).read_bytes()


def test_every_template_has_a_sample_context() -> None:
    assert sorted(p.stem for p in TEMPLATES.glob("*.docx")) == sorted(NAMES)
    for name in NAMES:
        assert (TEMPLATES / f"{name}.sample.json").is_file()

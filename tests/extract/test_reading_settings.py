"""`[reading]` in settings sets what reading may cost: the bots and `extract` refuse by it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.common.pipeline import read_input
from bots.protest_intake.extract import extract_protest
from tradebots.bot import StepContext
from tradebots.errors import BusinessError, ConfigError
from tradebots.settings import Settings, load_settings


@pytest.fixture(scope="module")
def three_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reading") / "minutes.pdf"
    canvas = Canvas(str(path))
    for number in range(1, 4):
        canvas.drawString(72, 720, f"Minutes of the quarterly meeting, page {number}")
        canvas.showPage()
    canvas.save()
    return path


def _context(settings: Settings, path: Path, workdir: Path) -> StepContext:
    return StepContext(item_id=7, bot="protest_intake", reference="r", phase="prepare",
                       attempt=1, inputs=[path], input_names=["scan-7.pdf"], payload={},
                       settings=settings, workdir=workdir, guard=lambda: None)


def test_the_page_limit_in_settings_changes_the_bots_refusal(three_pages: Path,
                                                             tmp_path: Path) -> None:
    tight = load_settings(reading={"max_pages": 2})
    with pytest.raises(BusinessError) as refused:
        read_input(_context(tight, three_pages, tmp_path), extract_protest)
    assert refused.value.message == "scan-7.pdf: too large: 3 pages, limit 2"
    roomy = load_settings(reading={"max_pages": 3})
    with pytest.raises(BusinessError) as read:
        read_input(_context(roomy, three_pages, tmp_path), extract_protest)
    assert read.value.message.startswith("scan-7.pdf: not a protest")  # read, then judged


def test_the_time_budget_in_settings_stops_reading_with_the_figures(three_pages: Path,
                                                                    tmp_path: Path) -> None:
    hurried = load_settings(reading={"max_seconds": 1e-9})
    with pytest.raises(BusinessError) as refused:
        read_input(_context(hurried, three_pages, tmp_path), extract_protest)
    assert refused.value.message.startswith("scan-7.pdf: too large: 3 pages; reading stopped "
                                            "at page 1 after 0 s, limit 0 s")


@pytest.mark.parametrize("name, value, message", [
    ("max_pages", 0, "setting reading.max_pages (TRADEBOTS_READING__MAX_PAGES): "
                     "Input should be greater than or equal to 1"),
    ("max_seconds", "a minute", "setting reading.max_seconds (TRADEBOTS_READING__MAX_SECONDS): "
                                "Input should be a valid number, unable to parse string as a "
                                "number"),
    ("max_memory_mb", -5, "setting reading.max_memory_mb (TRADEBOTS_READING__MAX_MEMORY_MB): "
                          "Input should be greater than 0"),
    ("max_mb", 5, "setting reading.max_mb (TRADEBOTS_READING__MAX_MB): "
                  "Extra inputs are not permitted"),
])
def test_a_bad_reading_setting_is_refused_naming_it(name: str, value: object,
                                                    message: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(reading={name: value})
    assert str(refused.value) == message


@pytest.mark.slow  # one `tradebots extract` process (1.5 s of CPU to start)
def test_extract_refuses_by_the_page_limit_in_the_environment(three_pages: Path) -> None:
    env = {**os.environ, "TRADEBOTS_READING__MAX_PAGES": "2"}
    result = subprocess.run([sys.executable, "-m", "tradebots.cli", "extract", "protest",
                             str(three_pages)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: {three_pages}: too large: 3 pages, limit 2"]

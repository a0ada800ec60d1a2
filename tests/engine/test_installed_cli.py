"""The installed `tradebots` script, as a user runs it: from the repository root it reaches the
repository's own folders by name, and from any other folder it still finds the office's bots."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The console script pip wrote next to this interpreter: no repository on its path.
TRADEBOTS = Path(sys.executable).parent / "tradebots"
OFFICE_BOTS = {"protest_intake", "ruling_triage", "penalty_notice"}
OFFICE_KINDS = {"protest", "ruling-request", "penalty-case"}
# Every test starts the installed script in its own process: 1.5 s of CPU each just to start.
pytestmark = pytest.mark.slow


def tradebots(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    assert TRADEBOTS.is_file(), f"{TRADEBOTS} missing: install the project (make install)"
    clean = {name: value for name, value in os.environ.items()
             if not name.startswith("TRADEBOTS_") and name != "PYTHONPATH"}
    return subprocess.run([str(TRADEBOTS), *args], cwd=cwd, env={**clean, **env},
                          capture_output=True, text=True, timeout=180)


def listed(output: str, section: str) -> set[str]:
    lines = output.split(f"{section}:\n", 1)[1].splitlines()
    return {line.split()[0] for line in lines if line.startswith("  ")} if lines else set()


def test_from_any_folder_the_office_bots_and_readers_are_found_and_import(tmp_path: Path) -> None:
    result = tradebots("bots", "--check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert listed(result.stdout, "bots") >= OFFICE_BOTS
    assert listed(result.stdout, "extractors") >= OFFICE_KINDS
    assert "BROKEN" not in result.stdout


def test_from_any_folder_extract_reads_a_protest(tmp_path: Path) -> None:
    pdf = REPO / "tests" / "extract" / "golden" / "letter_table_stamped.pdf"
    result = tradebots("extract", "protest", str(pdf), "--today", "2026-11-28", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "protest"


def test_from_the_repository_root_readme_extract_prints_the_contract() -> None:
    pdf = Path("tests/extract/golden/letter_table_stamped.pdf")
    result = tradebots("extract", "protest", str(pdf), "--today", "2026-11-28", cwd=REPO)
    assert result.returncode == 0, result.stderr
    expected = json.loads((REPO / pdf.with_suffix(".json")).read_text())
    assert json.loads(result.stdout)["values"] == expected["values"]


def test_from_the_repository_root_bench_intake_reaches_the_sample_generators() -> None:
    # The noop bot has no generator: the answer proves bench/ was imported by name, and it comes
    # before any portal or browser starts.
    result = tradebots("bench", "intake", "--bot", "noop", "--items", "1", cwd=REPO)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: setting samples.generators: bench.samples:GENERATORS "
        "names no document generator for noop"
    )


def test_elsewhere_bench_intake_names_the_reference_it_cannot_import(tmp_path: Path) -> None:
    result = tradebots("bench", "intake", "--items", "1", cwd=tmp_path)
    assert result.returncode == 2
    assert "error: setting samples.generators: cannot import 'bench.samples:GENERATORS'" in (
        result.stderr)


@pytest.fixture
def home_with_its_own_bot(tmp_path: Path) -> Path:
    home = tmp_path / "office"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text('[bots]\nack = "homebots.ack:AckBot"\n')
    (home / "homebots").mkdir()
    (home / "homebots" / "ack.py").write_text(textwrap.dedent("""
        from tradebots.bot import StepContext, StepResult

        class AckBot:
            name = "ack"
            review = False

            def prepare(self, ctx: StepContext) -> StepResult:
                return StepResult(payload={"acknowledged": ctx.input_names})

            def finalize(self, ctx: StepContext) -> StepResult:
                return StepResult()
    """))
    (home / "letter.pdf").write_bytes(b"%PDF-1.4\nreceipt")
    return home


def test_a_bot_living_in_the_project_home_runs_through_the_installed_script(
    home_with_its_own_bot: Path,
) -> None:
    home = home_with_its_own_bot
    assert tradebots("enqueue", "ack", "letter.pdf", cwd=home).returncode == 0
    worker = tradebots("worker", "--once", cwd=home)
    assert "after 1 item" in worker.stdout, worker.stderr
    shown = tradebots("item", "1", cwd=home).stdout
    assert "state done" in shown and '"acknowledged"' in shown


def test_a_configured_bot_that_cannot_be_imported_is_named(home_with_its_own_bot: Path) -> None:
    settings = home_with_its_own_bot / "config" / "settings.toml"
    settings.write_text('[bots]\nack = "homebots.missing:AckBot"\n')
    result = tradebots("bots", "--check", cwd=home_with_its_own_bot)
    assert result.returncode == 1
    assert "BROKEN: setting bots.ack: cannot import 'homebots.missing:AckBot'" in result.stdout

"""Tier markers cannot rot: an unmarked test starting chromium, LibreOffice or PostgreSQL fails."""

from __future__ import annotations

import pytest

# Inner sessions load the guard plugin and the shared fixtures the way tests/conftest.py does.
PLUGINS = ("-p", "tests.tiers", "-p", "tests.conftest")

STARTS = """
import os, subprocess

def test_starts_{program}():
    # As the engine does: the program named by the variable, in a child process.
    subprocess.run([os.environ["{variable}"], "--version"], capture_output=True)
"""


@pytest.mark.parametrize(("marker", "variable"), [("browser", "CHROMIUM_PATH"),
                                                   ("libreoffice", "SOFFICE_PATH")])
def test_an_unmarked_test_that_starts_the_program_fails_naming_the_marker(
    pytester: pytest.Pytester, marker: str, variable: str,
) -> None:
    pytester.makepyfile(STARTS.format(program=marker, variable=variable))
    result = pytester.runpytest(*PLUGINS)
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines([f"*started a program its markers do not allow; "
                                 f"add @pytest.mark.{marker}*"])


@pytest.mark.parametrize(("marker", "variable"), [("browser", "CHROMIUM_PATH"),
                                                   ("libreoffice", "SOFFICE_PATH")])
def test_a_marked_test_gets_the_real_program(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, marker: str, variable: str,
) -> None:
    monkeypatch.setenv(variable, "/usr/bin/true")
    pytester.makeini(f"[pytest]\nmarkers =\n    {marker}: test marker\n")
    pytester.makepyfile(f"""
import os, pytest

@pytest.mark.{marker}
def test_sees_the_configured_program():
    assert os.environ["{variable}"] == "/usr/bin/true"
""")
    pytester.runpytest(*PLUGINS).assert_outcomes(passed=1)


def test_a_test_naming_the_postgres_fixture_is_marked_postgres(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_uses_postgres(pg_cluster):\n    pass\n")
    result = pytester.runpytest(*PLUGINS, "--collect-only", "-q", "-m", "not postgres")
    result.stdout.fnmatch_lines(["*1 deselected*"])


def test_an_unmarked_test_reaching_postgres_indirectly_fails_before_the_server_starts(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile("""
def test_reaches_postgres(request):
    request.getfixturevalue("pg_cluster")
""")
    result = pytester.runpytest(*PLUGINS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*uses PostgreSQL but is not marked @pytest.mark.postgres*"])

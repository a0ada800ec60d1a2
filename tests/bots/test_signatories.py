"""Each task's letters are signed by that task's officer, from settings, and name their port."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from bots.common.office import FALLBACK, PENALTY, PROTEST, RULING_HQ, RULING_NCSD, TASKS, office_for
from bots.customs.identifiers import penalty_case_port
from bots.ruling_triage.letters import SIGNATORIES
from tests.documents._docs import docx_text, flat
from tradebots.documents.render import render_docx
from tradebots.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The project's own config/settings.toml, as a deployment starts from it."""
    monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
    return load_settings()


def test_every_task_has_its_own_section_in_the_settings_file() -> None:
    configured = tomllib.loads((REPO / "config/settings.toml").read_text())["signatories"]
    assert set(configured) == set(TASKS)
    for task, section in configured.items():
        assert {"name", "title", "office", "address"} <= set(section), task
    # No two tasks share an officer: a penalty notice is not signed by the protest officer.
    assert len({(s["name"], s["title"]) for s in configured.values()}) == len(TASKS)


def test_a_protest_letter_comes_from_the_protest_officer_of_the_cases_port(
    settings: Settings,
) -> None:
    office = office_for(settings, PROTEST, "2704")
    assert (office.officer_name, office.officer_title) == (
        "Protest Review Officer", "Supervisory Import Specialist")
    assert (office.name, office.port_name, office.port_code) == (
        "Office of Field Operations", "Los Angeles", "2704")


def test_rulings_are_signed_by_the_office_of_their_route(settings: Settings) -> None:
    ncsd = office_for(settings, SIGNATORIES["NCSD"])
    hq = office_for(settings, SIGNATORIES["HQ"])
    assert (ncsd.name, ncsd.division) == (
        "National Commodity Specialist Division", "Regulations and Rulings, Office of Trade")
    assert (hq.name, hq.division) == ("Regulations and Rulings", "Office of Trade")
    assert SIGNATORIES == {"NCSD": RULING_NCSD, "HQ": RULING_HQ}


def test_a_deployment_overrides_one_field_in_the_environment_and_keeps_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
    monkeypatch.setenv("TRADEBOTS_SIGNATORIES__RULING_NCSD__NAME", "Jane Q. Director")

    office = office_for(load_settings(), RULING_NCSD)

    assert office.officer_name == "Jane Q. Director"
    assert office.officer_title == "National Commodity Specialist Division"


def test_a_task_left_out_of_the_settings_falls_back_to_a_plain_placeholder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.setenv("TRADEBOTS_HOME", str(tmp_path))  # a home with no settings file
    office = office_for(load_settings(), PROTEST, None)
    assert (office.officer_name, office.officer_title, office.address) == (
        FALLBACK.name, FALLBACK.title, FALLBACK.address)
    assert office.port_code == ""


@pytest.mark.parametrize(
    ("case_number", "port"),
    [("2025-2704-000123-01", "2704"), ("2025 - 1001 - 000042", "1001"), ("PEN-42", None),
     (None, None)],
)
def test_the_port_of_a_penalty_case_is_read_from_its_case_number(
    case_number: str | None, port: str | None,
) -> None:
    assert penalty_case_port(case_number) == port


@pytest.mark.parametrize("name", ["pre_penalty", "penalty"])
def test_a_penalty_notice_is_headed_by_the_port_and_signed_by_its_fpf_officer(
    name: str, settings: Settings, tmp_path: Path,
) -> None:
    office = office_for(settings, PENALTY, penalty_case_port("2025-2704-000123-01"))
    context = json.loads((REPO / "templates/penalty" / f"{name}.sample.json").read_text())
    context["office"] = vars(office).copy()

    text = flat(docx_text(render_docx(REPO / "templates/penalty" / f"{name}.docx", context,
                                      tmp_path / f"{name}.docx").path))

    assert "Fines, Penalties and Forfeitures Office Los Angeles (Port 2704)" in text
    assert "Sincerely, Fines, Penalties and Forfeitures Officer" in text
    assert "(Port )" not in text and "Protest Review Officer" not in text


def test_a_letter_with_no_port_prints_no_empty_port_code(settings: Settings,
                                                         tmp_path: Path) -> None:
    office = office_for(settings, PENALTY, penalty_case_port("PEN-42"))
    context = json.loads((REPO / "templates/penalty/pre_penalty.sample.json").read_text())
    context["office"] = vars(office).copy()

    text = flat(docx_text(render_docx(REPO / "templates/penalty/pre_penalty.docx", context,
                                      tmp_path / "notice.docx").path))

    assert "(Port" not in text

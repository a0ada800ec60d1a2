"""A fourth bot is files under bots/ and one line of config: the acknowledge-receipt example."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from bots.acknowledge_receipt.contract import extract_json
from tests.conftest import AUDIT_KEY
from tests.sandbox.portal_process import REPO
from tradebots.queue.queries import get_item, item_artifacts
from tradebots.runner import Worker
from tradebots.services import Services, open_services
from tradebots.settings import load_settings

NAME = "acknowledge_receipt"


def write_letter(path: Path, lines: list[str]) -> Path:
    canvas = Canvas(str(path), pagesize=LETTER)
    y = 720.0
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 18
    canvas.save()
    return path


LETTER_LINES = [
    "Harbor Goods & Sons LLC", "12 Pier Road, Newark, NJ 07114", "", "March 3, 2025", "",
    "Re: Change of our mailing address", "", "Dear Sir or Madam:",
    "Please note that our mailing address changes on April 1.", "", "Sincerely,", "",
    "/s/ Dana Whitfield", "Dana Whitfield, Compliance Manager",
]


def test_the_bot_is_its_folder_under_bots_and_one_line_of_config() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout.split()
    naming = [path for path in tracked if NAME in (REPO / path).read_text(errors="ignore")
              and not path.startswith((f"bots/{NAME}/", "tests/", "docs/", "README"))]
    assert naming == ["config/settings.toml"]
    config = (REPO / "config/settings.toml").read_text().splitlines()
    assert [line for line in config if NAME in line] == [
        f'{NAME} = "bots.{NAME}.bot:AcknowledgeReceiptBot"']


def test_the_sender_subject_and_date_are_read_with_their_evidence(tmp_path: Path) -> None:
    pdf = write_letter(tmp_path / "letter.pdf", LETTER_LINES)
    result = extract_json(pdf, received=date(2025, 3, 7), today=date(2025, 3, 7))
    assert result["values"] == {"sender_name": "Dana Whitfield",
                                "subject": "Change of our mailing address",
                                "letter_date": "2025-03-03"}
    assert result["decision"] == {"outcome": "acknowledge", "received": "2025-03-07",
                                  "due": "2025-03-10"}  # Friday: the next business day
    assert result["evidence"]["sender_name"]["page"] == 1
    assert result["evidence"]["sender_name"]["text"] == "/s/ Dana Whitfield"


def test_a_letter_with_no_signed_name_goes_to_a_person(tmp_path: Path) -> None:
    pdf = write_letter(tmp_path / "unsigned.pdf", LETTER_LINES[:-4])
    result = extract_json(pdf, received=date(2025, 3, 7), today=date(2025, 3, 7))
    assert result["values"]["sender_name"] is None
    assert result["decision"]["outcome"] == "needs_human"
    assert [f["rule"] for f in result["findings"]] == ["ACK-DUE", "ACK-SENDER"]


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    # The bots come from the repository's config/settings.toml, as `make run` reads them.
    monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'queue.db'}",
                             var_dir=tmp_path / "var", logs_dir=tmp_path / "logs",
                             audit_key=AUDIT_KEY.decode())
    opened = open_services(settings, migrate=True)
    yield opened
    opened.close()


@pytest.mark.libreoffice
def test_a_queued_letter_is_acknowledged_approved_and_done(tmp_path: Path,
                                                           services: Services) -> None:
    pdf = write_letter(tmp_path / "letter.pdf", LETTER_LINES)
    item_id = services.queue.enqueue(NAME, [pdf], actor="clerk",
                                     payload={"received": "2025-03-07"}).item_id
    Worker(services, "test-worker", once=True).run()
    item = get_item(services.database, item_id)
    assert item is not None and item.state == "awaiting_review", item and item.last_error
    assert {a.name for a in item_artifacts(services.database, item_id)} >= {
        "letter.docx", "letter.pdf"}
    assert item.payload["result"]["values"]["sender_name"] == "Dana Whitfield"
    services.people.approve(item_id, actor="supervisor")
    Worker(services, "test-worker", once=True).run()
    done = get_item(services.database, item_id)
    assert done is not None and done.state == "done"

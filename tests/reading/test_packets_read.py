"""Protests and ruling requests sent as packets (issue 13): e-mailed with an earlier message
quoted below, behind a cover letter or a fax cover, followed by an entry summary, an invoice, a
notice of liquidation, a power of attorney, a spec sheet and photographs. Each reads as the bare
document does; an attached entry summary only corroborates the entry date, and where it alone
gives it, or gives another, a person decides."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.common.reading.entry_summary import read_entry_summary
from bots.protest_intake.contract import extract_json as protest_json
from bots.ruling_triage.contract import extract_json as ruling_json
from tests.reading.packet_docs import (
    COVER_LETTER,
    FORM_7501,
    PROTEST_LETTER,
    RULING_LETTER,
    draw_pages,
    protest_packets,
    ruling_packets,
)
from tradebots.pdf import open_pdf

_DATES = {"received": date(2025, 3, 17), "today": date(2025, 3, 20)}
_ATTACHMENT_POINTS = ("entry_date_only_attached", "entry_date_disagrees",
                      "importer_only_attached", "importer_disagrees",
                      "liquidation_only_attached", "liquidation_disagrees")


def _protest(path: Path) -> dict[str, Any]:
    return protest_json(path, **_DATES)


def _ruling(path: Path) -> dict[str, Any]:
    return ruling_json(path, **_DATES)


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("bare")
    return {"protest": _protest(draw_pages(folder / "p.pdf", [PROTEST_LETTER])),
            "ruling": _ruling(draw_pages(folder / "r.pdf", [RULING_LETTER]))}


@pytest.mark.parametrize("name", [n for n in protest_packets() if n not in _ATTACHMENT_POINTS])
def test_a_protest_packet_reads_as_the_protest_alone(
        tmp_path: Path, bare: dict[str, dict[str, Any]], name: str) -> None:
    # The quoted message names another importer and another entry; the invoice another party.
    out = _protest(draw_pages(tmp_path / f"{name}.pdf", protest_packets()[name]))
    assert out["values"] == bare["protest"]["values"]
    assert out["decision"]["outcome"] == bare["protest"]["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("name", list(ruling_packets()))
def test_a_ruling_packet_reads_as_the_request_alone(
        tmp_path: Path, bare: dict[str, dict[str, Any]], name: str) -> None:
    # The quoted broker names another port; the spec sheet, invoice and cover letter their own
    # goods, seller and date.
    out = _ruling(draw_pages(tmp_path / f"{name}.pdf", ruling_packets()[name]))
    assert out["values"] == bare["ruling"]["values"]
    assert out["decision"]["outcome"] == bare["ruling"]["decision"]["outcome"] == "accept"


def test_an_entry_date_only_the_attached_7501_gives_is_read_lower_and_a_person_decides(
        tmp_path: Path) -> None:
    out = _protest(draw_pages(tmp_path / "a.pdf", protest_packets()["entry_date_only_attached"]))
    assert out["values"]["entries"][0]["entry_date"] == "2025-01-08"  # box 7, not box 3 or 11
    assert out["confidence"]["entries[0].entry_date"] < 0.85
    evidence = out["evidence"]["entries[0].entry_date"]
    assert evidence["page"] == 2 and "7501" in evidence["text"]
    assert out["decision"]["outcome"] == "needs_human"
    assert "174.13(a)(3)" not in out["decision"]["missing"]  # not a deficiency letter


def test_an_entry_date_the_attached_7501_prints_otherwise_goes_to_a_person(
        tmp_path: Path) -> None:
    out = _protest(draw_pages(tmp_path / "d.pdf", protest_packets()["entry_date_disagrees"]))
    assert out["values"]["entries"][0]["entry_date"] == "2025-01-09"  # the protest's own
    assert out["decision"]["outcome"] == "needs_human"
    assert any("7501" in f["message"] and "2025-01-08" in f["message"]
               for f in out["findings"] if f["rule"] == "P-CONT-3")


def test_a_liquidation_date_only_the_attached_notice_gives_is_read_lower_for_a_person(
        tmp_path: Path) -> None:
    out = _protest(draw_pages(tmp_path / "l.pdf", protest_packets()["liquidation_only_attached"]))
    assert out["values"]["entries"][0]["liquidation_date"] == "2025-02-21"
    assert out["confidence"]["entries[0].liquidation_date"] < 0.85
    assert "notice of liquidation" in out["evidence"]["entries[0].liquidation_date"]["text"]
    assert out["decision"]["outcome"] == "needs_human"
    assert "174.13(a)(4)" not in out["decision"]["missing"]


def test_a_liquidation_date_the_attached_notice_prints_otherwise_goes_to_a_person(
        tmp_path: Path) -> None:
    out = _protest(draw_pages(tmp_path / "m.pdf", protest_packets()["liquidation_disagrees"]))
    assert out["values"]["entries"][0]["liquidation_date"] == "2025-02-20"
    assert out["decision"]["outcome"] == "needs_human"
    assert any(f["rule"] == "P-CONT-4" and "2025-02-21" in f["message"]
               for f in out["findings"])


def test_an_importer_number_only_the_attached_7501_gives_is_read_lower_for_a_person(
        tmp_path: Path) -> None:
    out = _protest(draw_pages(tmp_path / "i.pdf", protest_packets()["importer_only_attached"]))
    assert out["values"]["importer_number"] == "58-2204417"
    assert out["confidence"]["importer_number"] < 0.85
    assert "box 23" in out["evidence"]["importer_number"]["text"]
    assert out["decision"]["outcome"] == "needs_human"
    assert "174.13(a)(2)" not in out["decision"]["missing"]


def test_an_importer_number_the_attached_7501_prints_otherwise_goes_to_a_person(
        tmp_path: Path) -> None:
    out = _protest(draw_pages(tmp_path / "n.pdf", protest_packets()["importer_disagrees"]))
    assert out["values"]["importer_number"] == "58-2204471"
    assert out["decision"]["outcome"] == "needs_human"
    assert any(f["rule"] == "P-CONT-2" and "58-2204417" in f["message"]
               for f in out["findings"])


@pytest.mark.parametrize("layout", ["same line", "under the caption"])
def test_box_7_is_the_entry_date_and_not_the_summary_or_import_date(
        tmp_path: Path, layout: str) -> None:
    if layout == "same line":
        page: list[Any] = FORM_7501
    else:
        page = ["ENTRY SUMMARY  CBP Form 7501",
                [(72.0, "1. Filer Code/Entry No."), (230.0, "3. Summary Date"),
                 (330.0, "7. Entry Date"), (430.0, "11. Import Date")],
                [(72.0, "316-4417289-7"), (230.0, "01/22/2025"), (330.0, "01/08/2025"),
                 (430.0, "01/06/2025")],
                [(72.0, "23. Importer No."), (230.0, "25. Ultimate Consignee")],
                [(72.0, "58-2204417"), (230.0, "Tidewater Distribution Center")]]
    with open_pdf(draw_pages(tmp_path / "s.pdf", [page])) as document:
        read = read_entry_summary(document.segments(1))
    assert read is not None
    assert (read.entry_number, read.entry_date) == ("316-4417289-7", date(2025, 1, 8))
    assert read.importer_number == "58-2204417"


def test_an_undated_request_behind_a_dated_cover_letter_takes_its_date_weakly(
        tmp_path: Path) -> None:
    # The cover letter is the sender's own transmittal: its date is the submission's when the
    # request itself prints none, read at a weak cue's confidence and saying where it came from.
    cover = [("June 20, 2025" if line == "March 17, 2025" else
              line.replace("a protest filed on behalf of our client", "our request"))
             for line in COVER_LETTER if isinstance(line, str)]
    undated = [line for line in RULING_LETTER if line != "June 24, 2025"]
    out = _ruling(draw_pages(tmp_path / "c.pdf", [cover, undated]))
    assert out["values"]["request_date"] == "2025-06-20"
    assert out["confidence"]["request_date"] < 0.85
    assert out["evidence"]["request_date"]["page"] == 1
    assert "cover letter" in out["evidence"]["request_date"]["text"]
    dated = _ruling(draw_pages(tmp_path / "d.pdf", [cover, RULING_LETTER]))
    assert dated["values"]["request_date"] == "2025-06-24"  # the request's own date wins

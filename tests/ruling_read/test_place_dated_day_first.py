"""An overseas maker's letter dated by its place, the European way ("Nowy Targ, 16.05.2024",
"Hamburg, 03.02.2025"): the day comes first. Before, the dotted date was not read at all (or,
where both numbers could be a month, read month first)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.corpus import blocks as b
from bench.corpus.render_reportlab import render_pdf
from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_phrasings import FACTS, PENDING, SAMPLE


def read_dated(tmp_path: Path, dated: str) -> str | None:
    document = b.Document("request")
    document.add(
        b.Para("Harbor Goods GmbH"), b.Para("Hafenstrasse 12, 20457 Hamburg, Germany"),
        b.Para("National Commodity Specialist Division, 201 Varick Street, New York, NY 10014"),
        b.Para(dated),
        b.Para("Object: request of binding ruling - Tariff Classification of Yoga Mats"),
        b.Para("Dear Sirs,"),
        *(b.Para(text) for text in (*FACTS, PENDING, SAMPLE, "Yours faithfully,", "/s/ Jan Berg",
                                    "Jan Berg, Export Manager")),
    )
    path = tmp_path / "request.pdf"
    render_pdf(document, path)
    output = extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))
    dated_as: str | None = output["values"]["request_date"]
    return dated_as


@pytest.mark.parametrize(("dated", "expected"), [
    ("Nowy Targ, 16.05.2024", "2024-05-16"),
    ("Hamburg, 03.02.2025", "2025-02-03"),
    ("Bourg-en-Bresse, 26.11.2024", "2024-11-26"),
    ("San Giovanni Valdarno (AR), 23.12.2024", "2024-12-23"),
    ("Lyon, 5.2.2025", "2025-02-05"),
], ids=["day-over-twelve", "both-could-be-months", "hyphenated-town", "town-with-province",
        "single-digits"])
def test_a_place_and_a_dotted_date_read_day_first(
        tmp_path: Path, dated: str, expected: str) -> None:
    assert read_dated(tmp_path, dated) == expected


def test_a_place_and_a_date_in_words_still_reads(tmp_path: Path) -> None:
    assert read_dated(tmp_path, "Hamburg, February 3, 2025") == "2025-02-03"

"""The shared absence rule on penalty referrals (bots/common/reading/unplaced): a prior
disclosure is read as not made only where no text the reader did not place could state one; a
section under a heading it does not know leaves it to a person, naming the text."""

from __future__ import annotations

from pathlib import Path

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_twentyfifth_senders import HEAD

SILENT = [line for line in HEAD if "prior disclosure" not in line]
REPORT = ["", "Importer's own report",
          "Before any inquiry began the importer wrote to the port about the understated",
          "values and tendered the duties it owed."]


def test_an_unplaced_section_leaves_the_disclosure_to_a_person(tmp_path: Path) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "report.pdf", [*SILENT, *REPORT])).facts
    assert any("prior disclosure" in d and "Importer's own report" in d and "page 1" in d
               for d in facts.doubts), facts.doubts


def test_a_disclosure_stated_leaves_no_doubt(tmp_path: Path) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "stated.pdf", [*HEAD, *REPORT])).facts
    assert not any("prior disclosure" in d for d in facts.doubts), facts.doubts


def test_a_caption_the_reader_does_not_map_states_no_disclosure(tmp_path: Path) -> None:
    # The reader knows every caption of a disclosure; a finding's "Condition:" is none of them.
    finding = ["", "Finding 1", "Condition: entries from 2023-06-03 on were filed with false "
               "statements of their classification."]
    facts = extract_penalty(draw_referral(tmp_path / "finding.pdf", [*SILENT, *finding])).facts
    assert not any("prior disclosure" in d for d in facts.doubts), facts.doubts

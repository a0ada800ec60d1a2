"""Referrals of senders in general (issue 13, round 31, the thirtyeighth hand).

- A case system's report pads every label with dot leaders and wraps a long value on to a line of
  its own whose label column holds the leader alone ("ADDRESS....... 1027 Canal Street, Unit 28"
  over "............. Savannah, GA 31401"), a colon alone under the other labels' colons, or the
  leader and its colon: that line has no label of its own, it goes on with the value above it.
- The same report wraps a long party name the same way, under the name ("VIOLATOR...... Harbor
  Reach Outfitters of" over "............. Greater Savannah, Inc."): a name line that ends on a
  joining word, or a line under it that ends in the legal form the first lacks, goes on with the
  name. A name left on a joining word with nothing under it is unfinished: no surer than inferred.
- The same system may give the address by its lines' captions ("ADDR LINE 1......", "ADDR LINE
  2......", "CITY/ST/ZIP......"): the lines are the one address.
- A case system names the party's caption after the importer of record ("IOR NAME......",
  "IMPORTER OF RECORD NAME"): the party's name.
- An address read without its state and ZIP code may have lost its city line to a layout the
  reader did not follow: it is read, but no surer than a value inferred.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.extract_header import INFERRED, LABELLED
from tests.penalty_read.drawn import Line, draw_referral

_REPORT_TOP = [
    "U.S. CUSTOMS AND BORDER PROTECTION           PENALTY CASE REPORT",
    "CASE NUMBER........... 2026-1601-761988-01",
    "VIOLATOR.............. Mariposa Candle Co. LLC",
]
_REPORT_REST = [
    "IMPORTER NO........... 45-6355925",
    "VIOLATION DATE........ July 16, 2024",
    "CULPABILITY........... NEGLIGENCE",
    "PRIOR DISCLOSURE...... NO",
    "DOMESTIC VALUE........ USD 183,909.00",
    "ENTRY NO       ENTRY DT    STAT       ENTERED VAL        DUTY PD      DUTY OWED",
    "1GF-7437481-8 07/16/2024 Final     USD 48,455.34    USD 4,037.94 USD 10,648.08",
    "NARRATIVE: UNDERVALUED SCENTED CANDLES BY OMITTING ASSISTS",
    "OFFICER: CORINNE M. DELACROIX",
]


def _report(tmp_path: Path, address: Sequence[Line], font: str = "Courier") -> PenaltyExtraction:
    path = draw_referral(tmp_path / "r.pdf", [*_REPORT_TOP, *address, *_REPORT_REST], font=font)
    return extract_penalty(path)


@pytest.mark.parametrize("lines", [
    # the leader alone stands in the label column under the label's
    ["ADDRESS............... 1027 Canal Street, Unit 28",
     "...................... Savannah, GA 31401"],
    # the leader and its colon, as the labels above print theirs
    ["ADDRESS..............: 1027 Canal Street, Unit 28",
     ".....................: Savannah, GA 31401"],
    # a colon alone, set under the labels' colons
    ["ADDRESS              : 1027 Canal Street, Unit 28",
     "                     : Savannah, GA 31401"],
    # a street line with no unit, the city line under it behind the leader
    ["ADDRESS............... 1027 Canal Street",
     "...................... Savannah, GA 31401"],
])
def test_a_line_whose_label_is_a_leader_alone_goes_on_with_the_value_above(
        tmp_path: Path, lines: list[str]) -> None:
    street = lines[0].split(" ", 1)[1].lstrip(" .:")
    assert _report(tmp_path, lines).facts.party_address == f"{street}, Savannah, GA 31401"


def test_a_leader_set_as_a_cell_of_its_own_goes_on_with_the_value_above(
        tmp_path: Path) -> None:
    # a flow layout writes the label column and the value column apart, word by word
    lines: list[Line] = [
        [(72.0, "ADDRESS..............."), (190.0, "7007 Gateway Drive, Suite 766")],
        [(72.0, "......................"), (190.0, "Miami, FL 33132")]]
    facts = _report(tmp_path, lines, font="Helvetica").facts
    assert facts.party_address == "7007 Gateway Drive, Suite 766, Miami, FL 33132"


@pytest.mark.parametrize("lines", [
    ["ADDRESS............... 1027 Canal Street, Unit 28"],
    ["ADDRESS............... 1027 Canal Street, Unit 28", "", "", "Savannah, GA 31401"],
    ["ADDRESS: 1027 Canal Street"],
])
def test_an_address_without_its_state_and_zip_is_no_surer_than_inferred(
        tmp_path: Path, lines: list[str]) -> None:
    reading = _report(tmp_path, lines)
    assert reading.facts.party_address is not None
    assert reading.fields["party_address"].confidence <= INFERRED


def test_a_whole_address_beside_its_label_keeps_a_label_s_confidence(tmp_path: Path) -> None:
    reading = _report(tmp_path, ["ADDRESS............... 1027 Canal Street, Savannah, GA 31401"])
    assert reading.facts.party_address == "1027 Canal Street, Savannah, GA 31401"
    assert reading.fields["party_address"].confidence == LABELLED


_ADDRESS = ["ADDRESS............... 1027 Canal Street, Unit 28",
            "...................... Savannah, GA 31401"]


@pytest.mark.parametrize(("lines", "name"), [
    (["VIOLATOR.............. Harbor Reach Outfitters of",
      "...................... Greater Savannah, Inc."],
     "Harbor Reach Outfitters of Greater Savannah, Inc."),
    (["VIOLATOR.............: Harbor Reach Outfitters &",
      "                       Provisioners Co."], "Harbor Reach Outfitters & Provisioners Co."),
    (["VIOLATOR.............. HARBOR REACH OUTFITTERS AND PROVISIONERS",
      "...................... OF GEORGIA, INC."],
     "HARBOR REACH OUTFITTERS AND PROVISIONERS OF GEORGIA, INC."),
    (["VIOLATOR.............. Harbor Reach Outfitters,", "...................... LLC"],
     "Harbor Reach Outfitters, LLC"),
])
def test_a_party_name_wrapped_under_itself_is_one_name(
        tmp_path: Path, lines: list[str], name: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [_REPORT_TOP[0], _REPORT_TOP[1], *lines, *_ADDRESS,
                                               *_REPORT_REST], font="Courier")
    reading = extract_penalty(path)
    assert reading.facts.party_name == name
    assert reading.facts.party_address == "1027 Canal Street, Unit 28, Savannah, GA 31401"


@pytest.mark.parametrize("lines", [
    # a whole name over its street line set under it with no label
    ["VIOLATOR.............. Harbor Reach Outfitters, Inc.",
     "...................... 1027 Canal Street, Unit 28",
     "...................... Savannah, GA 31401"],
    # a whole name over its address's label
    ["VIOLATOR.............. Harbor Reach Outfitters Co.", *_ADDRESS],
    # a name without its legal form over the line that routes the mail to another firm
    ["VIOLATOR.............. Harbor Reach Outfitters",
     "...................... care of Gulf Logistics Co.", *_ADDRESS],
    ["VIOLATOR.............. Harbor Reach Outfitters",
     "...................... dba Harbor Reach LLC", *_ADDRESS],
])
def test_a_whole_name_takes_no_line_under_it(tmp_path: Path, lines: list[str]) -> None:
    path = draw_referral(tmp_path / "r.pdf", [_REPORT_TOP[0], _REPORT_TOP[1], *lines,
                                               *_REPORT_REST], font="Courier")
    assert extract_penalty(path).facts.party_name == lines[0].split(" ", 1)[1].lstrip(" .:")


def test_a_name_left_on_a_joining_word_is_no_surer_than_inferred(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        _REPORT_TOP[0], _REPORT_TOP[1], "VIOLATOR.............. Harbor Reach Outfitters of",
        *_ADDRESS, *_REPORT_REST], font="Courier")
    reading = extract_penalty(path)
    assert reading.fields["party_name"].confidence <= INFERRED


@pytest.mark.parametrize("lines", [
    ["ADDR LINE 1........... 1027 Canal Street", "ADDR LINE 2........... Unit 28",
     "CITY/ST/ZIP........... Savannah, GA 31401"],
    ["ADDRESS LINE 1: 1027 Canal Street", "ADDRESS LINE 2: Unit 28",
     "CITY, STATE ZIP: Savannah, GA 31401"],
    ["Addr. 1: 1027 Canal Street", "Addr. 2: Unit 28", "City/State/ZIP: Savannah, GA 31401"],
])
def test_an_address_given_by_its_lines_captions_is_one_address(
        tmp_path: Path, lines: list[str]) -> None:
    reading = _report(tmp_path, lines)
    assert reading.facts.party_address == "1027 Canal Street, Unit 28, Savannah, GA 31401"


@pytest.mark.parametrize("label", ["IOR NAME..............", "IMPORTER OF RECORD NAME",
                                   "IOR's name:", "Importer of record name:"])
def test_the_importer_of_record_s_name_is_the_party(tmp_path: Path, label: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        _REPORT_TOP[0], _REPORT_TOP[1], f"{label} Mariposa Candle Co. LLC", *_ADDRESS,
        *_REPORT_REST], font="Courier")
    reading = extract_penalty(path)
    assert reading.facts.party_name == "Mariposa Candle Co. LLC"
    assert reading.fields["party_name"].confidence == LABELLED


def test_a_name_ending_in_a_comma_over_its_address_keeps_a_label_s_confidence(
        tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        _REPORT_TOP[0], _REPORT_TOP[1], "VIOLATOR: Tidewater Marine Supply Co.,",
        "          700 Boush Street, Norfolk, VA 23510", *_REPORT_REST], font="Courier")
    reading = extract_penalty(path)
    assert reading.facts.party_name == "Tidewater Marine Supply Co."
    assert reading.fields["party_name"].confidence == LABELLED


def test_a_sentence_that_goes_on_after_the_named_party_s_address_is_no_cut_name(
        tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "REPORT OF INVESTIGATION", "Case number: 2023-0401-443435-01", "1. Subject",
        "Kestrel Motion Systems Inc., 500 Technology Drive, Suite 140, Austin, TX 78744. "
        "Importer of",
        "record number 88-7488158.", *_REPORT_REST])
    reading = extract_penalty(path)
    assert reading.facts.party_name == "Kestrel Motion Systems Inc."
    assert reading.fields["party_name"].confidence == LABELLED

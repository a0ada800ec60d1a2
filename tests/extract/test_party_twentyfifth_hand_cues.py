"""Round 20 (issue 13), twentyfifth hand, who the party is: a caption naming the party by whom the
paper is for ("Filed for"), a caption read by where it stands in its column (a sidebar's caption
over its value beside the letterhead, a column of captions printed right of their values), a
letterhead line that is a caption, and a penalty referral's labels pointing back at the party."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract_party import read_party as penalty_party
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_party_columns import read_party_columns
from bots.protest_intake.extract_stacked import caption_of
from tests.extract.test_protest_letter_cues import party, stream_of
from tests.reading.test_worksheet_cells import cell
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract
from tradebots.pdf.words import Segment


def _lines(*rows: list[tuple[str, float, float]]) -> list[list[Segment]]:
    return [[cell(text, x, top) for text, x, top in row] for row in rows]


def _columns(lines: list[list[Segment]]) -> Fields:
    fields = Fields()
    read_party_columns(lines, fields)
    return fields


@pytest.mark.parametrize("caption", ["Filed for", "Filed on behalf of", "On behalf of",
                                     "Submitted for", "Client", "Client name",
                                     "For the importer of record", "FILED FOR"])
def test_a_caption_naming_whom_the_paper_is_for_names_the_protestant(caption: str) -> None:
    # Before: "Filed for" captioned no field, so the name under it was not read.
    assert caption_of(caption) == "protestant_name"


@pytest.mark.parametrize("caption", ["Filed by", "Prepared by", "Submitted by"])
def test_who_files_is_not_whom_it_is_for(caption: str) -> None:
    assert caption_of(caption) != "protestant_name"


def test_a_sidebar_caption_over_its_value_is_read_by_column_beside_the_letterhead() -> None:
    # Before: the text line "Acme Audio Group Filed for" merged the letterhead with the sidebar's
    # caption, so neither the stacked nor the grid reader knew the caption.
    lines = _lines(
        [("Acme Audio Group", 48, 73), ("Filed for", 376, 71)],
        [("Acme Audio Group", 376, 82)],
        [("501 Smith Street, Pittsburgh, PA 15222", 48, 93)],
        [("IOR Number", 376, 104)],
        [("To the Port Director:", 48, 118)],
        [("65-5667763", 376, 128)],
    )
    fields = _columns(lines)
    assert fields.value("protestant_name") == "Acme Audio Group"
    assert fields.items["protestant_name"].evidence is not None
    assert fields.items["protestant_name"].evidence.bbox[0] == 376


def test_an_address_caption_over_its_lines_takes_them_down_to_the_city() -> None:
    lines = _lines([("Mailing address", 376, 100)], [("22 Foundry Lane", 376, 112)],
                   [("Worcester, MA 01608", 376, 123)], [("Port of entry", 376, 140)])
    assert _columns(lines).value("protestant_address") == "22 Foundry Lane, Worcester, MA 01608"


def test_captions_printed_right_of_their_values_read_the_value_to_the_left() -> None:
    # Before: the caption's own line "Acme Inc. Name of protestant" was read as one name, or the
    # next caption down its column ("IRS/Importer No.") as the value under it.
    lines = _lines(
        [("Acme Audio Group", 50, 149), ("Name of protestant", 450, 148)],
        [("49-8748381", 50, 167), ("IRS/Importer No.", 450, 166)],
        [("1104", 50, 185), ("Port Code", 450, 184)],
    )
    assert _columns(lines).value("protestant_name") == "Acme Audio Group"


def test_one_caption_beside_prose_is_no_recognised_column_of_labels() -> None:
    # A sidebar caption with a sentence to its left and its own value under it: the value under.
    lines = _lines(
        [("This letter is our protest of the liquidation.", 48, 100), ("Protestant", 376, 100)],
        [("Acme Audio Group", 376, 112)],
    )
    assert _columns(lines).value("protestant_name") == "Acme Audio Group"


def test_a_blank_caption_takes_nothing_from_the_next_caption() -> None:
    lines = _lines([("Protestant", 376, 100)], [("Port of entry", 376, 112)], [("1104", 376, 124)])
    assert "protestant_name" not in _columns(lines).items


def test_a_letterhead_line_that_is_a_caption_names_no_party() -> None:
    # Before: "Mailing address" over a street line read as an importer's letterhead name.
    text = ("PROTEST - Filing Summary\nMailing address\n"
            "88 Riverside Avenue, Jacksonville, FL 32202\nWe do not seek further review.")
    assert party(text).value("protestant_name") != "Mailing address"


@pytest.mark.parametrize("name_label, address_label, pointer", [
    ("Importer of record", "Business address", "<-"),
    ("Violator", "Address", "<-"),
    ("Party name", "Mailing address", "←"),
])
def test_a_referral_s_labels_pointing_back_name_the_party(
        name_label: str, address_label: str, pointer: str) -> None:
    # Before: "Acme Inc. <- Importer of record" was no cue, so no party was read.
    text = (f"Findings and referral\n2024-0401-468053-02 {pointer} Case number\n"
            f"Pemberton's Textile Mill Ltd. {pointer} {name_label}\n"
            f"18 Canal Street, Lowell, MA 01852 {pointer} {address_label}\n"
            f"34-4091890 {pointer} Importer number")
    found = penalty_party(stream_of(text))
    assert found["party_name"].value == "Pemberton's Textile Mill Ltd."
    assert found["party_address"].value == "18 Canal Street, Lowell, MA 01852"


def test_a_pointed_name_without_its_address_is_left_to_the_other_cues() -> None:
    text = "Pemberton's Textile Mill Ltd. <- Importer of record\n34-4091890 <- Importer number"
    assert "party_address" not in penalty_party(stream_of(text))


def test_a_justified_sentence_s_first_word_is_no_caption_over_the_next_line() -> None:
    # Before: "Protestant" set apart by justified spacing read as a caption, and the sentence's
    # next line ("entries are not the subject of drawback.") as the protestant's name.
    lines = _lines(
        [("Protestant", 78, 85), ("declares, to the best of its knowledge, that", 150, 85)],
        [("entries are not the subject of drawback.", 78, 98)],
    )
    assert "protestant_name" not in _columns(lines).items


def test_a_sentence_under_a_caption_standing_alone_is_no_name() -> None:
    lines = _lines([("Protestant", 78, 85)], [("entries are not the subject of drawback.", 78, 98)])
    assert "protestant_name" not in _columns(lines).items


_RULING_HEAD = [(55, 60, "Whitcombe Baird & Lowe LLP"), (55, 72, "1 Battery Park Plaza"),
                (55, 84, "New York, NY 10004"), (55, 104, "March 3, 2025"),
                (55, 124, "National Commodity Specialist Division"),
                (55, 144, "Re: Request for a binding ruling (classification)")]
_RULING_BODY = [(55, 210, "This office acts for Gulf Meridian Foods Inc. as its customs broker"
                          " under a CBP Form 5291 power of attorney."),
                (55, 224, "The goods will be entered at Houston, TX (5301); none has been "
                          "imported."),
                (55, 238, "Description: Men's woven cotton twill trousers, style WT-220"),
                (55, 250, "We believe subheading 6203.42.4011, HTSUS, applies under GRI 1."),
                (55, 470, "The issue is not pending before any CBP office or any court."),
                (55, 500, "Sincerely,"), (55, 530, "/s/ Ann Lee"), (55, 542, "Ann Lee, Attorney")]


@pytest.mark.parametrize("name_cells, address_cells", [
    # The captions in a column of their own right of the values, each led by a pointer.
    ([(55, 170, "Gulf Meridian Foods Inc."), (400, 170, "<- Importer")],
     [(55, 184, "1600 Clinton Drive, Houston, TX 77020"), (400, 184, "<- Importer address")]),
    # ... or on the value's own line.
    ([(55, 170, "Gulf Meridian Foods Inc. <- Importer")],
     [(55, 184, "1600 Clinton Drive, Houston, TX 77020 <- Importer's address")]),
    # ... or pointing forward at the value.
    ([(55, 170, "Importer of record -> Gulf Meridian Foods Inc.")],
     [(55, 184, "Importer address -> 1600 Clinton Drive, Houston, TX 77020")]),
])
def test_a_ruling_request_s_pointed_labels_name_the_requester(
        tmp_path: Path, name_cells: list[tuple[float, float, str]],
        address_cells: list[tuple[float, float, str]]) -> None:
    # Before: "<- Importer address" was no label, so the principal's address went unread and a
    # complete request from an agent read as lacking 177.2(b)(1).
    cells = [*_RULING_HEAD, *name_cells, *address_cells, *_RULING_BODY]
    output = extract(draw(tmp_path / "pointed.pdf", cells))
    assert output["values"]["requester_name"] == "Gulf Meridian Foods Inc."
    assert output["values"]["requester_address"] == "1600 Clinton Drive, Houston, TX 77020"

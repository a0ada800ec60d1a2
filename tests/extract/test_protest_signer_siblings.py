"""Round 26: who signed, as senders in general type the signature block (19 CFR 174.12(a)).

The marks around the typed name -- "(Sgd.)", "s/", a courtesy title, "| Title", name particles
in lower case, an "Authorized Signatory" or "Print Name" caption -- hid the name, or a title
under it was taken for the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf

_BODY = [
    "Port Director, U.S. Customs and Border Protection, Port of Los Angeles (2704)",
    "Re: Protest on behalf of Blue Heron Outdoor Gear, Inc., 1420 Industrial Parkway,",
    "Tacoma, WA 98421",
    "Dear Port Director:",
    "Blue Heron Outdoor Gear, Inc. protests under 19 U.S.C. 1514 the liquidation below.",
    "Merchandise: Folding aluminum camp chairs with polyester seats, model CC-9",
    "Entry No.         Entry Date   Liquidation",
    "H8A-2085585-8     12/01/2024   08/03/2025",
    "CBP liquidated the merchandise under subheading 9401.71.0011, HTSUS. The goods",
    "are properly classified under subheading 9401.81.5500, HTSUS, under GRI 1.",
    "The entries are not subject to drawback.",
]

_BLOCKS = [
    (["Sincerely,", "(Sgd.) Kenneth J. Abernathy", "Trade Consultant"], "Kenneth J. Abernathy"),
    (["Sincerely,", "(signed) Kenneth J. Abernathy", "Trade Consultant"], "Kenneth J. Abernathy"),
    (["Respectfully,", "s/ Kenneth J. Abernathy"], "Kenneth J. Abernathy"),
    (["Sincerely,", "Dr. Kenneth Abernathy", "Trade Consultant"], "Dr. Kenneth Abernathy"),
    (["Sincerely,", "Ms. Karen Abernathy", "Import Manager"], "Ms. Karen Abernathy"),
    (["Kind regards,", "", "Ken Abernathy | Customs Broker", "Gateway Freight Forwarding, Inc."],
     "Ken Abernathy"),
    (["Sincerely,", "Maria de la Cruz", "Licensed Customs Broker"], "Maria de la Cruz"),
    (["Sincerely,", "Jan van der Berg, Esq.", "Counsel for Protestant"], "Jan van der Berg"),
    (["For and on behalf of Blue Heron Outdoor Gear, Inc.", "Authorized Signatory",
      "Name: Kenneth J. Abernathy", "Title: Director of Trade Compliance"],
     "Kenneth J. Abernathy"),
    (["Blue Heron Outdoor Gear, Inc.", "", "______________________",
      "Authorized Signatory: Kenneth J. Abernathy"], "Kenneth J. Abernathy"),
    (["______________________", "Signature", "Print Name: Kenneth J. Abernathy"],
     "Kenneth J. Abernathy"),
    (["Blue Heron Outdoor Gear, Inc.", "Printed Name: Kenneth J. Abernathy", "Title: President"],
     "Kenneth J. Abernathy"),
]


@pytest.mark.parametrize(("block", "signer"), _BLOCKS, ids=[b[1] + str(i) for i, b in
                                                            enumerate(_BLOCKS)])
def test_the_signer_is_read_through_the_blocks_marks(
    tmp_path: Path, block: list[str], signer: str,
) -> None:
    # Before: no signer (the item went to a person), or the title under a marked name
    # ("Trade Consultant") taken for the signer.
    facts = extract_protest(_letter_pdf(tmp_path / "letter.pdf", [*_BODY, *block])).facts
    assert facts.signer_name == signer


def test_a_name_caption_outside_a_signature_block_signs_nothing(tmp_path: Path) -> None:
    # A contact's "Name:" with no signature caption over it names no signer.
    facts = extract_protest(_letter_pdf(tmp_path / "letter.pdf", [
        *_BODY, "Please direct questions to our contact:", "Name: Kenneth J. Abernathy",
        "Phone: 253-555-0100"])).facts
    assert facts.signer_name is None


def test_a_closing_with_a_date_in_a_column_beside_it_still_opens_the_signature(
    tmp_path: Path,
) -> None:
    # A pleading's block: "Respectfully submitted," with "Dated: ..." to its right. Before: the
    # closing did not stand alone on its line, so no signer was read.
    placed: list[tuple[float, float, float, str]] = [
        (72, 740 - 14 * row, 12, line) for row, line in enumerate(_BODY)]
    placed += [(72, 560, 12, "Respectfully submitted,"), (330, 560, 12, "Dated: May 2, 2025"),
               (72, 546, 12, "Kenneth J. Abernathy"), (330, 546, 12, "Tacoma, Washington"),
               (72, 532, 12, "Counsel for Protestant")]
    facts = extract_protest(_placed_pdf(tmp_path / "letter.pdf", placed)).facts
    assert facts.signer_name == "Kenneth J. Abernathy"

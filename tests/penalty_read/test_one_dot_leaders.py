"""A case system's report whose labels are set off from their values by spaces and one dot
(issue 13, round 34: the fiftieth hand).

"VIOLATOR        . Pembroke Textile Traders Ltd." over "ADDRESS         . 410 Loom Avenue"
and its city line under the value: the dot is the label's colon, as a run of dots is. Read as
part of the value, the name and the address kept a leading ". ", the address lost its city
line, and "DOMESTIC VALUE . USD 329,392.00" was not read, so the case went to a person with no
amount to propose. Siblings: the dot right after the label and spaces after it, the dot alone
between runs of spaces, a run of dots, and the amount as "USD 1,234.56" or "US$ 1,234.56".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_REPORT = [
    "PENALTY REFERRAL REPORT                                   PAGE 1",
    "===================================================================",
    "CASE NUMBER{l}2024-3002-558919-01",
    "VIOLATOR{l}Pembroke Textile Traders Ltd.",
    "ADDRESS{l}410 Loom Avenue, Floor 3",
    "{pad}Paterson, NJ 07501",
    "IMPORTER NO{l}82-1305496",
    "VIOLATION DATE{l}05/31/2022",
    "CULPABILITY{l}NEGLIGENT VIOLATION",
    "PRIOR DISCL{l}NO",
    "COMMERCIAL{l}YES",
    "DOMESTIC VALUE{l}{usd}329,392.00",
    "DUTIABLE VALUE{l}",
    "-------------------------------------------------------------------",
    "ENTRY NUMBER    ENTRY DT    STATUS    VALUE        DUTY PD      DUTY OWED",
    "G32-4117866-1   05/31/2022  LIQ      72,177.01     2,454.02     2,873.74",
    "G32-3616848-7   06/22/2022  LIQ      86,352.12     2,935.97     4,579.91",
    "-------------------------------------------------------------------",
    "REMARKS: ALUMINUM BICYCLE FRAMES, UNASSEMBLED. NO PRIOR DISCLOSURE WAS MADE.",
]


def _lines(leader: str, usd: str) -> list[str]:
    """The report with every label padded to one width and `leader` after the padding."""
    width = 16
    out = []
    for line in _REPORT:
        if "{l}" in line:
            label, rest = line.split("{l}")
            line = label.ljust(width) + leader + rest
        out.append(line.format(pad=" " * (width + len(leader)), usd=usd))
    return out


@pytest.mark.parametrize(("leader", "usd"), [
    (". ", "USD "),        # spaces, one dot, one space (the fiftieth hand)
    (".   ", "US$ "),      # the dot then spaces
    (" .  ", "USD "),      # the dot alone between runs of spaces
    ("...... ", "US$"),    # a run of dots, the sign glued to the amount
])
def test_a_dot_after_a_padded_label_is_its_colon(tmp_path: Path, leader: str, usd: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", _lines(leader, usd),
                                            font="Courier"))
    facts = reading.facts
    assert facts.party_name == "Pembroke Textile Traders Ltd."
    assert facts.party_address == "410 Loom Avenue, Floor 3, Paterson, NJ 07501"
    assert facts.importer_number == "82-1305496"
    assert facts.domestic_value == 329392.0
    assert facts.dutiable_value is None
    assert facts.culpability == "negligence"
    assert facts.prior_disclosure is False


def test_a_full_stop_ending_a_value_is_no_leader(tmp_path: Path) -> None:
    # The name's own stop ("Ltd.") and a sentence's end stay the value's.
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", _lines(". ", "USD "),
                                            font="Courier"))
    assert reading.facts.party_name is not None and reading.facts.party_name.endswith("Ltd.")

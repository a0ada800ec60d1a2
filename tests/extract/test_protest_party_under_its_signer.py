"""An importer's own protest sheet, set out under captions, that names the party nowhere but in
its signature block: the signer, an in-house title ("Import Manager", "Owner"), then the
firm and its street and city lines ("Lone Star Pump & Valve Co." / "9800 Bissonnet Street" /
"Houston, TX 77036"). The firm printed with its address under the signer is who protests and
where (174.13(a)(1)); a broker's or counsel's firm there is the filer, not the party."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_SHEET = [
    "To: Port Director, U.S. Customs and Border Protection",
    "Port 5301",
    "PROTEST",
    "Protest Number: 5301-25-100058",
    "Port Code: 5301",
    "Importer Number: 74-2906513",
    "Decision Protested: Classification",
    "Description of Merchandise: Cast iron gate valves, flanged, model GV-400",
    "Drawback: The entries are not subject to drawback.",
    "Accelerated Disposition Requested: No",
    "Further Review Requested: Yes",
    "Entries protested:",
    "Entry Number        Entry Date          Liquidation Date",
    "A1C-5530921-9       November 6, 2023    July 12, 2024",
    "Objection and Justification",
    "CBP liquidated the entries under a tariff provision that does not describe the goods.",
    "The goods are properly classified by GRI 1 and the terms of the heading.",
    "Respectfully submitted,",
]
# (the block under the closing, the party's name and address as read)
_BLOCKS = [
    # As the sweep hand wrote it.
    (["Ruth Ann Delgado", "Import Manager", "Lone Star Pump & Valve Co.",
      "9800 Bissonnet Street", "Houston, TX 77036"],
     "Lone Star Pump & Valve Co.", "9800 Bissonnet Street, Houston, TX 77036"),
    (["/s/ Victor Ilescu", "Victor Ilescu", "Owner", "Greenpoint Lamp Works LLC",
      "211 Kent Avenue", "Brooklyn, NY 11249"],
     "Greenpoint Lamp Works LLC", "211 Kent Avenue, Brooklyn, NY 11249"),
    (["Dana K. Obi", "Director of Logistics", "Harbor Trail Outfitters, Inc.",
      "4400 Alameda Street, Suite 12", "Vernon, CA 90058"],
     "Harbor Trail Outfitters, Inc.", "4400 Alameda Street, Suite 12, Vernon, CA 90058"),
]


@pytest.mark.parametrize(("block", "name", "address"), _BLOCKS)
def test_the_firm_with_its_address_under_the_signer_is_the_party(
        tmp_path: Path, block: list[str], name: str, address: str) -> None:
    # Before: no party was read (the sheet does not protest in the first person), and the
    # protest was found wanting (a)(1).
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_SHEET, *block])).facts
    assert (facts.protestant_name, facts.protestant_address) == (name, address)


def test_a_brokers_firm_under_the_signer_is_no_party(tmp_path: Path) -> None:
    block = ["Jamal K. Whitaker", "Licensed Customs Broker", "Meridian Customs Brokerage, Inc.",
             "100 Harbor Way", "Seattle, WA 98101"]
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_SHEET, *block])).facts
    assert facts.protestant_name is None

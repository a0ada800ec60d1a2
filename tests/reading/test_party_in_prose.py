"""A party named in a sentence together with its full US address, the way counsel, brokers and
importers introduce the client (bots/common/reading/parties.py)."""

from __future__ import annotations

import pytest

from bots.common.reading.parties import party_with_address

ADDRESS = "7419 Industrial Pkwy, Long Beach, CA 90802"


@pytest.mark.parametrize(("sentence", "for_another"), [
    (f'On behalf of our client, Bayview Textiles Ltd. ("Protestant"), {ADDRESS}, we protest',
     True),
    (f'This firm represents Bayview Textiles Ltd., {ADDRESS} (the "Importer").', True),
    (f"The undersigned, attorneys for Bayview Textiles Ltd. of {ADDRESS}, protest", True),
    (f"As licensed customs broker for Bayview Textiles Ltd., {ADDRESS}, we protest", True),
    (f"We write as counsel to Bayview Textiles Ltd., whose principal place of business is "
     f"{ADDRESS}, and protest", True),
    (f"Pursuant to 19 U.S.C. 1514, Bayview Textiles Ltd., {ADDRESS}, by its counsel, protests",
     False),
])
def test_a_client_introduced_with_its_address_is_read_with_both(sentence: str,
                                                               for_another: bool) -> None:
    party = party_with_address(sentence)
    assert party is not None
    assert (party.name, party.address) == ("Bayview Textiles Ltd.", ADDRESS)
    assert party.for_another is for_another
    assert sentence[party.name_span[0]:party.name_span[1]] == party.name


def test_an_address_wrapped_over_two_lines_is_read_as_one() -> None:
    party = party_with_address("represents Bayview Textiles Ltd., 7419 Industrial Pkwy, Long\n"
                               "Beach, CA 90802 (the \"Importer\")")
    assert party is not None and party.address == ADDRESS


@pytest.mark.parametrize("text", [
    # A letterhead: a firm's own name and address, with no lead-in naming a client.
    "WHITCOMBE ROSS LLP\n100 Pine Street, 24th Floor, San Francisco, CA 94111",
    # A client named without an address: that is for other cues, not this one.
    "On behalf of our client, Bayview Textiles Ltd., we protest the classification.",
])
def test_no_party_is_read_without_a_lead_in_and_a_full_address(text: str) -> None:
    assert party_with_address(text) is None

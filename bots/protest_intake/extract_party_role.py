"""The protestant named by its role where no label names it: the block of a legal caption ("IN
THE MATTER OF THE PROTEST OF" over the name and address) or of a subject line ("Re: X" over its
address), else a running head's "Name - address - Protest" line. Weak cues (a caption's, a
subject line's), put after the labels and sections."""

from __future__ import annotations

from bots.common.reading.parties import NameAndAddress, party_by_role, running_party
from bots.protest_intake.extract_fields import Fields
from tradebots.pdf import TextStream

WEAK = 0.75  # as a caption's or a subject line's name elsewhere in the protest reader


def read_party_by_role(stream: TextStream, fields: Fields) -> None:
    """Name and address together from a caption, a subject line or a running head."""
    if "protestant_name" in fields.items:
        return
    if (found := party_by_role(stream.text)) is not None:
        _put(stream, fields, found[0], found[1])
    elif (party := running_party(stream.text)) is not None:
        _put(stream, fields, 0, party)


def _put(stream: TextStream, fields: Fields, start: int, party: NameAndAddress) -> None:
    for key, value, (begin, end) in (("protestant_name", party.name, party.name_span),
                                     ("protestant_address", party.address, party.address_span)):
        fields.put(key, value, stream.evidence(start + begin, start + end), WEAK)

"""The protestant named by its role where no label names it: the block of a legal caption ("IN
THE MATTER OF THE PROTEST OF" over the name and address) or of a subject line ("Re: X" over its
address), put after the labels and sections; a running head's "Name - address - Protest" line,
after every other cue. Weak cues (a caption's, a subject line's)."""

from __future__ import annotations

import re

from bots.common.reading.parties import NameAndAddress, party_by_role, running_party
from bots.protest_intake.extract_fields import Fields
from tradebots.pdf import TextStream

# A letterhead of counsel or a broker names the filer, not the protestant.
FILER = re.compile(r"(?i)\b(?:L\.?L\.?P\.?|P\.?L\.?L\.?C\.?|P\.?A\.|P\.?C\.|attorneys?|law"
                   r"|counsel|brokerage|brokers?|entry\s+services)(?!\w)")
WEAK = 0.75  # as a caption's or a subject line's name elsewhere in the protest reader


def read_party_by_role(stream: TextStream, fields: Fields) -> None:
    """Name and address together from a legal caption or a subject line."""
    if "protestant_name" not in fields.items \
            and (found := party_by_role(stream.text)) is not None:
        _put(stream, fields, found[0], found[1])


def read_running_party(stream: TextStream, fields: Fields, writes_for_another: bool) -> None:
    """A running head's name and address, the weakest cue, read after every other: never where
    the letter is written for a client (the head is then the filer's) or names a filer."""
    if "protestant_name" in fields.items or writes_for_another:
        return
    if (party := running_party(stream.text)) is not None and not FILER.search(party.name):
        _put(stream, fields, 0, party)


def _put(stream: TextStream, fields: Fields, start: int, party: NameAndAddress) -> None:
    for key, value, (begin, end) in (("protestant_name", party.name, party.name_span),
                                     ("protestant_address", party.address, party.address_span)):
        fields.put(key, value, stream.evidence(start + begin, start + end), WEAK)

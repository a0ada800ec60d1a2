"""The signature block: who signed, the party signed for or printed under the signer."""

from __future__ import annotations

import re

from bots.common.reading.parties import ADDRESS_PART_SEPARATOR
from bots.common.reading.phrases import CLOSINGS
from bots.common.reading.signature import (
    organisation_under_signer,
    signer_after_sign_off,
    signer_in,
)
from bots.protest_intake.extract_cover import letter_start
from bots.protest_intake.extract_fields import PROSE, Fields, fold
from bots.protest_intake.extract_party_cues import (
    CITY_LINE,
    FIRST_PERSON,
    FIRST_PERSON_PROTEST,
    LETTERHEAD_REACH,
    NAME,
    PRONOUN,
    STREET_FIRST,
    WEAK,
    WRITES_FOR_ANOTHER,
)
from bots.protest_intake.extract_party_lines import address_lines, first_column
from bots.protest_intake.extract_party_role import FILER
from bots.protest_intake.extract_signed_end import (
    signed_at_end,
    signed_for_party,
    signed_under_party,
)
from bots.protest_intake.signature_marks import as_typed, unmarked
from tradebots.pdf import TextStream
from tradebots.pdf.words import evidence_of

# Where a signature block starts: "/s/", a closing, "By:".
_SIGNED_BLOCK = re.compile(r"(?im)/s/|^\s*(?:by:|respectfully|sincerely|very\s+truly|yours)")
# Counsel or a broker signs as the party's: "Counsel for X", "Attorneys for X", "Agent for X".
_SIGNED_FOR = re.compile(
    rf"(?im)^\s*(?:(?:counsel|attorneys?|agents?|brokers?|representative)\s+)?"
    rf"(?:for|on\s+behalf\s+of)\s*:?\s+(?!the\b)(?P<name>{NAME})\s*$")


def signature_party(stream: TextStream, fields: Fields) -> None:
    """An importer writing for itself whose letterhead prints only its address names itself
    under its signer ("/s/ Ann Lee" / "Ann Lee" / "Director" / "Acme Inc."): a single weak cue,
    with the address from the head of the letter, which is then the party's own. A sheet that
    names no one it writes for and prints the firm with its street and city lines under its
    signer ("Import Manager" / "Acme Inc." / "1 Main St" / "Houston, TX 77036") names the party
    there, with that address."""
    if "protestant_name" in fields.items or WRITES_FOR_ANOTHER.search(stream.text):
        return
    firm = organisation_under_signer(stream.text)
    if firm is None or FILER.search(firm.name):
        return
    itself = writes_for_itself(stream.text)
    after = stream.text.find("\n", firm.end) + 1  # the line under the firm's
    below = stream.text[after:].split("\n")[:2] if after else []
    with_address = len(below) == 2 and bool(STREET_FIRST.match(below[0])) \
        and bool(CITY_LINE.search(below[1].rstrip()))
    if not (itself or with_address):
        return
    fields.put("protestant_name", firm.name, stream.evidence(firm.start, firm.end), WEAK)
    if "protestant_address" in fields.items:
        return
    if not itself:  # the address printed under the firm, not a letterhead's
        address_lines(stream, fields, after, below, WEAK)
        return
    head = letter_start(stream)
    lines = stream.text[head:].split("\n")
    offset = head
    for line in lines[:LETTERHEAD_REACH + 3]:  # a receipt stamp's lines may come first
        parts = ADDRESS_PART_SEPARATOR.split(line)
        if STREET_FIRST.match(parts[0]) and any(CITY_LINE.search(p) for p in parts[:3]):
            address_lines(stream, fields, offset, [line], WEAK)
            return
        offset += len(line) + 1


def writes_for_itself(text: str) -> bool:
    """The sender is the party: it protests in the first person and names no client."""
    return bool(FIRST_PERSON_PROTEST.search(text) or FIRST_PERSON.search(text)) \
        and not WRITES_FOR_ANOTHER.search(text)


def signed_for(stream: TextStream, fields: Fields) -> None:
    """A signature block that signs for the party ("/s/ Name" / "for X Co." or "For: X Co.")
    names the protestant, with its address on the lines under it; counsel's own firm is not."""
    if "protestant_name" in fields.items:
        return
    signed = stream.search(_SIGNED_BLOCK)
    if signed is None:
        return
    for match in stream.finditer(_SIGNED_FOR, signed.start()):
        name = fold(match.group("name")).rstrip(",")
        if FILER.search(name) or PRONOUN.match(name) or not re.search(r"[A-Za-z]{2}", name):
            continue
        fields.put("protestant_name", name,
                   stream.evidence(match.start("name"), match.end("name")), WEAK)
        if "protestant_address" not in fields.items:
            after = match.end() + 1
            address_lines(stream, fields, after, stream.text[after:].split("\n"), WEAK)
        return


def signer(stream: TextStream, fields: Fields) -> None:
    """Who signed the letter, read from its signature block with the block's marks set aside."""
    # An e-mail's sign-off ("Thanks and regards,") and a block typed after the last sentence
    # with no closing word are the weaker cues, read where no other names the signer.
    # The block's marks ("(Sgd.)", "Dr.", "| Title", "Print Name:") are set aside first; a
    # courtesy title set aside is put back before the name ("Dr. Ann Lee").
    text = _whose_blanked(_without_separators(_closing_column(stream, unmarked(stream.text))))
    if signer := signer_in(text) or signed_for_party(text) or signer_after_sign_off(text) \
            or signed_under_party(text) or signed_at_end(text):
        signer = as_typed(stream.text, signer)
        words = first_column(stream.words(signer.start, signer.end))
        name = " ".join(w.text for w in words) if words else signer.name
        # The text reader's name may be shorter than the cell ("Ann Lee, Manager" cut at its
        # comma); the column only ever cuts it shorter.
        name = name if len(name) < len(signer.name) else signer.name
        # A scan's text layer reads a middle initial "I." as "|.".
        name = re.sub(r"(?<!\S)\|(?=\.?(?:\s|$))", "I", name)
        fields.put("signer_name", fold(name), evidence_of(words) if words else None,
                   WEAK if signer.weak else PROSE)


# A signature row's caption saying whose signature goes on its rule: "Signature of protestant
# or agent: ____", "Signature of the importer or its agent: ____".
_WHOSE = re.compile(r"(?im)^[^\S\n]*signature(?P<whose>[^\S\n]+of[^\S\n]+[^:_\n]{2,50}?)"
                    r"(?=[^\S\n]*:?[^\S\n]*_{3,})")


def _whose_blanked(text: str) -> str:
    """TEXT with the words of whose signature a row's caption names blanked (positions held):
    the row then reads as "Signature: ____" over the name the form prints under it."""
    return _WHOSE.sub(lambda m: m.group(0)[:m.start("whose") - m.start()]
                      + " " * len(m.group("whose")), text)


# A rule of underscores over a line no one signs: a label's line ("Port: 3901") or a dated one
# ("Submitted 03-AUG-2025"). It separates a letterhead from the letter; a name has no digits.
_SEPARATOR = re.compile(r"(?m)^[^\S\n]*_{5,}[^\S\n]*$(?=\n[^\S\n]*[^\n]*(?:\d|:))")


def _without_separators(text: str) -> str:
    """TEXT with each separating rule blanked (positions held): the signature line reader
    would take the line under it for the signer's name."""
    return _SEPARATOR.sub(lambda rule: " " * len(rule.group()), text)


def _closing_column(stream: TextStream, text: str) -> str:
    """TEXT with what stands in a column beside a closing blanked ("Respectfully submitted,"
    with "Dated: May 2, 2025" to its right, as a pleading's signature block sets it): the
    closing then stands alone on its line, as the signature reader asks."""
    for match in CLOSINGS.finditer("closing", text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        words = stream.words(start, end)
        first = first_column(words)
        if words and len(first) < len(words):
            cut = start + len(" ".join(w.text for w in first))
            if cut >= match.end():
                text = text[:cut] + " " * (end - cut) + text[end:]
    return text

"""A signature block's marks around the signer's name, set aside before the name is looked for:
"(Sgd.)", "s/" or a courtesy title before it, "| Title" after it, name particles ("de la", "van
der"), an "Authorized Signatory:" or "Print Name:" caption. Every change keeps the text's length,
so a name found in the marked text has the same offsets (and words) in the page's own text."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.signature import Signer

# A signature's marker before the typed name: "(Sgd.) Ann Lee", "(signed) Ann Lee", "s/ Ann Lee"
# (the "/s/" with its first stroke dropped); a courtesy title: "Dr. Ann Lee", "Ms. Ann Lee".
_MARKER = re.compile(r"(?im)^[^\S\n]*(?:\((?:sgd|signed)\.?\)|s/)[^\S\n]*(?=[A-Z])")
_HONORIFIC = re.compile(r"(?m)^[^\S\n]*(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[^\S\n]+(?=[A-Z][a-z])")
# An e-mail signature's name and title on one line: "Ann Lee | Customs Broker"; the bar is a
# comma, as in "Ann Lee, Customs Broker".
_BAR = re.compile(r"(?m)(?<=[a-z.])[^\S\n]\|(?=[^\S\n])")
# Particles inside a family name, in lower case: "Maria de la Cruz", "Jan van der Berg".
_PARTICLES = re.compile(r"(?m)^(?P<given>[^\S\n]*[A-Z][a-z]+ )(?P<particles>(?:(?:de|del|della|"
                        r"la|los|van|von|der|den|da|di|du|dos|le|ten|ter) ){1,2})"
                        r"(?=[A-Z][a-z]+(?:,|[^\S\n]*$))")
# "Authorized Signatory: Ann Lee": the signatory's caption with its qualifier.
_AUTHORIZED = re.compile(r"(?im)^[^\S\n]*authori[sz]ed[^\S\n]+(?=signatory|signature)")
# A printed-name caption in a signature block: "Print Name: Ann Lee" reads as "Signatory:" (both
# are ten letters or more: the caption fits in the one it stands for).
_PRINT_NAME = re.compile(r"(?im)^[^\S\n]*(?:print(?:ed)?|typed)[^\S\n]+name[^\S\n]*:")
# A bare "Name:" is the signer's only under a signature caption ("Authorized Signatory" /
# "Name: Ann Lee"); elsewhere it may name a contact or the party.
_NAME_UNDER_SIGNATURE = re.compile(
    r"(?im)(?<=signatory|signature)[^\S\n]*:?[^\S\n_]*\n(?:[^\S\n]*\n)?[^\S\n]*(?P<cap>"
    r"(?:(?:print(?:ed)?|typed)[^\S\n]+)?name[^\S\n]*:)")


def unmarked(text: str) -> str:
    """TEXT with the signature block's marks set aside, its length kept."""
    text = _MARKER.sub(_blank, text)
    text = _HONORIFIC.sub(_blank, text)
    text = _BAR.sub(lambda m: "," + " " * (len(m.group(0)) - 1), text)
    text = _PARTICLES.sub(lambda m: m.group("given") + m.group("particles").title(), text)
    text = _AUTHORIZED.sub(_blank, text)
    # Under a signature caption the name's own caption is blanked, so the name reads as the
    # caption's ("Signature" / "Name: Ann Lee"); elsewhere a printed-name caption is one itself.
    text = _NAME_UNDER_SIGNATURE.sub(
        lambda m: m.group(0)[:m.start("cap") - m.start()] + " " * len(m.group("cap")), text)
    return _PRINT_NAME.sub(lambda m: "Signatory:".rjust(len(m.group(0))), text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def as_typed(text: str, signer: Signer) -> Signer:
    """SIGNER, read in the unmarked text, with its name as TEXT types it: particles in their own
    case, and the courtesy title typed before it on its line put back ("Dr. Ann Lee")."""
    at = text.casefold().find(signer.name.casefold(), signer.start, signer.end)
    if at >= 0:
        signer = replace(signer, name=text[at:at + len(signer.name)])
    start = text.rfind("\n", 0, signer.start) + 1
    title = _HONORIFIC.match(text, start)
    if title is None or title.end() != signer.start:
        return signer
    begin = start + len(title.group(0)) - len(title.group(0).lstrip())
    return replace(signer, name=text[begin:signer.end].strip(), start=begin)

"""How the labelled reading and the sentence reading of a referral combine, and which points
they leave for a person (cues that disagree, a prior disclosure mentioned but not readable)."""

from __future__ import annotations

import re

from bots.penalty_notice.commercial_options import prints_both
from bots.penalty_notice.extract_header_values import STATE_ZIP
from bots.penalty_notice.extract_party import CONNECTOR, split_name_address
from tradebots.facts import Extracted

# A disclosure is mentioned by its name (or a report's "PRIOR DISCL"), its act, its law
# (1592(c)(4), 162.74) or "PD = ...".
_PRIOR_DISCLOSURE = re.compile(
    r"(?i)prior\s+(?:disclosure|discl?\b)|\bdisclos(?:ed|ure)\b|1592\s*\(c\)\s*\(4\)|\b162\.74\b"
    r"|(?-i:\bPD\b)\s*[:=\-]"
)




def merged(labelled: dict[str, Extracted], prose: dict[str, Extracted]) -> dict[str, Extracted]:
    """Labelled values first; sentences fill what no label gives.

    A party read beside its label may carry its address ("Subject party: X, 12 Main St., ...");
    it is split, and the address kept when no label gave one.
    """
    fields = dict(labelled)
    party = fields.get("party_name")
    if party is not None and isinstance(party.value, str):
        name, address = split_name_address(party.value)
        if address is not None:
            fields["party_name"] = Extracted(name, party.evidence, party.confidence)
            fields.setdefault("party_address", Extracted(address, party.evidence, party.confidence))
        elif (told := _wrapped_name(name, prose)) is not None:
            fields["party_name"] = Extracted(told, party.evidence, party.confidence)
        elif STATE_ZIP.search(name):
            # An address's tail under a caption that was a sentence's first word (justified
            # text splits "Subject party: X, 1500 Commerce" / "Drive, Elkhart, IN 46514"):
            # no name; the sentence reading gives the party.
            del fields["party_name"]
    named = prose.get("party_name")
    for key, value in prose.items():
        if key == "party_address" and not _same_party(fields.get("party_name"), named):
            continue  # the sentences' address is another name's ("referred May 8, 2025 by ...")
        fields.setdefault(key, value)
    return fields


def _same_party(labelled: Extracted | None, told: Extracted | None) -> bool:
    """Whether the sentences name the labelled party (one name holds the other, whatever the
    commas and stops: "Acme, Inc." is "Acme Inc"), or no label names one."""
    if labelled is None or told is None:
        return True
    one, other = (f" {' '.join(re.findall(r'[a-z0-9&]+', str(item.value).lower()))} "
                  for item in (labelled, told))
    return one in other or other in one


def _wrapped_name(labelled: str, prose: dict[str, Extracted]) -> str | None:
    """The name alone when the label's line runs on into an address that wraps to the next line
    ("Subject party: X, 2400 Main Street, New" over "Orleans, LA 70130"), as the sentence
    reading, which follows the wrap, shows."""
    name, address = prose.get("party_name"), prose.get("party_address")
    if name is None or address is None or not isinstance(name.value, str):
        return None
    rest = re.sub(rf"(?i)^{CONNECTOR}", "", labelled.removeprefix(name.value).lstrip(" ,;"))
    if rest == labelled or not rest or not str(address.value).startswith(rest):
        return None
    return name.value


UNREAD_DISCLOSURE = "The referral mentions a prior disclosure"


def doubts_of(
    labelled: dict[str, Extracted], prose: dict[str, Extracted], text: str
) -> tuple[str, ...]:
    """Points a person must settle: a label and a sentence that disagree, or a prior disclosure
    mentioned in words the reader could not take as yes or no (never assumed absent)."""
    doubts = []
    for key in ("culpability", "prior_disclosure", "noncommercial"):
        if key in labelled and key in prose and labelled[key].value != prose[key].value:
            doubts.append(f"The referral gives the {key.replace('_', ' ')} two ways: "
                          f"{labelled[key].value!r} and {prose[key].value!r}.")
    mentioned = _PRIOR_DISCLOSURE.search(text)
    if mentioned and "prior_disclosure" not in labelled and "prior_disclosure" not in prose:
        doubts.append(f"{UNREAD_DISCLOSURE}, but whether one was made could not be read.")
    if ("noncommercial" not in labelled and "noncommercial" not in prose
            and any(prints_both(line) for line in text.split("\n"))):
        # A form's pair left unmarked or marked both ways is no default commercial importation.
        doubts.append("The referral prints the commercial and the noncommercial option, but "
                      "which is marked could not be read.")
    return tuple(doubts)

"""The agent and its authority: the principal an agent's sentence names (with its address), that
the writer acts for a client it names or not, and whether it states its authority (19 CFR 177.1)."""

from __future__ import annotations

import re

from bots.common.reading.letter import same_party
from bots.common.reading.parties import STATE_ZIP, party_with_address
from bots.ruling_triage.extract_agency import AUTHORITY_WORDS, acts_for
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span, fold
from bots.ruling_triage.name_place import without_place

# The principal's name opens with a capital: "On behalf of our client, and under the letter of
# authorization on file, we request" names no one (the particulars name the client). A trade
# association writes for its member as a firm does for its client.
_BEHALF = re.compile(
    r"on\s+behalf\s+of\s+(?:(?:our|my)\s+(?:client|principal|customer|member),?\s+)?"
    r"(?P<name>(?-i:[A-Z0-9])[^()]+?)"
    # Asides may follow one another: "(Importer No. 98-7654321) ("Meridian"), we ...".
    # The address may follow them: "X (importer number ...), of 12 Pier Road, ..., we request".
    r"(?:,\s+(?P<address>\d[^()]*?))?(?:\s*\([^)]*\))*(?:,\s+of\s+(?P<seat>\d[^()]*?))?,\s+(?:we|I)\b",
    re.I | re.S)
# A title's line of its own: "REQUEST FOR A BINDING RULING" / "on behalf of Hollis & Grange Co."
_BEHALF_LINE = re.compile(r"(?im)^[ \t]*(?:submitted\s+|filed\s+)?on\s+behalf\s+of\s+"
                          r"(?:(?:our|my)\s+(?:client|principal|member),?\s+)?"
                          r"(?P<name>(?-i:[A-Z0-9])[^\n,;()]*?(?:,?\s+(?:Inc|LLC|Ltd|Corp|Co)\.?)?)"
                          r"\.?[ \t]*$(?P<address>(?!))?")
# A printout's or a deck's line naming who filed it for whom: "Submitted by Delacroix & Finch
# PLLC on behalf of our client, Tallgrass Bicycle Works LLC.", "Filed by X for its client Y".
_FILED_FOR = re.compile(r"(?im)^[ \t\u2022*-]*(?:submitted|filed|prepared|sent)\s+by\s+"
                        r"[A-Z][^\n;]*?,?\s+(?:on\s+behalf\s+of\s+(?:_CLIENT,?\s+)?|"
                        r"for\s+_CLIENT,?\s+)(?P<name>(?-i:[A-Z0-9])[^()\n;]*?)\.?[ \t]*$"
                        r"(?P<address>(?!))?"
                        .replace("_CLIENT",
                                 r"(?:our|my|its|their)\s+(?:client|principal|customer|member)"))
# "This firm represents Harbor Goods LLC, 12 Pier Road, ... (the "Importer"), in ..."
_REPRESENT = re.compile(
    r"\b(?i:we|this\s+(?:firm|office|company)|the\s+undersigned)\s+represents?\s+"
    r"(?P<name>[A-Z][^,()]+?(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co)\.?)?)"
    # The address after a comma or in parentheses: "X (505 Main Street, Town, ST 55401) and asks".
    r"(?:(?:,\s+|\s*\()(?P<address>\d[^()]*?\d{5}(?:-\d{4})?)\)?)?(?:\s*\([^)]*\))?"
    r"(?=,\s|\.\s|\.$|\s+in\b|\s+as\b|\s+and\s+(?:asks?|requests?|seeks?)\b)",
    re.S)
_AGENT_FOR = re.compile(
    r"\b(?i:as\s+(?:licensed\s+)?customs\s+broker\s+for|acting\s+as\s+agent\s+for|"
    r"(?:write|writing)\s+for\s+the\s+importer\s+of\s+record,?|as\s+attorney-in-fact\s+for|"
    r"attorneys?\s+for|counsel\s+(?:to|for))\s+(?P<name>[A-Z][^()\n,]*?)"
    r"(?=\s*\((?i:importer|IOR|CBP)|,\s+(?i:we|the\s+undersigned)\b)")
# "This firm, for X (15 Wharf Street, Annapolis, MD 21401; importer number ...), requests":
# a principal with its address in the parenthesis.
_FIRM_FOR = re.compile(
    r"\b(?i:this\s+(?:firm|office)|the\s+undersigned),?\s+(?i:for|on\s+behalf\s+of)\s+"
    r"(?P<name>[A-Z][^()\n]*?)\s*\((?P<address>\d[^;()]*?\d{5}(?:-\d{4})?)[;)]")
# "Lakeshore Audio, Inc., 505 Washington Avenue N, Minneapolis, MN 55401, through counsel,
# asks for a prospective ruling": the principal speaks through its agent, who signs.
_THROUGH = re.compile(
    r"(?m)^\s*(?P<name>[A-Z][^()\n]*?(?:\n[^()\n]*?)?),\s+(?P<address>\d[^()]*?\d{5}(?:-\d{4})?)"
    r"(?:\s*\([^)]*\))?,?\s+(?i:through|by)\s+(?i:its\s+)?(?i:counsel|attorneys?|(?:customs\s+)?broker|agent)\b")
# "Re: Binding ruling request (valuation) for Marlowe & Finch Home Goods LLC, 88 Harbor Point
# Road, Stamford, CT 06902; importer no. ...": the subject line names the principal and address.
_RE_FOR = re.compile(
    r"(?im)^[ \t]*(?:re|subject|regarding)\s*:[^\n]*?\b(?:for|on\s+behalf\s+of)\s+"
    r"(?P<name>[A-Z][^()\n;:]*?(?:\n[^()\n;:]*?)?),\s+(?P<address>\d[^;()]*?\d{5}(?:-\d{4})?)\b")
# Or the address set under the name, line by line, as on an envelope ("Re: ... for X" / "2650
# Lakeview Drive" / "Columbus, OH 43219").
_RE_FOR_UNDER = re.compile(
    r"(?im)^[ \t]*(?:re|subject|regarding)\s*:[^\n]*?\b(?:for|on\s+behalf\s+of)\s+"
    r"(?P<name>[A-Z][^()\n;:,]*?),?[ \t]*\n[ \t]*(?P<address>\d[^\n;()]*(?:\n[^\n;()]*?){0,2}?"
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")
# An agent states its authority (19 CFR 177.1) by naming what gives it: a power of attorney, a
# letter of authorization or engagement, or "under the authority of" its principal's mandate.
# 177.1(a)(3)'s authority, however it is worded: "as authorized agents of the importer",
# "under its letter of authority enclosed".
_AUTHORITY = re.compile(r"authori[sz]ed\s+to\s+act|power\s+of\s+attorney|letter\s+of\s+"
                        r"(?:authori[sz]ation|authority|engagement)|authori[sz]ed\s+(?:customs\s+)?"
                        r"(?:agents?|representatives?|brokers?)\s+(?:of|for)\b|engagement\s+letter|authority\s+to\s+act|"
                        # "X has engaged and authorized our firm to seek this ruling"
                        r"has\s+(?:(?:engaged|retained|appointed|instructed)\s+and\s+)?authori[sz]ed\s+"
                        r"(?:(?:this|our)\s+(?:firm|office|company)|us|me|the\s+undersigned)"
                        r"|(?:under|with|pursuant\s+to)\s+(?:the\s+)?(?:written\s+)?authority\s+"
                        r"(?:of|given|granted|conferred)\b", re.I)

_LOCATED = re.compile(r"[^;]{0,60}?\b(?:located|based|with\s+(?:its\s+)?offices)\s+at\s+"
                      r"(?P<address>\d[^();]*?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")

# The writer acting for a client it does not name there: "On behalf of our client, we request",
# "For our client, and under ..., we ask" (the client is the importer its particulars name).
_UNNAMED_CLIENT = re.compile(r"(?i)\b(?:on\s+behalf\s+of|for)\s+(?:our|my)\s+"
                             r"(?:client|principal|member)\s*,\s+(?:and\s+[^.;]{0,80}?,\s+)?(?:we|I)\s+(?:\w+\s+){0,2}?"
                             r"(?:request|ask|seek|submit|apply|write)")


def unnamed_client(items: list[Paragraph], fields: Fields) -> None:
    """Marks the writer an agent when it says it acts for a client it does not name: whether it
    states its authority is then asked of it (19 CFR 177.1)."""
    for paragraph in items:
        if match := _UNNAMED_CLIENT.search(paragraph.text):
            fields.put_span("acting_as_agent", True, Span(paragraph, match.start(), match.end()),
                            PROSE)
            return


def read_agency(items: list[Paragraph], fields: Fields) -> None:
    """The principal an agent's sentence names, and that the writer is an agent."""
    for index, paragraph in enumerate(items):
        if (under := _address_under_re(items, index)) is not None:
            name, lines = under
            fields.put_span("requester_name", fold(name.flat), name, PROSE)
            fields.put_span("requester_address", ", ".join(fold(p.text) for p in lines),
                            Span(lines[0], 0, len(lines[0].text)), PROSE)
            if not _own_letterhead(items, name.flat):
                fields.put_span("acting_as_agent", True, name, PROSE)
            break
        if ((match := _BEHALF.search(paragraph.text)) and _own_letterhead(items, match["name"])
                and not _CLIENT.search(paragraph.text, match.start(), match.start("name"))):
            # "On behalf of X (importer number ...), I ask" under X's own letterhead: an officer
            # writes for the organisation that employs it, which asks itself (no agent, 177.1).
            fields.put_span("requester_name", fold(match["name"]),
                            Span(paragraph, match.start("name"), match.end("name")), PROSE)
            break
        if match := (_BEHALF.search(paragraph.text) or _BEHALF_LINE.search(paragraph.text)
                     or _REPRESENT.search(paragraph.text)
                     or _FIRM_FOR.search(paragraph.text) or _THROUGH.search(paragraph.text)
                     or _RE_FOR.search(paragraph.text) or _RE_FOR_UNDER.search(paragraph.text)
                     or _FILED_FOR.search(paragraph.text)):
            fields.put_span("requester_name", fold(match["name"]),
                            Span(paragraph, match.start("name"), match.end("name")), PROSE)
            # (the address after the name, or after the asides that follow it: "seat")
            at = next((g for g in ("address", "seat") if match.re.groupindex.get(g) and match[g]),
                      None)
            if at is not None:
                fields.put_span("requester_address", fold(match[at]),
                                Span(paragraph, match.start(at), match.end(at)), PROSE)
            elif located := _LOCATED.match(paragraph.text, match.end("name")):
                # "X (importer no. ...), located at 9 Wharf Street, New Bedford, MA 02740, which"
                fields.put_span("requester_address", fold(located["address"]),
                                Span(paragraph, located.start("address"), located.end("address")),
                                PROSE)
            else:
                # "On behalf of our client X (8 Wharf Row, Mobile, AL 36602; importer number
                # ...)": the address in the aside, with the number after it.
                _principal_address(paragraph, match["name"], fields)
            fields.put_span("acting_as_agent", True, Span(paragraph, match.start(), match.end()),
                            PROSE)
            break
        # "We act for X under ...", "X has appointed us as its agent": the writer is an agent
        # (its name ends where the sentence goes on, before any aside in parentheses).
        # "As customs broker for X (Importer No. ...)": a principal named without an address.
        if match := (acts_for(paragraph.text) or _AGENT_FOR.search(paragraph.text)):
            fields.put_span("requester_name", fold(match["name"]),
                            Span(paragraph, match.start("name"), match.end("name")), PROSE)
            fields.put_span("acting_as_agent", True, Span(paragraph, match.start(), match.end()),
                            PROSE)
            _principal_address(paragraph, match["name"], fields)
            break
        # "As customs broker for X, 1 Main St, Town, ST 12345": a principal with its address.
        if (party := party_with_address(paragraph.text)) and party.for_another:
            for key, value, (start, end) in (("requester_name", party.name, party.name_span),
                                             ("requester_address", party.address,
                                              party.address_span)):
                fields.put_span(key, value, Span(paragraph, start, end), PROSE)
            fields.put_span("acting_as_agent", True, Span(paragraph, *party.name_span), PROSE)
            break


# A subject line ending with whom the request is for: "Re: Binding ruling request for X".
_RE_FOR_LINE = re.compile(r"(?i)^[ \t]*(?:re|subject|regarding)\s*:[^\n]*?\b(?:for|on\s+behalf"
                          r"\s+of)\s+(?-i:(?P<name>[A-Z][^()\n;:,]*?))[ \t]*$")
_MOST_ADDRESS_LINES = 3


def _address_under_re(items: list[Paragraph], index: int) -> tuple[Span, list[Paragraph]] | None:
    """The principal a subject line names last, with the address lines printed under it as on an
    envelope, each a paragraph of its own ("2650 Lakeview Drive" / "Columbus, OH 43219")."""
    paragraph = items[index]
    if (match := _RE_FOR_LINE.match(paragraph.text)) is None:
        return None
    under = [p for p in items[index + 1:index + 1 + _MOST_ADDRESS_LINES]
             if p.page == paragraph.page]
    if not under or not re.match(r"\s*\d", under[0].text):
        return None
    for at, line in enumerate(under):
        if STATE_ZIP.search(line.text):
            return Span(paragraph, match.start("name"), match.end("name")), under[:at + 1]
    return None


_CLIENT = re.compile(r"\b(?:client|principal|customer|member)\b", re.I)


def _own_letterhead(items: list[Paragraph], name: str) -> bool:
    """Whether NAME heads the first page, the letterhead's first line (in capitals or not)."""
    page = items[0].page if items else 1
    heads = [p.text.strip().split("\n")[0] for p in items[:2] if p.page == page and p.text.strip()]
    return any(same_party(head, fold(name)) for head in heads)


def _principal_address(paragraph: Paragraph, name: str, fields: Fields) -> None:
    """The address the same sentence gives the principal an agent names: "We write on behalf of
    X (1 Main St, Town, ST 00000), the importer"."""
    party = party_with_address(paragraph.text)
    # (the name without the seat a writer may add: "X LLC of Newark, New Jersey (12 Pier ...)")
    if party is not None and party.for_another and same_party(
            without_place(party.name) or party.name, without_place(fold(name)) or fold(name)):
        fields.put_span("requester_address", party.address,
                        Span(paragraph, *party.address_span), PROSE)


def read_authority(items: list[Paragraph], fields: Fields) -> None:
    """Whether an agent states its authority (19 CFR 177.1(a)(3))."""
    for paragraph in items:
        if match := (_AUTHORITY.search(paragraph.text) or AUTHORITY_WORDS.search(paragraph.text)):
            fields.put_span("agent_authority_stated", True,
                            Span(paragraph, match.start(), match.end()), PROSE)
            break

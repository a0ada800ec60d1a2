"""Ruling requests printed by texttopdf: a numbered outline, a closing-only letter."""

from __future__ import annotations

import random
from pathlib import Path

from . import typewriter as tw
from .common import date_text, pick
from .ruling_words import authority, basis, closing, pending, ports_sentence, question
from .rulings import Ruling


def _signature(r: Ruling, indent: str) -> list[str]:
    if not r.signed:
        return [indent + "______________________________", indent + "(Signature)"]
    return [indent + f"/s/ {r.signer}", indent + r.signer, indent + r.signer_title]


def outline(r: Ruling, rng: random.Random) -> tuple[str, str]:
    style = pick(rng, ["long", "abbr", "us"])
    sender = r.agent[0] if r.agent else r.importer
    sender_addr = [r.agent[1], r.agent[2]] if r.agent else r.importer_address
    dest = (
        "Regulations and Rulings, Office of Trade"
        if r.ruling_type == "valuation" or r.reconsider
        else "National Commodity Specialist Division"
    )
    out = [sender.upper(), *sender_addr, "", date_text(r.request_date, style), ""]
    out += [
        "U.S. Customs and Border Protection",
        dest,
        "",
        "REQUEST FOR BINDING RULING",
        "=" * 26,
        "",
    ]
    out += ["I.   PARTIES AND PORTS", ""]
    out += [
        f"     A. Importer: {r.importer}",
        f"        {', '.join(r.importer_address)}",
        f"        Importer No. {r.importer_number}",
    ]
    if r.agent:
        out += [f"     B. Submitted by: {r.agent[0]}", *tw.wrap(authority(r), 66, "        ")]
    if r.ports:
        out += tw.leader_lines("     C. ", ports_sentence(r, rng), 74)
    out += ["", "II.  THE QUESTION PRESENTED", "", *tw.wrap(question(r), 68, "     ")]
    out += ["", "III. FACTS", ""]
    for k, item in enumerate(r.items):
        out += [
            f"     {chr(65 + k)}. PRODUCT DATA SHEET - {item.name}",
            "     " + "-" * 60,
            *tw.dotted_lines("Description", item.description, 20, 88, "     "),
            *tw.dotted_lines("Principal use (U.S.)", item.use, 20, 88, "     "),
        ]
        if r.ruling_type == "classification" and item.materials:
            out += tw.dotted_lines("Component materials", item.materials, 20, 88, "     ")
        out += [*tw.wrap(f"Price: {item.price}", 60, "     "), "     " + "-" * 60, ""]
    if len(r.items) > 3:
        out.insert(len(out) - 6, tw.FORM_FEED.rstrip("\n"))
    out += ["IV.  LAW AND ANALYSIS", "", *tw.wrap(basis(r), 68, "     ")]
    statement = pending(r, rng)
    if statement:
        out += ["", "V.   OTHER MATTERS", "", *tw.wrap(statement, 68, "     ")]
    for s in closing(r, rng):
        out += ["", *tw.wrap(s, 68, "     ")]
    out += ["", "Respectfully submitted,", "", *_signature(r, "")]
    return "\n".join(out) + "\n", "cpi=12 lpi=7 page-left=40"


def closing_only(r: Ruling, rng: random.Random) -> tuple[str, str]:
    """A typed letter whose sender appears only after 'Respectfully submitted'."""
    style = pick(rng, ["long", "ordinal", "us", "day-first"])
    out = [
        date_text(r.request_date, style),
        "",
        "",
        "National Commodity Specialist Division"
        if not (r.ruling_type == "valuation" or r.reconsider)
        else "Office of Regulations and Rulings",
        "U.S. Customs and Border Protection",
        "",
        "",
        *tw.wrap("Re:  Binding ruling request - " + ", ".join(i.name for i in r.items), 68),
        "",
        "Dear Sir or Madam:",
        "",
    ]
    body = question(r) + " "
    if r.agent:
        body += authority(r) + " "
    for item in r.items:
        body += f"The {item.name}: {item.description}, intended for {item.use}. "
        if r.ruling_type == "classification" and item.materials:
            body += f"Its component materials are {item.materials}. "
        body += f"The {item.price}. "
    if r.ports:
        body += ports_sentence(r, rng) + " "
    out += [*tw.wrap(body, 70), "", *tw.wrap(basis(r), 70)]
    for s in [pending(r, rng), *closing(r, rng)]:
        if s:
            out += ["", *tw.wrap(s, 70)]
    out += [
        "",
        "Please contact the undersigned with any questions.",
        "",
        "Respectfully submitted,",
        "",
    ]
    out += _signature(r, "")
    if r.agent:
        out += [
            r.agent[0],
            r.agent[1],
            r.agent[2],
            "",
            f"on behalf of {r.importer}",
            ", ".join(r.importer_address),
            f"Importer number {r.importer_number}",
        ]
    else:
        out += [f"on behalf of {r.importer}", *r.importer_address, f"IOR {r.importer_number}"]
    return "\n".join(out) + "\n", "cpi=10 lpi=6 page-left=60"


def email(r: Ruling, rng: random.Random) -> tuple[str, str]:
    """An e-mail to the rulings mailbox printed from a mail client, items as a bulleted list."""
    day = r.request_date
    sender = r.agent[0] if r.agent else r.importer
    hq = r.ruling_type == "valuation" or r.reconsider
    out = [
        f"From:    {r.signer} ({sender})",
        f"Sent:    {day.strftime('%A')}, {date_text(day, 'long')} {rng.randrange(8, 12)}:"
        f"{rng.randrange(10, 60)} AM",
        "To:      "
        + ("HQ Regulations and Rulings mailbox" if hq else "NCSD ruling requests mailbox"),
        "Subject: Binding ruling request - "
        + r.items[0].name
        + (" et al." if len(r.items) > 1 else ""),
        "Attachments: " + ("authorization.pdf; " if r.authority else "") + "spec_sheets.pdf",
        "-" * 72,
        "",
        "Good morning,",
        "",
    ]
    first = question(r) + (" " + authority(r) if r.agent else "")
    out += [*tw.wrap(first, 72), ""]
    for item in r.items:
        out += tw.leader_lines(f"  * {item.name}: ", item.description, 72)
        out += tw.leader_lines("      principal use: ", item.use, 72)
        if r.ruling_type == "classification" and item.materials:
            out += tw.leader_lines("      materials: ", item.materials, 72)
        out += tw.leader_lines("      price: ", item.price, 72)
    out.append("")
    for s in [
        ports_sentence(r, rng) if r.ports else "",
        basis(r),
        pending(r, rng),
        *closing(r, rng),
    ]:
        if s:
            out += [*tw.wrap(s, 72), ""]
    out += ["Regards,", ""]
    out += [f"/s/ {r.signer}", r.signer, r.signer_title] if r.signed else ["Sent from my phone"]
    if r.agent:
        out += [
            r.agent[0],
            f"{r.agent[1]}, {r.agent[2]}",
            "",
            *tw.leader_lines(
                "Importer: ",
                f"{r.importer}, {', '.join(r.importer_address)} (IOR {r.importer_number})",
                80,
            ),
        ]
    else:
        out += [r.importer, *r.importer_address, f"Importer of record no. {r.importer_number}"]
    return "\n".join(out) + "\n", "cpi=11 lpi=6.5 page-left=36"


STYLES = {"outline": outline, "closing-only": closing_only, "email": email}


def render(r: Ruling, rng: random.Random, style: str, out: Path) -> None:
    text, options = STYLES[style](r, rng)
    tw.print_text(text, out, options, f"ruling {r.case}")

"""Protests printed by texttopdf: an ACE worksheet dump, an owner's typed letter, a fax packet."""

from __future__ import annotations

import random
from pathlib import Path

from . import parties
from . import typewriter as tw
from .common import DATE_STYLES, date_text, pick
from .protest_words import ACCEL_NO, ACCEL_YES, DRAWBACK, REVIEW_NO, REVIEW_YES, objection
from .protests import Protest

CATEGORY_WORDS = {
    "classification": "CLASSIFICATION / RATE OF DUTY",
    "appraised_value": "APPRAISED VALUE",
}


def _d(day: object, style: str) -> str:
    return date_text(day, style) if day else ""  # type: ignore[arg-type]


def ace_dump(p: Protest, rng: random.Random) -> tuple[str, str]:
    style = pick(rng, ["us", "us-short", "iso", "dotted-day-first"])
    w = 26
    head = (
        f"ACE PROTEST MODULE  -  FILER WORKSHEET PRINT          RUN {_d(p.letter_date, 'us-short')}"
    )
    out = [head, "-" * 78]
    out.append(tw.dotted("PROTEST NUMBER", p.protest_number or "NOT YET ASSIGNED", w))
    if p.received_printed:
        out.append(tw.dotted("DATE RECEIVED BY CBP", _d(p.received, style), w))
    out.append(tw.dotted("PORT OF ENTRY", f"{p.port_code} {p.port_name.upper()}", w))
    out.append(tw.dotted("PROTESTING PARTY", p.name, w))
    for k, line in enumerate(p.address or []):
        out.append(tw.dotted(f"  ADDRESS LINE {k + 1}", line, w))
    if p.importer_number:
        out.append(tw.dotted("IOR NUMBER", p.importer_number, w))
    if p.agent:
        out += tw.dotted_lines("FILER / AGENT", p.agent[0], w, 90)
        out.append(tw.dotted("AGENT IMPORTER NO", parties.BROKER_NUMBERS[p.agent[0]], w))
    if p.category and not p.petition:
        out.append(tw.dotted("DECISION PROTESTED", CATEGORY_WORDS[p.category], w))
    if p.petition:
        out.append(tw.dotted("DECISION PROTESTED", "PETITION DECISION (19 CFR 171)", w))
    if p.merchandise:
        # Long values continue on indented lines, as the worksheet print wraps them.
        out += tw.dotted_lines("MERCHANDISE DESC", p.merchandise, w, 90)
    out.append(tw.dotted("ACCELERATED DISP", "Y - CERTIFIED MAIL" if p.accelerated else "N", w))
    out.append(tw.dotted("FURTHER REVIEW (AFR)", "Y" if p.further_review else "N", w))
    if p.drawback:
        out.append(tw.dotted("SUBJECT TO DRAWBACK", "N - ENTRIES NOT SUBJECT TO DRAWBACK", w))
    out += ["-" * 78, "ENTRY LIST", ""]
    widths = [4, 16, 12, 12, 6]
    out.append(tw.columns(["LN", "ENTRY NO", "ENTRY DT", "LIQ DT", "PORT"], widths))
    out.append(tw.columns(["---", "-" * 14, "-" * 10, "-" * 10, "----"], widths))
    for k, e in enumerate(p.entries):
        out.append(
            tw.columns(
                [
                    f"{k + 1:03d}",
                    e.number,
                    _d(e.entered, style) or "-",
                    _d(e.liquidated, style) or "-",
                    p.port_code,
                ],
                widths,
            )
        )
    out += ["-" * 78, "STATEMENT OF OBJECTION (FREE TEXT)", ""]
    if p.objection:
        out += tw.wrap(objection(p, rng), 74, "  ")
    else:
        out.append("  PROTECTIVE FILING - STATEMENT TO FOLLOW.")
    out += [
        "",
        "-" * 78,
        tw.dotted("FILED BY", f"{p.signer}, {p.signer_title}", w),
        tw.dotted("FILED ON", _d(p.letter_date, style), w),
        "",
        "*** END OF WORKSHEET ***",
    ]
    return "\n".join(out) + "\n", "cpi=12 lpi=7"


def owner_letter(p: Protest, rng: random.Random) -> tuple[str, str]:
    style = pick(rng, ["long", "abbr", "ordinal", "day-first"])
    pad = " " * 40
    out = (
        [pad + p.name]
        + [pad + line for line in (p.address or [])]
        + [
            "",
            "",
            _d(p.letter_date, "long"),
            "",
            "U.S. Customs and Border Protection",
            f"Port of {p.port_name} (Port Code {p.port_code})",
            "Attention: Protests",
            "",
        ]
    )
    if p.received_printed:
        stamp = ["RECEIVED", _d(p.received, style), f"CBP {p.port_name.upper()}"]
        out = [" " * 50 + line for line in stamp] + ["", *out]
    if p.protest_number:
        out += [f"Re: our protest no. {p.protest_number}", ""]
    out += ["Dear Sir or Madam:", ""]
    parts = []
    for e in p.entries:
        piece = f"entry {e.number}"
        if e.entered:
            piece += f", entered {_d(e.entered, style)}"
        if e.liquidated:
            piece += f", liquidated {_d(e.liquidated, style)}"
        parts.append(piece)
    ident = f" (importer number {p.importer_number})" if p.importer_number else ""
    goods = f"our {p.merchandise}" if p.merchandise else "our shipments"
    body = (
        f"I am the {p.signer_title.lower()} of {p.name}{ident}, and I am writing to protest "
        f"what Customs did on {goods} ({'; '.join(parts)}). "
    )
    body += (
        objection(p, rng) + " "
        if p.objection
        else "I do not agree with the liquidation and want to keep our rights open while we look "
        "into it. "
    )
    body += pick(rng, DRAWBACK) + " " if p.drawback else ""
    body += pick(rng, ACCEL_YES if p.accelerated else ACCEL_NO) + " "
    body += pick(rng, REVIEW_YES if p.further_review else REVIEW_NO)
    out += [*tw.wrap(body, 72), "", "Thank you for your attention to this.", "", "Sincerely,"]
    out += ["", "", p.signer, f"{p.signer_title}, {p.name}"]
    return "\n".join(out) + "\n", "cpi=10 lpi=6 page-left=54"


def fax_packet(p: Protest, rng: random.Random) -> tuple[str, str]:
    style = pick(rng, ["us", "abbr", "long", "us-short"])
    sender = p.agent[0] if p.agent else p.name
    cover = [
        "",
        "F A C S I M I L E   T R A N S M I T T A L",
        "=" * 60,
        "",
        f"TO:      Protest Unit, CBP Port of {p.port_name}",
        f"FROM:    {p.signer}, {sender}",
        f"DATE:    {_d(p.letter_date, 'us')}",
        "PAGES:   3 (including cover)",
        f"RE:      Protest - {p.name}",
        "",
        "-" * 60,
        "Please see the protest on the following pages. The original follows by mail.",
        "If any page is missing or illegible, call the sender.",
        "-" * 60,
        "",
        "CONFIDENTIALITY NOTICE: this transmission is intended only for the addressee.",
    ]
    page2 = [f"{'PROTEST':^72}", f"{'(19 U.S.C. 1514; 19 CFR Part 174)':^72}", ""]
    if p.received_printed:
        page2 += [f"[CBP USE]  Received: {_d(p.received, style)}", ""]
    page2 += [
        f"Port: {p.port_name} - {p.port_code}",
        f"Protest No.: {p.protest_number or '(to be assigned by CBP)'}",
        "",
        f"1.  Protestant ........ {p.name}",
    ]
    if p.address:
        page2 += [f"    Address ......... {p.address[0]}"] + [
            f"                      {a}" for a in p.address[1:]
        ]
    if p.importer_number:
        page2.append(f"2.  Importer No. ..... {p.importer_number}")
    if p.agent:
        page2 += [
            f"    Filed by agent .. {p.agent[0]}",
            f"                      {p.agent[1]}, {p.agent[2]}",
            f"                      (power of attorney on file; agent's importer no. "
            f"{parties.BROKER_NUMBERS[p.agent[0]]})",
        ]
    if p.merchandise:
        page2 += tw.leader_lines("3.  Merchandise ...... ", p.merchandise, 84)
    page2 += [
        "",
        "4.  Entries covered:",
        "",
        "    " + "-" * 54,
        "    " + tw.columns(["Entry Number", "Entry Date", "Liquidated"], [16, 17, 17]),
        "    " + "-" * 54,
    ]
    rows = [
        "    "
        + tw.columns(
            [e.number, _d(e.entered, style) or "(n/a)", _d(e.liquidated, style) or "(n/a)"],
            [16, 17, 17],
        )
        for e in p.entries
    ]
    split = len(rows) > 1 and rng.random() < 0.6
    page2 += rows[:1] if split else rows
    page3: list[str] = []
    if split:
        page3 += ["(Entries covered, continued)", "    " + "-" * 54, *rows[1:]]
    page3 += ["    " + "-" * 54, "", "5.  Objection:"]
    page3 += (
        tw.wrap(objection(p, rng), 68, "    ")
        if p.objection
        else ["    Reserved; the grounds will be supplied by amendment."]
    )
    page3 += [""]
    for sentence in ([pick(rng, DRAWBACK)] if p.drawback else []) + [
        pick(rng, ACCEL_YES if p.accelerated else ACCEL_NO),
        pick(rng, REVIEW_YES if p.further_review else REVIEW_NO),
    ]:
        if sentence:
            page3 += tw.wrap(sentence, 68, "    ")
    page3 += [
        "",
        "",
        "    ______________________________",
        f"    {p.signer}",
        f"    {p.signer_title}",
        f"    Date: {_d(p.letter_date, style)}",
    ]
    text = (
        "\n".join(cover)
        + "\n"
        + tw.FORM_FEED
        + "\n".join(page2)
        + "\n"
        + tw.FORM_FEED
        + "\n".join(page3)
        + "\n"
    )
    return text, "cpi=11 lpi=6.5"


STYLES = {"ace-dump": ace_dump, "owner-letter": owner_letter, "fax-packet": fax_packet}


def render(p: Protest, rng: random.Random, style: str, out: Path) -> None:
    text, options = STYLES[style](p, rng)
    tw.print_text(text, out, options, f"protest {p.case}")


_ = DATE_STYLES

"""Protest letters from counsel, brokers and importers, typed in Word, from a protest Spec."""

from __future__ import annotations

import random

from bench.corpus import docx_protest_phrases as p
from bench.corpus.docx_phrases import (
    CLOSINGS,
    SALUTATIONS,
    pick_date,
    received_stamp,
    signature_block,
)
from bench.corpus.docx_render import Letter
from bench.corpus.formats import DateStyle
from bench.corpus.spec import Spec

FIRMS = (("Ashford Keane LLP", "1650 Market Street, Suite 3600", "Philadelphia, PA 19103"),
         ("Delgado & Price PLLC", "801 Brickell Avenue, Suite 900", "Miami, FL 33131"),
         ("Northgate Trade Counsel", "233 S Wacker Drive, Suite 8400", "Chicago, IL 60606"),
         ("Whitcombe Ross LLP", "100 Pine Street, 24th Floor", "San Francisco, CA 94111"))
BROKERS = (("Meridian Customs Brokerage, Inc.", "150 Airport Road", "Elizabeth, NJ 07201"),
           ("Gulfline Brokers LLC", "2500 Port Industrial Blvd", "Houston, TX 77029"),
           ("Cascade Customs Services", "3600 Port of Tacoma Road", "Tacoma, WA 98424"))
STYLES = ("counsel", "broker", "importer")


def protest_letter(spec: Spec, style: str, rng: random.Random) -> Letter:
    """A protest letter in STYLE; every element drawn from its bank."""
    fmt = pick_date(rng)
    letter = Letter(rng.choice(("Liberation Serif", "Liberation Sans", "Liberation Mono")),
                    rng.choice((10, 10.5, 11)))
    street, city = spec.protestant_address.split(", ", 1)
    if style == "importer":
        sender = (spec.protestant_name, street, city)
    else:
        sender = rng.choice(FIRMS if style == "counsel" else BROKERS)
    letter.para(sender[0].upper() if rng.random() < 0.5 else sender[0], bold=True,
                align="center", size=13)
    letter.para(f"{sender[1]} | {sender[2]}", align="center", size=9)
    letter.rule()
    if spec.received_printed:
        office = f"PORT OF {spec.port_name.upper()}"
        letter.boxed(received_stamp(rng, spec.received, office, spec.protest_number))
    letter.para(fmt(spec.letter_date))
    if rng.random() < 0.6:
        letter.para(rng.choice(("VIA CERTIFIED MAIL", "BY REGISTERED MAIL",
                                "VIA FEDEX AND EMAIL", "BY HAND DELIVERY")), bold=True, size=9)
    code_in_re = _addressee(letter, spec, rng)
    number_shown = _re_block(letter, spec, rng, code_in_re)
    letter.para(rng.choice(SALUTATIONS))
    _opening(letter, spec, style, rng, number_shown)
    _entries(letter, spec, rng, fmt)
    _description(letter, spec, rng)
    if spec.objection:
        heading = rng.choice(p.OBJECTION_HEADINGS)
        letter.para(heading, bold=True, underline=rng.random() < 0.5)
        letter.para(spec.objection, align=rng.choice(("left", "justify")))
    _declarations(letter, spec, rng)
    letter.para(rng.choice(("Please contact the undersigned with any questions.",
                            "Thank you for your attention to this matter.",
                            "We appreciate your prompt consideration of this protest.")))
    letter.para(rng.choice(CLOSINGS))
    client = spec.protestant_name if style == "counsel" else None
    titles = {"counsel": p.TITLE_COUNSEL, "broker": p.TITLE_BROKER, "importer": p.TITLE_SELF}
    letter.lines(signature_block(rng, spec.signer, rng.choice(titles[style]), sender[0],
                                 client=client))
    if rng.random() < 0.5:
        letter.para("Enclosures: " + rng.choice(("commercial invoice; liquidation notice",
                                                 "copy of entry summary (CBP Form 7501)",
                                                 "power of attorney; invoices")), size=9)
    return letter


def _addressee(letter: Letter, spec: Spec, rng: random.Random) -> bool:
    """The port's address; True when the port code is left for the Re: block instead."""
    name, code = spec.port_name, spec.port_code
    style = rng.randrange(4)
    if style == 0:
        letter.lines(("Port Director", "U.S. Customs and Border Protection",
                      f"Port of {name} ({code})"))
    elif style == 1:
        letter.lines(("U.S. Customs and Border Protection", "Attn: Protest Unit",
                      f"{name}, Port Code {code}"))
    elif style == 2:
        letter.lines(("Port Director", f"Port of {name} - {code}",
                      "U.S. Customs and Border Protection"))
    else:
        letter.lines(("Port Director", f"U.S. Customs and Border Protection, Port of {name}"))
        return True
    return False


def _re_block(letter: Letter, spec: Spec, rng: random.Random, with_code: bool) -> bool:
    """The Re: block; True when it gives the importer number."""
    title = rng.choice(("Protest under 19 U.S.C. 1514 and 19 CFR Part 174",
                        "Protest of entries listed below", f"Protest of {spec.protestant_name}",
                        "Protest and Application for Further Review"
                        if spec.afr_criterion else "Protest", "Customs Protest"))
    lines = [f"Re: {title}"]
    shown = bool(spec.importer_number) and rng.random() < 0.5
    if shown:
        lines.append(f"      Importer No.: {spec.importer_number}")
    if with_code:
        lines.append(f"      Port Code: {spec.port_code}")
    letter.para("\n".join(lines), bold=True)
    return shown


def _opening(letter: Letter, spec: Spec, style: str, rng: random.Random,
             number_shown: bool) -> None:
    bank = {"counsel": p.PARTY_COUNSEL, "broker": p.PARTY_BROKER, "importer": p.PARTY_SELF}
    lead = rng.choice(bank[style]).format(name=spec.protestant_name,
                                          address=spec.protestant_address,
                                          short=spec.protestant_name.split()[0])
    number = ""
    if spec.importer_number and not number_shown:
        number = " " + rng.choice(p.IMPORTER_NUMBER).format(n=spec.importer_number)
    if style == "importer":
        address = f" Our address is {spec.protestant_address}."
        body = (f"{lead}{number} {rng.choice(p.DECISION[spec.category])} concerning the "
                f"entries listed below.{address}")
    else:
        body = (f"{lead} {rng.choice(p.DECISION[spec.category])} concerning the entries "
                f"listed below{number}.")
    letter.para(body + " This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174.",
                align=rng.choice(("left", "justify")))


def _entries(letter: Letter, spec: Spec, rng: random.Random, fmt: DateStyle) -> None:
    rows = [(e.entry_number, fmt(e.entry_date), fmt(liq) if liq else "not liquidated")
            for e, liq in zip(spec.entries, spec.liquidation_shown, strict=True)]
    style = rng.randrange(5)
    number, entered, liquidated = rng.choice((("Entry No.", "Date of Entry", "Date of Liquidation"),
                                              ("Entry Number", "Entry Date", "Liquidation Date"),
                                              ("Entry #", "Entered", "Liquidated")))
    if style in (0, 1):
        letter.table((number, entered, liquidated), rows, ruled=style == 0)
    elif style == 2:
        letter.tabbed([(number, entered, liquidated), *rows], (2.2, 3.8))
    elif style == 3:
        for row in rows:
            liq = "not yet liquidated" if row[2] == "not liquidated" else f"liquidated {row[2]}"
            letter.para(f"\u2022  Entry No. {row[0]}, entered {row[1]}, {liq}")
    else:
        parts = [f"entry number {n}, entered on {d}" + (
            ", which has not been liquidated" if q == "not liquidated"
            else f" and liquidated on {q}") for n, d, q in rows]
        joined = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]
        letter.para(f"The protest covers {joined}.")
    ports = sorted({e.port_code for e in spec.entries})
    if len(ports) > 1:
        names = ", ".join(f"{e.port_name} ({e.port_code})" for e in spec.entries)
        letter.para(f"The entries were made at the ports of {names}.")


def _description(letter: Letter, spec: Spec, rng: random.Random) -> None:
    if spec.description:
        letter.labelled(rng.choice(p.DESCRIPTION_LABELS), spec.description)


def _declarations(letter: Letter, spec: Spec, rng: random.Random) -> None:
    if spec.drawback is not None:
        letter.para(rng.choice(p.DRAWBACK_YES if spec.drawback else p.DRAWBACK_NO))
    if spec.accelerated:
        letter.para(rng.choice(p.ACCELERATED_YES))
    elif rng.random() < 0.3:
        letter.para(rng.choice(p.ACCELERATED_NO))
    if spec.afr_criterion:
        letter.para(rng.choice(p.FURTHER_REVIEW_YES).format(
            c=spec.afr_criterion, reason=p.AFR_REASONS[spec.afr_criterion]))
    elif rng.random() < 0.3:
        letter.para(rng.choice(p.FURTHER_REVIEW_NO))

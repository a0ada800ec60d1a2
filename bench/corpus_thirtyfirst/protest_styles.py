"""Three protest senders: a pleading-style filing with a verification, an ACE protest screen
printed as label/value pairs, and a customs consultant's short letter with a summary table."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_thirtyfirst.blocks import (
    Break,
    Doc,
    Fields,
    Grid,
    Heading,
    Items,
    Lines,
    Para,
    Rule,
    Stamp,
)
from bench.corpus_thirtyfirst.formats import date
from bench.corpus_thirtyfirst.pools import CONSULTANCIES, PEOPLE
from bench.corpus_thirtyfirst.protest_cases import ProtestFacts
from bench.corpus_thirtyfirst.protest_words import DRAWBACK, decision, grounds

STYLES = ["pleading", "ace", "consultant"]


def _stamp(doc: Doc, f: ProtestFacts) -> None:
    if f.stamp:
        day = f"{date(f.received, 'us-long')[:3].upper()} {f.received.day:02d} {f.received.year}"
        doc.add(Stamp(("RECEIVED", day, f"CBP PORT {f.port[0]}")))
        doc.shows(day)


def _shows_parties(doc: Doc, f: ProtestFacts, habit: str) -> None:
    doc.shows(f.name, f.signer, f.port[0], f.goods[0] if "desc" not in f.omit else None)
    if "address" not in f.omit:
        doc.shows(*f.address)
    if "ior" not in f.omit:
        doc.shows(f.ior)
    for e in f.entries:
        doc.shows(e.number)
        if "entry_date" not in f.omit:
            doc.shows(date(e.entered, habit))
        if "liq_date" not in f.omit:
            doc.shows(date(e.liquidated, habit))


def _entry_grid(
    f: ProtestFacts, habit: str, labels: tuple[str, str, str, str], port_first: bool, ruled: bool
) -> Grid:
    """The entries as a grid (port, number, entry and liquidation dates), less the omitted dates."""
    dropped = {2} if "entry_date" in f.omit else set()
    dropped |= {3} if "liq_date" in f.omit else set()

    def keep(cells: tuple[str, str, str, str]) -> tuple[str, ...]:
        ordered = [cells[i] for i in range(4) if i not in dropped]
        return tuple(ordered if port_first else [ordered[1], ordered[0], *ordered[2:]])

    rows = [
        keep((e.port, e.number, date(e.entered, habit), date(e.liquidated, habit)))
        for e in f.entries
    ]
    return Grid(keep(labels), tuple(rows), ruled)


def _entry_phrase(f: ProtestFacts, habit: str) -> str:
    parts = []
    for e in f.entries:
        bits = [f"Entry No. {e.number}"]
        if "entry_date" not in f.omit:
            bits.append(f"entered {date(e.entered, habit)}")
        if "liq_date" not in f.omit:
            bits.append(f"liquidated {date(e.liquidated, habit)}")
        parts.append(", ".join(bits))
    return "; ".join(parts)


def pleading(f: ProtestFacts, doc: Doc, rng: random.Random) -> None:
    habit = rng.choice(["us-long", "us-slash"])
    city = f.port[1]
    doc.add(
        Heading("DEPARTMENT OF HOMELAND SECURITY", 2, "center"),
        Heading("U.S. CUSTOMS AND BORDER PROTECTION", 2, "center"),
        Para(f"Port of {city} (Port Code {f.port[0]})", align="center"),
    )
    _stamp(doc, f)
    title = "PROTEST AND APPLICATION FOR FURTHER REVIEW" if f.further_review else "PROTEST"
    doc.add(
        Rule(),
        Lines(
            (
                "In the Matter of the Protest of",
                f.name.upper() + ",",
                "                                        Protestant,",
                f"concerning {len(f.entries)} entr{'y' if len(f.entries) == 1 else 'ies'}"
                " of merchandise.",
            )
        ),
        Rule(),
        Heading(title, 2, "center"),
    )
    doc.shows(f.name.upper())
    paras = []
    who = f"Protestant {f.name} is the importer of record"
    if "address" not in f.omit:
        who += f", with its principal place of business at {', '.join(f.address)}"
    if "ior" not in f.omit:
        who += f". Its importer number is {f.ior}"
    paras.append(who + ".")
    paras.append(
        "This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174 against "
        f"{decision(f, rng)}, as to {_entry_phrase(f, habit)}."
    )
    if f.petition:
        paras.append(f"The decision on the petition is dated {date(f.petition, habit)}.")
    if "desc" not in f.omit:
        paras.append(f"The merchandise is described as follows: {f.goods[0]}.")
    else:
        paras.append("The merchandise is the imported goods covered by the entries.")
    paras.append(grounds(f))
    if f.earlier:
        earlier = f"Protestant asks for the same disposition as in Protest No. {f.earlier[0]}"
        if f.earlier[1]:
            earlier += f", received on {date(f.earlier[1], habit)}"
        paras.append(earlier + ", on which further review is pending.")
    if "drawback" not in f.omit:
        paras.append(rng.choice(DRAWBACK))
    paras.append(
        "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is "
        "sent by certified mail, return receipt requested."
        if f.accelerated
        else "Protestant does not request accelerated disposition."
    )
    if f.further_review:
        paras.append(
            "Further review is requested under 19 CFR 174.24(b): the decision raises a question "
            "of law not previously ruled on. No other application on the same claim is pending, "
            "and no court action on it has been decided or is pending."
        )
    doc.add(Items(tuple(paras), "number"))
    doc.add(
        Para(
            "WHEREFORE, Protestant asks that the protest be allowed and the entries reliquidated "
            "accordingly."
        ),
        Lines(
            (
                f"Dated: {date(f.received - dt.timedelta(days=2), habit)}",
                "",
                "Respectfully submitted,",
                f"/s/ {f.signer}",
                f.signer,
                "Director of Trade Compliance",
                f.name,
            )
        ),
    )
    doc.add(
        Heading("VERIFICATION", 2, "center"),
        Para(
            f"I, {f.signer}, declare that I am an officer of Protestant, that I have read the "
            "foregoing protest, and that the facts stated in it are true to the best of my "
            "knowledge and belief."
        ),
        Lines(("______________________________", f.signer)),
    )
    _shows_parties(doc, f, habit)


def ace(f: ProtestFacts, doc: Doc, rng: random.Random) -> None:
    habit = "us-slash"
    f.accelerated = False  # not available through the electronic protest module (174.22)
    f.protest_number = (
        f"{f.port[0]}-{f.received.year % 100:02d}-{rng.randrange(100000, 199999):06d}"
    )
    doc.add(
        Lines((f"ACE Reports - Protest Summary    Printed {date(f.today, habit)}",), small=True),
        Heading("Protest Record (Filed Electronically)", 1),
    )
    pairs = [
        ("Protest Number", f.protest_number),
        ("Port of Filing", f.port[0]),
        ("Date Received", date(f.received, habit)),
        ("Status", "Pending Review"),
        ("Protestant Type", "Importer"),
        ("IOR Number", "" if "ior" in f.omit else f.ior),
    ]
    party = [("Protestant", f.name)]
    if "address" not in f.omit:
        party += [("Address Line 1", f.address[0]), ("City/State/ZIP", f.address[1])]
    doc.add(Fields(tuple(pairs), 2), Fields(tuple(party), 1))
    doc.shows(f.protest_number, date(f.received, habit))
    decided = (
        "Petition Decision"
        if f.petition
        else {
            "classification": "Classification/Rate",
            "appraised_value": "Appraised Value",
            "charges": "Charges/Exactions",
        }[f.category]
    )
    doc.add(Heading("Entries", 2))
    labels = ("Port", "Entry Number", "Entry Date", "Liquidation Date")
    doc.add(_entry_grid(f, habit, labels, port_first=True, ruled=rng.random() < 0.5))
    claim = [
        ("Decision Protested", decided),
        ("Merchandise Description", "" if "desc" in f.omit else f.goods[0]),
        ("Accelerated Disposition", "N"),
        ("Further Review (AFR)", "Y" if f.further_review else "N"),
    ]
    if "drawback" not in f.omit:
        claim.append(("Subject to Drawback", "N"))
    if f.earlier:
        claim.append(("Related Protest No.", f.earlier[0]))
        if f.earlier[1]:
            claim.append(("Related Protest Received", date(f.earlier[1], habit)))
    if f.petition:
        claim.append(("Decision Date", date(f.petition, habit)))
    doc.add(
        Heading("Claim", 2), Fields(tuple(claim), 1), Heading("Protest Text", 2), Para(grounds(f))
    )
    if f.further_review:
        doc.add(
            Para(
                "AFR justification: the decision is inconsistent with rulings on substantially "
                "similar merchandise (19 CFR 174.24(a)). No prior application is pending and no "
                "court action on the claim exists."
            )
        )
    doc.add(
        Heading("Submitter", 2),
        Fields((("Name", f.signer), ("Title", "Customs Manager"), ("Company", f.name)), 1),
    )
    _shows_parties(doc, f, habit)


def consultant(f: ProtestFacts, doc: Doc, rng: random.Random) -> None:
    habit = rng.choice(["eu-long", "mon-abbr", "iso"])
    firm = rng.choice(CONSULTANCIES)
    partner = rng.choice([p for p in PEOPLE if p != f.signer])
    f.signer = partner
    doc.add(
        Lines(
            (
                firm,
                "Customs and trade consultants",
                "1 Harbor Plaza, Suite 200",
                "Long Beach, CA 90802",
                "EIN 95-4417730",
            ),
            bold_first=True,
            align="right",
        ),
        Rule(),
    )
    _stamp(doc, f)
    doc.add(
        Lines(
            (
                date(f.received - dt.timedelta(days=3), habit),
                "",
                "Protest Section",
                "U.S. Customs and Border Protection",
                f"Port of {f.port[1]} ({f.port[0]})",
            )
        ),
        Para(f"Subject: protest for our client {f.name}", bold=True),
    )
    doc.add(
        Para(
            f"We act for {f.name} under a power of attorney on file and protest "
            f"{decision(f, rng)}. A summary of the entries follows."
        )
    )
    labels = ("Port", "Entry", "Entered", "Liquidated")
    doc.add(_entry_grid(f, habit, labels, port_first=False, ruled=rng.random() < 0.6))
    client = [("Client", f.name)]
    if "address" not in f.omit:
        client.append(("Address", ", ".join(f.address)))
    if "ior" not in f.omit:
        client.append(("Importer No.", f.ior))
    if "desc" not in f.omit:
        client.append(("Merchandise", f.goods[0]))
    doc.add(Fields(tuple(client)), Para("Grounds. " + grounds(f)))
    notes = []
    if f.petition:
        notes.append(f"The petition decision we protest is dated {date(f.petition, habit)}.")
    if f.earlier:
        notes.append(
            f"Same disposition is asked as in Protest No. {f.earlier[0]}"
            + (f" (received {date(f.earlier[1], habit)})" if f.earlier[1] else "")
            + ", which is under further review."
        )
    if "drawback" not in f.omit:
        notes.append(rng.choice(DRAWBACK))
    notes.append(
        "Accelerated disposition is requested; this letter goes by certified mail."
        if f.accelerated
        else "We do not ask for accelerated disposition."
    )
    notes.append(
        "Please forward the protest for further review under 19 CFR 174.24; the issue has "
        "not been ruled on before and no court action is pending."
        if f.further_review
        else "Further review is not requested at this stage."
    )
    doc.add(Items(tuple(notes), "dash"))
    if rng.random() < 0.5:
        doc.add(Break())
    doc.add(
        Para("Kind regards,"),
        Lines((f"/s/ {partner}", partner, f"Senior consultant, {firm}", f"on behalf of {f.name}")),
    )
    _shows_parties(doc, f, habit)


RENDER = {"pleading": pleading, "ace": ace, "consultant": consultant}
FACE = {"pleading": "serif", "ace": "mono", "consultant": "sans"}

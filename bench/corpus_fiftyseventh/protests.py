# ruff: noqa: E501
"""Protests under 19 U.S.C. 1514 and 19 CFR Part 174, in three senders' styles of this hand:

- `declaration`: a protestant's officer's sworn declaration (numbered first-person recitals, a jurat);
- `snapout`: a carbon-set protest form (part 1 of 3) whose values sit on typed lines with the
  captions printed UNDER each line;
- `brief`: counsel's bound protest brief: cover page, table of contents, a statement of the entries."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import COMPANIES, FILERS, PEOPLE, PORTS, ein, entry, fdate, pick

STYLES = ("declaration", "snapout", "brief")
CASES = (
    "accept", "two-entries", "no-importer", "no-description", "untimely", "premature", "invalid",
    "grace-weekend", "grace-holiday", "partial-late", "old-entry-90", "accelerated",
    "earlier-no-date",
)  # fmt: skip
CATEGORY_TEXT = {
    "classification": "the classification and rate of duty",
    "appraised_value": "the appraised value",
    "liquidation": "the liquidation",
}
GOODS = [
    "Stainless steel insulated beverage bottles, 750 ml, with bamboo lids",
    "Cotton terry bath towels, 600 g/m2, dyed, in retail packs of four",
    "Cordless rechargeable hair clippers with ceramic blades, model HC-220",
    "Aluminum folding camping chairs with polyester seats",
    "Frozen cooked shrimp, peeled and deveined, 31/40 count",
    "LED under-cabinet light bars with plug-in transformers",
    "Glazed porcelain floor tiles, 60 x 60 cm, water absorption under 0.5 percent",
    "Polyurethane-coated nylon rain jackets for men, style RJ-9",
]


def _dates(rng: random.Random, case: str) -> tuple[list[tuple[dt.date, dt.date]], dt.date]:
    """(entry date, liquidation date) per entry and the receipt date, for the case's timing."""

    def entry_before(liq: dt.date) -> dt.date:
        return liq - dt.timedelta(days=rng.randint(290, 340))

    if case == "grace-weekend":
        liq = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 120))
        while law.business_day(law.last_day(dt.date(2024, 1, 1), liq)):
            liq += dt.timedelta(days=1)
        last = law.last_day(dt.date(2024, 1, 1), liq)
        return [(entry_before(liq), liq)], law.next_business_day(last)
    if case == "grace-holiday":
        hol = pick(
            rng,
            [
                dt.date(2025, 9, 1),
                dt.date(2025, 10, 13),
                dt.date(2025, 11, 11),
                dt.date(2025, 5, 26),
            ],
        )
        liq = hol - dt.timedelta(days=180)
        return [(entry_before(liq), liq)], law.next_business_day(hol)
    if case == "old-entry-90":
        ent = dt.date(2004, 12, 17)
        liq = dt.date(2005, 10, 1) + dt.timedelta(days=rng.randint(0, 60))
        return [(ent, liq)], liq + dt.timedelta(days=rng.randint(110, 150))
    liq = dt.date(2025, 1, 10) + dt.timedelta(days=rng.randint(0, 200))
    if case == "untimely":
        last = law.last_day(dt.date(2024, 1, 1), liq)
        return [(entry_before(liq), liq)], law.next_business_day(
            law.next_business_day(last)
        ) + dt.timedelta(days=rng.randint(0, 20))
    if case == "premature":
        return [(entry_before(liq), liq)], liq - dt.timedelta(days=rng.randint(6, 40))
    if case == "partial-late":
        liq2 = liq + dt.timedelta(days=rng.randint(40, 80))
        late = law.next_business_day(law.next_business_day(law.last_day(dt.date(2024, 1, 1), liq)))
        late += dt.timedelta(days=rng.randint(0, 10))
        return [(entry_before(liq), liq), (entry_before(liq2), liq2)], late
    received = liq + dt.timedelta(days=rng.randint(25, 165))
    if case == "two-entries":
        liq2 = liq - dt.timedelta(days=rng.randint(0, 15)) if rng.random() < 0.5 else liq
        return [(entry_before(liq), liq), (entry_before(liq2), liq2)], received
    return [(entry_before(liq), liq)], received


def plan(i: int, rng: random.Random) -> dict[str, Any]:
    case = CASES[i % len(CASES)]
    style = STYLES[i % len(STYLES)]
    company, street, city = pick(rng, COMPANIES)
    port, port_name = pick(rng, PORTS)
    filer = pick(rng, FILERS)
    pairs, received = _dates(rng, case)
    while not law.business_day(received):  # a port receives mail on business days
        received += dt.timedelta(days=1)
    today = received + dt.timedelta(days=rng.randint(3, 25))
    entries: list[dict[str, Any]] = [
        {"number": entry(rng, filer), "date": e, "liq": lq} for e, lq in pairs
    ]
    category = "appraised_value" if rng.random() < 0.35 else "classification"
    if case in ("accelerated",) and rng.random() < 0.5:
        category = "liquidation"
    importer = ein(rng) + ("-00" if rng.random() < 0.2 else "")
    signer = pick(rng, PEOPLE)
    goods = pick(rng, GOODS)
    afr = rng.random() < 0.5
    accelerated = case == "accelerated"
    stamped = style == "snapout" and rng.random() < 0.6
    pnum = f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}" if stamped else None
    earlier = None
    if case in ("invalid", "earlier-no-date"):
        earlier = (
            f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}",
            entries[0]["liq"] + dt.timedelta(days=rng.randint(5, 20)),
        )
    missing = []
    if case == "no-importer":
        missing.append("174.13(a)(2)")
    if case == "no-description":
        missing.append("174.13(a)(5)")
    if case == "earlier-no-date":
        missing.append("174.13(a)(7)")
    timings = [law.timing(received, e["date"], e["liq"]) for e in entries]
    outcome = law.protest_outcome(timings, case == "invalid", missing)
    expect = {
        "untimely": "untimely", "premature": "premature", "invalid": "invalid",
        "grace-weekend": "needs_human", "grace-holiday": "needs_human", "partial-late": "needs_human",
        "old-entry-90": "untimely", "no-importer": "deficient", "no-description": "deficient",
        "earlier-no-date": "deficient",
    }.get(case, "accept")  # fmt: skip
    assert outcome == expect, (case, outcome, timings)
    last_days = {e["number"]: law.last_day(e["date"], e["liq"]).isoformat() for e in entries}
    f: dict[str, Any] = {
        "company": company, "street": street, "city": city, "port": port, "port_name": port_name,
        "entries": entries, "category": category, "importer": None if case == "no-importer" else importer,
        "signer": signer, "goods": None if case == "no-description" else goods, "afr": afr,
        "accelerated": accelerated, "received": received, "stamped": stamped, "pnum": pnum,
        "earlier": earlier, "case": case, "title": pick(rng, ["Vice President, Trade Compliance", "Director of Import Operations", "Customs Compliance Manager", "Chief Financial Officer"]),
        "ds": pick(rng, ["long", "dmy", "us", "dash", "abbr", "iso"]),
    }  # fmt: skip
    doc = {"declaration": _declaration, "snapout": _snapout, "brief": _brief}[style](f, rng)
    truth = {
        "kind": "protest",
        "case": case,
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": {
            "protest_number": pnum,
            "port_code": port,
            "received_date": received.isoformat(),
            "importer_number": f["importer"],
            "protestant_name": company,
            "protestant_address": f"{street}, {city}",
            "entries": [
                {
                    "entry_number": e["number"],
                    "entry_date": e["date"].isoformat(),
                    "liquidation_date": e["liq"].isoformat(),
                }
                for e in entries
            ],
            "category": category,
            "merchandise_description": f["goods"],
            "accelerated_disposition": accelerated,
            "further_review_requested": afr,
            "signer_name": signer,
        },
        "decision": {
            "outcome": outcome,
            "deadline": min(last_days.values()),
            "last_days": last_days,
            "missing": missing,
        },
        "not_scored": [],
    }
    return {"truth": truth, "doc": doc}


def _objection(f: dict[str, Any]) -> str:
    cat = f["category"]
    if cat == "classification":
        return (
            "CBP liquidated the merchandise under a heading whose terms do not describe it. The goods are "
            "described by their principal use and component materials in another heading, which the "
            "General Rules of Interpretation 1 and 3(a) require; Protestant claims that heading and a "
            "refund of the excess duty with interest."
        )
    if cat == "appraised_value":
        return (
            "CBP appraised the merchandise by adding to the transaction value a buying commission that the "
            "importer paid to its own agent. A bona fide buying commission is not part of the price actually "
            "paid or payable (19 U.S.C. 1401a(b)(1)); Protestant claims appraisement at the invoice price."
        )
    return (
        "The entry was liquidated at the rate shown on the entry summary although a post-summary correction "
        "reducing the duty had been filed and accepted before liquidation; Protestant claims reliquidation "
        "in accordance with the corrected entry summary."
    )


def _drawback(rng: random.Random) -> str:
    return str(
        pick(
            rng,
            [
                "The merchandise covered by this protest is not subject to a drawback claim.",
                "No drawback has been claimed, or will be claimed, on the entries listed.",
                "Declaration under 19 CFR 174.13(a)(9): the entries are not the subject of drawback.",
            ],
        )
    )


def _further(f: dict[str, Any], rng: random.Random) -> str:
    if f["afr"]:
        return str(
            pick(
                rng,
                [
                    "Protestant applies for further review under 19 CFR 174.24(b): the decision raises a question of law not previously ruled on by CBP.",
                    "Application for further review is made; the protested decision is inconsistent with a CBP ruling on substantially similar merchandise (19 CFR 174.24(a)).",
                ],
            )
        )
    return str(
        pick(
            rng,
            [
                "No application for further review is made.",
                "Protestant does not request further review.",
            ],
        )
    )


def _accel(f: dict[str, Any]) -> str:
    if f["accelerated"]:
        return (
            "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent "
            "by certified mail, return receipt requested."
        )
    return "Accelerated disposition is not requested."


def _entry_sentence(e: dict[str, Any], ds: str) -> str:
    return (
        f"Entry No. {e['number']}, entered on {fdate(e['date'], ds)} and liquidated on "
        f"{fdate(e['liq'], ds)}"
    )


def _earlier(f: dict[str, Any]) -> str | None:
    if not f["earlier"]:
        return None
    num, when = f["earlier"]
    if f["case"] == "invalid":
        return (
            f"Protestant filed Protest No. {num}, received by CBP on {fdate(when, f['ds'])}, on the same entry "
            "and the same merchandise, contesting the liquidation on another ground. This protest is the "
            "second by the Protestant on those goods of that entry and contests "
            f"{CATEGORY_TEXT[f['category']]}."
        )
    return (
        f"Protestant asks for the same disposition as in its Protest No. {num}, for which an application "
        "for further review is pending."
    )


def _declaration(f: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    ds = f["ds"]
    signed = f["received"] - dt.timedelta(days=3)
    n = 1
    blocks: list[Any] = [
        ("title", "DECLARATION IN SUPPORT OF PROTEST"),
        (
            "p",
            f"Before U.S. Customs and Border Protection, Port of {f['port_name']} (port code {f['port']})",
        ),
        ("rule",),
    ]

    def rec(text: Any) -> None:
        nonlocal n
        runs = [(f"{n}.  ", "b")] + ([(text, "n")] if isinstance(text, str) else text)
        blocks.append(("p", runs))
        n += 1

    rec(
        f"I, {f['signer']}, am the {f['title']} of {f['company']} (the Protestant), whose address is "
        f"{f['street']}, {f['city']}. I make this declaration on personal knowledge and the Protestant's records."
    )
    if f["importer"]:
        rec(f"The Protestant is the importer of record. Its importer number is {f['importer']}.")
    else:
        rec("The Protestant is the importer of record of the entries described below.")
    ents = f["entries"]
    if len(ents) == 1:
        rec(f"This protest covers {_entry_sentence(ents[0], ds)}.")
    else:
        rec(
            "This protest covers the following entries, all of the same merchandise and liquidated by a "
            "decision common to both: " + "; and ".join(_entry_sentence(e, ds) for e in ents) + "."
        )
    if f["goods"]:
        rec([("Merchandise: ", "b"), (f["goods"] + ".", "n")])
    else:
        rec("The merchandise is described in the commercial invoices on file with the port.")
    rec(
        f"The Protestant protests {CATEGORY_TEXT[f['category']]} of the merchandise. {_objection(f)}"
    )
    e7 = _earlier(f)
    if e7:
        rec(e7)
    rec(_drawback(rng))
    rec(_further(f, rng))
    rec(_accel(f))
    blocks += [
        ("gap",),
        (
            "p",
            "I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.",
        ),
        (
            "p",
            f"Executed at {f['city'].split(',')[0]} on the {_ordinal(signed.day)} day of {fdate(signed, 'long').split()[0]}, {signed.year}.",
        ),
        ("gap",),
        ("lines", ["______________________________", f["signer"], f["title"], f["company"]]),
    ]
    return {
        "font": "Times",
        "size": 11,
        "header": f"Declaration - {f['company']}",
        "blocks": blocks,
    }


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _snapout(f: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    ds = "dash" if rng.random() < 0.5 else "us"
    stamp = fdate(f["received"], ds) if f["stamped"] else ""
    blocks: list[Any] = [
        ("right", ["PART 1 OF 3 - CBP COPY", "Parts 2 and 3: broker and importer copies"]),
        ("title", "PROTEST - 19 U.S.C. 1514"),
        (
            "small",
            "Type all entries. Captions are printed below the lines they belong to. Use a continuation set for more than three entries.",
        ),
        (
            "fields",
            [
                ("Protest number (CBP use)", f["pnum"] or "", 0.34),
                ("Date received (CBP use)", stamp, 0.33),
                ("Port code", f["port"], 0.33),
            ],
        ),
        (
            "fields",
            [
                ("Name of protesting party", f["company"], 0.65),
                ("Importer number", f["importer"] or "", 0.35),
            ],
        ),
        ("fields", [("Street address", f["street"], 0.55), ("City, state, ZIP", f["city"], 0.45)]),
        ("h", "ENTRIES PROTESTED"),
    ]
    for e in f["entries"]:
        blocks.append(
            (
                "fields",
                [
                    ("Entry number", e["number"], 0.4),
                    ("Date of entry", fdate(e["date"], ds), 0.3),
                    ("Date of liquidation", fdate(e["liq"], ds), 0.3),
                ],
            )
        )
    blocks += [
        (
            "fields",
            [
                (
                    "Decision protested",
                    CATEGORY_TEXT[f["category"]].replace("the ", "", 1).capitalize(),
                    0.5,
                ),
                ("Port name", f["port_name"], 0.5),
            ],
        ),
        ("fields", [("Description of merchandise", f["goods"] or "", 1.0)]),
        ("h", "STATEMENT OF OBJECTION"),
        ("p", _objection(f)),
    ]
    e7 = _earlier(f)
    if e7:
        blocks.append(("p", e7))
    blocks += [
        ("p", [("Drawback: ", "b"), (_drawback(rng), "n")]),
        ("p", [("Further review: ", "b"), (_further(f, rng), "n")]),
        ("p", [("Accelerated disposition: ", "b"), (_accel(f), "n")]),
        ("gap",),
        (
            "fields",
            [
                ("Signature", "/s/ " + f["signer"], 0.4),
                ("Printed name", f["signer"], 0.35),
                ("Title", f["title"].split(",")[0], 0.25),
            ],
        ),
    ]
    return {"font": "Helvetica", "size": 10, "header": None, "blocks": blocks}


def _brief(f: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    ds = f["ds"]
    cover = [
        ("gap",),
        ("gap",),
        ("title", "PROTEST AND BRIEF IN SUPPORT"),
        (
            "p",
            f"Submitted to U.S. Customs and Border Protection, Port of {f['port_name']}, port code {f['port']}",
        ),
        ("gap",),
        ("p", [("Protestant: ", "b"), (f["company"], "n")]),
        ("lines", [f["street"], f["city"]]),
    ]
    if f["importer"]:
        cover.append(("p", [("Importer of record number: ", "b"), (f["importer"], "n")]))
    cover += [
        ("gap",),
        ("p", [("Contact: ", "b"), (f"{f['title']}, telephone on file with the port", "n")]),
        ("page",),
        ("h", "TABLE OF CONTENTS"),
        ("p", "I. Statement of the entries . . . . . 2"),
        ("p", "II. The merchandise . . . . . 2"),
        ("p", "III. The decision protested and argument . . . . . 2"),
        ("p", "IV. Declarations and requests . . . . . 3"),
        ("page",),
        ("h", "I. STATEMENT OF THE ENTRIES"),
        (
            "table",
            ["Entry No.", "Entered", "Liquidated", "Port"],
            [
                [e["number"], fdate(e["date"], ds), fdate(e["liq"], ds), f["port"]]
                for e in f["entries"]
            ],
            [0.34, 0.25, 0.25, 0.16],
        ),
        ("h", "II. THE MERCHANDISE"),
    ]
    if f["goods"]:
        cover.append(("p", [("Description of merchandise: ", "b"), (f["goods"], "n")]))
    else:
        cover.append(
            (
                "p",
                "The merchandise is as shown on the invoices and packing lists filed with the entries.",
            )
        )
    cover += [
        ("h", "III. THE DECISION PROTESTED AND ARGUMENT"),
        ("p", f"The Protestant protests {CATEGORY_TEXT[f['category']]}. {_objection(f)}"),
    ]
    e7 = _earlier(f)
    if e7:
        cover.append(("p", e7))
    cover += [
        ("page",),
        ("h", "IV. DECLARATIONS AND REQUESTS"),
        ("p", _drawback(rng)),
        ("p", _further(f, rng)),
        ("p", _accel(f)),
        ("gap",),
        ("p", "Respectfully submitted,"),
        ("lines", [f["company"], f"By: /s/ {f['signer']}", f"{f['signer']}, {f['title']}"]),
    ]
    return {"font": "Times", "size": 11, "header": f"Protest of {f['company']}", "blocks": cover}

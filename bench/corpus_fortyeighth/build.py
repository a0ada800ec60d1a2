"""Plans (truth + pages) and PDFs of the forty-eighth hand's protests, rulings and referrals."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.corpus_fortyeighth import law
from bench.corpus_fortyeighth.render import PRODUCERS, Flow, Page, Text

D = dt.date
DAY = dt.timedelta(days=1)
PRODUCER_ORDER = ["yorick", "tgif"]
KIND_PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}

# ---------------------------------------------------------------- printing habits

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(day: dt.date, style: int) -> str:
    """March 7, 2025; 03/07/2025; 2025-03-07; 7 March 2025; Mar. 7, 2025; March 7th, 2025."""
    month = MONTHS[day.month - 1]
    style %= 6
    if style == 0:
        return f"{month} {day.day}, {day.year}"
    if style == 1:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == 2:
        return day.isoformat()
    if style == 3:
        return f"{day.day} {month} {day.year}"
    if style == 4:
        short = month[:3] + ("" if month == "May" else ".")
        return f"{short} {day.day}, {day.year}"
    suffix = (
        "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    )
    return f"{month} {day.day}{suffix}, {day.year}"


def fmt_money(value: Decimal, style: int) -> str:
    """$1,234.56 | 1,234.56 | USD 1,234.56 | $1234.56."""
    style %= 4
    if style == 0:
        return f"${value:,.2f}"
    if style == 1:
        return f"{value:,.2f}"
    if style == 2:
        return f"USD {value:,.2f}"
    return f"${value:.2f}"


def iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


# ---------------------------------------------------------------- people and places

PARTIES = [
    ("Larkspur Garden Supply Inc.", ["4410 Orchard Park Road", "Yakima, WA 98901"]),
    ("Brightwater Aquatics LLC", ["18 Harbor Loop, Suite 300", "Tampa, FL 33602"]),
    ("Copperline Cable Works Corp.", ["2275 Foundry Street", "Pittsburgh, PA 15222"]),
    ("Meadowlark Textiles Co.", ["90 Loom Avenue", "Greensboro, NC 27401"]),
    ("Quillfeather Stationery Ltd.", ["611 West Printers Row", "Chicago, IL 60605"]),
    ("Stonebridge Tile & Stone Inc.", ["7 Quarry Lane", "Elizabeth, NJ 07201"]),
    ("Juniper Peak Outfitters Inc.", ["3300 Canyon Boulevard", "Boulder, CO 80302"]),
    ("Harrow & Finch Kitchenware LLC", ["125 Copper Kettle Way", "Columbus, OH 43215"]),
]
PEOPLE = [
    ("Rosalind T. Okafor", "Director, Trade Compliance"),
    ("Gerald M. Vanterpool", "Vice President"),
    ("Ines Calderon-Webb", "Customs Manager"),
    ("Theodore A. Lindqvist", "General Counsel"),
    ("Priya Natarajan", "Import Operations Lead"),
    ("Walter J. Ferreira", "Chief Financial Officer"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1303", "Baltimore"),
    ("3002", "Tacoma"),
    ("1801", "Tampa"),
    ("4601", "Newark"),
]
FILERS = ["ABC", "DFH", "G2E", "7BI", "HAD", "E4C", "CIB", "B9F"]
GOODS = [
    (
        "Cordless rechargeable garden shears, model GS-220, steel blades with polypropylene "
        "handles",
        "trimming shrubs in home gardens",
        "steel 62%, polypropylene 30%, lithium-ion cell 8% by weight",
    ),
    (
        "Submersible aquarium heaters, 100 W, borosilicate glass tube with thermostat",
        "heating freshwater home aquariums",
        "borosilicate glass 55%, nichrome wire 10%, plastics 35% by weight",
    ),
    (
        "Insulated copper building wire, 12 AWG, PVC jacket, on 500 ft spools",
        "branch-circuit wiring in residential construction",
        "copper 71%, PVC 29% by weight",
    ),
    (
        "Woven cotton dish towels, 100% cotton terry, 40 x 65 cm, sets of three",
        "drying dishes in household kitchens",
        "cotton 100% by weight",
    ),
    (
        "Spiral-bound paper notebooks with polypropylene covers, A5, 160 pages",
        "note taking by students and office workers",
        "paper 84%, polypropylene 11%, steel wire 5% by weight",
    ),
    (
        "Glazed porcelain floor tiles, 60 x 60 cm, water absorption under 0.5%",
        "flooring in residential and commercial buildings",
        "porcelain body 97%, glaze 3% by weight",
    ),
]
CATEGORIES = {
    "classification": "classification and rate of duty",
    "appraised_value": "appraised value",
    "liquidation": "the liquidation",
}


def hts_printed(rng: random.Random) -> str:
    heading = rng.choice(["8467", "8516", "8544", "6302", "4820", "6907"])
    digits = f"{heading}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    form = rng.randrange(3)
    if form == 0:
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"
    if form == 1:
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
    return digits


def importer_ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def new_entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randint(0, 9999999):07d}")


# ---------------------------------------------------------------- protests

PROTEST_CASES = [
    "timely",
    "untimely",
    "premature",
    "invalid-petition",
    "weekend-grace",
    "no-address",
    "timely-multi",
    "mixed-late",
    "no-importer",
    "holiday-grace",
    "no-entry-date",
    "no-description",
    "ninety-day",
    "no-grounds",
    "no-drawback",
    "no-liquidation",
    "late-weekday",
]
PROTEST_STYLES = ["answers", "continuation", "shortletter"]
DRAWBACK = [
    "The merchandise covered by these entries is not subject to drawback.",
    "Protestant declares that no drawback has been or will be claimed on the entries.",
    "Drawback: none of the entries is the subject of a drawback claim.",
    "We confirm the entries are not subject to any drawback claim.",
]


def _weekend_last(rng: random.Random) -> tuple[dt.date, dt.date]:
    """A liquidation date whose last day falls on a weekend, and the next business day."""
    liq = D(2025, 1, 6) + DAY * rng.randint(0, 200)
    while law.last_day(None, liq).weekday() < 5:
        liq += DAY
    last = law.last_day(None, liq)
    return liq, law.next_business_day(last)


def protest_facts(rng: random.Random, case: str) -> dict[str, Any]:
    name, address = rng.choice(PARTIES)
    port, port_name = rng.choice(PORTS)
    filer = rng.choice(FILERS)
    goods = rng.choice(GOODS)[0]
    signer = rng.choice(PEOPLE)
    count = 3 if case in ("timely-multi",) else 2 if case == "mixed-late" else rng.choice([1, 1, 2])
    liq = D(2025, 1, 3) + DAY * rng.randint(0, 240)
    if case in ("weekend-grace",):
        liq, received = _weekend_last(rng)
    elif case == "holiday-grace":
        holiday = rng.choice(
            [D(2025, 9, 1), D(2025, 10, 13), D(2025, 11, 11), D(2026, 1, 19), D(2025, 11, 27)]
        )
        liq = holiday - DAY * 180
        received = law.next_business_day(holiday)
    elif case == "ninety-day":
        liq = D(2005, 2, 1) + DAY * rng.randint(0, 60)
        received = law.last_day(D(2004, 12, 10), liq) + DAY * rng.randint(8, 40)
    elif case == "premature":
        received = liq - DAY * rng.randint(4, 40)
    elif case in ("untimely", "late-weekday"):
        received = law.last_day(None, liq) + DAY * rng.randint(6, 50)
    elif case == "mixed-late":
        received = law.last_day(None, liq) + DAY * rng.randint(6, 20)
    else:
        received = liq + DAY * rng.randint(15, 170)
    entries: list[dict[str, Any]] = []
    for number in range(count):
        this_liq = liq
        if case == "mixed-late" and number == 1:
            this_liq = received - DAY * rng.randint(30, 120)
        if case == "ninety-day":
            entry_date = D(2004, 12, 10) - DAY * number
        else:
            entry_date = this_liq - DAY * rng.randint(300, 340)
        if (entry_date.month, entry_date.day) == (2, 29):
            entry_date += DAY  # five years after a leap day is not a date the rules settle
        entries.append(
            {
                "entry_number": new_entry(rng, filer),
                "entry_date": entry_date,
                "liquidation_date": this_liq,
            }
        )
    category = (
        rng.choice(["classification", "appraised_value"])
        if case != "timely-multi"
        else "liquidation"
    )
    stamped = rng.random() < 0.5
    return {
        "case": case,
        "name": name,
        "address": address,
        "importer": importer_ein(rng),
        "port": port,
        "port_name": port_name,
        "entries": entries,
        "category": category,
        "goods": goods,
        "signer": signer,
        "received": received,
        "stamped": stamped,
        "protest_number": f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}"
        if stamped
        else None,
        "accelerated": rng.random() < 0.3,
        "afr": rng.random() < 0.5,
        "drawback": rng.choice(DRAWBACK),
        "letter_date": received - DAY * rng.randint(2, 6),
        "petition": case == "invalid-petition",
        "omit": {
            "no-address": "address",
            "no-importer": "importer",
            "no-entry-date": "entry_date",
            "no-description": "description",
            "no-grounds": "grounds",
            "no-drawback": "drawback",
            "no-liquidation": "liquidation",
        }.get(case, ""),
        "today": received + DAY * rng.randint(1, 12),
        # a third of the stamped protests pass a later --received: the printed stamp wins
        "filed": received + DAY * (rng.randint(2, 9) if stamped and rng.random() < 0.35 else 0),
    }


def protest_truth(f: dict[str, Any]) -> dict[str, Any]:
    omit = f["omit"]
    missing = [
        item
        for key, item in (
            ("address", "174.13(a)(1)"),
            ("importer", "174.13(a)(2)"),
            ("entry_date", "174.13(a)(3)"),
            ("liquidation", "174.13(a)(4)"),
            ("description", "174.13(a)(5)"),
            ("grounds", "174.13(a)(6)"),
            ("drawback", "174.13(a)(9)"),
        )
        if omit == key
    ]
    entries = [
        {
            "entry_number": e["entry_number"],
            "entry_date": None if omit == "entry_date" else iso(e["entry_date"]),
            "liquidation_date": None if omit == "liquidation" else iso(e["liquidation_date"]),
        }
        for e in f["entries"]
    ]
    values: dict[str, Any] = {
        "protest_number": f["protest_number"],
        "port_code": f["port"],
        "received_date": iso(f["received"]),
        "importer_number": None if omit == "importer" else f["importer"],
        "protestant_name": f["name"],
        "protestant_address": None if omit == "address" else ", ".join(f["address"]),
        "entries": entries,
        "category": f["category"],
        "merchandise_description": None if omit == "description" else f["goods"],
        "accelerated_disposition": f["accelerated"],
        "further_review_requested": f["afr"],
        "signer_name": f["signer"][0],
    }
    not_scored = []
    last_days = {
        e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"])
        for e in f["entries"]
    }
    timings = [
        law.entry_timing(f["received"], e["liquidation_date"], last_days[e["entry_number"]])
        for e in f["entries"]
    ]
    decision: dict[str, Any] = {
        "outcome": law.protest_outcome(timings, f["petition"], missing),
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()},
        "missing": missing,
    }
    if f["petition"]:
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline, last_days: the protest attacks a penalty-petition decision "
            "(19 CFR 171.22), which has no category in the contract's list and no protest clock"
        )
    if omit == "entry_date":
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days: no entry date is printed, so the 90- or 180-day period "
            "(174.12(e)) cannot be told from the document"
        )
    if omit == "liquidation":
        del decision["deadline"], decision["last_days"], decision["outcome"]
        not_scored.append(
            "outcome, deadline, last_days: no liquidation date is printed, so the clock "
            "(1514(c)(3)) cannot be run"
        )
    return {
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--received", iso(min(f["filed"], f["today"])), "--today", iso(f["today"])],
    }


def _entries_prose(f: dict[str, Any], ds: int) -> str:
    parts = []
    for e in f["entries"]:
        text = f"entry {e['entry_number']}"
        if f["omit"] != "entry_date":
            text += f", entered {fmt_date(e['entry_date'], ds)}"
        if f["omit"] != "liquidation":
            text += f", liquidated {fmt_date(e['liquidation_date'], ds)}"
        parts.append(text)
    if len(parts) == 1:
        return parts[0]
    return "; ".join(parts[:-1]) + "; and " + parts[-1]


def _grounds(f: dict[str, Any]) -> str:
    if f["petition"]:
        return (
            "Protestant objects to the decision on its petition for relief from the penalty "
            "assessed "
            "under 19 U.S.C. 1592, which denied mitigation, and asks that the decision be "
            "set aside."
        )
    if f["category"] == "appraised_value":
        return (
            "The goods were appraised on a value that added buying commissions paid to the "
            "buyer's own "
            "agent. Under 19 U.S.C. 1401a(b)(1) bona fide buying commissions are not part of "
            "the price "
            "actually paid or payable, and the transaction value declared at entry should be "
            "restored."
        )
    if f["category"] == "liquidation":
        return (
            "The entries were liquidated at rates that ignore the exclusion granted for "
            "these goods. "
            "Protestant asks that the liquidations be reviewed and the excess duties "
            "refunded with interest."
        )
    return (
        "CBP reclassified the goods in a basket provision. The articles are more "
        "specifically described "
        "by the heading Protestant claimed at entry; under GRI 1 and GRI 3(a) the more specific "
        "description prevails, and the lower rate claimed at entry applies."
    )


def _stamp(flow: Flow, f: dict[str, Any], x: float, y: float, ds: int) -> None:
    flow.box(x - 6, y - 4, x + 170, y + 40)
    flow.page.append(Text(x, y + 9, "U.S. CUSTOMS AND BORDER PROTECTION", "sans", True, 7))
    flow.page.append(Text(x, y + 21, f"RECEIVED {fmt_date(f['received'], ds)}", "sans", True, 9))
    flow.page.append(Text(x, y + 33, f"Protest No. {f['protest_number']}", "sans", False, 8))


def protest_answers(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """A numbered list of answers to the 174.13 items, entries in running prose."""
    flow = Flow(family=rng.choice(["sans", "serif"]), size=10)
    if f["stamped"]:
        _stamp(flow, f, 380, 40, ds)
    flow.line("PROTEST UNDER 19 U.S.C. 1514", bold=True, size=13)
    flow.line(f"To the Port Director, Port of {f['port_name']} (port code {f['port']})")
    flow.line(f"Date: {fmt_date(f['letter_date'], ds)}")
    flow.gap()
    flow.para("The protestant answers the items of 19 CFR 174.13 in order, as follows.")
    flow.gap(0.5)
    addr = "" if f["omit"] == "address" else ", " + ", ".join(f["address"])
    answers = [f"Name and address of protestant: {f['name']}{addr}"]
    answers.append(
        "Importer number of protestant: "
        + ("(to follow)" if f["omit"] == "importer" else f["importer"])
    )
    answers.append(f"Entries protested: this protest covers {_entries_prose(f, ds)}.")
    if f["omit"] != "description":
        answers.append(f"Merchandise: {f['goods']}")
    if f["petition"]:
        answers.append(
            "Decision protested: the decision on Protestant's petition under 19 CFR Part 171."
        )
    else:
        answers.append(f"Decision protested: {CATEGORIES[f['category']]}.")
    if f["omit"] != "grounds":
        answers.append("Nature of and justification for the objection: " + _grounds(f))
    if f["omit"] != "drawback":
        answers.append("Drawback: " + f["drawback"])
    answers.append(
        "Further review: "
        + (
            "Protestant applies for further review under 19 CFR 174.24(b); the "
            "decision raises a question of law not previously ruled on."
            if f["afr"]
            else "no application for further review is made."
        )
    )
    answers.append(
        "Accelerated disposition: "
        + (
            "requested under 19 CFR 174.22; this protest is sent by certified mail."
            if f["accelerated"]
            else "not requested."
        )
    )
    for number, answer in enumerate(answers, start=1):
        flow.para(f"{number}. {answer}", width=86, indent="    ")
        flow.gap(0.3)
    flow.gap()
    flow.line("Signed,")
    flow.line(f"/s/ {f['signer'][0]}")
    flow.line(f"{f['signer'][0]}, {f['signer'][1]}")
    return flow.pages


def protest_continuation(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """A broker's ruled continuation form: boxed header, entry grid, argument on a rider page."""
    flow = Flow(family="sans", size=9, top=50)
    flow.line("PROTEST - CONTINUATION SHEET (19 CFR PART 174)", bold=True, size=13)
    flow.line(
        "Form stock of Halvorsen Customs Brokerage, Inc., typed for the protestant named below",
        size=8,
    )
    if f["stamped"]:
        _stamp(flow, f, 400, 92, ds)
    flow.gap(0.5)
    top = flow.y
    flow.line(f"PORT CODE: {f['port']}   ({f['port_name']})")
    flow.line(f"PROTESTANT: {f['name']}")
    if f["omit"] != "address":
        flow.line("ADDRESS: " + ", ".join(f["address"]))
    flow.line("IMPORTER NO.: " + ("" if f["omit"] == "importer" else f["importer"]))
    flow.box(66, top - 2, 380, flow.y + 2)
    flow.gap()
    head = ["ENTRY NUMBER", "ENTRY DATE", "LIQUIDATION DATE", "CATEGORY"]
    rows = [head]
    for e in f["entries"]:
        rows.append(
            [
                e["entry_number"],
                "" if f["omit"] == "entry_date" else fmt_date(e["entry_date"], ds),
                "" if f["omit"] == "liquidation" else fmt_date(e["liquidation_date"], ds),
                "penalty petition" if f["petition"] else CATEGORIES[f["category"]][:22],
            ]
        )
    flow.table([76, 190, 300, 420, 560], rows, ruled=True)
    flow.gap()
    if f["omit"] != "description":
        flow.line("DESCRIPTION OF MERCHANDISE:", bold=True)
        flow.para(f["goods"], width=100)
    flow.gap(0.5)
    flow.line(
        "Accelerated disposition requested:  "
        + ("[X] Yes  [ ] No" if f["accelerated"] else "[ ] Yes  [X] No")
    )
    flow.line(
        "Application for further review:  " + ("[X] Yes  [ ] No" if f["afr"] else "[ ] Yes  [X] No")
    )
    if f["omit"] != "drawback":
        flow.para("Drawback declaration: " + f["drawback"], width=100)
    flow.gap(0.5)
    flow.line("Argument: see rider attached.")
    flow.gap()
    flow.line("Signature of protestant or agent: ______________________")
    flow.line(f"Name: {f['signer'][0]}    Title: {f['signer'][1]}")
    flow.line(f"Date: {fmt_date(f['letter_date'], ds)}")
    flow.new_page()
    flow.line("RIDER - STATEMENT OF GROUNDS", bold=True, size=13)
    flow.line(f"{f['name']} - Port {f['port']}", size=9)
    flow.gap()
    if f["omit"] != "grounds":
        flow.para(_grounds(f), width=100)
        flow.gap()
        flow.para(
            "For these reasons the protest should be allowed and the entries reliquidated "
            "accordingly.",
            width=100,
        )
    else:
        flow.para("Protestant reserves its arguments.", width=100)
    return flow.pages


def protest_shortletter(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """An importer's short letter, a reference block at the top right, entries as bullets."""
    flow = Flow(family="serif", size=10)
    flow.line(f["name"].upper(), bold=True, size=13)
    if f["omit"] != "address":
        for line in f["address"]:
            flow.line(line, size=9)
    flow.y = 72
    x = 380
    ref = [
        ("Our ref.", f"CUS-{rng.randint(1000, 9999)}"),
        ("Port", f"{f['port']} {f['port_name']}"),
    ]
    if f["omit"] != "importer":
        ref.append(("IOR No.", f["importer"]))
    ref.append(("Date", fmt_date(f["letter_date"], ds)))
    for label, value in ref:
        flow.page.append(Text(x, flow.y + 9, f"{label}:", "serif", True, 9))
        flow.page.append(Text(x + 50, flow.y + 9, value, "serif", False, 9))
        flow.y += 12
    if f["stamped"]:
        _stamp(flow, f, 380, flow.y + 4, ds)
        flow.y += 48
    flow.y = max(flow.y, 150)
    flow.gap()
    flow.line(f"Port Director, U.S. Customs and Border Protection, {f['port_name']}")
    flow.gap()
    flow.line(
        "Re: Protest of "
        + ("the decision on our penalty petition" if f["petition"] else CATEGORIES[f["category"]]),
        bold=True,
    )
    flow.gap()
    flow.para("Dear Sir or Madam:")
    flow.gap(0.5)
    flow.para(f"{f['name']} protests the decision described below on the following entries:")
    for e in f["entries"]:
        text = f"  -  {e['entry_number']}"
        if f["omit"] != "entry_date":
            text += f", date of entry {fmt_date(e['entry_date'], ds)}"
        if f["omit"] != "liquidation":
            text += f", liquidated {fmt_date(e['liquidation_date'], ds)}"
        flow.line(text)
    flow.gap(0.5)
    if f["omit"] != "description":
        flow.para(f"Merchandise: {f['goods']}")
        flow.gap(0.5)
    if f["omit"] != "grounds":
        flow.para(_grounds(f))
        flow.gap(0.5)
    if f["omit"] != "drawback":
        flow.para(f["drawback"])
    flow.para(
        "We request further review of this protest under 19 CFR 174.24."
        if f["afr"]
        else "We do not request further review."
    )
    flow.para(
        "Please treat this as a request for accelerated disposition; it is sent by registered mail."
        if f["accelerated"]
        else ""
    )
    flow.gap()
    flow.line("Sincerely,")
    flow.gap()
    flow.line(f["signer"][0])
    flow.line(f["signer"][1])
    return flow.pages


PROTEST_RENDER = {
    "answers": protest_answers,
    "continuation": protest_continuation,
    "shortletter": protest_shortletter,
}

# ---------------------------------------------------------------- ruling requests

RULING_CASES = [
    "class",
    "valuation",
    "no-port",
    "no-materials",
    "no-pending",
    "court",
    "marking",
    "no-basis",
    "unsigned",
    "six-items",
    "current",
    "cbp-number",
    "origin",
]
RULING_STYLES = ["counsel", "table", "descfirst"]


def ruling_facts(rng: random.Random, case: str) -> dict[str, Any]:
    name, address = rng.choice(PARTIES)
    goods, use, materials = rng.choice(GOODS)
    kind = {"valuation": "valuation", "marking": "marking", "origin": "origin"}.get(
        case, "classification"
    )
    items = (
        6 if case == "six-items" else rng.choice([1, 1, 2, 3]) if kind == "classification" else 1
    )
    request = D(2025, 2, 3) + DAY * rng.randint(0, 280)
    received = request + DAY * rng.randint(3, 9)
    port = rng.choice(PORTS)
    importer = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-number"
        else importer_ein(rng)
    )
    return {
        "case": case,
        "name": name,
        "address": address,
        "importer": importer,
        "kind": kind,
        "goods": goods,
        "use": use,
        "materials": None if case == "no-materials" else materials,
        "items": items,
        "hts": [hts_printed(rng)] if kind == "classification" else [],
        "ports": [] if case == "no-port" else [port[1]],
        "port_code": port[0],
        "pending": case != "no-pending",
        "court": case == "court",
        "current": case == "current",
        "basis": case != "no-basis",
        "signed": case != "unsigned",
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.3,
        "request": request,
        "received": received,
        "signer": rng.choice(PEOPLE),
        "today": received + DAY * rng.randint(1, 10),
        "court_no": f"Court No. {request.year % 100:02d}-{rng.randint(100, 999):05d}",
    }


def ruling_truth(f: dict[str, Any]) -> dict[str, Any]:
    missing = []
    if not f["ports"]:
        missing.append("177.2(b)(1)")
    if f["materials"] is None:
        missing.append("177.2(b)(2)")
    if not f["pending"]:
        missing.append("177.2(b)(5)")
    if not f["basis"]:
        missing.append("177.2(b)(6)")
    if not f["signed"]:
        missing.append("177.2(c)")
    route = law.ruling_route([f["kind"]])
    if f["court"] or f["current"]:
        outcome = "no_ruling"
    elif f["case"] == "cbp-number":
        outcome = "needs_human"
    elif missing or f["items"] > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": f["name"],
        "requester_address": ", ".join(f["address"]),
        "importer_number": f["importer"],
        "request_date": iso(f["request"]),
        "ruling_type": f["kind"],
        "proposed_hts": f["hts"],
        "prospective": not f["current"],
        "pending_statement": f["pending"],
        "pending_in_court": f["court"],
        "pending_before_cbp": f["current"],
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": f["signed"],
    }
    not_scored = [
        "product_description, ports: free text spread over the letter (description) and port names "
        "or codes, which the contract leaves in either form",
        "reason: free text",
    ]
    if f["kind"] == "classification":
        values["item_count"] = f["items"]
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = iso(f["received"] + 30 * DAY) if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append(
            "due: the contract gives a target date only for a request the NCSD takes up"
        )
    if f["case"] == "cbp-number":
        not_scored.append(
            "importer_number is a CBP-assigned number (\\d{6}-\\d{5}), a VERIFY format: needs_human"
        )
    return {
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--received", iso(f["received"]), "--today", iso(f["today"])],
    }


def _ruling_pieces(f: dict[str, Any], ds: int) -> dict[str, str]:
    models = ", ".join(f"model {chr(65 + i)}-{100 + 10 * i}" for i in range(f["items"]))
    kind_text = {
        "classification": "the tariff classification",
        "valuation": "the appraisement (transaction value)",
        "marking": "the country-of-origin marking",
        "origin": "the country of origin",
    }[f["kind"]]
    description = (
        f"The articles are {f['goods'][0].lower() + f['goods'][1:]}. The request covers "
        f"{f['items']} "
        f"item(s): {models}. Each article is sold individually at retail. Their principal use in "
        f"the United States is {f['use']}. "
    )
    if f["materials"]:
        description += f"Component materials: {f['materials']}. "
    description += (
        "The goods are made in Vietnam and will be shipped by ocean freight. The purchase price "
        "is about 40 percent of the U.S. selling price. No article has yet been imported, entered "
        "or shipped."
        if not f["current"]
        else "A first shipment has arrived and is now held at the port; the entry is pending with "
        "the "
        "port, and we ask how it should be entered."
    )
    if f["kind"] == "valuation":
        description += (
            " Terms of sale are FOB Haiphong; the seller and the buyer are not related, and the "
            "invoice shows an assist of molds supplied free by the buyer."
        )
    pieces = {"kind": kind_text, "description": description}
    pieces["ports"] = (
        f"The goods will be entered at the port of {f['ports'][0]}." if f["ports"] else ""
    )
    if f["court"]:
        pieces["pending"] = (
            f"The same issue is now pending before the U.S. Court of International Trade in "
            f"{f['name']} v. United States, {f['court_no']}."
        )
    elif f["current"]:
        pieces["pending"] = (
            "The issue is not before any court; the current shipment is before the port "
            f"of {f['ports'][0]}."
        )
    elif f["pending"]:
        pieces["pending"] = (
            "To the best of our knowledge the issue is not pending before any CBP office, the "
            "Court of International Trade, the Federal Circuit or any appellate court, and "
            "it has not been the subject of an earlier ruling."
        )
    else:
        pieces["pending"] = ""
    if f["hts"]:
        pieces["result"] = (
            f"We believe the articles are classified in subheading {f['hts'][0]}, HTSUS."
        )
        pieces["basis"] = (
            "The heading describes the article by name; under GRI 1 and the Explanatory Notes to "
            "the heading, and consistent with earlier NY rulings on like goods, no other heading "
            "applies."
            if f["basis"]
            else ""
        )
    else:
        pieces["result"] = "We ask for a ruling on the question stated above."
        pieces["basis"] = (
            "The facts above and 19 CFR Part 177 support the request." if f["basis"] else ""
        )
    pieces["sample"] = (
        "A sample of each model is enclosed; it need not be returned."
        if f["sample"]
        else "Photographs are enclosed; no sample is sent."
    )
    pieces["confidential"] = (
        "We ask that the purchase price and supplier name be treated as confidential "
        "under 19 CFR 177.2(b)(7); they are marked [CONFIDENTIAL]."
        if f["confidential"]
        else "No confidential treatment is requested."
    )
    return pieces


def _signature(flow: Flow, f: dict[str, Any]) -> None:
    if f["signed"]:
        flow.line(f"/s/ {f['signer'][0]}")
        flow.line(f"{f['signer'][0]}, {f['signer'][1]}")
    else:
        flow.line("______________________________")
    flow.line(f["name"])


def ruling_counsel(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """In-house counsel's request with numbered sections and a description spanning two pages."""
    p = _ruling_pieces(f, ds)
    flow = Flow(family="serif", size=11)
    flow.line(f["name"], bold=True, size=14)
    flow.line(", ".join(f["address"]), size=9)
    flow.line(f"Importer of record number {f['importer']}", size=9)
    flow.gap()
    flow.line(fmt_date(f["request"], ds))
    flow.gap()
    route = (
        "Regulations and Rulings, Office of Trade, Washington, DC"
        if f["kind"] == "valuation"
        else "National Commodity Specialist Division, New York, NY"
    )
    flow.line(f"U.S. Customs and Border Protection, {route}")
    flow.gap()
    flow.line(f"Re: Request for a binding ruling on {p['kind']}", bold=True)
    flow.gap()
    flow.para(
        "1. Request. "
        + f"{f['name']} asks for a prospective ruling under 19 CFR Part 177 on {p['kind']} "
        "of the articles described below.",
        width=82,
    )
    flow.gap(0.5)
    flow.para(
        "2. Description of the transaction and the goods. "
        + p["description"]
        + " "
        + p["description"],
        width=82,
    )
    flow.gap(0.5)
    flow.para("3. Port of entry. " + (p["ports"] or "To be decided."), width=82)
    flow.gap(0.5)
    flow.para("4. Ruling requested. " + p["result"] + " " + p["basis"], width=82)
    flow.gap(0.5)
    if p["pending"]:
        flow.para("5. Pending matters. " + p["pending"], width=82)
        flow.gap(0.5)
    flow.para("6. Samples. " + p["sample"], width=82)
    flow.para("7. Confidentiality. " + p["confidential"], width=82)
    flow.gap()
    flow.line("Respectfully submitted,")
    _signature(flow, f)
    if len(flow.pages) == 1:
        flow.new_page()
        flow.line("Attachment: photographs of the articles (2 sheets).")
    return flow.pages


def ruling_table(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """A compliance manager's request summarised in a two-column table."""
    p = _ruling_pieces(f, ds)
    flow = Flow(family="sans", size=9)
    flow.line("BINDING RULING REQUEST - SUMMARY", bold=True, size=13)
    flow.gap()
    rows = [
        ["Item", "Detail"],
        ["Requester", f["name"]],
        ["Address", ", ".join(f["address"])],
        ["Importer No.", f["importer"]],
        ["Date of request", fmt_date(f["request"], ds)],
        ["Subject", p["kind"]],
        ["Port(s) of entry", f["ports"][0] if f["ports"] else "-"],
        ["Proposed HTSUS", ", ".join(f["hts"]) or "n/a"],
        ["Number of items", str(f["items"])],
        ["Sample", "enclosed" if f["sample"] else "none (photographs only)"],
        ["Confidential", "yes, see marked pages" if f["confidential"] else "no"],
    ]
    flow.table([80, 200, 540], rows, ruled=True)
    flow.gap()
    flow.line("Facts", bold=True)
    flow.para(p["description"], width=100)
    flow.gap(0.5)
    flow.line("Requested result and basis", bold=True)
    flow.para(p["result"] + " " + p["basis"], width=100)
    if p["pending"]:
        flow.gap(0.5)
        flow.line("Statement under 19 CFR 177.2(b)(5)", bold=True)
        flow.para(p["pending"], width=100)
    flow.gap(0.5)
    flow.para(p["confidential"], width=100)
    flow.gap()
    _signature(flow, f)
    return flow.pages


def ruling_descfirst(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """A two-page letter: the product first, the requester after, the questions as bullets."""
    p = _ruling_pieces(f, ds)
    flow = Flow(family="mono", size=9)
    flow.line(fmt_date(f["request"], ds))
    flow.gap()
    flow.line(
        "Director, National Commodity Specialist Division"
        if f["kind"] != "valuation"
        else "Director, Regulations and Rulings"
    )
    flow.gap()
    flow.line("THE PRODUCT", bold=True)
    flow.para(p["description"], width=80)
    flow.gap()
    flow.para(p["sample"], width=80)
    flow.para(p["ports"], width=80)
    flow.new_page()
    flow.line("WHO WE ARE", bold=True)
    flow.para(
        f"This request is made by {f['name']}, "
        + ", ".join(f["address"])
        + f", importer number {f['importer']}, which will import the goods.",
        width=80,
    )
    flow.gap()
    if p["pending"]:
        flow.para(p["pending"], width=80)
        flow.gap()
    flow.para(p["confidential"], width=80)
    flow.gap()
    flow.line("OUR QUESTIONS", bold=True)
    flow.para(f"  * What is {p['kind']} of the articles?", width=80)
    flow.para(f"  * {p['result']} {p['basis']}", width=80, indent="    ")
    flow.gap()
    flow.line("Yours faithfully,")
    _signature(flow, f)
    return flow.pages


RULING_RENDER = {"counsel": ruling_counsel, "table": ruling_table, "descfirst": ruling_descfirst}

# ---------------------------------------------------------------- penalty referrals

PENALTY_CASES = [
    "neg",
    "gross",
    "fraud",
    "fraud-pd",
    "small",
    "limitations",
    "neg-noloss",
    "dv-cap",
    "gn-pd-actual",
    "noncommercial",
    "barred-entry",
    "fraud-pd-noloss",
    "overpaid",
]
PENALTY_STYLES = ["worksheet", "memo", "fixedwidth"]
CULPABILITY_WORDS = {
    "negligence": ["negligence", "a negligent violation", "failure to exercise reasonable care"],
    "gross_negligence": [
        "gross negligence",
        "grossly negligent conduct",
        "actual knowledge or wanton disregard",
    ],
    "fraud": ["fraud", "a fraudulent violation", "knowing and intentional false statements"],
}


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    """A dollar amount with an even number of cents, so every App. B factor stays exact."""
    return Decimal(rng.randint(low * 50, high * 50) * 2) / 100


def penalty_facts(rng: random.Random, case: str) -> dict[str, Any]:
    name, address = rng.choice(PARTIES)
    filer = rng.choice(FILERS)
    culp = {
        "gross": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "gn-pd-actual": "gross_negligence",
        "fraud-pd-noloss": "fraud",
    }.get(case, "negligence")
    today = D(2025, 9, 1) + DAY * rng.randint(0, 90)
    count = rng.choice([2, 3, 4])
    start = today - DAY * rng.randint(300, 700)
    if case == "limitations":
        start = today - DAY * (5 * 365 + rng.randint(30, 200))
    entries: list[dict[str, Any]] = []
    for number in range(count):
        entry_date = start + DAY * (number * rng.randint(20, 60))
        if case == "barred-entry" and number == 0:
            entry_date = today - DAY * (5 * 366 + rng.randint(10, 60))
        value = Decimal(rng.randint(800000, 9000000)) / 100
        paid = _cents(rng, 200, 4000)
        owed = paid
        if case not in ("neg-noloss", "fraud-pd-noloss"):
            owed = paid + _cents(rng, 150, 3000) if case != "small" else paid + _cents(rng, 50, 150)
        if case == "overpaid" and number == 0:
            owed = paid - _cents(rng, 20, 100)
        if (entry_date.month, entry_date.day) == (2, 29):
            entry_date += DAY  # five years after a leap day is not a date the rules settle
        entries.append(
            {
                "entry_number": new_entry(rng, filer),
                "entry_date": entry_date,
                "liquidated": rng.random() < 0.5 if case != "gn-pd-actual" or number else True,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    if case == "small":
        entries = entries[:1]
        entries[0]["liquidated"] = False
    if case == "noncommercial":
        entries = entries[:1]
    if case == "dv-cap":
        for e in entries:
            e["duty_owed"] = e["duty_paid"] + _cents(rng, 20000, 40000)
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    domestic = Decimal(int(total_value * Decimal("1.6")))
    if case == "dv-cap":  # twice the loss exceeds the domestic value
        domestic = Decimal(
            int(
                sum((e["duty_owed"] - e["duty_paid"] for e in entries), Decimal(0)) * Decimal("1.5")
            )
        )
    dutiable = Decimal(int(total_value))
    violation = (
        min(e["entry_date"] for e in entries)
        if case != "barred-entry"
        else max(e["entry_date"] for e in entries)
    )
    return {
        "case": case,
        "name": name,
        "address": address,
        "importer": importer_ein(rng),
        "culp": culp,
        "pd": case in ("fraud-pd", "gn-pd-actual", "fraud-pd-noloss"),
        "noncommercial": case == "noncommercial",
        "entries": entries,
        "domestic": domestic,
        "dutiable": dutiable,
        "violation": violation,
        "today": today,
        "case_number": f"{today.year}-{rng.choice(PORTS)[0]}-{rng.randint(100000, 999999)}-01",
        "culp_words": rng.choice(CULPABILITY_WORDS[culp]),
        "officer": rng.choice(PEOPLE)[0],
        "goods": rng.choice(GOODS)[0],
    }


def penalty_truth(f: dict[str, Any]) -> dict[str, Any]:
    result = law.penalty(
        f["culp"],
        f["pd"],
        f["noncommercial"],
        f["entries"],
        f["domestic"],
        f["dutiable"],
        f["violation"],
        f["today"],
    )
    values = {
        "case_number": f["case_number"],
        "party_name": f["name"],
        "party_address": ", ".join(f["address"]),
        "importer_number": f["importer"],
        "violation_date": iso(f["violation"]),
        "culpability": f["culp"],
        "prior_disclosure": f["pd"],
        "noncommercial": f["noncommercial"],
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": iso(e["entry_date"]),
                "liquidated": e["liquidated"],
                "entered_value": num(e["entered_value"]),
                "duty_paid": num(e["duty_paid"]),
                "duty_owed": num(e["duty_owed"]),
            }
            for e in f["entries"]
        ],
        "domestic_value": num(f["domestic"]),
        "dutiable_value": num(f["dutiable"]),
    }
    lod = result["loss_of_duties"]
    decision: dict[str, Any] = {
        "loss_of_duties": {k: num(v) for k, v in lod.items()},
        "statutory_max": num(result["statutory_max"]),
        "guideline_range": [num(v) for v in result["guideline_range"]],
        "proposed_penalty": num(result["proposed_penalty"]),
        "limitations_date": result["limitations_date"],
        "notice": result["notice"],
        "outcome": result["outcome"],
        "barred_entries": result["barred_entries"],
    }
    not_scored = []
    if f["pd"]:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range for the "
            "undisclosed case, and the contract does not say what the range is then"
        )
    if decision["proposed_penalty"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: interest on the actual loss from liquidation to tender, which a "
            "person computes (1592(c)(4))"
        )
    return {
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--today", iso(f["today"])],
    }


def _culp_sentence(f: dict[str, Any]) -> str:
    pd = (
        "Before any investigation began, the importer made a prior disclosure under 19 CFR "
        "162.74 and "
        "tendered the loss of duties. "
        if f["pd"]
        else "No prior disclosure was made. "
    )
    nc = (
        "The importation was noncommercial: the goods were personal effects. "
        if f["noncommercial"]
        else ""
    )
    return (
        f"The review found that the misstatements resulted from {f['culp_words']}. "
        + pd
        + nc
        + "The violation occurred on {violation}."
    )


def penalty_worksheet(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """An auditor's worksheet: Entry | Date | Declared | Correct | Loss; culpability in prose."""
    ms = rng.randrange(4)
    flow = Flow(family="sans", size=9)
    flow.line("AUDIT WORKSHEET - LOSS OF REVENUE", bold=True, size=13)
    flow.line(f"Case {f['case_number']}   Prepared {fmt_date(f['today'] - 5 * DAY, ds)}")
    flow.gap()
    flow.line(f"Auditee: {f['name']}, " + ", ".join(f["address"]))
    flow.line(f"Importer of record: {f['importer']}")
    flow.line(f"Merchandise: {f['goods']}")
    flow.gap()
    rows = [["Entry", "Date", "Declared", "Correct", "Loss"]]
    for e in f["entries"]:
        loss = max(Decimal(0), e["duty_owed"] - e["duty_paid"])
        rows.append(
            [
                e["entry_number"],
                fmt_date(e["entry_date"], ds),
                fmt_money(e["duty_paid"], ms),
                fmt_money(e["duty_owed"], ms),
                fmt_money(loss, ms),
            ]
        )
    flow.table([76, 180, 290, 390, 480, 560], rows, ruled=rng.random() < 0.5)
    flow.line("Declared = duty deposited at entry; Correct = duty lawfully owed.", size=8)
    flow.gap()
    flow.line("Entered values and liquidation status:", bold=True)
    for e in f["entries"]:
        flow.line(
            f"  {e['entry_number']}: entered value {fmt_money(e['entered_value'], ms)}, "
            f"{'liquidated' if e['liquidated'] else 'unliquidated'}"
        )
    flow.gap()
    flow.line(f"Domestic value of the merchandise: {fmt_money(f['domestic'], ms)}")
    flow.line(f"Dutiable value of the merchandise: {fmt_money(f['dutiable'], ms)}")
    flow.gap()
    flow.line("Narrative", bold=True)
    flow.para(_culp_sentence(f).replace("{violation}", fmt_date(f["violation"], ds)), width=100)
    flow.gap()
    flow.line(f"Auditor: {f['officer']}")
    return flow.pages


def penalty_memo(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """A referral memo, the party in a boxed header, the entries in a ruled table."""
    ms = rng.randrange(4)
    flow = Flow(family="serif", size=10)
    flow.line("MEMORANDUM", bold=True, size=14)
    flow.line("TO: Fines, Penalties and Forfeitures Officer")
    flow.line(f"FROM: {f['officer']}, Import Specialist")
    flow.line(f"DATE: {fmt_date(f['today'] - 3 * DAY, ds)}")
    flow.line(f"SUBJECT: Referral for penalty action, case {f['case_number']}")
    flow.gap()
    top = flow.y
    flow.line(f"Party: {f['name']}", x=82, bold=True)
    flow.line("Address: " + ", ".join(f["address"]), x=82)
    flow.line(f"IOR number: {f['importer']}", x=82)
    flow.box(74, top - 2, 540, flow.y + 2)
    flow.gap()
    flow.para(
        f"The party entered {f['goods'].lower()} under the entries below, declaring rates and "
        "values that "
        "understated the duty owed. Violation of 19 U.S.C. 1592(a)."
    )
    flow.gap(0.5)
    rows = [["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"]]
    for e in f["entries"]:
        rows.append(
            [
                e["entry_number"],
                fmt_date(e["entry_date"], ds),
                "Yes" if e["liquidated"] else "No",
                fmt_money(e["entered_value"], ms),
                fmt_money(e["duty_paid"], ms),
                fmt_money(e["duty_owed"], ms),
            ]
        )
    flow.table([76, 170, 270, 310, 400, 475, 550], rows, ruled=True, size=8)
    flow.gap()
    flow.line(
        f"Domestic value: {fmt_money(f['domestic'], ms)}      Dutiable value: "
        f"{fmt_money(f['dutiable'], ms)}"
    )
    flow.gap()
    flow.para(
        "Culpability. " + _culp_sentence(f).replace("{violation}", fmt_date(f["violation"], ds))
    )
    return flow.pages


def penalty_fixedwidth(f: dict[str, Any], rng: random.Random, ds: int) -> list[Page]:
    """A plain-text case report in fixed-width columns."""
    ms = rng.choice([1, 3])
    flow = Flow(family="mono", size=8.5, left=54)
    flow.line("CASE REPORT ........................ 1592 REFERRAL", bold=True)
    flow.line(f"CASE NUMBER ...... {f['case_number']}")
    flow.line(f"VIOLATOR ......... {f['name'].upper()}")
    flow.line("ADDRESS .......... " + ", ".join(f["address"]).upper())
    flow.line(f"IMPORTER NO ...... {f['importer']}")
    flow.line(f"VIOLATION DATE ... {fmt_date(f['violation'], ds)}")
    flow.line(f"PRIOR DISCL ...... {'YES' if f['pd'] else 'NO'}")
    flow.line(f"COMMERCIAL ....... {'NO' if f['noncommercial'] else 'YES'}")
    flow.line(f"DOMESTIC VALUE ... {fmt_money(f['domestic'], ms)}")
    flow.line(f"DUTIABLE VALUE ... {fmt_money(f['dutiable'], ms)}")
    flow.gap()
    head = f"{'ENTRY':<16}{'ENTRY DT':<13}{'STAT':<7}{'VALUE':>14}{'PAID':>12}{'OWED':>12}"
    flow.line(head)
    flow.line("-" * len(head))
    for e in f["entries"]:
        flow.line(
            f"{e['entry_number']:<16}{e['entry_date'].isoformat():<13}"
            f"{'LIQ' if e['liquidated'] else 'UNLIQ':<7}{fmt_money(e['entered_value'], ms):>14}"
            f"{fmt_money(e['duty_paid'], ms):>12}{fmt_money(e['duty_owed'], ms):>12}"
        )
    flow.gap()
    flow.para(
        "REMARKS: "
        + _culp_sentence(f).replace("{violation}", fmt_date(f["violation"], ds)).upper(),
        width=96,
    )
    return flow.pages


PENALTY_RENDER = {
    "worksheet": penalty_worksheet,
    "memo": penalty_memo,
    "fixedwidth": penalty_fixedwidth,
}

# ---------------------------------------------------------------- plan and write

TABLES: dict[str, tuple[list[str], list[str], Any, Any, Any]] = {
    "protest": (PROTEST_CASES, PROTEST_STYLES, protest_facts, protest_truth, PROTEST_RENDER),
    "ruling-request": (RULING_CASES, RULING_STYLES, ruling_facts, ruling_truth, RULING_RENDER),
    "penalty-case": (PENALTY_CASES, PENALTY_STYLES, penalty_facts, penalty_truth, PENALTY_RENDER),
}


def plan(kind: str, index: int, seed: int) -> tuple[dict[str, Any], list[Page]]:
    """The truth and the pages of document `index` of `kind`, determined by the seed alone."""
    cases, styles, facts_of, truth_of, renders = TABLES[kind]
    rng = random.Random(f"hand48-{seed}-{kind}-{index}")
    case = cases[index % len(cases)]
    style = styles[(index + seed) % len(styles)]
    producer = PRODUCER_ORDER[index % 2]
    facts = facts_of(rng, case)
    truth = truth_of(facts)
    pages = renders[style](facts, rng, rng.randrange(6))
    ordered = {
        "kind": kind,
        "case": case,
        "family": producer,
        "style": style,
        "args": truth["args"],
        "values": truth["values"],
        "decision": truth["decision"],
        "not_scored": truth["not_scored"],
    }
    return ordered, pages


def pdf_path(kind: str, index: int, truth: dict[str, Any], out: Path) -> Path:
    return out / kind / f"{KIND_PREFIX[kind]}_{index + 1:03d}_{truth['family']}_{truth['case']}.pdf"


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    truth, pages = plan(kind, index, seed)
    path = pdf_path(kind, index, truth, out)
    path.parent.mkdir(parents=True, exist_ok=True)
    PRODUCERS[truth["family"]](pages, path)
    path.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return path


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def unprinted(truth: dict[str, Any], text: str) -> list[str]:
    """The scored strings, dates and amounts of `truth` that the text layer does not carry."""
    body = _fold(text)
    lost = []

    def seen(value: Any) -> bool:
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            day = dt.date.fromisoformat(value)
            return any(_fold(fmt_date(day, style)) in body for style in range(6))
        if isinstance(value, float):
            amount = Decimal(f"{value:.2f}")
            return any(_fold(fmt_money(amount, style)) in body for style in range(4))
        return _fold(str(value)) in body

    skip = {"category", "ruling_type", "culpability", "received_date"}
    for key, value in truth["values"].items():
        if key in skip or value is None or isinstance(value, (bool, int)):
            continue
        if key.endswith("address"):  # lines joined with ", " under the contract, printed as lines
            value = value.split(", ")
        members = value if isinstance(value, list) else [value]
        for member in members:
            items = member.values() if isinstance(member, dict) else [member]
            for item in items:
                if item is not None and not isinstance(item, bool) and not seen(item):
                    lost.append(f"{key}: {item}")
    received = truth["values"].get("received_date")
    stamped = truth["values"].get("protest_number") is not None
    if received and ("--received" not in truth["args"] or stamped) and not seen(received):
        lost.append(f"received_date: {received}")
    return lost

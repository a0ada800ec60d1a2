"""Protest plans: facts, truth and layout in three sender styles (`fax`, `form`, `letter`)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fiftieth import common as C
from bench.corpus_fiftieth import law
from bench.corpus_fiftieth.render import Pages

STYLES = ("fax", "form", "letter")
CASES = [
    "timely",
    "missing-address",
    "untimely",
    "grace-weekend",
    "premature",
    "invalid-petition",
    "missing-importer",
    "multi-entry",
    "missing-drawback",
    "untimely-90day",
    "missing-description",
    "accelerated",
    "missing-entry-date",
    "mixed-late",
    "missing-grounds",
    "invalid-second",
    "missing-earlier-date",
    "grace-holiday",
    "further-review",
    "missing-liquidation",
    "surety-no-cert",
    "two-ports",
]
CATEGORY_WORDS = {
    "classification": [
        "the classification of the merchandise and the rate of duty assessed",
        "CBP's tariff classification and the resulting duty rate",
    ],
    "appraised_value": [
        "the appraised value of the merchandise",
        "the appraisement (valuation) of the goods",
    ],
    "charges": [
        "the merchandise processing fee charged on the entry",
        "the charges exacted as a user fee",
    ],
}
CATEGORY_LABEL = {
    "classification": "Classification",
    "appraised_value": "Value",
    "charges": "Charges",
}
HOLIDAYS = [
    dt.date(2025, 7, 4),
    dt.date(2025, 5, 26),
    dt.date(2024, 11, 11),
    dt.date(2025, 9, 1),
    dt.date(2025, 1, 20),
    dt.date(2024, 12, 25),
]
DRAWBACK = [
    "The merchandise covered by this protest is not subject to drawback.",
    "Drawback declaration: none of these entries is the subject of a drawback claim.",
    "We declare that no drawback has been or will be claimed on the entries listed.",
]


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fiftieth-protest-{seed}-{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    name, address = C.COMPANIES[rng.randrange(len(C.COMPANIES))]
    if case == "surety-no-cert":
        name, address = (
            "Granite Shield Surety Company",
            ["1 Bond Plaza, 12th Floor", "Hartford, CT 06103"],
        )
    port, port_name = C.PORTS[rng.randrange(len(C.PORTS))]
    signer = C.PEOPLE[rng.randrange(len(C.PEOPLE))]
    goods, hts_cbp, hts_claim = C.GOODS[rng.randrange(len(C.GOODS))]
    category = (
        rng.choice(["classification", "appraised_value"])
        if case != "two-ports"
        else "classification"
    )
    if case in ("accelerated", "timely") and rng.random() < 0.4:
        category = "charges"
    code = C.filer(rng)
    count = 2 if case in ("multi-entry", "mixed-late", "two-ports") else rng.choice([1, 1, 2, 3])
    liq0 = dt.date(2024, 9, 2) + dt.timedelta(days=rng.randrange(300))
    entries: list[dict[str, Any]] = []
    for number in range(count):
        liq = liq0 + dt.timedelta(
            days=7
            * number
            * (5 if case == "mixed-late" else 1)
            * (-1 if case == "mixed-late" else 1)
        )
        entries.append(
            {
                "number": C.entry(rng, code),
                "entry": liq - dt.timedelta(days=rng.randint(300, 330)),
                "liq": liq,
                "port": port,
            }
        )
    if case == "two-ports":
        entries[1]["port"] = C.PORTS[(C.PORTS.index((port, port_name)) + 1) % len(C.PORTS)][0]
    if case == "untimely-90day":
        entries = entries[:1]
        entries[0]["entry"] = dt.date(2004, 11, 1) + dt.timedelta(days=rng.randrange(40))
        entries[0]["liq"] = entries[0]["entry"] + dt.timedelta(days=rng.randint(300, 340))
    if case in ("grace-weekend", "grace-holiday"):
        entries = entries[:1]
        if case == "grace-holiday":
            last = rng.choice(HOLIDAYS)
        else:
            last = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(200))
            last += dt.timedelta(days=(5 - last.weekday()) % 7 + rng.choice([0, 1]))
        entries[0]["liq"] = last - dt.timedelta(days=180)
        entries[0]["entry"] = entries[0]["liq"] - dt.timedelta(days=310)
    lasts = {e["number"]: law.protest_last_day(e["entry"], e["liq"]) for e in entries}
    first_last = min(lasts.values())
    if case in ("untimely", "untimely-90day"):
        received = law.next_business_day(max(lasts.values())) + dt.timedelta(
            days=rng.randint(1, 30)
        )
    elif case in ("grace-weekend", "grace-holiday"):
        received = law.next_business_day(first_last)
    elif case == "premature":
        received = min(e["liq"] for e in entries) - dt.timedelta(days=rng.randint(3, 25))
    elif case == "mixed-late":
        received = law.next_business_day(first_last) + dt.timedelta(days=2)
        assert received <= max(lasts.values())
    else:
        latest_liq = max(e["liq"] for e in entries)
        received = latest_liq + dt.timedelta(
            days=rng.randint(15, min(80, (first_last - latest_liq).days))
        )
    while received.weekday() > 4 and case not in ("grace-weekend", "grace-holiday", "mixed-late"):
        received += dt.timedelta(days=1) if case != "premature" else -dt.timedelta(days=1)
    letter_date = received - dt.timedelta(days=rng.randint(1, 5))
    today = received + dt.timedelta(days=rng.randint(3, 40))
    stamped = rng.random() < 0.5 and case not in ("invalid-second", "missing-earlier-date")
    protest_number = (
        f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}"
        if stamped and rng.random() < 0.6
        else None
    )
    facts = {
        "case": case,
        "style": style,
        "name": name,
        "address": address,
        "port": port,
        "port_name": port_name,
        "signer": signer,
        "title": rng.choice(
            [
                "Customs Compliance Manager",
                "Vice President, Operations",
                "Director of Logistics",
                "Import Manager",
            ]
        ),
        "goods": goods,
        "hts_cbp": hts_cbp,
        "hts_claim": hts_claim,
        "category": category,
        "entries": entries,
        "received": received,
        "letter_date": letter_date,
        "stamped": stamped,
        "protest_number": protest_number,
        "importer": C.ein(rng),
        "accelerated": case == "accelerated" or (case == "timely" and rng.random() < 0.3),
        "afr": case == "further-review" or rng.random() < 0.3,
        "dstyle": C.DATE_STYLES[(index + 2 * seed) % 6],
        "drawback": rng.choice(DRAWBACK),
        "earlier": f"{port}-{(received.year - 1) % 100:02d}-{rng.randint(100000, 199999)}",
        "earlier_date": received - dt.timedelta(days=rng.randint(60, 150)),
        "rng": rng,
    }
    if case == "missing-earlier-date":
        facts["afr"] = False
    truth = _truth(facts, lasts, today)
    layout, printed = LAYOUTS[style](facts)
    return {"truth": truth, "layout": layout, "printed": printed, "facts_case": case}


def _truth(f: dict[str, Any], lasts: dict[str, dt.date], today: dt.date) -> dict[str, Any]:
    case = f["case"]
    missing = {
        "missing-address": "174.13(a)(1)",
        "missing-importer": "174.13(a)(2)",
        "missing-entry-date": "174.13(a)(3)",
        "missing-liquidation": "174.13(a)(4)",
        "missing-description": "174.13(a)(5)",
        "missing-grounds": "174.13(a)(6)",
        "missing-earlier-date": "174.13(a)(7)",
        "surety-no-cert": "174.13(a)(8)",
        "missing-drawback": "174.13(a)(9)",
    }
    miss = [missing[case]] if case in missing else []
    timings = [law.entry_timing(f["received"], e["liq"], lasts[e["number"]]) for e in f["entries"]]
    outcome = law.protest_outcome(
        timings, case.startswith("invalid"), miss, verify=case == "missing-drawback"
    )
    values: dict[str, Any] = {
        "protest_number": f["protest_number"],
        "port_code": f["port"],
        "received_date": f["received"].isoformat(),
        "importer_number": None if case == "missing-importer" else f["importer"],
        "protestant_name": f["name"],
        "protestant_address": None if case == "missing-address" else ", ".join(f["address"]),
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": None if case == "missing-entry-date" else e["entry"].isoformat(),
                "liquidation_date": None if case == "missing-liquidation" else e["liq"].isoformat(),
            }
            for e in f["entries"]
        ],
        "category": f["category"],
        "merchandise_description": None if case == "missing-description" else f["goods"],
        "accelerated_disposition": f["accelerated"],
        "further_review_requested": f["afr"],
        "signer_name": f["signer"],
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(lasts.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in lasts.items()},
        "missing": miss,
    }
    not_scored = []
    if case == "invalid-petition":
        values.pop("category")
        decision.pop("deadline")
        decision.pop("last_days")
        not_scored.append(
            "category, deadline, last_days: a penalty-petition decision is protested; the "
            "contract names no category for it and no clock runs from it"
        )
    if case == "missing-entry-date":
        decision.pop("deadline")
        decision.pop("last_days")
        not_scored.append(
            "deadline, last_days: no entry date, so the 90- or 180-day period is open"
        )
    if case == "missing-liquidation":
        for key in ("outcome", "deadline", "last_days"):
            decision.pop(key)
        not_scored.append(
            "outcome, deadline, last_days: no liquidation or decision date, no clock to apply"
        )
    args = ["--today", today.isoformat()]
    if not f["stamped"]:
        args = ["--received", f["received"].isoformat(), *args]
    return {
        "kind": "protest",
        "case": case,
        "family": "",
        "style": f["style"],
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _argument(f: dict[str, Any]) -> list[str]:
    case, cat = f["case"], f["category"]
    if case == "missing-grounds":
        return [f"The protestant protests {CATEGORY_WORDS[cat][0]}."]
    if case == "invalid-petition":
        return [
            "The protestant protests the decision of the Fines, Penalties and Forfeitures "
            "Officer on its "
            "petition for relief under 19 CFR Part 171, which mitigated the penalty assessed "
            "on the entry "
            "listed to a sum the protestant considers excessive. The protestant asks that the "
            "penalty be "
            "cancelled in full."
        ]
    if cat == "classification":
        text = (
            f"The protestant protests {CATEGORY_WORDS[cat][f['rng'].randrange(2)]}. CBP "
            f"liquidated the "
            f"merchandise under subheading {f['hts_cbp']}, HTSUS. The merchandise is properly "
            f"classified under "
            f"subheading {f['hts_claim']}, HTSUS, by application of General Rule of "
            f"Interpretation 1, because "
            "the terms of that heading describe the article as imported and no section or "
            "chapter note "
            "excludes it. The difference in duty, with interest, should be refunded."
        )
    elif cat == "appraised_value":
        text = (
            f"The protestant protests {CATEGORY_WORDS[cat][f['rng'].randrange(2)]}. CBP added "
            f"to the "
            "transaction value an assist for molds that the seller, not the buyer, paid for, "
            "as the "
            "purchase order and the seller's invoice show. Under 19 U.S.C. 1401a(b) the price "
            "actually "
            "paid or payable is the proper value; the addition should be removed and the "
            "excess duty refunded."
        )
    else:
        text = (
            f"The protestant protests {CATEGORY_WORDS[cat][f['rng'].randrange(2)]}. The fee "
            f"was computed on "
            "a value that included international freight, which 19 CFR 24.23 excludes; the "
            "overpaid fee "
            "should be refunded."
        )
    out = [text]
    if case == "invalid-second":
        out.append(
            f"The protestant filed protest {f['earlier']} on "
            f"{C.fdate(f['earlier_date'], f['dstyle'])}, "
            "against the appraisement of this same merchandise on this same entry; this second "
            "protest "
            "now raises the classification of those goods."
        )
    if case == "missing-earlier-date":
        out.append(
            f"The protestant asks for the same disposition as in its earlier protest "
            f"{f['earlier']}, on "
            "which an application for further review is pending."
        )
    if case == "surety-no-cert":
        out.append(
            "This protest is filed by the surety on the importer's continuous bond; no other party "
            "has protested the liquidation of these entries."
        )
    return out


def _statements(f: dict[str, Any]) -> list[str]:
    out = []
    if f["case"] != "missing-drawback":
        out.append(f["drawback"])
    if f["accelerated"]:
        out.append(
            "Accelerated disposition of this protest is requested under 19 CFR 174.22; the "
            "protest is "
            "sent by certified mail, return receipt requested."
        )
    elif f["rng"].random() < 0.5:
        out.append("Accelerated disposition is not requested.")
    if f["afr"]:
        out.append(
            f["rng"].choice(
                [
                    "Further review is requested under 19 CFR 174.24(b): the decision raises a "
                    "question of law not "
                    "previously ruled upon. No prior adverse decision and no court action "
                    "exist on this claim.",
                    "APPLICATION FOR FURTHER REVIEW: the protestant applies for further "
                    "review, because the decision "
                    "is inconsistent with a CBP ruling on substantially similar merchandise "
                    "(19 CFR 174.24(a)).",
                ]
            )
        )
    return out


def _stamp(p: Pages, f: dict[str, Any], x: float, y: float, printed: list[str]) -> None:
    if not f["stamped"]:
        return
    p.box(x - 6, y - 40, 170, 58)
    p.text(x, y, "RECEIVED", "HB", 11)
    p.text(x, y - 14, f"CBP  PORT OF {f['port_name'].upper()}", "H", 8)
    p.text(x, y - 28, C.stamp_date(f["received"]), "HB", 11)
    printed.append(C.stamp_date(f["received"]))
    if f["protest_number"]:
        p.text(x + 70, y, f"No. {f['protest_number']}", "H", 8)
        printed.append(f["protest_number"])


def _entry_printed(f: dict[str, Any], e: dict[str, Any], number: str) -> list[str]:
    out = [number]
    if f["case"] != "missing-entry-date":
        out.append(C.fdate(e["entry"], f["dstyle"]))
    if f["case"] != "missing-liquidation":
        out.append(C.fdate(e["liq"], f["dstyle"]))
    return out


def _common_printed(f: dict[str, Any]) -> list[str]:
    out = [f["name"], f["port"], f["signer"]]
    if f["case"] != "missing-address":
        out += f["address"]
    if f["case"] != "missing-importer":
        out.append(f["importer"])
    if f["case"] != "missing-description":
        out.append(f["goods"])
    return out


def layout_fax(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """A branch office's fax: cover sheet, then the protest; entry numbers typed without hyphens."""
    p = Pages(font="C", size=10)
    ds = f["dstyle"]
    printed = _common_printed(f)
    p.line(f["name"].upper(), font="CB", size=12)
    p.line(f"{f['rng'].choice(['Gulf Coast', 'Midwest', 'Pacific', 'Atlantic'])} Branch Office")
    p.gap(20)
    p.line("F A X   T R A N S M I T T A L", font="CB", size=14)
    p.gap(10)
    for label, value in [
        ("TO:", f"U.S. Customs and Border Protection, Port of {f['port_name']}"),
        ("ATTN:", "Protest Section"),
        ("FAX NO.:", f"({f['rng'].randint(201, 989)}) 555-0{f['rng'].randint(100, 999)}"),
        ("FROM:", f["signer"]),
        ("DATE:", C.fdate(f["letter_date"], ds)),
        ("PAGES:", "{pages} including this cover"),
        ("RE:", "Protest - original follows by mail"),
    ]:
        p.line(f"{label:<10}{value}")
    p.gap(30)
    p.para(
        "CONFIDENTIALITY NOTICE: this facsimile is intended only for the addressee. If "
        "received in error "
        "please call the sender and destroy all pages.",
        width=80,
    )
    _stamp(p, f, 380, 700, printed)
    p.new_page()
    p.line("PROTEST UNDER 19 U.S.C. 1514 AND 19 CFR PART 174", font="CB", size=11)
    p.gap(6)
    p.line(f"Port code: {f['port']}    ({f['port_name']})")
    p.line(f"Protestant: {f['name']}")
    if f["case"] != "missing-address":
        for number, row in enumerate(f["address"]):
            p.line(("Address:   " if number == 0 else "           ") + row)
    if f["case"] != "missing-importer":
        p.line(f"Importer No.: {f['importer']}")
    p.gap(6)
    p.line("Entries protested:", font="CB")
    bullet = f["rng"].choice(["  ", "  * ", "  o "])
    for e in f["entries"]:
        bare = e["number"].replace("-", "")
        parts = [f"{bullet}Entry {bare}"]
        if f["case"] != "missing-entry-date":
            parts.append(f"entered {C.fdate(e['entry'], ds)}")
        if f["case"] != "missing-liquidation":
            parts.append(f"liquidated {C.fdate(e['liq'], ds)}")
        if f["case"] == "two-ports":
            parts.append(f"port {e['port']}")
        p.line(", ".join(parts))
        printed += _entry_printed(f, e, bare)
    p.gap(6)
    if f["case"] != "missing-description":
        p.line(f"Merchandise: {f['goods']}")
        p.gap(4)
    p.line("Grounds:", font="CB")
    for text in _argument(f):
        p.para(text, width=80)
    for text in _statements(f):
        p.para(text, width=80)
    p.gap(16)
    p.line(f"/s/ {f['signer']}")
    p.line(f"{f['signer']}, {f['title']}")
    p.line(f"for {f['name']}")
    # the cover counts the pages actually sent
    p.pages[0] = [
        (*item[:3], str(item[3]).replace("{pages}", str(len(p.pages))), *item[4:])
        if item[0] == "T"
        else item
        for item in p.pages[0]
    ]
    return p.pages, printed


def layout_form(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """The importer's own ruled protest form; the argument on a rider page."""
    p = Pages(font="H", size=9)
    ds = f["dstyle"]
    printed = _common_printed(f)
    p.line("PROTEST  -  19 CFR PART 174", font="HB", size=14)
    p.line(f"{f['name']}  |  internal form CP-19R", size=8)
    p.gap(30)
    top = p.y + 16
    p.box(72, top - 44, 234, 44)
    p.box(306, top - 44, 234, 44)
    p.text(76, top - 10, "1  PORT CODE", "H", 7)
    p.text(80, top - 30, f"{f['port']}  {f['port_name']}", "H", 10)
    p.text(310, top - 10, "2  DATE RECEIVED (CBP USE)", "H", 7)
    if f["stamped"]:
        p.text(314, top - 30, C.stamp_date(f["received"]), "HB", 10)
        printed.append(C.stamp_date(f["received"]))
        if f["protest_number"]:
            p.text(420, top - 30, f"Protest No. {f['protest_number']}", "H", 8)
            printed.append(f["protest_number"])
    p.box(72, top - 110, 234, 66)
    p.box(306, top - 110, 234, 66)
    p.text(76, top - 54, "3  PROTESTING PARTY, NAME AND ADDRESS", "H", 7)
    p.text(80, top - 68, f["name"], "H", 9)
    if f["case"] != "missing-address":
        for number, row in enumerate(f["address"]):
            p.text(80, top - 80 - 11 * number, row, "H", 9)
    p.text(310, top - 54, "4  IMPORTER NUMBER", "H", 7)
    if f["case"] != "missing-importer":
        p.text(314, top - 70, f["importer"], "H", 10)
    p.y = top - 130
    p.line("5  ENTRIES", font="H", size=7)
    rows = [
        ["Entry number", "Date of entry", "Date of liquidation"]
        + (["Port"] if f["case"] == "two-ports" else [])
    ]
    for e in f["entries"]:
        row = [
            e["number"],
            "" if f["case"] == "missing-entry-date" else C.fdate(e["entry"], ds),
            "" if f["case"] == "missing-liquidation" else C.fdate(e["liq"], ds),
        ]
        rows.append(row + ([e["port"]] if f["case"] == "two-ports" else []))
        printed += _entry_printed(f, e, e["number"])
    p.grid([150, 120, 120] + ([60] if f["case"] == "two-ports" else []), rows, ruled=True)
    p.line("6  DECISION PROTESTED", size=7)
    chosen = "" if f["case"] == "invalid-petition" else f["category"]
    marks = "    ".join(
        f"[{'X' if chosen == key else ' '}] {label}" for key, label in CATEGORY_LABEL.items()
    )
    p.line(marks + ("    [X] Other: petition decision" if f["case"] == "invalid-petition" else ""))
    if f["case"] != "missing-description":
        p.line(f"Description of merchandise: {f['goods']}")
    p.line(
        f"7  Accelerated disposition requested:  [{'X' if f['accelerated'] else ' '}] Yes  "
        f"[{' ' if f['accelerated'] else 'X'}] No"
    )
    p.line(
        f"8  Further review requested:  [{'X' if f['afr'] else ' '}] Yes  "
        f"[{' ' if f['afr'] else 'X'}] No"
    )
    p.line("Reasons: see rider attached.")
    p.gap(20)
    p.line(f"Signature: /s/ {f['signer']}")
    p.line(f"Name: {f['signer']}     Title: {f['title']}     Date: {C.fdate(f['letter_date'], ds)}")
    p.new_page()
    p.line("RIDER TO PROTEST", font="HB", size=12)
    p.line(f"{f['name']} - entries listed on the form", size=8)
    p.gap(10)
    for number, text in enumerate(_argument(f) + _statements(f), start=1):
        p.para(f"{number}. {text}", width=95)
    return p.pages, printed


def layout_letter(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """The importer's business letter with a reference block at the top right."""
    p = Pages(font="T", size=11)
    ds = f["dstyle"]
    printed = _common_printed(f)
    p.line(f["name"], x=200, font="TB", size=15)
    if f["case"] != "missing-address":
        p.line("  |  ".join(f["address"]), x=180, size=9)
    else:
        p.line("Importers of quality goods since 1987", x=200, size=9)
    p.rule()
    p.gap(10)
    ref_y = p.y
    refs = [
        ("Date:", C.fdate(f["letter_date"], ds)),
        ("Our ref.:", f"PR-{f['rng'].randint(1000, 9999)}"),
        ("Port code:", f["port"]),
    ]
    if f["case"] != "missing-importer":
        refs.append(("Importer No.:", f["importer"]))
    for number, (label, value) in enumerate(refs):
        p.text(370, ref_y - 14 * number, label, "TB", 10)
        p.text(440, ref_y - 14 * number, value, "T", 10)
    _stamp(p, f, 72, ref_y, printed)
    p.y = ref_y - 14 * len(refs) - 20
    for row in ["Port Director, U.S. Customs and Border Protection", f"Port of {f['port_name']}"]:
        p.line(row)
    p.gap(10)
    p.line("Re: Protest of liquidation", font="TB")
    p.gap(4)
    p.line("Dear Port Director:")
    p.gap(4)
    pieces = []
    for e in f["entries"]:
        text = f"entry {e['number']}"
        if f["case"] != "missing-entry-date":
            text += f" of {C.fdate(e['entry'], ds)}"
        if f["case"] != "missing-liquidation":
            text += f", liquidated on {C.fdate(e['liq'], ds)}"
        if f["case"] == "two-ports":
            text += f" (port {e['port']})"
        pieces.append(text)
        printed += _entry_printed(f, e, e["number"])
    p.para(
        f"{f['name']} protests under 19 U.S.C. 1514 as to " + "; and ".join(pieces) + ".", width=84
    )
    if f["case"] != "missing-description":
        p.line(f"Merchandise: {f['goods']}")
        p.gap(4)
    for text in _argument(f) + _statements(f):
        p.para(text, width=84)
    p.gap(6)
    p.line("Sincerely,")
    p.gap(18)
    p.line(f["signer"])
    p.line(f["title"])
    return p.pages, printed


LAYOUTS = {"fax": layout_fax, "form": layout_form, "letter": layout_letter}

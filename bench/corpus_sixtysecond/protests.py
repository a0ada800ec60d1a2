# ruff: noqa: E501
"""Protests (19 U.S.C. 1514; 19 CFR Part 174): cases, truths and three styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import (
    COMPANIES,
    FILERS,
    FIRMS,
    HALF,
    LANDSCAPE,
    LETTER,
    PEOPLE,
    PORTS,
    Doc,
    ein,
    fdate,
    pick,
    width,
    wrap,
)

CASES = [
    "accept",
    "two-entries",
    "untimely",
    "premature",
    "grace-sat",
    "holiday-grace",
    "mixed-timing",
    "no-importer-number",
    "no-description",
    "penalty-petition",
    "adcvd-rate",
    "ninety-day-late",
    "entry-2004-12-20",
    "accelerated",
    "no-drawback-declaration",
    "cbp-assigned-number",
]
STYLES = ["certmail", "titleblock", "booklet"]

GOODS = [
    (
        "Cordless hedge trimmers, 40-volt, model HT-40X, with battery packs",
        "8467.29.0090",
        "8508.80.0000",
    ),
    (
        "Knitted cotton pullover sweaters for women, style nos. 2218 and 2219",
        "6110.20.2075",
        "6110.20.1020",
    ),
    (
        "Stainless steel insulated beverage bottles, 20 oz., item SB-20",
        "9617.00.1000",
        "7323.93.0080",
    ),
    ("LED linear high-bay luminaires, 150 W, catalogue HB-150", "9405.11.4010", "9405.19.4010"),
    ("Polyester fleece dog beds, round, 24 and 30 inch", "6307.90.9891", "9404.90.9570"),
    ("Porcelain floor tiles, unglazed, 600 x 600 mm", "6907.21.1005", "6907.22.1000"),
]
DRAWBACK = [
    "None of the entries covered by this protest is subject to drawback.",
    "The merchandise has not been, and will not be, the subject of a drawback claim.",
    "Protestant declares that the entry is not subject to drawback.",
    "Drawback: the entries are not the subject of any drawback claim.",
]
AFR = [
    "Protestant requests further review of this protest under 19 CFR 174.24(b): the decision raises a question "
    "of law not previously ruled upon.",
    "Application for further review is made; the port's decision is inconsistent with a ruling of Headquarters "
    "on substantially similar merchandise (19 CFR 174.24(a)).",
]


def _find(rng: random.Random, start: dt.date, pred: Any) -> dt.date:
    d = start
    while not pred(d):
        d += dt.timedelta(days=1)
    return d


def make(case: str, rng: random.Random) -> dict[str, Any]:
    name, addr = pick(rng, COMPANIES)
    port = pick(rng, PORTS)
    filer = pick(rng, FILERS)
    goods = pick(rng, GOODS)
    base = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(0, 420))
    liq = _find(rng, base, law.business_day)
    entry_date = liq - dt.timedelta(days=rng.randrange(300, 360))
    f: dict[str, Any] = {
        "name": name,
        "addr": addr,
        "ior": ein(rng),
        "port": port,
        "goods": goods[0],
        "hts": goods[1:],
        "category": rng.choice(["classification", "appraised_value"]),
        "accelerated": False,
        "afr": rng.random() < 0.5,
        "drawback": rng.choice(DRAWBACK),
        "signer": pick(rng, PEOPLE),
        "stamped": rng.random() < 0.35,
        "decision_note": "",
        "verify": False,
        "invalid": False,
    }
    entries = [(entry_date, liq)]
    received = liq + dt.timedelta(days=rng.randrange(30, 150))
    if case == "two-entries":
        entries.append((entry_date + dt.timedelta(days=rng.randrange(5, 40)), liq))
    elif case == "untimely":
        received = liq + dt.timedelta(days=rng.randrange(200, 261))
    elif case == "premature":
        received = liq - dt.timedelta(days=rng.randrange(5, 25))
        f["decision_note"] = "premature"
    elif case == "grace-sat":
        liq = _find(rng, liq, lambda d: (d + dt.timedelta(days=180)).weekday() == 5)
        entries = [(entry_date, liq)]
        received = law.next_business_day(law.last_day(entry_date, liq))
    elif case == "holiday-grace":
        hol = sorted(
            h
            for h in law.holidays(2025) | law.holidays(2026)
            if h.weekday() < 5 and h > liq + dt.timedelta(days=180)
        )
        last = hol[rng.randrange(min(4, len(hol)))]
        liq = last - dt.timedelta(days=180)
        entries = [(entry_date, liq)]
        received = law.next_business_day(last)
    elif case == "mixed-timing":
        liq0 = liq - dt.timedelta(days=rng.randrange(60, 90))
        entries = [(entry_date - dt.timedelta(days=50), liq0), (entry_date, liq)]
        received = liq0 + dt.timedelta(days=rng.randrange(190, 200))
        if received <= liq + dt.timedelta(days=10):
            received = liq + dt.timedelta(days=20)
    elif case == "no-importer-number":
        f["ior"] = None
    elif case == "no-description":
        f["goods"] = None
    elif case == "penalty-petition":
        f["invalid"] = True
        f["decision_note"] = "petition"
        f["petition_date"] = liq + dt.timedelta(days=rng.randrange(10, 20))
        f["penalty_case"] = f"{port[0]}-{liq.year % 100:02d}-{rng.randrange(100000, 999999)}"
    elif case == "adcvd-rate":
        f["invalid"] = True
        f["decision_note"] = "adcvd"
        f["adcvd_case"] = f"A-570-{rng.randrange(100, 999)}"
    elif case == "ninety-day-late":
        entries = [
            (dt.date(2004, 12, 17), dt.date(2005, 3, 4) + dt.timedelta(days=rng.randrange(0, 30)))
        ]
        received = entries[0][1] + dt.timedelta(days=rng.randrange(120, 141))
    elif case == "entry-2004-12-20":
        entries = [
            (dt.date(2004, 12, 20), dt.date(2005, 3, 4) + dt.timedelta(days=rng.randrange(0, 30)))
        ]
        received = entries[0][1] + dt.timedelta(days=rng.randrange(150, 161))
    elif case == "accelerated":
        f["accelerated"] = True
        f["category"] = "charges"
    elif case == "no-drawback-declaration":
        f["drawback"] = None
    elif case == "cbp-assigned-number":
        f["ior"] = f"{rng.randrange(100000, 999999)}-{rng.randrange(10000, 99999)}"
        f["verify"] = True
    nums = rng.sample(range(1000000, 9999999), len(entries))
    f["entries"] = [
        {"number": law.entry_number(filer, n), "date": e, "liq": lq}
        for n, (e, lq) in zip(nums, entries, strict=True)
    ]
    f["received"] = received
    f["letter_date"] = received - dt.timedelta(days=rng.randrange(2, 6))
    f["protest_number"] = (
        f"{port[0]}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}"
        if f["stamped"]
        else None
    )
    today = received + dt.timedelta(days=rng.randrange(1, 20))
    timings = [law.timing(received, e["date"], e["liq"]) for e in f["entries"]]
    missing = []
    if f["ior"] is None:
        missing.append("174.13(a)(2)")
    if f["goods"] is None:
        missing.append("174.13(a)(5)")
    if f["drawback"] is None:
        missing.append("174.13(a)(9)")
    outcome = law.protest_outcome(timings, f["invalid"], missing, f["verify"])
    expect = {
        "accept": "accept",
        "two-entries": "accept",
        "untimely": "untimely",
        "premature": "premature",
        "grace-sat": "needs_human",
        "holiday-grace": "needs_human",
        "mixed-timing": "needs_human",
        "no-importer-number": "deficient",
        "no-description": "deficient",
        "penalty-petition": "invalid",
        "adcvd-rate": "invalid",
        "ninety-day-late": "untimely",
        "entry-2004-12-20": "accept",
        "accelerated": "accept",
        "no-drawback-declaration": "deficient",
        "cbp-assigned-number": "needs_human",
    }[case]
    assert outcome == expect, (case, outcome, timings)
    last_days = {e["number"]: law.last_day(e["date"], e["liq"]).isoformat() for e in f["entries"]}
    values = {
        "protest_number": f["protest_number"],
        "port_code": port[0],
        "received_date": received.isoformat(),
        "importer_number": f["ior"],
        "protestant_name": name,
        "protestant_address": ", ".join(addr),
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidation_date": e["liq"].isoformat(),
            }
            for e in f["entries"]
        ],
        "category": f["category"],
        "merchandise_description": f["goods"],
        "accelerated_disposition": f["accelerated"],
        "further_review_requested": f["afr"],
        "signer_name": f["signer"],
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()),
        "last_days": last_days,
        "missing": missing,
    }
    not_scored: list[str] = []
    if f["invalid"]:
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline and last_days: the decision protested is none of 1514(a)'s"
        )
    if case == "no-drawback-declaration":
        del decision["outcome"]
        not_scored.append(
            "outcome: the only open point is the 174.13(a)(9) declaration, a VERIFY line"
        )
    rec_arg = received + dt.timedelta(days=2) if f["stamped"] else received
    args = ["--received", rec_arg.isoformat(), "--today", today.isoformat()]
    return {
        "fields": f,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": args,
    }


CATEGORY_WORDS = {
    "classification": "the classification of the merchandise and the rate of duty assessed",
    "appraised_value": "the appraised value of the merchandise",
    "charges": "the merchandise processing fee assessed on liquidation, a charge or exaction",
}


def _decision_text(f: dict[str, Any], df: str) -> str:
    if f["decision_note"] == "petition":
        return (
            f"the decision of the Fines, Penalties and Forfeitures Officer dated {fdate(f['petition_date'], df)} "
            f"denying Protestant's petition for relief in penalty case {f['penalty_case']} under 19 CFR 171"
        )
    if f["decision_note"] == "adcvd":
        return (
            f"the liquidation of the entry at the antidumping duty rate of 38.41 percent set by the Department "
            f"of Commerce in case {f['adcvd_case']}"
        )
    return CATEGORY_WORDS[f["category"]]


def _grounds(f: dict[str, Any]) -> str:
    if f["decision_note"] == "petition":
        return (
            "Protestant submits that the mitigated penalty is excessive and that its petition should have been "
            "granted in full, the violation being a clerical error."
        )
    if f["decision_note"] == "adcvd":
        return (
            "Protestant submits that the antidumping duty rate determined by the Department of Commerce in its "
            "administrative review is excessive, and that the entry should have been liquidated at the 4.21 "
            "percent cash-deposit rate."
        )
    if f["category"] == "classification":
        return (
            f"The port classified the merchandise in subheading {f['hts'][0]}, HTSUS. The goods are properly "
            f"classified in subheading {f['hts'][1]}, HTSUS, under GRI 1 and the terms of the heading, and the "
            "excess duty should be refunded with interest."
        )
    if f["category"] == "appraised_value":
        return (
            "The port appraised the merchandise on a deductive value basis. The goods should be appraised at the "
            "transaction value, the price actually paid or payable under 19 U.S.C. 1401a(b); the buyer and seller "
            "are not related and the price was not influenced by any relationship."
        )
    return (
        "The merchandise processing fee was computed on a value that included non-dutiable freight; the fee "
        "should be recomputed on the entered value and the excess refunded."
    )


def _liq_word(f: dict[str, Any]) -> str:
    return "scheduled to liquidate on" if f["decision_note"] == "premature" else "liquidated on"


# ---------------------------------------------------------------- style: certified-mail receipt and letter


def certmail(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["long", "abbr", "us"])
    doc = Doc(LETTER, margin=66)
    # PS Form 3800-like receipt strip, as the mail room leaves it on the scanned copy
    top = 760
    doc.box(66, top - 118, 250, 118)
    doc.text(72, top - 14, "U.S. Postal Service", "f2", 8)
    doc.text(72, top - 25, "CERTIFIED MAIL RECEIPT", "f2", 10)
    doc.text(72, top - 35, "Domestic Mail Only", "f1", 7)
    art = f"9589 0710 5270 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"
    fee = [
        ("Certified Mail Fee", "$4.85"),
        ("Return Receipt (hardcopy)", "$4.10"),
        ("Postage", "$1.77"),
        ("Total Postage and Fees", "$10.72"),
    ]
    y = top - 50
    for k, v in fee:
        doc.text(72, y, k, "f1", 7)
        doc.right(308, y, v, "f1", 7)
        doc.rule(72, y - 3, 308, y - 3, 2)
        y -= 12
    doc.text(72, y - 2, f"Sent To: CBP, Port of {f['port'][1]}", "f1", 7)
    doc.text(72, y - 12, f"Article No. {art}", "f5", 7)
    doc.box(330, top - 118, 90, 70)
    doc.text(340, top - 60, "Postmark", "f1", 6)
    doc.text(340, top - 70, "Here", "f1", 6)
    doc.text(338, top - 92, fdate(f["letter_date"], "dash").upper(), "f2", 8)
    if f["stamped"]:
        doc.box(440, top - 100, 106, 58)
        doc.center(top - 56, "RECEIVED", "f2", 11, 440, 546)
        doc.center(top - 70, fdate(f["received"], "dash").upper(), "f2", 10, 440, 546)
        doc.center(top - 82, f"CBP {f['port'][1].upper()}", "f1", 7, 440, 546)
        doc.center(top - 93, f"Protest {f['protest_number']}", "f1", 7, 440, 546)
    doc.y = top - 150
    doc.line(f["name"], "f4", 13)
    for a in f["addr"]:
        doc.line(a, "f3", 10, lead=12)
    doc.y -= 14
    doc.line(fdate(f["letter_date"], df))
    doc.y -= 6
    doc.line("VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED", "f4", 9)
    doc.y -= 4
    for a in [
        "Port Director",
        "U.S. Customs and Border Protection",
        f"Port of {f['port'][1]} (Port Code {f['port'][0]})",
    ]:
        doc.line(a, lead=12)
    doc.y -= 8
    doc.para("Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174", "f4", 10)
    doc.para("Dear Port Director:")
    ior = f"(importer number {f['ior']})" if f["ior"] else ""
    doc.para(
        f"{f['name']} {ior} protests {_decision_text(f, df)}, as to the entry or entries listed below. "
        "This protest is filed by the importer of record itself.".replace("  ", " ")
    )
    for i, e in enumerate(f["entries"], 1):
        doc.para(
            f"({i}) Entry No. {e['number']} was made on {fdate(e['date'], df)} and was {_liq_word(f)} "
            f"{fdate(e['liq'], df)}.",
            x=doc.margin + 18,
        )
    if f["goods"]:
        doc.para(f"Merchandise: {f['goods']}", "f4")
    doc.para(_grounds(f))
    if f["drawback"]:
        doc.para(f["drawback"])
    if f["afr"]:
        doc.para(rng.choice(AFR))
    if f["accelerated"]:
        doc.para(
            "Protestant requests accelerated disposition of this protest under 19 CFR 174.22; this letter is "
            "sent by certified mail for that purpose."
        )
    doc.para("Very truly yours,", after=2)
    doc.para(f["name"], after=26)
    doc.rule(doc.margin, doc.y + 14, doc.margin + 170, doc.y + 14, 5)
    doc.line(f["signer"])
    doc.line(
        rng.choice(
            [
                "Director of Import Compliance",
                "Vice President, Logistics",
                "Trade Compliance Manager",
            ]
        )
    )
    return doc


# ---------------------------------------------------------------- style: landscape sheet with a title block


def titleblock(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["dash", "us", "iso"])
    doc = Doc(LANDSCAPE, margin=36)
    W, H = LANDSCAPE
    doc.box(24, 24, W - 48, H - 48)
    doc.text(40, H - 58, "PROTEST AND SCHEDULE OF ENTRIES", "f2", 15)
    doc.text(
        40,
        H - 74,
        "19 U.S.C. 1514  -  19 CFR Part 174  -  filed with U.S. Customs and Border Protection",
        "f1",
        8,
    )
    cols = [
        ("ITEM", 40),
        ("PORT", 80),
        ("ENTRY NUMBER", 120),
        ("DATE OF ENTRY", 240),
        ("LIQUIDATION DATE", 340),
        ("DECISION PROTESTED", 460),
    ]
    y = H - 104
    doc.box(36, y - 6, W - 72, 18, 88)
    for c, x in cols:
        doc.text(x, y, c, "f2", 8)
    y -= 20
    for i, e in enumerate(f["entries"], 1):
        doc.text(48, y, str(i), "f1", 9)
        doc.text(80, y, f["port"][0], "f1", 9)
        doc.text(120, y, e["number"], "f5", 9)
        doc.text(240, y, fdate(e["date"], df), "f1", 9)
        liq = fdate(e["liq"], df) + (" (sched.)" if f["decision_note"] == "premature" else "")
        doc.text(340, y, liq, "f1", 9)
        for k, ln in enumerate(wrap(_decision_text(f, df), W - 36 - 460, "f1", 8)[:3]):
            doc.text(460, y - k * 10, ln, "f1", 8)
        doc.rule(36, y - 26, W - 36, y - 26, 3)
        y -= 34
    # notes column on the left, as on a drawing
    doc.text(40, y - 8, "NOTES:", "f2", 9)
    doc.y = y - 22
    notes = []
    if f["goods"]:
        notes.append(f"MERCHANDISE: {f['goods']}")
    notes.append("GROUNDS: " + _grounds(f))
    notes.append("DRAWBACK: " + f["drawback"].removeprefix("Drawback: ") if f["drawback"] else "")
    notes.append("FURTHER REVIEW: " + (rng.choice(AFR) if f["afr"] else "not requested."))
    notes.append(
        "ACCELERATED DISPOSITION: requested under 19 CFR 174.22; sent by registered mail."
        if f["accelerated"]
        else "ACCELERATED DISPOSITION: not requested."
    )
    n = 1
    for note in notes:
        if not note:
            continue
        lines = wrap(note, 420, "f1", 8)
        doc.text(40, doc.y, f"{n}.", "f1", 8)
        for ln in lines:
            doc.text(54, doc.y, ln, "f1", 8)
            doc.y -= 10
        doc.y -= 4
        n += 1
    # title block, bottom right
    x0, x1, yb = 500, W - 36, 36
    rows: list[list[tuple[str, str]]] = [
        [
            ("CBP USE - PROTEST NO.", f["protest_number"] or ""),
            ("CBP USE - DATE RECEIVED", fdate(f["received"], df) if f["stamped"] else ""),
        ],
        [("SIGNED BY", f["signer"]), ("DATE", fdate(f["letter_date"], df))],
        [("IMPORTER NO.", f["ior"] or ""), ("PORT OF ENTRY", f"{f['port'][0]} {f['port'][1]}")],
        [("ADDRESS", ", ".join(f["addr"]))],
        [("PROTESTANT", f["name"])],
    ]
    rh = 30
    for rn, row in enumerate(rows):
        ry = yb + rn * rh
        cw = (x1 - x0) / len(row)
        for cn, (cap, val) in enumerate(row):
            cx = x0 + cn * cw
            doc.box(cx, ry, cw, rh)
            doc.text(cx + 3, ry + rh - 8, cap, "f1", 5)
            size = 9 if width(val, "f2", 9) < cw - 6 else 7
            doc.text(cx + 3, ry + 7, val, "f2", size)
    doc.box(x0, yb + len(rows) * rh, x1 - x0, 16, 80)
    doc.text(
        x0 + 4,
        yb + len(rows) * rh + 5,
        "SHEET 1 OF 1    " + ("REV. A" if rng.random() < 0.5 else "ORIGINAL"),
        "f2",
        7,
    )
    return doc


# ---------------------------------------------------------------- style: half-letter bound brief


def booklet(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["formal", "long", "dmy"])
    firm, faddr = pick(rng, FIRMS)
    doc = Doc(HALF, margin=44, bottom=54)
    W, H = HALF
    doc.center(H - 70, "BEFORE THE", "f3", 9)
    doc.center(H - 84, "U.S. CUSTOMS AND BORDER PROTECTION", "f4", 10)
    doc.center(H - 98, f"PORT OF {f['port'][1].upper()}", "f3", 9)
    doc.rule(120, H - 112, W - 120, H - 112, 5)
    doc.center(H - 150, "PROTEST", "f4", 16)
    doc.center(H - 172, "of", "f7", 10)
    doc.center(H - 194, f["name"], "f4", 11)
    doc.center(H - 210, "Protestant", "f7", 9)
    if f["stamped"]:
        doc.box(W / 2 - 60, H - 300, 120, 54)
        doc.center(H - 264, "RECEIVED", "f2", 10)
        doc.center(H - 278, fdate(f["received"], "us"), "f2", 10)
        doc.center(H - 292, f"No. {f['protest_number']}", "f1", 7)
    y = 150
    for ln in ["Submitted by counsel:", firm, *faddr]:
        doc.center(y, ln, "f3", 9)
        y -= 12
    page = [1]

    def head(d: Doc) -> None:
        page[0] += 1
        d.text(d.margin, d.h - 30, f"Protest of {f['name']}", "f7", 8)
        d.center(28, f"- {page[0]} -", "f3", 8)

    doc.on_new_page = head
    doc.new_page()
    sz = 9

    def sec(title: str) -> None:
        doc.y -= 4
        doc.need(30)
        doc.center(doc.y, title.upper(), "f4", 8)
        doc.y -= 14

    doc.center(doc.y, "STATEMENT OF PROTEST", "f4", 11)
    doc.y -= 20
    sec("The Protestant")
    ior = f", importer number {f['ior']}," if f["ior"] else ""
    doc.para(
        f"The protestant is {f['name']}{ior} whose address is {', '.join(f['addr'])}. Protestant is the "
        f"importer of record of the entries below and appears by its counsel, {firm}.",
        size=sz,
    )
    sec("The Entries")
    doc.para(
        f"The entries were made at the port of {f['port'][1]}, port code {f['port'][0]}:", size=sz
    )
    for i, e in enumerate(f["entries"], 1):
        doc.para(
            f"{i}. Entry No. {e['number']}, entered {fdate(e['date'], df)}, {_liq_word(f)} {fdate(e['liq'], df)}.",
            size=sz,
            x=doc.margin + 12,
        )
    sec("The Decision Protested")
    doc.para(f"Protestant objects to {_decision_text(f, df)}.", size=sz)
    if f["goods"]:
        sec("The Merchandise")
        doc.para(f"Description of merchandise: {f['goods']}", size=sz)
    sec("Grounds")
    doc.para(_grounds(f), size=sz)
    if f["drawback"]:
        sec("Drawback")
        doc.para(f["drawback"], size=sz)
    sec("Further Review and Disposition")
    doc.para(
        rng.choice(AFR)
        if f["afr"]
        else "Protestant does not apply for further review at this time.",
        size=sz,
    )
    if f["accelerated"]:
        doc.para(
            "Protestant requests accelerated disposition (19 CFR 174.22). This protest is sent by registered mail.",
            size=sz,
        )
    doc.y -= 6
    doc.need(130)
    doc.para(f"Dated {fdate(f['letter_date'], df)}.", size=sz)
    doc.para("Respectfully submitted,", size=sz, after=22)
    doc.rule(W / 2 - 20, doc.y + 12, W - doc.margin, doc.y + 12, 5)
    for ln in [f["signer"], firm, *faddr, "Counsel for Protestant"]:
        doc.line(ln, "f3", sz, x=W / 2 - 20, lead=11)
    return doc


RENDER = {"certmail": certmail, "titleblock": titleblock, "booklet": booklet}

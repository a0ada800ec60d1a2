# ruff: noqa: E501
"""Protests under 19 U.S.C. 1514 / 19 CFR Part 174: cases, truths and three senders' layouts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law
from .layout import Doc, W, wrap

CASES = [
    "accept",
    "two-entries",
    "untimely",
    "premature",
    "grace-sat",
    "mixed-timing",
    "no-importer-number",
    "no-description",
    "penalty-petition",
    "adcvd-rate",
    "ninety-day-late",
    "entry-2004-12-20",
    "holiday-grace",
    "accelerated",
    "no-drawback-declaration",
    "cbp-assigned-number",
]
STYLES = ["sidecol", "annex", "bilingual"]
MISSING = {
    "no-importer-number": ["174.13(a)(2)"],
    "no-description": ["174.13(a)(5)"],
    "no-drawback-declaration": ["174.13(a)(9)"],
}
DAY = dt.timedelta(days=1)


def _liquidation_for_last_day(rng: random.Random, want: str) -> dt.date:
    """A liquidation date (a business day) whose last day falls on a Saturday or a weekday holiday."""
    start = dt.date(2023, 1, 2) + rng.randrange(0, 600) * DAY
    day = start
    while True:
        last = day + 180 * DAY
        if law.is_business_day(day):
            if want == "sat" and last.weekday() == 5:
                return day
            if want == "holiday" and last.weekday() < 5 and not law.is_business_day(last):
                return day
        day += DAY


def facts(case: str, rng: random.Random) -> dict[str, Any]:
    party = rng.choice(c.PARTIES)
    port = rng.choice(list(c.PORTS))
    filer = rng.choice(c.FILERS)
    goods, hts = rng.choice(c.GOODS)
    signer = rng.choice(c.PEOPLE)
    liq = c.business_day_near(dt.date(2023, 3, 1) + rng.randrange(0, 700) * DAY)
    entry_date = c.business_day_near(liq - rng.randrange(200, 330) * DAY)
    received = liq + rng.randrange(25, 170) * DAY
    entries = [(c.new_entry(rng, filer), entry_date, liq)]
    f: dict[str, Any] = {
        "case": case,
        "party": party,
        "port": port,
        "ports": [port],
        "goods": goods,
        "hts": hts,
        "signer": signer,
        "importer": c.ein(rng),
        "category": rng.choice(["classification", "appraised_value"]),
        "decision": "liquidation",
        "accelerated": False,
        "afr": rng.random() < 0.5,
        "drawback": True,
        "stamp": rng.random() < 0.35,
        "protest_number": None,
    }
    if case == "two-entries":
        e2 = c.business_day_near(entry_date + rng.randrange(5, 40) * DAY)
        liq2 = c.business_day_near(liq + rng.randrange(3, 30) * DAY)
        entries.append((c.new_entry(rng, filer), e2, liq2))
        received = liq2 + rng.randrange(20, 150) * DAY
        if rng.random() < 0.5:
            f["ports"] = [port, port]
    elif case == "untimely":
        received = liq + rng.randrange(200, 260) * DAY
    elif case == "premature":
        received = liq - rng.randrange(6, 40) * DAY
        f["stamp"] = False
    elif case in ("grace-sat", "holiday-grace"):
        liq = _liquidation_for_last_day(rng, "sat" if case == "grace-sat" else "holiday")
        entry_date = c.business_day_near(liq - rng.randrange(200, 330) * DAY)
        entries = [(entries[0][0], entry_date, liq)]
        received = law.next_business_day(liq + 180 * DAY)
        f["stamp"] = True
    elif case == "mixed-timing":
        liq1 = c.business_day_near(liq - rng.randrange(120, 160) * DAY)
        e1 = c.business_day_near(liq1 - rng.randrange(200, 300) * DAY)
        entries = [(c.new_entry(rng, filer), e1, liq1), entries[0]]
        received = c.business_day_near(liq1 + rng.randrange(200, 220) * DAY)
        assert received <= liq + 180 * DAY
    elif case == "no-importer-number":
        f["importer"] = None
    elif case == "no-description":
        f["goods"] = None
    elif case == "penalty-petition":
        f["decision"] = "petition"
        f["petition_date"] = received - rng.randrange(10, 20) * DAY
    elif case == "adcvd-rate":
        f["decision"] = "adcvd"
    elif case in ("ninety-day-late", "entry-2004-12-20"):
        entry_date = dt.date(2004, 12, 17) if case == "ninety-day-late" else dt.date(2004, 12, 20)
        liq = c.business_day_near(dt.date(2005, 10, 3) + rng.randrange(0, 60) * DAY)
        entries = [(entries[0][0], entry_date, liq)]
        received = (
            liq
            + (rng.randrange(120, 140) if case == "ninety-day-late" else rng.randrange(150, 160))
            * DAY
        )
    elif case == "accelerated":
        f["accelerated"] = True
    elif case == "no-drawback-declaration":
        f["drawback"] = False
    elif case == "cbp-assigned-number":
        f["importer"] = c.cbp_assigned(rng)
    received = (
        c.business_day_near(received) if case not in ("grace-sat", "holiday-grace") else received
    )
    if case == "untimely" or case == "ninety-day-late":
        # the day after a business-day last day or later: never the P-TIME-5 grace
        assert law.timing(received, entries[0][1], entries[0][2]) == "late"
    f["entries"] = entries
    f["received"] = received
    f["today"] = received + rng.randrange(3, 25) * DAY
    f["letter_date"] = received - rng.randrange(1, 5) * DAY
    if f["stamp"]:
        year = received.year % 100
        f["protest_number"] = f"{port}-{year:02d}-{rng.randrange(100000, 999999):06d}"
    return f


def truth(f: dict[str, Any]) -> dict[str, Any]:
    case = f["case"]
    timings = [law.timing(f["received"], e, liq) for _, e, liq in f["entries"]]
    missing = MISSING.get(case, [])
    invalid = f["decision"] != "liquidation"
    outcome = law.protest_outcome(timings, invalid, missing, verify=case == "cbp-assigned-number")
    expect = {
        "untimely": "untimely",
        "premature": "premature",
        "grace-sat": "needs_human",
        "holiday-grace": "needs_human",
        "mixed-timing": "needs_human",
        "penalty-petition": "invalid",
        "adcvd-rate": "invalid",
        "ninety-day-late": "untimely",
        "no-importer-number": "deficient",
        "no-description": "deficient",
        "cbp-assigned-number": "needs_human",
    }.get(case, "accept" if case != "no-drawback-declaration" else "deficient")
    assert outcome == expect, (case, outcome, timings)
    name, street, city = f["party"]
    values: dict[str, Any] = {
        "protest_number": f["protest_number"],
        "port_code": f["port"],
        "received_date": f["received"].isoformat(),
        "importer_number": f["importer"],
        "protestant_name": name,
        "protestant_address": f"{street}, {city}",
        "entries": [
            {"entry_number": n, "entry_date": e.isoformat(), "liquidation_date": liq.isoformat()}
            for n, e, liq in f["entries"]
        ],
        "category": f["category"],
        "merchandise_description": f["goods"],
        "accelerated_disposition": f["accelerated"],
        "further_review_requested": f["afr"],
        "signer_name": f["signer"][0],
    }
    last_days = {n: law.last_day(e, liq).isoformat() for n, e, liq in f["entries"]}
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()),
        "last_days": last_days,
        "missing": missing,
    }
    not_scored = []
    if invalid:
        del values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline, last_days: the decision protested (a penalty-petition decision or a Commerce"
            " antidumping determination) is none of 1514(a)'s, so the contract gives it no category or clock"
        )
    if case == "no-drawback-declaration":
        del decision["outcome"]
        not_scored.append(
            "outcome: the only open point is a missing 174.13(a)(9) declaration (a VERIFY line)"
        )
    received_arg = f["received"] + (2 * DAY if f["stamp"] else 0 * DAY)
    return {
        "kind": "protest",
        "args": ["--received", received_arg.isoformat(), "--today", f["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


# ---- shared wording -------------------------------------------------------------------------------

CATEGORY_TEXT = {
    "classification": "the classification of the merchandise and the rate and amount of duty assessed",
    "appraised_value": "the appraised value of the merchandise",
}


def objection(f: dict[str, Any]) -> str:
    if f["decision"] == "petition":
        return (
            "the decision of the Fines, Penalties and Forfeitures Officer dated "
            f"{c.d_long(f['petition_date'])} on our petition for relief under 19 CFR Part 171, which denied"
            " mitigation of the penalty assessed against the Protestant. We ask that the penalty be cancelled."
        )
    if f["decision"] == "adcvd":
        return (
            "the antidumping duty rate applied at liquidation, which follows the Department of Commerce's"
            " final results of administrative review. Protestant submits that the cash deposit rate of the"
            " earlier review should have been applied."
        )
    if f["case"] == "premature":
        liq = f["entries"][0][2]
        what = "classification" if f["category"] == "classification" else "appraised value"
        return (
            f"the {what} of the merchandise proposed in the port's notice of action (CBP Form 29), which"
            f" is to be applied when the entry liquidates on {c.d_long(liq)}, as the ACE entry summary"
            " shows. The Protestant objects now so that the proposed change is not made."
        )
    if f["category"] == "classification":
        return (
            f"the classification of the merchandise under subheading {f['hts']}, HTSUS, and the rate and"
            " amount of duty assessed on liquidation. The merchandise is properly classified in another"
            " subheading at a lower rate, for the reasons set out below."
        )
    return (
        "the appraised value of the merchandise determined at liquidation, which added to the transaction"
        " value a buying commission paid to the Protestant's own agent. A bona fide buying commission is"
        " not part of the price actually paid or payable (19 U.S.C. 1401a(b)(1))."
    )


def drawback_text(f: dict[str, Any], rng: random.Random) -> str:
    return rng.choice(
        [
            "The merchandise covered by this protest is not subject to a drawback claim.",
            "No entry covered by this protest is the subject of a drawback claim.",
            "Protestant declares that the entries are not subject to drawback.",
        ]
    )


def afr_text(f: dict[str, Any]) -> str:
    if f["afr"]:
        return (
            "Protestant applies for further review under 19 CFR 174.24(b): the decision raises a question"
            " of law not previously ruled on. There is no prior adverse decision, no pending application,"
            " and no court action on the same claim."
        )
    return "Further review is not requested."


def accel_text(f: dict[str, Any]) -> str:
    if f["accelerated"]:
        return (
            "Protestant requests accelerated disposition of this protest under 19 CFR 174.22; this protest"
            " is sent by certified mail, return receipt requested."
        )
    return "Accelerated disposition is not requested."


def stamp(doc: Doc, f: dict[str, Any], x: float, y: float, dstyle: Any) -> None:
    doc.rect(x, y, 170, 58, 1.2)
    doc.text(x + 8, y + 44, "U.S. CUSTOMS AND BORDER PROTECTION", "Helvetica-Bold", 7)
    doc.text(x + 8, y + 30, f"RECEIVED  {dstyle(f['received'])}", "Courier-Bold", 9)
    doc.text(x + 8, y + 18, f"PORT {f['port']}  {c.PORTS[f['port']].upper()}"[:34], "Helvetica", 7)
    doc.text(x + 8, y + 6, f"Protest No. {f['protest_number']}", "Courier", 8)


def entry_ports(f: dict[str, Any]) -> list[str]:
    return f["ports"] if len(f["ports"]) == len(f["entries"]) else [f["port"]] * len(f["entries"])


# ---- style 1: a letter with a side column of particulars -------------------------------------------


def sidecol(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=200, right=56)
    name, street, city = f["party"]
    signer = f["signer"][0]
    ds = rng.choice([c.d_long, c.d_abbr])
    firm = rng.choice(["Okafor Whitcombe LLP", "Lindqvist & Bell LLP", "Castellanos & Raman PLLC"])
    doc.text(56, 740, firm.upper(), "Times-Bold", 15)
    doc.text(56, 726, "Customs and International Trade", "Times-Italic", 10)
    doc.line(56, 718, W - 56, 718, 1)
    # side column
    doc.fill(40, 90, 146, 620, 0.92)
    y = 696.0

    def side(cap: str, lines: list[str]) -> None:
        nonlocal y
        doc.text(48, y, cap, "Helvetica-Bold", 7.5)
        y -= 11
        for ln in lines:
            doc.text(48, y, ln, "Helvetica", 8)
            y -= 10
        y -= 7

    doc.text(48, y + 2, "PARTICULARS", "Helvetica-Bold", 9)
    y -= 16
    side("Protestant", wrap(name, "Helvetica", 8, 134))
    side("Address", [street, city])
    if f["importer"]:
        side("Importer No.", [f["importer"]])
    side("Port of entry", [f"{f['port']} {c.PORTS[f['port']]}"[:30]])
    for i, (n, e, liq) in enumerate(f["entries"]):
        side(
            f"Entry {i + 1}" if len(f["entries"]) > 1 else "Entry",
            [n, f"entered {c.d_us(e)}", f"liquidated {c.d_us(liq)}"],
        )
    side("Sent by", ["Certified mail" if f["accelerated"] else "Hand delivery"])
    # body
    doc.y = 700
    if f["stamp"]:
        stamp(doc, f, W - 56 - 172, 640, c.d_abbr)
    doc.text(200, doc.y, ds(f["letter_date"]), "Times-Roman", 11)
    doc.y -= 28
    for ln in [
        "Port Director",
        "U.S. Customs and Border Protection",
        f"Port of {c.PORTS[f['port']]}",
    ]:
        doc.text(200, doc.y, ln, "Times-Roman", 11)
        doc.y -= 13
    doc.y -= 10
    doc.para(
        "Re: Protest under 19 U.S.C. 1514 -- the entries listed at left", "Times-Bold", 11, after=8
    )
    doc.para("Dear Port Director:", "Times-Roman", 11, after=6)
    doc.para(
        f"We write on behalf of {name}, the importer of record, to protest {objection(f)}",
        "Times-Roman",
        11,
    )
    if f["goods"]:
        doc.para("Description of merchandise:", "Times-Bold", 11, after=0)
        doc.para(f["goods"], "Times-Roman", 11)
    doc.para(
        "The facts and legal arguments are those stated above; the entry papers and commercial invoices"
        " are available to the port on request.",
        "Times-Roman",
        11,
    )
    doc.para(drawback_text(f, rng) if f["drawback"] else "", "Times-Roman", 11)
    doc.para(accel_text(f), "Times-Roman", 11)
    doc.para(afr_text(f), "Times-Roman", 11)
    doc.need(80)
    doc.para("Respectfully submitted,", "Times-Roman", 11, after=26)
    doc.para(signer, "Times-Roman", 11, after=0)
    doc.para(firm, "Times-Roman", 11, after=0)
    doc.para(f"Attorneys for the Protestant, {name}", "Times-Italic", 11)

    def cont(d: Doc) -> None:
        d.text(200, 740, f"Protest of {name} -- continued", "Times-Italic", 9)
        d.y = 720

    doc.on_new_page = cont

    def foot(d: Doc, i: int, n: int) -> None:
        d.right_text(W - 56, 40, f"{i}/{n}", "Times-Roman", 8)

    doc.footer = foot
    return doc


# ---- style 2: numbered paragraphs with the entries in an annex --------------------------------------


def annex(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=96, right=72)
    name, street, city = f["party"]
    signer, title = f["signer"]
    ds = rng.choice([c.d_mil, c.d_long])
    font = rng.choice(["Times-Roman", "Courier"])
    bold = "Times-Bold" if font == "Times-Roman" else "Courier-Bold"
    size = 11 if font == "Times-Roman" else 10
    doc.center_text(720, "PROTEST", bold, 14)
    doc.center_text(704, "(19 U.S.C. 1514; 19 CFR Part 174)", font, 10)
    if f["stamp"]:
        stamp(doc, f, W - 72 - 172, 726, c.d_iso)
    doc.y = 680
    doc.para(
        f"To the Port Director, Port of {c.PORTS[f['port']]} (port code {f['port']}). Dated {ds(f['letter_date'])}.",
        font,
        size,
        after=10,
    )
    n = 0

    def item(head: str, body: str) -> None:
        nonlocal n
        n += 1
        doc.para(f"{head}. {body}", font, size, first=f"{n}.", after=7)

    item("Protestant", f"{name}, {street}, {city} (the Protestant).")
    if f["importer"]:
        item("Importer number", f"The Protestant's importer number is {f['importer']}.")
    k = len(f["entries"])
    item(
        "Entries",
        f"This protest covers the {'entry' if k == 1 else str(k) + ' entries'} identified in Annex A, which"
        " gives for each entry its number, its port, its date of entry and its date of liquidation. Annex A"
        " forms part of this protest.",
    )
    if f["goods"]:
        doc.para("Merchandise:", bold, size, first=f"{n + 1}.", after=0)
        n += 1
        doc.para(f["goods"], font, size, after=7)
    item("Decision protested", f"The Protestant objects to {objection(f)}")
    if f["drawback"]:
        item("Drawback", drawback_text(f, rng))
    item("Accelerated disposition", accel_text(f))
    item("Further review", afr_text(f))
    doc.need(70)
    doc.para("Submitted for the Protestant by its authorized agent,", font, size, after=24)
    doc.para(f"{signer}, {title}", font, size, after=0)
    doc.para(f"for {name}", font, size)
    doc.new_page()
    doc.para("ANNEX A -- ENTRIES COVERED BY THIS PROTEST (see paragraph 3)", bold, size, after=8)
    rows = [
        [str(i + 1), num, p, ds(e), ds(liq)]
        for i, ((num, e, liq), p) in enumerate(zip(f["entries"], entry_ports(f), strict=True))
    ]
    doc.table(
        ["No.", "Entry number", "Port", "Date of entry", "Date of liquidation"],
        rows,
        [96, 126, 236, 286, 396, 540],
        font=font,
        size=9,
        head_font=bold,
    )

    def foot(d: Doc, i: int, m: int) -> None:
        d.center_text(36, f"Protest of {name} -- page {i} of {m}", font, 8)

    doc.footer = foot
    return doc


# ---- style 3: a bilingual (Spanish / English) form with dotted leaders ------------------------------


def bilingual(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=60, right=60)
    name, street, city = f["party"]
    signer, title = f["signer"]
    ds = rng.choice([c.d_dash, c.d_iso])
    doc.fill(60, 718, W - 120, 40, 0.85)
    doc.text(70, 742, "PROTESTA ADMINISTRATIVA / ADMINISTRATIVE PROTEST", "Helvetica-Bold", 13)
    doc.text(70, 726, "19 U.S.C. 1514 -- 19 CFR Parte/Part 174", "Helvetica", 9)
    doc.rect(W - 230, 640, 170, 66, 0.8)
    doc.text(W - 224, 696, "Para uso de CBP / For CBP use", "Helvetica-Oblique", 7.5)
    if f["stamp"]:
        doc.text(W - 224, 680, f"Recibido / Received: {ds(f['received'])}", "Helvetica", 8)
        doc.text(W - 224, 666, f"Protesta No. / Protest No.: {f['protest_number']}", "Helvetica", 8)
    doc.y = 700
    doc.leader("Puerto / Port code", f"{f['port']} ({c.PORTS[f['port']]})", xv=200, size=9.5)
    doc.y = 626
    doc.text(60, doc.y, "I. PROTESTANTE / PROTESTANT", "Helvetica-Bold", 10)
    doc.skip(2)
    doc.leader("Nombre / Name", name, xv=300, size=9.5)
    doc.leader("Dirección / Address", street, xv=300, size=9.5)
    doc.leader("Ciudad, estado, código postal / City, state, ZIP", city, xv=300, size=9.5)
    doc.leader("Número de importador / Importer number", f["importer"] or "", xv=300, size=9.5)
    doc.skip(24)
    doc.text(60, doc.y, "II. ENTRADAS / ENTRIES", "Helvetica-Bold", 10)
    doc.skip(8)
    rows = [
        [num, p, ds(e), ds(liq)]
        for (num, e, liq), p in zip(f["entries"], entry_ports(f), strict=True)
    ]
    doc.table(
        [
            "Número de entrada / Entry no.",
            "Puerto / Port",
            "Fecha de entrada / Entered",
            "Liquidación / Liquidated",
        ],
        rows,
        [60, 200, 280, 420, 552],
        size=8.5,
        shade=True,
    )
    doc.text(
        60, doc.y - 10, "III. MERCANCÍA Y DECISIÓN / MERCHANDISE AND DECISION", "Helvetica-Bold", 10
    )
    doc.skip(12)
    if f["goods"]:
        doc.leader("Descripción de la mercancía / Merchandise", f["goods"], xv=300, size=9.5)
    cat = {"petition": "Other", "adcvd": "Other"}.get(
        f["decision"],
        {"classification": "Classification", "appraised_value": "Appraisement"}[f["category"]],
    )
    doc.skip(6)
    doc.need(20)
    doc.y -= 14
    x = 60.0
    doc.text(x, doc.y, "Decisión protestada / Decision protested:", "Helvetica", 9.5)
    x = 270
    for opt in ["Classification", "Appraisement", "Other"]:
        doc.rect(x, doc.y - 1, 8, 8, 0.7)
        if opt == cat:
            doc.text(x + 1.2, doc.y, "X", "Helvetica-Bold", 8)
        doc.text(x + 12, doc.y, opt, "Helvetica", 9)
        x += 90
    doc.skip(8)
    doc.para("Fundamento / Grounds: The Protestant objects to " + objection(f), "Helvetica", 9.5)
    if f["drawback"]:
        doc.para("Reintegro / Drawback: " + drawback_text(f, rng), "Helvetica", 9.5)

    def yesno(label: str, yes: bool) -> None:
        doc.need(18)
        doc.y -= 16
        doc.text(60, doc.y, label, "Helvetica", 9.5)
        for i, (opt, on) in enumerate([("Sí / Yes", yes), ("No / No", not yes)]):
            xx = 380 + i * 80
            doc.rect(xx, doc.y - 1, 8, 8, 0.7)
            if on:
                doc.text(xx + 1.2, doc.y, "X", "Helvetica-Bold", 8)
            doc.text(xx + 12, doc.y, opt, "Helvetica", 9)

    yesno("IV. Disposición acelerada / Accelerated disposition requested", f["accelerated"])
    if f["accelerated"]:
        doc.para(
            "(enviada por correo certificado / sent by certified mail)",
            "Helvetica-Oblique",
            8.5,
            x=380,
        )
    yesno("V. Revisión adicional / Further review requested", f["afr"])
    doc.skip(18)
    doc.need(60)
    doc.y -= 12
    doc.line(60, doc.y, 280, doc.y)
    doc.text(60, doc.y - 12, "Firma / Signature", "Helvetica-Oblique", 8)
    doc.y -= 16
    doc.leader("Nombre / Name", signer, xv=300, size=9.5)
    doc.leader("Cargo / Title", title, xv=300, size=9.5)
    doc.leader("Fecha / Date", ds(f["letter_date"]), xv=300, size=9.5)

    def foot(d: Doc, i: int, n: int) -> None:
        d.text(60, 36, f"Página / Page {i} de / of {n}", "Helvetica", 7.5)

    doc.footer = foot
    return doc


def make(index: int, seed: int) -> tuple[dict[str, Any], Doc, str]:
    rng = c.rng_for("protest", index, seed)
    case = CASES[index % len(CASES)]
    f = facts(case, rng)
    style = STYLES[(index + seed) % 3]
    doc = {"sidecol": sidecol, "annex": annex, "bilingual": bilingual}[style](f, rng)
    t = truth(f)
    t["case"] = case
    t["style"] = style
    return t, doc, case

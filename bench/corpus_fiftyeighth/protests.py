# ruff: noqa: E501
"""Protests in three senders' habits: a paper form with captions printed under the value lines, a letter
built on a chronology table, and a short cover letter with an attached schedule of entries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import law
from .common import (
    CITIES,
    COMPANIES,
    FILERS,
    GOODS,
    PEOPLE,
    PORTS,
    STREETS,
    Doc,
    business_date,
    ein,
    fdate,
    rng,
    serial,
)  # fmt: skip

STYLES = ("captions-under", "chronology", "cover-schedule")
CASES = (
    "accept", "two-entries", "no-importer-number", "no-description", "untimely", "premature",
    "penalty-petition", "weekend-grace", "split-timing", "ninety-day", "accelerated-review",
)  # fmt: skip
PLAN = (
    "accept", "two-entries", "no-importer-number", "no-description", "untimely", "premature",
    "penalty-petition", "weekend-grace", "split-timing", "ninety-day", "accelerated-review",
    "accept", "two-entries", "no-importer-number", "no-description", "untimely", "premature",
    "penalty-petition", "weekend-grace", "split-timing", "accelerated-review", "accept",
)  # fmt: skip
CATEGORY_WORDS = {
    "classification": "Classification and rate of duty",
    "appraised_value": "Appraised value",
    "charges": "Charges (merchandise processing fee)",
}
TITLES = (
    "Vice President, Trade Compliance",
    "Import Manager",
    "Director of Logistics",
    "President",
)
DRAWBACK = (
    "The merchandise covered by the entries is not subject to drawback.",
    "Protestant declares that no drawback claim has been or will be filed on these entries.",
    "Drawback: none of the entries listed is the subject of a drawback claim.",
)


def _dates(r: Any, case: str) -> tuple[list[tuple[dt.date, dt.date]], dt.date]:
    """(entry date, liquidation date) per entry and the CBP receipt date, as the case needs."""
    if case == "ninety-day":
        entry = dt.date(2004, 12, r.randint(1, 16))
        liq = business_date(r, dt.date(2005, 9, 5), 40)
        return [(entry, liq)], liq + dt.timedelta(days=r.randint(100, 160))
    entry = business_date(r, dt.date(2023, 5, 1), 300)
    liq = business_date(r, entry + dt.timedelta(days=300), 30)
    if case == "weekend-grace":
        while law.is_business_day(law.last_day(entry, liq)):
            liq += dt.timedelta(days=1)
        return [(entry, liq)], law.next_business_day(law.last_day(entry, liq))
    second = business_date(r, entry + dt.timedelta(days=3), 20)
    if case == "split-timing":
        liq2 = business_date(r, liq + dt.timedelta(days=60), 20)
        rec = law.last_day(entry, liq) + dt.timedelta(days=r.randint(6, 25))
        return [(entry, liq), (second, liq2)], rec
    entries = [(entry, liq), (second, liq)] if case == "two-entries" else [(entry, liq)]
    if case == "untimely":
        rec = law.next_business_day(law.last_day(entry, liq)) + dt.timedelta(days=r.randint(4, 30))
    elif case == "premature":
        rec = liq - dt.timedelta(days=r.randint(6, 40))
    else:
        rec = liq + dt.timedelta(days=r.randint(20, 165))
    while rec.weekday() >= 5:
        rec -= dt.timedelta(days=1)
    return entries, rec


def make(index: int, seed: int, family: str) -> dict[str, Any]:
    case, style = PLAN[index], STYLES[index % 3]
    r = rng("protest58", seed, index)
    port, port_name = r.choice(PORTS)
    name = r.choice(COMPANIES)
    address = [r.choice(STREETS), r.choice(CITIES)]
    ior = ein(r) if case != "no-importer-number" else None
    goods, hts = r.choice(GOODS)
    desc = goods if case != "no-description" else None
    signer, title = r.choice(PEOPLE), r.choice(TITLES)
    category = (
        "charges" if case == "penalty-petition" else r.choice(["classification", "appraised_value"])
    )
    filer = r.choice(FILERS)
    dates, received = _dates(r, case)
    entries = [
        {
            "entry_number": law.entry_number(filer, serial(r)),
            "entry_date": e.isoformat(),
            "liquidation_date": q.isoformat(),
        }
        for e, q in dates
    ]
    stamped = style == "captions-under" and index % 2 == 0
    pnum = f"{port}-{received.year % 100:02d}-{r.randint(100000, 199999)}" if stamped else None
    accel = further = case == "accelerated-review"
    missing = (["174.13(a)(2)"] if ior is None else []) + (["174.13(a)(5)"] if desc is None else [])
    timings = [law.timing(received, e, q) for e, q in dates]
    invalid = case == "penalty-petition"
    if invalid:
        timings = ["timely"]
    outcome = law.protest_outcome(timings, invalid, missing)
    p = {
        "port": port, "port_name": port_name, "name": name, "address": address, "ior": ior,
        "goods": goods, "desc": desc, "hts": hts, "signer": signer, "title": title,
        "category": category, "entries": entries, "received": received, "pnum": pnum,
        "stamped": stamped, "accel": accel, "further": further, "invalid": invalid,
        "drawback": r.choice(DRAWBACK), "r": r, "case": case,
    }  # fmt: skip
    doc = {"captions-under": _captions_under, "chronology": _chronology, "cover-schedule": _cover}[
        style
    ](p)
    values: dict[str, Any] = {
        "protest_number": pnum, "port_code": port, "received_date": received.isoformat(),
        "importer_number": ior, "protestant_name": name, "protestant_address": ", ".join(address),
        "entries": entries, "category": category, "merchandise_description": desc,
        "accelerated_disposition": accel, "further_review_requested": further, "signer_name": signer,
    }  # fmt: skip
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    not_scored = []
    if invalid:
        del values["category"]
        not_scored += [
            "category: the decision protested (denial of a 19 CFR 171 petition) is none of the contract's categories",
            "deadline and last_days: a penalty-petition decision cannot be protested, so no protest period runs",
        ]
    else:
        last = {
            e["entry_number"]: law.last_day(d[0], d[1]).isoformat()
            for e, d in zip(entries, dates, strict=True)
        }
        decision["last_days"] = last
        decision["deadline"] = min(last.values())
    return {
        "case": case, "style": style, "doc": doc, "values": values, "decision": decision,
        "not_scored": not_scored, "received": received, "today": received,
        "title": f"Protest {name}", "date_styles": p.get("date_styles", []),
    }  # fmt: skip


def _objection(p: dict[str, Any]) -> str:
    what = "the imported articles" if p["desc"] is None else "the merchandise"
    if p["invalid"]:
        return (
            f"Protestant objects to the decision of the Fines, Penalties and Forfeitures Officer denying its petition "
            f"for relief under 19 CFR Part 171 and demanding payment of the mitigated penalty on {what}, which it "
            "considers excessive in view of its prior good record."
        )
    entries = "entries" if len(p["entries"]) > 1 else "entry"
    if p["case"] == "premature":
        action = f"CBP has advised by notice of action (CBP Form 29) that the {entries} will be liquidated"
    else:
        action = f"CBP liquidated the {entries}"
    if p["category"] == "classification":
        return (
            f"{action} classifying {what} outside subheading {p['hts']}, HTSUS, at a higher rate. The articles "
            f"are described by the terms of subheading {p['hts']} and classification there follows from GRI 1; "
            f"Protestant asks that the {entries} be liquidated or reliquidated accordingly and any excess duty refunded."
        )
    return (
        f"{action} appraising {what} on a value that added buying commissions to the transaction value. The "
        "commissions were paid to Protestant's own buying agent and are not part of the price actually paid or "
        f"payable (19 U.S.C. 1401a(b)); the {entries} should be appraised at the invoice value."
    )


def _stamp(d: Doc, p: dict[str, Any], x: float, y: float) -> None:
    d.rect(x, y, 160, 58, 1.2)
    d.text(x + 8, y + 14, "U.S. CUSTOMS AND BORDER PROTECTION", "HB", 6.5)
    d.text(x + 8, y + 28, f"RECEIVED  {fdate(p['received'], 'abbr')}", "CB", 9)
    d.text(x + 8, y + 42, f"Port {p['port']}  Protest No. {p['pnum']}", "C", 7.5)
    d.text(x + 8, y + 53, "Entry/Protest Branch", "H", 6)
    p.setdefault("date_styles", []).append("abbr")


def _field(d: Doc, x: float, y: float, w: float, value: str, caption: str, font: str = "C") -> None:
    d.text(x + 2, y, value, font, 10)
    d.line(x, y + 3, x + w, y + 3, 0.6)
    d.text(x, y + 11, caption, "H", 6.5)


def _captions_under(p: dict[str, Any]) -> Doc:
    d, ds = Doc(), "us"
    p["date_styles"] = [ds]
    d.text(54, 60, p["name"].upper(), "HB", 12)
    d.text(54, 74, "Form TC-14 (rev. 3/22)  PROTEST AND APPLICATION FOR RELIEF", "H", 8)
    d.text(54, 86, "Filed under 19 U.S.C. 1514 and 19 CFR Part 174", "H", 8)
    if p["stamped"]:
        _stamp(d, p, 396, 44)
    y = 128.0
    d.text(54, y - 16, "PART A  PROTESTING PARTY", "HB", 9)
    _field(d, 54, y, 330, p["name"], "Name of protesting party (importer of record)")
    _field(d, 400, y, 160, p["ior"] or "", "Importer number (IRS/EIN)")
    y += 30
    _field(d, 54, y, 250, p["address"][0], "Street address")
    _field(d, 320, y, 240, p["address"][1], "City, State, ZIP")
    y += 30
    _field(d, 54, y, 120, p["port"], "Port code")
    _field(d, 190, y, 160, p["port_name"], "Port of entry")
    _field(
        d,
        366,
        y,
        194,
        CATEGORY_WORDS.get(p["category"], "Other")
        if not p["invalid"]
        else "Denial of petition (19 CFR 171)",
        "Decision protested",
    )
    y += 40
    d.text(54, y - 14, "PART B  ENTRIES COVERED", "HB", 9)
    for e in p["entries"]:
        _field(d, 54, y, 170, e["entry_number"], "Entry number (filer-number-check digit)")
        _field(
            d,
            240,
            y,
            140,
            fdate(dt.date.fromisoformat(e["entry_date"]), ds),
            "Date of entry (mm/dd/yyyy)",
        )
        _field(
            d,
            396,
            y,
            164,
            fdate(dt.date.fromisoformat(e["liquidation_date"]), ds),
            "Date of liquidation or decision",
        )
        y += 30
    y += 10
    d.text(54, y - 14, "PART C  MERCHANDISE AND OBJECTION", "HB", 9)
    _field(d, 54, y, 506, p["desc"] or "", "Specific description of the merchandise")
    y += 28
    y = d.para(56, y, 500, _objection(p), "C", 9.5, 12)
    d.line(54, y - 8, 560, y - 8, 0.6)
    d.text(54, y + 1, "Nature of and justification for the objection", "H", 6.5)
    y += 26
    _field(d, 54, y, 506, p["drawback"], "Declaration regarding drawback (19 CFR 174.13(a)(9))")
    y += 30
    _field(
        d,
        54,
        y,
        240,
        "Yes - sent by certified mail" if p["accel"] else "No",
        "Accelerated disposition requested (19 CFR 174.22)",
    )
    _field(
        d,
        320,
        y,
        240,
        "Yes - criterion 174.24(b)" if p["further"] else "No",
        "Application for further review (19 CFR 174.24)",
    )
    y += 44
    _field(d, 54, y, 220, "", "Signature")
    _field(d, 300, y, 260, fdate(p["received"] - dt.timedelta(days=3), ds), "Date signed")
    y += 28
    _field(d, 54, y, 220, p["signer"], "Printed name")
    _field(d, 300, y, 260, p["title"], "Title")
    d.text(
        54,
        760,
        "TC-14 is an internal form of the protestant; it carries the information of CBP Form 19.",
        "H",
        6.5,
    )
    return d


def _letterhead(d: Doc, p: dict[str, Any], font: str) -> None:
    d.text(72, 56, p["name"], font + "B" if font != "C" else "CB", 14)
    d.text(72, 70, f"{p['address'][0]}  |  {p['address'][1]}", font, 9)
    d.line(72, 78, 540, 78, 1)


def _chronology(p: dict[str, Any]) -> Doc:
    d, ds = Doc(), "long"
    p["date_styles"] = [ds]
    r = p["r"]
    _letterhead(d, p, "T")
    written = p["received"] - dt.timedelta(days=r.randint(2, 5))
    d.text(72, 104, fdate(written, ds), "T", 11)
    y = 130.0
    for ln in (
        "Port Director",
        "U.S. Customs and Border Protection",
        f"Port of {p['port_name']} (Port Code {p['port']})",
        "Attn: Protest Section",
    ):
        d.text(72, y, ln, "T", 11)
        y += 14
    y += 10
    d.text(72, y, "Re:  Protest under 19 U.S.C. 1514", "TB", 11)
    y += 14
    if p["ior"]:
        d.text(100, y, f"Importer of record number {p['ior']}", "T", 11)
        y += 14
    y += 8
    y = d.para(72, y, 468, "Dear Port Director:", "T", 11, 14) + 4
    y = (
        d.para(
            72,
            y,
            468,
            (
                f"{p['name']} protests the decision described below. So that the history of the entries can be followed, "
                "we set out the events in order of date."
            ),
            "T",
            11,
            14,
        )
        + 6
    )
    d.text(72, y, "Chronology", "TB", 11)
    y += 6
    d.line(72, y, 540, y, 0.8)
    y += 13
    events: list[tuple[dt.date, str]] = []
    for e in p["entries"]:
        ed, ld = (
            dt.date.fromisoformat(e["entry_date"]),
            dt.date.fromisoformat(e["liquidation_date"]),
        )
        events.append((ed, f"Entry {e['entry_number']} made at {p['port_name']}; date of entry."))
        if p["invalid"]:
            events.append((ld, f"Entry {e['entry_number']} liquidated as entered."))
        elif p["case"] == "premature":
            events.append(
                (ld, f"Entry {e['entry_number']} scheduled to liquidate (bulletin notice).")
            )
        else:
            events.append((ld, f"Entry {e['entry_number']} liquidated; date of liquidation."))
    if p["invalid"]:
        events.append(
            (p["received"] - dt.timedelta(days=40), "Petition for relief denied by FP&F Officer.")
        )
    for when, what in sorted(events):
        d.text(72, y, fdate(when, ds), "T", 10.5)
        y = d.para(190, y, 350, what, "T", 10.5, 13)
        d.line(72, y - 9, 540, y - 9, 0.3)
        y += 2
    y += 8
    if y > 600:
        d.new_page()
        d.text(72, 56, f"{p['name']} - protest - page 2", "T", 9)
        y = 84.0
    if p["desc"]:
        d.text(72, y, "Merchandise:", "TB", 11)
        y = d.para(160, y, 380, p["desc"], "T", 11, 14) + 4
    d.text(72, y, "Objection:", "TB", 11)
    y = d.para(160, y, 380, _objection(p), "T", 11, 14) + 4
    y = d.para(72, y, 468, p["drawback"], "T", 11, 14) + 4
    if p["accel"]:
        y = (
            d.para(
                72,
                y,
                468,
                "This protest is sent by certified mail, return receipt requested, and Protestant requests accelerated disposition under 19 CFR 174.22. Protestant also applies for further review under 19 CFR 174.24(b): the question has not been ruled on.",
                "T",
                11,
                14,
            )
            + 4
        )
    else:
        y = (
            d.para(
                72,
                y,
                468,
                "Protestant does not request accelerated disposition or further review.",
                "T",
                11,
                14,
            )
            + 4
        )
    if y > 640:
        d.new_page()
        y = 84.0
    y += 10
    d.text(72, y, "Sincerely,", "T", 11)
    d.text(72, y + 40, f"/s/ {p['signer']}", "T", 11)
    d.text(72, y + 54, p["signer"], "T", 11)
    d.text(72, y + 68, p["title"], "T", 11)
    return d


def _cover(p: dict[str, Any]) -> Doc:
    d, ds = Doc(), "dots"
    p["date_styles"] = [ds]
    _letterhead(d, p, "H")
    written = p["received"] - dt.timedelta(days=2)
    d.right(540, 100, f"Our ref. TC/{p['r'].randint(100, 999)}   {fdate(written, ds)}", "H", 9)
    y = 124.0
    for ln in (
        "U.S. Customs and Border Protection",
        f"Port Director, {p['port_name']}",
        f"Port code {p['port']}",
    ):
        d.text(72, y, ln, "H", 10)
        y += 13
    y += 14
    d.text(72, y, "PROTEST - SEE ATTACHED SCHEDULES A AND B", "HB", 10.5)
    y += 20
    ior = f" (importer number {p['ior']})" if p["ior"] else ""
    y = (
        d.para(
            72,
            y,
            468,
            (
                f"{p['name']}{ior} hereby protests under 19 U.S.C. 1514 the decision identified in Schedule A on the entries "
                "listed there. The grounds are stated in Schedule B. Both schedules form part of this protest."
            ),
            "H",
            10,
            13.5,
        )
        + 6
    )
    y = d.para(72, y, 468, p["drawback"], "H", 10, 13.5) + 6
    if p["accel"]:
        y = (
            d.para(
                72,
                y,
                468,
                "Accelerated disposition is requested (19 CFR 174.22); this protest travels by registered mail. We further apply for further review (19 CFR 174.24(b)).",
                "H",
                10,
                13.5,
            )
            + 6
        )
    else:
        y = (
            d.para(
                72,
                y,
                468,
                "No accelerated disposition and no further review are requested.",
                "H",
                10,
                13.5,
            )
            + 6
        )
    y += 20
    d.text(72, y, "For the protestant", "H", 10)
    d.line(72, y + 34, 260, y + 34, 0.5)
    d.text(72, y + 46, p["signer"], "H", 10)
    d.text(72, y + 59, p["title"], "H", 9)
    d.text(72, 740, "Enclosures: Schedule A (entries), Schedule B (grounds)", "H", 8)
    d.new_page()
    d.text(72, 60, "SCHEDULE A - ENTRIES AND DECISION PROTESTED", "HB", 11)
    d.text(72, 74, f"Protestant: {p['name']}", "H", 9)
    cols = [
        (72, "Port"),
        (112, "Entry number"),
        (212, "Entry date"),
        (282, "Liquidated"),
        (352, "Decision"),
    ]
    y = 100.0
    d.rect(70, y - 12, 472, 18, 0.5)
    for x, h in cols:
        d.text(x + 2, y, h, "HB", 8.5)
    for e in p["entries"]:
        y += 18
        dec = "Denial of 171 petition" if p["invalid"] else CATEGORY_WORDS[p["category"]]
        row = [
            p["port"],
            e["entry_number"],
            fdate(dt.date.fromisoformat(e["entry_date"]), ds),
            fdate(dt.date.fromisoformat(e["liquidation_date"]), ds),
            dec,
        ]
        for (x, _), v in zip(cols, row, strict=True):
            d.text(x + 2, y, v, "H", 8.5)
        d.line(70, y + 6, 542, y + 6, 0.3)
    y += 30
    if p["desc"]:
        d.text(72, y, "Merchandise description:", "HB", 9)
        y = d.para(200, y, 340, p["desc"], "H", 9, 12) + 10
    d.text(72, y, "SCHEDULE B - GROUNDS", "HB", 11)
    y = d.para(72, y + 18, 468, _objection(p), "H", 9.5, 12.5)
    return d

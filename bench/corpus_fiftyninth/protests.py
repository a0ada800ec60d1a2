# ruff: noqa: E501
"""Protests: cases decided by law.py and three sender styles of the fifty-ninth hand."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law
from .layout import Doc, width

CASES = [
    "accept",
    "two-entries",
    "no-ior",
    "no-desc",
    "untimely",
    "premature",
    "invalid-second",
    "grace",
    "mixed-late",
    "ninety-day",
    "earlier-no-date",
]
STYLES = ["undercaption", "declaration", "hrow"]
D = dt.timedelta


def _weekday(day: dt.date) -> dt.date:
    while not law.business_day(day):
        day += D(days=1)
    return day


def facts(case: str, r: random.Random) -> dict[str, Any]:
    co = r.choice(c.COMPANIES)
    port = r.choice(c.PORTS)
    goods = r.choice(c.GOODS)
    filer = c.filer_code(r)
    liq = _weekday(dt.date(2025, 1, 6) + D(days=r.randrange(0, 280)))
    entered = liq - D(days=r.randrange(250, 340))
    n = 2 if case in ("two-entries", "mixed-late") else 1
    liqs = [liq]
    if case == "two-entries":
        liqs.append(_weekday(liq + D(days=r.randrange(0, 20))))
    if case == "mixed-late":
        liqs.append(_weekday(liq + D(days=r.randrange(45, 80))))
    if case == "ninety-day":
        entered = dt.date(2004, 12, r.randrange(6, 18))
        liqs = [_weekday(entered + D(days=r.randrange(280, 330)))]
    if case == "grace":
        want_holiday = r.random() < 0.5
        day = liq
        while True:
            lday = law.last_day(entered, day)
            if not law.business_day(lday) and (not want_holiday or lday.weekday() < 5):
                break
            day += D(days=1)
        liqs = [day]
    dates = [entered + D(days=7 * k) for k in range(n)]
    entries = [(c.make_entry(r, filer), dates[k], liqs[k]) for k in range(n)]
    last = [law.last_day(e, lq) for _, e, lq in entries]
    if case == "untimely" or case == "ninety-day":
        received = _weekday(last[0] + D(days=r.randrange(12, 40)))
    elif case == "premature":
        received = _weekday(liqs[0] - D(days=r.randrange(5, 25)))
    elif case == "grace":
        received = law.next_business_day(last[0])
    elif case == "mixed-late":
        received = _weekday(last[0] + D(days=r.randrange(8, 30)))
    else:
        received = _weekday(max(liqs) + D(days=r.randrange(25, 150)))
    timings = [law.timing(received, e, lq) for _, e, lq in entries]
    missing = []
    if case == "no-ior":
        missing.append("174.13(a)(2)")
    if case == "no-desc":
        missing.append("174.13(a)(5)")
    if case == "earlier-no-date":
        missing.append("174.13(a)(7)")
    outcome = law.protest_outcome(timings, case == "invalid-second", missing)
    expect = {
        "accept": "accept",
        "two-entries": "accept",
        "no-ior": "deficient",
        "no-desc": "deficient",
        "untimely": "untimely",
        "premature": "premature",
        "invalid-second": "invalid",
        "grace": "needs_human",
        "mixed-late": "needs_human",
        "ninety-day": "untimely",
        "earlier-no-date": "deficient",
    }[case]
    assert outcome == expect, (case, outcome, timings)
    category = r.choice(["classification", "appraised_value"])
    if case == "invalid-second":
        category = "classification"
    sent = received - D(days=r.randrange(1, 5))
    return {
        "case": case,
        "name": co[0],
        "street": co[1],
        "city": co[2],
        "signer": co[3],
        "title": co[4],
        "ior": None if case == "no-ior" else c.ior(r),
        "port_code": port[0],
        "port_name": port[1],
        "desc": None if case == "no-desc" else goods[0],
        "hts": goods[1],
        "entries": entries,
        "category": category,
        "accel": r.random() < 0.3,
        "afr": r.random() < 0.5,
        "received": received,
        "sent": sent,
        "today": received + D(days=r.randrange(1, 20)),
        "last": last,
        "outcome": outcome,
        "missing": missing,
        "pno": f"{port[0]}-{(sent.year - 1) % 100:02d}-{r.randrange(100000, 999999)}",
        "pdate": sent - D(days=r.randrange(60, 200)),
        "stamped": r.random() < 0.45,
        "ds": r.choice(c.DATE_STYLES),
    }


def truth(f: dict[str, Any]) -> dict[str, Any]:
    values = {
        "protest_number": None,
        "port_code": f["port_code"],
        "received_date": f["received"].isoformat(),
        "importer_number": f["ior"],
        "protestant_name": f["name"],
        "protestant_address": f"{f['street']}, {f['city']}",
        "entries": [
            {"entry_number": n, "entry_date": e.isoformat(), "liquidation_date": lq.isoformat()}
            for n, e, lq in f["entries"]
        ],
        "category": f["category"],
        "merchandise_description": f["desc"],
        "accelerated_disposition": f["accel"],
        "further_review_requested": f["afr"],
        "signer_name": f["signer"],
    }
    last_days = {n: d.isoformat() for (n, _, _), d in zip(f["entries"], f["last"], strict=False)}
    decision = {
        "outcome": f["outcome"],
        "deadline": min(f["last"]).isoformat(),
        "last_days": last_days,
        "missing": f["missing"],
    }
    args = ["--today", f["today"].isoformat()]
    if not f["stamped"]:
        args = ["--received", f["received"].isoformat(), *args]
    return {
        "kind": "protest",
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": [],
    }


def _objection(f: dict[str, Any]) -> str:
    what = (
        "classification and rate of duty"
        if f["category"] == "classification"
        else "appraised value"
    )
    if f["category"] == "classification":
        why = (
            f"CBP liquidated the merchandise under a subheading other than {f['hts']}, HTSUS, which "
            "describes it by name under GRI 1; the higher rate assessed should be refunded with interest."
        )
    else:
        why = (
            "CBP increased the transaction value by an assist that the seller never received; the price "
            "actually paid or payable is the correct basis of appraisement under 19 U.S.C. 1401a(b)."
        )
    return f"Protestant objects to the {what} of the merchandise. {why}"


def _drawback(r: random.Random) -> str:
    return r.choice(
        [
            "The entries are not subject to drawback.",
            "No drawback has been claimed or will be claimed on the entries covered by this protest.",
            "Drawback declaration: the merchandise is not the subject of a drawback claim.",
        ]
    )


def _extra(f: dict[str, Any], ds: str) -> list[str]:
    if f["case"] == "invalid-second":
        return [
            f"Protestant filed Protest No. {f['pno']} on {c.fdate(f['pdate'], ds)} on the same entry and "
            "the same merchandise; that protest contested the appraised value. This protest contests "
            "the classification of the same merchandise."
        ]
    if f["case"] == "earlier-no-date":
        return [
            f"Protestant asks for the same disposition as in its Protest No. {f['pno']}, on which an "
            "application for further review is pending."
        ]
    return []


def _accel_text(f: dict[str, Any]) -> str:
    if f["accel"]:
        return (
            "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent by "
            "certified mail, return receipt requested."
        )
    return "Accelerated disposition is not requested."


def _afr_text(f: dict[str, Any]) -> str:
    if f["afr"]:
        return (
            "Protestant applies for further review under 19 CFR 174.24(b): the decision raises a "
            "question of law not previously ruled upon. No other application or court action on the "
            "same claim is pending, and there is no prior adverse decision."
        )
    return "Further review is not requested."


def render(f: dict[str, Any], style: str, r: random.Random) -> Doc:
    return {"undercaption": _undercaption, "declaration": _declaration, "hrow": _hrow}[style](f, r)


def _uf(
    doc: Doc, x: float, y: float, w: float, value: str | None, caption: str, size: float = 10
) -> None:
    """A paper form's field: the typed value on a rule, its caption printed under the rule."""
    if value:
        doc.text(x + 2, y, value, "Courier", size)
    doc.line(x, y + 3, x + w, y + 3, 0.5)
    doc.text(x, y + 11, caption, "Helvetica", 6.5)


def _undercaption(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["slash", "iso", "dash"])
    doc = Doc(top=54, bottom=54)
    doc.text(54, 50, f["name"].upper(), "Helvetica-Bold", 9)
    doc.right(558, 50, "Form TC-14 (rev. 03/24)", "Helvetica", 7)
    doc.centre(306, 78, "NOTICE OF PROTEST", "Helvetica-Bold", 14)
    doc.centre(
        306,
        92,
        "19 U.S.C. 1514 - 19 CFR Part 174 - submit to the port where the entries were made",
        "Helvetica",
        7.5,
    )
    y = 125.0
    _uf(doc, 54, y, 330, f["name"], "1. NAME OF PROTESTANT")
    _uf(doc, 400, y, 158, f["ior"], "2. IMPORTER NUMBER (IRS/EIN)")
    y += 32
    _uf(doc, 54, y, 250, f["street"], "3a. STREET ADDRESS")
    _uf(doc, 320, y, 238, f["city"], "3b. CITY, STATE, ZIP CODE")
    y += 32
    cat = "Classification / rate" if f["category"] == "classification" else "Appraised value"
    _uf(doc, 54, y, 60, f["port_code"], "4. PORT CODE")
    _uf(doc, 130, y, 170, f["port_name"], "5. PORT NAME")
    _uf(doc, 316, y, 242, cat, "6. DECISION PROTESTED")
    y += 34
    doc.text(54, y - 12, "7. ENTRIES COVERED (one line per entry)", "Helvetica-Bold", 7.5)
    for k, (num, ent, liq) in enumerate(f["entries"]):
        y += 4
        _uf(doc, 54, y, 170, num, f"7.{k + 1}a ENTRY NUMBER")
        _uf(doc, 240, y, 140, c.fdate(ent, ds), f"7.{k + 1}b DATE OF ENTRY")
        _uf(doc, 396, y, 162, c.fdate(liq, ds), f"7.{k + 1}c DATE OF LIQUIDATION")
        y += 28
    y += 6
    desc = f["desc"] or ""
    _uf(doc, 54, y, 504, desc, "8. DESCRIPTION OF MERCHANDISE", size=9.5)
    y += 32
    _uf(doc, 54, y, 150, "Yes" if f["accel"] else "No", "9. ACCELERATED DISPOSITION (Y/N)")
    _uf(doc, 220, y, 150, "Yes" if f["afr"] else "No", "10. FURTHER REVIEW (Y/N)")
    _uf(doc, 386, y, 172, "No", "11. SUBJECT TO DRAWBACK (Y/N)")
    y += 24
    doc.y = y
    texts = [_objection(f), *_extra(f, ds)]
    if f["accel"]:
        texts.append(_accel_text(f))
    if f["afr"]:
        texts.append(_afr_text(f))
    top = doc.y
    for t in texts:
        doc.para(60, 490, t, "Courier", 9, 11.5, 3)
    doc.box(54, top, 504, doc.y - top + 4, lw=0.5)
    doc.y += 14
    doc.text(
        54,
        doc.y,
        "12. NATURE OF AND JUSTIFICATION FOR THE OBJECTION (caption of the box above)",
        "Helvetica",
        6.5,
    )
    doc.need(110)
    y = doc.y + 34
    _uf(doc, 54, y, 140, f"/s/ {f['signer']}", "13. SIGNATURE", size=8.5)
    _uf(doc, 204, y, 130, f["signer"], "14. PRINTED NAME", size=8.5)
    _uf(doc, 344, y, 150, f["title"], "15. TITLE", size=7.5)
    _uf(doc, 504, y, 54, c.fdate(f["sent"], "slash"), "16. DATE", size=8)
    y += 30
    doc.box(54, y, 504, 44, gray=0.92, lw=0.5)
    doc.text(60, y + 11, "FOR CBP USE ONLY", "Helvetica-Bold", 7)
    y += 32
    _uf(doc, 60, y, 200, None, "PROTEST NUMBER")
    _uf(doc, 300, y, 200, c.fdate(f["received"], ds) if f["stamped"] else None, "DATE RECEIVED")
    if f["stamped"]:
        doc.rotated(470, 700, 18, "CBP COPY", "Helvetica-Bold", 16)
    return doc


def _declaration(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["long", "dmy", "abbr"])
    doc = Doc(top=72, bottom=72)
    if f["stamped"]:
        doc.box(400, 40, 160, 58, lw=1.2)
        doc.centre(480, 54, "RECEIVED", "Helvetica-Bold", 11)
        doc.centre(480, 68, "U.S. CUSTOMS AND BORDER PROTECTION", "Helvetica", 6)
        doc.centre(480, 82, c.fdate(f["received"], "long").upper(), "Helvetica-Bold", 9)
        doc.centre(480, 93, f"PORT OF {f['port_name'].upper()}", "Helvetica", 6)
    doc.centre(306, 120, "BEFORE U.S. CUSTOMS AND BORDER PROTECTION", "Times-Bold", 12)
    doc.centre(
        306, 136, f"Port of {f['port_name']} (port code {f['port_code']})", "Times-Roman", 11
    )
    doc.centre(306, 162, f"PROTEST AND DECLARATION OF {f['signer'].upper()}", "Times-Bold", 12)
    doc.y = 176
    doc.para(72, 468, f"I, {f['signer']}, declare as follows:", "Times-Roman", 11.5)
    ior = f" Protestant's importer number is {f['ior']}." if f["ior"] else ""
    paras = [
        f'I am the {f["title"]} of {f["name"]} ("Protestant"), whose address is {f["street"]}, '
        f"{f['city']}.{ior} I have personal knowledge of the facts below and make this declaration in "
        "support of Protestant's protest under 19 U.S.C. 1514."
    ]
    many = len(f["entries"]) > 1
    paras.append(
        f"The protest covers the following {'entries' if many else 'entry'}, made at the port "
        f"of {f['port_name']}:"
    )
    out: list[tuple[str, list[str]]] = [(p, []) for p in paras]
    out[-1][1].extend(
        f"Entry No. {n}, entered {c.fdate(e, ds)}, liquidated {c.fdate(lq, ds)}."
        for n, e, lq in f["entries"]
    )
    if f["desc"]:
        out.append((f"Description of the merchandise: {f['desc']}.", []))
    else:
        out.append(("The merchandise is that covered by the entry papers.", []))
    for t in [_objection(f), _drawback(r), *_extra(f, ds), _accel_text(f), _afr_text(f)]:
        out.append((t, []))
    for k, (t, sub) in enumerate(out, start=1):
        doc.need(40)
        doc.y += 4
        doc.text(72, doc.y + 14.5, f"{k}.", "Times-Roman", 11.5)
        doc.para(96, 444, t, "Times-Roman", 11.5, 14.5, 2)
        for s in sub:
            doc.para(120, 420, s, "Times-Roman", 11.5, 14.5, 0)
        doc.y += 4
    doc.para(
        72,
        468,
        "I declare under penalty of perjury under the laws of the United States of America that "
        f"the foregoing is true and correct. Executed on {c.fdate(f['sent'], ds)} at "
        f"{f['city'].split(',')[0]}.",
        "Times-Roman",
        11.5,
        14.5,
    )
    doc.need(80)
    y = doc.y + 26
    doc.text(320, y, f"/s/ {f['signer']}", "Times-Italic", 12)
    doc.line(320, y + 4, 540, y + 4, 0.6)
    doc.text(320, y + 18, f["signer"], "Times-Roman", 11)
    doc.text(320, y + 32, f["title"], "Times-Roman", 11)
    doc.text(320, y + 46, f["name"], "Times-Roman", 11)
    for k, page in enumerate(doc.pages, start=1):
        page["ops"].append(["t", 288.0, 760.0, "Times-Roman", 9, f"- {k} -"])
    return doc


def _cells(
    doc: Doc,
    x: float,
    y: float,
    cols: list[tuple[str, float]],
    values: list[str],
    size: float = 8.5,
) -> float:
    """A horizontal header row of captions with one row of values under it."""
    total = sum(w for _, w in cols)
    doc.box(x, y, total, 14, gray=0.85, lw=0.5)
    doc.box(x, y + 14, total, 18, lw=0.5)
    cx = x
    for (cap, w), val in zip(cols, values, strict=False):
        doc.text(cx + 3, y + 10, cap, "Helvetica-Bold", 7)
        doc.text(cx + 3, y + 27, val, "Helvetica", size)
        if cx > x:
            doc.line(cx, y, cx, y + 32, 0.5)
        cx += w
    return y + 32


def _hrow(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["slash", "iso", "dash"])
    doc = Doc(w=792, h=612, top=48, bottom=48)
    doc.text(36, 36, f"{f['name']} - Customs Administration", "Helvetica-Bold", 10)
    doc.right(756, 36, f"Protest register, run {c.fdate(f['sent'], 'iso')}", "Helvetica", 8)
    doc.centre(396, 64, "PROTEST - 19 U.S.C. 1514", "Helvetica-Bold", 13)
    cat = "Classification" if f["category"] == "classification" else "Appraised value"
    y = _cells(
        doc,
        36,
        80,
        [
            ("Protestant", 200),
            ("Importer No.", 90),
            ("Port", 100),
            ("Decision protested", 100),
            ("Accel. disposition", 78),
            ("Further review", 70),
            ("Signed by", 82),
        ],
        [
            f["name"],
            f["ior"] or "",
            f"{f['port_code']} {f['port_name']}",
            cat,
            "Yes" if f["accel"] else "No",
            "Yes" if f["afr"] else "No",
            f["signer"],
        ],
    )
    y = _cells(
        doc,
        36,
        y + 10,
        [("Address of protestant", 250), ("Description of merchandise", 470)],
        [f"{f['street']}, {f['city']}", f["desc"] or ""],
        8,
    )
    y += 12
    cols = [("Entry No.", 150), ("Date of Entry", 130), ("Date of Liquidation", 130)]
    doc.box(36, y, 410, 14, gray=0.85, lw=0.5)
    cx = 36.0
    for cap, w in cols:
        doc.text(cx + 3, y + 10, cap, "Helvetica-Bold", 7)
        cx += w
    y += 14
    for n, e, lq in f["entries"]:
        doc.box(36, y, 410, 16, lw=0.4)
        doc.text(39, y + 11.5, n, "Helvetica", 8.5)
        doc.text(189, y + 11.5, c.fdate(e, ds), "Helvetica", 8.5)
        doc.text(319, y + 11.5, c.fdate(lq, ds), "Helvetica", 8.5)
        y += 16
    if f["stamped"]:
        doc.box(520, y - 16 * len(f["entries"]) - 14, 236, 40, gray=0.95, lw=0.8)
        doc.text(528, y - 16 * len(f["entries"]), "Received by CBP:", "Helvetica-Bold", 8)
        doc.text(610, y - 16 * len(f["entries"]), c.fdate(f["received"], ds), "Helvetica-Bold", 9)
    doc.y = y + 10
    doc.text(36, doc.y + 10, "Statement of grounds", "Helvetica-Bold", 9)
    doc.y += 12
    for t in [_objection(f), *_extra(f, ds), _drawback(r), _accel_text(f), _afr_text(f)]:
        doc.para(36, 720, t, "Helvetica", 9, 12, 4)
    doc.need(40)
    doc.y += 16
    sig = f"/s/ {f['signer']}, {f['title']}"
    doc.text(36, doc.y, sig, "Helvetica", 9)
    doc.line(36, doc.y + 3, 36 + width(sig, "Helvetica", 9) + 10, doc.y + 3, 0.5)
    n = len(doc.pages)
    for k, page in enumerate(doc.pages, start=1):
        page["ops"].append(["t", 700.0, 590.0, "Helvetica", 7, f"Page {k} of {n}"])
    return doc

"""Protests (19 U.S.C. 1514, 19 CFR Part 174): cases, truths and three senders' layouts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import (
    BROKERS,
    COMPANIES,
    GOODS,
    PEOPLE,
    PORTS,
    date_fmt,
    entries,
    ior,
    truth,
    weekday_on_or_after,
)
from .layout import Doc

CASES = [
    "accept",
    "two-entries",
    "untimely",
    "premature",
    "grace-weekend",
    "invalid-petition",
    "no-importer-number",
    "accept-accelerated",
    "last-day",
    "day-181",
    "partial-late",
    "no-description",
    "stamp-wins",
    "old-entry-90",
    "grace-holiday",
    "earlier-protest-no-date",
]
STYLES = ["routing", "fax", "checkbox"]
D = dt.timedelta


def _grace_holiday(rng: random.Random) -> dt.date:
    """A liquidation date (business day) whose 180th day is a weekday federal holiday."""
    options = []
    for year in (2024, 2025):
        for h in sorted(law._holidays(year)):
            liq = h - D(days=180)
            if h.weekday() < 5 and law.is_business_day(liq):
                options.append(liq)
    return rng.choice(options)


def _liq_with_last(rng: random.Random, want: str) -> dt.date:
    """A business-day liquidation whose 180th day is a business day ('biz') or a Saturday
    ('sat')."""
    while True:
        liq = dt.date(2024, 3, 1) + D(days=rng.randint(0, 420))
        last = liq + D(days=180)
        if not law.is_business_day(liq):
            continue
        if want == "biz" and law.is_business_day(last):
            return liq
        if want == "sat" and last.weekday() == 5:
            return liq


def scenario(case: str, rng: random.Random) -> dict[str, Any]:
    """Dates for the case: entries [(entry_date, liquidation)], received date."""
    liq = _liq_with_last(rng, "biz")
    n = 2 if case in ("two-entries", "partial-late") else 1
    ents = [(liq - D(days=rng.randint(200, 330)), liq)]
    received = weekday_on_or_after(liq + D(days=rng.randint(20, 150)))
    if case == "two-entries":
        liq2 = weekday_on_or_after(liq + D(days=rng.randint(7, 30)))
        ents.append((liq2 - D(days=rng.randint(200, 330)), liq2))
        received = weekday_on_or_after(liq2 + D(days=rng.randint(10, 120)))
    elif case == "untimely":
        received = weekday_on_or_after(liq + D(days=180 + rng.randint(12, 60)))
    elif case == "premature":
        received = weekday_on_or_after(liq - D(days=rng.randint(8, 25)))
    elif case == "grace-weekend":
        liq = _liq_with_last(rng, "sat")
        ents = [(liq - D(days=rng.randint(200, 330)), liq)]
        received = law.next_business_day(liq + D(days=180))
    elif case == "grace-holiday":
        liq = _grace_holiday(rng)
        ents = [(liq - D(days=rng.randint(200, 330)), liq)]
        received = law.next_business_day(liq + D(days=180))
    elif case == "last-day":
        received = liq + D(days=180)
    elif case == "day-181":
        received = liq + D(days=181)
    elif case == "partial-late":
        old = _liq_with_last(rng, "biz")
        while old > liq - D(days=60):
            old -= D(days=30)
        old = weekday_on_or_after(old)
        ents = [
            (old - D(days=rng.randint(200, 330)), old),
            (liq - D(days=rng.randint(200, 330)), liq),
        ]
        received = weekday_on_or_after(max(old + D(days=200), liq + D(days=10)))
        assert received <= liq + D(days=180)
    elif case == "old-entry-90":
        liq = weekday_on_or_after(dt.date(2005, 3, 4) + D(days=rng.randint(0, 20)))
        ents = [(dt.date(2004, 12, 17), liq)]
        received = weekday_on_or_after(liq + D(days=rng.randint(105, 150)))
    elif case == "invalid-petition":
        received = weekday_on_or_after(liq + D(days=rng.randint(15, 40)))
    assert len(ents) == n
    return {"entries": ents, "received": received}


def plan(index: int, seed: int, family: str, style: str) -> tuple[dict[str, Any], Doc]:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"protest-{seed}-{index}")
    sc = scenario(case, rng)
    company = COMPANIES[rng.randrange(len(COMPANIES))]
    name, street, city = company
    port, port_name = rng.choice(PORTS)
    goods, hts = rng.choice(GOODS)
    signer = rng.choice(PEOPLE)
    numbers = entries(rng, len(sc["entries"]))
    category = rng.choice(["classification", "appraised_value"])
    received: dt.date = sc["received"]
    stamp = case == "stamp-wins"
    printed_received = received if stamp else None
    arg_received = received + D(days=rng.randint(3, 9)) if stamp else received
    today = received + D(days=rng.randint(5, 40))
    accelerated = case == "accept-accelerated"
    further = rng.random() < 0.5 or case == "earlier-protest-no-date"
    invalid = case == "invalid-petition"
    importer = None if case == "no-importer-number" else ior(rng)
    description = None if case == "no-description" else goods
    earlier = f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}"
    missing: list[str] = []
    if importer is None:
        missing.append("174.13(a)(2)")
    if description is None:
        missing.append("174.13(a)(5)")
    if case == "earlier-protest-no-date":
        missing.append("174.13(a)(7)")
    timings = [law.timing(received, e, liq) for e, liq in sc["entries"]]
    outcome = law.protest_outcome(timings, invalid, missing)
    expected = {
        "untimely": "untimely",
        "premature": "premature",
        "grace-weekend": "needs_human",
        "grace-holiday": "needs_human",
        "partial-late": "needs_human",
        "invalid-petition": "invalid",
        "no-importer-number": "deficient",
        "no-description": "deficient",
        "day-181": "untimely",
        "earlier-protest-no-date": "deficient",
        "old-entry-90": "untimely",
    }.get(case, "accept")
    assert outcome == expected, (case, timings, outcome)
    protest_number = None
    if style == "checkbox" and index % 2 == 0:
        protest_number = f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}"
    ents = [
        {"entry_number": num, "entry_date": e.isoformat(), "liquidation_date": liq.isoformat()}
        for num, (e, liq) in zip(numbers, sc["entries"], strict=True)
    ]
    last_days = {
        num: law.last_day(e, liq).isoformat()
        for num, (e, liq) in zip(numbers, sc["entries"], strict=True)
    }
    values: dict[str, Any] = {
        "protest_number": protest_number,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": importer,
        "protestant_name": name,
        "protestant_address": f"{street}, {city}",
        "entries": ents,
        "category": category,
        "merchandise_description": description,
        "accelerated_disposition": accelerated,
        "further_review_requested": further,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()),
        "last_days": last_days,
        "missing": missing,
    }
    not_scored: list[str] = []
    if invalid:
        for key in ("deadline", "last_days"):
            del decision[key]
        del values["category"]
        del values["entries"]
        not_scored = [
            "deadline, last_days: the protest attacks a penalty-petition decision (19 CFR "
            "171.22), which "
            "cannot be protested; the contract gives no clock for it",
            "category: a penalty-petition decision is none of the contract's protestable "
            "categories",
            "entries: the date printed beside the entry is the petition decision's, which the "
            "contract's "
            "liquidation_date may or may not hold",
        ]
    args = ["--received", arg_received.isoformat(), "--today", today.isoformat()]
    t = truth("protest", family, case, style, args, values, decision, not_scored)
    facts = {
        "case": case,
        "name": name,
        "street": street,
        "city": city,
        "port": port,
        "port_name": port_name,
        "goods": goods,
        "description": description,
        "hts": hts,
        "signer": signer,
        "numbers": numbers,
        "entries": sc["entries"],
        "category": category,
        "stamp": printed_received,
        "importer": importer,
        "accelerated": accelerated,
        "further": further,
        "invalid": invalid,
        "earlier": earlier,
        "protest_number": protest_number,
        "letter_date": received - D(days=rng.randint(1, 4)),
        "rng": rng,
        "alt_hts": _alt(hts),
        "broker_ior": f"{rng.randint(10, 19)}-{rng.randint(1000000, 9999999)}00",
    }
    doc = {"routing": _routing, "fax": _fax, "checkbox": _checkbox}[style](facts)
    return t, doc


def _alt(hts: str) -> str:
    head = hts[:4]
    return f"{head}.{(int(hts[5:7]) + 10) % 100:02d}.{hts[8:]}"


def _objection(f: dict[str, Any]) -> str:
    if f["invalid"]:
        return (
            "The protestant objects to the decision of the Fines, Penalties and Forfeitures "
            "Officer on "
            "its petition for relief under 19 U.S.C. 1618 and 19 CFR 171.22, which mitigated the "
            "claim for a late filing to a sum the protestant considers excessive."
        )
    if f["category"] == "classification":
        return (
            f"CBP classified the merchandise in subheading {f['alt_hts']}, HTSUS, and assessed "
            "duty at "
            f"that rate. The merchandise is properly classified in subheading {f['hts']}, HTSUS, "
            "under GRI 1 and the terms of the heading, as its construction and principal use show."
        )
    return (
        "CBP appraised the merchandise on a value that added to the price actually paid the "
        "buyer's "
        "own quality-inspection fees. Those fees are not part of the transaction value under "
        "19 U.S.C. 1401a(b); the merchandise should be appraised at the invoice price."
    )


def _decision_line(f: dict[str, Any]) -> str:
    if f["invalid"]:
        return "the decision on the protestant's petition for relief (19 CFR 171.22)"
    if f["category"] == "classification":
        return "the classification of the merchandise and the rate of duty assessed on liquidation"
    return "the appraised value of the merchandise as determined on liquidation"


def _date_label(f: dict[str, Any]) -> str:
    return "Decision Date" if f["invalid"] else "Liquidation Date"


def _drawback() -> str:
    return "Drawback: the merchandise covered by this protest is not subject to a drawback claim."


def _further(f: dict[str, Any]) -> str:
    if f["further"]:
        return (
            "Further review: the protestant applies for further review under 19 CFR 174.24(b); the "
            "decision raises a question of law not previously ruled on. No prior adverse decision, "
            "pending application or court action exists on the same claim."
        )
    return "Further review: no application for further review is made."


def _stamp(doc: Doc, f: dict[str, Any], fmt: str) -> None:
    if f["stamp"] is None:
        return
    x, y = 410.0, 28.0
    doc.rect(x, y, 140, 46, 1.2)
    doc.put(x + 30, y + 14, "RECEIVED", "HB", 12)
    doc.put(x + 22, y + 28, date_fmt(f["stamp"], fmt), "HB", 10)
    doc.put(x + 18, y + 40, f"CBP - PORT {f['port']}", "H", 8)


def _entry_rows(f: dict[str, Any], fmt: str) -> list[list[str]]:
    return [
        [num, date_fmt(e, fmt), date_fmt(liq, fmt)]
        for num, (e, liq) in zip(f["numbers"], f["entries"], strict=True)
    ]


def _earlier(doc: Doc, f: dict[str, Any]) -> None:
    if f["case"] == "earlier-protest-no-date":
        doc.para(
            f"Same disposition requested: the protestant asks for the disposition sought in its "
            f"Protest No. {f['earlier']}, on which further review is pending."
        )


def _routing(f: dict[str, Any]) -> Doc:
    """A company legal department's outgoing file: an internal routing slip, then the protest."""
    doc = Doc(font="T", size=11)
    doc.line("INTERNAL ROUTING SLIP - LEGAL / TRADE COMPLIANCE", "HB", 12)
    doc.line(f"{f['name']} - outgoing filing", "H", 9)
    doc.gap(8)
    people = f["rng"].sample(["K. Osei", "L. Brandt", "M. Yoon", "R. Tavares", "S. Ilyin"], 3)
    doc.table(
        [("Step", 40), ("Route to", 130), ("Action", 170), ("Initials", 60), ("Date", 68)],
        [
            ["1", people[0], "Prepare protest", people[0][:1] + people[0][3:4], "done"],
            ["2", people[1], "Review and sign", people[1][:1] + people[1][3:4], "done"],
            ["3", people[2], "Send to CBP port; diary the file", "", ""],
        ],
        font="H",
        size=9,
    )
    doc.gap(6)
    doc.para(
        "Please keep this slip with the file copy. The protest itself begins on the next page.",
        "H",
        9,
    )
    doc.new_page()
    _stamp(doc, f, "long")
    doc.line(f["name"], "TB", 13)
    doc.lines([f["street"], f["city"]], font="T", size=10)
    doc.gap(12)
    doc.line(date_fmt(f["letter_date"], "long"))
    doc.gap(8)
    doc.lines(
        [
            "U.S. Customs and Border Protection",
            f"Port of {f['port_name']} (port code {f['port']})",
            "Attn: Protest Unit",
        ]
    )
    doc.gap(10)
    doc.line("PROTEST UNDER 19 U.S.C. 1514 AND 19 CFR PART 174", "TB", 11)
    doc.gap(4)
    doc.labelled("Protestant:", f["name"], 120)
    doc.labelled("Address:", f"{f['street']}, {f['city']}", 120)
    if f["importer"]:
        doc.labelled("Importer number:", f["importer"], 120)
    if f["description"]:
        doc.labelled("Merchandise:", f["description"], 120)
    doc.labelled("Decision protested:", _decision_line(f), 120)
    doc.gap(6)
    doc.table(
        [("Entry No.", 130), ("Entry Date", 140), (_date_label(f), 150)],
        _entry_rows(f, "long"),
        font="T",
        size=10,
    )
    doc.gap(4)
    doc.para("Nature of and justification for the objection. " + _objection(f))
    _earlier(doc, f)
    doc.para(_drawback())
    doc.para(_further(f))
    if f["accelerated"]:
        doc.para(
            "Accelerated disposition: the protestant requests accelerated disposition under "
            "19 CFR 174.22; this protest is sent by certified mail, return receipt requested."
        )
    doc.gap(10)
    doc.line("Respectfully submitted,")
    doc.gap(18)
    doc.rule(doc.left, doc.y, doc.left + 180, doc.y)
    doc.line(f["signer"])
    doc.line(f"General Counsel, {f['name']}", size=10)
    doc.footer("{page}/{pages}", "T", 9, "right")
    return doc


def _fax(f: dict[str, Any]) -> Doc:
    """A customs broker's fax: a cover sheet, then the protest letter under a power of attorney."""
    broker, bstreet, bcity = BROKERS[f["rng"].randrange(len(BROKERS))]
    doc = Doc(font="C", size=10)
    doc.line("F A X   T R A N S M I T T A L", "CB", 16, align="center")
    doc.gap(14)
    pages = "3" if f["case"] in ("two-entries", "partial-late") else "2"
    for label, value in [
        ("TO:", f"CBP Port of {f['port_name']} - Protests"),
        ("FAX NO.:", "on file"),
        ("FROM:", broker),
        ("DATE:", date_fmt(f["letter_date"], "dash")),
        ("PAGES:", f"{pages} (including cover)"),
        ("RE:", f"Protest - {f['name']}"),
    ]:
        doc.labelled(label, value, 90)
    doc.gap(10)
    doc.rule(doc.left, doc.y, doc.right, doc.y, 1.0)
    doc.gap(8)
    doc.para(
        "The original follows by mail. If you did not receive every page, call the sender.", "C", 9
    )
    doc.new_page()
    _stamp(doc, f, "dash")
    doc.line(broker, "HB", 12)
    doc.line(f"{bstreet} | {bcity}", "H", 9)
    doc.gap(14)
    doc.font = "H"
    doc.line(date_fmt(f["letter_date"], "dmy"))
    doc.gap(8)
    doc.lines(["U.S. Customs and Border Protection", f"{f['port_name']} - Port {f['port']}"])
    doc.gap(8)
    doc.line(f"Re: Protest on behalf of {f['name']}", "HB")
    doc.gap(4)
    doc.para(
        f"Under a power of attorney on file, {broker} protests for {f['name']}, the importer of "
        f"record, against {_decision_line(f)}. The protestant's address is:"
    )
    doc.lines([f["street"], f["city"]], x=doc.left + 24)
    doc.gap(4)
    if f["importer"]:
        doc.para(f"The protestant's importer number is {f['importer']}.")
    parts = []
    for num, (e, liq) in zip(f["numbers"], f["entries"], strict=True):
        word = "decided" if f["invalid"] else "liquidated"
        parts.append(f"entry {num}, made {date_fmt(e, 'dash')} and {word} {date_fmt(liq, 'dash')}")
    doc.para("The protest covers " + "; and ".join(parts) + ".")
    if f["description"]:
        doc.line("Description of merchandise:", "HB")
        doc.line(f["description"], x=doc.left + 24)
        doc.gap(4)
    doc.para(_objection(f))
    _earlier(doc, f)
    doc.para(_drawback())
    doc.para(_further(f))
    if f["accelerated"]:
        doc.para(
            "We request accelerated disposition (19 CFR 174.22). The original goes by registered "
            "mail."
        )
    else:
        doc.para("Accelerated disposition is not requested.")
    doc.gap(6)
    doc.line("Sincerely,")
    doc.gap(6)
    doc.line(f"/s/ {f['signer']}")
    doc.line(f"Licensed Customs Broker, for {broker}", size=9)
    doc.line(f"Agent's own importer number: {f['broker_ior']} (power of attorney on file)", size=9)
    doc.footer(f"Fax page {{page}} of {{pages}} - {broker}", "C", 8)
    return doc


def _checkbox(f: dict[str, Any]) -> Doc:
    """An importer's protest filing sheet: boxed fields, an entry grid and tick boxes."""
    doc = Doc(font="H", size=9.5, top=84)
    doc.line(f["name"].upper(), "HB", 12)
    doc.line("CUSTOMS PROTEST FILING SHEET", "HB", 11)
    doc.line("Filed under 19 U.S.C. 1514 / 19 CFR 174.12 - one sheet per protest", "H", 8)
    _stamp(doc, f, "us")
    doc.gap(10)
    start = doc.y
    doc.labelled("Protest number (CBP use):", f["protest_number"] or "", 150, lfont="HB")
    doc.labelled("Port code:", f["port"], 150, lfont="HB")
    doc.labelled("Name of protesting party:", f["name"], 150, lfont="HB")
    doc.labelled("Address:", f"{f['street']}, {f['city']}", 150, lfont="HB")
    doc.labelled("Importer number:", f["importer"] or "", 150, lfont="HB")
    doc.boxed(start)
    doc.line("ENTRIES", "HB")
    doc.table(
        [
            ("Entry number", 150),
            ("Date of entry", 120),
            ("Date of " + ("decision" if f["invalid"] else "liquidation"), 130),
        ],
        _entry_rows(f, "us"),
        size=9.5,
    )
    doc.line("DECISION PROTESTED (check one)", "HB")
    cats = [
        ("classification", "Classification / rate of duty"),
        ("appraised_value", "Appraised value"),
        ("charges", "Charges or exactions"),
        ("petition", "Other (describe below)"),
    ]
    chosen = "petition" if f["invalid"] else f["category"]
    for key, label in cats:
        doc.check(label, key == chosen, x=doc.left + 10)
    if f["invalid"]:
        doc.para("Other: " + _decision_line(f), indent=10)
    doc.gap(4)
    start = doc.y
    doc.line("DESCRIPTION OF MERCHANDISE", "HB")
    if f["description"]:
        doc.line(f["description"])
    else:
        doc.line("(see attached invoices)")
    doc.boxed(start)
    doc.line("OBJECTION AND JUSTIFICATION", "HB")
    doc.para(_objection(f))
    _earlier(doc, f)
    doc.line("ACCELERATED DISPOSITION (19 CFR 174.22) REQUESTED?", "HB")
    doc.check("Yes - sent by certified mail", f["accelerated"], x=doc.left + 10)
    doc.check("No", not f["accelerated"], x=doc.left + 10)
    doc.line("APPLICATION FOR FURTHER REVIEW?", "HB")
    doc.check(
        "Yes - criterion 174.24(b); no prior or pending decision or court action on the claim",
        f["further"],
        x=doc.left + 10,
    )
    doc.check("No", not f["further"], x=doc.left + 10)
    doc.line("IS THE MERCHANDISE SUBJECT TO DRAWBACK?", "HB")
    doc.check("Yes", False, x=doc.left + 10)
    doc.check("No", True, x=doc.left + 10)
    doc.gap(10)
    doc.labelled("Signature:", "/s/ " + f["signer"], 80, lfont="HB")
    doc.labelled("Printed name:", f["signer"], 80, lfont="HB")
    doc.labelled("Title:", "Import Compliance Manager", 80, lfont="HB")
    doc.labelled("Date:", date_fmt(f["letter_date"], "us"), 80, lfont="HB")
    doc.footer("Form PF-2 (rev. 03/2024)   page {page} of {pages}", "H", 7, "right")
    return doc

# ruff: noqa: E501
"""Protests under 19 U.S.C. 1514: three senders' styles, eleven cases."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law
from .layout import Doc

CASES = (
    "accept",
    "two-entries",
    "no-importer",
    "no-description",
    "untimely",
    "premature",
    "invalid",
    "weekend-grace",
    "partly-late",
    "pre2004-90day",
    "earlier-protest-no-date",
)
STYLES = ("declaration", "transposed", "caption-box")
CATEGORY_TEXT = {
    "classification": "the classification of the merchandise and the rate of duty assessed at liquidation",
    "appraised_value": "the appraised value of the merchandise as determined at liquidation",
    "liquidation": "the liquidation of the entry, including the assessment of increased duties",
}
GROUNDS = {
    "classification": "The merchandise was reclassified from subheading {hts} to a provision carrying a higher "
    "rate. The goods are correctly classified as entered, under the terms of the heading "
    "and General Rules of Interpretation 1 and 6, and the difference in duty should be refunded.",
    "appraised_value": "The port added buying commissions paid to an independent agent to the transaction value. "
    "Bona fide buying commissions are not part of the price actually paid or payable "
    "(19 U.S.C. 1401a(b)(1)); the entered value should be restored.",
    "liquidation": "The entry was liquidated at a rate that does not reflect the exclusion in effect on the date "
    "of entry; the liquidation should be corrected and the excess duties refunded.",
}


def _dates(rng: random.Random, case: str) -> tuple[list[tuple[dt.date, dt.date]], dt.date]:
    """(entry date, liquidation date) per entry and the receipt date, for the case."""
    entry = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 330))
    liq = entry + dt.timedelta(days=rng.randint(300, 340))
    if case == "pre2004-90day":
        entry = dt.date(2004, 12, rng.randint(1, 15))
        liq = entry + dt.timedelta(days=rng.randint(300, 330))
        last = law.last_day(entry, liq)
        received = law.next_business_day(
            law.next_business_day(last) + dt.timedelta(days=rng.randint(8, 30))
        )
        return [(entry, liq)], received
    if case == "weekend-grace":
        while law.business_day(law.last_day(entry, liq)):
            liq += dt.timedelta(days=1)
        return [(entry, liq)], law.next_business_day(law.last_day(entry, liq))
    if case == "untimely":
        last = law.last_day(entry, liq)
        return [(entry, liq)], law.next_business_day(
            law.next_business_day(last) + dt.timedelta(days=rng.randint(5, 40))
        )
    if case == "premature":
        return [(entry, liq)], liq - dt.timedelta(days=rng.randint(6, 25))
    if case == "two-entries":
        entry2 = entry + dt.timedelta(days=rng.randint(10, 40))
        liq2 = liq + dt.timedelta(days=rng.choice([0, 7, 14]))
        received = liq2 + dt.timedelta(days=rng.randint(30, 150))
        return [(entry, liq), (entry2, liq2)], law.next_business_day(received)
    if case == "partly-late":
        entry2 = entry + dt.timedelta(days=rng.randint(60, 90))
        liq2 = liq + dt.timedelta(days=rng.randint(70, 100))
        last1 = law.last_day(entry, liq)
        received = law.next_business_day(
            law.next_business_day(last1) + dt.timedelta(days=rng.randint(5, 20))
        )
        assert received <= law.last_day(entry2, liq2)
        return [(entry, liq), (entry2, liq2)], received
    return [(entry, liq)], law.next_business_day(liq + dt.timedelta(days=rng.randint(20, 150)))


def make(index: int, seed: int, family: str) -> tuple[dict[str, Any], Doc]:
    rng = c.rng_for("protest", index, seed)
    case = CASES[index % len(CASES)]
    style = STYLES[index % len(STYLES)]
    name, addr = rng.choice(c.PARTIES)
    signer = rng.choice(c.PEOPLE)
    port, port_name = rng.choice(c.PORTS)
    goods, hts, _ = rng.choice(c.GOODS)
    filer = rng.choice(c.FILERS)
    pairs, received = _dates(rng, case)
    entries = [(law.entry_number(filer, rng.randint(1000000, 9999999)), e, lq) for e, lq in pairs]
    category = rng.choice(
        ["classification", "appraised_value"]
        if case not in ("accept", "two-entries")
        else ["classification", "appraised_value", "liquidation"]
    )
    importer = c.ein(rng) + (rng.choice(["", "00"]) if rng.random() < 0.3 else "")
    timings = [law.timing(received, e, lq) for _, e, lq in entries]
    missing: list[str] = []
    show_importer = case != "no-importer"
    show_desc = case != "no-description"
    earlier = None
    if case == "no-importer":
        missing.append("174.13(a)(2)")
    if case == "no-description":
        missing.append("174.13(a)(5)")
    if case == "earlier-protest-no-date":
        earlier = f"{port}-{received.year % 100 - 1:02d}-{rng.randint(100000, 199999)}"
        missing.append("174.13(a)(7)")
    stamped = rng.random() < 0.5
    protest_no = (
        f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}" if stamped else None
    )
    today = received + dt.timedelta(days=rng.randint(10, 40))
    accel = rng.random() < 0.35
    afr = rng.random() < 0.5
    outcome = law.protest_outcome(timings, case == "invalid", missing)
    expected = {
        "accept": "accept",
        "two-entries": "accept",
        "no-importer": "deficient",
        "no-description": "deficient",
        "untimely": "untimely",
        "premature": "premature",
        "invalid": "invalid",
        "weekend-grace": "needs_human",
        "partly-late": "needs_human",
        "pre2004-90day": "untimely",
        "earlier-protest-no-date": "deficient",
    }[case]
    assert outcome == expected, (case, outcome, timings)
    values: dict[str, Any] = {
        "protest_number": protest_no,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": importer if show_importer else None,
        "protestant_name": name,
        "protestant_address": ", ".join(addr),
        "entries": [
            {"entry_number": n, "entry_date": e.isoformat(), "liquidation_date": lq.isoformat()}
            for n, e, lq in entries
        ],
        "category": category,
        "merchandise_description": goods if show_desc else None,
        "accelerated_disposition": accel,
        "further_review_requested": afr,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    not_scored: list[str] = []
    if case == "invalid":
        del values["category"]
        not_scored += [
            "category: the decision protested (a penalty-petition decision) is none of the contract's categories",
            "deadline and last_days: the protest attacks a decision that cannot be protested",
        ]
    else:
        days = {n: law.last_day(e, lq).isoformat() for n, e, lq in entries}
        decision["last_days"] = days
        decision["deadline"] = min(days.values())
    args = ([] if stamped else ["--received", received.isoformat()]) + [
        "--today",
        today.isoformat(),
    ]
    facts = dict(
        case=case,
        name=name,
        addr=addr,
        signer=signer,
        port=port,
        port_name=port_name,
        goods=goods,
        hts=hts,
        entries=entries,
        category=category,
        importer=importer,
        show_importer=show_importer,
        show_desc=show_desc,
        earlier=earlier,
        stamped=stamped,
        protest_no=protest_no,
        received=received,
        accel=accel,
        afr=afr,
        signed_on=received - dt.timedelta(days=rng.randint(2, 6)),
        rng=rng,
        title=rng.choice(
            [
                "Director of Trade Compliance",
                "Customs Manager",
                "Vice President, Operations",
                "Import Compliance Lead",
            ]
        ),
    )
    doc = Doc(f"Protest - {name}")
    {"declaration": _declaration, "transposed": _transposed, "caption-box": _caption}[style](
        doc, facts
    )
    truth = {
        "kind": "protest",
        "family": family,
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return truth, doc


def _stamp(doc: Doc, f: dict[str, Any], x: float, y: float, date_form: Any) -> None:
    if not f["stamped"]:
        return
    doc.box(x, y, 150, 58, 1.2)
    doc.text(x + 8, y + 44, "U.S. CUSTOMS AND BORDER PROTECTION", "sans-b", 6.5)
    doc.text(x + 40, y + 30, "RECEIVED", "sans-b", 11)
    doc.text(x + 30, y + 17, date_form(f["received"]).upper(), "mono-b", 9)
    doc.text(x + 8, y + 5, f"PROTEST NO. {f['protest_no']}", "mono", 7.5)


def _decision_words(f: dict[str, Any]) -> str:
    if f["case"] == "invalid":
        return (
            "the decision of the Fines, Penalties and Forfeitures Officer denying the Protestant's petition for "
            "relief from the penalty assessed in connection with the entry"
        )
    return CATEGORY_TEXT[f["category"]]


def _grounds(f: dict[str, Any]) -> str:
    if f["case"] == "invalid":
        return (
            "The officer gave no weight to the Protestant's prior good record and its immediate remedial "
            "action, and the penalty should be cancelled or mitigated to a nominal amount."
        )
    return GROUNDS[f["category"]].format(hts=f["hts"])


def _drawback() -> str:
    return "None of the merchandise covered by the entries listed is, or will be, the subject of a drawback claim."


def _declaration(doc: Doc, f: dict[str, Any]) -> None:
    rng = f["rng"]
    df = rng.choice([c.d_long, c.d_dmy])
    doc.text(72, 750, "UNITED STATES CUSTOMS AND BORDER PROTECTION", "serif-b", 11)
    doc.text(72, 736, f"Port of {f['port_name']}", "serif", 10)
    _stamp(doc, f, 390, 700, c.d_abbr)
    doc.y = 690
    doc.line("DECLARATION OF " + f["signer"].upper(), "serif-b", 12)
    doc.line("IN SUPPORT OF PROTEST UNDER 19 U.S.C. 1514", "serif-b", 12)
    doc.gap(10)
    doc.para(f"I, {f['signer']}, declare as follows:", "serif", 11)
    n = 0

    def num(text: str) -> None:
        nonlocal n
        n += 1
        doc.para(text, "serif", 11, x=90, first=f"{n}.  ", after=6)

    imp = f" Its importer number is {f['importer']}." if f["show_importer"] else ""
    num(
        f'I am the {f["title"]} of {f["name"]} (the "Protestant"), whose address is {", ".join(f["addr"])}.{imp} '
        "I make this declaration from personal knowledge and from the Protestant's business records."
    )
    num(f"This protest is filed with the port director at {f['port_name']}, port code {f['port']}.")
    ents = f["entries"]
    if len(ents) == 1:
        e = ents[0]
        verb = (
            "is scheduled to be liquidated on" if f["case"] == "premature" else "was liquidated on"
        )
        num(f"The Protestant made entry number {e[0]} on {df(e[1])}. The entry {verb} {df(e[2])}.")
    else:
        parts = "; ".join(
            f"entry number {n_} was made on {df(e)} and liquidated on {df(lq)}"
            for n_, e, lq in ents
        )
        num(f"The Protestant made two entries of the same merchandise: {parts}.")
    if f["show_desc"]:
        num("Description of merchandise:")
        doc.para(f["goods"], "serif-i", 11, x=108, after=6)
    else:
        num(
            "The entries covered the Protestant's regular seasonal assortment imported under its annual purchase program."
        )
    num(f"The Protestant objects to {_decision_words(f)}. " + _grounds(f))
    if f["earlier"]:
        num(
            f"The Protestant asks for the same disposition as in its earlier protest number {f['earlier']}, "
            "for which an application for further review is pending."
        )
    num(_drawback())
    num(
        "The Protestant requests further review of this protest under 19 CFR 174.24(b)."
        if f["afr"]
        else "The Protestant does not apply for further review."
    )
    num(
        "Accelerated disposition under 19 CFR 174.22 is requested; this protest is sent by certified mail, "
        "return receipt requested."
        if f["accel"]
        else "Accelerated disposition is not requested."
    )
    doc.gap(6)
    doc.para(
        "I declare under penalty of perjury under the laws of the United States of America that the foregoing "
        f"is true and correct. Executed on {df(f['signed_on'])} at {f['addr'][-1].split(',')[0]}.",
        "serif",
        11,
    )
    doc.need(60)
    doc.gap(16)
    doc.line(f"/s/ {f['signer']}", "serif-i", 11, x=320)
    doc.rule(320, doc.y - 4, 530, doc.y - 4)
    doc.line(f["signer"], "serif", 10, x=320, lead=16)
    doc.line(f["title"], "serif", 10, x=320)


def _transposed(doc: Doc, f: dict[str, Any]) -> None:
    rng = f["rng"]
    df = rng.choice([c.d_iso, c.d_slash])
    doc.text(72, 752, f["name"].upper(), "sans-b", 12)
    doc.text(72, 739, "Trade Compliance - Protest Worksheet", "sans", 9)
    _stamp(doc, f, 390, 706, c.d_iso)
    doc.y = 700
    doc.line("PROTESTANT", "sans-b", 9)
    rows = [("Name", f["name"]), ("Street", f["addr"][0]), ("City / State / ZIP", f["addr"][1])]
    if f["show_importer"]:
        rows.append(("IOR number", f["importer"]))
    rows.append(("Port filed", f"{f['port']} {f['port_name']}"))
    for k, v in rows:
        doc.line(k, "sans", 9, x=80, lead=13)
        doc.text(200, doc.y, v, "sans", 9)
    doc.gap(12)
    doc.line("ENTRIES (one column per entry)", "sans-b", 9)
    ents = f["entries"]
    colw = 140
    labels = [
        "Entry number",
        "Date of entry",
        "Date of liquidation" if f["case"] != "premature" else "Liquidation (posted)",
        "Decision protested",
    ]
    decision = {
        "classification": "Classification",
        "appraised_value": "Appraisement",
        "liquidation": "Liquidation",
    }.get(f["category"], "Classification")
    if f["case"] == "invalid":
        decision = "Petition denial"
    top = doc.y - 4
    doc.rule(72, top, 200 + colw * len(ents), top)
    for j in range(len(ents)):
        doc.text(205 + colw * j, top - 11, f"Column {chr(65 + j)}", "sans-b", 8)
    doc.y = top - 14
    for i, lab in enumerate(labels):
        doc.y -= 15
        doc.text(76, doc.y, lab, "sans-b", 9)
        for j, (n_, e, lq) in enumerate(ents):
            val = [n_, df(e), df(lq), decision][i]
            doc.text(205 + colw * j, doc.y, val, "mono" if i == 0 else "sans", 9)
        doc.rule(72, doc.y - 4, 200 + colw * len(ents), doc.y - 4, 0.3)
    for j in range(len(ents) + 1):
        doc.rule(200 + colw * j, top, 200 + colw * j, doc.y - 4, 0.3)
    doc.rule(72, top, 72, doc.y - 4, 0.3)
    doc.gap(16)
    if f["show_desc"]:
        doc.line("MERCHANDISE", "sans-b", 9)
        doc.para(f["goods"], "sans", 9, x=80)
    doc.line("OBJECTION", "sans-b", 9)
    doc.para(
        f"We protest {_decision_words(f)}. " + _grounds(f),
        "sans",
        9,
        x=80,
    )
    if f["earlier"]:
        doc.line("EARLIER PROTEST", "sans-b", 9)
        doc.para(
            f"Same disposition requested as in protest {f['earlier']} (further review pending).",
            "sans",
            9,
            x=80,
        )
    doc.line("DECLARATIONS", "sans-b", 9)
    doc.para("Drawback: " + _drawback(), "sans", 9, x=80, after=1)
    doc.para(
        "Further review (19 CFR 174.24): "
        + (
            "REQUESTED - criterion (b), a question not previously ruled on."
            if f["afr"]
            else "not requested."
        ),
        "sans",
        9,
        x=80,
        after=1,
    )
    doc.para(
        "Accelerated disposition (19 CFR 174.22): "
        + ("REQUESTED - sent by registered mail." if f["accel"] else "not requested."),
        "sans",
        9,
        x=80,
    )
    doc.need(50)
    doc.gap(10)
    doc.line("Signed for the protestant:", "sans", 9)
    doc.line(f["signer"], "sans-b", 10, x=200)
    doc.line(f"{f['title']}, {df(f['signed_on'])}", "sans", 9, x=200)


def _caption(doc: Doc, f: dict[str, Any]) -> None:
    rng = f["rng"]
    df = rng.choice([c.d_dmy, c.d_abbr, c.d_long])
    firm, f["firm_addr"] = rng.choice(
        [
            ("Halloran Byrne & Skov LLP", "1200 K Street NW, Washington, DC 20005"),
            ("Mercer Quintana LLP", "60 Broad Street, New York, NY 10004"),
            ("Oduya Lantz PLLC", "700 Louisiana Street, Houston, TX 77002"),
        ]
    )
    _stamp(doc, f, 390, 720, c.d_long)
    doc.text(72, 760, "BEFORE U.S. CUSTOMS AND BORDER PROTECTION", "serif-b", 11)
    doc.text(72, 746, f"PORT OF {f['port_name'].upper()} (PORT CODE {f['port']})", "serif", 10)
    top = 706
    doc.box(72, top - 120, 468, 120, 0.8)
    doc.rule(320, top, 320, top - 120, 0.8)
    doc.text(82, top - 18, f["name"] + ",", "serif-b", 10)
    doc.text(82, top - 31, f["addr"][0] + ",", "serif", 10)
    doc.text(82, top - 44, f["addr"][1] + ",", "serif", 10)
    doc.text(140, top - 60, "Protestant,", "serif-i", 10)
    doc.text(110, top - 76, "v.", "serif", 10)
    doc.text(82, top - 92, "U.S. CUSTOMS AND BORDER PROTECTION,", "serif", 10)
    doc.text(140, top - 106, "Respondent.", "serif-i", 10)
    doc.text(330, top - 18, "Protest No. " + (f["protest_no"] or "(to be assigned)"), "serif", 9.5)
    yy = top - 36
    for n_, _, _ in f["entries"]:
        doc.text(330, yy, f"Entry No. {n_}", "serif", 9.5)
        yy -= 13
    if f["show_importer"]:
        doc.text(330, yy, f"Importer No. {f['importer']}", "serif", 9.5)
    doc.y = top - 134
    doc.line("PROTEST AND GROUNDS", "serif-b", 11, x=230)
    doc.gap(4)
    ents = f["entries"]
    words = " and ".join(
        f"{n_}, entered {df(e)} and "
        + ("to be liquidated " if f["case"] == "premature" else "liquidated ")
        + df(lq)
        for n_, e, lq in ents
    )
    doc.para(
        f'{f["name"]} ("Protestant") protests, under 19 U.S.C. 1514, {_decision_words(f)}, '
        f"in respect of entry {'numbers' if len(ents) > 1 else 'number'} {words}.",
        "serif",
        11,
    )
    if f["show_desc"]:
        doc.line("The merchandise", "serif-b", 11)
        doc.para("Description of merchandise: " + f["goods"], "serif", 11)
    doc.line("Ground One", "serif-b", 11)
    doc.para(_grounds(f), "serif", 11)
    doc.line("Ground Two", "serif-b", 11)
    doc.para(
        "Protestant reserves the right to amend this protest within the time allowed by 19 CFR 174.14.",
        "serif",
        11,
    )
    if f["earlier"]:
        doc.line("Earlier protest", "serif-b", 11)
        doc.para(
            f"Protestant requests the disposition sought in Protest No. {f['earlier']}, now under further review.",
            "serif",
            11,
        )
    doc.line("Statements", "serif-b", 11)
    doc.para(_drawback(), "serif", 11, after=2)
    doc.para(
        "Protestant applies for further review under 19 CFR 174.24(a): the decision is inconsistent with rulings "
        "on substantially similar merchandise."
        if f["afr"]
        else "No application for further review is made.",
        "serif",
        11,
        after=2,
    )
    doc.para(
        "Accelerated disposition is requested (19 CFR 174.22); sent by certified mail."
        if f["accel"]
        else "Protestant does not request accelerated disposition.",
        "serif",
        11,
    )
    doc.need(80)
    doc.gap(8)
    doc.line(f"Dated: {df(f['signed_on'])}", "serif", 11)
    doc.line("Respectfully submitted,", "serif", 11, x=320)
    doc.line(f"/s/ {f['signer']}", "serif-i", 11, x=320, lead=20)
    doc.line(f["signer"], "serif", 11, x=320)
    doc.line(firm, "serif", 11, x=320)
    doc.line(f["firm_addr"], "serif", 11, x=320)
    doc.line("Counsel for Protestant", "serif", 11, x=320)

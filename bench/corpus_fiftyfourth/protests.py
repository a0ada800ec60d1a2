"""Protests: cases under 19 U.S.C. 1514 / 19 CFR 174 and three senders' styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law

D = dt.date
TD = dt.timedelta

CASES = (
    "accept",
    "two-entries",
    "untimely",
    "premature",
    "grace-saturday",
    "no-description",
    "penalty-petition",
    "no-importer",
    "grace-holiday",
    "partial-late",
    "pre2004-90",
    "post2004-180",
    "exclusion",
    "second-protest",
    "earlier-no-date",
    "stamp-vs-arg",
    "cbp-importer",
    "no-drawback",
    "day-181",
    "accelerated",
)
STYLES = ("telex", "checklist", "brief")

GOODS = [
    ("Cast iron enamelled Dutch ovens, 5.5 quart, item DO-55", "7323.91.5020", "7323.94.0021"),
    ("Men's cotton knit polo shirts, style PK-200", "6105.10.0010", "6109.10.0012"),
    (
        "LED linear ceiling fixtures with aluminium housings, model LX-4",
        "9405.11.8020",
        "9405.42.8440",
    ),
    ("Stainless steel insulated food jars, 16 oz., item FJ-16", "9617.00.1000", "7323.93.0080"),
    ("Children's wooden balance bicycles without pedals", "9503.00.0090", "8712.00.2500"),
    ("Bamboo cutting boards with juice grooves, set of three", "4419.12.0000", "4419.19.9000"),
    ("Ceramic coffee mugs, 12 oz., decorated, SKU CM-12", "6912.00.4400", "6912.00.4810"),
    ("Polyester fleece dog beds, round, 30 inch", "6307.90.9891", "9404.90.9505"),
    (
        "Portable Bluetooth speakers, model BT-7 with rechargeable battery",
        "8518.22.0000",
        "8518.21.0000",
    ),
]
CATS = {"classification": "classification and rate of duty", "appraised_value": "appraised value"}


def _filed_dates(r: random.Random, case: str) -> dict[str, Any]:
    """Entry dates, liquidation (or decision) dates and the receipt date for the case."""
    n = 2 if case in ("two-entries", "partial-late") else 1
    if case in ("grace-saturday", "grace-holiday"):
        if case == "grace-saturday":
            last = D(2024, 1, 6) + TD(weeks=r.randint(0, 80))  # a Saturday
            assert last.weekday() == 5
        else:
            last = r.choice(
                [
                    D(2024, 7, 4),
                    D(2024, 9, 2),
                    D(2024, 11, 28),
                    D(2025, 1, 20),
                    D(2025, 5, 26),
                    D(2025, 10, 13),
                    D(2025, 11, 11),
                ]
            )
        liqs = [last - TD(days=180)]
        received = law.next_business_day(last)
        entries = [liqs[0] - TD(days=r.randint(280, 330))]
        return {"entry_dates": entries, "liqs": liqs, "received": received}
    if case in ("pre2004-90", "post2004-180"):
        ed = D(2004, 12, 17) if case == "pre2004-90" else D(2004, 12, 20)
        liq = c.weekday_on_or_after(D(2005, 10, 3) + TD(days=r.randint(0, 40)))
        received = liq + TD(
            days=r.randint(120, 140) if case == "pre2004-90" else r.randint(150, 160)
        )
        return {"entry_dates": [ed], "liqs": [liq], "received": received}
    base = c.weekday_on_or_after(D(2023, 9, 4) + TD(days=r.randint(0, 600)))
    liqs = [base]
    if n == 2:
        liqs.append(c.weekday_on_or_after(base + TD(days=r.randint(25, 60))))
    entries = [lq - TD(days=r.randint(290, 340)) for lq in liqs]
    first_last = min(law.last_day(e, lq) for e, lq in zip(entries, liqs, strict=True))
    if case == "untimely":
        received = c.weekday_on_or_after(first_last + TD(days=r.randint(8, 40)))
    elif case == "day-181":
        while not law.business_day(law.last_day(entries[0], liqs[0])):
            liqs[0] += TD(days=1)
        first_last = law.last_day(entries[0], liqs[0])
        received = first_last + TD(days=1)
    elif case == "premature":
        received = c.weekday_on_or_after(liqs[0] - TD(days=r.randint(6, 20)))
    elif case == "partial-late":
        second_last = law.last_day(entries[1], liqs[1])
        received = c.weekday_on_or_after(first_last + TD(days=6))
        assert received < second_last
    else:
        received = c.weekday_on_or_after(max(liqs) + TD(days=r.randint(20, 110)))
        assert received <= first_last
    return {"entry_dates": entries, "liqs": liqs, "received": received}


def make(index: int, seed: int, case: str, style: str) -> tuple[dict[str, Any], dict[str, Any]]:
    r = c.rng("protest", index, seed)
    name, addr = c.pick_company(r)
    port, port_name = r.choice(c.PORTS)
    filer = r.choice(c.FILERS)
    signer, title = r.choice(c.PEOPLE), r.choice(c.TITLES)
    goods, hts_cbp, hts_claim = r.choice(GOODS)
    category = r.choice(["classification", "appraised_value"])
    if case == "exclusion":
        category = "exclusion"
    if case == "second-protest":  # the earlier protest attacked the classification
        category = "appraised_value"
    ior = c.cbp_assigned(r) if case == "cbp-importer" else c.ein(r)
    dates = _filed_dates(r, case)
    if case == "exclusion":
        decided = c.weekday_on_or_after(D(2024, 2, 1) + TD(days=r.randint(0, 500)))
        dates = {
            "entry_dates": [decided - TD(days=r.randint(8, 20))],
            "liqs": [decided],
            "received": c.weekday_on_or_after(decided + TD(days=r.randint(10, 25))),
        }
    numbers = [c.entry(r, filer) for _ in dates["entry_dates"]]
    received: D = dates["received"]
    further = case == "accept" or r.random() < 0.45
    accelerated = case == "accelerated"
    stamp = case == "stamp-vs-arg" or (style == "brief" and r.random() < 0.4)
    protest_number = (
        f"{port}-{received.year % 100:02d}-{r.randint(100000, 199999)}"
        if stamp and r.random() < 0.6
        else None
    )
    earlier = None
    if case in ("second-protest", "earlier-no-date"):
        e_recv = received - TD(days=r.randint(30, 70))
        earlier = (f"{port}-{e_recv.year % 100:02d}-{r.randint(100000, 199999)}", e_recv)
    today = received + TD(days=r.randint(4, 45))
    args = ["--today", today.isoformat()]
    if not stamp:
        args = ["--received", received.isoformat(), *args]
    elif case == "stamp-vs-arg":
        args = ["--received", (received + TD(days=r.randint(3, 9))).isoformat(), *args]
    entries = [
        {"entry_number": n, "entry_date": e.isoformat(), "liquidation_date": lq.isoformat()}
        for n, e, lq in zip(numbers, dates["entry_dates"], dates["liqs"], strict=True)
    ]
    last_days = {
        n: law.last_day(e, lq).isoformat()
        for n, e, lq in zip(numbers, dates["entry_dates"], dates["liqs"], strict=True)
    }
    timings = [
        law.timing(received, lq, law.last_day(e, lq))
        for e, lq in zip(dates["entry_dates"], dates["liqs"], strict=True)
    ]
    missing = []
    if case == "no-importer":
        missing.append("174.13(a)(2)")
    if case == "no-description":
        missing.append("174.13(a)(5)")
    if case == "earlier-no-date":
        missing.append("174.13(a)(7)")
    if case == "no-drawback":
        missing.append("174.13(a)(9)")
    if case == "cbp-importer" or "grace" in timings or len(set(timings)) > 1:
        outcome = "needs_human"
    elif timings[0] == "premature":
        outcome = "premature"
    elif timings[0] == "untimely":
        outcome = "untimely"
    elif case in ("penalty-petition", "second-protest"):
        outcome = "invalid"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    expected = {
        "accept": "accept",
        "two-entries": "accept",
        "untimely": "untimely",
        "premature": "premature",
        "grace-saturday": "needs_human",
        "no-description": "deficient",
        "penalty-petition": "invalid",
        "no-importer": "deficient",
        "grace-holiday": "needs_human",
        "partial-late": "needs_human",
        "pre2004-90": "untimely",
        "post2004-180": "accept",
        "exclusion": "accept",
        "second-protest": "invalid",
        "earlier-no-date": "deficient",
        "stamp-vs-arg": "accept",
        "cbp-importer": "needs_human",
        "no-drawback": "deficient",
        "day-181": "untimely",
        "accelerated": "accept",
    }
    assert outcome == expected[case], (case, outcome, timings)
    values: dict[str, Any] = {
        "protest_number": protest_number,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": None if case == "no-importer" else ior,
        "protestant_name": name,
        "protestant_address": ", ".join(addr),
        "entries": entries,
        "category": category,
        "merchandise_description": None if case == "no-description" else goods,
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
    if case == "penalty-petition":
        for k in ("entries", "category"):
            values.pop(k)
        decision.pop("deadline")
        decision.pop("last_days")
        not_scored.append(
            "entries, category, deadline and last_days: the decision protested (a "
            "penalty-petition decision, 19 CFR 171.22) is not protestable, and the "
            "contract does not say which date its clock would run from"
        )
    if case == "exclusion":
        values.pop("entries")
        not_scored.append(
            "entries: the entry is not liquidated; the contract does not say whether "
            "liquidation_date then holds the exclusion decision's date or null"
        )
    if case == "no-drawback":
        decision.pop("outcome")
        not_scored.append(
            "outcome: the only open point is the 174.13(a)(9) drawback declaration, "
            "whose wording is a VERIFY line"
        )
    truth = {
        "kind": "protest",
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    doc = {
        "name": name,
        "addr": addr,
        "port": port,
        "port_name": port_name,
        "ior": ior,
        "signer": signer,
        "title": title,
        "goods": goods,
        "hts_cbp": hts_cbp,
        "hts_claim": hts_claim,
        "category": category,
        "case": case,
        "numbers": numbers,
        "entry_dates": dates["entry_dates"],
        "liqs": dates["liqs"],
        "received": received,
        "further": further,
        "accelerated": accelerated,
        "stamp": stamp,
        "protest_number": protest_number,
        "earlier": earlier,
        "letter_date": received - TD(days=r.randint(2, 6)),
        "date_style": r.choice(c.DATE_STYLES),
        "r": r,
    }
    return truth, doc


def _decision_text(d: dict[str, Any]) -> str:
    if d["case"] == "penalty-petition":
        return (
            "the decision of the Fines, Penalties and Forfeitures Officer on our petition for "
            "relief in the penalty case concerning the entry"
        )
    if d["category"] == "exclusion":
        return "the exclusion of the merchandise from entry"
    return CATS[d["category"]]


def _claim(d: dict[str, Any]) -> str:
    if d["case"] == "penalty-petition":
        return (
            "The mitigated amount is excessive in light of the importer's prior record and its "
            "cooperation; the petition decision should be set aside."
        )
    if d["category"] == "classification":
        return (
            f"CBP liquidated the merchandise under subheading {d['hts_cbp']}, HTSUS. The goods "
            f"are properly classified under subheading {d['hts_claim']}, HTSUS, by application "
            "of GRI 1 and the terms of the heading, and the excess duty should be refunded."
        )
    if d["category"] == "appraised_value":
        return (
            "CBP appraised the merchandise on a deductive value basis. The sale between the "
            "seller and the protestant is a bona fide sale for export to the United States, "
            "the parties are unrelated, and transaction value under 19 U.S.C. 1401a(b) must "
            "be applied."
        )
    return (
        "The merchandise was excluded as allegedly bearing an infringing mark. The mark is the "
        "protestant's own registered mark, applied under licence, and the goods must be "
        "released."
    )


def _drawback_line(d: dict[str, Any], upper: bool = False) -> str | None:
    if d["case"] == "no-drawback":
        return None
    s: str = d["r"].choice(
        [
            "The entries covered by this protest are not the subject of any drawback claim.",
            "Protestant declares that the merchandise is not subject to drawback.",
            "No drawback has been or will be claimed on the entry (19 CFR 174.13(a)(9)).",
        ]
    )
    return s.upper() if upper else s


def _earlier_line(d: dict[str, Any], ds: str) -> str | None:
    if not d["earlier"]:
        return None
    num, when = d["earlier"]
    if d["case"] == "second-protest":
        return (
            f"Protestant filed protest no. {num}, received by CBP on {c.fmt_date(when, ds)}, "
            "against the classification of the same merchandise of the same entry; this "
            "protest is directed at the appraisement of that merchandise."
        )
    return (
        f"Protestant asks for the same disposition as in its earlier protest no. {num}, for "
        "which further review is pending."
    )


def blocks(d: dict[str, Any], style: str) -> tuple[list[Any], dict[str, Any]]:
    return {"telex": _telex, "checklist": _checklist, "brief": _brief}[style](d)


def _stamp(d: dict[str, Any], style: str) -> list[Any]:
    if not d["stamp"]:
        return []
    lines = ["RECEIVED", c.fmt_date(d["received"], style), f"CBP - PORT {d['port']}"]
    if d["protest_number"]:
        lines.append(f"PROTEST NO. {d['protest_number']}")
    return [("stamp", lines)]


def _telex(d: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    ds = "oracle"
    U = str.upper
    f, s = "mono", 9.5
    b: list[Any] = _stamp(d, "us")
    ref = f"PRT{d['r'].randint(1000, 9999)}"
    b.append(("line", f"ZCZC {ref} {c.fmt_date(d['letter_date'], ds)}", f, s, "l"))
    b.append(("line", "PRIORITY MESSAGE - CUSTOMS PROTEST UNDER 19 USC 1514", "mono-b", s, "l"))
    b.append(("line", f"FM: {U(d['name'])} / TRAFFIC AND CUSTOMS DEPT", f, s, "l"))
    b.append(("line", f"TO: CBP PORT OF {U(d['port_name'])} - PORT CODE {d['port']}", f, s, "l"))
    b.append(("line", "ATTN: PROTEST AND ENTRY REVIEW SECTION", f, s, "l"))
    b.append(("rule", 0.4))
    b.append(("line", "1. PROTESTANT:", "mono-b", s, "l"))
    b.append(("line", f"   {U(d['name'])}", f, s, "l"))
    for ln in d["addr"]:
        b.append(("line", f"   {U(ln)}", f, s, "l"))
    if d["case"] != "no-importer":
        b.append(("line", f"   IMPORTER NO. (IOR): {d['ior']}", f, s, "l"))
    b.append(("line", "2. ENTRIES PROTESTED:", "mono-b", s, "l"))
    liq_head = "DECISION DT" if d["category"] == "exclusion" else "LIQ DATE"
    b.append(("line", f"   {'ENTRY NO':<16}{'ENTRY DATE':<14}{liq_head}", f, s, "l"))
    for n, e, lq in zip(d["numbers"], d["entry_dates"], d["liqs"], strict=True):
        b.append(("line", f"   {n:<16}{c.fmt_date(e, ds):<14}{c.fmt_date(lq, ds)}", f, s, "l"))
    if d["case"] == "premature":
        b.append(
            ("para", "   NOTE: LIQUIDATION DATE PER ACE COURTESY NOTICE OF LIQUIDATION.", f, s, 0)
        )
    if d["case"] != "no-description":
        b.append(("line", "3. MERCHANDISE:", "mono-b", s, "l"))
        b.append(("para", U(d["goods"]), f, s, 22))
    else:
        b.append(("line", "3. GOODS: AS PER COMMERCIAL INVOICE ON FILE.", f, s, "l"))
    b.append(
        ("line", f"4. DECISION PROTESTED: {U(_decision_text(d))}", f, s, "l")
        if len(_decision_text(d)) < 50
        else ("para", "4. DECISION PROTESTED: " + U(_decision_text(d)), f, s, 0)
    )
    b.append(("para", "5. CLAIM AND JUSTIFICATION: " + U(_claim(d)), f, s, 0))
    e = _earlier_line(d, ds)
    if e:
        b.append(("para", "6. EARLIER PROTEST: " + U(e), f, s, 0))
    dl = _drawback_line(d, upper=True)
    if dl:
        b.append(("para", "7. DRAWBACK: " + dl, f, s, 0))
    b.append(
        (
            "line",
            "8. FURTHER REVIEW (19 CFR 174.24): "
            + ("REQUESTED - CRITERION (B), NO PRIOR RULING" if d["further"] else "NOT REQUESTED"),
            f,
            s,
            "l",
        )
    )
    b.append(
        (
            "line",
            "9. ACCELERATED DISPOSITION: "
            + ("REQUESTED - COPY SENT BY CERTIFIED MAIL" if d["accelerated"] else "NOT REQUESTED"),
            f,
            s,
            "l",
        )
    )
    b.append(("rule", 0.4))
    b.append(("line", f"AUTHENTICATED: {U(d['signer'])}", f, s, "l"))
    b.append(("line", f"               {U(d['title'])}, FOR THE PROTESTANT", f, s, "l"))
    b.append(("line", "NNNN", f, s, "l"))
    return b, {"margin": 54, "footer": "MSG " + ref + " PAGE {n}/{m}", "font": "mono"}


def _checklist(d: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    ds = d["date_style"] if d["date_style"] not in ("oracle",) else "us"
    f, s = "sans", 9.5
    b: list[Any] = []
    b.append(("line", d["name"], "sans-b", 13, "l"))
    b.append(("line", "Trade Compliance Department", f, 9, "l"))
    b.append(("rule", 1.2))
    b += _stamp(d, "dmyshort")
    b.append(
        ("line", "PROTEST STATEMENT WITH 19 CFR 174.13 CONTENTS CHECKLIST", "sans-b", 11.5, "c")
    )
    b.append(("line", f"Filed at the Port of {d['port_name']} (port code {d['port']})", f, s, "c"))
    b.append(("gap", 6))
    rows = [("Protesting party", d["name"]), ("Address", d["addr"][0])]
    rows += [("", ln) for ln in d["addr"][1:]]
    if d["case"] != "no-importer":
        rows.append(("Importer number", d["ior"]))
    rows.append(("Prepared", c.fmt_date(d["letter_date"], ds)))
    b.append(("kv", rows, f, s, 120, True))
    b.append(("line", "A. Entries", "sans-b", 10.5, "l"))
    liq_head = "Date of Decision" if d["category"] == "exclusion" else "Date of Liquidation"
    b.append(
        (
            "table",
            [0.34, 0.22, 0.26, 0.18],
            ["Entry Number", "Date of Entry", liq_head, "Port"],
            [
                [n, c.fmt_date(e, ds), c.fmt_date(lq, ds), d["port"]]
                for n, e, lq in zip(d["numbers"], d["entry_dates"], d["liqs"], strict=True)
            ],
            f,
            9,
            True,
        )
    )
    b.append(("line", "B. Decision protested", "sans-b", 10.5, "l"))
    cats = [
        ("classification", "Classification / rate of duty"),
        ("appraised_value", "Appraised value"),
        ("exclusion", "Exclusion from entry"),
    ]
    if d["case"] == "penalty-petition":
        b.append(
            (
                "checks",
                [(False, lab) for _, lab in cats]
                + [(True, "Other: decision on petition for relief (19 CFR 171)")],
                f,
                s,
            )
        )
    else:
        b.append(("checks", [(d["category"] == k, lab) for k, lab in cats], f, s))
    if d["case"] != "no-description":
        b.append(("box", [(d["goods"], f, s)], "DESCRIPTION OF MERCHANDISE"))
    b.append(("line", "C. Objection and justification", "sans-b", 10.5, "l"))
    b.append(("para", _claim(d), "serif", 10, 0))
    e = _earlier_line(d, ds)
    if e:
        b.append(("para", e, "serif", 10, 0))
    dl = _drawback_line(d)
    if dl:
        b.append(("para", "Drawback declaration: " + dl, "serif", 10, 0))
    b.append(("line", "D. Requests", "sans-b", 10.5, "l"))
    b.append(
        (
            "checks",
            [
                (d["further"], "Application for further review (174.24(b)) is made"),
                (d["accelerated"], "Accelerated disposition (174.22), sent by certified mail"),
            ],
            f,
            s,
        )
    )
    b.append(("page",))
    b.append(("line", "E. 174.13(a) contents checklist", "sans-b", 10.5, "l"))
    items = [
        ("(1) name and address of protestant", True),
        ("(2) importer number", d["case"] != "no-importer"),
        ("(3) entry numbers and dates", True),
        ("(4) liquidation / decision dates", True),
        ("(5) specific description of merchandise", d["case"] != "no-description"),
        ("(6) nature of and justification for the objection", True),
        ("(9) drawback declaration", d["case"] != "no-drawback"),
    ]
    b.append(("checks", [(ok, lab) for lab, ok in items], f, 9))
    b.append(("gap", 14))
    b.append(("line", "Certified correct by:", f, s, "l"))
    b.append(("gap", 14))
    b.append(("line", "______________________________", f, s, "l"))
    b.append(
        (
            "kv",
            [
                ("Name", d["signer"]),
                ("Title", d["title"]),
                ("Date", c.fmt_date(d["letter_date"], ds)),
            ],
            f,
            s,
            60,
            False,
        )
    )
    return b, {
        "margin": 60,
        "header": f"Protest statement - {d['name']}",
        "font": "sans",
        "footer": "Sheet {n} of {m}",
    }


def _brief(d: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    ds = d["date_style"]
    r = d["r"]
    firm = r.choice(["Ashdown Kerrigan LLP", "Moreno Feld & Quist PC", "Halvorsen Trade Law PLLC"])
    f, s = "serif", 10.5
    b: list[Any] = []
    b.append(("line", firm.upper(), "serif-b", 14, "c"))
    b.append(("line", "Customs and International Trade Counsel", "serif", 9.5, "c"))
    b.append(
        ("line", "1100 Seventeenth Street NW, Suite 600 - Washington, DC 20036", "serif", 9, "c")
    )
    b.append(("rule", 0.8))
    b += _stamp(d, "oracle")
    b.append(("line", c.fmt_date(d["letter_date"], ds), f, s, "r"))
    b.append(
        (
            "line",
            "VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED"
            if d["accelerated"]
            else "VIA OVERNIGHT COURIER",
            "serif-b",
            9.5,
            "l",
        )
    )
    for ln in ["Port Director", "U.S. Customs and Border Protection", f"Port of {d['port_name']}"]:
        b.append(("line", ln, f, s, "l"))
    b.append(("gap", 6))
    summary = [(f"Protestant: {d['name']}", "sans", 9.5)]
    summary += [(ln, "sans", 9.5) for ln in d["addr"]]
    if d["case"] != "no-importer":
        summary.append((f"Importer No.: {d['ior']}", "sans", 9.5))
    summary.append((f"Port code: {d['port']}", "sans", 9.5))
    summary.append((f"Decision protested: {_decision_text(d)}", "sans", 9.5))
    b.append(("box", summary, "PROTEST SUMMARY"))
    b.append(("para", "Dear Port Director:", f, s, 0))
    b.append(
        (
            "para",
            f'On behalf of our client named above ("Protestant"), we protest under 19 '
            f"U.S.C. 1514 and 19 CFR Part 174 {_decision_text(d)} of the following "
            + ("entries" if len(d["numbers"]) > 1 else "entry")
            + ":",
            f,
            s,
            0,
        )
    )
    liq_head = "Date of Decision" if d["category"] == "exclusion" else "Liquidated"
    b.append(
        (
            "table",
            [0.36, 0.32, 0.32],
            ["Entry No.", "Entered", liq_head],
            [
                [n, c.fmt_date(e, ds), c.fmt_date(lq, ds)]
                for n, e, lq in zip(d["numbers"], d["entry_dates"], d["liqs"], strict=True)
            ],
            f,
            10,
            r.random() < 0.5,
        )
    )
    if d["case"] == "premature":
        b.append(
            (
                "para",
                "The liquidation date shown is the date posted in ACE's courtesy notice "
                "of liquidation.",
                f,
                s,
                0,
            )
        )
    b.append(("line", "I. The Merchandise", "serif-b", 11, "l"))
    if d["case"] != "no-description":
        b.append(("para", f"Merchandise: {d['goods']}", f, s, 0))
    else:
        b.append(
            (
                "para",
                "The merchandise is described in the entry documents on file with the port.",
                f,
                s,
                0,
            )
        )
    b.append(("line", "II. Objection and Argument", "serif-b", 11, "l"))
    b.append(("para", _claim(d), f, s, 0))
    e = _earlier_line(d, ds)
    if e:
        b.append(("para", e, f, s, 0))
    b.append(("line", "III. Other Statements", "serif-b", 11, "l"))
    dl = _drawback_line(d)
    if dl:
        b.append(("para", dl, f, s, 0))
    b.append(
        (
            "para",
            "Protestant requests further review of this protest under 19 CFR 174.24(b): "
            "the decision raises a question of law not previously ruled upon."
            if d["further"]
            else "Protestant does not request further review at this time.",
            f,
            s,
            0,
        )
    )
    if d["accelerated"]:
        b.append(
            (
                "para",
                "Protestant requests accelerated disposition under 19 CFR 174.22; this "
                "request is sent by certified mail.",
                f,
                s,
                0,
            )
        )
    b.append(("gap", 8))
    b.append(("line", "Respectfully submitted,", f, s, "l"))
    b.append(("gap", 8))
    b.append(("line", f"/s/ {d['signer']}", f, s, "l"))
    b.append(("line", d["signer"], f, s, "l"))
    b.append(("line", f"{firm}, counsel for Protestant", f, s, "l"))
    return b, {
        "margin": 66,
        "header": f"Protest of {d['name']}",
        "font": "serif",
        "footer": "- {n} -",
    }

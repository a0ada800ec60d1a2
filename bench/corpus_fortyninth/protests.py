"""Protest plans: the case, its truth under Part 174, and the blocks of one of three styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyninth import formats as f
from bench.corpus_fortyninth import law

CASES = [
    "accept",
    "accept-multi",
    "accept-pre2004",
    "untimely",
    "untimely-pre2004",
    "premature",
    "invalid-petition",
    "grace-weekend",
    "partly-late",
    "no-drawback-decl",
    "no-importer",
    "no-address",
    "no-entry-date",
    "no-description",
    "earlier-no-receipt",
    "no-reasons",
    "no-liq-date",
    "cbp-assigned-ior",
    "accept-accelerated",
    "partly-early",
    "untimely-past-grace",
    "accept-charges",
]
STYLES = ("slides", "brokerform", "letter")
CATEGORY_TEXT = {
    "classification": ["Classification and rate of duty", "the classification of the merchandise"],
    "appraised_value": ["Appraised value", "the appraised value of the merchandise"],
    "charges": [
        "Charges or exactions (merchandise processing fee)",
        "the merchandise processing fee",
    ],
    "liquidation": ["Liquidation", "the liquidation of the entries"],
}
DRAWBACK = [
    "The merchandise is not subject to drawback.",
    "None of the entries listed is subject to a drawback claim.",
    "Drawback: the entries covered by this protest are not subject to drawback.",
]
D = dt.date
DAY = dt.timedelta(days=1)


def _weekend_liquidation(rng: random.Random) -> D:
    day = D(2025, 1, 6) + DAY * rng.randrange(0, 200)
    while law.business_day(law.last_day(None, day)):
        day += DAY
    return day


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fortyninth-protest-{seed}-{index}")
    case = CASES[index % len(CASES)]
    producer = ("mgp", "tk")[index % 2]
    style = STYLES[(index // 2 + seed) % 3]
    dstyle = rng.choice(f.DATE_STYLES)
    name, address = rng.choice(f.COMPANIES)
    port, port_name = rng.choice(f.PORTS)
    filer = rng.choice(f.FILERS)
    signer = rng.choice(f.PEOPLE)
    goods = rng.choice(f.GOODS)
    ior = f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
    if case == "cbp-assigned-ior":
        ior = f"{rng.randrange(100000, 999999)}-{rng.randrange(10000, 99999)}"
    category = "classification" if case not in ("accept-charges", "invalid-petition") else "charges"
    if case in ("accept", "untimely") and rng.random() < 0.5:
        category = "appraised_value"
    n_entries = 3 if case in ("accept-multi",) else 2 if case.startswith("partly") else 1
    liq = D(2025, 1, 10) + DAY * rng.randrange(0, 240)
    if case in ("grace-weekend", "untimely-past-grace"):
        liq = _weekend_liquidation(rng)
    entries: list[dict[str, Any]] = []
    for k in range(n_entries):
        edate = liq - DAY * rng.randrange(250, 330) + DAY * k
        if case.endswith("pre2004"):
            edate = D(2004, 12, 17)
            liq = D(2005, 9, 16) + DAY * rng.randrange(0, 60)
        eliq = liq + DAY * (k * 40 if case.startswith("partly") else 0)
        entries.append(
            {
                "entry_number": law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                "entry_date": edate,
                "liquidation_date": eliq,
            }
        )
    first = law.last_day(entries[0]["entry_date"], entries[0]["liquidation_date"])
    received = liq + DAY * rng.randrange(20, 150)
    if case == "accept-pre2004":
        received = liq + DAY * rng.randrange(20, 85)
    elif case == "untimely-pre2004":
        received = liq + DAY * rng.randrange(100, 170)
    elif case == "untimely":
        received = first + DAY * rng.randrange(3, 60)
    elif case == "premature":
        received = liq - DAY * rng.randrange(5, 40)
    elif case == "grace-weekend":
        received = law.next_business_day(first)
    elif case == "untimely-past-grace":
        received = law.next_business_day(law.next_business_day(first))
    elif case == "partly-late":
        received = first + DAY * 10
    elif case == "partly-early":
        received = entries[1]["liquidation_date"] - DAY * 5
    timings = [law.entry_timing(received, e["entry_date"], e["liquidation_date"]) for e in entries]
    missing: list[str] = []
    show_address = case != "no-address"
    show_ior = case != "no-importer"
    show_edate = case != "no-entry-date"
    show_liq = case != "no-liq-date"
    show_desc = case != "no-description"
    show_reasons = case != "no-reasons"
    show_drawback = case != "no-drawback-decl"
    earlier = case == "earlier-no-receipt"
    for flag, item in (
        (show_address, 1),
        (show_ior, 2),
        (show_edate, 3),
        (show_liq, 4),
        (show_desc, 5),
        (show_reasons, 6),
        (not earlier, 7),
        (show_drawback, 9),
    ):
        if not flag:
            missing.append(f"174.13(a)({item})")
    not_scored: list[str] = []
    if case == "invalid-petition":
        outcome = "invalid"
    elif (
        "grace" in timings
        or len(set(timings)) > 1
        or not show_drawback
        or case == "cbp-assigned-ior"
    ):
        outcome = "needs_human"
    elif timings[0] == "early":
        outcome = "premature"
    elif timings[0] == "late":
        outcome = "untimely"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    assert outcome != "needs_human" or case in (
        "grace-weekend",
        "partly-late",
        "partly-early",
        "no-drawback-decl",
        "cbp-assigned-ior",
    ), case
    further = rng.random() < 0.5
    accelerated = case == "accept-accelerated"
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": ior if show_ior else None,
        "protestant_name": name,
        "protestant_address": ", ".join(address) if show_address else None,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat() if show_edate else None,
                "liquidation_date": e["liquidation_date"].isoformat() if show_liq else None,
            }
            for e in entries
        ],
        "category": category,
        "merchandise_description": goods[0] if show_desc else None,
        "accelerated_disposition": accelerated,
        "further_review_requested": further,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    if not show_edate:
        not_scored.append(
            "deadline/last_days: no entry date is printed, so whether the 90-day period for "
            "entries made before 2004-12-18 applies cannot be told"
        )
    elif show_liq and case != "invalid-petition":
        last = {
            e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"]).isoformat()
            for e in entries
        }
        decision["deadline"] = min(last.values())
        decision["last_days"] = last
    elif case == "invalid-petition":
        not_scored.append(
            "deadline/last_days/category: the protest attacks a penalty-petition "
            "decision (19 CFR 171.22), which is not protestable; the contract has no "
            "category for it and gives it no clock"
        )
        del values["category"]
    else:
        del decision["outcome"]
        not_scored.append(
            "outcome: with no liquidation date the protest's timing cannot be checked, and the "
            "contract does not say whether that is deficient or for a person"
        )
        not_scored.append(
            "deadline/last_days: no liquidation date is printed, so the contract's "
            "last day cannot be computed"
        )
    stamp = style == "brokerform" and rng.random() < 0.6
    args_received = received - DAY * rng.randrange(1, 4) if stamp else received
    letter_date = received - DAY * rng.randrange(2, 6)
    today = received + DAY * rng.randrange(1, 20)

    def fd(day: dt.date) -> str:
        return f.fmt_date(day, dstyle)

    needles = [name, port, signer] + [e["entry_number"] for e in entries]
    needles += [x for x in (ior if show_ior else None, goods[0] if show_desc else None) if x]
    needles += address if show_address else []
    if show_edate:
        needles += [fd(e["entry_date"]) for e in entries]
    if show_liq:
        needles += [fd(e["liquidation_date"]) for e in entries]
    if stamp:
        needles.append(fd(received))
    ctx = dict(
        case=case,
        name=name,
        address=address if show_address else None,
        port=port,
        port_name=port_name,
        ior=ior if show_ior else None,
        entries=entries,
        show_edate=show_edate,
        show_liq=show_liq,
        goods=goods if show_desc else None,
        reasons=show_reasons,
        drawback=rng.choice(DRAWBACK) if show_drawback else None,
        earlier=earlier,
        category=category,
        further=further,
        accelerated=accelerated,
        signer=signer,
        fd=fd,
        letter_date=letter_date,
        stamp=received if stamp else None,
        rng=rng,
        petition=case == "invalid-petition",
    )
    blocks = {"slides": _slides, "brokerform": _brokerform, "letter": _letter}[style](ctx)
    truth = {
        "kind": "protest",
        "family": producer,
        "case": case,
        "style": style,
        "args": ["--received", args_received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return {
        "truth": truth,
        "blocks": blocks,
        "needles": needles,
        "producer": producer,
        "name": f"protest_{index:03d}_{producer}_{case}",
    }


def _decision_text(c: dict[str, Any]) -> str:
    if c["petition"]:
        return (
            "The decision of the Fines, Penalties and Forfeitures Officer on our petition for "
            "relief (19 CFR 171.22), which denied mitigation of the merchandise processing fee "
            "penalty."
        )
    return str(CATEGORY_TEXT[c["category"]][0])


def _reasons(c: dict[str, Any]) -> str:
    goods = c["goods"] or f.GOODS[0]
    if c["category"] == "classification":
        return (
            f"CBP reclassified the goods out of subheading {goods[1]}. The goods are used for "
            f"{goods[2]} and are made of {goods[3]}; the heading claimed at entry describes "
            "them by name, and GRI 1 and 6 settle the matter. We ask that the entries be "
            "reliquidated under the subheading claimed, with a refund of excess duties."
        )
    if c["category"] == "appraised_value":
        return (
            "The transaction value declared at entry is the price actually paid or payable. "
            "The buyer and seller are not related, and CBP added an assist that the buyer never "
            "furnished. The appraised value should be returned to the entered value."
        )
    return (
        "The merchandise processing fee was assessed twice on the same release. The second "
        "assessment should be refunded."
    )


def _further(c: dict[str, Any]) -> str:
    if c["further"]:
        return (
            "Further review is requested under 19 CFR 174.24(b): the decision raises a "
            "question of law not previously ruled upon. No court action is pending on the "
            "same claim."
        )
    return "No application for further review is made."


def _accel(c: dict[str, Any]) -> list[Any]:
    if c["accelerated"]:
        return [
            (
                "text",
                "Accelerated disposition is requested under 19 CFR 174.22. This protest "
                "is sent by certified mail, return receipt requested.",
            )
        ]
    return []


def _earlier(c: dict[str, Any]) -> list[Any]:
    if c["earlier"]:
        n = f"{c['port']}-25-{c['rng'].randrange(100000, 999999)}"
        return [
            (
                "text",
                f"The same disposition is requested as in protest {n}, for which "
                "further review is pending.",
            )
        ]
    return []


def _slides(c: dict[str, Any]) -> list[Any]:
    fd = c["fd"]
    b: list[Any] = [
        ("title", "PROTEST"),
        ("text", "19 U.S.C. 1514 / 19 CFR Part 174"),
        ("gap",),
        ("label", "PORT OF ENTRY"),
        ("text", f"{c['port']} {c['port_name']}"),
        ("label", "DATE OF THIS PROTEST"),
        ("text", fd(c["letter_date"])),
        ("page",),
        ("title", "Protestant"),
        ("label", "NAME"),
        ("text", c["name"]),
    ]
    if c["address"]:
        b += [("label", "ADDRESS")] + [("text", line) for line in c["address"]]
    if c["ior"]:
        b += [("label", "IMPORTER NUMBER"), ("text", c["ior"])]
    b += [("page",), ("title", "Entries")]
    for e in c["entries"]:
        b += [("label", "ENTRY NUMBER"), ("text", e["entry_number"])]
        if c["show_edate"]:
            b += [("label", "DATE OF ENTRY"), ("text", fd(e["entry_date"]))]
        if c["show_liq"]:
            b += [("label", "DATE OF LIQUIDATION"), ("text", fd(e["liquidation_date"]))]
        b.append(("gap",))
    b += [
        ("page",),
        ("title", "Decision"),
        ("label", "DECISION PROTESTED"),
        ("text", _decision_text(c)),
    ]
    if c["goods"]:
        b += [("label", "MERCHANDISE"), ("text", c["goods"][0])]
    if c["drawback"]:
        b += [("label", "DRAWBACK"), ("text", c["drawback"])]
    if c["reasons"]:
        b += [("page",), ("title", "Reasons"), ("text", _reasons(c))]
    b += [
        ("page",),
        ("title", "Requests"),
        *_earlier(c),
        *_accel(c),
        ("text", _further(c)),
        ("gap",),
        ("label", "SIGNED"),
        ("text", f"/s/ {c['signer']}"),
        ("text", f"Director of Trade Compliance, {c['name']}"),
    ]
    return b


def _brokerform(c: dict[str, Any]) -> list[Any]:
    fd = c["fd"]
    b: list[Any] = [("title", "PROTEST - CONTINUATION FORM (19 CFR 174.13)")]
    if c["stamp"]:
        b.append(("right", ["RECEIVED", f"CBP PORT {c['port']}", fd(c["stamp"])]))
    head = [f"Port code: {c['port']} ({c['port_name']})", f"Protesting party: {c['name']}"]
    if c["address"]:
        head.append("Address: " + ", ".join(c["address"]))
    if c["ior"]:
        head.append(f"Importer No.: {c['ior']}")
    b += [("box", head), ("label", "Block 5 - Entries covered")]
    header = (
        ["Entry No."]
        + (["Date of Entry"] if c["show_edate"] else [])
        + (["Date of Liquidation"] if c["show_liq"] else [])
    )
    rows = [
        [e["entry_number"]]
        + ([fd(e["entry_date"])] if c["show_edate"] else [])
        + ([fd(e["liquidation_date"])] if c["show_liq"] else [])
        for e in c["entries"]
    ]
    b.append(("table", header, rows, True))
    b += [("text", f"Decision protested: {_decision_text(c)}")]
    if c["goods"]:
        b.append(("text", f"Description of merchandise: {c['goods'][0]}"))
    if c["drawback"]:
        b.append(("text", c["drawback"]))
    b += [
        (
            "text",
            ("[X] " if c["further"] else "[ ] ") + "Application for further review (19 CFR 174.24)",
        ),
        (
            "text",
            ("[X] " if c["accelerated"] else "[ ] ")
            + "Accelerated disposition (19 CFR 174.22)"
            + (" - sent by certified mail" if c["accelerated"] else ""),
        ),
    ]
    b += _earlier(c)
    b += [
        ("rule",),
        ("text", f"Signature: /s/ {c['signer']}"),
        ("text", f"Name: {c['signer']}   Title: Import Manager   Date: {fd(c['letter_date'])}"),
        (
            "text",
            "Typed for the protestant by Keelhaul Customs Brokerage, power of attorney on file.",
        ),
    ]
    if c["reasons"]:
        b += [
            ("page",),
            ("title", "RIDER - STATEMENT OF OBJECTIONS"),
            ("text", _reasons(c)),
            ("text", _further(c)),
        ]
    return b


def _letter(c: dict[str, Any]) -> list[Any]:
    fd = c["fd"]
    b: list[Any] = [("title", c["name"])]
    if c["address"]:
        b += [("text", line) for line in c["address"]]
    ref = [f"Date: {fd(c['letter_date'])}", f"Port: {c['port']}"]
    if c["ior"]:
        ref.append(f"IOR No. {c['ior']}")
    b += [
        ("rule",),
        ("right", ref),
        ("text", f"Port Director, U.S. Customs and Border Protection, {c['port_name']}"),
        ("text", "Re: Protest under 19 U.S.C. 1514"),
        ("gap",),
        ("text", "Dear Port Director:"),
    ]
    parts = []
    what = "the decision described below" if c["petition"] else CATEGORY_TEXT[c["category"]][1]
    for e in c["entries"]:
        bit = f"entry {e['entry_number']}"
        if c["show_edate"]:
            bit += f", entered {fd(e['entry_date'])}"
        if c["show_liq"]:
            bit += f", liquidated {fd(e['liquidation_date'])}"
        parts.append(bit)
    b.append(
        (
            "text",
            f"{c['name']} protests {what} for " + "; ".join(parts) + ".",
        )
    )
    if c["petition"]:
        b.append(("text", "Decision: " + _decision_text(c)))
    if c["goods"]:
        b.append(("text", f"Merchandise: {c['goods'][0]}"))
    if c["reasons"]:
        b.append(("text", _reasons(c)))
    if c["drawback"]:
        b.append(("text", c["drawback"]))
    b += (
        _earlier(c)
        + _accel(c)
        + [
            ("text", _further(c)),
            ("gap",),
            ("text", "Sincerely,"),
            ("text", c["signer"]),
            ("text", "Vice President, Operations"),
        ]
    )
    return b

"""Protest cases (19 CFR Part 174) and three senders' habits."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfifth import law, pools
from bench.corpus_fortyfifth.sheet import DATE_STYLES, Sheet, fdate, pick, stamp_date

CASES = [
    "accept",
    "untimely",
    "premature",
    "invalid-petition",
    "grace-weekend",
    "partial-late",
    "no-importer",
    "no-description",
    "accept-multi",
    "no-address",
    "pre2004-90",
    "accelerated",
    "earlier-no-date",
    "no-drawback",
    "grace-holiday",
    "saturday-last-day",
    "no-entry-date",
    "no-objection",
    "late-after-weekend",
    "no-liquidation-date",
    "two-ports",
    "charges",
]
STYLES = ["pms", "letter", "rider"]
CATEGORY_WORDS = {
    "classification": "the classification and rate of duty",
    "appraised_value": "the appraised value",
    "liquidation": "the liquidation of the entries",
    "charges": "the charges assessed (merchandise processing fee)",
}
D = dt.timedelta


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"protest-45-{seed}-{index}")
    case = CASES[index % len(CASES)]
    port, city = rng.choice(pools.PORTS)
    name, address = rng.choice(pools.PARTIES)
    goods, _ = rng.choice(pools.GOODS)
    code = pools.filer(rng)
    category = rng.choice(["classification", "appraised_value", "liquidation"])
    if case == "charges":
        category = "charges"
    count = 3 if case in ("accept-multi", "partial-late", "two-ports") else rng.choice([1, 1, 2])
    if case == "pre2004-90":
        count = 1
    entry_date = dt.date(2023, 1, 9) + D(days=rng.randrange(500))
    liq = entry_date + D(days=300 + rng.randrange(40))
    if case == "pre2004-90":
        entry_date = dt.date(2004, 12, 17)
        liq = dt.date(2005, 10, 14) + D(days=rng.randrange(30))
    if case == "grace-holiday":
        holiday = sorted(h for h in law.holidays(2025) if h.weekday() < 5 and h.month > 3)[
            rng.randrange(5)
        ]
        liq = holiday - D(days=180)
        entry_date = liq - D(days=310)
    if case in ("grace-weekend", "saturday-last-day", "late-after-weekend"):
        want = 5 if case == "saturday-last-day" else rng.choice([5, 6])
        while law.last_day(entry_date, liq).weekday() != want:
            liq += D(days=1)
    entries: list[dict[str, Any]] = []
    for number in range(count):
        e_date = entry_date + D(days=number * rng.randrange(3, 20))
        l_date = liq + D(days=number * 35) if case == "partial-late" else liq
        entries.append(
            {
                "entry_number": pools.entry(rng, code),
                "entry_date": e_date,
                "liquidation_date": l_date,
            }
        )
    last = {
        e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"]) for e in entries
    }
    first_end = min(last.values())
    received = liq + D(days=20 + rng.randrange(140))
    if case == "untimely":
        received = first_end + D(days=6 + rng.randrange(30))
    elif case == "premature":
        received = liq - D(days=4 + rng.randrange(20))
    elif case in ("grace-weekend", "grace-holiday"):
        received = law.next_business_day(first_end)
    elif case == "saturday-last-day":
        received = first_end
    elif case == "late-after-weekend":
        received = law.next_business_day(law.next_business_day(first_end))
    elif case == "partial-late":
        received = first_end + D(days=10)
    elif case == "pre2004-90":
        received = liq + D(days=120 + rng.randrange(40))
    elif case in ("no-entry-date", "no-liquidation-date"):
        received = liq + D(days=30 + rng.randrange(50))
    while (
        case in ("untimely", "pre2004-90", "late-after-weekend")
        and law.entry_timing(received, entries[0]["entry_date"], liq) != "late"
    ):
        received += D(days=1)
    dstyle = rng.choice(DATE_STYLES)
    doc: dict[str, Any] = {
        "case": case,
        "port": port,
        "city": city,
        "name": name,
        "address": address,
        "goods": goods,
        "category": category,
        "entries": entries,
        "received": received,
        "dstyle": dstyle,
        "importer": pools.ein(rng) + pick(rng, "", "", "00"),
        "signer": rng.choice(pools.SIGNERS),
        "title": rng.choice(pools.TITLES),
        "further": rng.random() < 0.5,
        "accelerated": case == "accelerated",
        "stamp": rng.random() < 0.5,
        "protest_no": f"{port}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}",
        "letter_date": received - D(days=rng.randrange(2, 9)),
        "today": received + D(days=rng.randrange(1, 25)),
        "earlier": f"{port}-{(received.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}",
        "ports2": pools.PORTS[(pools.PORTS.index((port, city)) + 1) % len(pools.PORTS)][0],
        "file_no": f"BRK-{rng.randrange(20000, 99999)}",
    }
    if case == "two-ports":
        second = doc["ports2"]
        entries[2]["entry_number"] = pools.entry(rng, code)
        doc["entry_ports"] = [port, port, second]
    else:
        doc["entry_ports"] = [port] * len(entries)
    doc["truth"] = truth(doc)
    return doc


def truth(doc: dict[str, Any]) -> dict[str, Any]:
    case = doc["case"]
    missing = {
        "no-address": "174.13(a)(1)",
        "no-importer": "174.13(a)(2)",
        "no-entry-date": "174.13(a)(3)",
        "no-liquidation-date": "174.13(a)(4)",
        "no-description": "174.13(a)(5)",
        "no-objection": "174.13(a)(6)",
        "earlier-no-date": "174.13(a)(7)",
        "no-drawback": "174.13(a)(9)",
    }
    miss = [missing[case]] if case in missing else []
    entries = doc["entries"]
    values = {
        "protest_number": doc["protest_no"] if doc["stamp"] else None,
        "port_code": doc["port"],
        "received_date": doc["received"].isoformat(),
        "importer_number": None if case == "no-importer" else doc["importer"],
        "protestant_name": doc["name"],
        "protestant_address": None if case == "no-address" else ", ".join(doc["address"]),
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": None if case == "no-entry-date" else e["entry_date"].isoformat(),
                "liquidation_date": None
                if case == "no-liquidation-date"
                else e["liquidation_date"].isoformat(),
            }
            for e in entries
        ],
        "category": doc["category"],
        "merchandise_description": None if case == "no-description" else doc["goods"],
        "accelerated_disposition": doc["accelerated"],
        "further_review_requested": doc["further"],
        "signer_name": doc["signer"],
    }
    timings = [
        law.entry_timing(doc["received"], e["entry_date"], e["liquidation_date"]) for e in entries
    ]
    invalid = case == "invalid-petition"
    outcome = law.protest_outcome(timings, invalid, miss)
    if case == "no-drawback":
        outcome = "needs_human"
    decision: dict[str, Any] = {"outcome": outcome, "missing": miss}
    last = {
        e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"]) for e in entries
    }
    decision["deadline"] = min(last.values()).isoformat()
    decision["last_days"] = {k: v.isoformat() for k, v in last.items()}
    not_scored = []
    if case in ("invalid-petition", "no-entry-date", "no-liquidation-date"):
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline/last_days: "
            + {
                "invalid-petition": "a penalty-petition decision is protested; the contract "
                "gives it no clock",
                "no-entry-date": "no entry date is printed, so the 90- or 180-day period is "
                "not settled",
                "no-liquidation-date": "no liquidation date is printed",
            }[case]
        )
    if case == "invalid-petition":
        del values["category"]
        not_scored.append(
            "category: a penalty-petition decision is none of the contract's categories"
        )
    if case == "no-liquidation-date":
        del decision["outcome"]
        not_scored.append("outcome: with no liquidation date the timing cannot be decided")
    if case == "two-ports":
        del values["port_code"]
        not_scored.append("port_code: the entries were made at two ports")
    if case == "no-drawback":
        not_scored.append(
            "note: the drawback declaration (174.13(a)(9)) is a VERIFY line: outcome needs_human"
        )
    args = ["--today", doc["today"].isoformat()]
    if not doc["stamp"]:
        args = ["--received", doc["received"].isoformat(), *args]
    return {
        "kind": "protest",
        "case": case,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


# ---------------------------------------------------------------- drawing


def _argument(doc: dict[str, Any]) -> list[str]:
    if doc["case"] == "no-objection":
        return ["The protestant objects to the decision and asks that it be reviewed."]
    if doc["case"] == "invalid-petition":
        return [
            "We protest the decision of the Fines, Penalties and Forfeitures Officer on our "
            "petition for relief "
            "under 19 CFR Part 171 in penalty case "
            + doc["earlier"]
            + ", which mitigated the claim only in part.",
            "The mitigation ignored our prior good record and our remedial measures.",
        ]
    category = doc["category"]
    text = {
        "classification": "CBP liquidated the goods under a heading that does not describe "
        "them. By GRI 1 the "
        "articles are classified in the heading the entry claimed, at the lower rate, and "
        "the excess duty "
        "should be refunded with interest.",
        "appraised_value": "CBP appraised the goods at a value that adds a buying "
        "commission paid to our own "
        "agent. A bona fide buying commission is not part of transaction value under 19 "
        "U.S.C. 1401a(b), "
        "and the entered value should be restored.",
        "liquidation": "The entries were liquidated at a rate advanced without notice while "
        "an extension was "
        "pending. The liquidation should be set aside and the entries reliquidated as entered.",
        "charges": "The merchandise processing fee was assessed above the maximum of 19 CFR "
        "24.23(b) for a "
        "formal entry. The excess fee should be refunded.",
    }[category]
    return [text, "Supporting invoices and the broker's worksheet are attached."]


def _drawback(doc: dict[str, Any], rng: random.Random) -> str:
    if doc["case"] == "no-drawback":
        return ""
    return pick(
        rng,
        "The entries are not subject to drawback.",
        "Drawback: none of the entries is subject to a drawback claim.",
        "We declare that the merchandise is not the subject of drawback.",
    )


def _further(doc: dict[str, Any], rng: random.Random) -> str:
    if doc["further"]:
        return pick(
            rng,
            "Further review is requested under 19 CFR 174.24(b): the question has not been "
            "ruled on.",
            "We apply for further review (19 CFR 174.24(b)); no earlier ruling covers these goods.",
        )
    return pick(rng, "No application for further review is made.", "Further review: not requested.")


def _accelerated(doc: dict[str, Any], rng: random.Random) -> str:
    if doc["accelerated"]:
        return (
            "Accelerated disposition is requested under 19 CFR 174.22; this protest is "
            "sent by certified mail."
        )
    return pick(rng, "Accelerated disposition is not requested.", "Accelerated disposition: No")


def _entry_dates(doc: dict[str, Any], e: dict[str, Any]) -> tuple[str, str]:
    style = doc["dstyle"]
    entered = "" if doc["case"] == "no-entry-date" else fdate(e["entry_date"], style)
    liquidated = "" if doc["case"] == "no-liquidation-date" else fdate(e["liquidation_date"], style)
    return entered, liquidated


def _stamp(sheet: Sheet, doc: dict[str, Any], x: float, y: float) -> None:
    if not doc["stamp"]:
        return
    sheet.box(x - 12, y, 172, 52, 1.2)
    sheet.put(x + 10, y + 14, "U.S. CUSTOMS AND BORDER PROTECTION", "sans-b", 6.5)
    sheet.put(x + 10, y + 28, "RECEIVED " + stamp_date(doc["received"]), "mono-b", 9)
    sheet.put(x + 10, y + 42, "Protest No. " + doc["protest_no"], "mono", 8)


def draw(doc: dict[str, Any], style: str, rng: random.Random) -> Sheet:
    return {"pms": _pms, "letter": _letter, "rider": _rider}[style](doc, rng)


def _pms(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """A broker's practice-management printout: labelled header band, argument in a memo field."""
    s = Sheet("sans", 9, left=48, top=60)
    ds = doc["dstyle"]
    s.put(48, 50, "CargoDesk Practice Manager  |  Protest Worksheet", "sans-b", 12)
    s.put(400, 50, "Printed " + fdate(doc["letter_date"], ds), "sans", 8)
    s.box(44, 58, 524, 118, 0.9)
    fields = [
        ("Protestant", doc["name"]),
        ("Address", "" if doc["case"] == "no-address" else doc["address"][0]),
        ("", "" if doc["case"] == "no-address" else ", ".join(doc["address"][1:])),
        ("IOR No.", "" if doc["case"] == "no-importer" else doc["importer"]),
        ("Port of Entry", f"{doc['port']} {doc['city']}"),
        ("Broker File", doc["file_no"]),
        (
            "Decision",
            CATEGORY_WORDS.get(doc["category"], "")
            if doc["case"] != "invalid-petition"
            else "penalty petition decision",
        ),
    ]
    y = 74.0
    for label, value in fields:
        if label:
            s.put(52, y, label + ":", "sans-b", 8.5)
        if value:
            s.put(140, y, value, "sans", 9)
        y += 14
    _stamp(s, doc, 405, 100)
    s.y = 196
    s.line("ENTRIES", font="sans-b", size=9.5)
    cols = [52, 90, 220, 340, 460]
    s.row(
        list(
            zip(cols, ["Port", "Entry Number", "Entry Date", "Liquidated", "Status"], strict=False)
        ),
        font="sans-b",
    )
    s.rule(48, 560, 0.5, dy=-9)
    for port, e in zip(doc["entry_ports"], doc["entries"], strict=False):
        entered, liquidated = _entry_dates(doc, e)
        s.row(
            list(
                zip(
                    cols,
                    [port, e["entry_number"], entered, liquidated, "LIQ" if liquidated else "OPEN"],
                    strict=False,
                )
            )
        )
    s.rule(48, 560, 0.5, dy=-9)
    s.y += 8
    if doc["case"] != "no-description":
        s.line("Commodity: " + doc["goods"])
    if doc["case"] == "earlier-no-date":
        s.line("Related protest: " + doc["earlier"] + " (further review pending)")
    s.y += 6
    s.line("MEMO", font="sans-b", size=9.5)
    top = s.y - 10
    for text in [*_argument(doc), _drawback(doc, rng), _accelerated(doc, rng), _further(doc, rng)]:
        if text:
            s.para(text, 100, x=56)
    s.box(48, top, 512, s.y - top, 0.5)
    s.y += 16
    s.line("Signed for the protestant: " + doc["signer"] + ", " + doc["title"])
    s.line("Worksheet prepared by the broker for the protestant's signature")
    return s


def _letter(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """An importer's short business letter with a reference block at the top right."""
    s = Sheet("serif", 11, left=72, top=72)
    ds = doc["dstyle"]
    s.put(72, 60, doc["name"], "serif-b", 14)
    if doc["case"] != "no-address":
        s.put(72, 76, "  |  ".join(doc["address"]), "serif", 9)
    _stamp(s, doc, 400, 96)
    ref = 100 if not doc["stamp"] else 160
    for number, (label, value) in enumerate(
        [
            ("Date", fdate(doc["letter_date"], ds)),
            ("Importer No.", "" if doc["case"] == "no-importer" else doc["importer"]),
            ("Port", doc["port"]),
            ("Our ref.", doc["file_no"]),
        ]
    ):
        if value:
            s.put(400, ref + 14 * number, f"{label}: {value}", "serif", 9.5)
    s.y = ref + 70
    s.line("Port Director")
    s.line(f"U.S. Customs and Border Protection, Port of {doc['city']}")
    s.y += 10
    s.line("Protest under 19 U.S.C. 1514", font="serif-b")
    s.y += 4
    parts = []
    for port, e in zip(doc["entry_ports"], doc["entries"], strict=False):
        entered, liquidated = _entry_dates(doc, e)
        bit = f"entry {e['entry_number']}"
        if entered:
            bit += f" of {entered}"
        if liquidated:
            bit += f", liquidated {liquidated}"
        if doc["case"] == "two-ports":
            bit += f" (port {port})"
        parts.append(bit)
    decision = (
        CATEGORY_WORDS[doc["category"]]
        if doc["case"] != "invalid-petition"
        else "the decision on our petition"
    )
    s.para("Dear Sir or Madam:")
    if rng.random() < 0.5:
        s.para(f"We protest {decision} on " + "; ".join(parts) + ".")
    else:
        s.para(f"We protest {decision} on the following entries:")
        for bit in parts:
            s.line("\u2022  " + bit[0].upper() + bit[1:], x=90)
        s.y += 6
    if doc["case"] != "no-description":
        s.line("Merchandise: " + doc["goods"])
        s.y += 6
    if doc["case"] == "earlier-no-date":
        s.para(
            f"We ask for the same disposition as in our protest {doc['earlier']}, now under "
            f"further review."
        )
    for text in [*_argument(doc), _drawback(doc, rng), _accelerated(doc, rng), _further(doc, rng)]:
        if text:
            s.para(text)
    s.para(pick(rng, "Sincerely,", "Yours faithfully,", "Kind regards,"))
    s.y += 14
    s.line("/s/ " + doc["signer"], font="serif-b")
    s.line(doc["title"])
    return s


def _rider(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """A broker's protest on a ruled continuation form, the argument on a rider page."""
    s = Sheet("serif", 10, left=60, top=60)
    ds = doc["dstyle"]
    s.put(60, 48, "PROTEST - CONTINUATION FORM", "sans-b", 13)
    s.put(60, 62, "(19 CFR Part 174)  Sheet 1 of 2", "sans", 8)
    _stamp(s, doc, 395, 22)
    grid = [
        ("NAME OF PROTESTANT", doc["name"]),
        ("ADDRESS", "" if doc["case"] == "no-address" else ", ".join(doc["address"])),
        ("IMPORTER NO.", "" if doc["case"] == "no-importer" else doc["importer"]),
        ("PORT CODE", doc["port"]),
        (
            "DECISION PROTESTED",
            CATEGORY_WORDS.get(doc["category"], "")
            if doc["case"] != "invalid-petition"
            else "petition decision, 19 CFR Part 171",
        ),
        ("MERCHANDISE", "" if doc["case"] == "no-description" else doc["goods"]),
    ]
    y = 96.0
    for label, value in grid:
        s.box(56, y - 12, 500, 22, 0.6)
        s.vline(190, y - 12, y + 10)
        s.put(62, y + 2, label, "sans", 7.5)
        if value:
            s.put(196, y + 2, value, "serif", 9.5)
        y += 22
    y += 20
    heads = ["LINE", "ENTRY NO.", "PORT", "DATE OF ENTRY", "DATE OF LIQUIDATION"]
    cols = [62, 110, 240, 300, 420]
    s.box(56, y - 12, 500, 20, 0.6)
    for x, h in zip(cols, heads, strict=False):
        s.put(x, y + 2, h, "sans-b", 7.5)
    y += 20
    for number, (port, e) in enumerate(
        zip(doc["entry_ports"], doc["entries"], strict=False), start=1
    ):
        entered, liquidated = _entry_dates(doc, e)
        s.box(56, y - 12, 500, 20, 0.4)
        for x, v in zip(
            cols, [str(number), e["entry_number"], port, entered, liquidated], strict=False
        ):
            if v:
                s.put(x, y + 2, v, "serif", 9.5)
        y += 20
    for x in cols[1:]:
        s.vline(x - 6, y - 20 * (len(doc["entries"]) + 1) - 12, y - 12)
    s.y = y + 20
    s.line("See Rider A for the grounds of protest.", font="serif-b")
    s.line(_accelerated(doc, rng))
    s.line(_further(doc, rng))
    s.new_page()
    s.line("RIDER A - GROUNDS OF PROTEST", font="sans-b", size=12)
    s.line(f"{doc['name']} - Port {doc['port']}", size=9)
    s.y += 8
    for number, text in enumerate(_argument(doc), start=1):
        s.para(f"{number}. {text}", 92)
    if doc["case"] == "earlier-no-date":
        s.para(f"Earlier protest: {doc['earlier']}. The same disposition is requested.", 92)
    draw = _drawback(doc, rng)
    if draw:
        s.para(draw, 92)
    s.y += 20
    s.rule(60, 260, 0.5)
    s.y += 12
    s.line(doc["signer"], font="serif-b")
    s.line(doc["title"] + ", " + fdate(doc["letter_date"], ds))
    return s

"""Protest cases (19 CFR Part 174) and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyseventh import law, pools
from bench.corpus_fortyseventh.doc import Doc, fmt_date

CASES = [
    "timely",
    "three-entries",
    "untimely",
    "premature",
    "petition-decision",
    "weekend-grace",
    "some-late",
    "pre2004-untimely",
    "pre2004-boundary",
    "no-address",
    "no-importer",
    "no-entry-date",
    "no-liquidation-date",
    "no-description",
    "no-justification",
    "earlier-no-date",
    "no-drawback",
    "accelerated",
    "further-review",
    "holiday-grace",
    "weekend-late",
    "appraisement-stamped",
]
STYLES = ["checkform", "shortletter", "brokerrider"]
CATEGORY_TEXT = {
    "classification": "classification and rate of duty",
    "appraised_value": "appraised value",
    "charges": "charges or exactions (merchandise processing fee)",
}


def _entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randrange(10**6, 10**7):07d}")


def _liq_for_last(rng: random.Random, want: str, pre2004: bool = False) -> dt.date:
    """A liquidation date whose last day is a weekend day or a weekday federal holiday."""
    day = dt.date(rng.choice([2022, 2023, 2024]), rng.randrange(1, 12), rng.randrange(1, 28))
    while True:
        last = day + dt.timedelta(days=180)
        if want == "weekend" and last.weekday() >= 5:
            return day
        if want == "holiday" and last.weekday() < 5 and not law.business_day(last):
            return day
        day += dt.timedelta(days=1)


def plan(case: str, rng: random.Random) -> dict[str, Any]:
    """The facts of one protest and its truth."""
    port = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    company = rng.choice(pools.COMPANIES)
    k = rng.randrange(len(pools.STREETS))
    person, title = rng.choice(pools.PEOPLE)
    goods = rng.choice(pools.GOODS)[0]
    nentries = (
        3 if case == "three-entries" else 2 if case in ("some-late", "appraisement-stamped") else 1
    )
    if case == "weekend-grace" or case == "weekend-late":
        liq = _liq_for_last(rng, "weekend")
    elif case == "holiday-grace":
        liq = _liq_for_last(rng, "holiday")
    elif case.startswith("pre2004"):
        liq = dt.date(2005, rng.randrange(9, 12), rng.randrange(1, 28))
    else:
        liq = dt.date(rng.choice([2023, 2024, 2025]), rng.randrange(1, 12), rng.randrange(1, 28))
    entries: list[dict[str, Any]] = []
    for n in range(nentries):
        if case == "pre2004-untimely":
            edate = dt.date(2004, 12, 17)
        elif case == "pre2004-boundary":
            edate = dt.date(2004, 12, 20)
        else:
            edate = liq - dt.timedelta(days=rng.randrange(290, 340) + 9 * n)
        eliq = liq
        if case == "some-late" and n == 1:
            eliq = liq - dt.timedelta(days=60)
        entries.append(
            {"entry_number": _entry(rng, filer), "entry_date": edate, "liquidation_date": eliq}
        )
    base_last = law.last_day(entries[0]["entry_date"], liq)
    received = {
        "untimely": base_last + dt.timedelta(days=rng.randrange(12, 40)),
        "premature": liq - dt.timedelta(days=rng.randrange(5, 30)),
        "weekend-grace": law.next_business_day(base_last),
        "holiday-grace": law.next_business_day(base_last),
        "weekend-late": law.next_business_day(law.next_business_day(base_last)),
        "some-late": liq + dt.timedelta(days=150),
        "pre2004-untimely": liq + dt.timedelta(days=120),
        "pre2004-boundary": liq + dt.timedelta(days=150),
    }.get(case, liq + dt.timedelta(days=rng.randrange(20, 170)))
    if case == "pre2004-untimely":
        received = liq + dt.timedelta(days=120)
        while law.next_business_day(base_last) >= received:
            received += dt.timedelta(days=1)
    category = (
        "appraised_value"
        if case == "appraisement-stamped"
        else rng.choice(["classification", "classification", "appraised_value", "charges"])
        if case in ("timely", "three-entries", "accelerated", "further-review")
        else "classification"
    )
    f: dict[str, Any] = {
        "case": case,
        "port": port,
        "company": company,
        "address": [pools.STREETS[k], pools.CITIES[k]],
        "importer": f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
        + rng.choice(["", "00", "01"]),
        "entries": entries,
        "category": category,
        "goods": goods,
        "justified": case != "no-justification",
        "earlier": None,
        "drawback": case != "no-drawback",
        "accelerated": case == "accelerated",
        "afr": case == "further-review",
        "signer": person,
        "title": title,
        "received": received,
        "stamp": case in ("appraisement-stamped", "weekend-grace") or rng.random() < 0.3,
        "petition": case == "petition-decision",
        "letter_date": received - dt.timedelta(days=rng.randrange(1, 5)),
    }
    if f["stamp"]:
        f["protest_number"] = f"{port[0]}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}"
    if case == "no-address":
        f["address"] = None
    if case == "no-importer":
        f["importer"] = None
    if case == "no-entry-date":
        entries[0]["entry_date"] = None
    if case == "no-liquidation-date":
        entries[0]["liquidation_date"] = None
    if case == "no-description":
        f["goods"] = None
    if case == "earlier-no-date":
        f["earlier"] = f"{port[0]}-{(received.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}"
    f["truth"] = truth(f)
    return f


def truth(f: dict[str, Any]) -> dict[str, Any]:
    """values, decision and not_scored under the contract and customs-rules.md."""
    entries = f["entries"]
    missing = []
    if f["address"] is None:
        missing.append("174.13(a)(1)")
    if f["importer"] is None:
        missing.append("174.13(a)(2)")
    if any(e["entry_date"] is None for e in entries):
        missing.append("174.13(a)(3)")
    if any(e["liquidation_date"] is None for e in entries):
        missing.append("174.13(a)(4)")
    if f["goods"] is None:
        missing.append("174.13(a)(5)")
    if not f["justified"]:
        missing.append("174.13(a)(6)")
    if f["earlier"]:
        missing.append("174.13(a)(7)")
    if not f["drawback"]:
        missing.append("174.13(a)(9)")
    not_scored: list[str] = []
    values = {
        "protest_number": f.get("protest_number"),
        "port_code": f["port"][0],
        "received_date": f["received"].isoformat(),
        "importer_number": f["importer"],
        "protestant_name": f["company"],
        "protestant_address": ", ".join(f["address"]) if f["address"] else None,
        "entries": [
            {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in e.items()}
            for e in entries
        ],
        "category": f["category"],
        "merchandise_description": f["goods"],
        "accelerated_disposition": f["accelerated"],
        "further_review_requested": f["afr"],
        "signer_name": f["signer"],
    }
    decision: dict[str, Any] = {"missing": missing}
    if f["petition"]:
        del values["category"]
        not_scored += [
            "category: a penalty-petition decision is none of the contract's categories",
            "deadline, last_days: no protestable decision starts a clock",
        ]
        decision["outcome"] = "invalid"
        return {"values": values, "decision": decision, "not_scored": not_scored}
    dated = [e for e in entries if e["entry_date"] and e["liquidation_date"]]
    if len(dated) == len(entries):
        lasts = {
            e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"]) for e in entries
        }
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        decision["deadline"] = min(lasts.values()).isoformat()
    else:
        not_scored.append(
            "deadline, last_days: an entry or liquidation date is not printed, so the "
            "90- or 180-day period of that entry is open"
        )
    if any(e["liquidation_date"] is None for e in entries):
        not_scored.append("outcome: with no liquidation date timeliness cannot be settled")
        return {"values": values, "decision": decision, "not_scored": not_scored}
    timings = {
        law.entry_timing(
            e["entry_date"] or dt.date(2020, 1, 1), e["liquidation_date"], f["received"]
        )
        for e in entries
    }
    if "grace" in timings or len(timings) > 1 or not f["drawback"]:
        outcome = "needs_human"
    elif timings == {"premature"}:
        outcome = "premature"
    elif timings == {"late"}:
        outcome = "untimely"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision["outcome"] = outcome
    return {"values": values, "decision": decision, "not_scored": not_scored}


def _stamp(d: Doc, f: dict[str, Any], x: float, y: float) -> None:
    if not f["stamp"]:
        return
    r = f["received"]
    d.box(x - 0.2, y - 0.2, x + 7.3, y + 1.5)
    d.at(x, y, "RECEIVED", font="sans", size=11, bold=True)
    d.at(x, y + 0.5, r.strftime("%b %d %Y").upper(), font="mono", size=10)
    d.at(
        x,
        y + 1.0,
        f"CBP Port {f['port'][0]}  Protest No. {f['protest_number']}",
        font="sans",
        size=8,
    )
    d.expect(r.strftime("%b %d %Y").upper(), f["protest_number"])


def _reasons(f: dict[str, Any]) -> str:
    cat = CATEGORY_TEXT.get(f["category"], "")
    if f["petition"]:
        return (
            "The port denied our petition for relief from the penalty assessed on this entry. The "
            "decision on the petition disregards the mitigating factors we presented and should be "
            "reversed in full."
        )
    if not f["justified"]:
        return f"The protestant objects to the {cat} of the merchandise."
    if f["category"] == "appraised_value":
        return (
            "CBP appraised the goods on a deductive value basis although the transaction value was "
            "available and the buyer and seller are not related; the invoice price is the proper "
            "basis of appraisement under 19 U.S.C. 1401a(b)."
        )
    if f["category"] == "charges":
        return (
            "The merchandise processing fee was computed on a value that includes ocean freight, "
            "which is not part of the value on which the fee is assessed under 19 CFR 24.23."
        )
    return (
        "CBP reclassified the goods at liquidation to a provision with a higher rate. The goods "
        "are "
        "described by the heading claimed at entry by their principal use and component material, "
        "and GRI 1 and 6 direct that classification; the rate assessed should be refunded."
    )


def render(style: str, f: dict[str, Any], habit: int) -> Doc:
    """Lay the protest out in one of three sender styles."""
    return {"checkform": _checkform, "shortletter": _letter, "brokerrider": _rider}[style](f, habit)


def _drawback_line(f: dict[str, Any], variant: int) -> str:
    return [
        "None of the entries covered by this protest is subject to drawback.",
        "Drawback declaration: these entries are not subject to drawback.",
        "The protestant declares that no drawback claim has been or will be filed on the entries.",
    ][variant % 3]


def _checkform(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="sans", size=9)
    dd = [0, 1, 2, 4][habit % 4]
    d.line("PROTEST UNDER 19 U.S.C. 1514 - SUMMARY SHEET", size=12, bold=True)
    d.line("Submitted in paper to the Port Director (19 CFR 174.12)", size=8)
    _stamp(d, f, 13.4, 0.4)
    d.gap(0.6)
    d.rule()
    rows = [
        ("Port code", f["port"][0]),
        ("Protesting party", f["company"]),
        ("Importer of record no.", f["importer"] or ""),
    ]
    for label, value in rows:
        d.row([(2.0, label + ":"), (7.0, value)])
        d.expect(value)
    if f["address"]:
        d.row([(2.0, "Address:"), (7.0, f["address"][0])])
        d.row([(7.0, f["address"][1])])
        d.expect(*f["address"])
    d.gap(0.2)
    d.rule()
    d.row([(2.0, "ENTRY NUMBER"), (7.0, "DATE OF ENTRY"), (11.5, "DATE OF LIQUIDATION")], bold=True)
    d.rule(dy=0.05)
    for e in f["entries"]:
        cells = [
            e["entry_number"],
            fmt_date(e["entry_date"], dd) if e["entry_date"] else "",
            fmt_date(e["liquidation_date"], dd) if e["liquidation_date"] else "",
        ]
        d.row([(2.0, cells[0]), (7.0, cells[1]), (11.5, cells[2])], font="mono")
        d.expect(*cells)
    d.rule(dy=0.05)
    d.gap(0.3)
    d.line("Decision protested (mark one):", bold=True)
    for key, text in CATEGORY_TEXT.items():
        d.line(f"[{'X' if key == f['category'] and not f['petition'] else ' '}] {text}", 2.4)
    d.line(
        f"[{'X' if f['petition'] else ' '}] other: decision on petition for relief (19 CFR 171)",
        2.4,
    )
    d.gap(0.3)
    d.line(
        f"[{'X' if f['accelerated'] else ' '}] Accelerated disposition requested (19 CFR 174.22); "
        "sent by certified mail",
        2.0,
    )
    d.line(
        f"[{'X' if f['afr'] else ' '}] Application for further review attached (19 CFR 174.24(b))",
        2.0,
    )
    if f["drawback"]:
        d.line(f"[X] {_drawback_line(f, habit)}", 2.0)
    if f["earlier"]:
        d.line(
            f"[X] Same disposition asked as in protest no. {f['earlier']} (further review pending)",
            2.0,
        )
    d.gap(0.4)
    d.line("Reasons and description of the goods: see page 2.", size=8)
    d.newpage()
    d.line("PAGE 2 - REASONS FOR PROTEST", size=11, bold=True)
    d.gap(0.3)
    if f["goods"]:
        d.line(f"Description of merchandise: {f['goods']}", keep=True)
        d.gap(0.2)
    d.para(_reasons(f), width=95)
    if f["afr"]:
        d.gap(0.2)
        d.para(
            "Further review is requested because the decision is inconsistent with a ruling of "
            "CBP on "
            "substantially similar merchandise (174.24(a)). No other protest or court action is "
            "pending "
            "on the same claim.",
            width=95,
        )
    d.gap(1.0)
    d.line(f"Signature: /s/ {f['signer']}")
    d.line(f"Name: {f['signer']}   Title: {f['title']}")
    d.line(f"Date: {fmt_date(f['letter_date'], dd)}")
    d.expect(f["signer"])
    return d


def _entry_phrase(e: dict[str, Any], dd: int) -> str:
    s = f"entry {e['entry_number']}"
    if e["entry_date"]:
        s += f", entered {fmt_date(e['entry_date'], dd)}"
    if e["liquidation_date"]:
        s += f" and liquidated {fmt_date(e['liquidation_date'], dd)}"
    return s


def _letter(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="serif", size=10)
    dd = [3, 0, 6][habit % 3]
    d.line(f["company"], size=14, bold=True, keep=True)
    if f["address"]:
        d.line(f["address"][0], size=9)
        d.line(f["address"][1], size=9)
        d.expect(*f["address"])
    d.rule(dy=0.1)
    y = d.y + 0.3
    d.at(12.5, y, f"Port of entry: {f['port'][0]} ({f['port'][1]})", size=9)
    if f["importer"]:
        d.at(12.5, y + 0.45, f"Importer No.: {f['importer']}", size=9)
        d.expect(f["importer"])
    d.at(12.5, y + 0.9, f"Our ref.: CUS-{f['letter_date'].year}-{len(f['company'])}", size=9)
    _stamp(d, f, 12.7, y + 2.0)
    d.gap(0.3)
    d.line(fmt_date(f["letter_date"], dd))
    d.gap(0.3)
    for line in ["Port Director", "U.S. Customs and Border Protection", f"Port of {f['port'][1]}"]:
        d.line(line)
    d.gap(1.2 if f["stamp"] else 0.4)
    d.line("Re: Protest", bold=True)
    d.gap(0.2)
    d.line("Dear Port Director:")
    d.gap(0.1)
    subject = (
        "the decision on our petition" if f["petition"] else f"the {CATEGORY_TEXT[f['category']]}"
    )
    phrases = [_entry_phrase(e, dd) for e in f["entries"]]
    d.para(f"{f['company']} protests {subject} in the liquidation of the following:", width=92)
    for n, phrase in enumerate(phrases):
        d.line(phrase + (";" if n < len(phrases) - 1 else "."), 2.6)
    for e in f["entries"]:
        d.expect(
            e["entry_number"],
            *(fmt_date(e[k], dd) for k in ("entry_date", "liquidation_date") if e[k]),
        )
    d.gap(0.2)
    if f["goods"]:
        d.line(f"Merchandise: {f['goods']}", keep=True)
        d.gap(0.2)
    d.para(_reasons(f), width=92)
    if f["earlier"]:
        d.para(
            f"We ask for the same disposition as in our protest {f['earlier']}, on which "
            f"further review "
            "is pending.",
            width=92,
        )
    if f["drawback"]:
        d.para(_drawback_line(f, habit + 1), width=92)
    if f["accelerated"]:
        d.para(
            "We request accelerated disposition of this protest under 19 CFR 174.22. This "
            "letter is "
            "sent by certified mail, return receipt requested.",
            width=92,
        )
    if f["afr"]:
        d.para(
            "We also apply for further review under 19 CFR 174.24(b): the decision raises a "
            "question "
            "of law not previously ruled upon. No application or court action is pending on the "
            "claim.",
            width=92,
        )
    d.gap(0.4)
    d.line("Sincerely,")
    d.gap(0.6)
    d.line(f["signer"], keep=True)
    d.line(f["title"])
    return d


def _rider(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="mono", size=9)
    dd = [2, 1, 5][habit % 3]
    broker = pools.BROKERS[habit % len(pools.BROKERS)]
    d.line(broker[0].upper(), font="sans", size=12, bold=True)
    d.line(f"{broker[1]}, {broker[2]}  -  Licensed Customs Broker", font="sans", size=8)
    _stamp(d, f, 13.4, 0.4)
    d.gap(0.4)
    d.line("PROTEST - CONTINUATION FORM (ENTRIES)", font="sans", size=11, bold=True)
    d.gap(0.2)
    d.box(1.8, d.y - 0.1, 19.2, d.y + 2.2)
    d.row([(2.0, "PORT"), (6.5, f["port"][0])])
    d.row([(2.0, "PROTESTANT"), (6.5, f["company"])])
    d.expect(f["port"][0], f["company"])
    if f["address"]:
        d.row([(2.0, "ADDRESS"), (6.5, ", ".join(f["address"]))])
        d.expect(*f["address"])
    else:
        d.row([(2.0, "ADDRESS"), (6.5, "")])
    d.row([(2.0, "IOR NUMBER"), (6.5, f["importer"] or "")])
    d.expect(f["importer"] or "")
    d.gap(0.6)
    x = [2.0, 3.0, 8.0, 12.0, 16.0]
    d.rule(1.8, 19.2)
    d.row(list(zip(x, ["NO", "ENTRY", "ENTERED", "LIQUIDATED", "PORT"], strict=True)), bold=True)
    d.rule(1.8, 19.2)
    for n, e in enumerate(f["entries"], start=1):
        cells = [
            str(n),
            e["entry_number"],
            fmt_date(e["entry_date"], dd) if e["entry_date"] else "",
            fmt_date(e["liquidation_date"], dd) if e["liquidation_date"] else "",
            f["port"][0],
        ]
        d.row(list(zip(x, cells, strict=True)))
        d.rule(1.8, 19.2)
        d.expect(*cells)
    for xx in [*x[1:], 19.2]:
        d.pages[-1].append(
            ("l", xx - 0.15, d.y - 0.45 * (len(f["entries"]) + 1) - 0.12, xx - 0.15, d.y - 0.12)
        )
    d.gap(0.4)
    what = (
        "DECISION ON PETITION (19 CFR 171)"
        if f["petition"]
        else CATEGORY_TEXT[f["category"]].upper()
    )
    d.line(f"DECISION PROTESTED: {what}")
    d.line(f"ACCELERATED DISPOSITION: {'YES - CERTIFIED MAIL' if f['accelerated'] else 'NO'}")
    d.line(f"FURTHER REVIEW REQUESTED: {'YES (174.24(b))' if f['afr'] else 'NO'}")
    if f["drawback"]:
        d.line("DRAWBACK: ENTRIES NOT SUBJECT TO DRAWBACK")
    d.line(f"FILED AS AGENT UNDER POWER OF ATTORNEY FOR {f['company'].upper()}", size=8)
    d.newpage()
    d.line("RIDER TO PROTEST - STATEMENT OF GROUNDS", font="sans", size=11, bold=True)
    d.gap(0.3)
    if f["goods"]:
        d.line(f"Commodity: {f['goods']}", font="serif", size=10, keep=True)
    if f["earlier"]:
        d.line(
            f"Earlier protest: {f['earlier']} (further review pending); same disposition asked.",
            font="serif",
            size=10,
        )
    d.gap(0.2)
    d.para(_reasons(f), font="serif", size=10, width=92)
    if f["afr"]:
        d.para(
            "Further review: the decision is inconsistent with CBP rulings on the same goods.",
            font="serif",
            size=10,
            width=92,
        )
    d.gap(0.8)
    d.line(f"{broker[0]}, by", font="serif", size=10)
    d.line(f"{f['signer']}, {f['title']}", font="serif", size=10)
    d.expect(f["signer"])
    d.line(f"Dated {fmt_date(f['letter_date'], dd)}", font="serif", size=10)
    return d

"""Protest cases (19 CFR Part 174) and the three senders who write them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_thirtysixth import law
from bench.corpus_thirtysixth.formats import COMPANIES, FILERS, GOODS, PEOPLE, PORTS, date, pick
from bench.corpus_thirtysixth.model import Doc

CASES = [
    "accept",
    "multi-accept",
    "exact-last-day",
    "old90-timely",
    "second-protest",
    "charges",
    "untimely",
    "old90-untimely",
    "weekend-late",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "partial-late",
    "invalid-petition",
    "no-ior",
    "no-address",
    "no-entry-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "no-liq-date",
    "no-drawback-decl",
]
STYLES = ["sheets", "letter", "particulars"]
MISSING = {
    "no-address": 1,
    "no-ior": 2,
    "no-entry-date": 3,
    "no-liq-date": 4,
    "no-desc": 5,
    "no-justif": 6,
    "earlier-no-date": 7,
    "no-drawback-decl": 9,
}
DRAWBACK = [
    "The entries covered by this protest are not subject to drawback.",
    "No drawback has been or will be claimed on the merchandise of these entries.",
    "Drawback declaration (19 CFR 174.13(a)(9)): none of the listed entries is subject to "
    "drawback.",
    "We declare that the merchandise is not the subject of any drawback claim.",
]
GROUNDS = {
    "classification": "The port liquidated the goods under subheading {wrong} of the HTSUS. "
    "They are properly classified under subheading {hts}, which describes them by name "
    "(GRI 1); the higher rate assessed at liquidation should be refunded.",
    "appraised_value": "The port appraised the goods at a value that adds buying commissions to "
    "the price actually paid. Bona fide buying commissions are not part of transaction value "
    "(19 U.S.C. "
    "1401a(b)(1)(A)); the appraised value should be reduced accordingly.",
    "charges": "The merchandise processing fee was assessed twice on the same shipment. The second "
    "assessment is an exaction without basis and should be refunded.",
    "petition": "CBP's decision on our petition for relief under 19 CFR Part 171 mitigated the "
    "penalty too little; the protestant asks that the decision be reviewed.",
}


@dataclass
class Entry:
    number: str
    entry_date: dt.date | None
    decided: dt.date | None


@dataclass
class Facts:
    case: str
    port: tuple[str, str]
    name: str
    address: list[str] | None
    ior: str | None
    signer: str
    goods: tuple[str, str, str, str]
    category: str
    entries: list[Entry]
    received: dt.date
    today: dt.date
    protest_number: str | None = None
    accelerated: bool = False
    further: bool = False
    drawback: str | None = ""
    grounds: bool = True
    earlier: tuple[str, dt.date | None] | None = None
    petition_date: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _serial(rng: random.Random) -> str:
    return f"{rng.randrange(10**7):07d}"


def _entry(
    rng: random.Random, filer: str, decided: dt.date | None, entry_date: dt.date | None
) -> Entry:
    return Entry(law.entry_number(filer, _serial(rng)), entry_date, decided)


def _find(rng: random.Random, test: Any, start: dt.date) -> dt.date:
    day = start
    while not test(day):
        day += dt.timedelta(days=1)
    return day


def facts(case: str, rng: random.Random) -> Facts:
    filer = pick(rng, FILERS)
    name, address = pick(rng, COMPANIES)
    liq = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(560))
    entry_date = liq - dt.timedelta(days=rng.randrange(280, 340))
    category = "classification" if rng.random() < 0.6 else "appraised_value"
    entries = [_entry(rng, filer, liq, entry_date)]
    received = liq + dt.timedelta(days=rng.randrange(25, 150))
    f = Facts(
        case,
        pick(rng, PORTS),
        name,
        list(address),
        f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        pick(rng, PEOPLE),
        pick(rng, GOODS),
        category,
        entries,
        received,
        received,
        further=rng.random() < 0.5,
        drawback=pick(rng, DRAWBACK),
    )
    if case == "multi-accept":
        f.entries = [
            _entry(
                rng, filer, liq + dt.timedelta(days=7 * k), entry_date + dt.timedelta(days=9 * k)
            )
            for k in range(rng.randrange(4, 7))
        ]
        f.accelerated = True  # by certified mail, as 174.22 requires
    elif case == "exact-last-day":
        f.received = law.protest_last_day(entry_date, liq)
    elif case in ("old90-timely", "old90-untimely"):
        old = dt.date(2004, 11, 2) + dt.timedelta(days=rng.randrange(40))  # 2004-11-02 .. 12-11
        liq90 = old + dt.timedelta(days=rng.randrange(250, 300))
        f.entries = [_entry(rng, filer, liq90, old)]
        f.received = liq90 + dt.timedelta(
            days=rng.randrange(40, 85) if case == "old90-timely" else 130
        )
    elif case == "second-protest":
        f.category = "classification"
        f.extra["second"] = (
            f"{f.port[0]}-{f.received.year % 100:02d}-{rng.randrange(100000, 999999)}",
            f.received - dt.timedelta(days=rng.randrange(15, 25)),
        )
    elif case == "charges":
        f.category = "charges"
    elif case == "untimely":
        f.received = law.protest_last_day(entry_date, liq) + dt.timedelta(
            days=rng.randrange(12, 60)
        )
    elif case in ("weekend-late", "weekend-grace"):
        liq = _find(rng, lambda d: law.protest_last_day(entry_date, d).weekday() == 5, liq)
        f.entries = [_entry(rng, filer, liq, entry_date)]
        last = law.protest_last_day(entry_date, liq)
        grace = law.next_business_day(last)
        f.received = grace if case == "weekend-grace" else grace + dt.timedelta(days=1)
    elif case == "holiday-grace":

        def on_holiday(d: dt.date) -> bool:
            last = law.protest_last_day(entry_date, d)
            return last.weekday() < 5 and not law.business_day(last)

        liq = _find(rng, on_holiday, liq)
        f.entries = [_entry(rng, filer, liq, entry_date)]
        f.received = law.next_business_day(law.protest_last_day(entry_date, liq))
    elif case == "premature":
        f.received = liq - dt.timedelta(days=rng.randrange(6, 30))
    elif case == "partial-late":
        early_liq = liq - dt.timedelta(days=rng.randrange(200, 240))
        f.entries = [_entry(rng, filer, early_liq, early_liq - dt.timedelta(days=300)), entries[0]]
        f.received = liq + dt.timedelta(days=rng.randrange(20, 60))
    elif case == "invalid-petition":
        f.category = "petition"
        f.petition_date = f.received - dt.timedelta(days=rng.randrange(10, 20))
    elif case == "no-ior":
        f.ior = None
    elif case == "no-address":
        f.address = None
    elif case == "no-entry-date":
        f.entries[0].entry_date = None
        f.received = liq + dt.timedelta(days=rng.randrange(20, 80))
    elif case == "no-desc":
        f.extra["no_desc"] = True
    elif case == "no-justif":
        f.grounds = False
    elif case == "earlier-no-date":
        f.earlier = (f"{f.port[0]}-{liq.year % 100:02d}-{rng.randrange(100000, 999999)}", None)
    elif case == "no-liq-date":
        f.entries[0].decided = None
    elif case == "no-drawback-decl":
        f.drawback = None
    if case in ("accept", "multi-accept", "charges") and rng.random() < 0.5:
        f.earlier = (
            f"{f.port[0]}-{liq.year % 100:02d}-{rng.randrange(100000, 999999)}",
            f.received - dt.timedelta(days=rng.randrange(30, 90)),
        )
    f.today = f.received + dt.timedelta(days=rng.randrange(5, 40))
    return f


def truth(f: Facts, shown: dict[str, Any]) -> dict[str, Any]:
    """The contract's values and decision for these facts, as the document shows them."""
    not_scored: list[str] = []
    entries = [
        {
            "entry_number": e.number,
            "entry_date": e.entry_date.isoformat() if e.entry_date else None,
            "liquidation_date": e.decided.isoformat() if e.decided else None,
        }
        for e in f.entries
    ]
    values: dict[str, Any] = {
        "protest_number": f.protest_number,
        "port_code": f.port[0],
        "received_date": f.received.isoformat(),
        "importer_number": f.ior,
        "protestant_name": f.name,
        "protestant_address": ", ".join(f.address) if f.address else None,
        "entries": entries,
        "category": f.category,
        "merchandise_description": None if f.extra.get("no_desc") else f.goods[0],
        "accelerated_disposition": f.accelerated,
        "further_review_requested": f.further,
        "signer_name": f.signer,
    }
    if not shown.get("desc_labelled", True) and values["merchandise_description"]:
        del values["merchandise_description"]
        not_scored.append(
            "merchandise_description: the letter names the goods inside a sentence, "
            "with no label to take the text after"
        )
    missing = [f"174.13(a)({MISSING[f.case]})"] if f.case in MISSING else []
    protestable = f.category != "petition"
    decision: dict[str, Any] = {"missing": missing}
    if all(e.decided for e in f.entries):
        liquidation_decision = f.category in law.LIQUIDATION_DECISIONS
        lasts = {
            e.number: law.protest_last_day(e.entry_date, e.decided) for e in f.entries if e.decided
        }
        states = [
            law.timing(f.received, e.decided, lasts[e.number], liquidation_decision)
            for e in f.entries
            if e.decided
        ]
        valid = protestable and "second" not in f.extra
        decision["outcome"] = law.protest_outcome(states, valid, missing)
        if protestable and all(e.entry_date for e in f.entries):
            decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
            decision["deadline"] = min(lasts.values()).isoformat()
        elif not protestable:
            not_scored.append(
                "deadline, last_days: a penalty-petition decision cannot be protested, "
                "and the contract does not say which date its clock would run from"
            )
        else:
            not_scored.append(
                "deadline, last_days: an entry date is missing, so 90 or 180 days cannot be chosen"
            )
    else:
        not_scored.append(
            "outcome, deadline, last_days: no liquidation date is given, so the clock cannot be run"
        )
    if not protestable:
        del values["category"]
        not_scored.append(
            "category: a penalty-petition decision is none of the contract's categories"
        )
    if f.case == "no-drawback-decl":
        decision.pop("outcome", None)
        not_scored.append(
            "outcome: the only open point is the missing drawback declaration, "
            "whose wording the rules mark VERIFY"
        )
    return {
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--received", f.received.isoformat(), "--today", f.today.isoformat()],
    }


CATEGORY_WORDS = {
    "classification": "Classification and rate of duty",
    "appraised_value": "Appraised value",
    "charges": "Charges and exactions (merchandise processing fee)",
    "petition": "Decision on petition for relief (19 CFR 171)",
}


def _grounds(f: Facts) -> str:
    if not f.grounds:
        return "The protestant objects to the decision set out above."
    return GROUNDS[f.category].format(wrong="7326.90.8688", hts=f.goods[1])


def _further(f: Facts, rng: random.Random) -> str | None:
    if f.further:
        chosen: str = pick(
            rng,
            [
                "Further review is requested under 19 CFR 174.24(b): the decision raises a "
                "question of law not previously ruled on.",
                "The protestant applies for further review (19 CFR 174.24(a)); the port's "
                "decision is inconsistent with ruling N301122 on substantially similar goods. "
                "No other application on this claim is pending and no court action has been "
                "brought.",
            ],
        )
        return chosen
    none: list[str | None] = [None, "No application for further review is made."]
    return pick(rng, none)


def _accel(f: Facts) -> str | None:
    if f.accelerated:
        return (
            "Accelerated disposition is requested under 19 CFR 174.22. This protest is sent by "
            "certified mail, return receipt requested."
        )
    return None


def _earlier(f: Facts, fmt: str) -> str | None:
    if "second" in f.extra:
        number, when = f.extra["second"]
        return (
            f"This is the protestant's second protest on this entry: its protest no. {number}, "
            f"received {date(fmt, when)}, contests the appraised value of the same merchandise; "
            "this protest contests its classification."
        )
    if f.earlier is None:
        return None
    number, when = f.earlier
    tail = f", received {date(fmt, when)}" if when else ""
    return (
        f"The protestant asks for the same disposition as in its earlier protest no. {number}"
        f"{tail}, which covers other entries of the same merchandise and on which an application "
        "for further review is pending."
    )


def render(f: Facts, style: str, rng: random.Random, doc: Doc) -> dict[str, Any]:
    fmt = {
        "sheets": pick(rng, ["iso", "dmy-upper"]),
        "letter": pick(rng, ["legal", "weekday"]),
        "particulars": pick(rng, ["us-slash", "long"]),
    }[style]

    def d(day: dt.date) -> str:
        return date(fmt, day)

    shown: dict[str, Any] = {"desc_labelled": True}
    entries_dated = [
        (e, d(e.entry_date) if e.entry_date else "", d(e.decided) if e.decided else "")
        for e in f.entries
    ]
    doc.shows(f.name, f.port[0], f.signer, *(f.address or []), f.ior or "")
    for e, ed, ld in entries_dated:
        doc.shows(e.number, ed, ld)
    decided_word = "Date of decision" if f.category == "charges" else "Date of liquidation"
    if style == "sheets":
        doc.font = pick(rng, ["sans", "mono"])
        if rng.random() < 0.5:
            f.protest_number = (
                f"{f.port[0]}-{f.received.year % 100:02d}-{rng.randrange(100000, 999999)}"
            )
            doc.add(
                "kv",
                [("FOR CBP USE - Protest No.", f.protest_number), ("Date received", d(f.received))],
            )
            doc.shows(f.protest_number, d(f.received))
        doc.add("head", f"{f.name.upper()} - CUSTOMS PROTEST, SHEET 1")
        doc.add(
            "p",
            "Protest under 19 U.S.C. 1514 and 19 CFR Part 174, filed on the protestant's own "
            "sheets in place of CBP Form 19.",
        )
        rows: list[tuple[str, str]] = [
            ("Port of entry", f"{f.port[0]} ({f.port[1]})"),
            ("Protestant", f.name),
        ]
        if f.address:
            rows.append(("Address", ", ".join(f.address)))
        if f.ior:
            rows.append(("Importer No.", f.ior))
        rows.append(("Decision protested", CATEGORY_WORDS[f.category]))
        if f.petition_date:
            rows.append(("Date of petition decision", d(f.petition_date)))
        doc.add("kv", rows)
        table = [[str(n + 1), e.number, ed, ld] for n, (e, ed, ld) in enumerate(entries_dated)]
        split = 2 if len(table) > 3 else len(table)
        header = ["Line", "Entry No.", "Date of entry", decided_word]
        doc.add("table", header, table[:split], True)
        if split < len(table):
            doc.add("p", "Entries continue on sheet 2.")
        if not f.extra.get("no_desc"):
            doc.add("kv", [("Description of merchandise", f.goods[0])])
            doc.shows(f.goods[0])
        doc.add("page")
        doc.add("head", f"CONTINUATION SHEET 2 - {f.name.upper()}")
        if split < len(table):
            doc.add("p", "Entries (continued)")
            doc.add("table", header, table[split:], True)
        doc.add("p", "Objection and justification: " + _grounds(f))
        for line in (_earlier(f, fmt), _accel(f), _further(f, rng), f.drawback):
            if line:
                doc.add("p", line)
        doc.add(
            "kv",
            [
                ("Signature", f"/s/ {f.signer}"),
                ("Name", f.signer),
                ("Title", pick(rng, ["Import Manager", "Director, Trade Compliance"])),
                ("Date", d(f.received - dt.timedelta(days=3))),
            ],
        )
    elif style == "letter":
        doc.font = pick(rng, ["serif", "mono"])
        shown["desc_labelled"] = False
        if not f.extra.get("no_desc"):
            doc.shows(f.goods[0])
        doc.add("head", f.name)
        if f.address:
            for line in f.address:
                doc.add("right", line)
        doc.add("p", d(f.received - dt.timedelta(days=4)))
        doc.add(
            "p", f"U.S. Customs and Border Protection, Port of {f.port[1]} (port code {f.port[0]})"
        )
        doc.add("p", "Dear Sir or Madam:")
        ents = "; ".join(
            f"entry {e.number}"
            + (f", made on {ed}" if ed else "")
            + (f", {'decided' if f.category == 'charges' else 'liquidated'} on {ld}" if ld else "")
            for e, ed, ld in entries_dated
        )
        goods = "" if f.extra.get("no_desc") else f", namely {f.goods[0]},"
        number = f" under importer number {f.ior}" if f.ior else ""
        decision = {
            "classification": "the classification and rate of duty",
            "appraised_value": "the appraised value",
            "charges": "a charge assessed",
            "petition": "the decision on our penalty petition",
        }[f.category]
        petition = f" (that decision was dated {d(f.petition_date)})" if f.petition_date else ""
        doc.add(
            "p",
            f"We, {f.name}, import{number} through the port of {f.port[1]}, and we write to "
            f"protest {decision} on goods we imported{goods} covered by {ents}{petition}. "
            + _grounds(f)
            + " "
            + " ".join(x for x in (_earlier(f, fmt), _accel(f), _further(f, rng), f.drawback) if x),
        )
        doc.add("p", "Thank you for your attention to this protest.")
        doc.add("p", "Yours truly,")
        doc.add("gap")
        doc.add("p", f.signer)
        doc.add("p", pick(rng, ["Owner", "President", "Office Manager"]))
    else:
        doc.font = pick(rng, ["sans", "serif"])
        doc.add("head", f"{f.name}")
        doc.add("right", d(f.received - dt.timedelta(days=2)))
        doc.add("p", f"To: Port Director, U.S. Customs and Border Protection, {f.port[1]}")
        doc.add("p", "Subject: Protest of " + CATEGORY_WORDS[f.category].lower())
        doc.add("p", "Particulars of this protest:")
        items = [f"Protestant: {f.name}"]
        if f.address:
            items.append("Mailing address: " + ", ".join(f.address))
        if f.ior:
            items.append(f"IOR number: {f.ior}")
        items.append(f"Port code: {f.port[0]}")
        if not f.extra.get("no_desc"):
            items.append(f"Merchandise: {f.goods[0]}")
            doc.shows(f.goods[0])
        if f.petition_date:
            items.append(f"Petition decision dated: {d(f.petition_date)}")
        doc.add("ul", items)
        doc.add("p", "Entries covered:")
        doc.add(
            "ul",
            [
                f"{e.number}"
                + (f" - entered {ed}" if ed else "")
                + (
                    f" - {'decision' if f.category == 'charges' else 'liquidated'} {ld}"
                    if ld
                    else ""
                )
                for e, ed, ld in entries_dated
            ],
        )
        grounds = [_grounds(f)]
        grounds += [x for x in (_earlier(f, fmt), _accel(f), _further(f, rng), f.drawback) if x]
        doc.add("p", "Grounds and statements:")
        for i, g in enumerate(grounds):
            doc.add("p", f"{i + 1}. {g}")
        doc.add("p", "Submitted by:")
        doc.add("p", f"{f.signer}, {pick(rng, ['Controller', 'Chief Financial Officer'])}")
    return shown

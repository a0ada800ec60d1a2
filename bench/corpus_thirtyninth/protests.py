"""Protest cases (what the document shows) and three sender styles that print them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyninth import law
from bench.corpus_thirtyninth.layout import Page
from bench.corpus_thirtyninth.pools import (
    FILERS,
    GOODS,
    PARTIES,
    PORTS,
    SIGNERS,
    SURETIES,
    business,
    ein,
    fmt_date,
)

D = dt.date
T = dt.timedelta
CASES = [
    "accept", "accept-multi", "charges-accelerated", "untimely-181", "weekend-grace", "premature",
    "no-ior", "no-address", "no-entry-date", "no-description", "no-argument", "earlier-nodate",
    "surety-nocert", "no-drawback", "holiday-grace", "partial-late", "petition-decision",
    "untimely-90", "drawback-refusal", "no-liq-date", "reliquidation-1520d", "earlier-complete",
]
STYLES = ["ruledform", "bizletter", "forwarder"]
CATEGORY_WORDS = {
    "appraised_value": "the appraised value of the merchandise",
    "classification": "the classification and rate of duty",
    "charges": "a charge assessed apart from liquidation (harbor maintenance fee)",
    "exclusion": "the exclusion of the merchandise",
    "liquidation": "the liquidation of the entries",
    "drawback": "the refusal to pay a drawback claim",
    "reliquidation_1520d": "the refusal to reliquidate under 19 U.S.C. 1520(d)",
}
DRAWBACK_LINES = [
    "The merchandise covered by this protest is not subject to a drawback claim.",
    "Drawback: none of the entries listed is subject to drawback.",
    "We declare that no drawback has been or will be claimed on these entries.",
    "Declaration: the entries are not the subject of any drawback claim.",
]


def _received(rng: random.Random) -> D:
    return business(D(2025, 2, 3) + T(rng.randint(0, 420)))


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"protest-{seed}-{index}")
    case = CASES[(index + seed) % len(CASES)]
    style = STYLES[(index + seed // 3) % 3]
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    if case == "surety-nocert":
        name, address = SURETIES[0]
    port, port_name = PORTS[rng.randrange(len(PORTS))]
    goods, _hts = GOODS[rng.randrange(len(GOODS))]
    category = rng.choice(["classification", "appraised_value"])
    received = _received(rng)
    count = {"accept-multi": 3, "partial-late": 2}.get(case, rng.choice([1, 1, 2]))
    if case in ("untimely-181", "weekend-grace", "holiday-grace", "premature"):
        count = 1  # one clock, so the case shows what its name says
    liq = received - T(rng.randint(15, 150))
    lates: list[D] = []
    if case == "charges-accelerated":
        category = "charges"
    elif case == "drawback-refusal":
        category = "drawback"
    elif case == "reliquidation-1520d":
        category = "reliquidation_1520d"
    elif case == "untimely-181":
        while not law.business_day(received - T(1)):
            received += T(1)
        liq = received - T(181)
    elif case in ("weekend-grace", "holiday-grace"):
        last = received
        if case == "weekend-grace":
            while last.weekday() != 5 or not law.business_day(last + T(2)):
                last += T(1)
        else:
            pool = sorted(d for y in (2025, 2026) for d in law.federal_holidays(y)
                          if d.weekday() < 4 and d > received)
            last = pool[rng.randrange(min(4, len(pool)))]
        received = law.next_business_day(last)
        liq = last - T(180)
    elif case == "premature":
        liq = received + T(rng.randint(4, 30))
    elif case == "partial-late":
        lates = [received - T(rng.randint(200, 260))]
    if case == "untimely-90":
        entry_dates = [D(2004, 12, 17) - T(rng.randint(0, 20))]
        liq = D(2005, 9, 12) + T(rng.randint(0, 60))
        received = business(liq + T(rng.randint(100, 160)))
        count = 1
    serials = rng.sample(range(1000000, 9999999), count)
    filer = rng.choice(FILERS)
    entries: list[dict[str, Any]] = []
    for n in range(count):
        this_liq = lates[0] if (lates and n == 0) else liq - T(rng.randint(0, 3) if n else 0)
        if case == "untimely-90":
            entry_date = entry_dates[0]
        else:
            entry_date = this_liq - T(rng.randint(200, 330))
        entries.append({"entry_number": law.entry_number(filer, f"{serials[n]:07d}"),
                        "entry_date": entry_date, "liquidation_date": this_liq})
    missing: list[str] = []
    for key, item in (("no-address", "1"), ("no-ior", "2"), ("no-entry-date", "3"),
                      ("no-liq-date", "4"), ("no-description", "5"), ("no-argument", "6"),
                      ("earlier-nodate", "7"), ("surety-nocert", "8"), ("no-drawback", "9")):
        if case == key:
            missing.append(f"174.13(a)({item})")
    timings = [law.protest_timing(e["entry_date"], e["liquidation_date"], received, category)
               for e in entries]
    invalid = case == "petition-decision"
    outcome = law.protest_outcome(timings, invalid, missing, case == "no-drawback")
    stamp = rng.random() < 0.4 and case not in ("no-liq-date",)
    protest_number = f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}"
    facts = {
        "name": name, "address": [] if case == "no-address" else address,
        "ior": None if case == "no-ior" else ein(rng), "port": port, "port_name": port_name,
        "entries": entries, "category": category, "goods": None if case == "no-description"
        else goods, "received": received, "stamp": stamp, "protest_number": protest_number,
        "signer": SIGNERS[rng.randrange(len(SIGNERS))], "case": case,
        "accelerated": case == "charges-accelerated",
        "further_review": rng.random() < 0.5, "date_style": rng.choice(
            ["long", "us", "iso", "dmy", "abbr", "ordinal"]),
        "letter_date": received - T(rng.randint(2, 6)),
        "earlier": (f"{port}-{(received.year - 1) % 100:02d}-{rng.randint(100000, 199999)}",
                    received - T(rng.randint(60, 120))),
        "drawback_line": rng.choice(DRAWBACK_LINES), "rng": rng.random(),
    }
    today = received + T(rng.randint(1, 20))
    arg_received = received + T(3) if stamp else received
    values: dict[str, Any] = {
        "protest_number": protest_number if stamp else None, "port_code": port,
        "received_date": received.isoformat(), "importer_number": facts["ior"],
        "protestant_name": name,
        "protestant_address": ", ".join(address) if facts["address"] else None,
        "entries": [{"entry_number": e["entry_number"],
                     "entry_date": None if case == "no-entry-date" else e["entry_date"].isoformat(),
                     "liquidation_date": None if case == "no-liq-date"
                     else e["liquidation_date"].isoformat()} for e in entries],
        "category": category, "merchandise_description": facts["goods"],
        "accelerated_disposition": facts["accelerated"],
        "further_review_requested": facts["further_review"], "signer_name": facts["signer"],
    }
    last_days = {e["entry_number"]: law.protest_last_day(e["entry_date"], e["liquidation_date"])
                 for e in entries}
    decision: dict[str, Any] = {
        "outcome": outcome, "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()}, "missing": missing,
    }
    not_scored = []
    if case == "petition-decision":
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored.append("category, deadline, last_days: the protest attacks a decision on a "
                          "penalty petition (171.22), which has no protest category or clock")
    if case == "no-entry-date":
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline, last_days: no entry date is printed, so the 90/180-day "
                          "period is not settled by the document")
    if case == "no-liq-date":
        del decision["deadline"], decision["last_days"], decision["outcome"]
        not_scored.append("outcome, deadline, last_days: no liquidation date is printed, so "
                          "the clock cannot be run")
    if case == "no-drawback":
        not_scored.append("none: the missing drawback declaration is a VERIFY line, so the "
                          "outcome is needs_human")
    truth = {"kind": "protest", "case": case, "style": style,
             "args": ["--received", arg_received.isoformat(), "--today", today.isoformat()],
             "values": values, "decision": decision, "not_scored": not_scored}
    page = {"ruledform": ruledform, "bizletter": bizletter, "forwarder": forwarder}[style](facts)
    return {"truth": truth, "page": page}


def _d(facts: dict[str, Any], day: D | None) -> str:
    return fmt_date(day, facts["date_style"]) if day else ""


def _argument(facts: dict[str, Any]) -> list[str]:
    if facts["case"] == "no-argument":
        return ["The protestant objects to the decision described above."]
    word = CATEGORY_WORDS[facts["category"]]
    if facts["case"] == "petition-decision":
        word = "the decision on our petition for relief from a penalty under 19 CFR 171.22"
    if facts["category"] in ("charges", "drawback", "reliquidation_1520d"):
        return [
            f"The protestant objects to {word}.",
            "The decision rests on a reading of the statute that the port's own earlier "
            "decisions on the same claims did not follow, and no reason was given for the change.",
            "The protestant therefore asks that the decision be reversed and the amounts paid or "
            "claimed be refunded, with interest as provided by law.",
        ]
    return [
        f"The protestant objects to {word}.",
        "The merchandise was entered under a heading that describes it by name. The port's "
        "decision relied on a catalog page for a different model and disregarded the commercial "
        "invoice and the mill certificates furnished with the entry papers.",
        "The protestant therefore asks that the entries be reliquidated as entered and that the "
        "excess duties, with interest as provided by law, be refunded.",
    ]


def _tail(facts: dict[str, Any]) -> list[str]:
    lines = []
    case = facts["case"]
    if case == "earlier-nodate":
        lines.append(f"The same disposition is requested as in protest {facts['earlier'][0]}, "
                     "which is pending further review.")
    if case == "earlier-complete":
        lines.append(f"The same disposition is requested as in protest {facts['earlier'][0]}, "
                     f"received {_d(facts, facts['earlier'][1])}, pending further review.")
    if case == "surety-nocert":
        lines.append("The protestant files as surety on the importer's continuous bond. "
                     "The importer of record has not protested.")
    if case != "no-drawback":
        lines.append(facts["drawback_line"])
    if facts["accelerated"]:
        lines.append("Accelerated disposition under 19 CFR 174.22 is requested; this protest "
                     "is sent by certified mail, return receipt requested.")
    if facts["further_review"]:
        lines.append("Further review is requested under 19 CFR 174.24(b): the decision raises a "
                     "question of law not previously ruled on.")
    elif facts["rng"] < 0.5:
        lines.append("Further review is not requested.")
    return lines


def _stamp(page: Page, facts: dict[str, Any], x: float, y: float) -> None:
    if not facts["stamp"]:
        return
    page.box(x - 6, y - 14, 170, 46)
    page.font(style="B")
    page.at(x, y, "RECEIVED")
    page.font(style="")
    page.at(x, y + 13, facts["received"].strftime("%b %d %Y").upper())
    page.at(x, y + 26, f"Protest No. {facts['protest_number']}")


def _liq_label(facts: dict[str, Any]) -> str:
    return ("Date of decision" if facts["category"] in ("charges", "drawback",
                                                       "reliquidation_1520d")
            else "Date of liquidation")


def ruledform(facts: dict[str, Any]) -> Page:
    """A broker's protest typed on a ruled continuation form; the argument on a rider page."""
    page = Page("helvetica", 9.5)
    page.font(style="B", size=13)
    page.line("PROTEST - 19 U.S.C. 1514 / 19 CFR Part 174", gap=16)
    page.font(style="", size=9.5)
    page.line(f"Port of entry: {facts['port_name']} (port code {facts['port']})")
    _stamp(page, facts, 380, 60)
    page.skip(6)
    top = page.y
    cells = [("Protesting party", facts["name"]),
             ("Address", ", ".join(facts["address"]) if facts["address"] else ""),
             ("Importer No.", facts["ior"] or ""),
             ("Description of merchandise", facts["goods"] or "")]
    for label, value in cells:
        page.font(style="B", size=8)
        page.at(76, page.y, label.upper())
        page.font(style="", size=10)
        page.at(76, page.y + 12, value)
        page.y += 30
        page.rule(72, 540, dy=-12)
    page.box(72, top - 12, 468, page.y - top)
    page.skip(10)
    liq = _liq_label(facts)
    rows = []
    for e in facts["entries"]:
        rows.append([e["entry_number"],
                     "" if facts["case"] == "no-entry-date" else _d(facts, e["entry_date"]),
                     "" if facts["case"] == "no-liq-date" else _d(facts, e["liquidation_date"])])
    page.table([78, 220, 370], ["Entry No.", "Date of entry", liq], rows, ruled=True)
    page.para("Decision protested: " + CATEGORY_WORDS[facts["category"]]
              if facts["case"] != "petition-decision"
              else "Decision protested: decision on petition (19 CFR 171.22)")
    for line in _tail(facts):
        page.para(line)
    page.para("Grounds: see the rider attached.")
    page.new_page()
    page.font(style="B", size=11)
    page.line("RIDER - STATEMENT OF GROUNDS", gap=18)
    page.font(style="", size=10)
    for n, text in enumerate(_argument(facts), 1):
        page.para(f"{n}. {text}")
    page.skip(20)
    page.line("______________________________")
    page.line(facts["signer"])
    page.line(f"Licensed customs broker, for {facts['name']}")
    page.line(f"Dated: {_d(facts, facts['letter_date'])}")
    return page


def bizletter(facts: dict[str, Any]) -> Page:
    """The importer's own short business letter with a reference block at the top right."""
    page = Page("times", 11)
    page.font(style="B", size=15)
    page.line(facts["name"], gap=14)
    page.font(style="", size=9)
    for part in facts["address"]:
        page.line(part, gap=11)
    page.skip(14)
    page.font(size=10)
    refs = [f"Port code: {facts['port']}", f"Importer No.: {facts['ior'] or ''}".rstrip(),
            f"Date: {_d(facts, facts['letter_date'])}"]
    y = page.y
    for n, text in enumerate(refs):
        page.at(360, y + n * 13, text)
    _stamp(page, facts, 100, y + 6)
    page.y = y + 60
    page.font(size=11)
    page.line("U.S. Customs and Border Protection")
    page.line(f"Port of {facts['port_name']}, Protest Unit")
    page.skip(10)
    page.line("Dear Sir or Madam:")
    page.skip(4)
    what = ("the decision on our petition for relief (19 CFR 171.22)"
            if facts["case"] == "petition-decision" else CATEGORY_WORDS[facts["category"]])
    page.para(f"We protest {what} on the entries below, under 19 U.S.C. 1514.")
    if facts["goods"]:
        page.line(f"Merchandise: {facts['goods']}")
        page.skip(4)
    for e in facts["entries"]:
        parts = [f"Entry {e['entry_number']}"]
        if facts["case"] != "no-entry-date":
            parts.append(f"entered {_d(facts, e['entry_date'])}")
        if facts["case"] != "no-liq-date":
            verb = "decided" if _liq_label(facts) == "Date of decision" else "liquidated"
            parts.append(f"{verb} {_d(facts, e['liquidation_date'])}")
        page.line("- " + ", ".join(parts), x=84)
    page.skip(6)
    for text in _argument(facts)[1:] if facts["case"] != "no-argument" else []:
        page.para(text)
    if facts["case"] == "no-argument":
        page.para(_argument(facts)[0])
    for line in _tail(facts):
        page.para(line)
    page.skip(6)
    page.line("Sincerely,")
    page.skip(22)
    page.font(style="I")
    page.line(facts["signer"])
    page.font(style="")
    page.line(f"Import Manager, {facts['name']}")
    return page


def forwarder(facts: dict[str, Any]) -> Page:
    """A forwarder's fixed-width protest notice typed in Courier, entries as bullets."""
    page = Page("courier", 9.5)
    page.line("=" * 78)
    page.line("NOTICE OF PROTEST                                   19 CFR 174.12")
    page.line("=" * 78)
    _stamp(page, facts, 380, 110)
    page.skip(4)
    rows = [("PROTESTANT", facts["name"])]
    if facts["address"]:
        rows.append(("ADDRESS", ", ".join(facts["address"])))
    if facts["ior"]:
        rows.append(("IOR NUMBER", facts["ior"]))
    rows.append(("PORT", f"{facts['port']} {facts['port_name']}"))
    if facts["goods"]:
        rows.append(("COMMODITY", facts["goods"]))
    for label, value in rows:
        page.line(f"{label + ':':<13}{value}")
    page.skip(6)
    page.line("ENTRIES:")
    for e in facts["entries"]:
        bits = [e["entry_number"]]
        if facts["case"] != "no-entry-date":
            bits.append(f"entry date {_d(facts, e['entry_date'])}")
        if facts["case"] != "no-liq-date":
            label = "decision" if _liq_label(facts) == "Date of decision" else "liquidated"
            bits.append(f"{label} {_d(facts, e['liquidation_date'])}")
        page.line("  * " + " / ".join(bits))
    page.skip(6)
    page.line("OBJECTION AND GROUNDS:")
    for text in _argument(facts):
        page.para(text, width=440, x=90)
    for line in _tail(facts):
        page.para(line, width=440, x=72)
    page.skip(10)
    page.line(f"/s/ {facts['signer']}")
    page.line(f"for {facts['name']}, {_d(facts, facts['letter_date'])}")
    return page

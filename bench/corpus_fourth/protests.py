"""Protest cases: facts chosen for an intended outcome, truth computed by law.py, then worded."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_fourth import law, people
from bench.corpus_fourth import phrasing as ph
from bench.corpus_fourth.blocks import (
    Block,
    Break,
    Checks,
    Doc,
    Fields,
    Heading,
    Letterhead,
    Para,
    Table,
)
from bench.corpus_fourth.printed import DATE_STYLES, FILERS, ein, entry_number, fmt_date

CASES = ["accept", "accept-multi", "earlier", "no-address", "no-ior", "no-entry-date",
         "no-liq-date", "no-desc", "no-objection", "no-earlier-date", "no-drawback",
         "no-drawback", "untimely", "untimely-multi", "premature", "old90-timely",
         "old90-untimely", "weekend-grace-sat", "holiday-grace", "weekend-late",
         "exact-last-day", "partial-late", "invalid", "afr-accel"]
STYLES = {"weasy": ["lawfirm", "importer", "efiling"], "mupdf": ["form19", "broker"]}
# The outcome each case is built to show; the generator refuses a document that drifted from it.
INTENDED = {"untimely": "untimely", "untimely-multi": "untimely", "premature": "premature",
            "weekend-grace-sat": "needs_human", "holiday-grace": "needs_human",
            "weekend-late": "untimely", "partial-late": "needs_human", "invalid": "invalid",
            "old90-timely": "accept", "old90-untimely": "untimely", "exact-last-day": "accept",
            "accept": "accept", "accept-multi": "accept", "earlier": "accept",
            "afr-accel": "accept"}


@dataclass
class Facts:
    company: tuple[str, list[str]]
    ior: str
    port: tuple[str, str]
    entries: list[tuple[str, date, date]]
    category: str
    goods: tuple[str, str, str, str]
    signer: str
    received: date
    today: date
    accel: bool = False
    afr: bool = False
    omit: set[str] = field(default_factory=set)
    earlier: tuple[str, date | None] | None = None
    invalid: bool = False
    protest_number: str | None = None


def _liq_with_last_day(rng: random.Random, want: str) -> date:
    """A liquidation date whose last day (liq + 180) is a Saturday / a weekday holiday."""
    start = date(2023, 3, 1) + timedelta(days=rng.randrange(500))
    for offset in range(800):
        liq = start + timedelta(days=offset)
        last = liq + timedelta(days=180)
        holiday = last in law.federal_holidays(last.year) and last.weekday() < 5
        if (want == "saturday" and last.weekday() == 5 and law.is_business_day(
                last + timedelta(days=2))) or (want == "holiday" and holiday):
            return liq
    raise AssertionError(want)


def _business(day: date) -> date:
    """DAY, or the next business day: entries and liquidations happen on working days."""
    while not law.is_business_day(day):
        day += timedelta(days=1)
    return day


def _facts(rng: random.Random, case: str) -> Facts:
    filer = rng.choice(FILERS)
    liq = _business(date(2023, 6, 1) + timedelta(days=rng.randrange(700)))
    old = case.startswith("old90")
    count = 3 if case.endswith("multi") or case == "partial-late" else rng.choice([1, 1, 2])
    count = 1 if old or case == "weekend-late" else count  # one entry: nothing else timely
    if old:
        liq = _business(date(2005, 4, 1) + timedelta(days=rng.randrange(120)))
    if case == "weekend-grace-sat" or case == "weekend-late":
        liq = _liq_with_last_day(rng, "saturday")
    if case == "holiday-grace":
        liq = _liq_with_last_day(rng, "holiday")
    while case == "exact-last-day" and not (law.is_business_day(liq) and law.is_business_day(
            liq + timedelta(days=180))):
        liq += timedelta(days=1)
    entries = []
    for n in range(count):
        step = 30 if case == "partial-late" else rng.randrange(1, 40)
        this_liq = _business(liq + timedelta(days=step * n))
        entered = _business(date(2004, 12, rng.randrange(1, 17)) if old else this_liq - timedelta(
            days=rng.randrange(250, 330)))
        assert not old or entered < law.OLD_ENTRY_CUTOFF
        entries.append((entry_number(rng, filer), entered, this_liq))
    lasts = [law.last_day(e, q) for _, e, q in entries]
    first_last = min(lasts)
    if case in ("untimely", "untimely-multi", "old90-untimely"):
        received = max(lasts) + timedelta(days=rng.randrange(4, 40))
        while law.timing(received, liq, max(lasts)) != "late":
            received += timedelta(days=1)
    elif case == "premature":
        received = min(q for _, _, q in entries) - timedelta(days=rng.randrange(5, 30))
    elif case in ("weekend-grace-sat", "holiday-grace"):
        received = law.next_business_day(first_last)
    elif case == "weekend-late":
        received = law.next_business_day(first_last) + timedelta(days=1)
    elif case == "exact-last-day":
        received = first_last
    elif case == "partial-late":
        received = first_last + timedelta(days=rng.randrange(3, 20))
        while law.timing(received, liq, first_last) != "late":
            received += timedelta(days=1)
    else:
        latest_liq = max(q for _, _, q in entries)
        received = latest_liq + timedelta(days=rng.randrange(15, 60))
    # Mail and stamps arrive on business days; the weekend cases pick their own day.
    while not law.is_business_day(received) and case not in ("weekend-grace-sat",
                                                              "holiday-grace", "weekend-late"):
        received += timedelta(days=-1 if case == "premature" else 1)
    assert case not in ("partial-late", "accept", "accept-multi") or received <= max(lasts)
    company = rng.choice(people.COMPANIES)
    facts = Facts(company=company, ior=ein(rng), port=rng.choice(people.PORTS), entries=entries,
                  category=rng.choice(["classification", "classification", "appraised_value"]),
                  goods=rng.choice(people.GOODS), signer=rng.choice(people.SIGNERS),
                  received=received, today=received + timedelta(days=rng.randrange(10, 70)),
                  afr=rng.random() < 0.5, accel=case == "afr-accel" or rng.random() < 0.2)
    omit = {"no-address": "address", "no-ior": "ior", "no-entry-date": "entry_date",
            "no-liq-date": "liq_date", "no-desc": "desc", "no-objection": "objection",
            "no-drawback": "drawback"}
    if case in omit:
        facts.omit.add(omit[case])
    if case == "afr-accel":
        facts.afr = True
    if case in ("earlier", "no-earlier-date"):
        earlier_received = received - timedelta(days=rng.randrange(30, 90))
        number = f"{facts.port[1]}-{earlier_received.year % 100:02d}-{rng.randrange(10**6):06d}"
        facts.earlier = (number, earlier_received if case == "earlier" else None)
    facts.invalid = case == "invalid"
    return facts


MISSING_BY_OMIT = {"address": "174.13(a)(1)", "ior": "174.13(a)(2)", "entry_date": "174.13(a)(3)",
                   "liq_date": "174.13(a)(4)", "desc": "174.13(a)(5)", "objection": "174.13(a)(6)",
                   "drawback": "174.13(a)(9)"}


def truth(facts: Facts, case: str, received_printed: bool) -> dict[str, Any]:
    """The truth file: values as the document gives them, decision by the law."""
    name, address = facts.company
    missing = sorted((MISSING_BY_OMIT[o] for o in facts.omit), key=lambda m: int(m[10:-1]))
    if facts.earlier and facts.earlier[1] is None:
        missing.append("174.13(a)(7)")
    values: dict[str, Any] = {
        "protest_number": facts.protest_number, "port_code": facts.port[1],
        "received_date": facts.received.isoformat(),
        "importer_number": None if "ior" in facts.omit else facts.ior,
        "protestant_name": name,
        "protestant_address": None if "address" in facts.omit else ", ".join(address),
        "entries": [{"entry_number": n,
                     "entry_date": None if "entry_date" in facts.omit else e.isoformat(),
                     "liquidation_date": None if "liq_date" in facts.omit else q.isoformat()}
                    for n, e, q in facts.entries],
        "category": None if facts.invalid else facts.category,
        "merchandise_description": None if "desc" in facts.omit else facts.goods[0],
        "accelerated_disposition": facts.accel, "further_review_requested": facts.afr,
        "signer_name": facts.signer}
    decision: dict[str, Any] = {"missing": missing}
    not_scored: list[str] = []
    if "liq_date" in facts.omit:
        decision["outcome"] = "deficient"
        not_scored.append("deadline and last_days not scored: the document gives no liquidation "
                          "date to count from")
    else:
        lasts = {n: law.last_day(e, q) for n, e, q in facts.entries}
        states = [law.timing(facts.received, q, lasts[n]) for n, _, q in facts.entries]
        outcome = law.protest_outcome(states, facts.invalid, missing)
        if facts.invalid:
            not_scored.append("deadline and last_days not scored: the protested decision is a "
                              "penalty petition decision, not a liquidation")
        else:
            decision["deadline"] = min(lasts.values()).isoformat()
            decision["last_days"] = {n: d.isoformat() for n, d in lasts.items()}
        if missing == ["174.13(a)(9)"] and outcome == "deficient":
            not_scored.append("outcome not scored: the only open point is the 174.13(a)(9) "
                              "declaration, whose wording is a VERIFY rule")
        else:
            decision["outcome"] = outcome
    args = ["--today", facts.today.isoformat()]
    if not received_printed:
        args = ["--received", facts.received.isoformat(), *args]
    elif facts.received.toordinal() % 3 == 0:  # a clerk's date too: the printed one wins
        args = ["--received", (facts.received + timedelta(days=2)).isoformat(), *args]
    result: dict[str, Any] = {"kind": "protest", "case": case, "args": args, "values": values,
                              "decision": decision}
    if not_scored:
        result["not_scored"] = not_scored
    return result


def _objection(rng: random.Random, facts: Facts) -> list[str]:
    good, bad = facts.goods[1], _other_hts(facts.goods[1])
    if facts.invalid:
        return ["Protestant objects to the decision of the Fines, Penalties and Forfeitures "
                "Officer denying its petition for relief (19 CFR 171.22) in the penalty case "
                "arising from the entry listed, and asks that the penalty be cancelled."]
    if "objection" in facts.omit:
        what = "classification" if facts.category == "classification" else "appraised value"
        return [f"Protestant objects to the {what} of the merchandise upon liquidation."]
    template = rng.choice(ph.CLASS_ARG if facts.category == "classification" else ph.VALUE_ARG)
    what = ("the classification of the merchandise and the rate of duty assessed"
            if facts.category == "classification" else "the appraised value of the merchandise")
    return [f"The decision protested is {what}.", template.format(good=good, bad=bad)]


def _other_hts(hts: str) -> str:
    return hts[:8] + ("9000" if not hts.endswith("9000") else "1000")


def _date_style(rng: random.Random, style: str) -> str:
    preferred = {"lawfirm": ["long", "abbr"], "importer": ["dmy", "long"],
                 "efiling": ["slash", "iso"], "form19": ["slash", "slash2", "dash"],
                 "broker": ["iso", "slash2", "abbr"]}[style]
    return rng.choice(preferred if rng.random() < 0.8 else list(DATE_STYLES))


def build(rng: random.Random, case: str, producer: str) -> Doc:
    """One protest document of CASE printed by PRODUCER in one of its styles."""
    facts = _facts(rng, case)
    styles = STYLES[producer]
    if case.startswith("old90"):  # 2005: no electronic protest module yet
        styles = [s for s in styles if s != "efiling"]
    style = rng.choice(styles)
    ds = _date_style(rng, style)
    received_printed = style in ("form19", "efiling") or rng.random() < 0.3
    printed: list[str] = [facts.company[0], facts.port[1], facts.signer]
    if "address" not in facts.omit:
        printed += facts.company[1]
    if "ior" not in facts.omit:
        printed.append(facts.ior)
    if "desc" not in facts.omit:
        printed.append(facts.goods[0])
    for n, e, q in facts.entries:
        printed.append(n)
        if "entry_date" not in facts.omit:
            printed.append(fmt_date(e, ds))
        if "liq_date" not in facts.omit:
            printed.append(fmt_date(q, ds))
    if received_printed:
        printed.append(fmt_date(facts.received, ds))
    writer = {"lawfirm": _lawfirm, "importer": _importer, "efiling": _efiling,
              "form19": _form19, "broker": _broker}[style]
    if style == "form19" and rng.random() < 0.5:  # box 1 filled in by CBP
        facts.protest_number = (f"{facts.port[1]}-{facts.received.year % 100:02d}-"
                                f"{rng.randrange(100000, 999999)}")
        printed.append(facts.protest_number)
    blocks = writer(rng, facts, ds, received_printed)
    font = rng.choice(["serif", "sans", "mono"] if style != "form19" else ["sans"])
    result = truth(facts, case, received_printed)
    outcome = result["decision"].get("outcome")
    assert outcome == INTENDED.get(case, "deficient" if outcome else None), (case, outcome)
    return Doc("protest", case, producer, style, blocks, result, printed, font)


def _entry_rows(facts: Facts, ds: str) -> list[list[str]]:
    return [[n, "" if "entry_date" in facts.omit else fmt_date(e, ds),
             "" if "liq_date" in facts.omit else fmt_date(q, ds)] for n, e, q in facts.entries]


def _entries_sentence(facts: Facts, ds: str) -> str:
    parts = []
    for n, e, q in facts.entries:
        piece = f"Entry No. {n}"
        if "entry_date" not in facts.omit:
            piece += f", entered on {fmt_date(e, ds)}"
        if "liq_date" not in facts.omit:
            piece += f", liquidated on {fmt_date(q, ds)}"
        parts.append(piece)
    return "; ".join(parts)


def _closing_paras(rng: random.Random, facts: Facts, letter: bool = True) -> list[Block]:
    out: list[Block] = []
    if facts.earlier:
        number, when = facts.earlier
        text = (f"The protestant asks for the same disposition as in its earlier protest "
                f"No. {number}")
        text += f", received by CBP on {fmt_date(when, 'long')}, " if when else ", "
        text += "which is pending further review."
        out.append(Para(text))
    tail: list[Block] = [Para(rng.choice(ph.AFR_YES if facts.afr else ph.AFR_NO))]
    if "drawback" not in facts.omit:
        tail.append(Para(rng.choice(ph.DRAWBACK)))
    if facts.accel or rng.random() < 0.5:
        tail.append(Para(rng.choice(ph.ACCEL_YES if facts.accel else ph.ACCEL_NO)))
    rng.shuffle(tail)
    if rng.random() < 0.3:
        tail.insert(0, Break())
    return out + tail


def _signature(rng: random.Random, facts: Facts, title: str) -> list[Block]:
    kind = rng.randrange(3)
    if kind == 0:
        return [Para(rng.choice(ph.CLOSINGS)), Para(f"/s/ {facts.signer}"),
                Para(f"{facts.signer}, {title}")]
    if kind == 1:
        return [Para(rng.choice(ph.CLOSINGS)), Para("______________________________"),
                Para(facts.signer), Para(title)]
    return [Para(rng.choice(ph.CLOSINGS)), Para(f"By: {facts.signer}"), Para(f"Title: {title}")]


def _addressee(rng: random.Random, facts: Facts) -> Para:
    city, code = facts.port
    forms = [f"Port Director\nU.S. Customs and Border Protection\nPort of {city} ({code})",
             f"Director, Field Operations\nCBP, Port of {city}\nPort Code {code}",
             f"U.S. Customs and Border Protection\nAttn: Protest Unit, Port {code} - {city}"]
    return Para(rng.choice(forms))


def _desc_para(rng: random.Random, facts: Facts) -> list[Block]:
    if "desc" in facts.omit:
        return [Para("The goods are those shown on the commercial invoices for the entries.")]
    return [Fields([(rng.choice(ph.DESC_LABELS), facts.goods[0])])]


def _received_stamp(facts: Facts, ds: str) -> Para:
    return Para(f"RECEIVED  {fmt_date(facts.received, ds)}  CBP PORT {facts.port[1]}",
                bold=True, right=True)


def _sender_head(rng: random.Random, pool: list[tuple[str, list[str]]], facts: Facts, ds: str,
                 stamp: bool) -> tuple[str, list[Block]]:
    """An agent's letterhead (firm or broker from POOL), with CBP's receipt stamp if any."""
    sender, sender_addr = rng.choice(pool)
    blocks: list[Block] = [Letterhead([sender, *sender_addr])]
    if stamp:
        blocks.append(_received_stamp(facts, ds))
    return sender, blocks


def _lawfirm(rng: random.Random, facts: Facts, ds: str, stamp: bool) -> list[Block]:
    firm, blocks = _sender_head(rng, people.FIRMS, facts, ds, stamp)
    name, address = facts.company
    blocks += [Para(fmt_date(facts.received - timedelta(days=rng.randrange(1, 4)), "long")),
               _addressee(rng, facts),
               Para(f"Re: Protest of {name}; Entries listed below", bold=True),
               Para("Dear Sir or Madam:")]
    addr = "" if "address" in facts.omit else f", {', '.join(address)}"
    ior = "" if "ior" in facts.omit else f" (importer of record no. {facts.ior})"
    blocks.append(Para(f"On behalf of our client, {name}{addr}{ior} (the \"Protestant\"), we "
                       "protest the liquidation of the entries listed below under 19 U.S.C. "
                       "1514."))
    blocks.append(Table(["Entry Number", "Date of Entry", "Date of Liquidation"],
                        _entry_rows(facts, ds), ruled=rng.random() < 0.7))
    blocks += _desc_para(rng, facts)
    blocks.append(Heading(rng.choice(ph.OBJECTION_HEADINGS)))
    blocks += [Para(t) for t in _objection(rng, facts)]
    if rng.random() < 0.5:
        blocks.append(Break())
    blocks += _closing_paras(rng, facts)
    blocks += _signature(rng, facts, f"Counsel to Protestant, {firm}")
    return blocks


def _importer(rng: random.Random, facts: Facts, ds: str, stamp: bool) -> list[Block]:
    name, address = facts.company
    head = [name] if "address" in facts.omit else [name, *address]
    blocks: list[Block] = [Letterhead(head)]
    if stamp:
        blocks.append(_received_stamp(facts, ds))
    blocks += [Para(fmt_date(facts.received - timedelta(days=2), ds)), _addressee(rng, facts)]
    ior = "" if "ior" in facts.omit else f" Our importer number is {facts.ior}."
    if rng.random() < 0.5:
        blocks.append(Para(f"We, {name}, hereby protest the liquidation of the following: "
                           f"{_entries_sentence(facts, ds)}.{ior}"))
    else:
        bullets = "\n".join(f"- {part}" for part in _entries_sentence(facts, ds).split("; "))
        blocks += [Para(f"{name} protests the liquidation of these entries:{ior}"),
                   Para(bullets)]
    blocks += _desc_para(rng, facts)
    blocks.append(Heading(rng.choice(ph.OBJECTION_HEADINGS)))
    blocks += [Para(t) for t in _objection(rng, facts)]
    blocks += _closing_paras(rng, facts)
    blocks += _signature(rng, facts, rng.choice(["Import Manager", "President",
                                                 "Director of Logistics", "Owner"]))
    return blocks


def _efiling(rng: random.Random, facts: Facts, ds: str, stamp: bool) -> list[Block]:
    name, address = facts.company
    blocks: list[Block] = [Letterhead(["ACE Protest Module - Filing Confirmation"]),
                           Fields([("Filer", name), ("Port of filing", facts.port[1]),
                                   ("Date received by CBP", fmt_date(facts.received, ds)),
                                   ("Status", "Submitted")]),
                           Para("The protest below was filed electronically. (Accelerated "
                                "disposition cannot be requested through this module.)"),
                           Break(), Heading("PROTEST")]
    facts.accel = False
    rows = [("Protesting party", name)]
    if "address" not in facts.omit:
        rows.append(("Address", ", ".join(address)))
    if "ior" not in facts.omit:
        rows.append(("IOR number", facts.ior))
    blocks.append(Fields(rows))
    blocks.append(Table(["Entry", "Entry date", "Liquidated"], _entry_rows(facts, ds),
                        ruled=False))
    blocks += _desc_para(rng, facts)
    blocks.append(Heading(rng.choice(ph.OBJECTION_HEADINGS)))
    blocks += [Para(t) for t in _objection(rng, facts)]
    blocks += [b for b in _closing_paras(rng, facts) if not (isinstance(b, Para)
                                                             and "ccelerated" in b.text)]
    blocks += [Para(f"Electronically signed: {facts.signer}")]
    return blocks


def _form19(rng: random.Random, facts: Facts, ds: str, stamp: bool) -> list[Block]:
    name, address = facts.company
    party = name if "address" in facts.omit else "\n".join([name, *address])
    blocks: list[Block] = [
        Letterhead(["DEPARTMENT OF HOMELAND SECURITY - U.S. Customs and Border Protection",
                    "PROTEST (19 CFR Part 174) - prepared by broker software"]),
        Fields([("1. PROTEST NUMBER", facts.protest_number or ""),
                ("2. DATE RECEIVED", fmt_date(facts.received, ds)),
                ("3. PORT", f"{facts.port[1]}"),
                ("4. IMPORTER NUMBER", "" if "ior" in facts.omit else facts.ior),
                ("6. NAME AND ADDRESS OF PROTESTING PARTY", party)], boxed=True),
        Table(["5. ENTRY NO.", "DATE OF ENTRY", "DATE OF LIQUIDATION"], _entry_rows(facts, ds)),
        Checks([(facts.accel, "7. ACCELERATED DISPOSITION REQUESTED (19 CFR 174.22)")]),
        Checks([(False, "Entry subject to drawback: YES"), (True, "NO")]
               if "drawback" not in facts.omit else []),
        Heading("SECTION II - DESCRIPTION OF MERCHANDISE / DECISION PROTESTED"),
    ]
    blocks += _desc_para(rng, facts)
    blocks += [Para(t) for t in _objection(rng, facts)]
    if facts.earlier:
        number, when = facts.earlier
        blocks.append(Fields([("SECTION III - EARLIER PROTEST NO.", number),
                              ("DATE RECEIVED", fmt_date(when, ds) if when else "")], boxed=True))
    blocks.append(Checks([(facts.afr, "SECTION IV - FURTHER REVIEW REQUESTED")]))
    blocks.append(Fields([("SIGNATURE", f"/s/ {facts.signer}"), ("NAME", facts.signer),
                          ("TITLE", "Licensed Customs Broker, attorney in fact")], boxed=True))
    return blocks


def _broker(rng: random.Random, facts: Facts, ds: str, stamp: bool) -> list[Block]:
    _, blocks = _sender_head(rng, people.BROKERS, facts, ds, stamp)
    name, address = facts.company
    blocks += [_addressee(rng, facts), Para("PROTEST UNDER POWER OF ATTORNEY", bold=True)]
    rows = [("Protestant", name)]
    if "address" not in facts.omit:
        rows.append(("Protestant's address", ", ".join(address)))
    if "ior" not in facts.omit:
        rows.append(("Importer No.", facts.ior))
    blocks.append(Fields(rows))
    blocks.append(Para(f"As licensed customs broker and attorney in fact for {name}, we file "
                       "this protest covering:"))
    blocks.append(Table(["Entry #", "Entered", "Liq. date"], _entry_rows(facts, ds),
                        ruled=False))
    blocks += _desc_para(rng, facts)
    blocks.append(Heading(rng.choice(ph.OBJECTION_HEADINGS)))
    blocks += [Para(t) for t in _objection(rng, facts)]
    blocks += _closing_paras(rng, facts)
    blocks += _signature(rng, facts, "Licensed Customs Broker")
    return blocks

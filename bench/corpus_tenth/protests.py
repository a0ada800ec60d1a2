"""Protests in four styles of this hand, each case's truth computed under 19 CFR Part 174."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_tenth import law
from bench.corpus_tenth.model import Block, Doc, Heading, Lines, PageBreak, Para, Table
from bench.corpus_tenth.people import (
    COMPANIES,
    FILERS,
    FIRM_ADDRESSES,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    ein,
    fmt_date,
    pick,
)

CASES = [
    "accept",
    "untimely",
    "no-importer",
    "weekend-grace",
    "premature",
    "no-entry-date",
    "mixed",
    "pre2004-90day",
    "penalty-petition",
    "no-drawback-line",
    "no-description",
    "holiday-grace",
]
DRAWBACK = [
    "None of the entries covered by this protest is subject to drawback.",
    "The merchandise is not the subject of any drawback claim, filed or intended.",
    "Drawback: [X] No   [ ] Yes",
    "Protestant declares, as 19 CFR 174.13(a)(9) requires, that the entries are not subject "
    "to drawback.",
    "No drawback has been or will be claimed on these entries.",
]
OBJECTION_HEADS = [
    "Grounds for Protest",
    "Why the Decision Is Wrong",
    "Statement of Objections",
    "Argument",
    "Basis of the Claim",
]
REVIEW = [
    "Protestant requests further review of this protest under 19 CFR 174.24(b).",
    "We ask that this protest be treated as an application for further review; the decision is "
    "inconsistent with a ruling on substantially similar goods (19 CFR 174.24(a)).",
    "Application for further review: YES, criterion 174.24(b).",
    "Please forward this protest to Headquarters for further review.",
]
ACCELERATED = [
    "Protestant requests accelerated disposition under 19 CFR 174.22; this protest goes by "
    "certified mail, return receipt requested.",
    "Accelerated disposition is requested (19 CFR 174.22). Sent by registered mail.",
]
CLAIMS = {
    "classification": (
        "the classification of the merchandise on liquidation",
        "The goods were liquidated under a subheading carrying 6.5 percent. They are "
        "properly classified in a subheading free of duty, as CBP itself held for the "
        "same product in an earlier ruling.",
    ),
    "appraised_value": (
        "the appraised value of the merchandise",
        "CBP added buying commissions to the transaction value. The commissions were "
        "paid to a bona fide buying agent and are not part of the price actually paid "
        "or payable under 19 U.S.C. 1401a(b).",
    ),
}


@dataclass
class Entry:
    number: str
    entered: date
    liquidated: date


def _entries(rng: random.Random, count: int, liquidated: date, span: int) -> list[Entry]:
    filer = pick(rng, FILERS)
    out = []
    for _ in range(count):
        liq = _workday(liquidated + timedelta(days=rng.randint(0, span)))
        out.append(
            Entry(
                law.entry_number(filer, f"{rng.randint(0, 9999999):07d}"),
                _workday(liq - timedelta(days=rng.randint(240, 320))),
                liq,
            )
        )
    return sorted(out, key=lambda e: e.liquidated)


def _workday(day: date) -> date:
    """CBP liquidates, and receives mail, on business days."""
    return day if law.is_business_day(day) else law.next_business_day(day)


def _weekend_liquidation(rng: random.Random, start: date, holiday: bool) -> date:
    """A liquidation date whose last day falls on a weekend (or a weekday holiday)."""
    liq = start
    while True:
        last = law.protest_last_day(liq - timedelta(days=300), liq)
        off = not law.is_business_day(last)
        if off and (last.weekday() < 5) == holiday and law.is_business_day(liq):
            return liq
        liq += timedelta(days=1)


def _dates(case: str, rng: random.Random) -> tuple[list[Entry], date]:
    """The entries and the CBP receipt date a case needs."""
    base = date(2023, 1, 3) + timedelta(days=rng.randint(0, 700))
    if case == "pre2004-90day":
        liq = _workday(date(2005, 6, 1) + timedelta(days=rng.randint(0, 60)))
        entry = Entry(
            law.entry_number(pick(rng, FILERS), f"{rng.randint(0, 9999999):07d}"),
            _workday(date(2004, 12, 17) - timedelta(days=rng.randint(0, 20))),
            liq,
        )
        return [entry], liq + timedelta(days=rng.randint(30, 80))
    if case in ("weekend-grace", "holiday-grace"):
        liq = _weekend_liquidation(rng, base, case == "holiday-grace")
        entries = _entries(rng, 1, liq, 0)
        last = law.protest_last_day(entries[0].entered, liq)
        return entries, law.next_business_day(last)
    if case == "mixed":
        first, second = (
            _entries(rng, 1, base, 0)[0],
            _entries(rng, 1, base + timedelta(days=60), 0)[0],
        )
        received = law.protest_last_day(first.entered, first.liquidated) + timedelta(
            days=rng.randint(8, 40)
        )
        return [first, second], received
    entries = _entries(rng, rng.randint(1, 3), base, 45)
    if case == "untimely":
        last = law.protest_last_day(entries[0].entered, entries[-1].liquidated)
        return entries, last + timedelta(days=rng.randint(10, 60))
    if case == "premature":
        return entries, entries[0].liquidated - timedelta(days=rng.randint(5, 40))
    first_last = min(law.protest_last_day(e.entered, e.liquidated) for e in entries)
    return entries, entries[-1].liquidated + timedelta(
        days=rng.randint(15, (first_last - entries[-1].liquidated).days - 5)
    )


def build(index: int, seed: int) -> tuple[str, Doc, dict[str, Any]]:
    """The case name, the document and its truth for protest number `index`."""
    rng = random.Random(f"tenth-protest-{seed}-{index}")
    case = CASES[(index + index // len(CASES)) % len(CASES)]  # the second dozen meets other styles
    entries, received = _dates(case, rng)
    received = _workday(received)
    if index % 4 == 3 and case not in ("mixed", "weekend-grace", "holiday-grace", "pre2004-90day"):
        entries = _entries(rng, rng.randint(7, 9), entries[0].liquidated, 0)
        if case == "accept":
            received = _workday(entries[0].liquidated + timedelta(days=40))
    name, street, city = COMPANIES[rng.randrange(len(COMPANIES))]
    port_code, port_name = PORTS[rng.randrange(len(PORTS))]
    facts = {
        "name": name,
        "address": f"{street}, {city}",
        "street": street,
        "city": city,
        "port_code": port_code,
        "port_name": port_name,
        "importer": ein(rng),
        "goods": pick(rng, GOODS),
        "signer": pick(rng, PEOPLE),
        "firm": pick(rng, FIRMS),
        "firm_address": pick(rng, FIRM_ADDRESSES),
        "firm_importer": ein(rng),
        "category": "classification" if rng.random() < 0.6 else "appraised_value",
        # Never on the broker's form (index % 4 == 1): accelerated disposition needs certified
        # or registered mail (174.22), a point this hand does not test.
        "accelerated": index % 4 != 1 and rng.random() < 0.35,
        "review": rng.random() < 0.5,
        "date_style": rng.randrange(6),
        "drawback": pick(rng, DRAWBACK),
        "heading": pick(rng, OBJECTION_HEADS),
        "received": received,
        "letter_date": received - timedelta(days=rng.randint(2, 6)),
        "protest_number": f"{port_code}-{received:%y}-{rng.randint(100000, 199999)}"
        if index % 4 == 1
        else None,
    }
    omit = {
        "no-importer": "importer",
        "no-entry-date": "entry_date",
        "no-drawback-line": "drawback",
        "no-description": "goods",
    }.get(case, "")
    blocks = [_brief, _email_and_form, _letter_enclosures_first, _entry_schedule][index % 4](
        facts, entries, case, omit, rng
    )
    doc = Doc(blocks, font=["serif", "sans", "mono"][rng.randrange(3)])
    return case, doc, _truth(case, facts, entries, omit, index)


def _truth(
    case: str, f: dict[str, Any], entries: list[Entry], omit: str, index: int
) -> dict[str, Any]:
    received: date = f["received"]
    today = received + timedelta(days=(index * 7) % 23 + 3)
    has_stamp = index % 4 == 0
    missing = [
        m
        for m, gone in (
            ("174.13(a)(2)", omit == "importer"),
            ("174.13(a)(3)", omit == "entry_date"),
            ("174.13(a)(5)", omit == "goods"),
            ("174.13(a)(9)", omit == "drawback"),
        )
        if gone
    ]
    last_days = {e.number: law.protest_last_day(e.entered, e.liquidated) for e in entries}
    late = [n for n, d in last_days.items() if received > d]
    early = [e.number for e in entries if received <= e.liquidated]
    grace = [
        n
        for n, d in last_days.items()
        if not law.is_business_day(d) and d < received <= law.next_business_day(d)
    ]
    if grace or (late and len(late) < len(entries)) or (early and len(early) < len(entries)):
        outcome = "needs_human"
    elif early:
        outcome = "premature"
    elif late:
        outcome = "untimely"
    elif case == "penalty-petition":
        outcome = "invalid"
    else:
        outcome = "deficient" if missing else "accept"
    assert outcome == {
        "accept": "accept",
        "untimely": "untimely",
        "weekend-grace": "needs_human",
        "holiday-grace": "needs_human",
        "premature": "premature",
        "mixed": "needs_human",
        "pre2004-90day": "accept",
        "penalty-petition": "invalid",
        "no-drawback-line": "deficient",
    }.get(case, "deficient"), (case, outcome)
    values: dict[str, Any] = {
        "protest_number": f["protest_number"],
        "port_code": f["port_code"],
        "received_date": received.isoformat(),
        "importer_number": None if omit == "importer" else f["importer"],
        "protestant_name": f["name"],
        "protestant_address": f["address"],
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": None if omit == "entry_date" else e.entered.isoformat(),
                "liquidation_date": e.liquidated.isoformat(),
            }
            for e in entries
        ],
        "category": f["category"],
        "merchandise_description": None if omit == "goods" else f["goods"],
        "accelerated_disposition": f["accelerated"],
        "further_review_requested": f["review"],
        "signer_name": f["signer"],
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {n: d.isoformat() for n, d in last_days.items()},
        "missing": missing,
    }
    not_scored: list[str] = []
    if case == "penalty-petition":
        del decision["deadline"], decision["last_days"], values["category"]
        not_scored += [
            "deadline/last_days not scored: a penalty-petition decision (19 CFR 171.22) "
            "cannot be protested, so no protest period runs from it",
            "category not scored: the decision protested is none of the contract's categories",
        ]
    if case == "no-drawback-line":
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: the only open point is the missing 174.13(a)(9) "
            "declaration, a VERIFY line"
        )
    args = (
        ["--today", today.isoformat()]
        if has_stamp
        else ["--received", received.isoformat(), "--today", today.isoformat()]
    )
    truth: dict[str, Any] = {
        "kind": "protest",
        "case": case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    return truth


def _entries_word(entries: list[Entry]) -> str:
    return "entry" if len(entries) == 1 else "entries"


def _d(f: dict[str, Any], day: date, shift: int = 0) -> str:
    return fmt_date(day, f["date_style"] + shift)


def _decision_words(f: dict[str, Any], case: str) -> tuple[str, str]:
    if case == "penalty-petition":
        decided_on = _d(f, f["received"] - timedelta(days=30))
        return (
            f"the decision of {decided_on} on Protestant's petition for relief from a penalty "
            "under 19 U.S.C. 1592",
            "The Fines, Penalties and Forfeitures Officer gave too little weight to the mitigating "
            "factors and the penalty should be cancelled.",
        )
    return CLAIMS[f["category"]]


def _brief(
    f: dict[str, Any], entries: list[Entry], case: str, omit: str, rng: random.Random
) -> list[Block]:
    """A numbered legal brief; the entry and liquidation dates ride in footnotes."""
    decided, why = _decision_words(f, case)
    blocks: list[Block] = [
        Lines(
            [f"RECEIVED {_d(f, f['received'], 1)}", f"U.S. CBP - PORT OF {f['port_name'].upper()}"]
        ),
        Para(
            f"BEFORE U.S. CUSTOMS AND BORDER PROTECTION, PORT OF {f['port_name'].upper()} "
            f"(PORT CODE {f['port_code']})",
            bold=True,
        ),
        Para("PROTEST UNDER 19 U.S.C. 1514", bold=True),
        Para(
            f'1. Protestant. Our client, {f["name"]} ("Protestant"), whose place of business is '
            f"{f['address']}, is the importer of record of the entries below."
        ),
    ]
    if omit != "importer":
        blocks.append(Para(f"2. Protestant's CBP importer number is {f['importer']}."))
    items = []
    for n, e in enumerate(entries):
        note = (
            f"Liquidated {_d(f, e.liquidated)}."
            if omit == "entry_date"
            else f"Entered {_d(f, e.entered)}; liquidated {_d(f, e.liquidated)}."
        )
        items.append((f"Entry No. {e.number}" + (";" if n < len(entries) - 1 else "."), note))
    blocks.append(Para("3. The entries. Protestant protests the following entries:"))
    blocks.extend(Para(text, notes=[note]) for text, note in items)
    if omit != "goods":
        blocks.append(Para(f"Description of merchandise: {f['goods']}"))
    blocks += [Heading(f"4. {f['heading']}"), Para(f"Protestant objects to {decided}. {why}")]
    n = 5
    if omit != "drawback":
        blocks.append(Para(f"{n}. {f['drawback']}"))
        n += 1
    if f["review"]:
        blocks.append(Para(f"{n}. {REVIEW[rng.randrange(len(REVIEW))]}"))
        n += 1
    if f["accelerated"]:
        blocks.append(Para(f"{n}. {ACCELERATED[rng.randrange(2)]}"))
    blocks += [
        Para(f"Dated: {_d(f, f['letter_date'], 2)}"),
        Lines(
            [
                "Respectfully submitted,",
                "",
                f"/s/ {f['signer']}",
                f["signer"],
                f["firm"],
                f["firm_address"],
                "Counsel for Protestant",
            ]
        ),
    ]
    return blocks


def _email_and_form(
    f: dict[str, Any], entries: list[Entry], case: str, omit: str, rng: random.Random
) -> list[Block]:
    """A broker's cover e-mail that retells the protest, then the broker's protest form."""
    decided, why = _decision_words(f, case)
    contact = f["signer"].split()[0].lower()
    blocks: list[Block] = [
        Lines(
            [
                f"From: {f['signer']} <{contact}@brokerage.example>",
                f"To: Protest Team, CBP {f['port_name']}",
                f"Date: {_d(f, f['letter_date'], 3)}",
                f"Subject: Protest for {f['name']} - {len(entries)} {_entries_word(entries)}",
            ]
        ),
        Para(
            f"Good afternoon, attached please find the protest we are filing for our client, who "
            f"disagrees with {decided}. The shipments came in through your port and the notices of "
            f"liquidation were posted on ACE. Please let me know if anything is missing."
        ),
        Para("Kind regards, " + f["signer"].split()[0]),
        PageBreak(),
        Heading("ATTACHMENT - PROTEST (BROKER FORMAT)"),
        Lines(
            [
                f"Box 1  Protest number: {f['protest_number']}",
                f"Box 3  Port code: {f['port_code']}",
                f"Box 4  Importer No.: {f['importer'] if omit != 'importer' else ''}",
                f"Box 6  Protesting party: {f['name']}",
                f"       {f['street']}",
                f"       {f['city']}",
                "Box 7  Accelerated disposition: "
                + ("[X] Yes  [ ] No" if f["accelerated"] else "[ ] Yes  [X] No"),
            ]
        ),
        Table(
            ["Port", "Entry No.", "Date of Entry", "Date of Liquidation"],
            [
                [
                    f["port_code"],
                    e.number,
                    "" if omit == "entry_date" else _d(f, e.entered, 1),
                    _d(f, e.liquidated, 1),
                ]
                for e in entries
            ],
        ),
    ]
    if omit != "goods":
        blocks.append(Lines([f"Description of merchandise: {f['goods']}"]))
    blocks += [Heading(f["heading"]), Para(f"Decision protested: {decided}."), Para(why)]
    if omit != "drawback":
        blocks.append(Para(f["drawback"]))
    blocks.append(
        Para(
            "Further review: "
            + ("[X] Requested" if f["review"] else "[ ] Requested  [X] Not requested")
        )
    )
    blocks.append(
        Lines(
            [
                f"Signature: /s/ {f['signer']}",
                f"Name: {f['signer']}",
                f"Title: Licensed Customs Broker, {f['firm']}",
                f"Address: {f['firm_address']}",
                f"Broker importer no.: {f['firm_importer']} (power of attorney on file)",
            ]
        )
    )
    return blocks


def _letter_enclosures_first(
    f: dict[str, Any], entries: list[Entry], case: str, omit: str, rng: random.Random
) -> list[Block]:
    """An importer's own letter; the enclosures list comes before the signature on the last page."""
    decided, why = _decision_words(f, case)
    listed = "; ".join(
        f"{e.number}, entered {_d(f, e.entered, 4)} and liquidated {_d(f, e.liquidated, 4)}"
        if omit != "entry_date"
        else f"{e.number}, liquidated {_d(f, e.liquidated, 4)}"
        for e in entries
    )
    blocks: list[Block] = [
        Lines([f["name"], f["street"], f["city"]]),
        Para(_d(f, f["letter_date"], 4)),
        Lines(
            [
                "Center Director",
                "U.S. Customs and Border Protection",
                f"Port of {f['port_name']} (Port Code {f['port_code']})",
            ]
        ),
        Para(
            f"Re: Protest of {decided}"
            + (f"; our importer no. {f['importer']}" if omit != "importer" else "")
        ),
        Para("Dear Director:"),
        Para(f"We, {f['name']}, protest {decided} of our {_entries_word(entries)} {listed}."),
    ]
    if omit != "goods":
        blocks.append(Para(f"Merchandise: {f['goods']}"))
    blocks += [Heading(f["heading"]), Para(why)]
    if omit != "drawback":
        blocks.append(Para(f["drawback"]))
    if f["review"]:
        blocks.append(Para(REVIEW[rng.randrange(len(REVIEW))]))
    else:
        blocks.append(Para("We do not ask for further review at this time."))
    if f["accelerated"]:
        blocks.append(Para(ACCELERATED[rng.randrange(2)]))
    blocks += [
        Lines(
            [
                "Enclosures:",
                "1. Notices of liquidation (ACE)",
                "2. Commercial invoices",
                "3. Product literature",
            ]
        ),
        PageBreak(f"{f['name']} - Protest - Page 2"),
        Lines(
            [
                "Sincerely yours,",
                "",
                "________________________",
                f["signer"],
                "Director of Import Compliance",
                f["name"],
            ]
        ),
    ]
    return blocks


def _entry_schedule(
    f: dict[str, Any], entries: list[Entry], case: str, omit: str, rng: random.Random
) -> list[Block]:
    """A firm's protest with a schedule of entries, the party's name broken over two lines."""
    decided, why = _decision_words(f, case)
    words = f["name"].split()
    half = max(1, len(words) // 2)
    blocks: list[Block] = [
        Lines([f["firm"], "Attorneys at Law", f["firm_address"]]),
        Para(_d(f, f["letter_date"], 5)),
        Lines([f"U.S. Customs and Border Protection, {f['port_name']}", f"Port {f['port_code']}"]),
        Para("PROTEST - SCHEDULE A ATTACHED", bold=True),
        Lines(
            [
                "Protesting party:",
                " ".join(words[:half]),
                " ".join(words[half:]),
                f["street"],
                f["city"],
            ]
        ),
    ]
    if omit != "importer":
        blocks.append(Para(f"Importer of record number: {f['importer']}"))
    blocks.append(Para(f"The party named above protests {decided} on each entry in Schedule A."))
    if omit != "goods":
        blocks.append(Para(f"Goods: {f['goods']}"))
    blocks += [
        Heading(f["heading"]),
        Para(why),
        Para("The same objection applies to every entry in Schedule A."),
        Heading("Schedule A - Entries"),
    ]
    header = (
        ["Entry number", "Entry date", "Liquidation date"]
        if omit != "entry_date"
        else ["Entry number", "Liquidation date"]
    )
    rows = [
        [e.number, _d(f, e.entered, 5), _d(f, e.liquidated, 5)]
        if omit != "entry_date"
        else [e.number, _d(f, e.liquidated, 5)]
        for e in entries
    ]
    blocks.append(Table(header, rows))
    if omit != "drawback":
        blocks.append(Para(f["drawback"]))
    blocks.append(Para("Further review requested: " + ("Yes" if f["review"] else "No")))
    if f["accelerated"]:
        blocks.append(Para(ACCELERATED[rng.randrange(2)]))
    blocks.append(
        Lines([f"{f['name']}, by its attorneys", "", f"/s/ {f['signer']}", f["signer"], f["firm"]])
    )
    return blocks

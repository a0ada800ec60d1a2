"""Protests: the situations (facts and truth by the law) and four senders' ways of writing them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_third import data
from bench.corpus_third.doc import Bullets, Document, Gap, Heading, Table
from bench.corpus_third.fmt import show_date, show_entry
from bench.corpus_third.law import (
    OLD_ENTRY_CUTOFF,
    federal_holidays,
    is_business_day,
    next_business_day,
    protest_last_day,
    protest_timing,
)

DECISIONS = {
    "classification": [
        "the classification of the merchandise and the resulting rate of duty",
        "CBP's classification of the goods under the HTSUS",
        "the tariff classification assigned at liquidation",
    ],
    "appraised_value": [
        "the appraised value of the merchandise",
        "CBP's appraisement of the goods",
        "the value found at liquidation (appraisement)",
    ],
    "charges": [
        "the merchandise processing fee charged at liquidation",
        "the charges (merchandise processing fee) assessed on the entries",
        "an exaction of merchandise processing fees",
    ],
}
CATEGORY_WORD = {
    "classification": "Classification",
    "appraised_value": "Appraised value",
    "charges": "Charges",
}


@dataclass
class ProtestFacts:
    """Everything one protest says (None: the sender left it out) and the clock it is judged on."""

    case: str
    name: str
    address: list[str] | None
    importer_number: str | None
    port: tuple[str, str]
    entries: list[tuple[str, date, date]]
    category: str
    description: str | None
    objection: bool
    drawback: str | None  # "no" | "yes" | None (no declaration)
    further_review: bool
    accelerated: bool
    signer: str
    title: str
    received: date
    today: date
    letter_date: date
    stamp: bool = False  # a RECEIVED stamp prints the receipt date
    arg_received: date | None = None  # what the caller passes as --received
    earlier: tuple[str, date | None] | None = None
    penalty_petition: bool = False  # the protested decision cannot be protested (171.22)
    protest_number: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


def timing(facts: ProtestFacts) -> list[str]:
    return [
        protest_timing(facts.received, entry_date, liq) for _n, entry_date, liq in facts.entries
    ]


def missing(facts: ProtestFacts) -> list[str]:
    items = []
    if facts.address is None:
        items.append(1)
    if facts.importer_number is None:
        items.append(2)
    if facts.description is None:
        items.append(5)
    if not facts.objection:
        items.append(6)
    if facts.earlier is not None and facts.earlier[1] is None:
        items.append(7)
    if facts.drawback is None:
        items.append(9)
    return [f"174.13(a)({n})" for n in items]


def outcome(facts: ProtestFacts) -> str | None:
    """The outcome by the contract's precedence; None when the contract leaves it open."""
    kinds = set(timing(facts))
    gaps = missing(facts)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if facts.penalty_petition:
        return "invalid"
    if "174.13(a)(9)" in gaps:
        return None  # the declaration's wording is a VERIFY rule
    return "deficient" if gaps else "accept"


def truth(facts: ProtestFacts, style: str) -> dict[str, Any]:
    values = {
        "protest_number": facts.protest_number,
        "port_code": facts.port[0],
        "received_date": facts.received.isoformat(),
        "importer_number": facts.importer_number,
        "protestant_name": facts.name,
        "protestant_address": ", ".join(facts.address) if facts.address else None,
        "entries": [
            {"entry_number": n, "entry_date": e.isoformat(), "liquidation_date": liq.isoformat()}
            for n, e, liq in facts.entries
        ],
        "category": None if facts.penalty_petition else facts.category,
        "merchandise_description": facts.description,
        "accelerated_disposition": facts.accelerated,
        "further_review_requested": facts.further_review,
        "signer_name": facts.signer,
    }
    decision: dict[str, Any] = {}
    not_scored = []
    result = outcome(facts)
    if result is None:
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) declaration, "
            "whose wording is a VERIFY rule"
        )
    else:
        decision["outcome"] = result
    if facts.penalty_petition:
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a penalty "
            "petition decision, not a liquidation"
        )
    else:
        last = {n: protest_last_day(e, liq) for n, e, liq in facts.entries}
        decision["deadline"] = min(last.values()).isoformat()
        decision["last_days"] = {n: day.isoformat() for n, day in last.items()}
    decision["missing"] = missing(facts)
    args = ["--today", facts.today.isoformat()]
    if facts.arg_received is not None:
        args = ["--received", facts.arg_received.isoformat(), *args]
    record: dict[str, Any] = {
        "kind": "protest",
        "case": facts.case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        record["not_scored"] = not_scored
    return record


# ---------------------------------------------------------------- situations


def _last_day_on(rng: random.Random, want: str, start: date) -> date:
    """A liquidation date whose 180th day is a Saturday, a Sunday or a federal holiday."""
    day = start
    while True:
        last = day + timedelta(days=180)
        if (want == "sat" and last.weekday() == 5) or (want == "sun" and last.weekday() == 6):
            return day
        if want == "holiday" and last in federal_holidays(last.year) and last.weekday() < 5:
            return day
        day += timedelta(days=1)


def _weekday(day: date) -> date:
    """The day itself, or the Monday after when it falls on a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


CASES = [
    "timely",
    "timely-multi-page",
    "appraisal",
    "charges",
    "accelerated",
    "old90-timely",
    "exact-last-day",
    "stamp-vs-arg",
    "earlier-with-date",
    "untimely",
    "old90-untimely",
    "weekend-late",
    "premature",
    "premature-multi",
    "grace-weekend",
    "grace-holiday",
    "partial-late",
    "invalid-petition",
    "no-ior",
    "no-address",
    "no-desc",
    "no-objection",
    "earlier-no-date",
    "no-drawback",
]


def plan(rng: random.Random, count: int) -> list[ProtestFacts]:
    """`count` protests cycling through the situations above."""
    return [_situation(rng, CASES[i % len(CASES)], i) for i in range(count)]


def _situation(rng: random.Random, case: str, index: int) -> ProtestFacts:
    name, address = data.COMPANIES[index % len(data.COMPANIES)]
    port = rng.choice(data.PORTS)
    filer = data.filer_code(rng)
    liq = date(2024, 1, 8) + timedelta(days=rng.randrange(0, 520))
    while not is_business_day(liq):
        liq += timedelta(days=1)
    count = 1
    if case in ("timely-multi-page",):
        count = 38  # enough to carry the entry table over a page break
    elif case in ("premature-multi", "partial-late", "earlier-with-date", "earlier-no-date"):
        count = 2
    elif rng.random() < 0.3:
        count = 3
    if case == "grace-weekend":
        liq = _last_day_on(rng, rng.choice(["sat", "sun"]), liq)
    elif case == "grace-holiday":
        liq = _last_day_on(rng, "holiday", liq)
    elif case == "weekend-late":
        liq = _last_day_on(rng, "sat", liq)
    elif case == "exact-last-day":
        while not is_business_day(liq + timedelta(days=180)):
            liq += timedelta(days=1)
    entry_dates = sorted(
        data.weekday_before(liq - timedelta(days=rng.randrange(240, 330))) for _ in range(count)
    )
    liqs = [liq] * count
    if case in ("old90-timely", "old90-untimely"):
        entry_dates = [data.weekday_before(OLD_ENTRY_CUTOFF - timedelta(days=rng.randrange(3, 60)))]
        liqs = [_weekday(entry_dates[0] + timedelta(days=rng.randrange(280, 330)))]
        count = 1
    if case == "partial-late":
        liqs = [liq, liq + timedelta(days=40)]
    if case == "premature-multi":
        liqs = [liq, liq + timedelta(days=14)]
    entries = [
        (data.entry_number(rng, filer), e, lq) for e, lq in zip(entry_dates, liqs, strict=True)
    ]
    first_last = protest_last_day(entries[0][1], liqs[0])
    received = liqs[0] + timedelta(days=rng.randrange(20, 80))
    if case == "exact-last-day":
        received = first_last
    elif case in ("untimely", "old90-untimely"):
        received = next_business_day(next_business_day(first_last)) + timedelta(
            days=rng.randrange(0, 20)
        )
    elif case == "weekend-late":
        received = next_business_day(next_business_day(first_last))
    elif case in ("premature", "premature-multi"):
        received = liqs[0] - timedelta(days=rng.randrange(5, 30))
    elif case in ("grace-weekend", "grace-holiday"):
        received = next_business_day(first_last)
    elif case == "partial-late":
        received = first_last + timedelta(days=12)  # the second entry's last day is 40 days later
    while received.weekday() >= 5:
        received -= timedelta(days=1)
        assert case not in ("grace-weekend", "grace-holiday", "exact-last-day", "weekend-late")
    goods = rng.choice(data.GOODS)
    category = {"appraisal": "appraised_value", "charges": "charges"}.get(case, "classification")
    facts = ProtestFacts(
        case=case,
        name=name,
        address=None if case == "no-address" else address,
        importer_number=None if case == "no-ior" else data.ein(rng),
        port=port,
        entries=entries,
        category=category,
        description=None if case == "no-desc" else goods[0],
        objection=case != "no-objection",
        drawback=None if case == "no-drawback" else "no",
        further_review=rng.random() < 0.5 or case == "timely-multi-page",
        accelerated=case == "accelerated",
        signer=rng.choice(data.PEOPLE),
        title=rng.choice(data.TITLES),
        received=received,
        today=received + timedelta(days=rng.randrange(7, 60)),
        letter_date=received - timedelta(days=rng.randrange(1, 5)),
    )
    if case == "appraisal":
        facts.drawback = "yes"  # a declaration that drawback is claimed is still a declaration
    if case in ("earlier-with-date", "earlier-no-date"):
        earlier_received = liqs[0] + timedelta(days=rng.randrange(5, 15))
        facts.earlier = (
            f"{port[0]}-{liqs[0].year % 100:02d}-{rng.randrange(100000, 999999)}",
            earlier_received if case == "earlier-with-date" else None,
        )
        facts.received = _weekday(max(facts.received, earlier_received + timedelta(days=10)))
        facts.today = facts.received + timedelta(days=20)
        facts.letter_date = facts.received - timedelta(days=2)
    if case == "invalid-petition":
        facts.penalty_petition = True
        facts.extras["petition_decision"] = liqs[0] + timedelta(days=rng.randrange(10, 40))
        facts.received = _weekday(
            facts.extras["petition_decision"] + timedelta(days=rng.randrange(10, 30))
        )
        facts.today = facts.received + timedelta(days=30)
        facts.letter_date = facts.received - timedelta(days=3)
    facts.stamp = case == "stamp-vs-arg" or (case in ("timely", "untimely") and rng.random() < 0.5)
    facts.arg_received = None if facts.stamp else facts.received
    if case == "stamp-vs-arg":
        facts.arg_received = facts.received + timedelta(days=6)  # the printed stamp wins
    while not is_business_day(facts.letter_date):
        facts.letter_date -= timedelta(days=1)
    if facts.stamp and rng.random() < 0.5:
        facts.protest_number = (
            f"{port[0]}-{facts.received.year % 100:02d}-{rng.randrange(100000, 999999)}"
        )
    return facts


# ---------------------------------------------------------------- senders


def _decision_text(rng: random.Random, facts: ProtestFacts) -> str:
    if facts.penalty_petition:
        day = facts.extras["petition_decision"]
        return (
            f"the decision dated {day:%B} {day.day}, {day.year} on our petition for relief "
            "from the penalty assessed under 19 U.S.C. 1592"
        )
    return rng.choice(DECISIONS[facts.category])


def _objection_paras(rng: random.Random, facts: ProtestFacts, caps: bool = False) -> list[str]:
    if not facts.objection:
        return []
    if facts.penalty_petition:
        text = (
            "The penalty decision ignored the mitigating factors we documented, including our "
            "prior good record and immediate remedial action."
        )
    elif facts.category == "classification":
        text = (
            "The goods are properly classified under the heading that describes them by their "
            "principal use; the heading applied at liquidation covers articles of a different "
            "material and function, and General Rules of Interpretation 1 and 3(a) require the "
            "more specific provision."
        )
    elif facts.category == "appraised_value":
        text = (
            "The merchandise should be appraised at transaction value, the price actually paid or "
            "payable under 19 U.S.C. 1401a(b); the relationship between buyer and seller did not "
            "influence the price, and CBP's use of a computed value was not warranted."
        )
    else:
        text = (
            "The merchandise processing fee was computed on a value that included non-dutiable "
            "international freight; 19 CFR 24.23 limits the fee to the value of the goods."
        )
    return [text.upper() if caps else text]


def _drawback_text(rng: random.Random, facts: ProtestFacts) -> str | None:
    if facts.drawback is None:
        return None
    if facts.drawback == "yes":
        return rng.choice(
            [
                "Drawback has been claimed on part of the merchandise covered by these entries.",
                "The entries covered by this protest are subject to drawback.",
            ]
        )
    return rng.choice(
        [
            "No drawback has been or will be claimed on the entries covered by this protest.",
            "The entries covered by this protest are not subject to drawback.",
            "We declare that none of the merchandise is the subject of a drawback claim.",
            "None of the entries listed is subject to drawback under 19 U.S.C. 1313.",
            "Drawback: the importer has not claimed and will not claim drawback on these entries.",
        ]
    )


def _further_review_text(rng: random.Random) -> str:
    return rng.choice(
        [
            "We request further review of this protest under 19 C.F.R. 174.24(b): the decision "
            "raises a "
            "question of law not previously ruled upon by Headquarters.",
            "Please treat this submission also as an application for further review (19 CFR "
            "174.25); the "
            "liquidation is inconsistent with CBP ruling NY N301145 on substantially similar "
            "goods.",
            "Protestant applies for further review because the facts and arguments here were not "
            "considered in any earlier ruling (19 C.F.R. 174.24(c)).",
            "We ask that the protest be forwarded to Headquarters for further review, as the "
            "port's "
            "decision conflicts with decisions of other ports on the same merchandise.",
            "Further review is requested. No court action is pending on this claim and no prior "
            "application for further review has been filed.",
        ]
    )


def _accelerated_text(rng: random.Random) -> str:
    return rng.choice(
        [
            "Accelerated disposition is requested under 19 C.F.R. 174.22; this protest is sent by "
            "certified mail, return receipt requested.",
            "We request accelerated disposition of this protest (19 CFR 174.22). Sent by "
            "registered mail.",
            "Because this protest travels by certified mail, protestant asks for accelerated "
            "disposition "
            "under 19 U.S.C. 1515(b).",
        ]
    )


def _stamp_lines(facts: ProtestFacts, style: str) -> list[str]:
    stamp = [f"RECEIVED {show_date(facts.received, style)}", f"CBP - PORT {facts.port[0]}"]
    if facts.protest_number:
        stamp.append(f"Protest No. {facts.protest_number}")
    return stamp


def counsel(rng: random.Random, facts: ProtestFacts) -> Document:
    """A law firm's formal submission: letterhead, Re block, headings, footnotes, numbered pages."""
    firm, firm_address = rng.choice(data.FIRMS)
    doc = Document(running_header=f"Protest on behalf of {facts.name}", page_numbers=True)
    style = rng.choice(["long", "ordinal", "military"])
    entry_style = rng.choice(["slash", "long", "abbrev"])
    if facts.stamp:
        doc.para(doc.show("\n".join(_stamp_lines(facts, "caps-abbrev"))), bold=True, align="right")
    doc.para(firm.upper() + "\n" + "\n".join(firm_address), align="center", bold=True)
    doc.para(show_date(facts.letter_date, style))
    code, port_name = facts.port
    doc.para(
        doc.show(
            rng.choice(
                [
                    f"U.S. Customs and Border Protection\nPort Director, Port of {port_name} "
                    f"({code})",
                    f"Port Director\nU.S. Customs and Border Protection\n{port_name}, Port Code "
                    f"{code}",
                    f"Protest Section\nCBP Port of {port_name} - {code}",
                ]
            )
        )
    )
    doc.para(f"Re:\tProtest under 19 U.S.C. 1514 of {facts.name}", bold=True)
    doc.para("Dear Port Director:")
    intro = rng.choice(
        [
            "This firm represents {name}, whose principal place of business is {address}.",
            "We write as counsel to {name}, {address}, and for it protest the decision below.",
            '{name}, of {address} (the "Company"), through counsel, files this protest.',
            "On behalf of our client {name} ({address}), we respectfully submit this protest.",
            "Our client is {name}, located at {address}; it protests as importer of record.",
        ]
    )
    address = ", ".join(facts.address) if facts.address else ""
    if facts.address is None:
        intro = (
            intro.replace(", whose principal place of business is {address}", "")
            .replace(", {address},", "")
            .replace(", of {address}", "")
            .replace(" ({address})", "")
            .replace(", located at {address}", "")
        )
    doc.show(facts.name)
    if facts.address:
        doc.show(address)
    ior = ""
    if facts.importer_number:
        ior = " " + rng.choice(
            [
                "Its importer of record number is {n}.",
                "The Company's IOR number is {n}.",
                "Importer number: {n}.",
                "Our client's EIN, used as its importer number, is {n}.",
            ]
        ).format(n=doc.show(facts.importer_number))
    doc.para(
        intro.format(name=facts.name, address=address) + ior,
        note="19 U.S.C. 1514(c)(2); 19 C.F.R. 174.12(a)(1).",
    )
    doc.add(Heading(rng.choice(["Entries Covered", "The Entries", "Entries and Liquidation"])))
    doc.para(
        f"The protest covers the following entries, each liquidated on the date shown, and "
        f"contests {_decision_text(rng, facts)}."
    )
    rows = tuple(
        (doc.show(n), doc.show(show_date(e, entry_style)), doc.show(show_date(lq, entry_style)))
        for n, e, lq in facts.entries
    )
    doc.add(
        Table(
            ("Entry Number", "Date of Entry", "Date of Liquidation"), rows, ruled=rng.random() < 0.5
        )
    )
    if facts.description:
        doc.add(Heading("Merchandise"))
        doc.para(
            rng.choice(["Merchandise: ", "Description of merchandise: ", "Goods: "])
            + doc.show(facts.description)
        )
    if facts.objection:
        doc.add(
            Heading(
                rng.choice(
                    [
                        "Grounds for Protest",
                        "Nature of and Justification for the Objection",
                        "Argument",
                        "Why the Decision Is Wrong",
                        "Basis of the Claim",
                    ]
                )
            )
        )
        for text in _objection_paras(rng, facts):
            doc.para(text, note="See 19 U.S.C. 1514(a); 19 C.F.R. 174.13(a)(6).")
    else:
        doc.add(Heading("Relief Requested"))
        doc.para(
            "Protestant asks that the entries be reliquidated and the excess duties refunded "
            "with interest."
        )
    _closing_paras(rng, doc, facts)
    doc.para("Respectfully submitted,")
    doc.add(Gap())
    doc.para(f"/s/ {facts.signer}\n{doc.show(facts.signer)}\n{firm}\nCounsel to {facts.name}")
    return doc


def _closing_paras(rng: random.Random, doc: Document, facts: ProtestFacts) -> None:
    if facts.earlier is not None:
        number, received = facts.earlier
        text = (
            f"Protestant asks for the same disposition as in its earlier protest no. "
            f"{doc.show(number)}"
            + (f", received by CBP on {doc.show(show_date(received, 'long'))}," if received else "")
            + " for which further review is pending."
        )
        doc.para(text)
    drawback = _drawback_text(rng, facts)
    if drawback:
        doc.para(drawback)
    if facts.further_review:
        doc.para(_further_review_text(rng))
    elif rng.random() < 0.5:
        doc.para("Protestant does not apply for further review at this time.")
    if facts.accelerated:
        doc.para(_accelerated_text(rng))


def portal(rng: random.Random, facts: ProtestFacts) -> Document:
    """A customs broker's printout of its filing screen: label: value lines and Yes/No words."""
    broker = rng.choice(data.BROKERS)
    doc = Document(running_header=f"{broker} - Protest Filing Summary", page_numbers=True)
    style = rng.choice(["slash", "iso", "slash-short"])
    doc.para("PROTEST FILING SUMMARY (19 CFR PART 174)", bold=True, align="center")
    lines = [f"Prepared by: {broker}", f"Printed: {show_date(facts.letter_date, style)}"]
    if facts.stamp:
        lines.append(f"CBP Date Received: {doc.show(show_date(facts.received, style))}")
        if facts.protest_number:
            lines.append(f"Protest Number: {doc.show(facts.protest_number)}")
    lines.append(f"Port of Entry: {doc.show(facts.port[0])} ({facts.port[1]})")
    lines.append(f"Protesting Party: {doc.show(facts.name)}")
    if facts.address:
        lines.append("Address: " + doc.show(", ".join(facts.address)))
    lines.append(
        f"Importer No.: {doc.show(facts.importer_number)}"
        if facts.importer_number
        else "Importer No.:"
    )
    decision = (
        "Penalty petition decision" if facts.penalty_petition else CATEGORY_WORD[facts.category]
    )
    lines.append(f"Decision Protested: {decision}")
    for line in lines:
        doc.para(line)
    entry_style = rng.choice(["bare", "dash"])
    rows = tuple(
        (
            doc.show(show_entry(n, entry_style)),
            doc.show(show_date(e, style)),
            doc.show(show_date(lq, style)),
        )
        for n, e, lq in facts.entries
    )
    doc.add(Table(("Entry No.", "Entry Date", "Liquidation Date"), rows, ruled=True))
    if facts.description:
        doc.para("Merchandise Description: " + doc.show(facts.description))
    if facts.objection:
        doc.para(
            "Claim / Justification: "
            + f"Protest against {_decision_text(rng, facts)}. "
            + " ".join(_objection_paras(rng, facts))
        )
    if facts.earlier is not None:
        number, received = facts.earlier
        doc.para(f"Same disposition as Protest No.: {doc.show(number)}")
        doc.para(
            "Earlier Protest Received: "
            + (doc.show(show_date(received, style)) if received else "")
        )
    if facts.drawback is not None:
        doc.para("Entries subject to drawback? " + ("Yes" if facts.drawback == "yes" else "No"))
    doc.para("Application for Further Review: " + ("Yes" if facts.further_review else "No"))
    doc.para("Accelerated Disposition Requested: " + ("Yes" if facts.accelerated else "No"))
    if facts.accelerated:
        doc.para(_accelerated_text(rng))
    doc.para(
        f"Submitted by: {doc.show(facts.signer)}, licensed customs broker, for the protesting "
        f"party "
        f"under power of attorney"
    )
    return doc


def caps_note(rng: random.Random, facts: ProtestFacts) -> Document:
    """An importer's short note typed in capitals on a typewriter face; the party is only 'we'."""
    doc = Document(typewriter=True)
    style = rng.choice(["slash-short", "dmy-dash", "caps-abbrev"])
    head = [doc.show(facts.name.upper())]
    if facts.address:
        head += [doc.show(line.upper()) for line in facts.address]
    if facts.importer_number:
        head.append(rng.choice(["IOR ", "IMPORTER # ", "EIN "]) + doc.show(facts.importer_number))
    doc.para("\n".join(head))
    if facts.stamp:
        doc.para(doc.show("\n".join(_stamp_lines(facts, "caps-abbrev"))), align="right")
    doc.para(show_date(facts.letter_date, style))
    doc.para(f"TO: CBP PORT {doc.show(facts.port[0])} {facts.port[1].upper()} - PROTESTS")
    decision = _decision_text(rng, facts).upper()
    entries = "; ".join(
        f"ENTRY {doc.show(n)} ENTERED {doc.show(show_date(e, style))} "
        f"LIQUIDATED {doc.show(show_date(lq, style))}"
        for n, e, lq in facts.entries
    )
    doc.para(
        rng.choice(["WE PROTEST ", "OUR COMPANY PROTESTS ", "PLEASE ACCEPT OUR PROTEST OF "])
        + f"{decision} ON THE FOLLOWING: {entries}."
    )
    if facts.description:
        doc.para(
            rng.choice(["GOODS: ", "MERCHANDISE: ", "WHAT WE IMPORTED: "])
            + doc.show(facts.description.upper())
        )
    if facts.objection:
        doc.para(
            rng.choice(["WE DISAGREE BECAUSE: ", "REASON: ", "WHY WE OBJECT: "])
            + " ".join(_objection_paras(rng, facts, caps=True))
        )
    if facts.earlier is not None:
        number, received = facts.earlier
        doc.para(
            f"SAME AS OUR EARLIER PROTEST {doc.show(number)}"
            + (f" RECEIVED {doc.show(show_date(received, style))}" if received else "")
            + " - FURTHER REVIEW PENDING ON THAT ONE."
        )
    drawback = _drawback_text(rng, facts)
    if drawback:
        doc.para(drawback.upper())
    if facts.further_review:
        doc.para("WE ASK FOR FURTHER REVIEW (19 CFR 174.24) - NO RULING ON THIS QUESTION EXISTS.")
    if facts.accelerated:
        doc.para(_accelerated_text(rng).upper())
    doc.para(f"THANK YOU,\n{doc.show(facts.signer.upper())}\n{facts.title.upper()}")
    return doc


def letterhead(rng: random.Random, facts: ProtestFacts) -> Document:
    """An importer's own letter: letterhead, 'our company' in the body, entries in bullets."""
    doc = Document(page_numbers=rng.random() < 0.5)
    style = rng.choice(["long", "abbrev", "slash", "ordinal"])
    doc.para(doc.show(facts.name), bold=True, align="center")
    if facts.address:
        doc.para(" | ".join(facts.address), align="center")
        for line in facts.address:
            doc.show(line)
    if facts.stamp:
        doc.para(doc.show("\n".join(_stamp_lines(facts, "slash"))), align="right")
    doc.para(show_date(facts.letter_date, style))
    doc.para(
        f"Port Director\nU.S. Customs and Border Protection\n{facts.port[1]} "
        f"({doc.show(facts.port[0])})"
    )
    doc.para("Subject: Protest", bold=True)
    doc.para("To whom it may concern:")
    opening = rng.choice(
        [
            "Our company hereby protests {d} on the entries listed below.",
            "We are writing to protest {d}.",
            "We, the importer of record, protest {d} for these entries:",
            "Please accept this letter as our protest of {d}.",
            "Our company disagrees with {d} and files this protest under 19 U.S.C. 1514.",
        ]
    ).format(d=_decision_text(rng, facts))
    if facts.importer_number:
        opening += " " + rng.choice(
            [
                "Our importer number is {n}.",
                "Our IOR number is {n}.",
                "(Importer of record no. {n}.)",
            ]
        ).format(n=doc.show(facts.importer_number))
    doc.para(opening)
    doc.add(
        Bullets(
            tuple(
                f"Entry {doc.show(n)}, dated {doc.show(show_date(e, style))}, liquidated "
                f"{doc.show(show_date(lq, style))}"
                for n, e, lq in facts.entries
            )
        )
    )
    if facts.description:
        doc.para(
            rng.choice(["Merchandise: ", "Description of merchandise: ", "Products at issue: "])
            + doc.show(facts.description)
        )
    if facts.objection:
        doc.para(
            rng.choice(["Our reasons: ", "The basis for our objection: ", "Why we object: "])
            + " ".join(_objection_paras(rng, facts))
        )
    _closing_paras(rng, doc, facts)
    doc.para(rng.choice(["Sincerely,", "Very truly yours,", "Regards,"]))
    doc.add(Gap())
    doc.para(f"{doc.show(facts.signer)}\n{facts.title}")
    return doc


STYLES = {"counsel": counsel, "portal": portal, "caps": caps_note, "letterhead": letterhead}


def allowed(style: str, facts: ProtestFacts) -> bool:
    """Accelerated disposition cannot be asked for through an electronic filing (174.22)."""
    return not (style == "portal" and facts.accelerated)

"""Protest cases (19 CFR Part 174): the facts, the truth and the document's wording."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.corpus_twentyfifth.formats import day_text
from bench.corpus_twentyfifth.law import (
    business_day,
    entry_number,
    last_day,
    next_business_day,
    timeliness,
)
from bench.corpus_twentyfifth.model import Block, Break, Doc, Fields, Heading, Para, Table
from bench.corpus_twentyfifth.parties import AGENTS, FILERS, GOODS, IMPORTERS, PEOPLE, PORT_NAMES

CASES = (
    "accept",
    "untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "mixed-timely",
    "ninety-day",
    "invalid-petition",
    "no-importer-no",
    "no-description",
    "earlier-no-date",
    "no-address",
    "no-drawback",
    "no-entry-date",
    "fee-charges",
    "accept-multi",
)
GROUNDS = {
    "classification": "the classification and rate of duty assessed at liquidation",
    "appraised_value": "the appraised value of the merchandise as determined at liquidation",
    "charges": "the merchandise processing fee charged at liquidation",
}
DRAWBACK = (
    "The entries listed are not subject to drawback.",
    "No drawback claim has been or will be filed on any entry covered by this protest.",
    "Declaration under 19 CFR 174.13(a)(9): none of the merchandise is the subject of a "
    "drawback claim.",
    "Protestant declares that the merchandise covered is not subject to drawback.",
    "Drawback: the above entries are not, and will not be, subject to drawback.",
)
REVIEW_YES = (
    "Protestant requests further review under 19 CFR 174.24(b).",
    "Application for Further Review is made: the decision raises a question of law not "
    "previously ruled on (174.24(b)).",
    "We ask that this protest be forwarded to Headquarters for further review under 19 CFR 174.24.",
    "FURTHER REVIEW REQUESTED - 174.24(b): question of law or fact not previously ruled upon.",
    "Further review is requested; no ruling addresses this merchandise (19 CFR 174.24(b)).",
)
REVIEW_NO = (
    "Further review is not requested.",
    "Protestant does not apply for further review at this time.",
    "No application for further review accompanies this protest.",
    "Further review: not requested.",
    "We do not seek further review.",
)
ACCEL_YES = (
    "Accelerated disposition is requested under 19 U.S.C. 1515(b); this protest is sent by "
    "certified mail.",
    "Protestant requests accelerated disposition (19 CFR 174.22) - mailed certified, return "
    "receipt requested.",
)
ACCEL_NO = (
    "Accelerated disposition is not requested.",
    "No request for accelerated disposition is made.",
    "Protestant does not ask for accelerated disposition.",
)


def _business(day: date, forward: bool = True) -> date:
    while not business_day(day):
        day += timedelta(days=1 if forward else -1)
    return day


def _liquidation_with_last_day(rng: random.Random, kind: str) -> date:
    """A liquidation date whose last day falls on a weekend (kind 'weekend') or a weekday "
    "holiday."""
    while True:
        liq = _business(date(2024, 1, 2) + timedelta(days=rng.randint(0, 520)))
        last = liq + timedelta(days=180)
        grace = next_business_day(last) - last
        if kind == "weekend" and last.weekday() >= 5 and grace <= timedelta(days=2):
            return liq
        if kind == "holiday" and last.weekday() < 5 and not business_day(last):
            return liq


def build(rng: random.Random, index: int, producer: str) -> Doc:
    """The index-th protest of the corpus, its case chosen in turn."""
    case = CASES[index % len(CASES)]
    name, street, city, port = IMPORTERS[rng.randrange(len(IMPORTERS))]
    goods, _hts, category = GOODS[rng.randrange(len(GOODS))]
    if case == "fee-charges":
        category = "charges"
    filer = FILERS[rng.randrange(len(FILERS))]
    importer_no = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    signer = PEOPLE[rng.randrange(len(PEOPLE))]
    style = rng.randrange(3)
    date_style = rng.randrange(6)
    count = 3 if case == "accept-multi" else 2 if case == "mixed-timely" else rng.choice((1, 1, 2))
    # Liquidation and receipt dates by case.
    if case in ("weekend-grace", "holiday-grace"):
        liq = _liquidation_with_last_day(rng, case.split("-")[0])
        liqs = [liq] * count
        received = next_business_day(liq + timedelta(days=180))
    else:
        liq = _business(date(2024, 3, 1) + timedelta(days=rng.randint(0, 420)))
        liqs = [liq] * count
        if case == "ninety-day":
            liq = _business(date(2005, 2, 1) + timedelta(days=rng.randint(0, 60)))
            liqs = [liq] * count
            received = _business(liq + timedelta(days=rng.randint(110, 150)))
        elif case == "untimely":
            received = _business(
                next_business_day(liq + timedelta(days=180)) + timedelta(days=rng.randint(3, 40))
            )
        elif case == "premature":
            received = _business(liq - timedelta(days=rng.randint(6, 40)), forward=False)
        elif case == "mixed-timely":
            liqs = [_business(liq - timedelta(days=rng.randint(60, 120))), liq]
            received = _business(liq + timedelta(days=rng.randint(150, 175)), forward=False)
        elif case == "no-entry-date":
            received = _business(liq + timedelta(days=rng.randint(20, 60)))
        else:
            received = _business(liq + timedelta(days=rng.randint(15, 170)), forward=False)
    entries: list[dict[str, Any]] = []
    for liq_day in liqs:
        if case == "ninety-day":
            entered = date(2004, 12, 17) if not entries else date(2004, 12, 10)
        else:
            entered = _business(liq_day - timedelta(days=rng.randint(200, 330)), forward=False)
        entries.append(
            {
                "entry_number": entry_number(rng, filer),
                "entry_date": entered.isoformat(),
                "liquidation_date": liq_day.isoformat(),
            }
        )
    today = received + timedelta(days=rng.randint(1, 25))
    # Truth.
    last_days = {
        e["entry_number"]: last_day(
            date.fromisoformat(e["entry_date"]), date.fromisoformat(e["liquidation_date"])
        ).isoformat()
        for e in entries
    }
    states = {
        timeliness(
            received,
            date.fromisoformat(e["liquidation_date"]),
            date.fromisoformat(last_days[e["entry_number"]]),
        )
        for e in entries
    }
    missing = {
        "no-importer-no": ["174.13(a)(2)"],
        "no-description": ["174.13(a)(5)"],
        "earlier-no-date": ["174.13(a)(7)"],
        "no-address": ["174.13(a)(1)"],
        "no-drawback": ["174.13(a)(9)"],
        "no-entry-date": ["174.13(a)(3)"],
    }.get(case, [])
    if len(states) > 1 or "grace" in states:
        outcome = "needs_human"
    elif states == {"premature"}:
        outcome = "premature"
    elif states == {"untimely"}:
        outcome = "untimely"
    elif case == "invalid-petition":
        outcome = "invalid"
    else:
        outcome = "deficient" if missing else "accept"
    expected = {
        "accept": "accept",
        "accept-multi": "accept",
        "fee-charges": "accept",
        "untimely": "untimely",
        "premature": "premature",
        "ninety-day": "untimely",
        "invalid-petition": "invalid",
    }
    assert outcome == expected.get(
        case, "needs_human" if "grace" in case or case == "mixed-timely" else "deficient"
    ), (case, outcome, states)
    further = rng.random() < 0.5
    accel = case in ("accept-multi",) or (outcome == "accept" and rng.random() < 0.3)
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": None if case == "no-importer-no" else importer_no,
        "protestant_name": name,
        "protestant_address": None if case == "no-address" else f"{street}, {city}",
        "entries": [dict(e, entry_date=None) if case == "no-entry-date" else e for e in entries],
        "category": category,
        "merchandise_description": None if case == "no-description" else goods,
        "accelerated_disposition": accel,
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
    if case == "invalid-petition":
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored += [
            "category: a penalty-petition decision is none of the contract's categories",
            "deadline/last_days: the protest is against a petition decision (171.22), which "
            "has no protest period",
        ]
    if case == "no-drawback":
        del decision["outcome"]
        not_scored.append(
            "outcome: the only open point is a missing 174.13(a)(9) declaration, a VERIFY line"
        )
    if case == "no-entry-date":
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline/last_days: without the entry dates 174.12(e) cannot tell 90 from 180 days"
        )
    agent = AGENTS[rng.randrange(len(AGENTS))] if style == 1 else None
    truth = {
        "kind": "protest",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    blocks = _blocks(
        rng,
        case,
        values,
        entries,
        style,
        date_style,
        agent,
        goods,
        further,
        accel,
        liq,
        received,
        port,
    )
    running = (
        f"{name} - Protest, Port {port}"
        if style != 1
        else f"{agent[0] if agent else name} | Protest of {name}"
    )
    return Doc(
        "protest",
        case,
        "Protest",
        running,
        blocks,
        truth,
        style=style,
        font=rng.choice(("sans", "serif", "mono")),
    )


def _blocks(
    rng: random.Random,
    case: str,
    values: dict[str, Any],
    entries: list[dict[str, Any]],
    style: int,
    ds: int,
    agent: tuple[str, str, str] | None,
    goods: str,
    further: bool,
    accel: bool,
    liq: date,
    received: date,
    port: str,
) -> list[Block]:
    name = values["protestant_name"]
    street_city = "" if values["protestant_address"] is None else values["protestant_address"]

    def d(iso: str) -> str:  # one printing style per document
        return day_text(date.fromisoformat(iso), ds)

    no_entry_date = case == "no-entry-date"
    heads: tuple[str, ...] = [
        ("Entry No.", "Entry Date", "Liquidated"),
        ("Entry Number", "Date of Entry", "Date of Liquidation"),
        ("Entry #", "Entered", "Liq. Date"),
        ("CBP Entry", "Entry Dt", "Liquidation Dt"),
        ("Entry", "Date entered", "Liquidation date"),
    ][rng.randrange(5)]
    if case == "invalid-petition":
        heads = (heads[0], heads[1], "Liquidation")
    rows: tuple[tuple[str, ...], ...] = tuple(
        (e["entry_number"], "" if no_entry_date else d(e["entry_date"]), d(e["liquidation_date"]))
        for e in entries
    )
    if no_entry_date:
        heads = (heads[0], heads[2])
        rows = tuple((r[0], r[2]) for r in rows)
    table = Table(heads, rows, transposed=rng.random() < 0.4)
    ground = GROUNDS.get(values.get("category") or "", GROUNDS["classification"])
    if case == "invalid-petition":
        decision_day = liq + timedelta(days=rng.randint(30, 60))
        objection = (
            f"Protestant objects to the decision of the Fines, Penalties and Forfeitures "
            f"Officer dated "
            f"{day_text(decision_day, ds)} denying its petition for relief under 19 CFR Part "
            f"171 from the "
            "penalty assessed on the entries below, and asks that the penalty be cancelled."
        )
    elif case == "fee-charges":
        objection = (
            "Protestant objects to the merchandise processing fee charged at liquidation: the "
            "fee was "
            "computed on the full entered value rather than on the value after the 19 CFR "
            "24.23(b)(4) "
            "exemption for goods of a free trade agreement partner, and the excess should be "
            "refunded."
        )
    else:
        objection = f"Protestant objects to {ground}. " + (
            "The merchandise is properly classified under a provision dutiable at a lower rate; "
            "the port applied a heading for articles of another material."
            if values["category"] == "classification"
            else "The port added an assist value that was already included in the invoice price; "
            "the transaction value declared at entry should be restored."
        )
    if case == "no-importer-no":
        id_pairs: list[tuple[str, str]] = []
    else:
        label = (
            "Importer No.",
            "IOR Number",
            "Importer Number (EIN)",
            "CBP Importer ID",
            "IRS/Importer No.",
        )
        id_pairs = [(label[rng.randrange(5)], values["importer_number"])]
    merch_label = (
        "Merchandise",
        "Description of merchandise",
        "Commodity",
        "Goods protested",
        "Merchandise description",
    )[rng.randrange(5)]
    merch = [] if case == "no-description" else [(merch_label, goods)]
    port_label = ("Port Code", "Port of entry", "Port", "Filing port", "CBP port code")[
        rng.randrange(5)
    ]
    port_pair = (port_label, f"{port}" if rng.random() < 0.6 else f"{port} ({PORT_NAMES[port]})")
    drawback = [] if case == "no-drawback" else [Para(DRAWBACK[rng.randrange(5)])]
    review = Para((REVIEW_YES if further else REVIEW_NO)[rng.randrange(5)])
    accel_p = Para((ACCEL_YES if accel else ACCEL_NO)[rng.randrange(2 if accel else 3)])
    earlier = []
    if case == "earlier-no-date":
        earlier = [
            Para(
                "Protestant asks for the same disposition as in Protest No. "
                f"{port}-{liq.year % 100:02d}-"
                f"{rng.randint(100000, 999999)}, filed by it on like merchandise and now "
                f"pending further "
                "review at Headquarters."
            )
        ]
    sign = [
        Para(rng.choice(("Respectfully submitted,", "Sincerely,", "Signed:", "Very truly yours,"))),
        Para(
            f"/s/ {values['signer_name']}"
            if rng.random() < 0.5
            else f"______________________\n{values['signer_name']}"
        ),
        Para(
            rng.choice(
                (
                    "Director of Trade Compliance",
                    "Vice President, Operations",
                    "Counsel for Protestant",
                    "Licensed Customs Broker",
                    "Import Manager",
                )
            )
        ),
    ]
    stamp = [Fields((("RECEIVED BY CBP", day_text(received, ds)),))] if rng.random() < 0.35 else []
    who_name = (
        "Protesting party",
        "Protestant",
        "Name of protestant",
        "Importer of record",
        "Filed for",
    )[rng.randrange(5)]
    who_addr = (
        "Address",
        "Mailing address",
        "Street address",
        "Protestant's address",
        "Business address",
    )[rng.randrange(5)]
    addr_pair = [] if case == "no-address" else [(who_addr, street_city)]
    if style == 0:  # an e-protest web form, printed from the filer's browser
        return [
            Heading("PROTEST - 19 U.S.C. 1514 - Filing Summary"),
            *stamp,
            Fields(((who_name, name), *addr_pair, *id_pairs, port_pair)),
            Heading("Entries"),
            table,
            Fields(
                (
                    (
                        rng.choice(
                            ("Decision protested", "Nature of decision", "Protested decision")
                        ),
                        "Penalty petition decision"
                        if case == "invalid-petition"
                        else ground.split(" assessed")[0],
                    ),
                    *merch,
                )
            ),
            Heading("Objection and justification"),
            Para(objection),
            *earlier,
            *drawback,
            review,
            accel_p,
            Heading("Certification"),
            *sign,
        ]
    if (
        style == 1 and agent is not None
    ):  # a law firm's letter, the entries in an appendix on its own page
        intro = rng.choice(
            (
                f'On behalf of our client, {name} ("Protestant"), we protest the decision '
                "described below.",
                f"This firm represents {name}, which protests under 19 U.S.C. 1514 as set out "
                f"below.",
                f"We write as counsel for {name} to protest the liquidation of the entries in "
                f"Appendix A.",
            )
        )
        return [
            Fields((("From", agent[0]), ("", f"{agent[1]}, {agent[2]}"))),
            *stamp,
            Para(f"U.S. Customs and Border Protection, Port of {PORT_NAMES[port]}"),
            Para(f"Re: Protest of {name}; entries listed in Appendix A"),
            Para(intro),
            Fields(((who_name, name), *addr_pair, *id_pairs, port_pair, *merch)),
            Heading("Objection"),
            Para(objection),
            *earlier,
            *drawback,
            review,
            accel_p,
            *sign,
            Break(),
            Heading("Appendix A - Entries covered"),
            table,
        ]
    # style 2: the importer's own letterhead with a sidebar of particulars
    return [
        Heading(name),
        Para(street_city or "Corporate office"),
        *stamp,
        Para(
            rng.choice(("To the Port Director:", "Dear Port Director,", "Attention: Protest Unit"))
        ),
        Para(
            rng.choice(
                (
                    "Please accept this protest of the decision described below.",
                    "We hereby protest under 19 U.S.C. 1514 and 19 CFR Part 174.",
                    "This letter is our protest of the liquidation listed.",
                )
            )
        ),
        Fields(((who_name, name), *id_pairs, port_pair, *merch)),
        table,
        Para(objection),
        *earlier,
        *drawback,
        review,
        accel_p,
        *sign,
    ]

"""Binding-ruling request cases (19 CFR Part 177): the facts, the truth and the wording."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.corpus_twentyfifth.formats import day_text
from bench.corpus_twentyfifth.law import business_day
from bench.corpus_twentyfifth.model import Block, Break, Doc, Fields, Heading, Para, Table
from bench.corpus_twentyfifth.parties import AGENTS, GOODS, IMPORTERS, PEOPLE, PORT_NAMES

CASES = (
    "class-importer",
    "class-agent",
    "valuation",
    "no-pending-stmt",
    "unsigned",
    "six-items",
    "court-pending",
    "current-entry",
    "agent-no-authority",
    "marking",
    "carrier",
    "reconsider-ny",
    "origin",
    "no-port",
)
AUTHORITY = (
    "We submit this request as the authorized agent of {imp}, under a power of attorney on file.",
    "{imp} has authorized this firm, in writing, to request this ruling on its behalf.",
    "Our authority to act for {imp} in this matter is shown by the enclosed letter of "
    "authorization.",
    "This office acts for {imp} as its customs broker under a CBP Form 5291 power of attorney.",
    "As counsel of record for {imp}, we are authorized to file this request for it.",
)
PENDING = (
    "To the best of our knowledge the issue is not pending before any CBP office, the Court "
    "of International "
    "Trade, the Court of Appeals for the Federal Circuit, or any other court, and has not "
    "been ruled on.",
    "Statement under 19 CFR 177.2(b)(5): no protest, request or court action on this issue is "
    "pending or has been decided.",
    "The requester is not aware of this transaction or issue being before any Customs office "
    "or court.",
    "This merchandise and issue have never been, and are not now, under review by CBP or any "
    "court.",
    "Pending matters: none. The question has not been presented to any CBP office or to a court.",
)
SAMPLE_YES = (
    "A sample is enclosed and need not be returned.",
    "One sample accompanies this request; please return it.",
    "Samples (2 pcs.) are sent under separate cover by overnight courier.",
)
SAMPLE_NO = (
    "Photographs and a specification sheet are enclosed; a sample is available on request.",
    "No sample is submitted; drawings are attached as Exhibit A.",
    "A product data sheet is attached in place of a sample.",
)
CONFIDENTIAL = (
    "We request that the pricing in Exhibit B be treated as confidential under 19 CFR 177.2(b)(7), "
    "as its release would harm the importer's competitive position.",
    "Confidential treatment is requested for the bracketed supplier names; they are trade secrets.",
)
MATERIALS = {
    "7323": "stainless steel 91%, polypropylene lid 9% (by weight)",
    "6203": "cotton 98%, elastane 2%",
    "9405": "aluminum 60%, ABS plastic 35%, electronics 5%",
    "8714": "aluminum alloy 6061, 100%",
    "6912": "stoneware (ceramic) 100%",
    "8413": "ABS housing 70%, copper windings 20%, steel 10%",
    "0306": "shrimp 100% (glaze 5% by weight excluded)",
    "8518": "MDF cabinet 65%, drivers and amplifier 35%",
}
USES = {
    "7323": "carrying drinks (retail sale)",
    "6203": "men's apparel (retail sale)",
    "9405": "desk lighting in homes and offices",
    "8714": "assembly into bicycles in the U.S.",
    "6912": "household tableware",
    "8413": "bilge pumping on small boats",
    "0306": "food service and retail grocery",
    "8518": "home audio",
}


def product_name(goods: str) -> str:
    """The product without its version suffix."""
    return goods.split(" - version ")[0]


HQ_KINDS = ("valuation", "carrier", "reconsider-ny")


def build(rng: random.Random, index: int, producer: str) -> Doc:
    """The index-th ruling request, its case chosen in turn."""
    case = CASES[index % len(CASES)]
    name, street, city, port = IMPORTERS[rng.randrange(len(IMPORTERS))]
    importer_no = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    agent_case = case in (
        "class-agent",
        "agent-no-authority",
        "court-pending",
        "valuation",
        "six-items",
    )
    agent = AGENTS[rng.randrange(len(AGENTS))] if agent_case else None
    signer = PEOPLE[rng.randrange(len(PEOPLE))]
    ds = rng.randrange(6)
    requested = date(2025, 1, 6) + timedelta(days=rng.randint(0, 300))
    received = requested + timedelta(days=rng.randint(2, 9))
    while not business_day(received):
        received += timedelta(days=1)
    today = received + timedelta(days=rng.randint(1, 12))
    ruling_type = {
        "valuation": "valuation",
        "carrier": "carrier",
        "marking": "marking",
        "origin": "origin",
    }.get(case, "classification")
    route = "HQ" if case in HQ_KINDS else "NCSD"
    items = (
        6
        if case == "six-items"
        else rng.choice((1, 1, 2, 3))
        if ruling_type == "classification"
        else 1
    )
    # Several items are versions of one product: items of different kinds would be a deficiency.
    product = GOODS[rng.randrange(len(GOODS))]
    goods_rows = [
        product if items == 1 else (f"{product[0]} - version {chr(65 + k)}", *product[1:])
        for k in range(items)
    ]
    hts_forms = rng.randrange(3)
    proposed = []
    if ruling_type == "classification" and case != "reconsider-ny":
        for _goods, hts, _cat in goods_rows:
            proposed.append(
                hts
                if hts_forms == 0
                else hts.replace(".", "")
                if hts_forms == 1
                else f"{hts[:4]}.{hts[5:7]}.{hts[8:10]}.{hts[10:12]}"
            )
    signed = case != "unsigned"
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.35
    missing = {
        "no-pending-stmt": ["177.2(b)(5)"],
        "unsigned": ["177.2(c)"],
        "no-port": ["177.2(b)(1)"],
    }.get(case, [])
    outcome = (
        "no_ruling"
        if case in ("court-pending", "current-entry")
        else "needs_human"
        if case == "agent-no-authority"
        else "deficient"
        if missing or items > 5
        else "accept"
    )
    values: dict[str, Any] = {
        "importer_number": importer_no,
        "request_date": requested.isoformat(),
        "ruling_type": ruling_type,
        "proposed_hts": proposed,
        "prospective": case != "current-entry",
        "pending_statement": case != "no-pending-stmt",
        "pending_in_court": case == "court-pending",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": signed,
    }
    not_scored: list[str] = []
    if ruling_type == "classification":
        values["item_count"] = items
    if agent is None:
        values["requester_name"] = name
        values["requester_address"] = f"{street}, {city}"
    else:
        not_scored.append(
            "requester_name/address: written by an agent for the importer; the contract does not "
            "say which of the two is the requester"
        )
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (received + timedelta(days=30)).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append(
            "due: the contract gives the 30-day target only for an accepted NCSD request"
        )
    not_scored.append("reason: free text")
    truth = {
        "kind": "ruling-request",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    style = rng.randrange(3)
    blocks = _blocks(
        rng,
        case,
        style,
        ds,
        name,
        street,
        city,
        port,
        importer_no,
        agent,
        signer,
        requested,
        goods_rows,
        proposed,
        sample,
        confidential,
        ruling_type,
    )
    running = f"{agent[0] if agent else name} - Ruling request for {name}"
    return Doc(
        "ruling-request",
        case,
        "Ruling request",
        running,
        blocks,
        truth,
        style=style,
        font=rng.choice(("sans", "serif")),
    )


def _blocks(
    rng: random.Random,
    case: str,
    style: int,
    ds: int,
    name: str,
    street: str,
    city: str,
    port: str,
    importer_no: str,
    agent: tuple[str, str, str] | None,
    signer: str,
    requested: date,
    goods_rows: list[tuple[str, str, str]],
    proposed: list[str],
    sample: bool,
    confidential: bool,
    ruling_type: str,
) -> list[Block]:
    office = (
        "Director, National Commodity Specialist Division, U.S. Customs and Border Protection, "
        "One Penn Plaza, 10th Floor, New York, NY 10119"
        if case not in HQ_KINDS
        else "Director, Regulations and Rulings, Office of Trade, U.S. Customs and Border "
        "Protection, "
        "90 K Street NE, 10th Floor, Washington, DC 20229"
    )
    subject = {
        "classification": "Request for a binding tariff classification ruling",
        "marking": "Request for a binding ruling on country-of-origin marking (19 CFR Part 134)",
        "origin": "Request for a binding ruling on country of origin",
        "valuation": "Request for a binding ruling on the transaction value of imported "
        "merchandise",
        "carrier": "Request for a ruling under 46 U.S.C. 55102 (coastwise transportation)",
    }[ruling_type]
    if case == "reconsider-ny":
        subject = f"Request for reconsideration of New York Ruling N{rng.randint(300000, 349999)}"
    goods = goods_rows[0][0]
    parties = [
        ("Importer", name),
        ("Importer address", f"{street}, {city}"),
        (
            rng.choice(
                (
                    "IOR No.",
                    "Importer number",
                    "EIN (importer of record)",
                    "CBP importer ID",
                    "Importer No. / EIN",
                )
            ),
            importer_no,
        ),
    ]
    if case != "no-port":
        parties.append(
            (
                rng.choice(
                    ("Port(s) of entry", "Intended port", "Port of arrival", "Entry port", "Ports")
                ),
                f"{PORT_NAMES[port]} ({port})",
            )
        )
    facts: list[Block] = []
    if ruling_type == "valuation":
        facts = [
            Para(
                f"The importer will buy {goods.lower()} from its related seller in Taiwan, "
                f"which owns 60 percent "
                "of the importer's shares, on FOB Kaohsiung terms, paying by wire 60 days "
                "after shipment. "
                "The invoice price is set by a cost-plus formula reviewed each year; the "
                "importer asks whether "
                "transaction value applies under 19 U.S.C. 1401a(b)(2)(B) given the relationship."
            ),
            Para(
                "We believe transaction value is acceptable because the price is settled in a "
                "manner consistent "
                "with the normal pricing practices of the industry (19 CFR 152.103(l))."
            ),
        ]
    elif ruling_type == "carrier":
        facts = [
            Para(
                "The vessel M/V Northern Tern, built in Ulsan, Korea in 2016 and registered "
                "under the flag of "
                "the Marshall Islands, would carry survey equipment between Port Fourchon, "
                "Louisiana and a "
                "point on the outer Continental Shelf, returning to Port Fourchon each week."
            ),
            Para(
                "We ask whether the itinerary is coastwise trade under 46 U.S.C. 55102; we "
                "believe it is not, "
                "since the equipment is used at the point and not unladen there (see 19 CFR 4.80b)."
            ),
        ]
    else:
        spec = Table(
            ("Item", "Description", "Principal use", "Materials", "Unit price"),
            tuple(
                (
                    str(k + 1),
                    g[0],
                    USES[g[1][:4]],
                    MATERIALS[g[1][:4]],
                    f"${rng.randint(3, 90)}.{rng.randint(10, 99)}",
                )
                for k, g in enumerate(goods_rows)
            ),
            transposed=rng.random() < 0.3,
        )
        facts = [
            Para(
                f"The merchandise is {product_name(goods).lower()}. Its principal use in the "
                "United States, its component materials by weight and its price are set out "
                "in the specification table."
            ),
            spec,
        ]
        if ruling_type in ("marking", "origin"):
            facts.append(
                Para(
                    "The article is assembled in Vietnam from components made in China; we "
                    "ask how it must "
                    "be marked and what its country of origin is under the substantial "
                    "transformation test."
                )
            )
        if proposed:
            facts.append(
                Para(
                    "Proposed classification: "
                    + ", ".join(f"subheading {p}" for p in proposed)
                    + " HTSUS, under GRI 1 and the terms of the heading, as the Explanatory "
                    "Notes confirm."
                )
            )
        if case == "reconsider-ny":
            facts.append(
                Para(
                    "We ask Headquarters to reconsider that ruling, which in our view misread "
                    "the heading."
                )
            )
    status: list[Block] = []
    if case == "court-pending":
        status.append(
            Para(
                "We note that the same issue for earlier shipments of this product is before "
                "the Court of "
                f"International Trade in {name.split()[0]} v. United States, Court No. "
                f"25-00{rng.randint(100, 999)}."
            )
        )
    elif case == "current-entry":
        status.append(
            Para(
                "The first shipment arrived at the port and was entered on "
                f"{day_text(requested - timedelta(days=12), ds)}; the entry has not yet "
                f"liquidated. "
                "This request covers that shipment and future shipments."
            )
        )
    if case != "no-pending-stmt":
        status.append(
            Para(
                PENDING[rng.randrange(5)]
                if case not in ("court-pending", "current-entry")
                else "Apart from the matter described above, the issue is not before any CBP "
                "office or court."
            )
        )
    status.append(Para((SAMPLE_YES if sample else SAMPLE_NO)[rng.randrange(3)]))
    if confidential:
        status.append(Para(CONFIDENTIAL[rng.randrange(2)]))
    else:
        status.append(
            Para(
                rng.choice(
                    (
                        "No confidential treatment is requested.",
                        "Nothing in this request is confidential.",
                        "We do not ask for confidential treatment.",
                    )
                )
            )
        )
    sender: list[Block] = [Heading(name), Para(f"{street}, {city}")]  # the importer's letterhead
    if agent is not None:
        sender = [Fields((("Submitted by", agent[0]), ("Address", f"{agent[1]}, {agent[2]}")))]
        if case != "agent-no-authority":
            status.insert(0, Para(AUTHORITY[rng.randrange(5)].format(imp=name)))
    sig_title = rng.choice(
        ("Attorney", "Licensed Customs Broker", "President", "Trade Compliance Manager", "Partner")
    )
    if case == "unsigned":
        sign: list[Block] = [Para("Sincerely,"), Para("______________________________")]
    else:
        sign = [
            Para(rng.choice(("Respectfully submitted,", "Sincerely,", "Very truly yours,"))),
            Para(
                f"/s/ {signer}"
                if rng.random() < 0.5
                else f"______________________________\n{signer}"
            ),
            Para(sig_title),
        ]
    dated = Para(rng.choice(("Date: ", "Dated: ", "", "Submitted ")) + day_text(requested, ds))
    if style == 0:  # a cover page with a table of contents, the request on the pages after
        return [
            Heading(subject),
            Para(f"Submitted to: {office}"),
            *sender,
            dated,
            Heading("Contents"),
            Para(
                "1. Parties and ports ..... 2\n2. Facts and ruling requested ..... 2\n"
                "3. Pending matters, samples, confidentiality ..... 3\n4. Signature ..... 3"
            ),
            Break(),
            Heading("1. Parties and ports"),
            Fields(tuple(parties)),
            Heading("2. Facts and ruling requested"),
            *facts,
            Heading("3. Other statements"),
            *status,
            Heading("4. Signature"),
            *sign,
        ]
    if style == 1:  # questions and answers, as a consultant's intake sheet is answered
        qa = [
            Para("Q. Who are the parties and where will the goods enter?"),
            Fields(tuple(parties)),
            Para("Q. What is the transaction and what ruling is asked for?"),
            *facts,
            Para("Q. Is the issue before CBP or a court? Samples? Confidentiality?"),
            *status,
        ]
        return [Heading(subject), dated, Para(f"To: {office}"), *sender, *qa, *sign]
    return [
        *sender,
        dated,
        Para(office),
        Para(f"RE: {subject}"),
        Para("Dear Director:"),
        Fields(tuple(parties)),
        Heading("Facts"),
        *facts,
        Heading("Statements"),
        *status,
        *sign,
    ]

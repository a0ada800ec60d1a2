"""Binding-ruling requests (19 CFR Part 177) in three invented styles, with truth."""

from __future__ import annotations

import random
from datetime import date, timedelta

from .common import Block, Doc, fmt_date, is_business_day
from .parties import BROKERS, FIRMS, PEOPLE, PORTS, company, foreign

CASES = [
    "class-importer",
    "value-agent",
    "class-exporter",
    "class-agent-no-authority",
    "class-unsigned",
    "class-cit",
]
AUTHORITY = [
    "We are authorized to submit this request on behalf of {c} under "
    "the enclosed letter of authorization.",
    "This firm represents {c} in this matter and files this request as "
    "its agent with its written authority.",
    "{c} has appointed us, by power of attorney dated {d}, to request this ruling on its behalf.",
    "Acting under a written authorization from {c} (copy attached), we "
    "request the following ruling.",
    "We act as the authorized agent of {c}, which has instructed us to file this request.",
]
PENDING_NO = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Court of Appeals for the Federal Circuit or any appellate court, "
    "and no ruling has been sought on it before.",
    "The requester is not aware of this issue being under review by CBP or before any court, "
    "and it has not been the subject of an earlier ruling request.",
    "No CBP office or court has this transaction or issue before it, and it was not previously "
    "submitted for a ruling.",
]
PRODUCTS = [
    (
        "Portable espresso maker, hand-operated, of aluminum and silicone",
        "8516.71.0020",
        "brewing espresso at campsites",
        "aluminum 62%, silicone 25%, polypropylene 13% by weight",
    ),
    (
        "Child's backpack of polyester fabric with a plush animal face",
        "4202.92.3131",
        "carrying school supplies",
        "polyester 88%, polyurethane foam 12% by weight",
    ),
    (
        "Solar garden stake light with a glass globe",
        "9405.42.8440",
        "decorative lighting of garden paths",
        "glass 55%, plastics 30%, electronics 15% by value",
    ),
]


def build(rng: random.Random, case: str, producer: str, index: int, used: set[str]) -> Doc:
    """One ruling request written by an importer, an agent or a foreign exporter."""
    importer = company(rng, used)
    received = date(2025, 2, 3) + timedelta(days=rng.randrange(0, 280))
    while not is_business_day(received):
        received += timedelta(days=1)
    written = received - timedelta(days=rng.randrange(3, 12))
    today = received + timedelta(days=rng.randrange(2, 20))
    ds = rng.randrange(7)
    signer = rng.choice(PEOPLE)
    port = rng.choice(PORTS)
    product, hts, use, materials = rng.choice(PRODUCTS)
    d = hts.replace(".", "")
    hts_printed = rng.choice([hts, d, f"{d[:4]}.{d[4:6]}.{d[6:8]}.{d[8:]}"])
    agent = case in ("value-agent", "class-agent-no-authority") or (
        case == "class-cit" and rng.random() < 0.5
    )
    exporter = foreign(rng) if case == "class-exporter" else None
    valuation = case == "value-agent"
    writer_name = (
        rng.choice(FIRMS if rng.random() < 0.6 else BROKERS)
        if agent
        else (exporter or importer).name
    )
    writer_addr = (
        "1 Commerce Plaza, Suite 900, Washington, DC 20005"
        if agent
        else (exporter or importer).address
    )
    blocks: list[Block] = [
        Block("h", writer_name),
        Block("small", writer_addr),
        Block("p", fmt_date(written, ds)),
    ]
    printed = [fmt_date(written, ds)]
    office = (
        "Director, Regulations and Rulings, Office of Trade, U.S. Customs and Border Protection, "
        "90 K Street NE, Washington, DC 20229"
        if valuation
        else "Director, National Commodity Specialist Division, U.S. "
        "Customs and Border Protection, "
        "201 Varick Street, Suite 501, New York, NY 10014"
    )
    blocks += [
        Block("p", office),
        Block(
            "p",
            f"Re: Request for a binding {'valuation' if valuation else 'classification'} ruling "
            f"- {product if not valuation else 'transaction value of imported pump housings'}",
        ),
    ]
    if agent and case != "class-agent-no-authority":
        blocks.append(
            Block(
                "p",
                rng.choice(AUTHORITY).format(
                    c=importer.name, d=fmt_date(written - timedelta(days=40), ds)
                ),
            )
        )
    elif agent:
        blocks.append(
            Block("p", f"We write concerning goods that {importer.name} intends to import.")
        )
    if exporter:
        blocks.append(
            Block(
                "p",
                f"{exporter.name}, the manufacturer and exporter of the goods, requests a ruling "
                f"on merchandise it will sell to {importer.name}, {importer.address} "
                f"(importer no. {importer.ein}), its U.S. importer of record.",
            )
        )
    else:
        blocks.append(
            Block(
                "p",
                f"Importer of record: {importer.name}, {importer.address}; IRS No. {importer.ein}.",
            )
        )
    blocks.append(
        Block(
            "p",
            f"The goods will be entered at the port of {port[1]} (port code {port[0]}); "
            f"no shipment has yet been made.",
        )
    )
    brand = rng.choice(["TrailBrew", "CubPack", "GlowStake"])
    qa = rng.random() < 0.5 or case == "class-agent-no-authority"
    if valuation:
        facts = [
            (
                "What is being imported?",
                "Cast iron pump housings, unfinished, model PH-12, made in Mexico.",
            ),
            (
                "What are the terms of sale?",
                "FCA Monterrey, price USD 41.80 per unit, payment 60 days net.",
            ),
            (
                "Are buyer and seller related?",
                "Yes; the seller is a wholly owned subsidiary of the importer. "
                "The price is set by a transfer-pricing study and covers all costs plus profit.",
            ),
            (
                "What ruling is asked for?",
                "That transaction value is acceptable because the relationship did not "
                "influence the price (19 U.S.C. 1401a(b)(2)(B); 19 CFR 152.103(l)).",
            ),
        ]
    else:
        facts = [
            ("What is the product?", product),
            ("What is its principal use in the United States?", use),
            ("What is it made of?", materials),
            (
                "What does it cost?",
                f"Purchase price USD {rng.randrange(4, 30)}.50 per unit; U.S. retail price "
                f"USD {rng.randrange(35, 90)}.99. Commercial name: {brand}.",
            ),
            (
                "What classification do you propose?",
                f"Subheading {hts_printed}, HTSUS, under GRI 1, as the "
                f"heading describes the article by name.",
            ),
        ]
        printed.append(hts_printed)
    for q, a in facts:
        blocks += (
            [Block("p", f"Q. {q}"), Block("p", f"A. {a}")]
            if qa
            else [Block("p", f"{q.rstrip('?')}: {a}")]
        )
    sample = rng.random() < 0.5
    blocks.append(
        Block(
            "p",
            "A sample is enclosed; please return it."
            if sample
            else "Photographs and a specification sheet are attached; a "
            "sample is available on request.",
        )
    )
    confidential = rng.random() < 0.4
    blocks.append(
        Block(
            "p",
            "We ask that the bracketed prices be kept confidential "
            "under 19 CFR 177.2(b)(7), as they "
            "are commercially sensitive."
            if confidential
            else "No confidential treatment is requested.",
        )
    )
    if case == "class-cit":
        blocks.append(
            Block(
                "p",
                "The same question is before the Court of International Trade in an action the "
                f"importer filed, Court No. 25-00{rng.randrange(100, 999)}.",
            )
        )
    else:
        blocks.append(Block("p", rng.choice(PENDING_NO)))
    blocks.append(Block("break") if rng.random() < 0.5 else Block("p", ""))
    if case == "class-unsigned":
        blocks += [Block("p", "Sincerely,"), Block("p", "______________________________")]
    else:
        blocks += [
            Block("p", "Respectfully submitted,"),
            Block("p", f"/s/ {signer}"),
            Block("p", signer),
            Block(
                "p",
                "Partner" if agent else "Export Manager" if exporter else "Vice President, Trade",
            ),
        ]
    route = "HQ" if valuation else "NCSD"
    outcome = {
        "class-unsigned": "deficient",
        "class-cit": "no_ruling",
        "class-agent-no-authority": "needs_human",
    }.get(case, "accept")
    values: dict[str, object] = {
        "importer_number": importer.ein,
        "request_date": written.isoformat(),
        "ruling_type": "valuation" if valuation else "classification",
        "proposed_hts": [] if valuation else [hts_printed],
        "prospective": True,
        "pending_statement": True,
        "pending_in_court": case == "class-cit",
        "pending_before_cbp": False,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": case != "class-unsigned",
    }
    if not valuation:
        values["item_count"] = 1
    not_scored = ["reason: free text"]
    if agent:
        not_scored.append("requester_name/address: written by an agent for the importer")
    else:
        requester = exporter or importer
        values["requester_name"] = requester.name
        values["requester_address"] = requester.address
        printed += [requester.name]
    decision: dict[str, object] = {
        "outcome": outcome,
        "route": route,
        "missing": ["177.2(c)"] if case == "class-unsigned" else [],
    }
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due of an NCSD request that is not accepted")
    if exporter:
        del values["importer_number"]
        not_scored.append(
            "importer_number: the requester is the foreign exporter; "
            "the U.S. importer's number is not its own"
        )
    printed.append(importer.ein)
    truth: dict[str, object] = {
        "kind": "ruling-request",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return Doc("ruling-request", case, blocks, truth, printed, style="qa" if qa else "letter")

"""Binding-ruling requests in three styles of this hand, truths under 19 CFR Part 177."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.corpus_tenth.model import Block, Doc, Heading, Lines, Para, Table
from bench.corpus_tenth.people import (
    COMPANIES,
    EXPORTERS,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    ein,
    fmt_date,
    pick,
)

# case: (ruling_type, route, outcome, missing)
CASES: dict[str, tuple[str, str, str, list[str]]] = {
    "class": ("classification", "NCSD", "accept", []),
    "valuation": ("valuation", "HQ", "accept", []),
    "marking": ("marking", "NCSD", "accept", []),
    "no-pending-statement": ("classification", "NCSD", "deficient", ["177.2(b)(5)"]),
    "unsigned": ("classification", "NCSD", "deficient", ["177.2(c)"]),
    "court": ("classification", "NCSD", "no_ruling", []),
    "current-entry": ("classification", "NCSD", "no_ruling", []),
    "six-items": ("classification", "NCSD", "deficient", []),
    "reconsider-ny": ("classification", "HQ", "accept", []),
    "origin": ("origin", "NCSD", "accept", []),
    "valuation-no-terms": ("valuation", "HQ", "deficient", ["177.2(b)(2)"]),
    "class-photos": ("classification", "NCSD", "accept", []),
}
PENDING = [
    "To the best of our knowledge, the issue is not before any CBP office, the Court of "
    "International Trade, the Federal Circuit or any court of appeal, and has not been.",
    "We are not aware that this question was ever before CBP or a court, and the transaction is "
    "not one of a series of prior transactions under review.",
    "No CBP office and no court has this matter before it, now or in the past "
    "(19 CFR 177.2(b)(5)).",
]
HTS = [
    "8510.20.0000",
    "6205.20.2066",
    "6907.21.1005",
    "9507.10.0040",
    "9202.10.0000",
    "9405.11.4010",
    "9401.61.4011",
    "7318.15.2065",
]


def build(index: int, seed: int) -> tuple[str, Doc, dict[str, Any]]:
    """The case name, the document and its truth for ruling request number `index`."""
    rng = random.Random(f"tenth-ruling-{seed}-{index}")
    names = list(CASES)
    case = names[(index + index // len(names)) % len(names)]
    ruling_type, route, outcome, missing = CASES[case]
    style = index % 3
    # The exporter style writes for a foreign exporter (a nonresident importer of record).
    parties = EXPORTERS if style == 0 else COMPANIES
    name, street, city = parties[rng.randrange(len(parties))]
    goods_index = rng.randrange(len(GOODS))
    port_code, port_name = PORTS[rng.randrange(len(PORTS))]
    received = date(2023, 2, 1) + timedelta(days=rng.randint(0, 900))
    while received.weekday() > 4:
        received += timedelta(days=1)
    f: dict[str, Any] = {
        "name": name,
        "street": street,
        "city": city,
        "importer": ein(rng),
        "goods": GOODS[goods_index],
        "hts": HTS[goods_index],
        "port": f"{port_name} (port {port_code})",
        "signer": pick(rng, PEOPLE),
        "firm": pick(rng, FIRMS),
        "date": received - timedelta(days=rng.randint(3, 12)),
        "date_style": rng.randrange(6),
        "confidential": rng.random() < 0.4,
        "sample": case != "class-photos" and rng.random() < 0.6,
        "items": 6 if case == "six-items" else (2 if rng.random() < 0.3 else 1),
    }
    blocks = [_exporter, _consultant, _importer][style](f, case, ruling_type, rng)
    today = received + timedelta(days=rng.randint(4, 20))
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": f"{street}, {city}",
        "importer_number": f["importer"],
        "request_date": f["date"].isoformat(),
        "ruling_type": ruling_type,
        "prospective": case != "current-entry",
        "pending_statement": case != "no-pending-statement",
        "pending_in_court": case == "court",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": case != "unsigned",
    }
    not_scored = [
        "product_description and ports not scored: free text whose printed extent the "
        "contract does not fix"
    ]
    if ruling_type == "classification":
        values["proposed_hts"] = [f["hts"]]  # one subheading proposed for every item
        values["item_count"] = f["items"]
    else:
        not_scored.append("item_count not scored outside classification")
    if case == "current-entry":
        del values["prospective"]
        not_scored.append(
            "prospective not scored: future shipments are asked about while an earlier entry "
            "of the same goods is current at the port"
        )
    if style == 1:
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address not scored: the letter is written by an agent for "
            "the importer, and the contract does not say which of the two is the requester"
        )
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored for a deficient or no-ruling NCSD request")
    not_scored.append("reason not scored: free text")
    truth = {
        "kind": "ruling-request",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return case, Doc(blocks, font=["serif", "sans", "mono"][rng.randrange(3)]), truth


def _subject(f: dict[str, Any], case: str, ruling_type: str) -> list[Block]:
    """The facts the subject needs (19 CFR 177.2(b)(2)), with the case's gaps."""
    if ruling_type == "valuation":
        if case == "valuation-no-terms":
            return [
                Para(
                    "We ask how the goods shall be appraised. We buy them for resale in our stores."
                )
            ]
        return [
            Para(
                "The goods are sold FOB Ningbo under a written supply contract. Seller and buyer "
                "are not related within 19 U.S.C. 1401a(g). The buyer also pays a design fee, and "
                "we ask whether that fee is part of the transaction value."
            )
        ]
    if ruling_type == "marking":
        return [
            Para(
                "We ask whether marking the country of origin on the inner retail carton, not on "
                "each article, satisfies 19 U.S.C. 1304. The articles are sold to the end user in "
                "that carton."
            )
        ]
    if ruling_type == "origin":
        return [
            Para(
                "The articles are assembled in Vietnam from parts made in China. We ask for the "
                "country of origin for marking and for Section 301 purposes."
            )
        ]
    return [
        Para("Principal use in the United States: household and retail consumer use."),
        Para(
            "Component materials: by weight 70 percent metal, 25 percent plastics, 5 percent other."
        ),
        Para("Purchase price USD 14.20 per unit; U.S. selling price USD 39.99."),
    ]


def _tail(f: dict[str, Any], case: str) -> list[Block]:
    blocks: list[Block] = []
    if case == "court":
        blocks.append(
            Para(
                "The same question is the subject of an action now pending before the Court "
                "of International Trade, filed by our affiliate."
            )
        )
    elif case == "current-entry":
        blocks.append(
            Para(
                "The first shipment has already arrived and was entered last month; the entry "
                "is still unliquidated at the port. It is not before any court."
            )
        )
    elif case != "no-pending-statement":
        blocks.append(Para(f["pending"]))
    if case == "class-photos":
        blocks.append(
            Para("Enclosed are photographs and a specification sheet; no sample is sent.")
        )
    elif f["sample"]:
        blocks.append(
            Para("A sample is sent with this letter by courier; please return it after review.")
        )
    else:
        blocks.append(Para("A sample is available on request."))
    blocks.append(
        Para(
            "We request confidential treatment of the prices above, marked confidential, as "
            "they are business information (19 CFR 177.2(b)(7))."
            if f["confidential"]
            else "No confidential treatment is requested."
        )
    )
    return blocks


def _items(f: dict[str, Any], ruling_type: str) -> list[Block]:
    if ruling_type != "classification":
        return [Para(f"Merchandise: {f['goods']}")]
    rows = [
        [f"Item {n + 1}", f["goods"] + ("" if n == 0 else f", variant {n + 1}"), "see text"]
        for n in range(f["items"])
    ]
    return [
        Table(["No.", "Description", "Materials"], rows),
        Para(
            f"We think the goods are classified in subheading {f['hts']}, HTSUS, because the "
            "heading text and GRI 1 describe them exactly."
        ),
    ]


def _exporter(f: dict[str, Any], case: str, ruling_type: str, rng: random.Random) -> list[Block]:
    """A foreign exporter writing for itself, in careful non-native English."""
    f["pending"] = (
        "According to our knowledge this same question is not in front of any CBP office or "
        "any court, also not before."
    )
    head: list[Block] = [
        Lines([f["name"], f["street"], f["city"], f"US Importer Number: {f['importer']}"]),
        Para(f"Date: {fmt_date(f['date'], f['date_style'])}"),
    ]
    if case == "reconsider-ny":
        head.append(
            Para(
                "Regulations and Rulings, Office of Trade, Washington, DC - please reconsider New "
                "York ruling N312345, which we think is not correct."
            )
        )
    else:
        head.append(
            Para(
                "To: National Commodity Specialist Division, New York"
                if ruling_type != "valuation"
                else "To: Regulations and Rulings, CBP Headquarters, Washington DC"
            )
        )
    head += [
        Para(f"Subject: Kindly request for binding ruling about {ruling_type}"),
        Para("Dear Sirs and Madams,"),
        Para(
            f"We are the company {f['name']} and we will ship the goods below to the United States "
            f"next season, the goods will be entering at {f['port']}. We kindly ask your decision "
            "before our first shipment."
        ),
    ]
    body = head + _items(f, ruling_type) + _subject(f, case, ruling_type) + _tail(f, case)
    sign = (
        ["With best regards,", ""]
        + ([] if case == "unsigned" else [f"/s/ {f['signer']}"])
        + ["________________________", "Export Manager"]
    )
    if case != "unsigned":
        sign.insert(3, f["signer"])
    return [*body, Lines(sign)]


def _consultant(f: dict[str, Any], case: str, ruling_type: str, rng: random.Random) -> list[Block]:
    """A trade consultant for the importer, with a specification table."""
    f["pending"] = PENDING[rng.randrange(len(PENDING))]
    office = (
        "Regulations and Rulings, Office of Trade, U.S. Customs and Border Protection"
        if ruling_type == "valuation" or case == "reconsider-ny"
        else "National Commodity Specialist Division, U.S. Customs and Border Protection, "
        "New York, NY"
    )
    blocks: list[Block] = [
        Lines([f["firm"], "Trade Compliance Advisory"]),
        Para(fmt_date(f["date"], f["date_style"] + 1)),
        Lines([office]),
        Para(
            f"Re: Binding ruling request ({ruling_type}) for {f['name']}, "
            f"{f['street']}, {f['city']}; "
            f"importer no. {f['importer']}"
        ),
        Para(
            f"We write as authorized agents of the importer named above, under its letter of "
            f"authority enclosed. The importer will bring the goods in at {f['port']}."
        ),
    ]
    if case == "reconsider-ny":
        blocks.append(
            Para("We ask Headquarters to reconsider New York ruling N310044 on this product.")
        )
    blocks.append(Heading("Specifications"))
    blocks.append(
        Table(
            ["Property", "Value"],
            [
                ["Product", f["goods"]],
                ["Use", "Consumer retail"],
                ["Origin of parts", "China, Vietnam"],
            ],
        )
    )
    blocks += _items(f, ruling_type) + _subject(f, case, ruling_type) + _tail(f, case)
    if case == "unsigned":
        blocks.append(Lines(["Very truly yours,", "", "______________________", f["firm"]]))
    else:
        blocks.append(
            Lines(["Respectfully submitted,", "", f["signer"], f"Senior Consultant, {f['firm']}"])
        )
    return blocks


def _importer(f: dict[str, Any], case: str, ruling_type: str, rng: random.Random) -> list[Block]:
    """The importer's own formal submission with lettered sections."""
    f["pending"] = PENDING[rng.randrange(len(PENDING))]
    blocks: list[Block] = [
        Lines([f["name"], f["street"], f["city"]]),
        Para(fmt_date(f["date"], f["date_style"] + 2)),
        Para(
            "Director, "
            + (
                "Regulations and Rulings"
                if ruling_type == "valuation" or case == "reconsider-ny"
                else "National Commodity Specialist Division"
            )
        ),
        Para(
            f"A. Requester. {f['name']}, importer number {f['importer']}, asks for a prospective "
            f"binding ruling on {ruling_type}. Port of entry: {f['port']}."
        ),
    ]
    if case == "reconsider-ny":
        blocks.append(
            Para("B. We ask for reconsideration of New York ruling N309876 issued to us.")
        )
    blocks += [Heading("C. Facts"), *_items(f, ruling_type), *_subject(f, case, ruling_type)]
    blocks += [Heading("D. Other statements"), *_tail(f, case)]
    if case != "unsigned":
        blocks.append(
            Lines(
                [
                    "Sincerely,",
                    "",
                    "______________________",
                    f["signer"],
                    f"Vice President, {f['name']}",
                ]
            )
        )
    else:
        blocks.append(Lines(["Sincerely,", "", "______________________"]))
    return blocks

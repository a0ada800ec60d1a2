"""Five ways a binding-ruling request is written: eRulings receipt, intake questionnaire,
memorandum, consultant letter with a specification table, law-firm submission."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bench.corpus_twentysecond import blocks as b
from bench.corpus_twentysecond.fmt import dater, mixed_dater, pick_date_style, show_money
from bench.corpus_twentysecond.ruling_cases import Ruling

AUTHORITY = [
    "We act for {i} under a power of attorney, a copy of which is enclosed.",
    "{i} has authorized this firm, by the enclosed letter of authorization, to request this ruling "
    "on its behalf.",
    "As customs broker of record for {i}, holding its customs power of attorney, we request this "
    "ruling for it.",
    "Pursuant to the authority granted to us by our client, {i}, we submit this request.",
    "We are the authorized agent of {i} for this request (authorization dated this month, on file "
    "with us).",
]
NO_AUTHORITY = [
    "We write concerning merchandise that {i} intends to import.",
    "This request concerns goods to be imported by {i}.",
]
PENDING = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Federal Circuit or any appellate court, and no ruling on it has been "
    "sought before.",
    "The transaction is not, and has not been, before any Customs office or any court, and it is "
    "not one of a series of related transactions under review.",
    "No CBP office and no court has this issue before it, to the requester's knowledge.",
    "We state, under 19 CFR 177.2(b)(5), that the issue is not under consideration by CBP or "
    "pending in any court.",
    "Neither the requester nor, to its knowledge, any related party has this question before CBP "
    "or before a court.",
]
SAMPLE = {
    "sent": [
        "A sample of the article is enclosed; please return it after review.",
        "One sample is sent under separate cover by courier.",
        "We enclose a production sample (it need not be returned).",
    ],
    "photos": [
        "Photographs and a specification sheet are enclosed; no sample is available.",
        "Drawings and photographs of the article are attached in lieu of a sample.",
    ],
    "on_request": [
        "A sample is available on request.",
        "We can provide a sample should the National Commodity Specialist Division require one.",
    ],
    "none": [""],
}
CONFIDENTIAL = [
    "We request confidential treatment of the pricing information marked "
    "[CONFIDENTIAL], under 19 CFR 177.2(b)(7), because its disclosure would harm the "
    "importer's competitive position.",
    "The bracketed supplier names and prices are business confidential; we ask that "
    "they be withheld from the published ruling.",
]

Styled = tuple[dict[str, Any], dict[str, Any]]


def _prices(rng: random.Random) -> tuple[str, str]:
    """A purchase price and the higher U.S. selling price."""
    amount = Decimal(rng.randint(2, 60)) + Decimal(rng.choice([0, 25, 50, 95])) / 100
    style = rng.choice(["dollar", "usd"])
    return show_money(amount, style), show_money(amount * 2 + Decimal("0.99"), style)


def _ports(r: Ruling) -> str:
    if not r.ports:
        return ""
    names = " and ".join(f"{name} ({code})" for code, name in r.ports)
    return (
        f"The goods will be entered at the port of {names}."
        if len(r.ports) == 1
        else f"The goods will be entered at the ports of {names}."
    )


def _requester(r: Ruling, rng: random.Random, d: Callable[[Any], str]) -> list[str]:
    i = r.importer
    who = f"{i.name}, {i.street}, {i.city_line} (importer number {i.ein})"
    if not r.agent:
        return [f"{who} requests a binding ruling under 19 CFR Part 177."]
    phrase = rng.choice(AUTHORITY if r.agent_authority else NO_AUTHORITY)
    return [phrase.format(i=i.name), f"The importer is {who}."]


def _subject(r: Ruling, rng: random.Random) -> list[str]:
    """The transaction and the facts the subject requires, with the result asked and its basis."""
    g = r.goods[0]
    country = rng.choice(["China", "Vietnam", "India", "Thailand", "Mexico"])
    out = []
    if r.ruling_type == "carrier":
        return [
            "The requester intends to charter the foreign-flag vessel MV "
            f"{rng.choice(['Kestrel', 'Albatross', 'Skua'])} Star, built in "
            f"{rng.choice(['Ulsan, Korea', 'Rotterdam, Netherlands'])}, flag "
            f"{rng.choice(['Liberia', 'Marshall Islands'])}, for use on the Outer Continental "
            "Shelf off Louisiana.",
            "Itinerary: the vessel will load pipe at Port Fourchon, carry it to a drilling "
            "site in Green Canyon Block 640 and return empty; it will not carry merchandise "
            "between coastwise points.",
            "We ask that CBP rule the voyages are not coastwise transportation under 46 U.S.C. "
            "55102, because the drilling site is not a coastwise point under the Outer "
            "Continental Shelf Lands Act as CBP has applied it in earlier rulings.",
        ]
    out.append(
        f"The transaction: the importer will buy the goods from a manufacturer in {country} "
        f"and sell them to U.S. retailers. {_ports(r)}".strip()
    )
    if r.ruling_type == "valuation":
        out += [
            f"The merchandise is {g.description}. Terms of sale: FOB {country} port, price "
            f"{_prices(rng)[0]} per unit, paid by wire 30 days after shipment.",
            "The seller and the importer are related parties: both are owned by the same "
            "parent company. The price is settled in a way consistent with the normal pricing "
            "practices of the industry.",
            "Invoice data: commercial invoices show unit price, quantity and the Incoterm; no "
            "assists, royalties or selling commissions are paid.",
            "We ask that CBP rule that transaction value under 19 U.S.C. 1401a(b)(2)(B) is "
            "acceptable, because the relationship did not influence the price (19 CFR "
            "152.103(l)).",
        ]
        return out
    if r.ruling_type == "origin":
        out += [
            f"The merchandise is {g.description}, used for {g.use}. Components are made in "
            f"{country}; final assembly, testing and packing take place in Mexico.",
            f"Component materials: {g.materials}.",
            "We ask that CBP rule the country of origin is Mexico, because assembly there is a "
            "substantial transformation that gives the goods a new name, character and use.",
        ]
        return out
    if r.ruling_type == "marking":
        out += [
            f"The merchandise is {g.description}, made in {country}, used for {g.use}.",
            f"Component materials: {g.materials}.",
            f"Each article will carry a molded mark reading Made in {country} on its base, and "
            "the retail box will be printed with the same words.",
            "We ask that CBP rule the marking is conspicuous, legible and permanent under 19 "
            "U.S.C. 1304 and 19 CFR 134.11.",
        ]
        return out
    if len(r.goods) > 1:
        out.append(
            "The request covers the following models: "
            + "; ".join(x.description for x in r.goods)
            + "."
        )
    else:
        out.append(
            f"The merchandise is {g.description}. Commercial name: {g.description.split(',')[0]}."
        )
    bought, sold = _prices(rng)
    out.append(
        f"Principal use in the United States: {g.use}. Purchase price {bought}; U.S. "
        f"selling price {sold}."
    )
    if r.materials:
        out.append(f"Component materials: {g.materials}.")
    if r.propose_hts:
        out.append(
            f"We believe the goods are classified in subheading {g.hts}, HTSUS, under GRI 1 "
            "and GRI 6, because the subheading describes them by name; subheading "
            f"{g.alt_hts} does not apply because the goods are not of the kind it covers."
        )
    return out


def _facts(r: Ruling, rng: random.Random, d: Callable[[Any], str]) -> list[str]:
    out = []
    if r.pending_in_court:
        out.append(
            f"The classification of identical merchandise imported by {r.importer.name} is "
            "at issue in an action pending before the U.S. Court of International Trade, "
            f"Court No. 25-{rng.randint(100, 999):05d}."
        )
    elif r.pending_before_cbp:
        code, name = r.ports[0] if r.ports else ("1001", "New York")
        out.append(
            f"The first shipment arrived at {name} on {d(r.request_date)} and its entry "
            f"(port {code}) has been filed; it is not yet liquidated."
        )
        out.append("The issue is not before any court.")
    elif r.pending_statement:
        out.append(rng.choice(PENDING))
    sample = rng.choice(SAMPLE[r.sample])
    if sample:
        out.append(sample)
    if r.confidential:
        out.append(rng.choice(CONFIDENTIAL))
    return out


def _signature(r: Ruling, rng: random.Random) -> list[str]:
    firm = r.agent or r.importer.name
    if not r.signed:
        return ["______________________________", firm]
    return rng.choice(
        [
            [f"/s/ {r.signer}", r.signer, r.signer_title, firm],
            ["______________________________", r.signer, r.signer_title, firm],
            [r.signer, r.signer_title, firm],
        ]
    )


def _addressee(r: Ruling) -> list[str]:
    if r.ruling_type in ("valuation", "carrier"):
        return [
            "U.S. Customs and Border Protection",
            "Office of Trade, Regulations and Rulings",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def erulings(r: Ruling, rng: random.Random, family: str) -> Styled:
    d = mixed_dater(rng, ["us", "long"])
    sub = f"RUL-{rng.randint(10**7, 10**8 - 1)}"
    rows = [
        ["Submission ID", sub],
        ["Date Submitted", d(r.request_date)],
        ["Ruling Type", r.ruling_type.capitalize()],
        ["Requester", r.agent or r.importer.name],
        ["Importer Name", r.importer.name],
        ["Importer Number", r.importer.ein],
        ["Number of Items", str(len(r.goods))],
    ]
    if r.ports:
        rows.append(["Port(s) of Entry", ", ".join(f"{name} ({code})" for code, name in r.ports)])
    text = [*_requester(r, rng, d), *_subject(r, rng), *_facts(r, rng, d)]
    blocks = [
        b.para("eRULINGS - ELECTRONIC RULING REQUEST RECEIPT", style="B", align="C", size=13),
        b.grid(rows, [0.3, 0.7]),
        b.box("Request Text", text),
    ]
    if r.signed:
        blocks.append(
            b.para(
                f"Submitted by: {r.signer}, {r.signer_title}, {r.agent or r.importer.name}",
                align="L",
            )
        )
    return b.job(blocks, family=family, size=9.5, header=f"Submission {sub}", footer=True), {}


def questionnaire(r: Ruling, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    na = rng.choice(["N/A", "None", "Not applicable"])
    subject = _subject(r, rng)
    qs = [
        ["1.", "Requester", r.agent or r.importer.name],
        [
            "2.",
            "Importer and address",
            f"{r.importer.name}, {r.importer.street}, {r.importer.city_line}",
        ],
        ["3.", "Importer number", r.importer.ein],
        ["4.", "Ruling subject", r.ruling_type.capitalize()],
        ["5.", "Port(s) of entry", ", ".join(f"{n} ({c})" for c, n in r.ports) or na],
        ["6.", "Transaction and facts", " ".join(subject)],
        ["7.", "Sample enclosed?", b.ticked(r.sample == "sent", family)],
        ["8.", "Confidential treatment?", b.ticked(r.confidential, family)],
    ]
    if r.pending_statement:
        qs.append(
            [
                "9.",
                "Issue before CBP or a court?",
                b.ticked(r.pending_in_court or r.pending_before_cbp, family),
            ]
        )
    facts = [f for f in _facts(r, rng, d) if f not in SAMPLE[r.sample] and f not in CONFIDENTIAL]
    if r.agent and r.agent_authority:
        qs.append(["10.", "Agent's authority", rng.choice(AUTHORITY).format(i=r.importer.name)])
    blocks = [
        b.para("BINDING RULING REQUEST - INTAKE FORM", style="B", align="C", size=13),
        b.lines(_addressee(r)),
        b.para(f"Date: {d(r.request_date)}", align="L"),
        b.grid(qs, [0.06, 0.3, 0.64]),
    ]
    if facts:
        blocks.append(b.para("Remarks: " + " ".join(facts)))
    blocks.append(b.lines(["Signature and title:", *_signature(r, rng)]))
    return b.job(blocks, family=family, size=9.5, footer=True), {}


def memo(r: Ruling, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    to = (
        "Director, National Commodity Specialist Division"
        if r.ruling_type not in ("valuation", "carrier")
        else "Chief, Regulations and Rulings"
    )
    blocks = [
        b.para("MEMORANDUM", style="B", size=14, align="L"),
        b.grid(
            [
                ["TO:", to],
                ["FROM:", f"{r.signer}, {r.signer_title}, {r.agent or r.importer.name}"],
                ["DATE:", d(r.request_date)],
                ["SUBJECT:", f"Request for a binding {r.ruling_type} ruling"],
            ],
            [0.15, 0.85],
            border=False,
        ),
        b.rule(),
    ]
    blocks += [b.para(t) for t in _requester(r, rng, d)]
    blocks += [b.para(t) for t in _subject(r, rng)]
    blocks += [b.para(t) for t in _facts(r, rng, d)]
    blocks.append(b.lines(_signature(r, rng)))
    return b.job(blocks, family=family, size=10.5, header=f"{r.importer.name} - ruling request"), {}


def consultant(r: Ruling, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    firm = r.agent or r.importer.name
    logo = [
        firm.upper(),
        "Trade Consulting" if r.agent else f"{r.importer.street} \u00b7 {r.importer.city_line}",
    ]
    subject = _subject(r, rng)
    blocks = [
        b.lines(logo, style="B", align="C"),
        b.rule(),
        b.para(d(r.request_date), align="R"),
        b.lines(_addressee(r)),
        b.para(
            "Re: Binding ruling request - coastwise transportation"
            if r.ruling_type == "carrier"
            else f"Re: Binding ruling request - {r.goods[0].description.split(',')[0]}",
            style="B",
            align="L",
        ),
        b.para("Dear Director:", align="L"),
    ]
    blocks += [b.para(t) for t in _requester(r, rng, d)]
    if r.ruling_type == "classification":
        rows = [[g.description, g.materials, g.use] for g in r.goods]
        blocks += [
            b.para("Product specifications", style="B", align="L"),
            b.table(
                ["Product", "Materials", "Principal use"],
                rows,
                [0.4, 0.35, 0.25],
                border=True,
                size=9,
            ),
        ]
    blocks += [b.para(t) for t in subject]
    blocks += [b.para(t) for t in _facts(r, rng, d)]
    sig = _signature(r, rng)
    blocks.append(b.side_by_side(["Sincerely yours,"], sig))
    return b.job(blocks, family=family, size=10.5), {}


def lawfirm(r: Ruling, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    firm = r.agent or r.importer.name
    address = (
        ["1650 Market Street, 36th Floor", "Philadelphia, PA 19103"]
        if r.agent
        else [r.importer.street, r.importer.city_line]
    )
    blocks = [
        b.lines([firm, *address], style="B"),
        b.para(d(r.request_date), align="L"),
        b.lines(_addressee(r)),
        b.para(f"Re: Request for Binding Ruling - {r.importer.name}", style="B", align="L"),
        b.para("Dear Sir or Madam:", align="L"),
    ]
    blocks += [b.para(t) for t in _requester(r, rng, d)]
    blocks.append(b.para("Facts", style="B", align="L"))
    subject = _subject(r, rng)
    blocks += [b.para(t) for t in subject[:-1]]
    blocks.append(b.page() if rng.random() < 0.5 else b.space(4))
    blocks += [b.para("Ruling Requested and Basis", style="B", align="L"), b.para(subject[-1])]
    blocks.append(b.para("Other Statements", style="B", align="L"))
    blocks += [b.para(t) for t in _facts(r, rng, d)]
    blocks += [b.para("Respectfully submitted,", align="L"), b.lines(_signature(r, rng))]
    return b.job(
        blocks, family=family, size=11, header=f"Ruling request - {r.importer.name}", footer=True
    ), {}


STYLES: dict[str, Callable[[Ruling, random.Random, str], Styled]] = {
    "erulings": erulings,
    "questionnaire": questionnaire,
    "memo": memo,
    "consultant": consultant,
    "lawfirm": lawfirm,
}

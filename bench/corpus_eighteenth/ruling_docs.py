"""Ruling requests: a Prawn letter with a product data sheet and a TCPDF online request print."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.common import PORTS, Block, brk, h, kv, p, pick, rule, spec, table
from bench.corpus_eighteenth.ruling_cases import Request

Drawn = tuple[dict[str, object], list[str]]
# The signer's title fits who sends the letter: an importer's employee, or the agent's own people.
IMPORTER_TITLES = [
    "Director of Compliance",
    "Import Manager",
    "President",
    "Customs Compliance Lead",
]
AGENT_TITLES = ["Trade Compliance Consultant", "Partner", "Licensed Customs Broker", "Consultant"]

NCSD = "\n".join(
    [
        "Director, National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "Attn: Binding Rulings",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]
)
HQ = "\n".join(
    [
        "Director, Regulations and Rulings",
        "Office of Trade, U.S. Customs and Border Protection",
        "90 K Street NE, 10th Floor",
        "Washington, DC 20229",
    ]
)


def _authority(rq: Request, rng: random.Random) -> str:
    imp = rq.importer.name
    if rq.agent is None:
        return pick(
            rng,
            [
                f"{imp} (the importer) requests a binding ruling",
                f"We, {imp}, request a binding ruling",
                f"{imp} respectfully asks for a prospective ruling",
            ],
        )
    if not rq.authority:
        return pick(
            rng,
            [
                f"We write about a product that {imp} plans to import and request a binding ruling",
                f"Our office requests a binding ruling for a product to be imported by {imp}",
            ],
        )
    return pick(
        rng,
        [
            f"On behalf of {imp}, as its customs broker under a power of attorney on file, we "
            "request a binding ruling",
            f"As counsel to {imp}, and with its written authorization (enclosed), we request a "
            "binding ruling",
            f"{imp} has authorized the undersigned to request this ruling on its behalf (letter "
            "of authorization attached); we request a binding ruling",
            f"This firm acts as authorized agent for {imp} under a power of attorney dated "
            f"{law.fmt_date(rq.request_date - dt.timedelta(days=40), 'long')}, and requests a "
            "binding ruling",
            f"Pursuant to the enclosed letter of authority from {imp}, we respectfully request a "
            "binding ruling",
        ],
    )


def _subject(rq: Request) -> str:
    return {
        "classification": "on the tariff classification under the HTSUS",
        "valuation": "on the appraisement (transaction value)",
        "origin": "on the country of origin",
        "marking": "on the country of origin marking",
    }[rq.ruling_type]


def _facts(rq: Request, rng: random.Random) -> list[str]:
    name, desc, materials, _ = rq.product
    if rq.ruling_type == "valuation":
        return [
            f"The {name.lower()} will be bought from Hsin-Wei Housewares Ltd. of Taichung, "
            "Taiwan, FOB Kaohsiung, at a unit price of $6.40 "
            "stated on the commercial invoice, paid by wire 30 days after shipment.",
            pick(
                rng,
                [
                    "The seller and the importer are not related within the meaning of 19 U.S.C. "
                    "1401a(g).",
                    "The parties are related (the seller owns 10% of the importer's stock); the "
                    "price is settled as between unrelated parties, as the enclosed pricing study "
                    "shows.",
                ],
            ),
            "The question is whether a buying commission of 4% paid to an agent in Taiwan is part "
            "of the price actually paid or payable. "
            "We ask that it be excluded from transaction value, as the agent acts for the buyer "
            "(Rosenthal-Netter, Inc. v. United States).",
        ]
    if rq.ruling_type == "origin":
        return [
            f"The {name.lower()} is {desc}. Its materials: {materials}. The components are made "
            "in China and assembled, "
            "tested and packed in Malaysia, where the article takes its final shape.",
            "We believe the assembly in Malaysia is a substantial transformation, making Malaysia "
            "the country of origin.",
        ]
    if rq.ruling_type == "marking":
        return [
            f"The {name.lower()} is {desc}. Each unit will carry a molded 'Made in Vietnam' mark "
            "on its underside, and the retail box a printed mark on its front panel.",
            "We ask whether these markings satisfy 19 U.S.C. 1304 and 19 CFR Part 134.",
        ]
    uses = (
        "Principal use in the United States: household use, sold through retail stores. "
        f"Component materials: {materials}."
    )
    basis = (
        " Proposed classification: subheading "
        + rq.proposed
        + " HTSUS, under GRI 1, as the heading names the article."
        if rq.proposed
        else ""
    )
    return [f"The merchandise is the {name.lower()}, {desc}. {uses}{basis}"]


def _pending(rq: Request, rng: random.Random) -> str | None:
    if rq.in_court:
        return (
            "The same issue is pending before the U.S. Court of International Trade in "
            f"{rq.importer.name} v. United States, "
            f"Court No. 25-00{rng.randrange(100, 999)}."
        )
    if rq.before_cbp:
        return None
    if not rq.pending_statement:
        return None
    return pick(
        rng,
        [
            "To the best of our knowledge, the issue is not pending before any CBP office, the "
            "Court of International Trade, the Federal Circuit, or any appellate court.",
            "No ruling on this merchandise has been sought before, and the issue is not before "
            "CBP or any court.",
            "Statement under 19 CFR 177.2(b)(5): the same transaction is not, and has not been, "
            "before any CBP office or court.",
            "The requester is not aware of this matter being under review by CBP or pending in "
            "litigation.",
            "The question presented is not the subject of any pending protest, internal advice "
            "request, or court case.",
        ],
    )


def _current(rq: Request, port: tuple[str, str]) -> str | None:
    if not rq.before_cbp:
        return None
    return (
        f"The first shipment arrived at the port of {port[1]} on "
        f"{law.fmt_date(rq.request_date - dt.timedelta(days=12), 'long')} "
        "and was entered for consumption; the entry is now before that port and has not "
        "liquidated. Apart from that entry, "
        "the issue is not before any CBP office or any court."
    )


def _sample(rq: Request, rng: random.Random) -> str:
    if rq.sample == "sent":
        return pick(
            rng,
            [
                "A sample is sent under separate cover; please return it after review.",
                "One sample is enclosed. We do not need it returned.",
                "Samples: one unit enclosed (return requested).",
            ],
        )
    return pick(
        rng,
        [
            "Photographs and a specification sheet are enclosed; a sample is available on request.",
            "We enclose product photographs and drawings in lieu of a sample.",
            "Enclosed: photographs (Exhibit A) and the manufacturer's data sheet (Exhibit B).",
        ],
    )


def _confidential(rq: Request, rng: random.Random) -> str | None:
    if rq.confidential:
        return pick(
            rng,
            [
                "We request confidential treatment under 19 CFR 177.2(b)(7) of the prices in the "
                "data sheet, which are marked CONFIDENTIAL.",
                "CONFIDENTIALITY: the pricing and supplier names are business confidential; "
                "please withhold them from publication.",
            ],
        )
    return pick(rng, [None, "No confidential treatment is requested."])


def _signature(rq: Request, rng: random.Random, title: str) -> str:
    if not rq.signed:
        return "Sincerely,\n\n\n______________________________\nAuthorized Signatory"
    return pick(
        rng,
        [
            f"Respectfully submitted,\n\n{rq.signer}\n{title}",
            f"Sincerely,\n\n/s/ {rq.signer}\n{rq.signer}, {title}",
            f"Very truly yours,\n\n______________________________\n{rq.signer}\n{title}",
        ],
    )


def _data_sheet(rq: Request) -> Block:
    name, _desc, materials, _ = rq.product
    rows = []
    for k in range(rq.items):
        rows.append(
            [
                f"{name[:3].upper()}-{100 + k * 5}",
                f"{name}, size {k + 1}" if rq.items > 1 else name,
                materials,
                f"${4.15 + k:.2f}",
                f"${12.99 + 2 * k:.2f}",
            ]
        )
    return table(
        [
            "Model",
            "Commercial name",
            "Materials (by weight)",
            "Purchase price",
            "U.S. selling price",
        ],
        rows,
        [0.12, 0.24, 0.36, 0.14, 0.14],
        "bottom",
    )


def _body(rq: Request, rng: random.Random, port: tuple[str, str]) -> list[str]:
    lines = [
        f"{_authority(rq, rng)} {_subject(rq)} of the merchandise described below, to be imported "
        "through the port of "
        f"{port[1]} (port code {port[0]})."
    ]
    if rq.reconsider:
        lines.append(
            f"We ask Headquarters to reconsider New York ruling N{rng.randrange(300000, 350000)}, "
            "which classified "
            "the same article under a different subheading."
        )
    lines += _facts(rq, rng)
    lines += [
        x
        for x in (_current(rq, port), _pending(rq, rng), _sample(rq, rng), _confidential(rq, rng))
        if x
    ]
    return lines


def _printed(rq: Request, date_style: str) -> list[str]:
    out = [rq.importer.ein, law.fmt_date(rq.request_date, date_style)]
    out += [rq.proposed] if rq.proposed else []
    if rq.agent is None:
        out += [rq.importer.name, *rq.importer.lines]
    return out


def letter(rq: Request, rng: random.Random) -> Drawn:
    """A consultant's, counsel's or importer's letter with the product data sheet as a table."""
    ds = pick(rng, ["long", "abbr", "us"])
    port = pick(rng, PORTS)
    sender, lines = rq.agent if rq.agent else (rq.importer.name, rq.importer.lines)
    to_hq = rq.ruling_type == "valuation" or rq.reconsider
    blocks: list[Block] = [
        h(sender, 14),
        p("\n".join(lines)),
        rule(),
        p(law.fmt_date(rq.request_date, ds)),
        p(HQ if to_hq else NCSD),
        p(
            f"Re: Request for binding ruling - {rq.product[0]}\nImporter: {rq.importer.name}\nIOR "
            f"No. {rq.importer.ein}",
            bold=True,
        ),
        p("Dear Director:"),
    ]
    body = _body(rq, rng, port)
    blocks += [p(line, align="J") for line in body[:2]]
    if rq.ruling_type == "classification":
        blocks.append(
            p(pick(rng, ["Product data sheet", "Item specifications", "Technical data"]), bold=True)
        )
        blocks.append(_data_sheet(rq))
    if rng.random() < 0.4:
        blocks.append(brk())
    blocks += [p(line, align="J") for line in body[2:]]
    blocks.append(
        p(
            _signature(
                rq,
                rng,
                pick(
                    rng,
                    AGENT_TITLES if rq.agent else IMPORTER_TITLES,
                ),
            )
        )
    )
    doc = spec(
        blocks,
        font=pick(rng, ["times", "helvetica", "courier"]),
        size=10,
        creator="Prawn (Rails back office)",
        header=pick(rng, [None, f"Ruling request - {rq.product[0]}"]),
        footer="Page {page} of {total}",
    )
    return doc, _printed(rq, ds)


def online(rq: Request, rng: random.Random) -> Drawn:
    """A web request form's print: labelled boxes, then the request text and data sheet."""
    ds = pick(rng, ["us", "iso", "us-short"])
    port = pick(rng, PORTS)
    rows = [
        ("Request date", law.fmt_date(rq.request_date, ds)),
        (
            "Ruling type",
            {
                "classification": "Classification",
                "valuation": "Valuation",
                "origin": "Country of origin",
                "marking": "Marking",
            }[rq.ruling_type],
        ),
        ("Importer", f"{rq.importer.name}\n" + "\n".join(rq.importer.lines)),
        ("Importer number", rq.importer.ein),
        ("Port(s) of entry", f"{port[1]} ({port[0]})"),
    ]
    if rq.agent:
        rows.insert(2, ("Submitted by", f"{rq.agent[0]}\n" + "\n".join(rq.agent[1])))
    blocks: list[Block] = [
        h(
            pick(
                rng,
                [
                    "Binding Ruling Request - Submission Print",
                    "Online Ruling Request (printable copy)",
                ],
            ),
            13,
        ),
        kv(rows, 0.28),
        p("Request", bold=True),
    ]
    blocks += [p(line, align="J") for line in _body(rq, rng, port)]
    if rq.ruling_type == "classification":
        blocks.append(_data_sheet(rq))
    blocks.append(p(_signature(rq, rng, pick(rng, AGENT_TITLES if rq.agent else IMPORTER_TITLES))))
    doc = spec(
        blocks,
        font=pick(rng, ["helvetica", "dejavusans"]),
        size=9,
        creator="TradePortal (TCPDF)",
        header=f"Ruling request {rq.importer.ein} / {rq.product[0]}",
        footer="{page}/{total}",
    )
    return doc, _printed(rq, ds)


STYLES = {"prawn": [letter], "tcpdf": [online]}

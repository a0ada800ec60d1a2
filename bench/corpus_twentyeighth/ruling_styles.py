"""Three senders' ruling requests: counsel's formal letter, an importer's e-mail printed from its
mail program, and a request questionnaire filled in by the importer."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.corpus_twentyeighth import fakes
from bench.corpus_twentyeighth.doc import Block, Bullets, Doc, Fields, Gap, Head, Para, Table, Title
from bench.corpus_twentyeighth.ruling_cases import Request

PRICES = [
    "$14.20 FOB Ningbo; U.S. selling price $34.99",
    "$6.75 FOB Ho Chi Minh City; retail $18.00",
    "$41.00 FOB Kaohsiung; U.S. selling price $89.00",
]


def _office(r: Request) -> str:
    if r.ruling_type == "valuation" or r.reconsider:
        return (
            "Regulations and Rulings, Office of Trade\nU.S. Customs and Border "
            "Protection\n90 K Street, N.E., 10th Floor\nWashington, DC 20229"
        )
    return (
        "National Commodity Specialist Division\nU.S. Customs and Border Protection\n201 "
        "Varick Street, Suite 501\nNew York, NY 10014"
    )


def _subject(r: Request) -> str:
    if r.reconsider:
        return f"Request for reconsideration of New York Ruling {r.reconsider}"
    return {
        "classification": "Request for a binding tariff classification ruling",
        "valuation": "Request for a binding ruling on the valuation of imported merchandise",
        "marking": "Request for a binding ruling on country of origin marking",
        "origin": "Request for a binding ruling on the country of origin",
    }[r.ruling_type]


def _facts(r: Request) -> list[str]:
    """The transaction and the product facts 177.2(b)(2) asks for (materials left out on cue)."""
    out = []
    for n, (desc, _, name, materials) in enumerate(r.goods):
        text = (
            f"{desc}. Commonly known in the trade as {name}, they are sold to retailers "
            "and used by consumers in the United States."
        )
        if r.materials_given:
            text += f" Component materials: {materials}."
        out.append(text + f" Price: {PRICES[n % len(PRICES)]}.")
    if r.ruling_type == "valuation":
        deal = (
            f"{r.importer} buys the goods from its supplier in Vietnam on FOB terms under a "
            "master supply agreement; "
            "the buyer pays a separate design fee and a buying commission to an independent agent."
        )
        if r.relationship_given:
            deal += " The seller and the buyer are not related under 19 U.S.C. 1401a(g)."
        out.append(deal)
    if r.ruling_type in ("marking", "origin"):
        out.append(
            "The components are made in China and assembled, tested and packed in Malaysia; the "
            "article will be marked 'Made in Malaysia' on a sewn-in label."
        )
    return out


def _ask(r: Request) -> str:
    if r.ruling_type == "classification":
        codes = ", ".join(r.proposed())
        if not r.basis_given:
            return f"We ask that CBP classify the goods under subheading {codes}."
        return (
            f"We ask that CBP classify the goods under subheading {codes}, HTSUS. Under GRI "
            "1 the heading "
            "describes the articles by name; the subheading text and the Explanatory Notes to the "
            "heading confirm the result, and CBP has classified similar goods the same way "
            "in NY N312244."
        )
    if r.ruling_type == "valuation":
        return (
            "We ask CBP to rule that the design fee is not an assist and that the buying "
            "commission is "
            "not part of the price actually paid or payable, under 19 U.S.C. 1401a(b) and "
            "19 CFR 152.102."
        )
    return (
        "We ask CBP to rule that the country of origin is Malaysia, where the substantial "
        "transformation occurs, and that the proposed marking satisfies 19 U.S.C. 1304 and "
        "19 CFR Part 134."
    )


def _pending(r: Request) -> str | None:
    if r.pending == "absent":
        return None
    if r.pending == "court":
        return (
            "The classification of identical merchandise imported by the company is at "
            "issue before the "
            "U.S. Court of International Trade in Court No. 24-00187; no other CBP office "
            "is considering it."
        )
    if r.pending == "current":
        return (
            "The goods arrived at the port on the vessel Maersk Kinloss and entry has been "
            "filed; the "
            "shipment is held pending this ruling. To our knowledge the issue is not before "
            "any court."
        )
    return (
        "To the best of our knowledge, the issue is not pending before any CBP office, the "
        "Court of "
        "International Trade, the Court of Appeals for the Federal Circuit or any other "
        "court, and it "
        "has not been the subject of an earlier ruling request."
    )


def _samples(r: Request) -> str:
    return {
        "sent": "A sample of each item is enclosed; please return it when the ruling is issued.",
        "photos": "Photographs and a specification sheet are attached; no sample is sent.",
        "on-request": "A sample can be made available on request.",
    }[r.sample]


def _conf(r: Request) -> str:
    if r.confidential:
        return (
            "Confidential treatment is requested for the prices and the supplier's name, which are "
            "marked [CONFIDENTIAL]; their disclosure would harm the importer's competitive "
            "position."
        )
    return "No confidential treatment is requested."


def _ports(r: Request) -> str:
    return ", ".join(r.ports)


def counsel(r: Request, rng: random.Random) -> Doc:
    """A trade lawyer's formal letter in roman-numbered sections, 'Respectfully submitted,'."""
    writer, wlines = r.agent or (r.importer, r.importer_address)
    blocks: list[Block] = [
        Head(writer, wlines, align="center"),
        Para(fakes.date_text(r.request_date, r.date_style)),
        Para(_office(r)),
        Fields((("Re:", _subject(r)),), tabbed=False),
    ]
    who = (
        f"On behalf of our client, {r.importer}, {', '.join(r.importer_address)} (importer number "
        f"{r.importer_number}), we request"
        if r.agent
        else f"{r.importer}, {', '.join(r.importer_address)} (importer number "
        f"{r.importer_number}), requests"
    )
    blocks.append(
        Para(
            f"Dear Director:\n\n{who} a binding ruling under 19 CFR Part 177 on the "
            "merchandise described below."
        )
    )
    blocks += [Title("I. Facts", size=11)] + [Para(x) for x in _facts(r)]
    if r.ports:
        blocks.append(Para(f"The goods will be entered at the port(s) of {_ports(r)}."))
    if r.reconsider:
        blocks.append(
            Para(
                f"In New York Ruling {r.reconsider} the National Commodity Specialist Division "
                "classified these goods in another heading; we ask Headquarters to reconsider it."
            )
        )
    blocks += [Title("II. Ruling requested and basis", size=11), Para(_ask(r))]
    number = 3
    for title, text in (
        ("Statement under 19 CFR 177.2(b)(5)", _pending(r)),
        ("Samples", _samples(r)),
        ("Confidential information", _conf(r)),
    ):
        if text:
            blocks += [
                Title(
                    f"{'I' * number if number < 4 else 'IV' if number == 4 else 'V'}. {title}",
                    size=11,
                ),
                Para(text),
            ]
            number += 1
    blocks += [
        Para("We would welcome a call should the Division need further information."),
        Para("Respectfully submitted,"),
        Gap(18),
    ]
    if r.signed:
        blocks += [Para(r.signer[0], bold=True), Para(f"{r.signer[1]}\n{writer}")]
    else:
        blocks += [Para("______________________________"), Para(writer)]
    return Doc(
        blocks,
        serif=True,
        size=10.5 if rng.random() < 0.5 else 10,
        footer=f"{writer} | Privileged until filed",
    )


def email(r: Request, rng: random.Random) -> Doc:
    """A short e-mail as printed from a mail program: header lines, bullets, a signature block."""
    sent = fakes.date_text(r.request_date, rng.choice(["long", "us"]))
    box = (
        "ncsd.rulings@cbp.dhs.gov"
        if not (r.ruling_type == "valuation" or r.reconsider)
        else "hqrulings@cbp.dhs.gov"
    )
    blocks: list[Block] = [
        Para(f"From:    trade@{r.importer.split()[0].lower().strip(',')}-imports.com", mono=True),
        Para(f"Sent:    {sent} 10:{rng.randint(10, 59)} AM", mono=True),
        Para(f"To:      {box}", mono=True),
        Para(f"Subject: {_subject(r)}", mono=True),
        Gap(8),
        Para("Hello,"),
        Para(
            f"We are {r.importer}, importer number {r.importer_number}, of "
            f"{', '.join(r.importer_address)}. "
            "We plan to import the goods below and ask for a binding ruling before the "
            "first shipment."
        ),
        Bullets(tuple(_facts(r)), mark="*"),
    ]
    if r.ports:
        blocks.append(Para(f"Ports of entry: {_ports(r)}."))
    if r.reconsider:
        blocks.append(
            Para(f"This asks you to reconsider NY ruling {r.reconsider}, which we think is wrong.")
        )
    blocks += [Para(_ask(r))] + [Para(x) for x in (_pending(r), _samples(r), _conf(r)) if x]
    blocks.append(Para("Thanks in advance,"))
    if r.signed:
        blocks += [
            Para(f"{r.signer[0]}\n{r.signer[1]}\n{r.importer}\n" + "\n".join(r.importer_address))
        ]
    else:
        blocks += [Para(f"{r.importer}\n" + "\n".join(r.importer_address))]
    return Doc(blocks, serif=False, size=10, footer="Printed from the company mail system")


def questionnaire(r: Request, rng: random.Random) -> Doc:
    """A ruling questionnaire the importer filled in: numbered questions, an item table."""
    rows = [
        ("1. Requester (importer):", r.importer),
        ("2. Address:", ", ".join(r.importer_address)),
        ("3. Importer number:", r.importer_number),
        ("4. Date of request:", fakes.date_text(r.request_date, r.date_style)),
        ("5. Ruling sought:", _subject(r)),
        ("6. Port(s) of entry:", _ports(r) or ""),
    ]
    blocks: list[Block] = [
        Title("BINDING RULING REQUEST - QUESTIONNAIRE", size=12),
        Para(f"To: {_office(r).splitlines()[0]}", size=9),
        Fields(tuple(rows)),
    ]
    blocks.append(Title("7. Merchandise", size=10))
    if r.ruling_type == "classification":
        head = ("Item", "Description", "Proposed HTS")
        items = tuple((str(n + 1), g[0], r.hts(g[1])) for n, g in enumerate(r.goods))
        blocks.append(Table(head, items, ruled=rng.random() < 0.5, widths=(1, 7, 3)))
    blocks += [Para(x) for x in _facts(r)]
    if r.reconsider:
        blocks.append(
            Para(f"8. Earlier ruling: reconsideration of NY {r.reconsider} is requested.")
        )
    blocks += [Title("9. Ruling requested and basis", size=10), Para(_ask(r))]
    blocks += [Title("10. Pending matters (19 CFR 177.2(b)(5))", size=10), Para(_pending(r) or "")]
    blocks += [Fields((("11. Samples:", _samples(r)), ("12. Confidentiality:", _conf(r))))]
    blocks.append(Gap(10))
    sign = (f"/s/ {r.signer[0]}", r.signer[0], r.signer[1]) if r.signed else ("", "", "")
    blocks.append(
        Fields(
            (
                ("Signature:", sign[0] or "________________________"),
                ("Name:", sign[1]),
                ("Title:", sign[2]),
            )
        )
    )
    return Doc(
        blocks, serif=rng.random() < 0.5, size=10, footer=f"{r.importer} - ruling questionnaire"
    )


STYLES: dict[str, Callable[[Request, random.Random], Doc]] = {
    "counsel": counsel,
    "email": email,
    "questionnaire": questionnaire,
}

"""Binding-ruling requests (19 CFR Part 177): cases, truth and wording."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_fourth import law, people
from bench.corpus_fourth.blocks import Block, Checks, Doc, Fields, Heading, Letterhead, Para, Table
from bench.corpus_fourth.printed import ein, fmt_date

CASES = ["class", "origin", "marking", "valuation-hq", "reconsider-hq", "no-pending-stmt",
         "no-materials", "no-port", "unsigned", "six-items", "court-pending",
         "current-transaction"]
STYLES = {"weasy": ["consultant", "importer"], "mupdf": ["erulings", "hq-brief"]}
PENDING_NONE = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court "
    "of International Trade, the Court of Appeals for the Federal Circuit, or any other court.",
    "No transaction involving these goods is, or has been, under review by CBP or before any "
    "court, and the request is not one of a series.",
    "The importer is not aware of any CBP office or court having considered this question.",
    "Statement under 19 CFR 177.2(b)(5): the same issue is not before any Customs office or "
    "court.",
    "Neither the requester nor, to its knowledge, any related party has raised this issue "
    "with CBP or in litigation.",
]


FINISHES = ["black finish", "white finish", "natural finish", "red finish", "blue finish",
            "green finish", "grey finish"]


@dataclass
class Facts:
    company: tuple[str, list[str]]
    ior: str
    ports: list[tuple[str, str]]
    goods: list[tuple[str, str, str, str]]
    subject: str
    signer: str
    letter_date: date
    received: date
    today: date
    omit: set[str] = field(default_factory=set)
    court: bool = False
    current: bool = False
    reconsider: str | None = None
    sample: bool = False
    photos: bool = False
    confidential: bool = False


def _facts(rng: random.Random, case: str) -> Facts:
    letter = date(2024, 2, 1) + timedelta(days=rng.randrange(600))
    received = letter + timedelta(days=rng.randrange(2, 12))
    while not law.is_business_day(received):
        received += timedelta(days=1)
    subject = {"origin": "origin", "marking": "marking", "valuation-hq": "valuation"}.get(
        case, "classification")
    count = 6 if case == "six-items" else (rng.choice([1, 2]) if subject == "classification"
                                           else 1)
    # Items of one class or kind: one article in several finishes (177.2 practice: at most five).
    base = rng.choice(people.GOODS)
    finishes = rng.sample(FINISHES, count) if count > 1 else [""]
    goods = [(f"{base[0]}{f', {f}' if f else ''}", *base[1:]) for f in finishes]
    facts = Facts(company=rng.choice(people.COMPANIES), ior=ein(rng),
                  ports=rng.sample(people.PORTS, rng.choice([1, 2])), goods=goods,
                  subject=subject, signer=rng.choice(people.SIGNERS), letter_date=letter,
                  received=received, today=received + timedelta(days=rng.randrange(5, 25)),
                  sample=rng.random() < 0.4, photos=rng.random() < 0.5,
                  confidential=rng.random() < 0.3)
    facts.omit = {"no-pending-stmt": {"pending"}, "no-materials": {"materials"},
                  "no-port": {"port"}, "unsigned": {"signature"}}.get(case, set())
    facts.court = case == "court-pending"
    facts.current = case == "current-transaction"
    if case == "reconsider-hq":
        facts.reconsider = f"N{rng.randrange(300000, 350000)}"
    return facts


def truth(facts: Facts, case: str, agent: bool) -> dict[str, Any]:
    """Route by subject, missing 177.2 elements, no-ruling grounds, due date (NCSD + 30)."""
    name, address = facts.company
    hq = facts.subject == "valuation" or facts.reconsider is not None
    missing = []
    if "port" in facts.omit:
        missing.append("177.2(b)(1)")
    if "materials" in facts.omit:
        missing.append("177.2(b)(2)")
    if "pending" in facts.omit:
        missing.append("177.2(b)(5)")
    if "signature" in facts.omit:
        missing.append("177.2(c)")
    if facts.court or facts.current:
        outcome = "no_ruling"
    elif missing or len(facts.goods) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "importer_number": facts.ior, "request_date": facts.letter_date.isoformat(),
        "ruling_type": facts.subject,
        "proposed_hts": [facts.goods[0][1]] if facts.subject == "classification" else [],
        "prospective": not facts.current, "pending_statement": "pending" not in facts.omit,
        "pending_in_court": facts.court, "pending_before_cbp": facts.current,
        "sample_provided": facts.sample, "confidential_requested": facts.confidential,
        "signed": "signature" not in facts.omit}
    not_scored = ["product_description and ports not scored: the contract does not fix which "
                  "text or which form (name or code) is the value"]
    if not agent:
        values["requester_name"] = name
        values["requester_address"] = ", ".join(address)
    else:
        not_scored.append("requester_name/address not scored: the letter is written by an agent "
                          "for the importer, and the contract does not say which is the requester")
    if facts.subject == "classification":
        values["item_count"] = len(facts.goods)
    else:
        not_scored.append("item_count not scored: outside classification")
    decision: dict[str, Any] = {"outcome": outcome, "route": "HQ" if hq else "NCSD",
                                "missing": missing}
    if facts.court:
        del values["prospective"]
        not_scored.append("prospective not scored: future imports are asked about while earlier "
                          "imports of the same goods are before the court")
    if outcome == "no_ruling":
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
    if outcome == "accept":
        decision["due"] = None if hq else (facts.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored: whether a target date runs for a request that is "
                          "deficient or gets no ruling is not fixed by the contract")
    return {"kind": "ruling-request", "case": case,
            "args": ["--received", facts.received.isoformat(), "--today", facts.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}


def build(rng: random.Random, case: str, producer: str) -> Doc:
    """One ruling request of CASE printed by PRODUCER."""
    facts = _facts(rng, case)
    style = rng.choice(STYLES[producer])
    agent = style in ("consultant", "hq-brief")
    ds = rng.choice(["long", "abbr", "slash", "dmy", "iso"])
    blocks = _compose(rng, facts, style, ds)
    printed = [facts.ior, fmt_date(facts.letter_date, ds)]
    if facts.subject == "classification":
        printed.append(facts.goods[0][1])
    if not agent:
        printed += [facts.company[0], *facts.company[1]]
    return Doc("ruling-request", case, producer, style, blocks, truth(facts, case, agent), printed,
               rng.choice(["serif", "sans", "mono"]))


def _compose(rng: random.Random, facts: Facts, style: str, ds: str) -> list[Block]:
    name, address = facts.company
    hq = facts.subject == "valuation" or facts.reconsider is not None
    to = ("Director, Regulations and Rulings\nOffice of Trade, U.S. Customs and Border "
          "Protection\n90 K Street NE, 10th Floor\nWashington, DC 20229" if hq else
          "Director, National Commodity Specialist Division\nU.S. Customs and Border Protection"
          "\n201 Varick Street, Suite 501\nNew York, NY 10014")
    if style == "consultant":
        firm, firm_addr = rng.choice(people.CONSULTANTS)
        head: list[Block] = [Letterhead([firm, *firm_addr]), Para(fmt_date(facts.letter_date, ds)),
                             Para(to)]
        intro = (f"On behalf of our client {name}, {', '.join(address)} (IOR {facts.ior}), and "
                 f"under the authority of its letter of engagement, we request a binding ruling")
    elif style == "hq-brief":
        firm, firm_addr = rng.choice(people.FIRMS)
        head = [Letterhead([firm, *firm_addr]), Para(f"Date: {fmt_date(facts.letter_date, ds)}"),
                Para(to)]
        intro = (f"This firm represents {name} (importer no. {facts.ior}), located at "
                 f"{', '.join(address)}, which asks for a binding ruling")
    elif style == "erulings":
        head = [Letterhead(["BINDING RULING REQUEST", "submitted through the eRulings template"]),
                Fields([("1. Requester", name), ("2. Address", ", ".join(address)),
                        ("3. Importer number", facts.ior),
                        ("4. Date of request", fmt_date(facts.letter_date, ds)),
                        ("5. Addressed to", "Regulations and Rulings" if hq else "NCSD")],
                       boxed=True)]
        intro = "The requester asks for a binding ruling"
    else:
        head = [Letterhead([name, *address]), Para(fmt_date(facts.letter_date, ds)), Para(to),
                Para(f"Importer of record number: {facts.ior}")]
        intro = "We are writing to request a binding ruling"
    topic = {"classification": "on the tariff classification under the HTSUS",
             "origin": "on the country of origin", "marking": "on the country-of-origin "
             "marking requirements (19 CFR Part 134)",
             "valuation": "on the customs value (19 U.S.C. 1401a)"}[facts.subject]
    blocks = [*head, Para(f"Re: Request for binding ruling - {facts.subject}", bold=True),
              Para(f"{intro} {topic} of the merchandise described below, which the importer "
                   "plans to import." if not facts.current else
                   f"{intro} {topic} of the merchandise described below. The goods arrived "
                   "last week and the entry is now awaiting release at the port.")]
    if facts.reconsider:
        blocks.append(Para(f"We ask Headquarters to reconsider New York ruling {facts.reconsider}, "
                           "which classified identical goods in another subheading."))
    if "port" not in facts.omit:
        ports = " and ".join(f"{p[0]} (port {p[1]})" for p in facts.ports)
        blocks.append(Para(f"The goods will be entered at {ports}."))
    blocks.append(Heading(rng.choice(["Facts", "Description of the Merchandise",
                                      "Product Information", "I. Merchandise"])))
    if len(facts.goods) > 1 and style in ("consultant", "erulings"):
        rows = [[str(n), g[0].split(",")[0], g[0].rsplit(", ", 1)[-1]]
                for n, g in enumerate(facts.goods, start=1)]
        blocks.append(Table(["No.", "Article", "Finish"], rows))
    for g in facts.goods:
        price = f"USD {rng.randrange(4, 90)}.{rng.randrange(100):02d} per unit"
        if style == "consultant":  # a specification sheet per item
            specs = [["Description", g[0]], ["Principal use in the U.S.", g[3]]]
            if "materials" not in facts.omit:
                specs.append(["Component materials", g[2]])
            specs += [["Purchase price", f"{price} (FOB)"],
                      ["U.S. selling price", "about twice the purchase price"]]
            blocks.append(Table(["Specification", "Detail"], specs, wrap=True))
            continue
        text = f"{g[0]}. Principal use: {g[3]}."
        if "materials" not in facts.omit:
            text += f" Composition: {g[2]}."
        text += f" Purchase price {price}; U.S. selling price about twice that."
        blocks.append(Para(text))
    if facts.subject == "valuation":
        blocks.append(Para("The goods are bought FOB Ningbo from an unrelated seller under a "
                           "written supply contract; the buyer pays a buying commission of 4% to "
                           "its own agent, and no assists or royalties are involved."))
    if facts.subject in ("origin", "marking"):
        blocks.append(Para("The components are made in China and the article is finished in "
                           "Vietnam; the importer proposes to mark each unit 'Made in Vietnam' "
                           "with a permanent label."))
    if facts.subject == "classification":
        hts = facts.goods[0][1]
        blocks.append(Heading(rng.choice(["Proposed Classification", "Law and Analysis",
                                          "Ruling Requested"])))
        blocks.append(Para(f"We believe the goods are classified in subheading {hts}, HTSUS, "
                           "under GRI 1, because the terms of that heading describe them."))
    elif facts.subject == "valuation":
        blocks.append(Heading("Ruling Requested"))
        blocks.append(Para("We ask CBP to hold that the buying commission is not part of the "
                           "transaction value, because the agent acts for the buyer alone."))
    blocks += _pending(rng, facts)
    blocks += _extras(rng, facts, style)
    blocks += _signature(rng, facts)
    return blocks


def _pending(rng: random.Random, facts: Facts) -> list[Block]:
    if "pending" in facts.omit:
        return []
    if facts.court:
        return [Heading("Pending Matters"),
                Para("The classification of identical goods imported by the requester is the "
                     "subject of an action now pending before the U.S. Court of International "
                     "Trade, Court No. 24-00" + f"{rng.randrange(100, 999)}.")]
    if facts.current:
        return [Para("Apart from the entry now awaiting release at the port, the issue is not "
                     "before any CBP office or court.")]
    return [Heading(rng.choice(["Pending Matters", "Statement Regarding Pending Matters",
                                "177.2(b)(5) Statement"])), Para(rng.choice(PENDING_NONE))]


def _extras(rng: random.Random, facts: Facts, style: str) -> list[Block]:
    out: list[Block] = []
    if style == "erulings":
        out.append(Checks([(facts.sample, "Sample sent with this request"),
                           (facts.photos, "Photographs / specification sheet attached"),
                           (facts.confidential, "Confidential treatment requested")]))
        return out
    if facts.sample:
        out.append(Para(rng.choice(["A sample of each item is enclosed; please return it.",
                                    "Samples are being sent under separate cover by courier.",
                                    "We enclose one sample, which need not be returned."])))
    else:
        out.append(Para(rng.choice(["A sample is available on request.",
                                    "No sample is submitted.", ""]) or
                        "Samples can be made available if the specialist wishes."))
    if facts.photos:
        out.append(Para("Photographs and the manufacturer's specification sheet are enclosed."))
    if facts.confidential:
        out.append(Para("We ask that the pricing information in this letter be kept confidential "
                        "under 19 CFR 177.2(b)(7); it is commercially sensitive and bracketed."))
    elif rng.random() < 0.5:
        out.append(Para("No confidential treatment is requested."))
    return out


def _signature(rng: random.Random, facts: Facts) -> list[Block]:
    if "signature" in facts.omit:
        return [Para("Sincerely,"), Para("______________________________"), Para("")]
    kind = rng.randrange(3)
    if kind == 0:
        return [Para("Respectfully submitted,"), Para(facts.signer), Para("Trade Counsel")]
    if kind == 1:
        return [Para("Sincerely,"), Para(f"/s/ {facts.signer}")]
    return [Para("Very truly yours,"), Para("______________________________"),
            Para(facts.signer), Para("Compliance Manager")]

"""Binding-ruling requests (19 CFR Part 177): the document's blocks and the officer's truth."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_seventeenth.blocks import Block, Doc, Fields, Para, Sign, Title
from bench.corpus_seventeenth.fmt import when
from bench.corpus_seventeenth.people import (
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    TITLES,
    Goods,
    Party,
    pick_party,
    weekday_between,
)

CASES = ["class-accept", "valuation-hq", "class-agent", "no-pending-statement", "marking-accept",
         "court-pending", "carrier-hq", "unsigned", "six-items", "current-transaction",
         "agent-no-authority", "no-ports", "origin-agent", "no-materials", "valuation-no-terms",
         "result-no-basis"]
AUTHORITY = [  # an agent stating its authority, in varied words (177.1(c))
    "We are authorized by {name} to request this ruling on its behalf; a letter of authority is "
    "enclosed.",
    "This request is made as agent for {name}, under the power of attorney it granted us.",
    "Our firm acts for {name} with its written authorization to seek this ruling.",
    "{name} has appointed us, by the enclosed letter, to request this ruling for it.",
    "As the importer's authorized customs broker (power of attorney on file), we submit this "
    "request "
    "for {name}.",
]
PENDING = ["To the best of our knowledge, the issue is not under consideration by any CBP office, "
           "the Court of International Trade or any other court.",
           "No transaction of this kind is pending before CBP or any court, and none has been the "
           "subject of a ruling.",
           "The issue is not, and has never been, before a CBP office or the courts.",
           "The requester states that this matter is not pending before CBP, the CIT or the "
           "Federal "
           "Circuit, and is not one of a series.",
           "We are not aware of the issue being before any CBP office or any court."]


@dataclass
class Ruling:
    case: str
    party: Party
    subject: str  # classification | valuation | marking | origin | carrier
    goods: Goods
    items: int
    hts: list[str]
    ports: list[str]
    request_date: date
    received: date
    today: date
    signer: str
    title: str
    agent: tuple[str, str, str] | None = None
    authority: bool = True
    signed: bool = True
    pending: str = "statement"  # statement | none | court | cbp
    sample: str = "sent"  # sent | photos | on-request
    confidential: bool = False
    facts_complete: bool = True
    basis: bool = True


def build(case: str, rng: random.Random) -> Ruling:
    party, goods = pick_party(rng), rng.choice(GOODS)
    request = weekday_between(rng, date(2024, 1, 8), date(2025, 9, 30))
    received = request + timedelta(days=rng.randint(2, 9))
    while received.weekday() > 4:
        received += timedelta(days=1)
    ports = [name for _, name in rng.sample(PORTS, rng.randint(1, 2))]
    hts = rng.choice([goods.hts, goods.hts.replace(".", ""), goods.hts[:7] + "." +
                      goods.hts[8:10] + "." + goods.hts[10:]])
    r = Ruling(case, party, "classification", goods, 1, [hts], ports, request, received,
               received + timedelta(days=rng.randint(1, 14)), rng.choice(PEOPLE),
               rng.choice(TITLES),
               sample=rng.choice(["sent", "photos", "on-request", "sent"]),
               confidential=rng.random() < 0.3)
    if "agent" in case or case in ("valuation-hq", "carrier-hq"):
        r.agent, r.title = rng.choice(FIRMS), rng.choice(["Partner", "Counsel", "Senior Associate",
                                                          "Licensed Customs Broker"])
    r.subject = {"valuation-hq": "valuation", "valuation-no-terms": "valuation",
                 "marking-accept": "marking", "origin-agent": "origin",
                 "carrier-hq": "carrier"}.get(case, "classification")
    if r.subject != "classification":
        r.hts = []
    r.authority = case != "agent-no-authority"
    r.signed = case != "unsigned"
    r.pending = {"no-pending-statement": "none", "court-pending": "court",
                 "current-transaction": "cbp"}.get(case, "statement")
    r.items = 6 if case == "six-items" else rng.choice([1, 1, 2, 3])
    r.ports = [] if case == "no-ports" else r.ports
    r.facts_complete = case not in ("no-materials", "valuation-no-terms")
    r.basis = case != "result-no-basis"
    return r


def truth(r: Ruling) -> dict[str, Any]:
    not_scored = ["product_description, ports: free text and place names whose printed extent the "
                  "contract does not fix"]
    values: dict[str, Any] = {
        "importer_number": r.party.ior, "request_date": r.request_date.isoformat(),
        "ruling_type": r.subject, "prospective": r.pending != "cbp",
        "pending_statement": r.pending != "none", "pending_in_court": r.pending == "court",
        "pending_before_cbp": r.pending == "cbp", "sample_provided": r.sample == "sent",
        "confidential_requested": r.confidential, "signed": r.signed,
    }
    if r.agent:
        not_scored.append("requester_name, requester_address: a request written by an agent "
                          "(importer or agent)")
    else:
        values["requester_name"], values["requester_address"] = r.party.name, r.party.address
    if r.subject == "classification":
        values["proposed_hts"], values["item_count"] = r.hts, r.items
    else:
        values["proposed_hts"] = []
        not_scored.append("item_count: outside classification")
    missing = [item for item, absent in (("177.2(b)(1)", not r.ports),
                                         ("177.2(b)(2)", not r.facts_complete),
                                         ("177.2(b)(5)", r.pending == "none"),
                                         ("177.2(b)(6)", not r.basis),
                                         ("177.2(c)", not r.signed)) if absent]
    route = "HQ" if r.subject in ("valuation", "carrier") else "NCSD"
    decision: dict[str, Any] = {"route": route, "missing": missing}
    if r.pending in ("court", "cbp"):
        decision["outcome"] = "no_ruling"
    elif not r.authority:
        decision["outcome"] = "needs_human"
        not_scored.append("(doubt) outcome needs_human: counsel writes 'on behalf of' the importer "
                          "without stating its authority (177.1), a point an officer queries")
    elif missing or r.items > 5:
        decision["outcome"] = "deficient"
    else:
        decision["outcome"] = "accept"
    if decision["outcome"] in ("accept", "deficient"):
        decision["reason"] = None
    else:
        not_scored.append("reason: free text")
    if route == "HQ":
        decision["due"] = None
    elif decision["outcome"] == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due: a deficient, no-ruling or queried NCSD request")
    return {"kind": "ruling-request", "case": r.case,
            "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}


def _facts(r: Ruling, rng: random.Random) -> list[tuple[str, str]]:
    g = r.goods
    if r.subject == "valuation":
        pairs = [("Merchandise", g.description)]
        if r.facts_complete:
            pairs += [("Terms of sale", rng.choice(["FOB Ningbo", "EXW seller's factory, Monterrey",
                                                    "FCA Hamburg"])),
                      ("Relationship", rng.choice(["The seller is unrelated to the buyer.",
                                                   "Buyer and seller are related: the seller owns "
                                                   "40% of the buyer."])),
                      ("Invoice data", "Unit price invoiced per purchase order; no assists, "
                                       "royalties or commissions are paid.")]
        return pairs
    if r.subject == "carrier":
        return [("Vessel", "M/V Northern Tern, offshore supply vessel"),
                ("Place of build", "Ulsteinvik, Norway"), ("Flag", "Norway (foreign flag)"),
                ("Place of use", "Outer Continental Shelf, Gulf of Mexico, Block GC-640"),
                ("Itinerary", "Port Fourchon, Louisiana to the platform and back, without "
                              "other calls")]
    pairs = [("Product", g.description), ("Principal use", g.use.capitalize()),
             ("Commercial names", g.names)]
    if r.facts_complete:
        pairs.append(("Component materials", g.materials))
    pairs.append(("Price", f"Purchase price ${rng.randint(4, 60)}.{rng.randint(10, 99)} per unit; "
                           f"U.S. selling price ${rng.randint(70, 150)}.00"))
    if r.items > 1:
        pairs.append(("Items", f"{r.items} models of the same product line: "
                               + ", ".join(f"model {chr(65 + i)}-{100 + i}"
                                           for i in range(r.items))))
    if r.subject == "origin":
        pairs.append(("Production", "Components from Vietnam and Malaysia, assembled and tested in "
                                    "Mexico"))
    return pairs


def blocks(r: Ruling, rng: random.Random) -> Doc:
    """The request as blocks: letterhead, facts list, statements, two-column signature."""
    ds = rng.choice(["long", "abbrev", "slash", "day_month", "iso"])
    who = r.agent or (r.party.name, r.party.street, r.party.city)
    office = ("National Commodity Specialist Division, U.S. Customs and Border Protection, "
              "New York, NY" if r.subject in ("classification", "marking", "origin") else
              "Regulations and Rulings, Office of Trade, U.S. Customs and Border Protection, "
              "Washington, DC")
    subject_words = {"classification": "tariff classification", "valuation": "valuation",
                     "marking": "country of origin marking", "origin": "country of origin",
                     "carrier": "coastwise transportation"}[r.subject]
    out: list[Block] = [
        Para(when(r.request_date, ds)),
        Para(f"To: {office}"),
        Title(rng.choice(["Request for a Binding Ruling", "Binding Ruling Request",
                          "Prospective Ruling Request under 19 CFR Part 177"]),
              f"Subject: {subject_words} of {r.goods.names.split(',')[0]}s"),
    ]
    importer = [("Importer", r.party.name), ("Importer address", r.party.address),
                ("Importer number", r.party.ior)]
    if r.agent:
        line = (rng.choice(AUTHORITY).format(name=r.party.name) if r.authority else
                f"We write on behalf of {r.party.name}.")
        out.append(Para(line))
    else:
        out.append(Para(rng.choice([
            f"{r.party.name} requests a binding ruling on the {subject_words} of the goods below.",
            f"We, {r.party.name}, ask for a prospective ruling on the {subject_words} of the "
            "merchandise described here.",
            f"{r.party.name} respectfully requests a ruling on the {subject_words} of the product "
            "described below."])))
    ports = (("Ports of entry", " and ".join(r.ports)),) if r.ports else ()
    out.append(Fields(importer + list(ports), numbered=rng.random() < 0.4))
    out.append(Para("The importer plans to begin importing the goods next season; no shipment "
                    "has been made or entered.", heading="Transaction") if r.pending != "cbp" else
               Para("The first shipment arrived last month and is being held at the port pending "
                    "entry; further shipments will follow.", heading="Transaction"))
    out.append(Fields(_facts(r, rng)))
    if r.subject == "classification" and r.hts:
        basis = (f"The goods are described by the terms of the heading under GRI 1; subheading "
                 f"{r.hts[0]} covers them by their principal use." if r.basis else "")
        out.append(Para(f"We ask CBP to classify the goods in subheading {r.hts[0]}, HTSUS. "
                        f"{basis}",
                        heading="Ruling requested",
                        footnote="General Rules of Interpretation 1 and 6, HTSUS."
                        if r.basis else ""))
    elif r.subject == "marking":
        out.append(Para("Please rule that marking the retail box \"Made in Vietnam\" satisfies "
                        "19 U.S.C. 1304, the article itself being marked on its base.",
                        heading="Ruling requested", footnote="19 CFR 134.11 and 134.41."))
    else:
        out.append(Para(f"Please rule on the {subject_words} of the transaction described above, "
                        "on the facts stated.", heading="Ruling requested"))
    if r.pending == "statement":
        out.append(Para(rng.choice(PENDING), heading=rng.choice(
            ["Pending matters", "Statement under 19 CFR 177.2(b)(5)", "Other proceedings"])))
    elif r.pending == "cbp":
        out.append(Para("The shipment is now before CBP at the port of "
                        f"{(r.ports or ['entry'])[0]}, "
                        "awaiting entry; no other office or court has the issue.",
                        heading="Pending matters"))
    elif r.pending == "court":
        out.append(Para("The same issue is now before the Court of International Trade in an "
                        "action "
                        "the importer filed on an earlier entry (Court No. "
                        f"{r.request_date.year % 100}"
                        f"-00{rng.randint(100, 999)}).", heading="Pending matters"))
    out.append(Para({"sent": "Two samples are sent with this letter; please return them.",
                     "photos": "Photographs and a specification sheet are enclosed; no sample is "
                               "sent.",
                     "on-request": "A sample is available on request."}[r.sample],
                    heading="Samples"))
    out.append(Para("We ask that the price information be treated as confidential: it is "
                    "commercially sensitive." if r.confidential else
                    "No confidential treatment is requested.", heading="Confidentiality"))
    sign_left = [r.signer, r.title]
    right = [who[0], who[1], who[2]]
    out.append(Sign(sign_left if r.signed else [], right,
                    mark=f"/s/ {r.signer}" if r.signed and rng.random() < 0.5 else ""))
    letterhead = [who[0], f"{who[1]}, {who[2]}"]
    return Doc(f"Ruling request | {r.party.name} | {when(r.request_date, ds)}", out, letterhead)

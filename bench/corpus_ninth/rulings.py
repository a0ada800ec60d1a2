"""Binding-ruling requests (19 CFR Part 177): questionnaire, reconsideration, valuation, ..."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_ninth.blocks import Doc, h, kv, p, table
from bench.corpus_ninth.fmt import day
from bench.corpus_ninth.people import GOODS, PORTS, Draw

PENDING = ["To the best of the requester's knowledge, the issue is not pending before any CBP "
           "office, the Court of International Trade, the Court of Appeals for the Federal "
           "Circuit or any court on appeal, and has not been the subject of an earlier ruling.",
           "No CBP office or court is considering, or has considered, this issue or the same "
           "transaction."]


@dataclass(frozen=True)
class Case:
    """One ruling request."""

    number: int
    producer: str
    style: str
    case: str


CASES = [
    Case(1, "pikepdf", "questionnaire", "class-complete"),
    Case(2, "xhtml2pdf", "reconsider", "reconsider-ny-hq"),
    Case(3, "pikepdf", "valuation", "valuation-related"),
    Case(4, "xhtml2pdf", "importer", "no-pending-statement"),
    Case(5, "pikepdf", "questionnaire", "pending-cit"),
    Case(6, "xhtml2pdf", "marking", "marking-unsigned"),
    Case(7, "pikepdf", "carrier", "carrier-coastwise-hq"),
    Case(8, "xhtml2pdf", "origin", "origin-complete"),
    Case(9, "pikepdf", "questionnaire", "seven-items"),
    Case(10, "xhtml2pdf", "origin", "current-transaction"),
    Case(11, "pikepdf", "brief", "no-use-or-materials"),
    Case(12, "xhtml2pdf", "agent", "broker-confidential"),
]


def build(case: Case, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The document and its truth file."""
    draw = Draw(seed * 1000 + 100 + case.number)
    name, street, city = draw.company()
    importer = draw.importer_number()
    ports = draw.rng.sample(PORTS, 2)
    goods, hts = draw.rng.choice(GOODS)
    signer = draw.person()
    request_date = draw.day_between(date(2025, 2, 3), date(2025, 9, 15))
    received = request_date + timedelta(days=draw.rng.randint(2, 6))
    today = received + timedelta(days=draw.rng.randint(2, 20))
    v = locals()
    doc, values, decision, not_scored = _STYLES[case.style](case, draw, v)
    truth: dict[str, Any] = {"kind": "ruling-request", "case": case.case,
                             "args": ["--received", received.isoformat(), "--today",
                                      today.isoformat()],
                             "values": values, "decision": decision}
    if not_scored:
        truth["not_scored"] = not_scored
    return doc, truth


def _common(v: dict[str, Any], **extra: Any) -> dict[str, Any]:
    values = {"requester_name": v["name"], "requester_address": f"{v['street']}, {v['city']}",
              "importer_number": v["importer"], "request_date": v["request_date"].isoformat(),
              "prospective": True, "pending_statement": True, "pending_in_court": False,
              "pending_before_cbp": False, "confidential_requested": False, "signed": True}
    values.update(extra)
    return values


def _questionnaire(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                        dict[str, Any], list[str]]:
    court = case.case == "pending-cit"
    many = case.case == "seven-items"
    models = [f"item {v['goods'].split()[0][:2].upper()}-{10 + i}" for i in range(7)]
    items = "; this request covers seven separate items: " + ", ".join(models) if many else ""
    doc = Doc((v["name"], v["street"], v["city"]), font="Courier",
              footer="Binding ruling request - questionnaire")
    h(doc, "REQUEST FOR BINDING RULING - CLASSIFICATION")
    kv(doc, [("1. Name of importer:", v["name"]),
             ("2. Address:", f"{v['street']}, {v['city']}"),
             ("3. Importer number:", v["importer"]),
             ("4. Date of request:", day(v["request_date"], "mil")),
             ("5. Port(s) of entry:", ", ".join(code for code, _ in v["ports"])),
             ("6. Description of the merchandise:", v["goods"] + items),
             ("7. Principal use in the United States:", "Sold to commercial contractors and "
              "retailers for installation and resale"),
             ("8. Component materials:", "Metal body 82% by weight, polymer parts 15%, "
              "packaging 3%"),
             ("9. Commercial names / price:", "Sold under the importer's house brand; FOB "
              "purchase price $18.40 per unit, U.S. selling price $39.00"),
             ("10. Proposed classification:", f"{v['hts']}, HTSUS, under GRI 1 and 6"),
             ("11. Sample:", "One sample is enclosed with this request and need not be "
              "returned."),
             ("12. Confidential treatment:", "Not requested."),
             ("13. Pending matters:", PENDING[0] if not court else
              "The classification of this merchandise is the subject of Court No. 25-00117 "
              "now before the U.S. Court of International Trade.")])
    doc.add("sig", f"Certified by: /s/ {v['signer']}\n{v['signer']}, Import Manager")
    values = _common(v, ruling_type="classification", proposed_hts=[v["hts"]], item_count=1,
                     ports=[code for code, _ in v["ports"]], sample_provided=True,
                     pending_in_court=court)
    if many:
        values["item_count"] = 7
        return doc, values, {"outcome": "deficient", "route": "NCSD", "missing": [],
                             "reason": None}, ["due: a deficient NCSD request"]
    if court:
        decision = {"outcome": "no_ruling", "route": "NCSD", "missing": []}
        return doc, values, decision, ["reason: free text", "due: no ruling is issued"]
    due = (v["received"] + timedelta(days=30)).isoformat()
    return doc, values, {"outcome": "accept", "route": "NCSD", "missing": [], "reason": None,
                         "due": due}, []


def _reconsider(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                     dict[str, Any], list[str]]:
    ruling = f"N{draw.rng.randint(300000, 349999)}"
    doc = Doc(("Whitcombe Larue PLLC", "International Trade Group",
               "One Financial Plaza, 22nd Floor, Hartford, CT 06103"),
              footer="Request for reconsideration")
    p(doc, "T" + day(v["request_date"], "legal")[1:])
    p(doc, "Regulations and Rulings, Office of Trade, U.S. Customs and Border Protection, "
           "90 K Street NE, Washington, DC 20229")
    p(doc, f"Re: Request for reconsideration of New York Ruling Letter {ruling}")
    p(doc, f"We write for our client {v['name']}, {v['street']}, {v['city']} (importer number "
           f"{v['importer']}), and ask Headquarters to reconsider ruling {ruling}, issued by the "
           "National Commodity Specialist Division, and to rule that the merchandise is "
           f"classified in subheading {v['hts']}. Our client intends to enter the goods at "
           f"{v['ports'][0][1]} beginning next quarter.")
    h(doc, "Facts")
    p(doc, f"The merchandise is {v['goods'].lower()}. It is used principally by commercial "
           "buyers; it consists of metal (80% by value) and polymer fittings (20%). It is sold "
           "under the client's brand at a purchase price of $22.15 and a U.S. selling price of "
           "$45.00.")
    h(doc, "Why the ruling should be changed")
    p(doc, f"The earlier ruling relied on a heading that does not describe the goods; under GRI 1 "
           f"the terms of heading {v['hts'][:4]} cover them, as Headquarters rulings on similar "
           "merchandise have held.")
    h(doc, "Statement regarding pending matters")
    p(doc, f"Apart from ruling {ruling} itself, the issue is not and has not been before any CBP "
           "office, the Court of International Trade or any appellate court.")
    p(doc, "Photographs and a specification sheet are enclosed; no sample accompanies this "
           "request.")
    doc.add("sig", f"Respectfully submitted,\n\n{v['signer']}\nPartner, Whitcombe Larue PLLC")
    values = _common(v, ruling_type="classification", proposed_hts=[v["hts"]],
                     sample_provided=False)
    for key in ("requester_name", "requester_address"):
        values.pop(key)
    return doc, values, {"outcome": "accept", "route": "HQ", "missing": [], "reason": None,
                         "due": None}, [
        "requester_name/address: written by counsel for the importer (agent or importer open)",
        "ports: named in a sentence, name vs code open", "item_count: one product, not stated"]


def _valuation(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                    dict[str, Any], list[str]]:
    parent = "Hanseatic Werkzeug GmbH"
    doc = Doc((v["name"], v["street"], v["city"]), font="Times-Roman",
              footer="Valuation ruling request")
    p(doc, day(v["request_date"], "slash"))
    p(doc, "Director, Commercial and Trade Facilitation Division, Regulations and Rulings, "
           "U.S. Customs and Border Protection, Washington, DC 20229")
    p(doc, "Subject: Prospective ruling on transaction value between related parties")
    p(doc, f"{v['name']} (importer no. {v['importer']}) requests a binding ruling that its "
           f"future purchases of {v['goods'].lower()} from {parent}, Bremen, Germany, may be "
           "appraised at transaction value. The goods will be entered at the ports of "
           f"{v['ports'][0][1]} and {v['ports'][1][1]}.")
    h(doc, "Terms of sale and relationship of the parties")
    p(doc, f"{parent} owns 100% of the requester's stock; the parties are related within 19 "
           "U.S.C. 1401a(g). Sales are FCA Bremen under a 2025 supply agreement, invoiced in "
           "euros; the price is set by a cost-plus formula that yields the seller's usual "
           "group-wide profit, so the relationship does not influence the price "
           "(circumstances of sale test, 19 CFR 152.103(l)). Invoices and the agreement are "
           "attached.")
    h(doc, "Statement under 19 CFR 177.2(b)(5)")
    p(doc, PENDING[0])
    doc.add("sig", f"Sincerely,\n/s/ {v['signer']}\n{v['signer']}\nChief Financial Officer")
    values = _common(v, ruling_type="valuation", proposed_hts=[], sample_provided=False)
    return doc, values, {"outcome": "accept", "route": "HQ", "missing": [], "reason": None,
                         "due": None}, ["item_count: outside classification",
                                        "ports: named in a sentence, name vs code open"]


def _importer(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                   dict[str, Any], list[str]]:
    doc = Doc((v["name"], v["street"], v["city"]), footer="Classification request")
    p(doc, day(v["request_date"], "long"))
    p(doc, "National Commodity Specialist Division, U.S. Customs and Border Protection, "
           "201 Varick Street, New York, NY 10014")
    p(doc, f"Dear National Import Specialist: {v['name']}, importer number {v['importer']}, "
           "asks for a prospective classification ruling on a product it plans to import "
           f"through the port of {v['ports'][0][1]}.")
    kv(doc, [("Item", v["goods"]), ("Use", "Resold through home-improvement retailers"),
             ("Materials", "Steel 70%, zinc alloy 25%, rubber seals 5% by weight"),
             ("Price", "Purchase price $11.25 each; retail $24.99"),
             ("Suggested subheading", v["hts"].replace(".", ""))])
    p(doc, "We believe the suggested subheading applies because its terms describe the item "
           "exactly (GRI 1). A sample will be sent on request.")
    doc.add("sig", f"Sincerely,\n\n{v['signer']}\nLogistics Director")
    values = _common(v, ruling_type="classification", proposed_hts=[v["hts"].replace(".", "")],
                     item_count=1, sample_provided=False, pending_statement=False)
    return doc, values, {"outcome": "deficient", "route": "NCSD", "missing": ["177.2(b)(5)"],
                         "reason": None}, ["due: a deficient NCSD request",
                                           "ports: named in a sentence, name vs code open"]


def _marking(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                  dict[str, Any], list[str]]:
    doc = Doc((v["name"], v["street"], v["city"]), font="Times-Roman",
              footer="Country of origin marking")
    p(doc, f"Date: {day(v['request_date'], 'intl')}")
    p(doc, "To: National Commodity Specialist Division, New York, NY")
    p(doc, f"Re: Marking of imported {v['goods'].lower()}")
    p(doc, f"{v['name']} ({v['importer']}) will import the goods through port code "
           f"{v['ports'][0][0]} and asks whether a permanent molded \"Made in Vietnam\" on the "
           "underside, hidden once installed, satisfies 19 U.S.C. 1304 and 19 CFR 134.41. The "
           "goods are packed 12 to a carton; the carton is also marked. Drawings are enclosed.")
    p(doc, "Pending matters: " + PENDING[1])
    doc.add("sig", "Signature: ____________________________\nAuthorized officer")
    values = _common(v, ruling_type="marking", sample_provided=False, signed=False)
    values["ports"] = [v["ports"][0][0]]
    return doc, values, {"outcome": "deficient", "route": "NCSD", "missing": ["177.2(c)"],
                         "reason": None}, ["due: a deficient NCSD request",
                                           "item_count: outside classification"]


def _carrier(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                  dict[str, Any], list[str]]:
    vessel = f"M/V {draw.rng.choice(['NORDIC TERN', 'ISLA BRAVA', 'CAPE MERIDIAN'])}"
    doc = Doc((v["name"], v["street"], v["city"]), font="Times-Roman",
              footer="Coastwise trade ruling request")
    p(doc, day(v["request_date"], "intl"))
    p(doc, "Chief, Cargo Security, Carriers and Restricted Merchandise Branch, Regulations and "
           "Rulings, U.S. Customs and Border Protection, Washington, DC 20229")
    p(doc, f"Re: Whether the planned use of the {vessel} is coastwise trade (46 U.S.C. 55102)")
    p(doc, f"{v['name']} (importer number {v['importer']}) plans to charter the {vessel}, a "
           "Marshall Islands-flag offshore supply vessel built in 2016 at Ulsan, Korea, to carry "
           "survey equipment from the port of Houston to a point on the outer continental shelf "
           "and back, with no merchandise landed at any other U.S. point. The itinerary for the "
           "first voyage, planned for next spring, is attached.")
    p(doc, "We ask Headquarters to rule that the voyages are not coastwise trade, because the "
           "outer continental shelf site is not a coastwise point (43 U.S.C. 1333(a)).")
    p(doc, "Pending matters: " + PENDING[0])
    doc.add("sig", f"Very truly yours,\n/s/ {v['signer']}\n{v['signer']}\nMarine Operations "
                   "Manager")
    values = _common(v, ruling_type="carrier", proposed_hts=[], sample_provided=False)
    return doc, values, {"outcome": "accept", "route": "HQ", "missing": [], "reason": None,
                         "due": None}, ["item_count: outside classification",
                                        "ports: named in a sentence, name vs code open"]


def _origin(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                 dict[str, Any], list[str]]:
    current = case.case == "current-transaction"
    doc = Doc((v["name"], v["street"], v["city"]), footer="Country of origin ruling request")
    p(doc, day(v["request_date"], "slash"))
    p(doc, "National Commodity Specialist Division, 201 Varick Street, New York, NY 10014")
    h(doc, "Request for a country of origin ruling")
    kv(doc, [("Requester", v["name"]), ("Address", f"{v['street']}, {v['city']}"),
             ("Importer No.", v["importer"]), ("Port of entry", v["ports"][0][0]),
             ("Product", v["goods"])])
    p(doc, "Castings are poured in India, then machined, assembled and pressure-tested in "
           "Thailand. We ask whether the substantial transformation in Thailand makes Thailand "
           "the country of origin for marking and trade-remedy purposes (19 CFR 134.1(b)).")
    if current:
        p(doc, "The first shipment arrived last week and is held at the port awaiting entry; "
               "the port has asked for this ruling before it releases the goods.")
    p(doc, "Pending matters: " + (PENDING[1] if not current else
                                 "Apart from the shipment now at the port, no CBP office or "
                                 "court is considering this issue."))
    p(doc, "Photographs of each stage of production are attached.")
    doc.add("sig", f"Respectfully submitted,\n\n{v['signer']}\nVice President, Sourcing")
    values = _common(v, ruling_type="origin", sample_provided=False,
                     ports=[v["ports"][0][0]])
    if current:
        values.update(prospective=False, pending_before_cbp=True)
        return doc, values, {"outcome": "no_ruling", "route": "NCSD", "missing": []}, [
            "reason: free text", "due: no ruling is issued", "item_count: outside classification"]
    due = (v["received"] + timedelta(days=30)).isoformat()
    return doc, values, {"outcome": "accept", "route": "NCSD", "missing": [], "reason": None,
                         "due": due}, ["item_count: outside classification"]


def _brief(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                dict[str, Any], list[str]]:
    doc = Doc((v["name"], v["street"], v["city"]), font="Courier", footer="Ruling request")
    p(doc, f"DATE: {day(v['request_date'], 'dash')}")
    p(doc, "TO: National Commodity Specialist Division, New York")
    p(doc, f"FROM: {v['name']}, importer no. {v['importer']}")
    p(doc, f"SUBJECT: Tariff classification - {v['goods'].split(',')[0]}")
    p(doc, f"Please tell us the classification of the item pictured in the attached catalog "
           f"page, to be imported at port {v['ports'][0][0]}. We have no further information "
           "about it at this time.")
    p(doc, "This matter is not before any CBP office or any court.")
    doc.add("sig", f"/s/ {v['signer']}\n{v['signer']}, Buyer")
    values = _common(v, ruling_type="classification", proposed_hts=[], item_count=1,
                     sample_provided=False, ports=[v["ports"][0][0]])
    return doc, values, {"outcome": "deficient", "route": "NCSD", "missing": ["177.2(b)(2)"],
                         "reason": None}, ["due: a deficient NCSD request"]


def _agent(case: Case, draw: Draw, v: dict[str, Any]) -> tuple[Doc, dict[str, Any],
                                                                dict[str, Any], list[str]]:
    doc = Doc(("Lindqvist Trade Advisory", "Customs consultants",
               "88 Pine Street, Suite 900, New York, NY 10005"), footer="Confidential")
    p(doc, day(v["request_date"], "long"))
    p(doc, "National Commodity Specialist Division, U.S. Customs and Border Protection, "
           "New York, NY")
    p(doc, f"As authorized agent for {v['name']}, {v['street']}, {v['city']} (importer no. "
           f"{v['importer']}), we request a prospective classification ruling. Entry will be "
           f"made at port {v['ports'][0][0]}.")
    table(doc, ("Item", "Principal use", "Materials", "Price", "Proposed HTSUS"),
          [(v["goods"].split(",")[0], "Commercial resale", "Main material 90%, trim 10% by weight",
            "$31.00 FOB", v["hts"])])
    p(doc, f"Basis: the item is named by the terms of subheading {v['hts']} (GRI 1, 6). A "
           "sample is sent under separate cover. The pricing in this letter is confidential "
           "business information; we ask that it be withheld from publication (19 CFR "
           "177.2(b)(7)).")
    p(doc, "Pending matters: " + PENDING[0])
    doc.add("sig", f"Sincerely,\n/s/ {v['signer']}\n{v['signer']}\nPrincipal, Lindqvist Trade "
                   "Advisory")
    values = _common(v, ruling_type="classification", proposed_hts=[v["hts"]], item_count=1,
                     sample_provided=True, confidential_requested=True,
                     ports=[v["ports"][0][0]])
    for key in ("requester_name", "requester_address"):
        values.pop(key)
    due = (v["received"] + timedelta(days=30)).isoformat()
    return doc, values, {"outcome": "accept", "route": "NCSD", "missing": [], "reason": None,
                         "due": due}, [
        "requester_name/address: written by an agent (agent or importer open)"]


_STYLES = {"carrier": _carrier, "origin": _origin, "brief": _brief, "agent": _agent,
           "questionnaire": _questionnaire, "reconsider": _reconsider, "valuation": _valuation,
           "importer": _importer, "marking": _marking}

"""Ruling-request cases: truth by 19 CFR 177 and the contract, and the blocks a sender prints."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.corpus_sixth import words as w

Block = tuple[Any, ...]
CASES = ("class-ncsd", "marking-ncsd", "origin-ncsd", "valuation-hq", "reconsider-ny-hq",
         "class-and-value-hq", "no-pending-statement", "unsigned", "no-ports",
         "no-materials", "six-items", "in-court", "before-cbp")
REQUESTERS = (("Meridian Outdoor Gear Inc.", "2200 Lakeshore Blvd", "Chicago, IL 60616",
               "36-4481920"),
              ("Pacifica Lighting Solutions LLC", "19 Harbor View Drive", "Long Beach, CA 90802",
               "95-3302174"),
              ("Granite State Tool Works Co.", "77 Mill Street", "Manchester, NH 03101",
               "02-0551836"),
              ("Bluewater Apparel Group Inc.", "640 Seventh Avenue", "New York, NY 10019",
               "13-7741205"))
PRODUCTS = (("insulated stainless steel water bottle, 750 ml, model HB-750",
             "vacuum-insulated bottle for carrying drinks on hikes",
             "18/8 stainless steel body, polypropylene lid, silicone seal", "9617.00.1000"),
            ("LED strip light kit with driver, model LS-5M", "decorative lighting under cabinets",
             "PCB with LED chips, PVC sleeve, aluminium driver housing", "9405.42.8440"),
            ("cordless hammer drill, 20 V, model HD-20", "drilling masonry and wood",
             "steel gearbox, ABS housing, brushless motor, Li-ion pack", "8467.21.0010"),
            ("women's knit cardigan, style KC-12", "outerwear for everyday wear",
             "60% cotton, 40% acrylic, knitted, 7 stitches per 2 cm", "6110.20.2075"))
PORT_NAMES = ("Chicago", "Long Beach", "Boston", "Newark")


def build(rng: random.Random, case: str, index: int) -> tuple[dict[str, Any], list[Block]]:
    """(truth, blocks) for one ruling request."""
    name, street, city, ior = REQUESTERS[index % len(REQUESTERS)]
    desc, use, materials, hts = PRODUCTS[index % len(PRODUCTS)]
    port = PORT_NAMES[index % len(PORT_NAMES)]
    ds = index % 6
    req_date = date(2025, 3, 3) + timedelta(days=rng.randrange(200))
    received = req_date + timedelta(days=4 + rng.randrange(5))
    rtype = {"marking-ncsd": "marking", "origin-ncsd": "origin", "valuation-hq": "valuation",
             "class-and-value-hq": "classification"}.get(case, "classification")
    route = "HQ" if case in ("valuation-hq", "reconsider-ny-hq", "class-and-value-hq") else "NCSD"
    missing: list[str] = []
    outcome = "accept"
    if case == "no-pending-statement":
        missing = ["177.2(b)(5)"]
    elif case == "unsigned":
        missing = ["177.2(c)"]
    elif case == "no-ports":
        missing = ["177.2(b)(1)"]
    elif case == "no-materials":
        missing = ["177.2(b)(2)"]
    if missing or case == "six-items":
        outcome = "deficient"
    if case in ("in-court", "before-cbp"):
        outcome = "no_ruling"
    items = 6 if case == "six-items" else 1
    sample = index % 2 == 0
    confidential = index % 3 == 0
    values: dict[str, Any] = {
        "requester_name": name, "requester_address": f"{street}, {city}",
        "importer_number": ior, "request_date": req_date.isoformat(), "ruling_type": rtype,
        "proposed_hts": [hts] if rtype == "classification" else [],
        "ports": [] if case == "no-ports" else [port],
        "prospective": True,
        "pending_statement": case != "no-pending-statement",
        "pending_in_court": case == "in-court", "pending_before_cbp": case == "before-cbp",
        "sample_provided": sample, "confidential_requested": confidential,
        "signed": case != "unsigned"}
    if rtype == "classification":
        values["item_count"] = items
    values["product_description"] = desc
    if case == "before-cbp":
        del values["prospective"]
    not_scored = ["reason: free text"]
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing,
                                "due": (received + timedelta(days=30)).isoformat()
                                if route == "NCSD" else None}
    if outcome != "accept" and route == "NCSD":
        del decision["due"]
        not_scored.append("due: a deficient or no-ruling NCSD request has no settled due date")
    if rtype != "classification":
        not_scored.append("item_count: the contract counts items only for classification")
    if case == "before-cbp":
        not_scored.append("prospective: future imports are asked about while an entry of the same "
                          "goods is under CBP review")
    truth = {"kind": "ruling-request", "case": case,
             "args": ["--received", received.isoformat(), "--today",
                      (received + timedelta(days=2)).isoformat()],
             "values": values, "decision": decision, "not_scored": not_scored}
    return truth, _blocks(rng, case, values, ds, desc, use, materials, hts, route, items)


def _blocks(rng: random.Random, case: str, v: dict[str, Any], ds: int, desc: str, use: str,
            materials: str, hts: str, route: str, items: int) -> list[Block]:
    to = (["National Commodity Specialist Division", "U.S. Customs and Border Protection",
           "201 Varick Street, Suite 501", "New York, NY 10014"] if route == "NCSD" else
          ["Director, Commercial and Trade Facilitation Division", "Regulations and Rulings, "
           "Office of Trade", "U.S. Customs and Border Protection", "90 K Street NE, 10th Floor",
           "Washington, DC 20229"])
    req = date.fromisoformat(v["request_date"])
    b: list[Block] = [("letterhead", v["requester_name"], v["requester_address"].split(", ", 1)),
                      ("date", w.date_in_words(req) if ds % 2 else w.fmt_date(req, ds)),
                      ("address", to)]
    subject = {"marking": "country of origin marking", "origin": "country of origin",
               "valuation": "valuation (related-party pricing)"}.get(v["ruling_type"],
                                                                     "tariff classification")
    b.append(("h", w.pick(rng, ("Re: Request for a binding ruling on ",
                                "Subject: Binding ruling request, ",
                                "REQUEST FOR PROSPECTIVE RULING: ", "Re: 19 CFR Part 177 request, ",
                                "Ruling request concerning ")) + subject))
    b.append(("p", f"{v['requester_name']} (importer number {v['importer_number']}) requests a "
              f"binding ruling under 19 CFR Part 177 on the {subject} of the merchandise "
              "described below, which it intends to import in future shipments"
              + ("" if case == "no-ports" else f" through the port of {v['ports'][0]}") + "."))
    qa: list[tuple[str, str]] = []
    qa.append(("Merchandise:", desc))
    if case == "no-materials":
        qa.append(("Use:", use))
    else:
        qa.append(("Use:", use))
        qa.append(("Component materials:", materials))
    if case == "six-items":
        qa.append(("Items:", "models A-1, A-2, A-3, A-4, A-5 and A-6 of the same line (six items)"))
    b.append(("kv", qa))
    if v["ruling_type"] == "valuation" or case == "class-and-value-hq":
        b.append(("p", "Terms of sale are FOB Ningbo; the seller is a wholly owned subsidiary of "
                  "the requester, and the parties are related within 19 U.S.C. 1401a(g). We ask "
                  "whether the transaction value is acceptable under the circumstances of sale."))
    if case == "reconsider-ny-hq":
        ruling = f"N{rng.randrange(10**6):06d}"
        b.append(("p", f"We ask Headquarters to reconsider New York ruling {ruling}, "
                  "which classified identical goods elsewhere."))
    if v["ruling_type"] == "marking":
        b.append(("p", "We ask whether a sewn-in label reading 'Made in Vietnam' on the inner "
                  "collar is a conspicuous marking under 19 CFR 134.41."))
    if v["ruling_type"] == "origin":
        b.append(("p", "The goods are cut in Vietnam from Chinese fabric and sewn in Cambodia; we "
                  "ask which country is the country of origin under 19 CFR 102.21."))
    if v["proposed_hts"]:
        b.append(("p", f"We believe the goods are classified in subheading {hts}, HTSUS, under "
                  "GRI 1, as the heading's terms describe them."))
    if case == "in-court":
        b.append(("p", "Identical merchandise is the subject of an action now pending before the "
                  "Court of International Trade, Court No. 25-00117."))
    elif case == "before-cbp":
        b.append(("p", "The same issue is currently pending before the Port of "
                  f"{v['ports'][0]} on an entry now under CBP review, entered last month."))
    elif case != "no-pending-statement":
        b.append(("p", w.pick(rng, w.PENDING_NONE)))
    b.append(("p", "A sample is sent under separate cover." if v["sample_provided"] else
              "Photographs and a specification sheet are enclosed; a sample is available on "
              "request."))
    b.append(("p", "We ask that the pricing data in Exhibit B be treated as confidential under "
              "19 CFR 177.2(b)(7)." if v["confidential_requested"] else
              "No confidential treatment is requested."))
    signer = w.pick(rng, ("Renata Kowalczyk", "Jonah P. Ellery", "Samira Haddad",
                          "Theo Van Buren", "Lucia Montalvo"))
    if case == "unsigned":
        b.append(("sig", w.pick(rng, w.SIGNOFF), "", ""))
    else:
        b.append(("sig", w.pick(rng, w.SIGNOFF), f"/s/ {signer}",
                  f"{signer}, Import Compliance Manager, {v['requester_name']}"))
    return b

# ruff: noqa: E501  (the lines are the documents' own sentences)
"""Ruling-request cases (19 CFR Part 177) and three requesters."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fiftysecond import pools
from bench.corpus_fiftysecond.layout import Page

CASES = [
    "accept-classification",
    "accept-valuation",
    "accept-origin",
    "missing-b1",
    "missing-b2",
    "missing-b5",
    "missing-b6",
    "missing-c",
    "six-items",
    "court-pending",
    "current-entry",
    "cbp-assigned-ior-verify",
]


def plan(rng: random.Random, case: str) -> dict[str, Any]:
    name, addr = rng.choice(pools.COMPANIES)
    goods = rng.choice(pools.GOODS)
    ports = rng.sample(pools.PORTS, rng.randint(1, 2))
    rtype = {"accept-valuation": "valuation", "accept-origin": "origin"}.get(case, "classification")
    req = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    received = req + dt.timedelta(days=rng.randint(3, 9))
    hts = goods[1] if rtype == "classification" else None
    if hts and rng.random() < 0.3:
        hts = hts.replace(".", "")
    p: dict[str, Any] = {
        "case": case,
        "name": name,
        "addr": list(addr),
        "ior": pools.ein(rng),
        "req": req,
        "type": rtype,
        "desc": goods[0],
        "materials": goods[2],
        "hts": hts,
        "ports": [c for c, _ in ports],
        "port_names": [n for _, n in ports],
        "items": 6 if case == "six-items" else 1,
        "statement": case != "missing-b5",
        "court": case == "court-pending",
        "cbp": case == "current-entry",
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.3,
        "signed": case != "missing-c",
        "basis": case != "missing-b6",
        "signer": rng.choice(pools.PEOPLE),
        "parent": rng.choice(["Hallberg Werke GmbH", "Shinoda Kogyo K.K.", "Vantelli S.p.A."]),
    }
    if case == "missing-b1":
        p["ports"] = []
    if case == "missing-b2":
        p["materials"] = None
    if case == "cbp-assigned-ior-verify":
        p["ior"] = f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
    if case == "current-entry":
        p["entry"] = pools.entry(rng, rng.choice(pools.FILERS))
    missing = {
        "missing-b1": ["177.2(b)(1)"],
        "missing-b2": ["177.2(b)(2)"],
        "missing-b5": ["177.2(b)(5)"],
        "missing-b6": ["177.2(b)(6)"],
        "missing-c": ["177.2(c)"],
    }.get(case, [])
    route = "HQ" if rtype == "valuation" else "NCSD"
    if case in ("court-pending", "current-entry"):
        outcome = "no_ruling"
    elif case == "cbp-assigned-ior-verify":
        outcome = "needs_human"
    elif missing or case == "six-items":
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": p["ior"],
        "request_date": req.isoformat(),
        "ruling_type": rtype,
        "product_description": p["desc"],
        "proposed_hts": [hts] if hts else [],
        "ports": p["ports"],
        "prospective": case != "current-entry",
        "pending_statement": p["statement"],
        "pending_in_court": p["court"],
        "pending_before_cbp": p["cbp"],
        "sample_provided": p["sample"],
        "confidential_requested": p["confidential"],
        "signed": p["signed"],
    }
    not_scored = ["reason: free text"]
    if rtype == "classification":
        values["item_count"] = p["items"]
    else:
        not_scored.append("item_count: the contract counts items only for classification")
    if case == "six-items":
        values["product_description"] = None
        not_scored.append(
            "product_description: six articles are described, none is the one main product"
        )
        del values["product_description"]
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (
            (received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    else:
        not_scored.append("due: the contract gives a target date only for an accepted request")
    truth = {
        "kind": "ruling-request",
        "case": case,
        "values": values,
        "decision": decision,
        "args": [
            "--received",
            received.isoformat(),
            "--today",
            (received + dt.timedelta(days=rng.randint(2, 20))).isoformat(),
        ],
        "not_scored": not_scored,
    }
    return {"p": p, "truth": truth}


def _question(p: dict[str, Any]) -> str:
    if p["type"] == "valuation":
        return (
            "whether the price paid by the U.S. subsidiary to its related seller is an acceptable "
            "transaction value under 19 U.S.C. 1401a(b)(2)(B)"
        )
    if p["type"] == "origin":
        return "the country of origin of the article for marking and trade purposes"
    return "the tariff classification of the article under the HTSUS"


def _facts(p: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [("Product description", p["desc"])]
    if p["items"] > 1:
        rows = [(f"Item {i + 1}", f"{p['desc']}, variant {chr(65 + i)}") for i in range(p["items"])]
    rows.append(("Principal use", "household and retail consumer use in the United States"))
    if p["materials"]:
        rows.append(("Component materials", p["materials"]))
    if p["type"] == "valuation":
        rows.append(("Terms of sale", "FOB port of export, payment net 60 days"))
        rows.append(("Relationship", f"seller {p['parent']} owns all shares of the importer"))
    if p["type"] == "origin":
        rows.append(("Manufacture", "parts cast in Vietnam, machined and assembled in Taiwan"))
    return rows


def _pending(p: dict[str, Any], rng: random.Random) -> str | None:
    if p["court"]:
        return (
            f"Identical merchandise is the subject of an action now pending before the Court of "
            f"International Trade, Court No. 25-00{rng.randint(100, 999)}."
        )
    if p["cbp"]:
        return (
            f"A first shipment of the article was entered at port {p['ports'][0] if p['ports'] else '2704'} "
            f"under entry {p['entry']}, which is not yet liquidated; the same question is before the port."
        )
    if p["statement"]:
        return rng.choice(
            [
                "To the best of our knowledge the issue is not pending before any CBP office, the Court of "
                "International Trade, the Court of Appeals for the Federal Circuit or any appellate court.",
                "No transaction or issue of this kind is or was under review by CBP or before any court.",
                "The requester states that the question raised here is not before any CBP office or any court.",
            ]
        )
    return None


def _sign(pg: Page, p: dict[str, Any], title: str, mode: int) -> None:
    if not p["signed"]:
        pg.line("Signature: ______________________", gap=2)
        return
    if mode == 0:
        pg.line(f"/s/ {p['signer']}")
    elif mode == 1:
        pg.line("______________________", gap=1.2)
        pg.line(p["signer"])
    else:
        pg.line("Respectfully submitted,", gap=2.5)
        pg.line(p["signer"])
    pg.line(f"{title}, {p['name']}")


def render(pl: dict[str, Any], style: int, rng: random.Random) -> list[Page]:
    p = pl["p"]
    ds = rng.randrange(7)
    hts_s = p["hts"]
    ask = f"We ask that the article be classified in subheading {hts_s}." if hts_s else ""
    basis = (
        "Basis: the article is named by the heading at GRI 1, and no other heading describes it "
        "more specifically (GRI 3(a)); see also the Explanatory Notes to the heading."
    )
    sample = (
        "A sample is sent under separate cover; please return it."
        if p["sample"]
        else "Photographs of the article are attached; no sample is sent."
    )
    conf = (
        "Confidential treatment is requested for the pricing in Exhibit B (19 CFR 177.2(b)(7))."
        if p["confidential"]
        else "No confidential treatment is requested."
    )
    ports = ", ".join(p["ports"])
    pend = _pending(p, rng)
    pages = []
    if style == 0:  # foreign exporter's U.S. subsidiary: indented spec block, questions Q1-Q3
        pg = Page("sans")
        pg.line(p["name"], size=14, bold=True)
        pg.line(f"A subsidiary of {p['parent']}", size=9)
        for a in p["addr"]:
            pg.line(a, size=9, gap=1.2)
        pg.y += 12
        pg.line(pools.date_style(p["req"], ds), gap=2)
        pg.line(
            "National Commodity Specialist Division"
            if p["type"] != "valuation"
            else "Regulations and Rulings, Office of Trade"
        )
        pg.line("U.S. Customs and Border Protection", gap=2)
        pg.line(f"Re: Request for a binding ruling; importer no. {p['ior']}", bold=True, gap=2)
        pg.para(
            f"{p['name']} asks for a prospective ruling on {_question(p)}. The goods will be "
            f"imported from its parent" + (f" through the port(s) {ports}." if ports else ".")
        )
        pg.line("Product specifications:", bold=True)
        for k, v in _facts(p):
            pg.line(f"{k}:  {v}", x=90, size=9)
        pg.y += 6
        pg.line("Questions", bold=True)
        pg.para(f"Q1. What is {_question(p)}?", x=72)
        pg.para("Q2. Does the answer change if the article is shipped in retail packaging?", x=72)
        pg.para("Q3. May the ruling cover later shipments of the same article?", x=72)
        if ask:
            pg.para(ask + (" " + basis if p["basis"] else ""))
        if pend:
            pg.para(pend)
        pg.para(sample + " " + conf)
        _sign(pg, p, "Compliance Manager", 0)
        pages.append(pg)
    elif style == 1:  # in-house counsel: numbered sections, the description over two pages
        pg = Page("serif")
        pg.line(p["name"] + "  -  Office of the General Counsel", size=12, bold=True)
        pg.line(", ".join(p["addr"]), size=9, gap=2)
        pg.line(f"Date: {pools.date_style(p['req'], ds)}", gap=2)
        pg.line("REQUEST FOR BINDING RULING (19 CFR Part 177)", bold=True, gap=2)
        pg.line("1. Requester", bold=True)
        pg.para(
            f"{p['name']}, importer of record number {p['ior']}, the prospective importer of the goods."
        )
        pg.line("2. Transaction", bold=True)
        pg.para(
            f"The company plans to import the article described below and asks for a ruling on {_question(p)}."
            + (f" Entry is expected at port(s) {ports}." if ports else "")
        )
        pg.line("3. Description of the merchandise", bold=True)
        for k, v in _facts(p):
            pg.para(f"{k}: {v}.")
        pg.para(
            "The article is sold through home-goods retailers and online marketplaces to consumers. It "
            "is designed by the company in the United States and made to its drawings by an unrelated "
            "contract manufacturer abroad. No part of the article is made in the United States. The "
            "article is shipped fully assembled and is ready for use on delivery; it needs no tools, "
            "fittings or further processing after importation, and it is not sold with accessories."
        )
        pages.append(pg)
        pg = Page("serif")
        pg.para(
            "(Description continued.) Each unit is packed singly in a printed carton with the model "
            "number and the country of origin on the bottom panel."
        )
        pg.line("4. Ruling requested", bold=True)
        if ask:
            pg.para(ask + (" " + basis if p["basis"] else ""))
        else:
            pg.para("We ask for CBP's determination; no particular result is proposed.")
        if pend:
            pg.line("5. Pending matters", bold=True)
            pg.para(pend)
        pg.line("6. Samples and confidentiality", bold=True)
        pg.para(sample + " " + conf)
        _sign(pg, p, "Senior Counsel", 2)
        pages.append(pg)
    else:  # compliance department's summary in a two-column table
        pg = Page("sans")
        pg.line("RULING REQUEST SUMMARY", size=14, bold=True, gap=2)
        pg.line(
            f"Submitted {pools.date_style(p['req'], ds)} by the Trade Compliance Department",
            size=9,
            gap=2,
        )
        rows = [["Item", "Detail"], ["Requester", p["name"]]]
        rows += [["Address" if i == 0 else "", a] for i, a in enumerate(p["addr"])]
        rows += [["Importer number", p["ior"]], ["Question", _question(p)[:70]]]
        if ports:
            rows.append(["Port(s) of entry", ports])
        rows += [[k, v] for k, v in _facts(p)]
        if hts_s:
            rows.append(["Proposed HTS", hts_s])
        rows.append(["Sample", "sent" if p["sample"] else "photographs only"])
        pg.table([60, 200], rows, ruled=True, size=9)
        if ask:
            pg.para(ask + (" " + basis if p["basis"] else ""))
        if pend:
            pg.para(pend)
        pg.para(conf)
        _sign(pg, p, "Trade Compliance Director", 1)
        pages.append(pg)
    return pages

"""Binding-ruling requests under 19 CFR Part 177 and three senders' styles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import common as c

D = dt.date
TD = dt.timedelta

CASES = (
    "classification",
    "valuation",
    "no-statement",
    "court",
    "origin",
    "no-ports",
    "unsigned",
    "current-entry",
    "six-items",
    "marking",
    "no-basis",
    "cbp-importer",
)
STYLES = ("datasheet", "outline", "shortletter")

PRODUCTS = [
    (
        "insulated stainless steel water bottle with a bamboo lid",
        "drinking water on the go, sold to consumers through sporting goods stores",
        "stainless steel 82%, bamboo 11%, silicone 7% by weight",
        ("7323.93.0080", "7323930080", "7323.93.00.80"),
    ),
    (
        "battery-powered handheld milk frother",
        "frothing milk for coffee drinks in the home",
        "stainless steel whisk, ABS plastic housing 64% by weight, motor 22%",
        ("8509.40.0050", "8509400050", "8509.40.00.50"),
    ),
    (
        "knitted acrylic winter beanie with a faux-fur pompom",
        "a head covering worn outdoors in cold weather",
        "acrylic 95%, spandex 5% by weight (pompom polyester)",
        ("6505.00.2060", "6505002060", "6505.00.20.60"),
    ),
    (
        "wooden toy kitchen set for children aged three and up",
        "play by young children",
        "medium-density fibreboard 78%, pine 15%, paint and hardware 7% by weight",
        ("9503.00.0073", "9503000073", "9503.00.00.73"),
    ),
]


def make(index: int, seed: int, case: str, style: str) -> tuple[dict[str, Any], dict[str, Any]]:
    r = c.rng("ruling-request", index, seed)
    name, addr = c.pick_company(r)
    port, port_name = r.choice(c.PORTS)
    port2 = r.choice([p for p in c.PORTS if p[0] != port])
    signer, title = r.choice(c.PEOPLE), r.choice(c.TITLES)
    prod, use, materials, hts_forms = r.choice(PRODUCTS)
    hts = r.choice(hts_forms)
    rtype = {"valuation": "valuation", "origin": "origin", "marking": "marking"}.get(
        case, "classification"
    )
    ior = c.cbp_assigned(r) if case == "cbp-importer" else c.ein(r)
    request_date = c.weekday_on_or_after(D(2024, 1, 8) + TD(days=r.randint(0, 640)))
    received = c.weekday_on_or_after(request_date + TD(days=r.randint(3, 9)))
    today = received + TD(days=r.randint(2, 20))
    items = 6 if case == "six-items" else 1
    sample = r.random() < 0.5
    confidential = r.random() < 0.3
    signed = case != "unsigned"
    statement = case != "no-statement"
    in_court = case == "court"
    before_cbp = case == "current-entry"
    proposed = [hts] if rtype == "classification" else []
    missing: list[str] = []
    if case == "no-ports":
        missing.append("177.2(b)(1)")
    if case == "no-statement":
        missing.append("177.2(b)(5)")
    if case == "no-basis":
        missing.append("177.2(b)(6)")
    if case == "unsigned":
        missing.append("177.2(c)")
    route = "HQ" if rtype == "valuation" else "NCSD"
    if case == "cbp-importer":
        outcome = "needs_human"
    elif in_court or before_cbp:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    due = (received + TD(days=30)).isoformat() if route == "NCSD" else None
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": proposed,
        "prospective": not before_cbp,
        "pending_statement": statement,
        "pending_in_court": in_court,
        "pending_before_cbp": before_cbp,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": signed,
    }
    not_scored = [
        "product_description and ports: free text whose extent the contract does not fix",
        "reason: free text",
    ]
    if case == "court":
        values.pop("prospective")
        not_scored.append(
            "prospective: future imports are asked about while earlier imports of the "
            "same article are before the court"
        )
    if rtype == "classification":
        values["item_count"] = items
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept" or route == "HQ":
        decision["due"] = due
    else:
        not_scored.append("due: the NCSD target date of a request that is not accepted")
    if before_cbp:
        decision.pop("route")
        not_scored.append("route: a current transaction goes to the port or internal advice")
    truth = {
        "kind": "ruling-request",
        "case": case,
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    doc = {
        "name": name,
        "addr": addr,
        "port": port,
        "port_name": port_name,
        "port2": port2,
        "signer": signer,
        "title": title,
        "prod": prod,
        "use": use,
        "materials": materials,
        "hts": proposed,
        "rtype": rtype,
        "ior": ior,
        "request_date": request_date,
        "items": items,
        "sample": sample,
        "confidential": confidential,
        "signed": signed,
        "statement": statement,
        "case": case,
        "date_style": r.choice(c.DATE_STYLES),
        "r": r,
        "entry": c.entry(r, r.choice(c.FILERS)),
        "arrival": request_date - TD(days=r.randint(5, 20)),
    }
    return truth, doc


def _address_to(d: dict[str, Any]) -> list[str]:
    if d["rtype"] == "valuation":
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _subject(d: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "customs valuation",
        "origin": "country of origin",
        "marking": "country-of-origin marking",
    }[d["rtype"]]


def _facts(d: dict[str, Any]) -> list[str]:
    """Paragraphs: the transaction and the subject's facts."""
    ports = (
        (
            f" through the Port of {d['port_name']} ({d['port']}) and the Port of "
            f"{d['port2'][1]} ({d['port2'][0]})"
        )
        if d["case"] != "no-ports"
        else ""
    )
    out = [
        f"{d['name']} intends to import {'six models of ' if d['items'] == 6 else ''}"
        f"the {d['prod']} from its supplier in Vietnam{ports}, beginning next quarter. No "
        "shipment has yet been made."
    ]
    if d["case"] == "current-entry":
        out[0] = (
            f"{d['name']} imports the {d['prod']} from its supplier in Vietnam. The first "
            f"shipment arrived at the Port of {d['port_name']} ({d['port']}) on "
            f"{c.fmt_date(d['arrival'], d['date_style'])} and was entered under entry no. "
            f"{d['entry']}, which has not been liquidated. We ask for a ruling on the goods of "
            "that entry."
        )
    out.append(
        f"Principal use in the United States: {d['use']}. Component materials: "
        f"{d['materials']}. Unit purchase price USD 6.40 FOB Haiphong; U.S. selling price "
        "USD 19.99."
    )
    if d["rtype"] == "valuation":
        out.append(
            "Terms of sale: FOB Haiphong under a written distribution agreement; the seller "
            "and the importer are related within 19 U.S.C. 1401a(g) (the seller holds 30% "
            "of the importer's shares). Invoices show a unit price and a separate tooling "
            "charge paid in the first year."
        )
    if d["rtype"] == "origin":
        out.append(
            "The stainless steel body is drawn in Thailand; the lid, gasket and final "
            "assembly and testing are done in Vietnam."
        )
    if d["rtype"] == "marking":
        out.append(
            "Each unit will be marked 'Made in Vietnam' by a moulded mark on the base; the "
            "retail carton carries the same words on a side panel."
        )
    return out


def _ask(d: dict[str, Any]) -> str:
    if d["rtype"] == "classification":
        sub = " and ".join(d["hts"])
        if d["case"] == "no-basis":
            return f"We ask CBP to rule that the goods are classified in subheading {sub}, HTSUS."
        return (
            f"We believe the goods are classified in subheading {sub}, HTSUS, under GRI 1 and "
            "GRI 6: the heading's terms describe the article by its principal use, and the "
            "Explanatory Notes to the heading include such goods."
        )
    if d["rtype"] == "valuation":
        return (
            "We ask whether transaction value is acceptable under 19 U.S.C. 1401a(b)(2)(B): "
            "the circumstances of sale show that the relationship did not influence the price, "
            "which is settled in the ordinary way of the industry."
        )
    if d["rtype"] == "origin":
        return (
            "We ask CBP to rule that the country of origin is Vietnam, where the article is "
            "substantially transformed into a new article of commerce with a new name, "
            "character and use (19 CFR 102 principles)."
        )
    return (
        "We ask CBP to rule that the proposed marking satisfies 19 U.S.C. 1304 and 19 CFR "
        "134.41: it is legible, permanent and in a conspicuous place."
    )


def _pending(d: dict[str, Any]) -> str | None:
    if d["case"] == "no-statement":
        return None
    if d["case"] == "court":
        return (
            "The same issue, for earlier imports of the same article, is pending before the "
            "U.S. Court of International Trade in "
            + str(d["name"]).split(",")[0]
            + " v. United States, Court No. 24-00"
            + str(100 + d["items"] * 7)
            + "."
        )
    if d["case"] == "current-entry":
        return (
            "To our knowledge the issue is not before any court; the entry named above is "
            "still open at the port."
        )
    said: str = d["r"].choice(
        [
            "To the best of our knowledge, the issue is not pending before any CBP office, the "
            "Court of International Trade, the Court of Appeals for the Federal Circuit or any "
            "appellate court, and no ruling has been sought on it before.",
            "The transaction and issue are not, and have not been, under consideration by any CBP "
            "office or any court.",
        ]
    )
    return said


def _sample(d: dict[str, Any]) -> str:
    return (
        "A sample of each item is enclosed; it need not be returned."
        if d["sample"]
        else "Photographs and a specification sheet are attached; a sample is available on request."
    )


def _conf(d: dict[str, Any]) -> str:
    return (
        "We ask that the prices and the supplier's name be kept confidential under 19 CFR "
        "177.2(b)(7); they are marked [CONFIDENTIAL] in the attached copy."
        if d["confidential"]
        else "No confidential treatment is requested."
    )


def _sig(d: dict[str, Any], f: str, s: float) -> list[Any]:
    b: list[Any] = [("gap", 10), ("line", "Sincerely,", f, s, "l"), ("gap", 16)]
    if d["signed"]:
        b.append(("line", f"/s/ {d['signer']}", f, s, "l"))
        b.append(("line", d["signer"], f, s, "l"))
        b.append(("line", f"{d['title']}, {d['name']}", f, s, "l"))
    else:
        b.append(("line", "____________________________", f, s, "l"))
        b.append(("line", f"for {d['name']}", f, s, "l"))
    return b


def _letterhead(d: dict[str, Any], f: str) -> list[Any]:
    b: list[Any] = [("line", d["name"], f + "-b", 13, "l")]
    b += [("line", ln, f, 9, "l") for ln in d["addr"]]
    b.append(("line", f"Importer of record no. {d['ior']}", f, 9, "l"))
    b.append(("rule", 0.8))
    return b


def blocks(d: dict[str, Any], style: str) -> tuple[list[Any], dict[str, Any]]:
    ds = d["date_style"]
    if style == "datasheet":
        f, s = "sans", 10.0
        b = _letterhead(d, f)
        b.append(("line", c.fmt_date(d["request_date"], ds), f, s, "l"))
        b += [("line", ln, f, s, "l") for ln in _address_to(d)]
        b.append(("gap", 6))
        b.append(
            (
                "para",
                f"Subject: Request for a binding ruling on {_subject(d)} - {d['prod']}",
                "sans-b",
                s,
                0,
            )
        )
        b.append(("para", "Dear Sir or Madam:", f, s, 0))
        b.append(
            (
                "para",
                "Under 19 CFR Part 177 we request a prospective binding ruling. The "
                "product is described on the data sheet that follows this letter.",
                f,
                s,
                0,
            )
        )
        for p in _facts(d):
            b.append(("para", p, f, s, 0))
        b.append(("para", _ask(d), f, s, 0))
        pend = _pending(d)
        if pend:
            b.append(("para", pend, f, s, 0))
        b.append(("para", _sample(d) + " " + _conf(d), f, s, 0))
        b += _sig(d, f, s)
        b.append(("page",))
        b.append(("line", "PRODUCT DATA SHEET", "sans-b", 12, "c"))
        rows = [
            ("Product", d["prod"]),
            ("Principal use", d["use"]),
            ("Materials", d["materials"]),
            ("Items in request", str(d["items"])),
        ]
        if d["hts"]:
            rows.append(("Proposed HTS", ", ".join(d["hts"])))
        if d["case"] != "no-ports":
            rows.append(
                (
                    "Ports of entry",
                    f"{d['port_name']} ({d['port']}); {d['port2'][1]} ({d['port2'][0]})",
                )
            )
        rows.append(("Sample", "enclosed" if d["sample"] else "photographs only"))
        b.append(("kv", rows, f, 9.5, 110, True))
        return b, {
            "margin": 62,
            "header": f"{d['name']} - ruling request",
            "font": "sans",
            "footer": "{n}/{m}",
        }
    if style == "outline":
        f, s = "serif", 10.5
        b = [
            ("line", "REQUEST FOR BINDING RULING", "serif-b", 13, "c"),
            ("line", "19 CFR 177.1 and 177.2", f, 9.5, "c"),
            ("gap", 6),
        ]
        b.append(
            (
                "kv",
                [
                    ("Date", c.fmt_date(d["request_date"], ds)),
                    ("To", "; ".join(_address_to(d)[1:2])),
                    ("Subject", _subject(d).capitalize()),
                ],
                f,
                s,
                70,
                False,
            )
        )
        b.append(("line", "1.0 Requester", "serif-b", 11, "l"))
        b.append(("line", f"1.1 Name: {d['name']}", f, s, "l"))
        b.append(("line", "1.2 Address:", f, s, "l"))
        b += [("para", ln, f, s, 28) for ln in d["addr"]]
        b.append(("line", f"1.3 Importer number: {d['ior']}", f, s, "l"))
        b.append(("line", "2.0 Transaction and merchandise", "serif-b", 11, "l"))
        for i, p in enumerate(_facts(d), start=1):
            b.append(("para", f"2.{i} {p}", f, s, 0))
        if d["case"] != "no-ports":
            b.append(
                (
                    "para",
                    f"2.{len(_facts(d)) + 1} Port(s) of entry: {d['port_name']}, {d['port2'][1]}.",
                    f,
                    s,
                    0,
                )
            )
        b.append(("line", "3.0 Ruling requested", "serif-b", 11, "l"))
        b.append(("para", "3.1 " + _ask(d), f, s, 0))
        if d["items"] > 1:
            b.append(("para", f"3.2 Number of items covered: {d['items']}.", f, s, 0))
        b.append(("line", "4.0 Statements", "serif-b", 11, "l"))
        pend = _pending(d)
        n = 1
        if pend:
            b.append(("para", f"4.{n} Pending matters: {pend}", f, s, 0))
            n += 1
        b.append(("para", f"4.{n} Samples: {_sample(d)}", f, s, 0))
        b.append(("para", f"4.{n + 1} Confidentiality: {_conf(d)}", f, s, 0))
        b += _sig(d, f, s)
        return b, {
            "margin": 72,
            "header": "Request for binding ruling (cont.)",
            "font": "serif",
            "footer": "Page {n} of {m}",
        }
    f, s = "serif", 11
    b = _letterhead(d, "serif")
    b.append(("line", c.fmt_date(d["request_date"], ds), f, s, "r"))
    b += [("line", ln, f, s, "l") for ln in _address_to(d)]
    b.append(("gap", 6))
    b.append(("para", f"Re: Binding ruling request - {_subject(d)}", "serif-b", s, 0))
    text = " ".join(_facts(d)) + " " + _ask(d)
    b.append(("para", text, f, s, 0))
    pend = _pending(d)
    if pend:
        b.append(("para", pend, f, s, 0))
    if d["case"] != "no-ports" and d["case"] != "current-entry":
        if d["items"] > 1:
            b.append(("para", f"This request covers {d['items']} items, one model each.", f, s, 0))
        b.append(
            ("para", f"The goods will be entered at {d['port_name']} (port {d['port']}).", f, s, 0)
        )
    b.append(("para", _sample(d) + " " + _conf(d), f, s, 0))
    b += _sig(d, f, s)
    b.append(("gap", 8))
    b.append(
        ("line", "Enclosures: " + ("sample; " if d["sample"] else "") + "photographs", f, 9, "l")
    )
    b.append(("line", "cc: customs broker (file)", f, 9, "l"))
    return b, {"margin": 72, "header": None, "font": "serif", "footer": None}

"""Binding-ruling requests: cases, truths under 19 CFR Part 177, and three senders' ways
of asking."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyseventh import fmt, pools
from bench.corpus_thirtyseventh import layout as L

#: (case, ruling_type, special); the default 12 requests cover every outcome and missing element
CASES: list[tuple[str, str, str]] = [
    ("classification", "classification", ""),
    ("no-pending-statement", "classification", "no_b5"),
    ("court-pending", "classification", "court"),
    ("valuation", "valuation", ""),
    ("unsigned", "marking", "unsigned"),
    ("no-use-materials", "classification", "no_b2"),
    ("current-entry", "classification", "current"),
    ("cbp-assigned-ior", "classification", "cbp_ior"),
    ("no-basis", "classification", "no_b6"),
    ("seven-models", "classification", "seven"),
    ("no-ports", "marking", "no_ports"),
    ("origin", "origin", ""),
    ("marking", "marking", ""),
    ("carrier", "carrier", ""),
    ("reconsider-ny", "classification", "reconsider"),
]
STYLES = ("qanda", "nonnative", "grid")
HQ_TYPES = {"valuation", "carrier", "other"}


def _hts_print(hts: str, how: int) -> str:
    digits = hts.replace(".", "")
    return [hts, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits][how]


def plan(index: int, seed: int) -> dict[str, Any]:
    """One request: truth, blocks and the printed strings to check."""
    rng = random.Random(f"ruling:{seed}:{index}")
    case, rtype, special = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    producer = ("svglib", "pdfrw")[index % 2]
    name, addr = rng.choice(pools.COMPANIES)
    goods, hts = rng.choice(pools.GOODS)
    ports = rng.sample(pools.PORTS, rng.choice([1, 2]))
    ior = pools.ein(rng, suffix=rng.random() < 0.25)
    if special == "cbp_ior":
        ior = f"{rng.randrange(10**6):06d}-{rng.randrange(10**5):05d}"
    request_date = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(330))
    received = request_date + dt.timedelta(days=rng.randrange(2, 9))
    today = received + dt.timedelta(days=rng.randrange(1, 20))
    signer = rng.choice(pools.PEOPLE)
    hts_shown = rtype == "classification"
    hts_printed = _hts_print(hts, rng.randrange(3)) if hts_shown else None
    item_count = 7 if special == "seven" else 1
    sample = rng.choice(["sent", "photos", "on_request", "sent"])
    confidential = rng.random() < 0.4
    signed = special != "unsigned"

    missing: list[str] = []
    if special == "no_ports":
        missing.append("177.2(b)(1)")
    if special == "no_b2":
        missing.append("177.2(b)(2)")
    if special == "no_b5":
        missing.append("177.2(b)(5)")
    if special == "no_b6":
        missing.append("177.2(b)(6)")
    if not signed:
        missing.append("177.2(c)")
    route = "HQ" if rtype in HQ_TYPES or special == "reconsider" else "NCSD"
    if special in ("court", "current"):
        outcome = "no_ruling"
    elif special == "cbp_ior":
        outcome = "needs_human"
    elif missing or special == "seven":
        outcome = "deficient"
    else:
        outcome = "accept"
    not_scored = [
        "reason not scored: free text",
        "product_description and ports not scored: free text, and the contract leaves open "
        "whether a port is "
        "named or given by code",
    ]
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append(
            "due not scored: the contract gives a target date for an NCSD request it does not "
            "say applies to a request that is not accepted"
        )
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": [hts_printed] if hts_printed else [],
        "prospective": special != "current",
        "pending_statement": special != "no_b5",
        "pending_in_court": special == "court",
        "pending_before_cbp": special == "current",
        "sample_provided": sample == "sent",
        "confidential_requested": confidential,
        "signed": signed,
    }
    if rtype == "classification":
        values["item_count"] = item_count
    else:
        not_scored.append(
            "item_count not scored: the contract counts items for classification requests"
        )
    if special == "court":
        del values["prospective"]
        not_scored.append(
            "prospective not scored: future imports are asked about while the same issue on "
            "earlier entries is before the Court of International Trade"
        )

    facts: dict[str, Any] = {
        "name": name,
        "addr": addr,
        "ior": ior,
        "rdate": request_date,
        "rtype": rtype,
        "goods": goods,
        "hts": hts_printed,
        "ports": [] if special == "no_ports" else ports,
        "special": special,
        "sample": sample,
        "confidential": confidential,
        "signed": signed,
        "signer": signer,
        "ds": rng.choice(fmt.DATE_STYLES),
        "received": received,
        "item_count": item_count,
        "title": rng.choice(["President", "Customs Compliance Manager", "Director of Operations"]),
        "price": f"${rng.randrange(4, 90)}.{rng.randrange(100):02d}",
        "use": "retail sale to consumers for household use",
        "materials": f"{rng.randrange(55, 80)}% by weight the main material, the rest fittings "
        "and packaging",
        "ny": f"N{rng.randrange(300000, 340000)}",
        "court_no": f"Court No. {rng.randrange(21, 25)}-{rng.randrange(100, 999):05d}",
        "entry_no": pools.entry(rng, rng.choice(pools.FILERS)),
        "vessel": rng.choice(["MV Nordkap Trader", "MV Baltic Heron", "MV Esperanza del Mar"]),
    }
    blocks, family = STYLE_FUNCS[style](facts, rng)
    printed = [name, *addr, ior, fmt.date(request_date, facts["ds"])]
    if hts_printed:
        printed.append(hts_printed)
    return {
        "kind": "ruling-request",
        "case": case,
        "style": style,
        "family": producer,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "font": family,
        "blocks": blocks,
        "printed": printed,
    }


def _subject(f: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "valuation (transaction value)",
        "marking": "country of origin marking",
        "origin": "country of origin",
        "carrier": "coastwise transportation (46 U.S.C. 55102)",
    }[f["rtype"]]


def _facts_text(f: dict[str, Any]) -> list[tuple[str, str]]:
    """The subject's facts as (topic, text) pairs; some left out on purpose for the (b)(2) case."""
    t = f["rtype"]
    out = [
        (
            "Product",
            f["goods"]
            + (
                f", in {f['item_count']} models of the same design differing only in "
                "size and colour"
                if f["item_count"] > 1
                else ""
            ),
        )
    ]
    if t == "classification":
        if f["special"] != "no_b2":
            out += [
                ("Principal use", f"The article is used for {f['use']}."),
                ("Materials", f["materials"] + "."),
                (
                    "Price",
                    f"Purchase price {f['price']} per unit FOB; U.S. selling price about twice "
                    "that.",
                ),
            ]
    elif t == "valuation":
        out += [
            ("Terms of sale", "FOB Ningbo, payment 60 days after bill of lading."),
            (
                "Relationship",
                "The seller owns 40% of our shares; the price is settled as between unrelated "
                "parties, as the attached transfer-pricing study shows.",
            ),
            (
                "Question",
                "Are the tooling assists and the royalty paid to the seller's parent part of the "
                "transaction value?",
            ),
        ]
    elif t == "marking":
        out += [
            (
                "Marking",
                "Each unit will carry a moulded 'Made in Vietnam' mark on the base; the retail "
                "box will be printed 'Made in Vietnam'.",
            ),
            ("Question", "Is this marking conspicuous and permanent enough under 19 CFR Part 134?"),
        ]
    elif t == "origin":
        out += [
            (
                "Processing",
                "Components are made in China and assembled, tested and packed in Malaysia.",
            ),
            ("Question", "What is the country of origin for marking and Section 301 purposes?"),
        ]
    elif t == "carrier":
        out += [
            ("Vessel", f"{f['vessel']}, built in Norway, flag Bahamas."),
            ("Place of use", "Gulf of Mexico, lifting operations at an offshore wind site."),
            ("Itinerary", "Loads at Port Fourchon, LA, works on site, returns to Port Fourchon."),
            (
                "Question",
                "Is carrying project cargo between Port Fourchon and the site coastwise trade?",
            ),
        ]
    return out


def _pending(f: dict[str, Any], rng: random.Random) -> str | None:
    s = f["special"]
    if s == "no_b5":
        return None
    if s == "court":
        return (
            f"The same classification issue, on our earlier entries, is before the U.S. Court of "
            f"International Trade, {f['court_no']}."
        )
    if s == "current":
        return (
            f"The goods arrived last week and were entered under entry {f['entry_no']}, which is "
            "not yet "
            "liquidated; we ask for the ruling for this shipment."
        )
    return rng.choice(
        [
            "To our knowledge the issue is not pending before any CBP office, the Court of "
            "International Trade "
            "or any appellate court, and has not been the subject of a ruling to us.",
            "No ruling on this merchandise has been sought before, and the issue is not pending "
            "before CBP or a court.",
            "This matter is not under review by CBP or before the courts.",
        ]
    )


def _sample(f: dict[str, Any]) -> str:
    return {
        "sent": "A sample is sent under separate cover; please return it after the ruling.",
        "photos": "Photographs and a drawing are attached (no sample is available yet).",
        "on_request": "A sample is available on request.",
    }[f["sample"]]


def _claim(f: dict[str, Any]) -> str | None:
    if f["rtype"] != "classification":
        return None
    if f["special"] == "no_b6":
        return f"We ask that the goods be classified in subheading {f['hts']}."
    text = (
        f"We believe the goods are classified in subheading {f['hts']}, HTSUS, by GRI 1 and the "
        "terms of the "
        "heading, as the Explanatory Notes to the heading confirm."
    )
    if f["special"] == "reconsider":
        text += (
            f" We ask Headquarters to reconsider New York ruling {f['ny']}, "
            "which classified them elsewhere."
        )
    return text


def _ports_text(f: dict[str, Any]) -> str | None:
    if not f["ports"]:
        return None
    return " and ".join(f"{n} ({c})" for c, n in f["ports"])


def qanda(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """A manufacturer's request as questions and answers, exhibits named inline."""
    d = f["ds"]
    office = (
        "Regulations and Rulings, Washington, DC"
        if f["rtype"] in ("valuation", "carrier") or f["special"] == "reconsider"
        else "National Commodity Specialist Division, New York"
    )
    b: list[L.Block] = [
        L.title(f["name"], 15),
        L.title("  ".join(f["addr"]), 9, bold=False),
        L.rule(),
        L.right([fmt.date(f["rdate"], d)]),
        L.para(f"U.S. Customs and Border Protection, {office}"),
        L.title(f"Request for a binding ruling: {_subject(f)}", 11),
        L.gap(4),
    ]
    qa: list[tuple[str, str]] = [
        (
            "Who is asking?",
            f"{f['name']}, {', '.join(f['addr'])}, importer of record number {f['ior']}. "
            "We are the importer and make the goods under contract.",
        ),
    ]
    for topic, text in _facts_text(f):
        qa.append((f"{topic}?", text + (" (Exhibit A, drawing)" if topic == "Product" else "")))
    ports = _ports_text(f)
    if ports:
        qa.append(("Where will the goods be entered?", ports))
    claim = _claim(f)
    if claim:
        qa.append(("What result do you ask for?", claim))
    pend = _pending(f, rng)
    if pend:
        qa.append(("Is this before CBP or a court?", pend))
    qa.append(("Samples?", _sample(f) + " (Exhibit B)"))
    qa.append(
        (
            "Confidential?",
            "Yes: we ask that the price data (Exhibit C) be kept confidential, as it is "
            "commercial information."
            if f["confidential"]
            else "No confidential treatment is requested.",
        )
    )
    for i, (q, a) in enumerate(qa, 1):
        b.append(L.para(f"Q{i}. {q}", 10, bold=True))
        b.append(L.para(f"A. {a}", 10, indent=16))
    b.append(L.gap(8))
    if f["signed"]:
        b += [L.para("Signed for the company:"), L.para(f["signer"]), L.para(f["title"], 9)]
    else:
        b += [
            L.para("Signed for the company:"),
            L.para("______________________________"),
            L.para("(signature)", 8),
        ]
    return b, rng.choice(["Helvetica", "Times"])


def nonnative(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """A request written by a manager whose first language is not English."""
    d = f["ds"]
    b: list[L.Block] = [
        L.right([f["name"], *f["addr"], f"IOR: {f['ior']}"], 9),
        L.gap(10),
        L.para(f"Date: {fmt.date(f['rdate'], d)}"),
        L.para("To the honourable U.S. Customs and Border Protection, Office of Trade,"),
        L.para(f"Object: kind request of binding ruling for {_subject(f)}", bold=True),
        L.gap(4),
        L.para("Dear Sirs,"),
        L.para(
            f"With the present letter we, {f['name']}, are kindly asking to receive from your "
            "office "
            f"a binding ruling in according to 19 CFR Part 177 for the goods of our future "
            f"importations, which we describe here below."
            if f["special"] != "current"
            else f"With the present letter we, {f['name']}, are kindly asking the binding ruling "
            "for the "
            "goods which already arrived."
        ),
    ]
    for topic, text in _facts_text(f):
        b.append(L.para(f"{topic}: {text}", 10, indent=12))
    ports = _ports_text(f)
    if ports:
        b.append(L.para(f"The goods will be arriving in the port of {ports}."))
    claim = _claim(f)
    if claim:
        b.append(L.para("About the classification: " + claim))
    pend = _pending(f, rng)
    if pend:
        b.append(L.para("Regarding the pending matters we are declaring: " + pend))
    b.append(L.para(_sample(f)))
    if f["confidential"]:
        b.append(
            L.para(
                "Please we request to keep confidential the prices, being reserved information of "
                "our company."
            )
        )
    b.append(
        L.para(
            "Remaining at your disposal for every clarification, we are sending our best regards."
        )
    )
    b.append(L.gap(8))
    if f["signed"]:
        b += [L.para(f"/s/ {f['signer']}"), L.para(f"{f['signer']} - {f['title']}", 9)]
    else:
        b += [L.para("______________________"), L.para("(the legal representative)", 8)]
    return b, rng.choice(["Times", "Courier"])


def grid(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """A trading company's request laid out as a ruled Field | Answer sheet."""
    d = f["ds"]
    rows = [
        ["Requesting party", f["name"]],
        ["Address", ", ".join(f["addr"])],
        ["Importer number", f["ior"]],
        ["Date of request", fmt.date(f["rdate"], d)],
        ["Ruling sought", _subject(f)],
    ]
    rows += [[topic, text] for topic, text in _facts_text(f)]
    ports = _ports_text(f)
    if ports:
        rows.append(["Port(s) of entry", ports])
    claim = _claim(f)
    if claim:
        rows.append(["Proposed classification and basis", claim])
    pend = _pending(f, rng)
    if pend:
        rows.append(["Pending matters (177.2(b)(5))", pend])
    rows.append(["Sample", _sample(f)])
    rows.append(
        [
            "Confidential treatment",
            "Requested for the price figures" if f["confidential"] else "Not requested",
        ]
    )
    b: list[L.Block] = [
        L.band("BINDING RULING REQUEST - SUMMARY SHEET", 11),
        L.gap(2),
        L.table(["Field", "Answer"], rows, [1.3, 3], ruled=True, size=9.5),
        L.gap(10),
    ]
    if f["signed"]:
        b += [
            L.kv(
                [
                    ("Authorized signature:", f"/s/ {f['signer']}"),
                    ("Name / title:", f"{f['signer']}, {f['title']}"),
                ],
                1,
                130,
            )
        ]
    else:
        b += [
            L.kv([("Authorized signature:", "__________________"), ("Name / title:", "")], 1, 130)
        ]
    return b, rng.choice(["Helvetica", "Courier"])


STYLE_FUNCS = {"qanda": qanda, "nonnative": nonnative, "grid": grid}

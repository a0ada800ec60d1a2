"""Ruling requests: a status report, an importer's letter with a spec table, a plain e-mail."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.corpus_seventh.fmt import COMPANIES, GOODS, PEOPLE, PORTS, Doc, Pick, case_and_style

CASES = [
    "ncsd-accept",
    "hq-valuation",
    "no-pending-statement",
    "court-pending",
    "six-items",
    "unsigned",
]
STYLES = ["status-report", "spec-letter", "email", "spec-letter"]
PRODUCER = {"status-report": "rsvg", "email": "rsvg", "spec-letter": "pdfme"}
PENDING_NONE = [
    "To the best of our knowledge the issue is not pending before any CBP office or any court.",
    "No entry of this merchandise is under protest; the question is not before CBP or the courts.",
    "The importer states that the issue has never been, and is not now, before CBP or a court.",
    "177.2(b)(5): not pending before CBP, the CIT or any other court.",
    "There is no pending matter on this issue at any Customs office or court.",
]
SAMPLES = [
    ("Two samples are enclosed.", True),
    ("A sample is sent under separate cover.", True),
    ("Photographs and a specification sheet are attached.", False),
    ("A sample is available on request.", False),
    ("No sample is provided.", False),
]


def build(index: int, rng: random.Random) -> Doc:
    """The ruling request at `index`."""
    case, style = case_and_style(index, CASES, STYLES)
    pick = Pick(rng)
    name, street, city = rng.choice(COMPANIES)
    port, port_name = rng.choice(PORTS)
    goods = rng.choice(GOODS)
    signer = rng.choice(PEOPLE)
    written = date(2025, 3, 3) + timedelta(days=rng.randrange(250))
    received = written + timedelta(days=rng.randrange(3, 12))
    today = received + timedelta(days=rng.randrange(2, 20))
    ior = f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
    sample_text, sample = rng.choice(SAMPLES)
    confidential = rng.random() < 0.35
    items = 6 if case == "six-items" else rng.choice([1, 1, 2])
    hts_forms = [
        goods[2],
        goods[2].replace(".", ""),
        goods[2][:10] + "." + goods[2][10:] if len(goods[2]) == 12 else goods[2],
    ]
    hts = rng.choice(hts_forms)
    valuation = case == "hq-valuation"
    signed = case != "unsigned"
    has_statement = case != "no-pending-statement"
    court = case == "court-pending"
    missing = {"no-pending-statement": ["177.2(b)(5)"], "unsigned": ["177.2(c)"]}.get(case, [])
    outcome = "no_ruling" if court else ("deficient" if missing or items > 5 else "accept")
    route = "HQ" if valuation else "NCSD"
    values: dict[str, object] = {
        "requester_name": name,
        "requester_address": f"{street}, {city}",
        "importer_number": ior,
        "request_date": written.isoformat(),
        "ruling_type": "valuation" if valuation else "classification",
        "proposed_hts": [] if valuation else [hts],
        "prospective": True,
        "pending_statement": has_statement,
        "pending_in_court": court,
        "pending_before_cbp": False,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": signed,
    }
    decision: dict[str, object] = {"outcome": outcome, "route": route, "missing": missing}
    not_scored = [
        "product_description/ports: printed in several places; left to the reader of the corpus"
    ]
    if valuation:
        not_scored.append("item_count: the contract leaves it open outside classification")
    else:
        values["item_count"] = items
    if outcome == "no_ruling":
        not_scored.append("reason: free text")
    else:
        decision["reason"] = None
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + timedelta(days=30)).isoformat()
    else:
        not_scored.append(
            "due: the contract leaves it open for a deficient or no-ruling NCSD request"
        )
    if style == "status-report":
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address: the request reaches CBP inside a broker's report"
        )
    doc = Doc(
        "ruling-request",
        case,
        PRODUCER[style],
        ["--received", received.isoformat(), "--today", today.isoformat()],
        values,
        decision,
        not_scored,
    )
    f = {
        "name": name,
        "street": street,
        "city": city,
        "port": port,
        "port_name": port_name,
        "goods": goods,
        "signer": signer,
        "written": written,
        "ior": ior,
        "sample": sample_text,
        "confidential": confidential,
        "items": items,
        "hts": hts,
        "valuation": valuation,
        "signed": signed,
        "statement": has_statement,
        "court": court,
    }
    from bench.corpus_seventh import ruling_styles

    ruling_styles.render(style, doc, f, pick)
    return doc

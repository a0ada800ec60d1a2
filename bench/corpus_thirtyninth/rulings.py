"""Ruling-request cases and three sender styles that print them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyninth.layout import Page
from bench.corpus_thirtyninth.pools import (
    GOODS,
    PARTIES,
    PORTS,
    SIGNERS,
    business,
    ein,
    fmt_date,
    fmt_money,
)

D = dt.date
T = dt.timedelta
CASES = [
    "classification", "valuation", "no-ports", "no-materials", "no-pending-statement",
    "no-basis", "unsigned", "six-items", "court", "current-entry", "cbp-assigned-ior", "marking",
]
STYLES = ["counsel", "summary", "email"]
PROCESS = ("Manufacture: the parts are cut, formed and finished at the maker's plant, inspected, "
           "and packed for retail sale in printed cartons of one unit. No further processing "
           "takes place in the United States before sale; the goods are sold through the "
           "requester's own stores and its web shop, and to two regional wholesalers. The "
           "requester has not imported the article before and holds no ruling on it or on a "
           "like article.")
PENDING = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Court of Appeals for the Federal Circuit or any other court, and "
    "it is not one of a series of transactions.",
    "The transaction or issue is not under review by CBP and is not before any court.",
    "No CBP office or court has this matter or a like one before it.",
]


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"ruling-{seed}-{index}")
    case = CASES[(index + seed) % len(CASES)]
    style = STYLES[(index + 2 * seed) % 3]
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    goods, hts = GOODS[rng.randrange(len(GOODS))]
    port, port_name = PORTS[rng.randrange(len(PORTS))]
    ruling_type = {"valuation": "valuation", "marking": "marking"}.get(case, "classification")
    received = business(D(2025, 1, 13) + T(rng.randint(0, 450)))
    request_date = received - T(rng.randint(2, 9))
    today = received + T(rng.randint(1, 12))
    ior = f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}" \
        if case == "cbp-assigned-ior" else ein(rng)
    hts_form = rng.choice(["dotted", "compact", "split"])
    printed_hts = {"dotted": hts, "compact": hts.replace(".", ""),
                   "split": hts[:10] + "." + hts[10:] if len(hts) == 12 else hts}[hts_form]
    items = 6 if case == "six-items" else (rng.choice([1, 2]) if ruling_type == "classification"
                                          else 1)
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.35
    missing = {"no-ports": ["177.2(b)(1)"], "no-materials": ["177.2(b)(2)"],
               "no-pending-statement": ["177.2(b)(5)"], "no-basis": ["177.2(b)(6)"],
               "unsigned": ["177.2(c)"]}.get(case, [])
    court = case == "court"
    cbp = case == "current-entry"
    route = "HQ" if ruling_type == "valuation" else "NCSD"
    if case == "cbp-assigned-ior":
        outcome = "needs_human"
    elif court or cbp:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    proposed = [] if ruling_type != "classification" or (
        rng.random() < 0.15 and case != "no-basis") else [printed_hts]
    facts = {
        "case": case, "name": name, "address": address, "ior": ior, "goods": goods,
        "port": port, "port_name": port_name, "ruling_type": ruling_type,
        "request_date": request_date, "hts": proposed, "items": items, "sample": sample,
        "confidential": confidential, "signer": SIGNERS[rng.randrange(len(SIGNERS))],
        "pending": rng.choice(PENDING), "date_style": rng.choice(
            ["long", "us", "iso", "dmy", "abbr", "ordinal"]),
        "money": rng.choice(["dollar", "plain", "usd", "spaced"]),
        "price": rng.randint(4, 90) + rng.randint(0, 99) / 100,
        "entry": f"entry filed at {port_name} on {fmt_date(received - T(9), 'long')}",
        "case_no": f"Court No. {received.year % 100 - 1}-{rng.randint(100, 999):05d}",
    }
    values: dict[str, Any] = {
        "requester_name": name, "requester_address": ", ".join(address), "importer_number": ior,
        "request_date": request_date.isoformat(), "ruling_type": ruling_type,
        "proposed_hts": proposed, "item_count": items, "prospective": not cbp,
        "pending_statement": case != "no-pending-statement", "pending_in_court": court,
        "pending_before_cbp": cbp, "sample_provided": sample,
        "confidential_requested": confidential, "signed": case != "unsigned",
    }
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing,
                                "due": (received + T(30)).isoformat() if route == "NCSD"
                                else None}
    not_scored = ["reason: free text", "product_description, ports: free text whose extent the "
                  "contract does not fix"]
    if ruling_type != "classification":
        del values["item_count"]
        not_scored.append("item_count: counted only for classification")
    if route == "NCSD" and outcome != "accept":
        del decision["due"]
        not_scored.append("due: the target date of a request that is not accepted is open")
    truth = {"kind": "ruling-request", "case": case, "style": style,
             "args": ["--received", received.isoformat(), "--today", today.isoformat()],
             "values": values, "decision": decision, "not_scored": not_scored}
    page = {"counsel": counsel, "summary": summary, "email": email}[style](facts)
    return {"truth": truth, "page": page}


def _d(facts: dict[str, Any], day: D) -> str:
    return fmt_date(day, facts["date_style"])


def _items(facts: dict[str, Any]) -> list[str]:
    if facts["items"] == 1:
        return [facts["goods"]]
    return [f"{facts['goods']}, model {chr(65 + n)}-{100 + 10 * n}" for n in range(facts["items"])]


def _facts_text(facts: dict[str, Any]) -> list[str]:
    price = fmt_money(facts["price"], facts["money"])
    if facts["ruling_type"] == "valuation":
        return [f"The goods ({facts['goods'].lower()}) will be bought from a related seller in "
                "Taiwan, which owns 40 percent of the requester, on FOB Kaohsiung terms under a "
                f"distribution agreement. The invoice price is {price} per unit; a 3 percent "
                "buying commission is paid to an unrelated agent."]
    if facts["ruling_type"] == "marking":
        return [f"The article ({facts['goods'].lower()}) is made in Vietnam. We propose to mark "
                "the country of origin on a sewn-in label and on the retail carton."]
    out = [f"The article is {facts['goods'].lower()}. Its principal use in the United States is "
           "in retail sale to consumers."]
    if facts["case"] != "no-materials":
        out.append("Component materials by weight: 82 percent base material, 12 percent "
                   "fittings, 6 percent packing inserts. It is sold under the trade name "
                   f"'Northline'; purchase price {price}, U.S. selling price about twice that.")
    return out


def _ask(facts: dict[str, Any]) -> list[str]:
    if not facts["hts"]:
        return ["We ask for a ruling on the proper treatment of the article."]
    if facts["case"] == "no-basis":
        return [f"We ask that CBP rule the article is classified in subheading {facts['hts'][0]}."]
    return [f"We believe the article is classified in subheading {facts['hts'][0]}, HTSUS, by "
            "application of GRI 1 and the terms of the heading, as the explanatory notes to the "
            "heading confirm; the article is named there eo nomine."]


def _extras(facts: dict[str, Any]) -> list[str]:
    out = []
    if facts["case"] == "court":
        out.append("The same issue is pending before the Court of International Trade in "
                   f"{facts['case_no']}, to which the requester is a party.")
    elif facts["case"] == "current-entry":
        out.append("The merchandise arrived and is the subject of an " + facts["entry"] +
                   ", which is still open with the port.")
    elif facts["case"] != "no-pending-statement":
        out.append(facts["pending"])
    out.append("A sample is enclosed and may be kept." if facts["sample"] else
               "Photographs and a specification sheet are enclosed; no sample is sent.")
    out.append("We ask that the pricing information be kept confidential under 19 CFR "
               "177.2(b)(7); it is marked [CONFIDENTIAL]." if facts["confidential"] else
               "No confidential treatment is requested.")
    return out


def _sign(page: Page, facts: dict[str, Any], closing: str) -> None:
    page.skip(6)
    page.line(closing)
    page.skip(18)
    if facts["case"] == "unsigned":
        page.line("______________________________")
        return
    page.line(facts["signer"])
    page.line(f"Director of Trade Compliance, {facts['name']}")


def counsel(facts: dict[str, Any]) -> Page:
    """In-house counsel's request with numbered sections; the description runs onto page 2."""
    page = Page("times", 11)
    page.font(style="B", size=14)
    page.line(facts["name"].upper(), gap=14)
    page.font(style="", size=9)
    page.line(" | ".join(facts["address"]) + f" | Importer No. {facts['ior']}", gap=24)
    page.font(size=11)
    page.line(_d(facts, facts["request_date"]))
    page.skip(6)
    to = ("Regulations and Rulings, Office of Trade, Washington, DC" if facts["ruling_type"] ==
          "valuation" else "National Commodity Specialist Division, New York, NY")
    page.line(f"To: {to}")
    page.line(f"Re: Request for a binding {facts['ruling_type']} ruling (19 CFR Part 177)")
    page.skip(8)
    sections = [("1. Requester", [f"{facts['name']}, {', '.join(facts['address'])}; importer "
                                  f"number {facts['ior']}. The requester is the importer."])]
    if facts["case"] != "no-ports":
        sections.append(("2. Port of entry", [f"The goods will be entered at {facts['port_name']} "
                                              f"(port {facts['port']})."]))
    items = _items(facts)
    sections.append(("3. Transaction", [
        ("The following article(s), now at the port, are the subject of this request: "
         if facts["case"] == "current-entry" else
         "The requester intends to import the following article(s) from next season: ")
        + f"{'; '.join(items)}.", *_facts_text(facts), PROCESS]))
    sections.append(("4. Ruling requested", _ask(facts)))
    sections.append(("5. Other statements", _extras(facts)))
    for head, paras in sections:
        page.font(style="B")
        page.line(head)
        page.font(style="")
        for text in paras:
            page.para(text)
    _sign(page, facts, "Respectfully submitted,")
    return page


def summary(facts: dict[str, Any]) -> Page:
    """A compliance manager's request summarised in a two-column table, then short notes."""
    page = Page("helvetica", 10)
    page.font(style="B", size=12)
    page.line("BINDING RULING REQUEST - SUMMARY", gap=18)
    page.font(style="", size=10)
    rows = [("Requester", facts["name"]), ("Address", ", ".join(facts["address"])),
            ("Importer number", facts["ior"]),
            ("Date of request", _d(facts, facts["request_date"])),
            ("Subject", facts["ruling_type"].capitalize())]
    if facts["case"] != "no-ports":
        rows.append(("Port(s) of entry", f"{facts['port_name']}, {facts['port']}"))
    rows.append(("Number of items", str(facts["items"])))
    if facts["hts"]:
        rows.append(("Proposed HTSUS", facts["hts"][0]))
    rows.append(("Sample", "Enclosed" if facts["sample"] else "Not provided (photos only)"))
    rows.append(("Confidentiality", "Requested" if facts["confidential"] else "Not requested"))
    top = page.y
    for label, value in rows:
        page.row([(78, label), (220, value)])
        page.rule(72, 540, dy=-page.size * 1.1)
    page.box(72, top - 11, 468, page.y - top)
    page.pages[-1].append(["line", 214, top - 11, 214, round(page.y - 11, 1)])
    page.skip(10)
    page.font(style="B")
    page.line("Items")
    page.font(style="")
    for item in _items(facts):
        page.line(f"- {item}", x=84)
    page.skip(4)
    page.font(style="B")
    page.line("Facts")
    page.font(style="")
    for text in _facts_text(facts) + _ask(facts) + _extras(facts):
        page.para(text)
    _sign(page, facts, "Submitted by:")
    return page


def email(facts: dict[str, Any]) -> Page:
    """A request sent as e-mail and printed with its header block; points as bullets."""
    page = Page("courier", 9.5)
    page.line(f"From:    {facts['signer'] if facts['case'] != 'unsigned' else 'trade desk'}")
    page.line("To:      rulings desk")
    page.line(f"Sent:    {_d(facts, facts['request_date'])}")
    page.line(f"Subject: ruling request - {facts['ruling_type']} - {facts['goods'][:30]}")
    page.rule(72, 540, dy=2)
    page.skip(10)
    what = "goods now at the port" if facts["case"] == "current-entry" else "future imports"
    page.para(f"Good morning. Please accept this request for a binding ruling for {what} "
              f"by {facts['name']}, {', '.join(facts['address'])} (importer no. "
              f"{facts['ior']}).", width=460)
    if facts["case"] != "no-ports":
        page.para(f"Port of entry: {facts['port_name']} ({facts['port']}).", width=460)
    page.line("Items:")
    for item in _items(facts):
        page.para(f"  o {item}", width=440)
    for text in _facts_text(facts) + _ask(facts) + _extras(facts):
        page.para(f"* {text}", width=460)
    _sign(page, facts, "Regards,")
    return page

"""Ruling-request cases (19 CFR Part 177) and the three senders who write them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyeighth import common as c
from bench.corpus_thirtyeighth import law

D = dt.date
DAY = dt.timedelta(days=1)

# The first 12 (the default count) cover every outcome and every 177.2 element.
CASES = [
    "class-ok",
    "value-ok",
    "no-pending",
    "cit",
    "marking-ok",
    "unsigned",
    "current",
    "cbp-ior",
    "class-thin",
    "no-port",
    "no-basis",
    "too-many",
    "origin-ok",
    "class-multi",
    "completed",
]
STYLES = ["counsel", "summary", "qa"]

ARTICLES = [
    {
        "name": "portable espresso maker",
        "desc": "a hand-operated portable espresso maker that "
        "builds pressure with a piston pump and brews into a detachable cup",
        "use": "making espresso coffee at campsites and in vehicles",
        "materials": "aluminum 55% by weight, polypropylene 30%, silicone 10%, stainless steel 5%",
        "hts": ("8419.81.5000", "8419.81.50.00", "8419815000"),
        "price": "$18.40 FOB Ningbo; U.S. retail $59.99",
        "model": "EP-",
    },
    {
        "name": "insulated lunch tote",
        "desc": "a soft-sided insulated lunch tote with an outer "
        "surface of polyester textile, a foil-laminated foam lining and a zip closure",
        "use": "carrying food and beverages to work or school",
        "materials": "polyester 62% by "
        "weight, polyethylene foam 25%, aluminum foil 3%, zipper and trim 10%",
        "hts": ("4202.92.3131", "4202.92.31.31", "4202923131"),
        "price": "$3.85 FOB Xiamen; U.S. retail $16.99",
        "model": "LT-",
    },
    {
        "name": "smart plug",
        "desc": "a Wi-Fi enabled smart plug that switches a household outlet "
        "on and off from a phone application, rated 15 A at 125 V",
        "use": "remote switching of lamps and small appliances in homes",
        "materials": "polycarbonate housing 70% by weight, copper "
        "contacts 18%, printed circuit assembly 12%",
        "hts": ("8536.50.9065", "8536.50.90.65", "8536509065"),
        "price": "$4.10 FOB Shenzhen; U.S. retail $14.99",
        "model": "SP-",
    },
    {
        "name": "yoga mat",
        "desc": "a yoga mat of cellular thermoplastic elastomer, 183 x 61 cm, "
        "6 mm thick, with a textured surface",
        "use": "floor exercise and yoga practice",
        "materials": "thermoplastic elastomer 100% by weight",
        "hts": ("3921.19.0000", "3921.19.00.00", "3921190000"),
        "price": "$5.20 FOB Taipei; U.S. retail $34.00",
        "model": "YM-",
    },
]
PARTIES = [
    "Daybreak Provisions LLC",
    "Moraine Outdoor Company",
    "Larkspur Home Electronics, Inc.",
    "Fennimore Wellness Products Corp.",
    "Quarry Lane Imports LLC",
    "Beaumont & Pryce Trading Co.",
]


def plan(index: int, seed: int) -> dict[str, Any]:
    """The truth and the blocks of ruling request number `index`."""
    rng = random.Random(f"ruling-{index}-{seed}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    producer = "pdfjs" if index % 2 == 0 else "reuse"
    ruling_type = {"value-ok": "valuation", "marking-ok": "marking", "origin-ok": "origin"}.get(
        case, "classification"
    )
    article = rng.choice(ARTICLES)
    items = {"class-multi": 3, "too-many": 7}.get(case, 1)
    name = rng.choice(PARTIES)
    addr = c.address(rng)
    ior = c.cbp_assigned(rng) if case == "cbp-ior" else c.ein(rng)
    ports = rng.sample(c.PORTS, rng.choice([1, 2]))
    request_date = c.day_between(rng, D(2024, 1, 10), D(2026, 6, 30))
    received = request_date + rng.randint(2, 8) * DAY
    today = received + rng.randint(1, 20) * DAY
    hts_form = rng.randrange(3)
    proposed = [article["hts"][hts_form]] if ruling_type == "classification" else []
    if case == "class-thin":
        proposed = []
    signer = rng.choice(c.PEOPLE)
    sample = rng.random() < 0.6 and ruling_type in ("classification", "marking", "origin")
    confidential = rng.random() < 0.3
    missing: list[str] = []
    show = {
        "pending": case != "no-pending",
        "signed": case != "unsigned",
        "ports": case != "no-port",
        "facts": case != "class-thin",
        "basis": case != "no-basis",
    }
    for element, present in (
        ("177.2(b)(1)", show["ports"]),
        ("177.2(b)(2)", show["facts"]),
        ("177.2(b)(5)", show["pending"]),
        ("177.2(b)(6)", show["basis"]),
        ("177.2(c)", show["signed"]),
    ):
        if not present:
            missing.append(element)
    in_court = case == "cit"
    before_cbp = case == "current"
    prospective = case not in ("current", "completed")
    route = law.ruling_route([ruling_type])
    if case in ("cit", "current", "completed"):
        outcome = "no_ruling"
    elif case == "cbp-ior":
        outcome = "needs_human"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": ruling_type,
        "proposed_hts": proposed,
        "prospective": prospective,
        "pending_statement": show["pending"],
        "pending_in_court": in_court,
        "pending_before_cbp": before_cbp,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": show["signed"],
    }
    if ruling_type == "classification":
        values["item_count"] = items
    not_scored = [
        "product_description, ports: free text and place names the contract does not normalise",
        "reason: free text",
    ]
    if ruling_type != "classification":
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {
        "outcome": outcome,
        "route": route,
        "missing": missing,
        "due": (received + 30 * DAY).isoformat()
        if route == "NCSD" and outcome == "accept"
        else None,
    }
    if route == "NCSD" and outcome != "accept":
        del decision["due"]
        not_scored.append("due: the contract sets a target only for a request that is accepted")
    if case == "completed":
        del values["pending_before_cbp"]
        not_scored.append(
            "pending_before_cbp: the entry is liquidated (completed), not before "
            "CBP in the contract's sense"
        )
    args = ["--received", received.isoformat(), "--today", today.isoformat()]
    entry = c.entries(rng, 1)[0]
    facts = {
        "case": case,
        "name": name,
        "addr": addr,
        "ior": ior,
        "ports": ports,
        "type": ruling_type,
        "article": article,
        "items": items,
        "proposed": proposed,
        "signer": signer,
        "sample": sample,
        "confidential": confidential,
        "show": show,
        "entry": entry,
        "request_date": request_date,
        "date_style": rng.choice(c.DATE_STYLES[:-1]),
        "variant": rng.randrange(3),
        "cit_no": f"{rng.randint(22, 25)}-{rng.randint(100, 399):05d}",
        "entry_date": request_date - rng.randint(20, 200) * DAY,
        "title": rng.choice(
            ["Associate General Counsel", "Senior Counsel, Trade", "Vice President, Legal"]
        ),
        "seller": rng.choice(
            [
                "Hengfeng Manufacturing Co., Ltd.",
                "Kaohsiung Precision Works Corp.",
                "Vinh Long Houseware JSC",
            ]
        ),
        "font": rng.choice(["Helvetica", "Times"]),
    }
    blocks = {"counsel": _counsel, "summary": _summary, "qa": _qa}[style](facts)
    doc = {
        "font": facts["font"],
        "size": 11.5 if facts["font"] == "Helvetica" else 13,
        "blocks": blocks,
    }
    truth = {
        "kind": "ruling-request",
        "family": producer,
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return {"truth": truth, "doc": doc, "producer": producer, "case": case}


def _d(f: dict[str, Any], day: D) -> str:
    return c.fdate(day, f["date_style"])


def _office(f: dict[str, Any]) -> list[str]:
    if f["type"] in ("valuation",):
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street, NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _subject(f: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "valuation (transaction value)",
        "marking": "country of origin marking",
        "origin": "country of origin",
    }[f["type"]]


def _product(f: dict[str, Any]) -> list[str]:
    a = f["article"]
    out = [f"The article is {a['desc']}."]
    if f["items"] > 1:
        models = ", ".join(f"{a['model']}{100 + 10 * i}" for i in range(f["items"]))
        out.append(
            f"The request covers {f['items']} models of the {a['name']}: {models}. The "
            "models differ only in color and capacity."
        )
    if f["show"]["facts"] and f["type"] == "classification":
        out.append(f"Principal use in the United States: {a['use']}.")
        out.append(f"Component materials: {a['materials']}.")
        out.append(f"Price: {a['price']}.")
    if f["type"] == "valuation":
        out.append(
            f"The importer buys the goods from {f['seller']} on FOB terms under a supply "
            "agreement; the seller and the importer are not related. The invoice shows a "
            "unit "
            "price and a separate tooling charge paid in advance."
        )
    if f["type"] in ("marking", "origin"):
        out.append(
            "The components are made in Vietnam and assembled and tested in Thailand, "
            "where the housing is molded and the final product is packed for retail sale."
        )
    return out


def _question(f: dict[str, Any]) -> str:
    if f["type"] == "valuation":
        return (
            "We ask whether the tooling charge is an assist to be added to the price actually "
            "paid, or part of that price, in determining transaction value."
        )
    if f["type"] == "marking":
        return (
            "We ask whether marking the retail box 'Made in Thailand' satisfies 19 U.S.C. 1304 "
            "and 19 CFR Part 134."
        )
    if f["type"] == "origin":
        return (
            "We ask that CBP rule that the country of origin of the finished article is Thailand."
        )
    if not f["proposed"]:
        return "We ask for the classification of the article in the HTSUS."
    return f"We ask that the article be classified in subheading {f['proposed'][0]}, HTSUS."


def _basis(f: dict[str, Any]) -> str | None:
    if not f["show"]["basis"] or (not f["proposed"] and f["type"] == "classification"):
        return None
    return {
        "classification": "Basis: under GRI 1 the article is described by the heading's terms, "
        "and GRI 6 selects the subheading; the Explanatory Notes to the heading include such "
        "articles.",
        "valuation": "Basis: 19 U.S.C. 1401a(h)(1)(A) and HQ rulings treating prepaid "
        "tooling as "
        "part of the price actually paid.",
        "marking": "Basis: 19 CFR 134.41 and 134.46 as applied in NY rulings on retail packaging.",
        "origin": "Basis: the substantial transformation test of 19 CFR 102 and NY rulings on "
        "assembly operations.",
    }[f["type"]]


def _pending(f: dict[str, Any]) -> str | None:
    if not f["show"]["pending"]:
        return None
    if f["case"] == "cit":
        return (
            f"The same issue is pending before the U.S. Court of International Trade in "
            f"Court No. "
            f"{f['cit_no']}, brought by the requester on earlier imports."
        )
    if f["case"] == "current":
        return (
            f"The goods arrived and were entered under entry no. {f['entry']} on "
            f"{_d(f, f['entry_date'])}; the entry is not yet liquidated and the question is "
            "before the port. To our knowledge the issue is not before any court."
        )
    if f["case"] == "completed":
        return (
            f"The goods were entered under entry no. {f['entry']}, which was liquidated; no "
            "protest has been filed. The issue is not before any court."
        )
    return [
        "To the best of our knowledge, the issue is not pending before any CBP office, the "
        "Court "
        "of International Trade, the Court of Appeals for the Federal Circuit or any appellate "
        "court, and has not been the subject of an earlier ruling.",
        "Pending matters: none. No CBP office or court has or had this issue before it.",
        "We are not aware of this transaction or issue being under review by CBP or pending in "
        "any court.",
    ][int(f["variant"])]


def _sample(f: dict[str, Any]) -> str:
    if f["sample"]:
        return "A sample is enclosed; please return it after the ruling is issued."
    return [
        "Photographs and a specification sheet are enclosed; a sample is available on request.",
        "No sample is submitted.",
        "Drawings are enclosed in place of a sample.",
    ][int(f["variant"])]


def _conf(f: dict[str, Any]) -> str:
    if f["confidential"]:
        return (
            "Confidential treatment is requested for the price information, which is marked "
            "'Confidential' and would harm the requester's competitive position if disclosed."
        )
    return "No confidential treatment is requested."


def _ports_text(f: dict[str, Any]) -> str | None:
    if not f["show"]["ports"]:
        return None
    return " and ".join(f"{name} ({code})" for code, name in f["ports"])


def _signature(f: dict[str, Any], closing: str) -> list[dict[str, Any]]:
    if not f["show"]["signed"]:
        return [
            {"t": "p", "text": closing},
            {"t": "space", "h": 20},
            {"t": "p", "text": "______________________________"},
            {"t": "p", "text": "(authorized signature)"},
        ]
    return [
        {"t": "p", "text": closing},
        {"t": "space", "h": 8},
        {"t": "p", "text": f"/s/ {f['signer']}"},
        {"t": "p", "text": f"{f['signer']}, {f['title']}"},
    ]


def _counsel(f: dict[str, Any]) -> list[dict[str, Any]]:
    """In-house counsel's request with numbered sections; the description runs long."""
    blocks: list[dict[str, Any]] = [
        {"t": "h", "text": f["name"], "size": 15},
        {"t": "p", "text": " | ".join(f["addr"])},
        {"t": "p", "text": "Office of the General Counsel"},
        {"t": "rule"},
        {"t": "p", "text": _d(f, f["request_date"])},
        *({"t": "p", "text": line} for line in _office(f)),
        {"t": "p", "text": f"Re: Request for a binding ruling on {_subject(f)}", "bold": True},
        {"t": "p", "text": "Dear Sir or Madam:"},
        {
            "t": "p",
            "text": f"{f['name']} requests a binding ruling under 19 CFR Part 177 on the "
            f"{_subject(f)} of the article described below, which it intends to "
            "import.",
        },
        {"t": "h", "text": "1. The requester", "size": 12},
        {"t": "p", "text": f"{f['name']}, {', '.join(f['addr'])}; importer number {f['ior']}."},
    ]
    ports = _ports_text(f)
    blocks.append({"t": "h", "text": "2. The transaction", "size": 12})
    blocks.append(
        {
            "t": "p",
            "text": f"The goods are bought from {f['seller']} and will be shipped "
            "by ocean container" + (f" for entry at {ports}." if ports else "."),
        }
    )
    blocks.append({"t": "h", "text": "3. Description of the merchandise", "size": 12})
    for line in _product(f):
        blocks.append({"t": "p", "text": line})
    blocks.append(
        {
            "t": "p",
            "text": "The article is sold in a printed retail box with a "
            "quick-start "
            "leaflet; no accessories are included. The packaging is of the kind normally "
            "sold with such goods and is not designed for repeated use. The design has not "
            "changed from the samples shown to the buyer, and the supplier's bill of "
            "materials is available for review.",
        }
    )
    blocks.append({"t": "h", "text": "4. Ruling requested", "size": 12})
    blocks.append({"t": "p", "text": _question(f)})
    basis = _basis(f)
    if basis:
        blocks.append({"t": "p", "text": basis})
    blocks.append({"t": "h", "text": "5. Statement under 19 CFR 177.2(b)(5)", "size": 12})
    blocks.append({"t": "p", "text": _pending(f) or "See the attached materials."})
    blocks.append({"t": "h", "text": "6. Samples and confidentiality", "size": 12})
    blocks.append({"t": "p", "text": _sample(f) + " " + _conf(f)})
    blocks += _signature(f, "Respectfully submitted,")
    return blocks


def _summary(f: dict[str, Any]) -> list[dict[str, Any]]:
    """An importer's request summarised in a two-column table under a short cover note."""
    rows = [
        ["Requester", f["name"]],
        ["Address", ", ".join(f["addr"])],
        ["Importer number", f["ior"]],
        ["Date of request", _d(f, f["request_date"])],
        ["Subject", _subject(f).capitalize()],
    ]
    ports = _ports_text(f)
    if ports:
        rows.append(["Port(s) of entry", ports])
    rows.append(["Merchandise", " ".join(_product(f))])
    rows.append(["Question", _question(f)])
    if f["proposed"]:
        rows.append(["Proposed HTSUS", f["proposed"][0]])
    basis = _basis(f)
    if basis:
        rows.append(["Basis", basis.removeprefix("Basis: ")])
    pending = _pending(f)
    if pending:
        rows.append(["Pending matters", pending])
    rows.append(["Samples", _sample(f)])
    rows.append(["Confidentiality", _conf(f)])
    blocks: list[dict[str, Any]] = [
        {"t": "right", "lines": _office(f)[1:2]},
        {"t": "h", "text": "BINDING RULING REQUEST - SUMMARY", "size": 14, "align": "center"},
        {
            "t": "p",
            "text": "We submit this request under 19 CFR 177.2. The particulars are set out "
            "in the table; we will answer any question promptly.",
        },
        {"t": "kv", "rows": rows, "ruled": True, "lw": 130, "bold_labels": True},
    ]
    blocks += _signature(f, "Submitted by:")
    return blocks


def _qa(f: dict[str, Any]) -> list[dict[str, Any]]:
    """A broker's client questionnaire turned into the request: numbered questions and answers."""
    qa = [
        (
            "Who is asking for the ruling?",
            f"{f['name']}, {', '.join(f['addr'])}. Importer number: {f['ior']}.",
        )
    ]
    ports = _ports_text(f)
    if ports:
        qa.append(("Where will the goods be entered?", ports + "."))
    qa.append(
        (
            "What is the transaction?",
            f"Purchases from {f['seller']} for resale in the "
            "United States; the first shipment is planned for next quarter.",
        )
    )
    qa.append(("What is the merchandise?", " ".join(_product(f))))
    qa.append(("What ruling is requested?", _question(f) + (" " + (_basis(f) or ""))))
    pending = _pending(f)
    if pending:
        qa.append(("Is the issue before CBP or a court?", pending))
    qa.append(("Samples?", _sample(f)))
    qa.append(("Confidential information?", _conf(f)))
    blocks: list[dict[str, Any]] = [
        {
            "t": "center",
            "lines": [f["name"], "REQUEST FOR BINDING RULING (19 CFR PART 177)"],
            "bold": True,
        },
        {"t": "p", "text": f"Dated: {_d(f, f['request_date'])}"},
        {"t": "p", "text": "To: " + ", ".join(_office(f)[1:])},
    ]
    for n, (q, a) in enumerate(qa, start=1):
        blocks.append({"t": "p", "text": f"Q{n}. {q}", "bold": True})
        blocks.append({"t": "p", "text": f"A. {a.strip()}"})
    blocks += _signature(f, "Certified correct and signed for the requester:")
    return blocks

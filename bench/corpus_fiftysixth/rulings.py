# ruff: noqa: E501
"""Binding-ruling requests under 19 CFR Part 177: cases, truths and three senders' layouts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from .layout import Doc, W, wrap

CASES = [
    "class-accept",
    "origin-accept",
    "valuation-hq",
    "no-pending-statement",
    "unsigned",
    "no-port",
    "class-no-use",
    "result-no-basis",
    "court-pending",
    "current-entry",
    "six-items",
    "cbp-assigned-number",
]
STYLES = ["keyvalue", "questionnaire", "boxed"]
DAY = dt.timedelta(days=1)
MISSING = {
    "no-pending-statement": ["177.2(b)(5)"],
    "unsigned": ["177.2(c)"],
    "no-port": ["177.2(b)(1)"],
    "class-no-use": ["177.2(b)(2)"],
    "result-no-basis": ["177.2(b)(6)"],
}
USES = {
    "8467": "sold to homeowners and landscapers for trimming hedges and shrubs",
    "6110": "worn as outerwear by women; sold through department stores",
    "9617": "keeping beverages hot or cold; sold at sporting-goods and grocery retailers",
    "9405": "lighting kitchen work surfaces; installed by electricians under wall cabinets",
    "8714": "replacement braking surfaces on mountain and road bicycles",
    "6911": "serving food at home; sold through housewares retailers",
    "6301": "used as a household throw on sofas and beds",
    "9401": "seating in homes and restaurants",
    "9025": "measuring body temperature at home and in clinics",
    "9503": "children's construction play",
}
# the requester's own officers sign: an outside attorney or broker would make the requester an agent
IN_HOUSE = [
    p
    for p in c.PEOPLE
    if p[1] not in ("Attorney at Law", "Licensed Customs Broker", "Customs Attorney")
]
MATERIALS = (
    "by weight: {a}% principal material, {b}% secondary components, the balance packaging inserts"
)


def facts(case: str, rng: random.Random) -> dict[str, Any]:
    party = rng.choice(c.PARTIES)
    goods, hts = rng.choice(c.GOODS)
    ports = rng.sample(list(c.PORTS), rng.choice([1, 2]))
    received = c.business_day_near(dt.date(2024, 1, 8) + rng.randrange(0, 600) * DAY)
    f: dict[str, Any] = {
        "case": case,
        "party": party,
        "goods": goods,
        "hts": hts,
        "ports": ports,
        "importer": c.ein(rng),
        "signer": rng.choice(IN_HOUSE),
        "request_date": received - rng.randrange(2, 9) * DAY,
        "received": received,
        "today": received + rng.randrange(2, 20) * DAY,
        "type": "classification",
        "hts_form": rng.choice(["dotted", "ten", "plain"]),
        "propose": True,
        "basis": True,
        "use": True,
        "pending": "none",
        "statement": True,
        "sample": rng.choice(["sent", "photos", "on-request", "sent"]),
        "confidential": rng.random() < 0.35,
        "signed": True,
        "items": 1,
    }
    if case == "origin-accept":
        f["type"] = "origin"
        f["propose"] = False
    elif case == "valuation-hq":
        f["type"] = "valuation"
        f["propose"] = False
    elif case == "no-pending-statement":
        f["statement"] = False
    elif case == "unsigned":
        f["signed"] = False
    elif case == "no-port":
        f["ports"] = []
    elif case == "class-no-use":
        f["use"] = False
    elif case == "result-no-basis":
        f["basis"] = False
    elif case == "court-pending":
        f["pending"] = "court"
        f["court_no"] = f"Court No. {rng.randrange(21, 25)}-{rng.randrange(100, 999):05d}"
    elif case == "current-entry":
        f["pending"] = "current"
        f["entry"] = c.new_entry(rng, rng.choice(c.FILERS))
        f["entry_date"] = received - rng.randrange(5, 30) * DAY
    elif case == "six-items":
        f["items"] = 6
    elif case == "cbp-assigned-number":
        f["importer"] = c.cbp_assigned(rng)
    return f


def hts_printed(f: dict[str, Any]) -> str:
    h: str = f["hts"]
    if f["hts_form"] == "ten":
        return h.replace(".", "")
    if f["hts_form"] == "plain":
        return h[:7] + "." + h[8:10] + "." + h[10:]
    return h


def truth(f: dict[str, Any]) -> dict[str, Any]:
    case = f["case"]
    name, street, city = f["party"]
    route = "HQ" if f["type"] == "valuation" else "NCSD"
    missing = MISSING.get(case, [])
    if f["pending"] != "none":
        outcome = "no_ruling"
    elif case == "cbp-assigned-number":
        outcome = "needs_human"
    elif missing or f["items"] > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": f"{street}, {city}",
        "importer_number": f["importer"],
        "request_date": f["request_date"].isoformat(),
        "ruling_type": f["type"],
        "proposed_hts": [hts_printed(f)] if f["propose"] else [],
        "prospective": f["pending"] != "current",
        "pending_statement": f["statement"],
        "pending_in_court": f["pending"] == "court",
        "pending_before_cbp": f["pending"] == "current",
        "sample_provided": f["sample"] == "sent",
        "confidential_requested": f["confidential"],
        "signed": f["signed"],
    }
    not_scored = ["product_description, ports: free text the contract does not delimit"]
    if f["type"] == "classification":
        values["item_count"] = f["items"]
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "no_ruling":
        not_scored.append("reason: free text")
    else:
        decision["reason"] = None
    if outcome == "accept":
        decision["due"] = (f["received"] + 30 * DAY).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due: a target date for a request that is not accepted")
    return {
        "kind": "ruling-request",
        "args": ["--received", f["received"].isoformat(), "--today", f["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


# ---- shared statements ---------------------------------------------------------------------------


def transaction(f: dict[str, Any]) -> str:
    if f["pending"] == "current":
        return (
            f"The first shipment arrived and was entered under entry {f['entry']} on {c.d_long(f['entry_date'])};"
            " the entry is not yet liquidated and the goods are now at the port. We ask how that shipment"
            " is to be classified."
        )
    return (
        "The requester intends to import the merchandise described below from its supplier in Vietnam,"
        " beginning next quarter; no shipment has yet arrived or been entered."
    )


def subject_facts(f: dict[str, Any], rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if f["items"] > 1:
        out.append(
            (
                "Items",
                f"The request covers {f['items']} models of the product line: "
                + ", ".join(f"model {i + 1}0{i}" for i in range(f["items"]))
                + ".",
            )
        )
    if f["type"] == "valuation":
        out.append(
            (
                "Terms of sale",
                "FOB Haiphong; the price is paid by wire 30 days after the bill of lading.",
            )
        )
        out.append(
            (
                "Relationship",
                "The seller is a wholly owned subsidiary of the requester; the parties are related.",
            )
        )
        out.append(
            (
                "Question",
                "Whether the transaction value between the related parties is acceptable"
                " under 19 U.S.C. 1401a(b)(2)(B), the relationship not having influenced the price.",
            )
        )
        return out
    if f["type"] == "origin":
        out.append(
            (
                "Manufacture",
                "Components are cut in China and assembled, tested and packed in Vietnam.",
            )
        )
        out.append(
            (
                "Question",
                "The country of origin of the finished goods for marking and Section 301 purposes.",
            )
        )
        return out
    if f["use"]:
        out.append(
            ("Principal use", "In the United States the goods are " + USES[f["hts"][:4]] + ".")
        )
    a = rng.randrange(55, 90)
    out.append(("Component materials", MATERIALS.format(a=a, b=95 - a)))
    out.append(
        (
            "Price",
            f"Purchase price USD {rng.randrange(4, 60)}.00 per unit; U.S. selling price about"
            f" USD {rng.randrange(70, 140)}.00.",
        )
    )
    if f["propose"]:
        basis = (
            " under GRI 1, as the heading describes the goods by name and the Explanatory Notes to the"
            " heading include articles of this kind"
            if f["basis"]
            else ""
        )
        out.append(("Proposed classification", f"Subheading {hts_printed(f)}, HTSUS{basis}."))
    return out


def pending_text(f: dict[str, Any]) -> str:
    if not f["statement"]:
        return ""
    if f["pending"] == "court":
        return (
            f"The same issue for the same merchandise is pending before the Court of International Trade in"
            f" {f['court_no']}, brought by the requester."
        )
    if f["pending"] == "current":
        return "To the requester's knowledge the issue is not before a court; the entry named above is open at the port."
    return (
        "To the best of the requester's knowledge, the issue is not pending before any CBP office, the Court"
        " of International Trade, the Court of Appeals for the Federal Circuit or any appellate court, and"
        " no ruling has been sought on it before."
    )


def sample_text(f: dict[str, Any]) -> str:
    return {
        "sent": "A sample is sent with this request; please return it when the ruling issues.",
        "photos": "Photographs and a specification sheet are enclosed; no sample is sent.",
        "on-request": "A sample is available on request.",
    }[f["sample"]]


def conf_text(f: dict[str, Any]) -> str:
    if f["confidential"]:
        return (
            "Confidential treatment is requested under 19 CFR 177.2(b)(7) for the prices stated, which are"
            " marked [CONFIDENTIAL] and are commercial information not otherwise public."
        )
    return "No confidential treatment is requested."


def ports_text(f: dict[str, Any]) -> str:
    return "; ".join(f"{p} ({c.PORTS[p]})" for p in f["ports"])


# ---- style 1: a compliance system's key=value export ---------------------------------------------


def keyvalue(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=54, right=54, top=60)
    name, street, city = f["party"]
    signer, title = f["signer"]
    doc.text(54, 750, "TRADEDESK COMPLIANCE -- BINDING RULING REQUEST EXPORT", "Courier-Bold", 10)
    doc.text(54, 738, "record format RR/3   dates CCYYMMDD   one key=value per line", "Courier", 8)
    doc.line(54, 732, W - 54, 732)
    doc.y = 726
    ymd = f["request_date"].strftime("%Y%m%d")
    addressee = "REGULATIONS AND RULINGS, HQ" if f["type"] == "valuation" else "NCSD NEW YORK"
    pairs: list[tuple[str, str]] = [
        ("REQ.TO", addressee),
        ("REQ.DATE", ymd),
        ("REQ.SUBJECT", f["type"].upper()),
        ("PARTY.REQUESTER.NAME", name),
        ("PARTY.REQUESTER.ADDR1", street),
        ("PARTY.REQUESTER.ADDR2", city),
        ("PARTY.REQUESTER.IOR", f["importer"]),
        ("PARTY.REQUESTER.ROLE", "IMPORTER OF RECORD"),
    ]
    for i, p in enumerate(f["ports"]):
        pairs.append((f"PORT.{i + 1}", f"{p} {c.PORTS[p].upper()}"))
    pairs.append(("TXN.DESC", transaction(f)))
    pairs.append(("PRODUCT.DESC", f["goods"]))
    for cap, text in subject_facts(f, rng):
        key = "FACT." + cap.upper().replace(" ", "_")
        if cap == "Proposed classification":
            pairs.append(("HTS.PROPOSED", hts_printed(f)))
            key = "HTS.BASIS"
            text = text if f["basis"] else ""
        if cap == "Items":
            pairs.append(("ITEM.COUNT", str(f["items"])))
        pairs.append((key, text))
    if f["statement"]:
        pairs.append(("STMT.177_2_B_5", pending_text(f)))
    pairs.append(("SAMPLE", sample_text(f)))
    pairs.append(("CONFIDENTIAL", conf_text(f)))
    pairs.append(("SIGNED.BY", f"/s/ {signer}" if f["signed"] else ""))
    pairs.append(("SIGNED.TITLE", title if f["signed"] else ""))
    for k, v in pairs:
        if k in ("HTS.BASIS",) and not v:
            continue
        lines = wrap(v, "Courier", 9, W - 108 - 200)
        doc.need(12 * len(lines))
        for j, ln in enumerate(lines):
            doc.y -= 12
            if j == 0:
                doc.text(54, doc.y, f"{k}=", "Courier", 9)
            doc.text(254, doc.y, ln, "Courier", 9)
    doc.y -= 14
    doc.text(54, doc.y, "END OF RECORD", "Courier", 9)

    def foot(d: Doc, i: int, n: int) -> None:
        d.text(54, 36, f"page {i}/{n}", "Courier", 8)

    doc.footer = foot
    return doc


# ---- style 2: an intake questionnaire answered under each question -------------------------------


def questionnaire(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=72, right=72)
    name, street, city = f["party"]
    signer, title = f["signer"]
    ds = rng.choice([c.d_long, c.d_us])
    office = (
        "Regulations and Rulings, Office of Trade, Washington, DC"
        if f["type"] == "valuation"
        else "National Commodity Specialist Division, New York, NY"
    )
    doc.text(72, 740, "REQUEST FOR A BINDING RULING -- QUESTIONNAIRE", "Helvetica-Bold", 12)
    doc.text(72, 726, f"To: {office}", "Helvetica", 9)
    doc.text(72, 714, f"Date of request: {ds(f['request_date'])}", "Helvetica", 9)
    doc.y = 700
    q = 0

    def ask(question: str, answer: str) -> None:
        nonlocal q
        q += 1
        doc.need(40)
        doc.para(question, "Helvetica-Bold", 9.5, first=f"Q{q}", x=100, after=2)
        doc.para(answer or "(no answer)", "Times-Roman", 11, x=100, after=8)

    ask(
        "Who asks for the ruling? Name, address and importer number.",
        f"{name}; {street}, {city}; importer number {f['importer']}.",
    )
    ask(
        "What is the subject of the request (classification, valuation, origin, marking, carrier)?",
        f["type"].capitalize() + ".",
    )
    ask(
        "At which port or ports will the goods arrive or be entered?",
        ports_text(f) if f["ports"] else "",
    )
    ask("Describe the transaction.", transaction(f))
    ask("Describe the product.", f["goods"])
    for cap, text in subject_facts(f, rng):
        ask(f"{cap}?", text)
    ask(
        "Is the issue, to your knowledge, before any CBP office or any court? (19 CFR 177.2(b)(5))",
        pending_text(f),
    )
    ask("Samples, photographs or drawings?", sample_text(f))
    ask("Is confidential treatment requested?", conf_text(f))
    doc.need(70)
    doc.y -= 30
    doc.line(100, doc.y, 320, doc.y)
    if f["signed"]:
        doc.text(100, doc.y + 4, f"/s/ {signer}", "Times-Italic", 11)
        doc.text(100, doc.y - 12, f"{signer}, {title}", "Helvetica", 9)
    else:
        doc.text(100, doc.y - 12, "Signature of authorized person", "Helvetica", 8)

    def foot(d: Doc, i: int, n: int) -> None:
        d.right_text(W - 72, 36, f"Questionnaire, page {i} of {n}", "Helvetica", 8)

    doc.footer = foot
    return doc


# ---- style 3: a letter with a boxed particulars panel and numbered paragraphs ---------------------


def boxed(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=72, right=72)
    name, street, city = f["party"]
    signer, title = f["signer"]
    ds = rng.choice([c.d_mil, c.d_abbr])
    doc.text(72, 744, name, "Times-Bold", 14)
    doc.text(72, 731, street, "Times-Roman", 9.5)
    doc.text(72, 720, city, "Times-Roman", 9.5)
    bx, by = 330, 600
    doc.rect(bx, by, W - 72 - bx, 108, 0.8)
    doc.fill(bx, by + 92, W - 72 - bx, 16, 0.85)
    doc.text(bx + 6, by + 96, "REQUEST PARTICULARS", "Helvetica-Bold", 8.5)
    rows = [
        ("Importer no.", f["importer"]),
        ("Subject", f["type"].capitalize()),
        ("Port(s)", ", ".join(f["ports"]) if f["ports"] else "to be advised"),
        ("Proposed HTS", hts_printed(f) if f["propose"] else "none proposed"),
        (
            "Sample",
            {"sent": "enclosed", "photos": "photographs only", "on-request": "on request"}[
                f["sample"]
            ],
        ),
    ]
    yy = by + 78
    for k, v in rows:
        doc.text(bx + 6, yy, k, "Helvetica", 8.5)
        doc.text(bx + 80, yy, v, "Helvetica-Bold", 8.5)
        yy -= 15
    doc.y = 700
    doc.para(ds(f["request_date"]), "Times-Roman", 11, avail=240, after=10)
    office = (
        [
            "Regulations and Rulings",
            "Office of Trade",
            "U.S. Customs and Border Protection",
            "Washington, DC 20229",
        ]
        if f["type"] == "valuation"
        else [
            "Director, National Commodity Specialist Division",
            "U.S. Customs and Border Protection",
            "New York, NY 10004",
        ]
    )
    for ln in office:
        doc.para(ln, "Times-Roman", 11, avail=240, after=0)
    doc.y = min(doc.y, by) - 14
    doc.para(f"Re: Request for a binding ruling ({f['type']})", "Times-Bold", 11, after=8)
    doc.para("Dear Sir or Madam:", "Times-Roman", 11)
    n = 0

    def par(text: str) -> None:
        nonlocal n
        if text:
            n += 1
            doc.para(text, "Times-Roman", 11, first=f"{n}.", x=96)

    par(
        f"{name} (importer number {f['importer']}) asks for a binding ruling under 19 CFR Part 177."
    )
    par(transaction(f))
    if f["ports"]:
        par(f"The goods will be entered at {ports_text(f)}.")
    par(f"The merchandise: {f['goods']}.")
    for cap, text in subject_facts(f, rng):
        par(f"{cap}. {text}")
    par(pending_text(f))
    par(sample_text(f) + " " + conf_text(f))
    doc.need(80)
    doc.para("Respectfully submitted,", "Times-Roman", 11, after=26 if f["signed"] else 40)
    if f["signed"]:
        doc.para(signer, "Times-Roman", 11, after=0)
        doc.para(f"{title}, {name}", "Times-Roman", 11)

    def foot(d: Doc, i: int, m: int) -> None:
        d.center_text(36, f"- {i} -", "Times-Roman", 9)

    doc.footer = foot
    return doc


def make(index: int, seed: int) -> tuple[dict[str, Any], Doc, str]:
    rng = c.rng_for("ruling", index, seed)
    case = CASES[index % len(CASES)]
    f = facts(case, rng)
    style = STYLES[(index + seed) % 3]
    doc = {"keyvalue": keyvalue, "questionnaire": questionnaire, "boxed": boxed}[style](f, rng)
    t = truth(f)
    t["case"] = case
    t["style"] = style
    return t, doc, case

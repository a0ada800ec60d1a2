"""Binding-ruling requests in three styles: an importer's letter behind its internal routing
slip, a fax cover sheet with the letter, and a numbered questionnaire the importer fills in."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import COMPANIES, GOODS, PEOPLE, PORTS, ein, filer_code, fmt_date, new_entry, one_line
from .render import Block

CASES = [
    "class",
    "no-pending-statement",
    "valuation",
    "court",
    "no-ports",
    "origin",
    "unsigned",
    "current-entry",
    "six-items",
    "marking",
    "no-basis",
    "verify-ior",
]
STYLES = ["routing", "fax", "questionnaire"]

SUBJECT = {"valuation": "valuation", "origin": "origin", "marking": "marking"}
USES = {
    "9617": "keeping food hot or cold for lunches",
    "6205": "casual outerwear for men",
    "8518": "playing music from phones outdoors",
    "6912": "serving meals at home",
    "8714": "replacement parts for bicycles",
    "4016": "chew toys for dogs",
    "8204": "hand tightening of nuts and bolts",
    "5607": "mooring small boats",
}
MATERIALS = {
    "9617": "stainless steel 82%, polypropylene 15%, silicone 3% by weight",
    "6205": "100% cotton woven flannel",
    "8518": "ABS plastic 61%, electronics 30%, battery 9% by value",
    "6912": "stoneware 100%",
    "8714": "aluminum alloy 6061, 100%",
    "4016": "natural rubber 100%",
    "8204": "chrome vanadium steel 100%",
    "5607": "nylon 6,6 100%",
}


def make(index: int, seed: int, style: str) -> tuple[dict[str, Any], list[Block], str, str | None]:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"ruling-{index}-{seed}")
    name, addr = rng.choice(COMPANIES)
    ior = ein(rng)
    if case == "verify-ior":
        ior = f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
    signer = rng.choice(PEOPLE)
    goods, hts = rng.choice(GOODS)
    hts_form = rng.choice([hts, hts.replace(".", ""), hts[:10] + "." + hts[10:]])
    ports = rng.sample(PORTS, 2 if rng.random() < 0.4 else 1)
    subject = SUBJECT.get(case, "classification")
    request_date = law.next_business_day(
        dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 500))
    )
    received = law.next_business_day(request_date + dt.timedelta(days=rng.randint(1, 7)))
    today = received + dt.timedelta(days=rng.randint(1, 12))
    dstyle = rng.choice(["long", "us", "dmy", "abbr", "iso"])
    items = (
        6
        if case == "six-items"
        else (2 if rng.random() < 0.3 and subject == "classification" else 1)
    )
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.35
    missing: list[str] = []
    if case == "no-ports":
        missing.append("177.2(b)(1)")
    if case == "no-pending-statement":
        missing.append("177.2(b)(5)")
    if case == "no-basis":
        missing.append("177.2(b)(6)")
    if case == "unsigned":
        missing.append("177.2(c)")
    rt = law.route([subject])
    if case == "verify-ior":
        outcome = "needs_human"
    elif case in ("court", "current-entry"):
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": one_line(addr),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": subject,
        "proposed_hts": [hts_form] if subject == "classification" else [],
        "item_count": items,
        "prospective": case != "current-entry",
        "pending_statement": case != "no-pending-statement",
        "pending_in_court": case == "court",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": case != "unsigned",
    }
    not_scored = [
        "product_description and ports: free text and port names whose printed extent the contract "
        "does not fix"
    ]
    if subject != "classification":
        values.pop("item_count")
        not_scored.append("item_count outside classification")
    decision: dict[str, Any] = {"outcome": outcome, "route": rt, "missing": missing, "reason": None}
    if outcome == "accept":
        decision["due"] = law.ruling_due(received, rt, outcome)
    elif rt == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due: no target date for a request that is not accepted at NCSD")
    if outcome == "no_ruling":
        decision.pop("reason")
        not_scored.append("reason: free text")
    if case == "current-entry":
        decision.pop("route")
        not_scored.append(
            "route: a current transaction goes to the port or to internal advice, not to a "
            "ruling office"
        )
    truth = {
        "kind": "ruling-request",
        "case": case,
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    ctx = dict(
        case=case,
        rng=rng,
        name=name,
        addr=addr,
        ior=ior,
        signer=signer,
        goods=goods,
        hts=hts_form,
        ports=ports,
        subject=subject,
        request_date=request_date,
        dstyle=dstyle,
        items=items,
        sample=sample,
        confidential=confidential,
        chapter=hts[:4],
        rt=rt,
        entry=new_entry(rng, filer_code(rng)),
        entry_date=request_date - dt.timedelta(days=12),
    )
    blocks, family, footer = {"routing": _routing, "fax": _fax, "questionnaire": _questionnaire}[
        style
    ](ctx)
    return truth, blocks, family, footer


def _d(c: dict[str, Any], day: dt.date) -> str:
    return fmt_date(day, c["dstyle"])


def _office(c: dict[str, Any]) -> list[str]:
    if c["rt"] == "HQ":
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _ports_text(c: dict[str, Any]) -> str | None:
    if c["case"] == "no-ports":
        return None
    return " and ".join(f"{n} ({p})" for p, n in c["ports"])


def _facts(c: dict[str, Any]) -> list[str]:
    """Paragraphs of the transaction and the subject's facts."""
    g = c["goods"]
    ch = c["chapter"]
    future = "We intend to import" if c["case"] != "current-entry" else "We imported"
    out: list[str] = []
    if c["subject"] == "classification":
        if c["items"] > 1:
            out.append(
                f"{future} the following {c['items']} articles of the same kind from our "
                "supplier in "
                f"Vietnam, listed in the table below. The base article is: {g}."
            )
        else:
            out.append(f"{future} {g} from our supplier in Vietnam, sold to U.S. retailers.")
        out.append(
            f"Principal use in the United States: {USES[ch]}. Component materials: "
            f"{MATERIALS[ch]}. "
            "Commercial name: the article as described; purchase price USD "
            f"{7 + len(g) % 9}.40 per unit "
            f"FOB Haiphong, U.S. selling price USD {19 + len(g) % 7}.99."
        )
    elif c["subject"] == "valuation":
        out.append(
            f"{future} {g}, bought from Danang Works JSC, an unrelated seller, under a purchase "
            "agreement at a price per unit FOB Haiphong, with a separate payment for tooling made "
            "in advance (an assist). Terms of sale: FOB, payment 30 days after shipment; the "
            "parties "
            "are not related under 19 U.S.C. 1401a(g)."
        )
    elif c["subject"] == "origin":
        out.append(
            f"{future} {g}. The parts are made in China and assembled, tested and packed in "
            "Thailand; "
            "we ask for the country of origin for marking and duty purposes."
        )
    else:
        out.append(
            f"{future} {g}, and propose to mark each unit 'Made in Vietnam' by a molded legend "
            "on the "
            "underside, visible to the ultimate purchaser."
        )
    if c["case"] == "current-entry":
        out.append(
            f"The first shipment arrived and was entered on {_d(c, c['entry_date'])} as entry "
            f"{c['entry']}; it is unliquidated, and the port has asked for information about "
            "it on a "
            "CBP Form 28, which is still open."
        )
    return out


def _basis(c: dict[str, Any]) -> str | None:
    if c["subject"] != "classification":
        return (
            "We ask for a ruling that the transaction value is the price actually paid, "
            "adjusted for the "
            "assist; see 19 U.S.C. 1401a(b)(1)."
            if c["subject"] == "valuation"
            else None
        )
    if c["case"] == "no-basis":
        return f"Please classify the article in subheading {c['hts']}."
    return (
        f"We believe the article is classified in subheading {c['hts']}, HTSUS, under GRI 1 "
        "and 6: the heading "
        "describes the article by name and use, and CBP classified similar goods the same way "
        "in New York "
        "ruling N312406."
    )


def _pending(c: dict[str, Any]) -> str | None:
    if c["case"] == "no-pending-statement":
        return None
    if c["case"] == "court":
        return (
            f"The same issue is before the U.S. Court of International Trade in {c['name']} v. "
            "United States, "
            "Court No. 25-00417, concerning an earlier shipment."
        )
    if c["case"] == "current-entry":
        return (
            "Apart from the Form 28 request on the entry above, the issue is not before any "
            "CBP office or court."
        )
    return (
        "To our knowledge the issue is not pending before any CBP office, the Court of "
        "International Trade, "
        "the Federal Circuit or any appellate court, and it is not one of a series of requests."
    )


def _sample(c: dict[str, Any]) -> str:
    if c["sample"]:
        return "A sample of the article is sent with this request; please return it after review."
    return "Photographs and a specification sheet are enclosed; a sample is available on request."


def _conf(c: dict[str, Any]) -> str:
    if c["confidential"]:
        return (
            "We ask that the prices in this letter be treated as confidential under 19 CFR "
            "177.2(b)(7); "
            "their release would harm our competitive position."
        )
    return "No confidential treatment is requested."


def _items_table(c: dict[str, Any]) -> Block | None:
    if c["items"] < 2:
        return None
    rows = [["Item", "Model", "Capacity / size"]]
    rows += [
        [str(k + 1), f"M-{100 + 7 * k}", f"{12 + 4 * k} units of measure"]
        for k in range(c["items"])
    ]
    return ("table", rows, {"widths": [0.12, 0.4, 0.48], "size": 9})


def _letter(c: dict[str, Any]) -> list[Block]:
    """The request letter itself, used behind the routing slip and the fax cover."""
    blocks: list[Block] = [
        ("p", c["name"].upper(), {"font": "bold", "size": 12, "after": 1}),
        ("p", "\n".join(c["addr"]), {"size": 9}),
        ("p", f"Importer number {c['ior']}", {"size": 9}),
        ("rule",),
        ("p", _d(c, c["request_date"]), {"align": "right"}),
        ("p", "\n".join(_office(c)), {}),
        ("p", f"Re: Request for a binding ruling - {c['subject']}", {"font": "bold"}),
        ("p", "Dear Sir or Madam:", {}),
    ]
    blocks.append(
        (
            "p",
            "We request a binding ruling under 19 CFR Part 177 on the prospective transaction "
            "described below."
            if c["case"] != "current-entry"
            else "We request a binding ruling under 19 CFR Part 177 on the transaction "
            "described below.",
            {},
        )
    )
    for para in _facts(c):
        blocks.append(("p", para, {}))
    tbl = _items_table(c)
    if tbl:
        blocks.append(tbl)
    ports = _ports_text(c)
    if ports:
        blocks.append(("p", f"The goods will be entered at the port of {ports}.", {}))
    basis = _basis(c)
    if basis:
        blocks.append(("p", basis, {}))
    pend = _pending(c)
    if pend:
        blocks.append(("p", pend, {}))
    blocks += [("p", _sample(c), {}), ("p", _conf(c), {}), ("p", "Sincerely,", {}), ("gap", 12)]
    if c["case"] == "unsigned":
        blocks += [("p", "______________________________", {}), ("p", "Trade Compliance", {})]
    else:
        blocks += [
            ("p", f"/s/ {c['signer']}", {"font": "italic"}),
            ("p", f"{c['signer']}\nDirector, Trade Compliance\n{c['name']}", {}),
        ]
    return blocks


def _routing(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    rng = c["rng"]
    people = rng.sample(["Legal", "Supply Chain", "Finance", "Trade Compliance"], 3)
    slip = [["Step", "To (department)", "Initials", "Date", "Action"]]
    for k, dept in enumerate(people, start=1):
        day = c["request_date"] - dt.timedelta(days=4 - k)
        slip.append(
            [
                str(k),
                dept,
                "".join(w[0] for w in rng.choice(["Ann Moe", "Raj Lal", "Bea Kim"]).split()),
                fmt_date(day, "us"),
                rng.choice(["Review", "Approve", "Note and return"]),
            ]
        )
    blocks: list[Block] = [
        ("p", "INTERNAL ROUTING SLIP", {"font": "bold", "size": 14, "align": "center"}),
        ("p", f"{c['name']} - outgoing correspondence", {"align": "center", "size": 9}),
        ("table", slip, {"widths": [0.08, 0.3, 0.14, 0.2, 0.28], "size": 9}),
        (
            "p",
            "[X] Send by courier after final sign-off   [ ] File only   [ ] Return to sender",
            {"size": 9},
        ),
        ("p", "Remarks: binding ruling request attached; keep copy in product file.", {"size": 9}),
        ("break",),
    ]
    return blocks + _letter(c), rng.choice(["helv", "times"]), None


def _fax(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    rng = c["rng"]
    office = _office(c)
    cover = [
        ["To:", office[1]],
        ["Fax:", "(212) 555-0" + str(rng.randint(100, 999))],
        ["From:", f"{c['signer']}, {c['name']}"],
        ["Date:", _d(c, c["request_date"])],
        ["Pages:", "3 including cover"],
        ["Re:", "Binding ruling request (original follows by mail)"],
    ]
    blocks: list[Block] = [
        ("p", "F A X", {"font": "bold", "size": 26, "after": 2}),
        ("p", "FACSIMILE TRANSMITTAL SHEET", {"font": "bold", "size": 10}),
        ("rule",),
        ("table", cover, {"widths": [0.16, 0.84], "ruled": False, "header": False, "size": 10.5}),
        ("box", ["[ ] Urgent   [X] For review   [ ] Please reply   [ ] Please recycle"], {}),
        (
            "p",
            "The pages that follow may contain confidential business information. If you "
            "received them in error, please call the sender.",
            {"size": 8, "font": "italic"},
        ),
        ("break",),
    ]
    return blocks + _letter(c), "helv", "Fax page {page} of {pages}"


def _questionnaire(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    ports = _ports_text(c)
    qa: list[tuple[str, str]] = [
        ("Requester (name and address)", f"{c['name']}, {one_line(c['addr'])}"),
        ("Importer number", c["ior"]),
        ("Date of request", _d(c, c["request_date"])),
        (
            "Subject of the ruling",
            {
                "classification": "Tariff classification",
                "valuation": "Valuation",
                "origin": "Country of origin",
                "marking": "Country of origin marking",
            }[c["subject"]],
        ),
        ("Office addressed", office_line(c)),
        ("Ports of entry", ports if ports else ""),
        ("Description of the transaction and goods", " ".join(_facts(c))),
    ]
    basis = _basis(c)
    qa.append(("Ruling requested and its basis", basis or "-"))
    pend = _pending(c)
    if pend:
        qa.append(("Is the issue before CBP or a court?", pend))
    qa += [("Samples", _sample(c)), ("Confidential treatment", _conf(c))]
    blocks: list[Block] = [
        ("p", "BINDING RULING REQUEST - QUESTIONNAIRE", {"font": "bold", "size": 12}),
        (
            "p",
            "Prepared by the importer's trade compliance team for submission under 19 CFR 177.2",
            {"size": 8.5},
        ),
        ("rule",),
    ]
    for k, (q, a) in enumerate(qa, start=1):
        blocks.append(("p", f"{k}. {q}", {"font": "bold", "after": 1}))
        blocks.append(("p", a, {"indent": 18}))
        if q.startswith("Description"):
            tbl = _items_table(c)
            if tbl:
                blocks.append(tbl)
    if c["case"] == "unsigned":
        sig = [["Signature", "Name and title"], ["", ""]]
    else:
        sig = [
            ["Signature", "Name and title"],
            [f"/s/ {c['signer']}", f"{c['signer']}, Director, Trade Compliance"],
        ]
    blocks += [
        ("p", f"{len(qa) + 1}. Declaration and signature", {"font": "bold", "after": 1}),
        (
            "p",
            "I declare that the facts stated are true and complete to my knowledge.",
            {"indent": 18},
        ),
        ("table", sig, {"widths": [0.45, 0.55], "size": 9.5}),
    ]
    return blocks, "courier", "Questionnaire page {page} of {pages}"


def office_line(c: dict[str, Any]) -> str:
    o = _office(c)
    return f"{o[1]}, {o[3]}"

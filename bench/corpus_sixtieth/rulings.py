# ruff: noqa: E501
"""Binding-ruling requests under 19 CFR Part 177: three styles, twelve cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import common as c
from .layout import Doc

CASES = (
    "accept-class",
    "accept-origin",
    "accept-valuation",
    "missing-port",
    "missing-facts",
    "no-pending",
    "no-basis",
    "unsigned",
    "six-items",
    "court",
    "current-entry",
    "cbp-number",
)
STYLES = ("qa-reply", "slides", "controlled-doc")
EXPECT = {
    "accept-class": ("accept", []),
    "accept-origin": ("accept", []),
    "accept-valuation": ("accept", []),
    "missing-port": ("deficient", ["177.2(b)(1)"]),
    "missing-facts": ("deficient", ["177.2(b)(2)"]),
    "no-pending": ("deficient", ["177.2(b)(5)"]),
    "no-basis": ("deficient", ["177.2(b)(6)"]),
    "unsigned": ("deficient", ["177.2(c)"]),
    "six-items": ("deficient", []),
    "court": ("no_ruling", []),
    "current-entry": ("no_ruling", []),
    "cbp-number": ("needs_human", []),
}
MATERIALS = {
    "dinnerware": "stoneware body 92% by weight, lead-free glaze 8%",
    "stationery": "paper 81% by weight, polypropylene covers 14%, steel wire coil 5%",
    "footwear": "leather upper 55% of external surface, rubber outer sole, textile lining",
    "cookware": "stainless steel 88% by weight, tempered glass lids 12%",
    "towels": "100% cotton terry pile",
    "speakers": "ABS housing 40% by value, speaker driver and amplifier board 45%, lithium-ion cell 15%",
    "garden": "polypropylene 100% by weight",
    "lamps": "aluminum arm and base 60% by weight, LED module and driver 30%, steel fittings 10%",
    "toys": "beech wood blocks 90% by weight, cotton canvas bag 10%",
    "tools": "chrome vanadium steel 100% by weight",
}
USES = {
    "dinnerware": "household table service",
    "stationery": "note-taking by students and office workers",
    "footwear": "outdoor hiking",
    "cookware": "home cooking on gas and electric ranges",
    "towels": "household bath use",
    "speakers": "playing music from phones and tablets",
    "garden": "watering household plants",
    "lamps": "lighting desks in homes and offices",
    "toys": "play by children aged 3 and up",
    "tools": "tightening and loosening nuts and bolts",
}


def make(index: int, seed: int, family: str) -> tuple[dict[str, Any], Doc]:
    rng = c.rng_for("ruling-request", index, seed)
    case = CASES[index % len(CASES)]
    style = STYLES[index % len(STYLES)]
    name, addr = rng.choice(c.PARTIES)
    signer = rng.choice(c.PEOPLE)
    goods, hts, key = rng.choice(c.GOODS)
    ports = rng.sample(c.PORTS, rng.choice([1, 2]))
    port_form = rng.choice(["name", "code"])
    port_list = [p[1] if port_form == "name" else p[0] for p in ports]
    request_date = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 300))
    received = request_date + dt.timedelta(days=rng.randint(2, 7))
    today = received + dt.timedelta(days=rng.randint(5, 20))
    rtype = {"accept-origin": "origin", "accept-valuation": "valuation"}.get(case, "classification")
    hts_form = rng.choice(["dots", "pairs", "bare"])
    printed_hts = {
        "dots": hts,
        "pairs": hts[:10] + "." + hts[10:] if len(hts) == 12 else hts,
        "bare": hts.replace(".", ""),
    }[hts_form]
    importer = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-number"
        else c.ein(rng)
    )
    items = 6 if case == "six-items" else 1
    outcome, missing = EXPECT[case]
    route = "HQ" if rtype == "valuation" else "NCSD"
    f: dict[str, Any] = dict(
        case=case,
        name=name,
        addr=addr,
        signer=signer,
        goods=goods,
        hts=printed_hts,
        key=key,
        ports=port_list,
        rtype=rtype,
        importer=importer,
        items=items,
        request_date=request_date,
        rng=rng,
        show_ports=case != "missing-port",
        show_facts=case != "missing-facts",
        pending=case != "no-pending",
        basis=case != "no-basis",
        signed=case != "unsigned",
        court=case == "court",
        current=case == "current-entry",
        sample=rng.random() < 0.5,
        confidential=rng.random() < 0.3,
        title=rng.choice(
            [
                "Director, Global Trade",
                "Trade Compliance Manager",
                "General Counsel",
                "Chief Operating Officer",
            ]
        ),
        court_no=f"{rng.randint(22, 25)}-{rng.randint(100, 999):05d}",
        entry_no=f"{rng.choice(c.FILERS)}-{rng.randint(1000000, 9999999)}",
        entry_date=request_date - dt.timedelta(days=rng.randint(10, 40)),
        seller=rng.choice(
            [
                "Kaiyuan Trading Co., Ltd. (Ningbo)",
                "Marisol Exportadora S.A. (Monterrey)",
                "Anatolia Hometex A.S. (Denizli)",
            ]
        ),
    )
    if case == "current-entry":
        from . import law

        f["entry_no"] = law.entry_number(f["entry_no"][:3], int(f["entry_no"][4:]))
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": importer,
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "product_description": goods,
        "proposed_hts": [printed_hts] if rtype == "classification" else [],
        "ports": port_list if f["show_ports"] else [],
        "item_count": items,
        "prospective": case != "current-entry",
        "pending_statement": f["pending"],
        "pending_in_court": f["court"],
        "pending_before_cbp": f["current"],
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": f["signed"],
    }
    not_scored: list[str] = ["reason: free text"]
    if rtype != "classification":
        del values["item_count"]
        not_scored.append("item_count: outside classification")
    if case == "six-items":
        values["proposed_hts"] = [printed_hts]
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (
            (received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    else:
        not_scored.append("due: the request is not accepted")
    doc = Doc(f"Ruling request - {name}")
    {"qa-reply": _qa, "slides": _slides, "controlled-doc": _controlled}[style](doc, f)
    truth = {
        "kind": "ruling-request",
        "family": family,
        "case": case,
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return truth, doc


def _office(f: dict[str, Any]) -> list[str]:
    if f["rtype"] == "valuation":
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


def _items_text(f: dict[str, Any]) -> str:
    if f["items"] == 1:
        return "one item"
    return "six items: models 101, 102, 103, 104, 105 and 106 of the same line, differing only in size and color"


def _answers(f: dict[str, Any], df: Any) -> list[tuple[str, str]]:
    """(question, answer) pairs in the office's order; the styles arrange them their own ways."""
    ports = " and ".join(f["ports"])
    qa: list[tuple[str, str]] = []
    qa.append(
        (
            "Who is asking, and what are the names, addresses and importer numbers of the parties?",
            f"{f['name']}, {', '.join(f['addr'])}, importer number {f['importer']}, is the importer of record "
            f"and buys from {f['seller']}, an unrelated seller.",
        )
    )
    qa.append(
        (
            "At which port or ports will the goods arrive or be entered?",
            f"The goods will be entered at {ports}."
            if f["show_ports"]
            else "The importer has not yet chosen a port of entry.",
        )
    )
    subject = {
        "classification": "the tariff classification",
        "origin": "the country of origin",
        "valuation": "the transaction value",
    }[f["rtype"]]
    if f["current"]:
        trans = (
            f"The first shipment arrived and was entered on {df(f['entry_date'])} under entry number "
            f"{f['entry_no']}; the entry has not been liquidated. No other shipment is planned; we ask for the "
            "ruling on that shipment."
        )
    else:
        trans = "No shipment has yet arrived; the first purchase order will be placed after the ruling issues."
    qa.append(
        (
            "What is the transaction, and what ruling is asked for?",
            f"We ask for a ruling on {subject} of {_items_text(f)}. {trans}",
        )
    )
    desc = f"Product description: {f['goods']}."
    if f["show_facts"]:
        desc += (
            f" Principal use in the United States: {USES[f['key']]}. Component materials: "
            f"{MATERIALS[f['key']]}."
        )
    if f["rtype"] == "valuation":
        desc += (
            " Terms of sale: FOB port of export, payment 60 days after invoice. The buyer and seller are not "
            "related within 19 U.S.C. 1401a(g); invoices show unit price, quantity and a separate buying commission."
        )
    if f["rtype"] == "origin":
        desc += " The parts are made in Vietnam and assembled and tested in Thailand."
    qa.append(("Describe the merchandise.", desc))
    if f["rtype"] == "classification":
        res = f"We propose classification in subheading {f['hts']}, HTSUS."
        if f["basis"]:
            res += (
                " The goods are described by the terms of that heading (GRI 1), and the subheading follows from "
                "GRI 6 and the Explanatory Notes to the heading; earlier rulings on similar goods agree."
            )
        qa.append(("What result do you propose, and on what authority?", res))
    elif f["rtype"] == "origin":
        qa.append(
            (
                "What result do you propose, and on what authority?",
                "We do not ask for a particular result; we ask CBP to determine the country of origin under the "
                "substantial transformation test.",
            )
        )
    else:
        qa.append(
            (
                "What result do you propose, and on what authority?",
                "The buying commission is not part of the price actually paid or payable, under 19 U.S.C. "
                "1401a(b)(1) and the agency agreement enclosed.",
            )
        )
    if f["pending"]:
        if f["court"]:
            pend = (
                f"The same issue, for goods of the same model, is pending before the U.S. Court of International "
                f"Trade in {f['name']} v. United States, Court No. {f['court_no']}."
            )
        elif f["current"]:
            pend = (
                "No court case is pending; the entry named above is pending at the port of entry."
            )
        else:
            pend = (
                "To the best of our knowledge the issue is not pending before any CBP office, the Court of "
                "International Trade, the Federal Circuit or any appellate court, and it is not one of a series."
            )
        qa.append(("Is the issue before any CBP office or any court?", pend))
    qa.append(
        (
            "Are samples, drawings or documents provided?",
            "A sample is enclosed; please return it after review."
            if f["sample"]
            else "Photographs and a specification sheet are enclosed; no sample is sent.",
        )
    )
    qa.append(
        (
            "Is confidential treatment requested?",
            "Yes: the purchase price in the enclosed invoice is confidential business information; please "
            "withhold it from the published ruling."
            if f["confidential"]
            else "No confidential treatment is requested.",
        )
    )
    return qa


def _signature(doc: Doc, f: dict[str, Any], font: str, x: float = 320) -> None:
    doc.need(70)
    doc.gap(10)
    if f["signed"]:
        doc.line("Sincerely,", font, 10.5, x=x)
        doc.line(f"/s/ {f['signer']}", font, 10.5, x=x, lead=22)
        doc.line(f["signer"], font, 10.5, x=x)
        doc.line(f["title"], font, 10.5, x=x)
    else:
        doc.line("Sincerely,", font, 10.5, x=x)
        doc.gap(24)
        doc.rule(x, doc.y, x + 190, doc.y)
        doc.line(f"for {f['name']}", font, 10.5, x=x)


def _qa(doc: Doc, f: dict[str, Any]) -> None:
    df = f["rng"].choice([c.d_long, c.d_dmy])
    doc.text(72, 756, f["name"], "serif-b", 14)
    doc.text(72, 742, " - ".join(f["addr"]), "serif", 9)
    doc.rule(72, 736, 540, 736, 1)
    doc.y = 720
    doc.line(df(f["request_date"]), "serif", 10.5)
    doc.gap(6)
    for ln in _office(f):
        doc.line(ln, "serif", 10.5, lead=13)
    doc.gap(8)
    doc.para("Re: Request for a binding ruling - " + f["goods"], "serif-b", 10.5)
    doc.para("Dear Sir or Madam:", "serif", 10.5)
    doc.para(
        "Your office's guidance for ruling requests asks the questions quoted below. We set out each question "
        "as you asked it, followed by our answer, and ask that our answers be read as our request under "
        "19 CFR 177.2.",
        "serif",
        10.5,
        after=8,
    )
    for i, (q, a) in enumerate(_answers(f, df), start=1):
        doc.need(40)
        doc.para(f'"{q}"', "serif-i", 10.5, x=90, first=f"Q{i}.  ", after=2)
        doc.para(a, "serif", 10.5, x=90, first="A.  ", after=8)
    _signature(doc, f, "serif")


def _slides(doc: Doc, f: dict[str, Any]) -> None:
    """A presentation handout: three slides a page, each a framed panel with a shaded title bar."""
    df = f["rng"].choice([c.d_slash, c.d_abbr])
    qa = [a for _, a in _answers(f, df)]
    office = _office(f)
    slides: list[tuple[str, list[str]]] = [
        (
            "Binding Ruling Request",
            [
                f["name"],
                f"Prepared {df(f['request_date'])}",
                "Submitted to: " + office[1],
                ", ".join(office[2:]),
            ],
        ),
        ("Parties and ports of entry", qa[0:2]),
        ("The transaction and the merchandise", qa[2:4]),
        (
            "Result proposed" + (" and pending matters" if f["pending"] else ""),
            qa[4:6] if f["pending"] else qa[4:5],
        ),
        ("Samples, documents, confidentiality", qa[-2:]),
    ]
    for k, (title, body) in enumerate(slides):
        if k % 3 == 0 and k:
            doc.new_page()
        top = 760 - (k % 3) * 226
        doc.box(72, top - 214, 468, 214, 1)
        doc.shade(72, top - 30, 468, 30, 0.85)
        doc.text(84, top - 20, title, "sans-b", 14)
        doc.text(520, top - 208, f"{k + 1}", "sans", 8)
        doc.y = top - 40
        doc.left, doc.right = 90, 525
        for b in body:
            doc.para(b, "sans", 10, first="- ", after=5)
    doc.left, doc.right = 72, 540
    doc.y = 760 - (len(slides) % 3) * 226 - 10 if len(slides) % 3 else 0
    if doc.y < 200:
        doc.new_page()
    doc.line("Speaker notes / sign-off", "sans-b", 11)
    doc.para(
        "This handout is our request for a binding ruling under 19 CFR Part 177; the slides above state the "
        "facts we rely on.",
        "sans",
        10,
    )
    _signature(doc, f, "sans", x=72)


def _controlled(doc: Doc, f: dict[str, Any]) -> None:
    df = f["rng"].choice([c.d_iso, c.d_dots])
    docno = f"TC-RR-{f['request_date'].year}-{f['rng'].randint(10, 99)}"

    def header(d: Doc) -> None:
        d.box(72, 730, 468, 40, 0.6)
        d.rule(300, 770, 300, 730, 0.6)
        d.rule(430, 770, 430, 730, 0.6)
        d.text(80, 756, f["name"], "sans-b", 9)
        d.text(80, 740, "Controlled document - Trade Compliance", "sans", 8)
        d.text(308, 756, f"Doc. No. {docno}", "mono", 8)
        d.text(308, 740, "Revision A", "mono", 8)
        d.text(438, 756, f"Issued {df(f['request_date'])}", "mono", 8)
        d.text(438, 740, f"Sheet {len(d.pages)}", "mono", 8)
        d.y = 716

    doc.on_new_page = header
    header(doc)
    doc.line("REQUEST FOR BINDING RULING (19 CFR PART 177)", "sans-b", 11)
    doc.para("Addressed to: " + ", ".join(_office(f)), "sans", 8.5)
    doc.gap(6)
    heads = [
        "Parties",
        "Ports",
        "Transaction",
        "Merchandise",
        "Result and authority",
        "Pending matters",
        "Samples and documents",
        "Confidentiality",
    ]
    if not f["pending"]:
        heads.remove("Pending matters")
    for i, (h, (_, a)) in enumerate(zip(heads, _answers(f, df), strict=True), start=1):
        doc.need(36)
        doc.line(f"{i}.0  {h.upper()}", "sans-b", 9.5, lead=18)
        doc.para(a, "sans", 9.5, x=100, first=f"{i}.1  ", after=2)
    doc.gap(6)
    doc.line("APPROVAL", "sans-b", 9.5, lead=18)
    _signature(doc, f, "sans", x=100)

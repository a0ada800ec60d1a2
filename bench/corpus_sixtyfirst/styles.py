# ruff: noqa: E501
"""Three styles per kind, each a way a real sender writes: a mainframe report with page headers,
continuation markers and a legend of codes; a cable in capitals; a letter whose particulars stand
in a postscript and an enclosure list; a checklist of the law's elements with ticks and remarks."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .cases import CATEGORIES, fmt_date, fmt_money
from .layout import BOLD, REGULAR, SANS, SANS_BOLD, Doc, wrap

PROTEST_STYLES = ["mainframe", "cable", "postscript"]
RULING_STYLES = ["checklist", "cable", "postscript"]
PENALTY_STYLES = ["mainframe", "checklist", "cable"]

CAT_CODES = {
    "classification": ("CL", "CLASSIFICATION AND RATE OF DUTY, 19 USC 1514(A)(2)"),
    "appraised_value": ("AV", "APPRAISED VALUE, 19 USC 1514(A)(1)"),
}
DRAWBACK = [
    "The merchandise is not the subject of a drawback claim.",
    "No drawback has been or will be claimed on the entries protested.",
    "Drawback: none of the entries is subject to drawback.",
]


class Marks:
    """The printed form of every scored value, for check.py."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def __call__(self, s: str) -> str:
        self.items.append(s)
        return s


def _mf_header(title: str, system: str, run: str, program: str = "CTR174R") -> Any:
    def header(doc: Doc, page: int) -> None:
        doc.cols([(36, system), (250, title), (500, f"PAGE {page:4d}")], font=BOLD, size=8)
        doc.cols(
            [(36, f"RUN {run}"), (250, f"PROGRAM {program}  VER 03.2"), (500, "DEST PRT01")], size=8
        )
        if page > 1:
            doc.cols([(36, "*** CONTINUED FROM PAGE " + str(page - 1) + " ***")], size=8)
        doc.hr(36, 576)

    return header


def _mf_footer(doc: Doc, page: int) -> None:
    doc.at(f"*** CONTINUED ON PAGE {page + 1} ***", 36, 40, REGULAR, 8)


# ------------------------------------------------------------------ protests


def protest(style: str, c: dict[str, Any], rng: random.Random) -> tuple[str, list[str]]:
    return {"mainframe": _p_mainframe, "cable": _p_cable, "postscript": _p_postscript}[style](
        c, rng, Marks()
    )


def _objection(c: dict[str, Any]) -> str:
    g = c["goods"]
    if c["case"] == "invalid":
        return (
            "The protestant objects to the decision of the Fines, Penalties and Forfeitures Officer on its "
            "petition for relief under 19 CFR Part 171, which denied mitigation of the penalty assessed."
        )
    if c["category"] == "classification":
        return (
            f"CBP classified the goods under a heading other than the one claimed at entry. The goods are "
            f"properly classified in subheading {g[1]}, HTSUS, as shown by their principal use in {g[2]}; "
            f"the excess duty should be refunded with interest."
        )
    return (
        "CBP appraised the goods on a value that included buying commissions paid to our agent. Those "
        "commissions are not part of transaction value under 19 U.S.C. 1401a(b); the duty on them should "
        "be refunded with interest."
    )


def _p_mainframe(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    ds = rng.choice(["iso", "mf", "us"])
    run = fmt_date(c["received"] - rng.randint(1, 4) * dt.timedelta(days=1), "iso")
    doc = Doc(
        top=752,
        bottom=70,
        header=_mf_header("PROTEST FILING REPORT - 19 CFR PART 174", p["name"].upper()[:34], run),
        footer=_mf_footer,
    )
    up = str.upper
    doc.cols([(36, "SEC"), (66, "ITEM"), (200, "DATA")], font=BOLD, size=9)
    doc.cols([(36, "A"), (66, "PROTESTANT"), (200, m(up(p["name"])))])
    for i, line in enumerate(p["address"]):
        doc.cols([(36, "A"), (66, "ADDRESS" if i == 0 else ""), (200, m(up(line)))])
    if v["importer_number"]:
        doc.cols([(36, "A"), (66, "IOR NUMBER"), (200, m(v["importer_number"]))])
    doc.cols([(36, "B"), (66, "PORT OF ENTRY"), (200, m(c["port"][0])), (240, up(c["port"][1]))])
    doc.skip(6)
    doc.cols(
        [
            (36, "C"),
            (66, "ENTRY NUMBER"),
            (200, "DATE OF ENTRY"),
            (300, "DATE LIQUIDATED"),
            (410, "ST"),
        ],
        font=BOLD,
        size=9,
    )
    for e in c["entries"]:
        doc.cols(
            [
                (36, "C"),
                (66, m(e["number"])),
                (200, m(fmt_date(e["date"], ds))),
                (300, m(fmt_date(e["liq"], ds))),
                (410, "LQ"),
            ]
        )
    doc.skip(6)
    if c["case"] == "invalid":
        doc.cols(
            [
                (36, "D"),
                (66, "DECISION CODE"),
                (200, "PP"),
                (240, "PENALTY PETITION DECISION (19 CFR 171)"),
            ]
        )
    else:
        code, text = CAT_CODES[c["category"]]
        doc.cols([(36, "D"), (66, "DECISION CODE"), (200, code), (240, text)])
    if v["merchandise_description"]:
        doc.cols([(36, "E"), (66, "MERCHANDISE:"), (200, m(up(v["merchandise_description"])))])
    doc.cols(
        [
            (36, "F"),
            (66, "ACCEL DISP"),
            (200, "Y" if v["accelerated_disposition"] else "N"),
            (
                240,
                "CERTIFIED MAIL NO. 7019 2280 0001 4410 " + str(rng.randint(1000, 9999))
                if v["accelerated_disposition"]
                else "",
            ),
        ]
    )
    doc.cols(
        [
            (36, "F"),
            (66, "FURTHER REVIEW"),
            (200, "Y" if v["further_review_requested"] else "N"),
            (
                240,
                "174.24(B) QUESTION NOT PREVIOUSLY RULED ON"
                if v["further_review_requested"]
                else "",
            ),
        ]
    )
    doc.cols([(36, "F"), (66, "DRAWBACK"), (200, "N"), (240, "NOT SUBJECT TO DRAWBACK")])
    doc.new_page()
    doc.cols([(36, "G"), (66, "OBJECTION AND JUSTIFICATION")], font=BOLD, size=9)
    for line in wrap(up(_objection(c)), 80):
        doc.cols([(36, "G"), (66, line)])
    doc.skip(10)
    doc.cols([(36, "H"), (66, "AUTHORIZED BY"), (200, "/S/ " + m(up(p["signer"])))])
    doc.cols([(36, "H"), (66, "TITLE"), (200, up(p["title"]))])
    doc.skip(14)
    doc.hr(36, 576)
    doc.cols([(36, "LEGEND OF CODES")], font=BOLD, size=8)
    legend = [
        "SEC A PARTY  B PORT  C ENTRIES  D DECISION PROTESTED  E GOODS  F REQUESTS  G GROUNDS  H SIGNATURE",
        "ST   LQ = ENTRY LIQUIDATED ON THE DATE SHOWN      Y = YES  N = NO",
        "CL   CLASSIFICATION AND RATE OF DUTY   AV   APPRAISED VALUE   PP   PENALTY PETITION DECISION",
        "DATES ARE PRINTED " + {"iso": "YYYY-MM-DD", "mf": "YYYYMMDD", "us": "MM/DD/YYYY"}[ds],
    ]
    for line in legend:
        doc.cols([(36, line)], size=8)
    doc.cols([(36, "*** END OF REPORT ***")], size=8)
    return doc.finish(), m.items


def _p_cable(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    up = str.upper
    doc = Doc(top=740)
    x = 60
    ref = f"{rng.choice(['NYK', 'CHI', 'LAX', 'SAV'])}{rng.randint(1000, 9999)}"
    for line in [
        f"ZCZC {ref} {rng.randint(10, 28)}{rng.randint(10, 23)}{rng.randint(10, 59)}Z",
        f"TO  PORT DIRECTOR US CUSTOMS AND BORDER PROTECTION PORT {c['port'][0]} {up(c['port'][1])}",
    ]:
        doc.line(line, x, REGULAR, 10)
    doc.line("FM  " + m(up(p["name"])), x)
    for line in p["address"]:
        doc.line("    " + m(up(line)), x)
    doc.line("SUBJ PROTEST UNDER 19 USC 1514 AND 19 CFR 174", x)
    doc.line("BT", x)
    paras = [f"1. PROTESTANT IS {up(p['name'])} OF ABOVE ADDRESS."]
    if v["importer_number"]:
        paras[0] += " IMPORTER NO " + m(v["importer_number"]) + "."
    paras.append("2. ENTRIES PROTESTED:")
    for line in paras:
        doc.para(line, x, 72)
    for e in c["entries"]:
        doc.line(
            f"   ENTRY {m(e['number'])} DTD {m(fmt_date(e['date'], 'cable'))} "
            f"LIQD {m(fmt_date(e['liq'], 'cable'))}",
            x,
        )
    if c["case"] == "invalid":
        doc.para("3. DECISION PROTESTED: DENIAL OF PETITION FOR MITIGATION OF PENALTY.", x, 72)
    else:
        doc.para(f"3. DECISION PROTESTED: {up(CATEGORIES[c['category']])}.", x, 72)
    if v["merchandise_description"]:
        doc.line("4. MDSE: " + m(up(v["merchandise_description"])), x)
    else:
        doc.line("4. MDSE: AS PER ENTRY PAPERS.", x)
    doc.para("5. GROUNDS: " + up(_objection(c)), x, 72)
    doc.para("6. " + up(rng.choice(DRAWBACK)), x, 72)
    doc.para(
        "7. ACCEL DISPOSITION "
        + (
            "RQSTD UNDER 19 CFR 174.22. SIGNED ORIGINAL OF THIS PROTEST SENT BY CERTIFIED MAIL."
            if v["accelerated_disposition"]
            else "NOT RQSTD."
        ),
        x,
        72,
    )
    doc.para(
        "8. FURTHER REVIEW "
        + (
            "RQSTD. ISSUE NOT PREVIOUSLY RULED ON, 174.24(B)."
            if v["further_review_requested"]
            else "NOT RQSTD."
        ),
        x,
        72,
    )
    doc.line("BT", x)
    doc.line("SGD " + m(up(p["signer"])) + " " + up(p["title"]), x)
    doc.line("NNNN", x)
    return doc.finish(), m.items


def _p_postscript(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    ds = rng.choice(["long", "dmy"])
    doc = Doc(top=730)
    doc.line(m(p["name"]), 72, SANS_BOLD, 13)
    for line in p["address"]:
        doc.line(m(line), 72, SANS, 9)
    doc.skip(18)
    doc.line(fmt_date(c["received"] - dt.timedelta(days=rng.randint(2, 5)), "long"), 72)
    doc.skip(10)
    for line in ["Port Director", "U.S. Customs and Border Protection", f"Port of {c['port'][1]}"]:
        doc.line(line, 72)
    doc.skip(10)
    doc.line("Re: Protest", 72, BOLD)
    doc.skip(6)
    doc.line("Dear Port Director:", 72)
    doc.skip(4)
    what = (
        "the decision on our petition for relief from the penalty assessed on"
        if c["case"] == "invalid"
        else f"the {CATEGORIES[c['category']]} decided at the liquidation of"
    )
    doc.para(
        f"{p['name']} protests {what} the entries listed in the enclosures. The particulars CBP "
        "needs to identify the entries and our account are given in the postscript below.",
        72,
        90,
    )
    if v["merchandise_description"]:
        doc.skip(4)
        doc.line("Merchandise: " + m(v["merchandise_description"]), 72)
    doc.skip(4)
    doc.para(_objection(c), 72, 90)
    doc.skip(4)
    doc.para(
        rng.choice(DRAWBACK)
        + (
            " We request accelerated disposition under 19 CFR 174.22; this letter is sent "
            "by certified mail, return receipt requested."
            if v["accelerated_disposition"]
            else ""
        ),
        72,
        90,
    )
    if v["further_review_requested"]:
        doc.para(
            "We apply for further review under 19 CFR 174.24(b): the question has not been ruled on.",
            72,
            90,
        )
    doc.skip(14)
    doc.line("Sincerely,", 72)
    doc.skip(22)
    doc.line(m(p["signer"]), 72)
    doc.line(p["title"], 72)
    doc.skip(18)
    ps = f"P.S. Our entries are made at the port of {c['port'][1]}, port code {m(c['port'][0])}."
    if v["importer_number"]:
        ps += f" Our importer number is {m(v['importer_number'])}."
    doc.para(ps, 72, 90)
    doc.skip(12)
    doc.line("Enclosures:", 72, BOLD)
    for k, e in enumerate(c["entries"], start=1):
        doc.line(
            f"{k}. Entry summary, entry no. {m(e['number'])}, entered {m(fmt_date(e['date'], ds))}",
            84,
        )
        doc.line(
            f"    Bulletin notice of liquidation of that entry, liquidated {m(fmt_date(e['liq'], ds))}",
            84,
        )
    doc.line(f"{len(c['entries']) + 1}. Commercial invoice and packing list", 84)
    return doc.finish(), m.items


# ------------------------------------------------------------------ ruling requests


def ruling(style: str, c: dict[str, Any], rng: random.Random) -> tuple[str, list[str]]:
    return {"checklist": _r_checklist, "cable": _r_cable, "postscript": _r_postscript}[style](
        c, rng, Marks()
    )


def _r_facts(c: dict[str, Any]) -> dict[str, str]:
    g, rt, case = c["goods"], c["rtype"], c["case"]
    out: dict[str, str] = {}
    items = c["items"]
    out["product"] = g[0] + (f" ({items} items, one per model)" if items > 1 else "")
    if rt == "classification":
        out["facts"] = (
            ""
            if case == "no-facts"
            else (
                f"Principal use: {g[2]}. Component materials: {g[3]}. "
                "Unit price to us USD 4.10; U.S. selling price USD 9.95."
            )
        )
        if c["hts"]:
            out["hts"] = c["hts"][0]
            out["basis"] = (
                ""
                if case == "no-basis"
                else (
                    "Basis: GRI 1 and the terms of the heading, read with its Explanatory Notes; the goods are "
                    "described by the heading as imported."
                )
            )
    elif rt == "valuation":
        out["facts"] = (
            "Terms of sale: FOB Ningbo under a written supply contract. The seller is not related to "
            "us within 19 U.S.C. 1401a(g). We ask whether a design fee paid to a third party is an "
            "assist."
        )
    elif rt == "marking":
        out["facts"] = (
            "Each unit will be marked 'Made in Vietnam' by a moulded legend on the base; we ask whether "
            "that marking is conspicuous and permanent under 19 CFR 134.41."
        )
    else:
        out["facts"] = (
            "The goods are assembled in Mexico from Chinese parts; we ask the country of origin for "
            "marking and duty purposes under the substantial transformation test."
        )
    return out


def _pending(c: dict[str, Any]) -> str | None:
    v = c["values"]
    if not v["pending_statement"]:
        return None
    if v["pending_in_court"]:
        return (
            f"The same issue is before the U.S. Court of International Trade in Court No. {c['party']['court_no']}, "
            "brought by us against the United States."
        )
    if v["pending_before_cbp"]:
        return (
            f"The goods arrived and were entered under entry {c['party']['entry']} on "
            f"{fmt_date(c['party']['entry_date'], 'long')}; that entry is not yet liquidated and is before "
            f"the port of {c['port'][1]}."
        )
    return (
        "To our knowledge the issue is not, and has not been, before any CBP office or any court."
    )


def _r_checklist(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    f = _r_facts(c)
    doc = Doc(top=740)
    doc.line(m(p["name"]), 54, SANS_BOLD, 12)
    for a in p["address"]:
        doc.line(m(a), 54, SANS, 9)
    doc.skip(8)
    doc.line("BINDING RULING REQUEST - 19 CFR 177.2 ELEMENT CHECKLIST", 54, BOLD, 11)
    doc.line(
        f"Prepared {m(fmt_date(c['request_date'], 'us'))} for the National Commodity Specialist Division"
        if c["rtype"] != "valuation"
        else f"Prepared {m(fmt_date(c['request_date'], 'us'))} for Regulations and Rulings, Washington, DC",
        54,
        REGULAR,
        9,
    )
    doc.line(
        "A tick [X] means the element is given in the remarks; [ ] means it is not.", 54, REGULAR, 9
    )
    doc.skip(6)
    doc.cols([(54, "TICK"), (90, "ELEMENT"), (250, "REMARKS")], font=SANS_BOLD, size=9)
    doc.hr(54, 560)

    def row(tick: bool, element: str, remarks: list[str]) -> None:
        doc.need(12 * max(1, len(remarks)))
        doc.cols(
            [(54, "[X]" if tick else "[ ]"), (90, element), (250, remarks[0] if remarks else "")],
            size=9,
        )
        for r in remarks[1:]:
            doc.cols([(250, r)], size=9)
        doc.skip(3)

    row(
        True,
        "(b)(1) Parties",
        [f"Importer of record: {p['name']}", f"Importer number: {m(p['ior'])}"],
    )
    if v["ports"]:
        row(True, "(b)(1) Port of entry", [f"Port of entry: {m(c['port'][1])}"])
    else:
        row(False, "(b)(1) Port of entry", ["Not yet decided."])
    row(
        True,
        "(b)(2) Transaction",
        wrap(f"Ruling type: {c['rtype']}. Product: {f['product']}.", 55) + wrap(f["facts"], 55),
    )
    if "hts" in f:
        row(
            bool(f.get("basis")),
            "(b)(6) Result asked",
            [f"Proposed HTS: {m(f['hts'])}", *wrap(f.get("basis", ""), 55)],
        )
    row(
        v["sample_provided"],
        "(b)(3) Sample",
        [
            "One sample sent by courier with this request."
            if v["sample_provided"]
            else "Photographs attached; no sample."
        ],
    )
    pend = _pending(c)
    row(pend is not None, "(b)(5) Pending matters", wrap(pend, 55) if pend else ["(left blank)"])
    row(
        v["confidential_requested"],
        "(b)(7) Confidentiality",
        ["Treat the prices as confidential: they are trade secrets."]
        if v["confidential_requested"]
        else ["No confidential treatment asked."],
    )
    if v["signed"]:
        row(True, "(c) Signature", [f"/s/ {p['signer']}, {p['title']}"])
    else:
        row(False, "(c) Signature", ["______________________ (not signed)"])
    return doc.finish(), m.items


def _r_cable(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    f = _r_facts(c)
    up = str.upper
    doc = Doc(top=740)
    x = 60
    office = (
        "CBP REGS AND RULINGS WASHINGTON DC"
        if c["rtype"] == "valuation"
        else "CBP NCSD NEW YORK NY"
    )
    doc.line(f"ZCZC RQ{rng.randint(100, 999)} {m(fmt_date(c['request_date'], 'cable'))}", x)
    doc.line("TO  " + office, x)
    doc.line("FM  " + m(up(p["name"])), x)
    for line in p["address"]:
        doc.line("    " + m(up(line)), x)
    doc.line(f"    IOR {m(p['ior'])}", x)
    doc.line(f"SUBJ REQUEST FOR BINDING {up(c['rtype'])} RULING 19 CFR 177", x)
    doc.line("BT", x)
    doc.para("1. PRODUCT: " + up(f["product"]) + ".", x, 72)
    if f["facts"]:
        doc.para("2. FACTS: " + up(f["facts"]), x, 72)
    if v["ports"]:
        doc.line("3. PORT OF ENTRY: " + m(up(c["port"][1])), x)
    if "hts" in f:
        doc.line("4. PROPOSED HTS " + m(f["hts"]), x)
        if f.get("basis"):
            doc.para("   " + up(f["basis"]), x, 72)
    doc.para(
        "5. SAMPLE "
        + (
            "SENT SEPARATELY BY COURIER."
            if v["sample_provided"]
            else "AVAILABLE ON REQUEST. PHOTOS ATTACHED."
        ),
        x,
        72,
    )
    pend = _pending(c)
    if pend:
        doc.para("6. PENDING MATTERS: " + up(pend), x, 72)
    doc.para(
        "7. CONFIDENTIAL TREATMENT "
        + ("RQSTD FOR PRICES, TRADE SECRETS." if v["confidential_requested"] else "NOT RQSTD."),
        x,
        72,
    )
    doc.line("BT", x)
    if v["signed"]:
        doc.line("SGD " + up(p["signer"]) + " " + up(p["title"]), x)
    else:
        doc.line("FOR THE IMPORTER (UNSIGNED)", x)
    doc.line("NNNN", x)
    return doc.finish(), m.items


def _r_postscript(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    f = _r_facts(c)
    doc = Doc(top=730)
    doc.line(m(p["name"]), 72, SANS_BOLD, 13)
    for line in p["address"]:
        doc.line(m(line), 72, SANS, 9)
    doc.skip(16)
    doc.line(m(fmt_date(c["request_date"], "long")), 72)
    doc.skip(8)
    hq = c["rtype"] == "valuation"
    for line in (
        [
            "Regulations and Rulings, Office of Trade",
            "U.S. Customs and Border Protection",
            "90 K Street NE",
            "Washington, DC 20229",
        ]
        if hq
        else [
            "National Commodity Specialist Division",
            "U.S. Customs and Border Protection",
            "201 Varick Street",
            "New York, NY 10014",
        ]
    ):
        doc.line(line, 72)
    doc.skip(8)
    doc.line(f"Re: Request for a binding {c['rtype']} ruling", 72, BOLD)
    doc.skip(6)
    doc.line("Dear Sir or Madam:", 72)
    doc.skip(4)
    what = (
        "goods we have imported" if c["case"] == "current-entry" else "a prospective importation of"
    )
    doc.para(
        f"We ask for a binding ruling under 19 CFR Part 177 on {what} {f['product']}. "
        "The particulars are set out in the postscript and in the enclosures listed below.",
        72,
        90,
    )
    doc.skip(4)
    if f["facts"]:
        doc.para(f["facts"], 72, 90)
        doc.skip(4)
    if "hts" in f:
        doc.para(
            f"We believe the goods are classified in subheading {m(f['hts'])}. {f.get('basis', '')}",
            72,
            90,
        )
        doc.skip(4)
    pend = _pending(c)
    if pend:
        doc.para(pend, 72, 90)
    doc.skip(14)
    if v["signed"]:
        doc.line("Respectfully submitted,", 72)
        doc.skip(20)
        doc.line(p["signer"], 72)
        doc.line(p["title"], 72)
    else:
        doc.line("Yours faithfully,", 72)
        doc.skip(28)
        doc.line("______________________________", 72)
    doc.skip(16)
    ps = f"P.S. Our importer number is {m(p['ior'])}."
    if v["ports"]:
        ps += f" The goods will be entered at the port of {m(c['port'][1])}."
    if v["confidential_requested"]:
        ps += " Please keep the prices in enclosure 2 confidential: they are trade secrets."
    doc.para(ps, 72, 90)
    doc.skip(10)
    doc.line("Enclosures:", 72, BOLD)
    encl = ["Product specification sheet and photographs", "Pro forma invoice"]
    if v["sample_provided"]:
        encl.insert(0, "One sample (please return it after the ruling)")
    for k, e in enumerate(encl, start=1):
        doc.line(f"{k}. {e}", 84)
    return doc.finish(), m.items


# ------------------------------------------------------------------ penalty cases

CULP_WORDS = {
    "negligence": ("NEG", "negligence"),
    "gross_negligence": ("GRN", "gross negligence"),
    "fraud": ("FRD", "fraud"),
}


def penalty(style: str, c: dict[str, Any], rng: random.Random) -> tuple[str, list[str]]:
    return {"mainframe": _x_mainframe, "checklist": _x_checklist, "cable": _x_cable}[style](
        c, rng, Marks()
    )


def _x_mainframe(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    ds = rng.choice(["iso", "mf", "us"])
    ms = rng.choice(["plain", "bare"])
    up = str.upper
    doc = Doc(
        top=752,
        bottom=70,
        header=_mf_header(
            "1592 CASE REFERRAL LISTING - FP&F",
            f"CBP PORT {c['port'][0]} {up(c['port'][1])}",
            fmt_date(c["today"], "iso"),
            "FPF592L",
        ),
        footer=_mf_footer,
    )
    rows = [
        ("CASE NO", m(v["case_number"])),
        ("PARTY", m(up(p["name"]))),
        ("ADDRESS", m(up(p["address"][0]))),
        ("", m(up(p["address"][1]))),
        ("IOR NO", m(p["ior"])),
        ("VIOLATION DT", m(fmt_date(c["violation"], ds))),
        ("CULP CODE", CULP_WORDS[c["culp"]][0] + "  " + up(CULP_WORDS[c["culp"]][1])),
        ("PRIOR DISCL", "Y  PRIOR DISCLOSURE RECEIVED BEFORE INVESTIGATION" if c["pd"] else "N"),
        ("IMPORTATION", "NONCOMMERCIAL (PERSONAL USE)" if c["noncom"] else "COMMERCIAL"),
        ("MERCHANDISE", up(c["goods"][0])),
    ]
    for caption, val in rows:
        doc.cols([(36, caption), (140, val)])
    doc.skip(6)
    doc.cols(
        [
            (36, "ENTRY NUMBER"),
            (130, "ENTRY DATE"),
            (215, "LQ"),
            (250, "ENTERED VALUE"),
            (350, "DUTY PAID"),
            (440, "DUTY OWED"),
        ],
        font=BOLD,
        size=9,
    )
    for k, e in enumerate(c["entries"]):
        if k == 2:
            doc.new_page()
            doc.cols(
                [
                    (36, "ENTRY NUMBER"),
                    (130, "ENTRY DATE"),
                    (215, "LQ"),
                    (250, "ENTERED VALUE"),
                    (350, "DUTY PAID"),
                    (440, "DUTY OWED"),
                ],
                font=BOLD,
                size=9,
            )
        doc.cols(
            [
                (36, m(e["number"])),
                (130, m(fmt_date(e["date"], ds))),
                (215, "Y" if e["liquidated"] else "N"),
                (250, m(fmt_money(e["value"], ms))),
                (350, m(fmt_money(e["paid"], ms))),
                (440, m(fmt_money(e["owed"], ms))),
            ]
        )
    doc.skip(6)
    doc.cols([(36, "DOMESTIC VALUE"), (140, m(fmt_money(c["domestic"], ms)))])
    if c["dutiable"] is not None:
        doc.cols([(36, "DUTIABLE VALUE"), (140, m(fmt_money(c["dutiable"], ms)))])
    doc.skip(10)
    doc.hr(36, 576)
    doc.cols([(36, "LEGEND OF CODES")], font=BOLD, size=8)
    for line in [
        "LQ   Y = ENTRY LIQUIDATED, LIQUIDATION FINAL    N = UNLIQUIDATED",
        "CULP NEG = NEGLIGENCE   GRN = GROSS NEGLIGENCE   FRD = FRAUD    (19 USC 1592(A))",
        "AMOUNTS IN US DOLLARS AND CENTS.  DATES "
        + {"iso": "YYYY-MM-DD", "mf": "YYYYMMDD", "us": "MM/DD/YYYY"}[ds],
    ]:
        doc.cols([(36, line)], size=8)
    doc.cols([(36, "*** END OF LISTING ***")], size=8)
    return doc.finish(), m.items


def _x_checklist(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    ds = rng.choice(["long", "us"])
    ms = rng.choice(["dollar", "usd"])
    doc = Doc(top=740)
    doc.line("U.S. Customs and Border Protection", 54, SANS_BOLD, 11)
    doc.line(f"Port of {c['port'][1]} - Referral to Fines, Penalties and Forfeitures", 54, SANS, 10)
    doc.line(f"19 U.S.C. 1592 REFERRAL CHECKLIST     Case {m(v['case_number'])}", 54, BOLD, 11)
    doc.line(
        "Officer ticks each element the referral establishes and notes the facts in the remarks.",
        54,
        REGULAR,
        9,
    )
    doc.skip(6)
    doc.cols([(54, "TICK"), (90, "ELEMENT"), (240, "REMARKS")], font=SANS_BOLD, size=9)
    doc.hr(54, 560)

    def row(tick: bool, element: str, remarks: list[str]) -> None:
        doc.need(12 * max(1, len(remarks)))
        doc.cols([(54, "[X]" if tick else "[ ]"), (90, element), (240, remarks[0])], size=9)
        for r in remarks[1:]:
            doc.cols([(240, r)], size=9)
        doc.skip(3)

    row(
        True,
        "Violator identified",
        [
            f"Name: {m(p['name'])}",
            f"Address: {m(p['address'][0])}",
            f"{m(p['address'][1])}",
            f"Importer number: {m(p['ior'])}",
        ],
    )
    row(True, "Date of violation", [m(fmt_date(c["violation"], ds))])
    row(True, "Merchandise", [c["goods"][0]])
    culp_text = {
        "negligence": "Negligence: failure to exercise reasonable care",
        "gross_negligence": "Gross negligence: wanton disregard of the facts",
        "fraud": "Fraud: knowing and voluntary false statement",
    }[c["culp"]]
    row(True, "Culpability", [culp_text])
    row(
        c["pd"],
        "Prior disclosure",
        ["Valid prior disclosure received before any investigation"]
        if c["pd"]
        else ["None received"],
    )
    row(
        c["noncom"],
        "Noncommercial",
        ["Noncommercial importation, for personal use"]
        if c["noncom"]
        else ["No - commercial importation"],
    )
    row(True, "Entries", ["See the entry schedule below"])
    row(True, "Domestic value", [m(fmt_money(c["domestic"], ms))])
    row(
        c["dutiable"] is not None,
        "Dutiable value",
        [m(fmt_money(c["dutiable"], ms))] if c["dutiable"] is not None else ["Not determined"],
    )
    doc.skip(8)
    doc.line("Entry schedule", 54, BOLD, 10)
    doc.cols(
        [
            (54, "Entry No."),
            (150, "Date of entry"),
            (250, "Status"),
            (320, "Entered value"),
            (410, "Duty deposited"),
            (495, "Duty owed"),
        ],
        font=SANS_BOLD,
        size=8,
    )
    for e in c["entries"]:
        doc.cols(
            [
                (54, m(e["number"])),
                (150, m(fmt_date(e["date"], ds))),
                (250, "Liquidated" if e["liquidated"] else "Unliquidated"),
                (320, m(fmt_money(e["value"], ms))),
                (410, m(fmt_money(e["paid"], ms))),
                (495, m(fmt_money(e["owed"], ms))),
            ],
            size=8,
        )
    doc.skip(16)
    doc.line(
        "Referring officer: "
        + rng.choice(
            ["CBPO K. Lindqvist", "Import Specialist R. Okafor", "Entry Specialist T. Beaumont"]
        ),
        54,
        REGULAR,
        9,
    )
    return doc.finish(), m.items


def _x_cable(c: dict[str, Any], rng: random.Random, m: Marks) -> tuple[str, list[str]]:
    p, v = c["party"], c["values"]
    up = str.upper
    doc = Doc(top=740)
    x = 60
    doc.line(f"ZCZC FP{rng.randint(100, 999)} {fmt_date(c['today'], 'cable')}", x)
    doc.line(f"TO  FP AND F OFFICER PORT {c['port'][0]} {up(c['port'][1])}", x)
    doc.line("FM  CBP IMPORT SPECIALIST TEAM " + str(rng.randint(100, 999)), x)
    doc.line("SUBJ REFERRAL FOR PENALTY 19 USC 1592 CASE " + m(v["case_number"]), x)
    doc.line("BT", x)
    doc.line("1. PARTY " + m(up(p["name"])), x)
    for line in p["address"]:
        doc.line("   " + m(up(line)), x)
    doc.line("   IOR NO " + m(p["ior"]), x)
    doc.line("2. VIOLATION DATE " + m(fmt_date(c["violation"], "cable")), x)
    doc.line("3. CULPABILITY " + up(CULP_WORDS[c["culp"]][1]), x)
    doc.line(
        "4. PRIOR DISCLOSURE " + ("YES, FILED BEFORE INVESTIGATION." if c["pd"] else "NONE."), x
    )
    doc.line("5. IMPORTATION " + ("NONCOMMERCIAL." if c["noncom"] else "COMMERCIAL."), x)
    doc.line("6. MDSE " + up(c["goods"][0]), x)
    doc.line("7. ENTRIES (ENTRY/DATE/LIQ/ENTD VAL/DUTY PD/DUTY OWED)", x)
    for k, e in enumerate(c["entries"], start=1):
        doc.line(
            f"   {chr(64 + k)}. {m(e['number'])} {m(fmt_date(e['date'], 'cable'))} "
            f"{'LIQD' if e['liquidated'] else 'UNLIQD'}",
            x,
        )
        doc.line(
            f"      {m(fmt_money(e['value'], 'usd'))} / {m(fmt_money(e['paid'], 'usd'))} / "
            f"{m(fmt_money(e['owed'], 'usd'))}",
            x,
        )
    doc.line("8. DOMESTIC VALUE " + m(fmt_money(c["domestic"], "usd")), x)
    if c["dutiable"] is not None:
        doc.line("9. DUTIABLE VALUE " + m(fmt_money(c["dutiable"], "usd")), x)
    doc.line("BT", x)
    doc.line("NNNN", x)
    return doc.finish(), m.items

"""Binding-ruling requests: the cases, their truths and three senders' styles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyfifth import pools
from bench.corpus_thirtyfifth.model import Doc, fmt_date, fmt_money, pick

CASES = [
    "class",
    "valuation",
    "marking",
    "no-port",
    "no-materials",
    "no-pending-stmt",
    "no-basis",
    "unsigned",
    "seven-items",
    "court-pending",
    "current-transaction",
    "cbp-ior",
]
STYLES = ("exhibits", "checklist", "counsel")
HTS_FORMS = ("dotted", "pairs", "bare")


@dataclasses.dataclass
class Request:
    case: str
    name: str
    address: list[str]
    ior: str
    date: dt.date
    received: dt.date
    today: dt.date
    ruling_type: str
    goods: tuple[str, str, str, str]
    hts: list[str]
    ports: list[str]
    items: int
    prospective: bool = True
    pending_statement: bool = True
    in_court: bool = False
    before_cbp: bool = False
    sample: str = "enclosed"
    confidential: bool = False
    signer: str | None = "x"
    materials: bool = True
    basis: bool = True
    entry: tuple[str, dt.date] | None = None
    court_no: str | None = None


def _hts(code: str, form: str) -> str:
    digits = code.replace(".", "")
    if form == "pairs":
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
    if form == "bare":
        return digits
    return code


def plan(case: str, rng: random.Random) -> Request:
    name, address = pools.COMPANIES[rng.randrange(len(pools.COMPANIES))]
    goods = pools.GOODS[rng.randrange(len(pools.GOODS))]
    date = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 640))
    received = date + dt.timedelta(days=rng.randrange(2, 9))
    ports = [pools.PORTS[rng.randrange(len(pools.PORTS))][1]]
    r = Request(
        case=case,
        name=name,
        address=list(address),
        ior=pools.ior(rng),
        date=date,
        received=received,
        today=received + dt.timedelta(days=rng.randrange(1, 20)),
        ruling_type="classification",
        goods=goods,
        hts=[_hts(goods[1], pick(rng, HTS_FORMS))],
        ports=ports,
        items=1,
        sample=pick(rng, ("enclosed", "photos", "on-request")),
        confidential=rng.random() < 0.4,
        signer=pick(rng, pools.PEOPLE),
    )
    if case == "valuation":
        r.ruling_type, r.hts = "valuation", []
    elif case == "marking":
        r.ruling_type, r.hts = "marking", []
    elif case == "no-port":
        r.ports = []
    elif case == "no-materials":
        r.materials = False
    elif case == "no-pending-stmt":
        r.pending_statement = False
    elif case == "no-basis":
        r.basis = False
    elif case == "unsigned":
        r.signer = None
    elif case == "seven-items":
        r.items = 7
    elif case == "court-pending":
        r.in_court = True
        r.court_no = f"Court No. {str(date.year)[2:]}-{rng.randrange(100, 999):05d}"
    elif case == "current-transaction":
        r.prospective, r.before_cbp = False, True
        filer = pick(rng, pools.FILERS)
        from bench.corpus_thirtyfifth import law

        r.entry = (
            law.entry_number(filer, pools.serial(rng)),
            date - dt.timedelta(days=rng.randrange(5, 20)),
        )
    elif case == "cbp-ior":
        r.ior = f"{rng.randrange(100000, 999999)}-{rng.randrange(10000, 99999)}"
    return r


def truth(r: Request) -> tuple[dict[str, Any], dict[str, Any], list[str], list[str]]:
    not_scored = [
        "product_description, ports: where a description or a port list ends is not settled by "
        "the contract",
        "reason: free text",
    ]
    values: dict[str, Any] = {
        "requester_name": r.name,
        "requester_address": ", ".join(r.address),
        "importer_number": r.ior,
        "request_date": r.date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": r.hts,
        "prospective": r.prospective,
        "pending_statement": r.pending_statement,
        "pending_in_court": r.in_court,
        "pending_before_cbp": r.before_cbp,
        "sample_provided": r.sample == "enclosed",
        "confidential_requested": r.confidential,
        "signed": r.signer is not None,
    }
    if r.ruling_type == "classification":
        values["item_count"] = r.items
    else:
        not_scored.append("item_count: counted only for classification requests")
    missing = []
    if not r.ports:
        missing.append("177.2(b)(1)")
    if not r.materials:
        missing.append("177.2(b)(2)")
    if not r.pending_statement:
        missing.append("177.2(b)(5)")
    if not r.basis:
        missing.append("177.2(b)(6)")
    if r.signer is None:
        missing.append("177.2(c)")
    route = "NCSD" if r.ruling_type in ("classification", "marking", "origin") else "HQ"
    if r.case == "cbp-ior":
        outcome = "needs_human"  # the CBP-assigned importer number format is a VERIFY line
    elif r.in_court or r.before_cbp:
        outcome = "no_ruling"
    elif missing or r.items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append("due: the target date of a request that is not accepted is not settled")
    return (
        values,
        decision,
        not_scored,
        ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
    )


# ----------------------------------------------------------------------------------------------


def _facts(r: Request, rng: random.Random) -> list[str]:
    desc, _, use, materials = r.goods
    price = rng.randrange(800, 9000)
    if r.ruling_type == "valuation":
        return [
            f"{r.name} will buy {desc.lower()} from its parent company, "
            "which owns all of its shares.",
            "Terms of sale: FOB port of export; the price is set by a written transfer-pricing "
            "policy "
            "reviewed each year. The parties are related within 19 U.S.C. 1401a(g).",
            "Invoices will show unit price, quantity, and separately a royalty paid to an "
            "unrelated licensor.",
        ]
    if r.ruling_type == "marking":
        return [
            f"The article is {desc.lower()}. It is made in Vietnam and packed "
            "in retail boxes in Mexico.",
            'We propose to mark each article by a molded, permanent "Made in Vietnam" on its '
            "underside, "
            "and each retail box in the same words.",
        ]
    facts = [
        f"Article: {desc}."
        if r.items == 1
        else f"Articles: {r.items} models of {desc.lower()}, which differ only in color and size "
        "(models " + ", ".join(f"{chr(65 + k)}-{100 + k}" for k in range(r.items)) + ")."
    ]
    facts.append(f"Principal use in the United States: {use}.")
    if r.materials:
        facts.append(f"Component materials by weight: {materials}.")
    facts.append(
        f"Purchase price about {fmt_money(price * 100, 'dollar')} per hundred units; U.S. selling "
        "price "
        f"about {fmt_money(price * 190, 'dollar')} per hundred."
    )
    return facts


def _result(r: Request) -> str:
    if r.ruling_type == "valuation":
        result = "We ask CBP to rule that transaction value is the proper basis of appraisement."
        basis = (
            " The relationship did not influence the price: the price equals the seller's price to "
            "unrelated buyers (19 U.S.C. 1401a(b)(2)(B); 19 CFR 152.103(l))."
        )
    elif r.ruling_type == "marking":
        result = (
            "We ask CBP to rule that the proposed marking satisfies 19 U.S.C. 1304 and 19 "
            "CFR Part 134."
        )
        basis = " The marking is legible, permanent and conspicuous (19 CFR 134.41)."
    else:
        hts = r.hts[0]
        result = f"We ask that the article be classified in subheading {hts}, HTSUS."
        basis = (
            " Under GRI 1 the heading describes the article by name, and the Explanatory Notes to "
            "the "
            "heading confirm that it covers articles of this kind."
        )
    return result + (basis if r.basis else "")


def _pending(r: Request) -> str | None:
    if r.in_court:
        return (
            "The same issue, for earlier imports of these goods, is before the Court of "
            "International "
            f"Trade in {r.court_no}; it is not before any CBP office."
        )
    if r.entry:
        return (
            f"The goods described arrived at the port and entry {r.entry[0]} was filed on "
            f"{fmt_date(r.entry[1], 'long')}; the entry is open and unliquidated. The issue is not "
            "before any court."
        )
    if not r.pending_statement:
        return None
    return (
        "To the requester's knowledge the issue is not, and has not been, before any CBP office, "
        "the Court "
        "of International Trade, the Federal Circuit or any appellate court, and this is not one "
        "of a series."
    )


def _sample(r: Request) -> str:
    return {
        "enclosed": "A sample of the article is enclosed; please return it after examination.",
        "photos": "Photographs and a specification sheet are attached in place of a sample.",
        "on-request": "A sample is available on request.",
    }[r.sample]


def _confidential(r: Request) -> str:
    if r.confidential:
        return (
            "Confidential treatment is requested for the pricing information in the attached "
            "invoice, "
            'which is marked "Confidential" (19 CFR 177.2(b)(7)).'
        )
    return "No confidential treatment is requested."


def _to(r: Request) -> list[str]:
    if r.ruling_type == "valuation":
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


def _show(doc: Doc, r: Request, ds: str) -> None:
    doc.show(r.name, *r.address, r.ior, fmt_date(r.date, ds), *r.hts)
    if r.signer:
        doc.show(r.signer)


def render(r: Request, style: str, rng: random.Random) -> Doc:
    return {"exhibits": _exhibits, "checklist": _checklist, "counsel": _counsel}[style](r, rng)


def _subject(r: Request) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "valuation",
        "marking": "country of origin marking",
    }[r.ruling_type]


def _exhibits(r: Request, rng: random.Random) -> Doc:
    ds = pick(rng, ("long", "daymonth"))
    doc = Doc(font="sans", size=10, title=f"Binding ruling request - {r.name}", author=r.name)
    doc.h(r.name, size=14)
    doc.p(" - ".join(r.address) + f" - Importer No. {r.ior}", size=8)
    doc.rule()
    doc.p(fmt_date(r.date, ds))
    for line in _to(r):
        doc.p(line, tight=True)
    doc.gap()
    doc.p(f"Re: Request for a binding {_subject(r)} ruling", bold=True)
    doc.p("Dear Sir or Madam:")
    doc.p(
        f"{r.name} (importer number {r.ior}), {', '.join(r.address)}, requests a binding ruling "
        "under 19 CFR "
        f"Part 177 on the {_subject(r)} of the merchandise described below"
        + (", which it plans to import." if r.prospective else ".")
    )
    doc.p("Description of the transaction", bold=True)
    for fact in _facts(r, rng):
        doc.p(fact)
    if r.ports:
        doc.p(f"The goods will be entered at the port of {', '.join(r.ports)}.")
    doc.p("Ruling requested", bold=True)
    doc.p(_result(r))
    pending = _pending(r)
    if pending:
        doc.p("Pending matters", bold=True)
        doc.p(pending)
    doc.p(_sample(r))
    doc.p(_confidential(r))
    doc.p("Exhibits", bold=True)
    doc.table(
        [
            ["Exhibit", "Document"],
            ["A", "Photographs (4 views)"],
            ["B", "Specification sheet"],
            ["C", "Pro forma invoice"],
        ],
        ruled=False,
        widths=[0.2, 0.8],
    )
    doc.p("Sincerely,")
    if r.signer:
        doc.p(f"/s/ {r.signer}", tight=True)
        doc.p(f"{r.signer}, Director of Trade Compliance", tight=True)
    else:
        doc.p("______________________________", tight=True)
        doc.p("Director of Trade Compliance", tight=True)
    _show(doc, r, ds)
    return doc


def _checklist(r: Request, rng: random.Random) -> Doc:
    ds = pick(rng, ("slash", "iso"))
    doc = Doc(font="sans", size=9, title="Ruling request checklist", author=r.name)
    doc.h("BINDING RULING REQUEST -- COMPLIANCE CHECKLIST", align="center")
    doc.p(f"To: {' / '.join(_to(r)[1:2])}", align="center")

    def yn(flag: bool) -> str:
        return "[X] Yes  [ ] No" if flag else "[ ] Yes  [X] No"

    rows = [
        ["Item", "Answer"],
        ["Requester", r.name],
        ["Address", ", ".join(r.address)],
        ["Importer number", r.ior],
        ["Date of request", fmt_date(r.date, ds)],
        ["Subject of ruling", _subject(r).capitalize()],
        ["Port(s) of entry", ", ".join(r.ports) if r.ports else ""],
    ]
    if r.ruling_type == "classification":
        rows.append(["Number of items", str(r.items)])
        rows.append(["Proposed HTSUS", r.hts[0]])
    rows += [
        ["Prospective transaction", yn(r.prospective)],
        ["Sample enclosed", yn(r.sample == "enclosed")],
        ["Confidential treatment requested", yn(r.confidential)],
    ]
    doc.table(rows, ruled=True, widths=[0.38, 0.62])
    doc.p("Facts", bold=True)
    doc.bullets(_facts(r, rng), mark="-")
    doc.p("Ruling sought and basis", bold=True)
    doc.p(_result(r))
    pending = _pending(r)
    doc.p("177.2(b)(5) statement", bold=True)
    doc.p(pending or "")
    doc.p(_sample(r) + " " + _confidential(r))
    doc.gap()
    if r.signer:
        doc.p(f"Prepared and signed by: {r.signer}, Compliance Manager", tight=True)
        doc.p(f"Signature: /s/ {r.signer}", tight=True)
    else:
        doc.p("Prepared by: Compliance Department", tight=True)
        doc.p("Signature: ____________________", tight=True)
    _show(doc, r, ds)
    return doc


def _counsel(r: Request, rng: random.Random) -> Doc:
    ds = pick(rng, ("abbrev", "ordinal", "dashmon"))
    doc = Doc(font="serif", size=10, title=f"Request for ruling - {r.name}", author=r.name)
    doc.h(f"{r.name} -- Legal Department", align="center")
    doc.p(", ".join(r.address), align="center", size=8)
    doc.rule()
    doc.cols(
        _to(r),
        [
            f"Date: {fmt_date(r.date, ds)}",
            f"Importer No.: {r.ior}",
            "Our ref.: LEG-RUL-" + str(rng.randrange(100, 999)),
        ],
    )
    doc.p(f"REQUEST FOR BINDING RULING -- {_subject(r).upper()}", bold=True, align="center")
    doc.p(f"I. REQUESTER. {r.name}, {', '.join(r.address)}.\u00b9")
    doc.p("II. FACTS.", bold=True)
    for k, fact in enumerate(_facts(r, rng), 1):
        doc.p(f"{k}. {fact}", indent=12)
    if r.ports:
        doc.p(f"III. PORTS OF ENTRY. {' and '.join(r.ports)}.")
    doc.p(f"{'IV' if r.ports else 'III'}. ISSUE AND PROPOSED RULING. {_result(r)}")
    pending = _pending(r)
    if pending:
        doc.p(f"{'V' if r.ports else 'IV'}. PENDING MATTERS. {pending}\u00b2")
    doc.p(f"SAMPLES. {_sample(r)}")
    doc.p(f"CONFIDENTIALITY. {_confidential(r)}")
    doc.gap()
    if r.signer:
        doc.p("Respectfully submitted,")
        doc.p(r.signer, tight=True)
        doc.p(f"Senior Counsel, Customs and Trade, {r.name}", tight=True)
    else:
        doc.p("Respectfully submitted,")
        doc.p("_______________________", tight=True)
    doc.rule()
    doc.p(
        "\u00b9 The requester is the importer of record and has a direct and demonstrable "
        "interest (19 CFR 177.1(c)).",
        size=7,
    )
    doc.p("\u00b2 19 CFR 177.2(b)(5); 177.7(b).", size=7)
    _show(doc, r, ds)
    return doc

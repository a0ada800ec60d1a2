"""Ruling-request cases (19 CFR Part 177): facts, truth, and two styles (FOP and Draw)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from . import draw, fo
from .law import D
from .people import FIRMS, GOODS, PARTIES, PORTS, SIGNERS
from .protest_docs import _wrap
from .protests import DAY
from .styles import date_style, fmt_date

CASES = ["class", "valuation", "marking", "unsigned", "court", "origin", "reconsider-ny",
         "no-pending", "six-items", "current-entry", "class-and-value", "carrier"]
HQ_CASES = {"valuation", "reconsider-ny", "class-and-value", "carrier"}
TYPES = {"valuation": "valuation", "marking": "marking", "origin": "origin", "carrier": "carrier"}


@dataclass
class Ruling:
    case: str
    style: str
    requester: tuple[str, list[str]]
    importer: tuple[str, list[str]]
    agent: bool
    importer_number: str
    request_date: D
    received: D
    today: D
    goods: list[tuple[str, str]]
    port: tuple[str, str]
    sample: str
    confidential: bool
    signer: str
    hts_style: str


def build(index: int, seed: int) -> Ruling:
    rng = random.Random(seed * 6151 + index)
    case = CASES[index % len(CASES)]
    style = ["firm", "own"][index % 2]
    importer = PARTIES[rng.randrange(len(PARTIES))]
    firm = rng.choice(FIRMS)
    request_date = D(2025, 1, 6) + rng.randrange(300) * DAY
    received = request_date + rng.randrange(2, 7) * DAY
    count = 6 if case == "six-items" else 1
    start = rng.randrange(len(GOODS))
    goods = [GOODS[(start + i) % len(GOODS)] for i in range(count)]
    return Ruling(case=case, style=style, requester=firm if style == "firm" else importer,
                  importer=importer, agent=style == "firm",
                  importer_number=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
                  request_date=request_date, received=received,
                  today=received + rng.randrange(2, 12) * DAY, goods=goods,
                  port=rng.choice(PORTS),
                  sample=rng.choice(["enclosed", "enclosed", "photos", "on-request"]),
                  confidential=case in ("marking", "six-items"), signer=rng.choice(SIGNERS),
                  hts_style=rng.choice(["dotted", "plain", "tendots"]))


def hts(code: str, style: str) -> str:
    digits = code.replace(".", "")
    if style == "plain":
        return digits
    if style == "tendots":
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
    return code


def truth(r: Ruling) -> dict[str, Any]:
    route = "HQ" if r.case in HQ_CASES else "NCSD"
    ruling_type = TYPES.get(r.case, "classification")
    proposed = [hts(code, r.hts_style) for _, code in r.goods] \
        if ruling_type == "classification" else []
    outcome, missing = "accept", []
    if r.case == "unsigned":
        outcome, missing = "deficient", ["177.2(c)"]
    elif r.case == "no-pending":
        outcome, missing = "deficient", ["177.2(b)(5)"]
    elif r.case == "six-items":
        outcome = "deficient"
    elif r.case in ("court", "current-entry"):
        outcome = "no_ruling"
    values: dict[str, Any] = {
        "importer_number": r.importer_number, "request_date": r.request_date.isoformat(),
        "ruling_type": ruling_type, "proposed_hts": proposed,
        "prospective": r.case != "current-entry", "pending_statement": r.case != "no-pending",
        "pending_in_court": r.case == "court", "pending_before_cbp": r.case == "current-entry",
        "sample_provided": r.sample == "enclosed", "confidential_requested": r.confidential,
        "signed": r.case != "unsigned"}
    not_scored = []
    if r.agent:
        not_scored.append("requester_name/address not scored: the letter is written by an agent "
                          "for the importer, and the contract does not say which is the requester")
    else:
        values["requester_name"] = r.requester[0]
        values["requester_address"] = ", ".join(r.requester[1])
    if ruling_type == "classification":
        values["item_count"] = len(r.goods)
    else:
        not_scored.append("item_count not scored outside classification")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "no_ruling":
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + 30 * DAY).isoformat()
    else:
        not_scored.append("due not scored for a deficient or no-ruling NCSD request")
    return {"values": values, "decision": decision, "not_scored": not_scored}


def _paragraphs(r: Ruling, rng: random.Random) -> list[tuple[str, list[str]]]:
    """Numbered sections: (heading, paragraphs)."""
    imp = r.importer
    goods_text = "; ".join(g for g, _ in r.goods)
    ruling_type = TYPES.get(r.case, "classification")
    facts = {"classification": "The article is used principally in households; it is made of the "
                               "component materials shown in the specification table.",
             "valuation": "The goods are sold by the related seller, Harbin Export Co., a company "
                          "owned by the importer's parent, on FOB terms; the relationship did not "
                          "influence the price (19 U.S.C. 1401a(b)(2)(B)).",
             "marking": "Each article will be marked 'Made in Vietnam' by a molded legend on the "
                        "base; the retail carton is printed with the same legend.",
             "origin": "Components from China are assembled in Malaysia by welding and painting; "
                       "we ask whether this is a substantial transformation.",
             "carrier": "The vessel will carry the goods between two US ports after a call in "
                        "Canada; we ask whether the Jones Act is engaged."}[ruling_type]
    ask = {"classification": "the classification of the merchandise under the HTSUS",
           "valuation": "the transaction value of the merchandise",
           "marking": "the country-of-origin marking of the merchandise",
           "origin": "the country of origin of the merchandise",
           "carrier": "the coastwise status of a proposed carriage"}[ruling_type]
    if r.case == "class-and-value":
        ask += ", and whether an assist must be added to the transaction value"
    if r.case == "reconsider-ny":
        ask = (f"reconsideration of New York ruling N{rng.randrange(300000, 350000)}, which "
               "classified the merchandise under a heading we believe to be wrong")
    sections = [("Parties", [f"Importer: {imp[0]}, {', '.join(imp[1])}; importer number "
                             f"{r.importer_number}.",
                             f"Anticipated port of entry: {r.port[1]} ({r.port[0]})."]),
                ("Request", [f"We respectfully request a binding ruling on {ask}."
                             + ("" if r.case != "current-entry" else
                                " The goods were entered last month and the entry is awaiting "
                                "liquidation at the port.")]),
                ("Merchandise", [f"Merchandise: {goods_text}.", facts])]
    if ruling_type == "classification":
        basis = "We believe the merchandise is classified under " + ", ".join(
            f"subheading {hts(code, r.hts_style)}" for _, code in r.goods) + \
            " by GRI 1 and the terms of the heading."
        sections.append(("Proposed classification and basis", [basis]))
    sample = {"enclosed": "A sample of the merchandise is enclosed with this request.",
              "photos": "Photographs and a specification sheet are attached; no sample is sent.",
              "on-request": "A sample is available on request."}[r.sample]
    sections.append(("Samples and documents", [sample]))
    pending = {"court": "The same merchandise is the subject of an action now pending before "
                        "the U.S. Court of International Trade (Court No. 25-00"
                        f"{rng.randrange(100, 999)}).",
               "no-pending": ""}.get(r.case, rng.choice([
                   "To the best of our knowledge the issue is not pending before CBP or any court.",
                   "No issue in this request is under consideration by any CBP office or court.",
                   "The question has not been raised in any protest, court action or earlier "
                   "ruling request.",
                   "We are not aware of any pending matter before Customs or the courts on this "
                   "issue."]))
    if r.case == "current-entry":
        pending = "The entry is now before the port for liquidation; no court action is pending."
    if pending:
        sections.append(("Statement under 19 CFR 177.2(b)(5)", [pending]))
    if r.confidential:
        sections.append(("Confidentiality", ["We ask that the supplier names in the attachment "
                                             "be treated as confidential under 19 CFR "
                                             "177.2(b)(7)."]))
    return sections


def _closing(r: Ruling, rng: random.Random) -> list[str]:
    if r.case == "unsigned":
        return ["Very truly yours,", "", "______________________________"]
    title = "Partner" if r.agent else rng.choice(["Vice President, Trade Compliance", "President"])
    return rng.choice([["Respectfully submitted,", r.signer, title],
                       ["Sincerely,", f"/s/ {r.signer}", r.signer, title]])


def render(r: Ruling, rng: random.Random) -> tuple[str, str, list[str]]:
    ds = date_style(rng)
    sections = _paragraphs(r, rng)
    needles = [r.importer_number, fmt_date(r.request_date, ds), r.importer[0]]
    if TYPES.get(r.case, "classification") == "classification":
        needles += [hts(code, r.hts_style) for _, code in r.goods]
    if not r.agent:
        needles += [r.requester[0]] + r.requester[1]
    closing = _closing(r, rng)
    if r.style == "firm":
        firm = r.requester
        cover = [fo.block(firm[0], font_size="18pt", text_align="center", space_before="2in"),
                 fo.block("REQUEST FOR A BINDING RULING", font_size="13pt", text_align="center",
                          space_before="0.5in"),
                 fo.block(f"on behalf of {r.importer[0]}", text_align="center"),
                 fo.block(fmt_date(r.request_date, ds), text_align="center",
                          space_before="0.3in"),
                 fo.block(", ".join(firm[1]), text_align="center", font_size="9pt",
                          space_before="2in")]
        toc = [fo.block("Contents", font_size="13pt", font_weight="bold", break_before="page",
                        space_after="8pt")]
        toc += [fo.block(f"{i + 1}. {head}") for i, (head, _) in enumerate(sections)]
        body = [fo.block("Director, National Commodity Specialist Division, U.S. Customs and "
                         "Border Protection, 201 Varick Street, New York, NY 10014",
                         break_before="page", space_after="10pt")]
        for i, (head, paras) in enumerate(sections):
            body.append(fo.block(f"{i + 1}. {head}", font_weight="bold", space_before="8pt"))
            body += [fo.block(text, space_after="4pt") for text in paras]
        if len(r.goods) > 1 or rng.random() < 0.5:
            rows = [["Item", "Description", "Proposed HTSUS"]] + [
                [str(i + 1), g, hts(c, r.hts_style)] for i, (g, c) in enumerate(r.goods)]
            body.append(fo.table(rows, ["0.5in", "4.2in", "1.9in"]))
        body += [fo.block(line, space_before="10pt" if i == 0 else "0pt")
                 for i, line in enumerate(closing)]
        source = fo.document("".join(cover + toc + body), font=rng.choice(["Times", "Helvetica"]),
                             header=f"Ruling request - {r.importer[0]}")
        return "fop", source, needles
    pg = draw.Page()
    pg.text(1.8, 1.4, r.requester[0], size=14, bold=True, font="Liberation Serif")
    pg.text(1.8, 2.1, "\n".join(r.requester[1]), size=9)
    pg.text(13.0, 3.4, fmt_date(r.request_date, ds), size=10, w=7)
    pg.text(1.8, 3.4, "National Commodity Specialist Division\nU.S. Customs and Border Protection"
            "\n201 Varick Street, New York, NY 10014", size=9.5, w=10)
    y = 5.4
    for i, (head, paras) in enumerate(sections):
        pg.text(1.8, y, f"{'ABCDEFGH'[i]}. {head}", size=10, bold=True)
        y += 0.55
        for text in paras:
            lines = _wrap(text, 95)
            pg.text(2.2, y, "\n".join(lines), size=9.5)
            y += 0.45 * len(lines) + 0.2
    if len(r.goods) > 1:
        for g, c in r.goods:
            pg.box(2.2, y, 12.5, 0.55)
            pg.box(14.7, y, 4.5, 0.55)
            pg.text(2.3, y + 0.1, g, size=8, w=12.3)
            pg.text(14.8, y + 0.1, hts(c, r.hts_style), size=8, w=4.3)
            y += 0.55
    y += 0.5
    pg.text(2.2, y, "\n".join(closing), size=10)
    return "lodraw", draw.document([pg]), needles

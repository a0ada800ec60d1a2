"""Three ruling-request senders: in-house counsel with numbered sections and a description that runs
onto a second page, a consultant's request summarised in a ruled two-column table, and an importer's
short note typed in Courier."""

from __future__ import annotations

from typing import Any

from bench.corpus_fortythird import pools
from bench.corpus_fortythird.render import Page
from bench.corpus_fortythird.sheet import Sheet

USES = [
    "household kitchens",
    "retail sale to consumers",
    "offices and schools",
    "marine and outdoor use",
]


def _date(plan: dict[str, Any], day: Any) -> str:
    return pools.date_text(day, plan["date_style"])


def _models(facts: dict[str, Any]) -> list[str]:
    stem = facts["goods"].split(",")[0]
    return [f"{stem}, model {100 + 10 * n}" for n in range(facts["items"])]


def _sections(plan: dict[str, Any]) -> dict[str, list[str]]:
    facts = plan["facts"]
    out: dict[str, list[str]] = {}
    port = facts["port"]
    transaction = (
        f"{facts['name']} will import the articles from its supplier in Vietnam under purchase "
        "orders "
        "placed for the next season"
    )
    transaction += f", for entry at the port of {port[1]} (port code {port[0]})." if port else "."
    if facts["current"]:
        transaction += (
            f" The first shipment arrived on {_date(plan, facts['request_date'])} and its "
            "entry has been "
            "filed; it is not yet liquidated, and the same question is before the port."
        )
    out["Transaction"] = [transaction]
    goods = [f"Product: {facts['goods']}."]
    if facts["items"] > 1:
        goods.append(
            f"The request covers {facts['items']} models of this article: "
            + "; ".join(_models(facts))
            + "."
        )
    goods.append(
        f"Principal use in the United States: {USES[len(facts['goods']) % 4]}. The articles "
        "are sold under "
        "the trade name shown on the enclosed catalogue page."
    )
    if facts["materials"] and facts["subject"] == "classification":
        goods.append(
            "Component materials: by weight 78 percent of the principal material, 15 percent "
            "plastics "
            "and 7 percent packing inserts; by value 85 percent of the principal material."
        )
        goods.append("Purchase price about 14.20 per unit; expected U.S. selling price 39.95.")
    if facts["subject"] == "valuation":
        goods.append(
            "Terms of sale: FOB Haiphong, payment 60 days net. The seller is a subsidiary of the "
            "importer; prices are set by the seller as it sets them for unrelated buyers."
        )
    out["Description"] = goods
    asked = []
    if facts["subject"] == "classification":
        hts = pools.hts_text(facts["hts"], facts["hts_style"])
        asked.append(f"We ask that the articles be classified in subheading {hts}, HTSUS.")
        if facts["basis"]:
            asked.append(
                "Basis: under GRI 1 the terms of the heading describe the articles, and GRI 6 "
                "settles "
                "the subheading; see also the Explanatory Notes to the heading and NY rulings on "
                "similar articles."
            )
    elif facts["subject"] == "valuation":
        asked.append("We ask that transaction value between the related parties be accepted.")
        if facts["basis"]:
            asked.append(
                "Basis: the circumstances of sale test of 19 U.S.C. 1401a(b)(2)(B) is met."
            )
    else:
        asked.append(
            "We ask whether marking the carton and the article Made in Vietnam is acceptable."
        )
        if facts["basis"]:
            asked.append(
                "Basis: 19 U.S.C. 1304 and 19 CFR 134.11 and 134.41 on conspicuous marking."
            )
    out["Ruling requested"] = asked
    pending = []
    if facts["pending_statement"]:
        if facts["current"]:
            pending.append(
                "The issue is not pending before the Court of International Trade, the Federal "
                "Circuit or any appellate court; the entry described above is before the port."
            )
        elif facts["court"]:
            pending.append(
                "The same issue is now pending before the Court of International Trade in "
                f"{facts['name']} v. United States, Court No. 25-00{len(facts['goods'])}."
            )
        else:
            pending.append(
                "To the best of our knowledge the issue is not pending, and has not been, "
                "before any CBP "
                "office, the Court of International Trade, the Federal Circuit or any "
                "appellate court."
            )
    out["Pending matters"] = pending
    extra = []
    extra.append(
        "A sample is enclosed."
        if facts["sample"]
        else "Photographs are enclosed; a sample is available on request."
    )
    extra.append(
        "We ask that the pricing in this request be treated as confidential under 19 CFR "
        "177.2(b)(7)."
        if facts["confidential"]
        else "No confidential treatment is requested."
    )
    out["Samples and confidentiality"] = extra
    return out


def _addressee(facts: dict[str, Any]) -> list[str]:
    if facts["subject"] == "valuation":
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "Washington, DC 20229",
        ]
    return [
        "National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "New York, NY 10004",
    ]


def counsel(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("serif")
    s.line(facts["name"], "serifb")
    s.line("Office of the General Counsel, " + ", ".join(facts["address"]))
    s.rule()
    s.y += 0.15
    s.line(_date(plan, facts["request_date"]))
    s.y += 0.1
    for row in _addressee(facts):
        s.line(row)
    s.y += 0.1
    s.line(
        f"Re: Request for a binding ruling ({facts['subject']}); importer number "
        f"{facts['importer_number']}",
        "serifb",
    )
    s.y += 0.1
    s.para(
        f"{facts['name']} requests a binding ruling under 19 CFR Part 177 on a prospective "
        "importation."
    )
    for number, (title, texts) in enumerate(_sections(plan).items(), start=1):
        if not texts:
            continue
        s.line(f"{number}. {title}", "serifb")
        for text in texts:
            s.para(text, indent=0.3)
        if title == "Description":
            s.para(
                "The articles are packed individually in printed retail boxes, ten boxes to a "
                "master carton. "
                "Each box carries the brand, the model and the country of origin. The articles "
                "are not "
                "designed for professional or industrial use and are not sold with any accessory.",
                indent=0.3,
            )
            if s.y < 6:
                s.new_page()
            s.para(
                "(Description, continued.) No part of the article is electrically heated or "
                "motor driven.",
                indent=0.3,
            )
    s.y += 0.15
    if facts["signed"]:
        s.line("Respectfully submitted,")
        s.y += 0.25
        s.line(facts["signer"])
        s.line(facts["title"])
    else:
        s.line("Respectfully submitted,")
        s.y += 0.35
        s.rule(1.0, 3.6)
        s.line("(signature)")
    return s.pages


def summary(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("sans")
    s.line("TRADEWISE CUSTOMS CONSULTING", "sansb")
    s.line("210 Commerce Plaza, Suite 5, Newark, NJ 07102")
    s.y += 0.2
    s.line(_date(plan, facts["request_date"]))
    for row in _addressee(facts):
        s.line(row)
    s.y += 0.15
    s.para(
        "On behalf of our client, and under the letter of authorization on file, we request a "
        "binding "
        "ruling. The particulars are summarised below."
    )
    rows = [
        ["Item", "Particulars"],
        ["Importer", facts["name"]],
        ["Address", ", ".join(facts["address"])],
        ["Importer No.", facts["importer_number"]],
        ["Subject", facts["subject"]],
    ]
    if facts["port"]:
        rows.append(["Port of entry", f"{facts['port'][1]} ({facts['port'][0]})"])
    if facts["subject"] == "classification":
        rows.append(["Proposed HTS", pools.hts_text(facts["hts"], facts["hts_style"])])
    rows.append(["Items", str(facts["items"])])
    rows.append(["Sample", "enclosed" if facts["sample"] else "photographs only"])
    s.table([1.1, 2.6], rows, ruled=True)
    for title, texts in _sections(plan).items():
        if not texts:
            continue
        s.line(title, "sansb")
        for text in texts:
            s.para(text)
    if facts["signed"]:
        s.line("Yours faithfully,")
        s.line(f"/s/ {facts['signer']}")
        s.line(f"{facts['title']}, Tradewise Customs Consulting")
    else:
        s.line("Yours faithfully,")
        s.y += 0.3
        s.line("Signature:")
        s.rule(2.0, 4.6)
    return s.pages


def plainnote(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("mono")
    s.line(facts["name"].upper())
    for row in facts["address"]:
        s.line(row.upper())
    s.line(f"IMPORTER NO. {facts['importer_number']}")
    s.y += 0.2
    s.line(f"DATE: {_date(plan, facts['request_date'])}")
    for number, row in enumerate(_addressee(facts)):
        s.line(("TO:   " if number == 0 else "      ") + row)
    s.line(f"SUBJ: RULING REQUEST - {facts['subject'].upper()}")
    s.y += 0.2
    for _title, texts in _sections(plan).items():
        for text in texts:
            s.para(text)
    s.y += 0.1
    if facts["signed"]:
        s.line("SIGNED:")
        s.y += 0.2
        s.line(facts["signer"])
        s.line(facts["title"])
    else:
        s.line("SIGNED:")
        s.rule(1.8, 4.4)
    return s.pages


LAYOUTS = {"counsel": counsel, "summary": summary, "plainnote": plainnote}

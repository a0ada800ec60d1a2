"""Three protest senders: a broker's ruled continuation form with a rider page, an importer's
letter with a reference block at the top right, and an attorney's numbered submission with
bulleted entries."""

from __future__ import annotations

from typing import Any

from bench.corpus_fortythird import pools
from bench.corpus_fortythird.render import Page
from bench.corpus_fortythird.sheet import Sheet

DECISION = {
    "classification": "the classification and rate of duty assessed at liquidation",
    "appraised_value": "the appraised value of the merchandise",
    "charges": "the merchandise processing fee charged in the liquidation",
}
DRAWBACK = [
    "The entries are not subject to drawback.",
    "Drawback: none of the merchandise covered by this protest is subject to a drawback claim.",
    "The protestant declares that no entry listed here is subject to drawback.",
    "No drawback has been or will be claimed on these entries.",
]


def _date(plan: dict[str, Any], day: Any) -> str:
    return pools.date_text(day, plan["date_style"])


def _decision(facts: dict[str, Any]) -> str:
    if facts["petition"]:
        return "the decision denying our petition for relief under 19 CFR Part 171"
    return DECISION[facts["category"]]


def _grounds(facts: dict[str, Any]) -> list[str]:
    out = []
    if facts["justified"]:
        if facts["category"] == "classification":
            out.append(
                "The goods are principal-use articles of the heading claimed at entry. CBP "
                "reclassified "
                "them without a laboratory report; under GRI 1 and the Explanatory Notes the "
                "heading "
                "claimed at entry describes the goods more specifically than the heading applied."
            )
        elif facts["category"] == "appraised_value":
            out.append(
                "The transaction value declared is the price actually paid or payable (19 U.S.C. "
                "1401a(b)). The seller is unrelated and the added assists were never supplied, so "
                "the advance in value has no basis."
            )
        else:
            out.append(
                "The fee was computed on a value that includes ocean freight and insurance, "
                "which are "
                "not part of the value on which the merchandise processing fee is assessed."
            )
    else:
        out.append("We object to this decision.")
    if facts["earlier"]:
        out.append(
            "The protestant asks for the same disposition as in Protest No. "
            f"{facts['earlier_number']}, "
            "which is pending further review."
        )
    out.append(DRAWBACK[facts["drawback_wording"]] if facts["drawback"] else "")
    if facts["further_review"]:
        out.append(
            "Further review of this protest is requested under 19 CFR 174.24(b): the decision "
            "raises a "
            "question of law not previously ruled on. No other application or court action is "
            "pending."
        )
    if facts["accelerated"]:
        out.append(
            "Accelerated disposition is requested under 19 CFR 174.22. This protest is sent by "
            "certified mail, return receipt requested."
        )
    return [text for text in out if text]


def _stamp(sheet: Sheet, plan: dict[str, Any], x: float) -> None:
    facts = plan["facts"]
    if facts["stamped"]:
        sheet.op("r", x - 0.1, sheet.y - 0.22, 2.6, 0.62)
        sheet.at(x, "RECEIVED " + _date(plan, facts["received"]), "sansb")
        sheet.y += 0.25
        sheet.at(x, f"PROTEST NO. {facts['protest_number']}", "sans")
        sheet.y += 0.45


def gridform(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("sans")
    s.line("PROTEST UNDER 19 U.S.C. 1514 - BROKER CONTINUATION FORM", "sansb")
    s.y += 0.1
    _stamp(s, plan, 4.9)
    rows = [
        f"Port of entry: {facts['port']} ({facts['port_name']})",
        f"Protesting party: {facts['name']}",
    ]
    if facts["address"]:
        rows.append("Address: " + ", ".join(facts["address"]))
    if facts["importer_number"]:
        rows.append(f"Importer No.: {facts['importer_number']}")
    s.box(rows)
    s.line("ENTRIES COVERED", "sansb")
    head = ["PORT", "ENTRY NO.", "ENTRY DATE", "LIQUIDATED"]
    table = [head] + [
        [
            e["port"],
            e["entry_number"],
            "" if facts["no_entry_date"] else _date(plan, e["entry_date"]),
            "" if facts["no_liq_date"] else _date(plan, e["liquidation_date"]),
        ]
        for e in facts["entries"]
    ]
    s.table([1.1, 1.9, 3.8, 5.6], table, ruled=True)
    if facts["goods"]:
        s.line(f"Description of merchandise: {facts['goods']}")
    s.para(f"Decision protested: {_decision(facts)}. See rider for grounds.")
    s.line(f"Prepared {_date(plan, facts['letter_date'])} by {facts['signer']}, {facts['title']}")
    s.new_page()
    s.line("RIDER - STATEMENT OF GROUNDS", "sansb")
    s.y += 0.1
    for number, text in enumerate(_grounds(facts), start=1):
        s.para(f"{number}. {text}")
    s.y += 0.3
    s.line("Signed:  /s/ " + facts["signer"])
    s.line(facts["title"])
    return s.pages


def refletter(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("serif")
    s.line(facts["name"].upper(), "serifb")
    if facts["address"]:
        for row in facts["address"]:
            s.line(row)
    s.y = max(s.y, 1.6)
    top = s.y
    s.y = 0.9
    s.left = 4.9
    _stamp(s, plan, 4.9)
    s.y = max(top, s.y)
    s.line(f"Our ref.: IMP-{facts['port']}-{facts['entries'][0]['entry_number'][-4:]}", "sans")
    s.line(f"Port: {facts['port']} {facts['port_name']}", "sans")
    if facts["importer_number"]:
        s.line(f"IOR: {facts['importer_number']}", "sans")
    s.line(_date(plan, facts["letter_date"]), "sans")
    s.left = 1.0
    s.y += 0.2
    s.line("Port Director, U.S. Customs and Border Protection")
    s.line(f"Port of {facts['port_name']}")
    s.y += 0.15
    s.line("Re: Protest of liquidation", "serifb")
    s.y += 0.1
    parts = []
    for e in facts["entries"]:
        when = "" if facts["no_entry_date"] else f", entered {_date(plan, e['entry_date'])}"
        liq = (
            "" if facts["no_liq_date"] else f" and liquidated {_date(plan, e['liquidation_date'])}"
        )
        parts.append(f"entry {e['entry_number']}{when}{liq}")
    s.para(f"We protest {_decision(facts)} on " + "; ".join(parts) + ".")
    if facts["goods"]:
        s.line(f"Merchandise: {facts['goods']}")
        s.y += 0.1
    for text in _grounds(facts):
        s.para(text)
    s.y += 0.1
    s.line("Sincerely,")
    s.y += 0.35
    s.line(facts["signer"])
    s.line(facts["title"])
    return s.pages


def bullets(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("serif")
    _stamp(s, plan, 4.9)
    s.line("BEFORE U.S. CUSTOMS AND BORDER PROTECTION", "serifb")
    s.line(f"Port of {facts['port_name']} (port code {facts['port']})")
    s.y += 0.15
    s.line(f"PROTEST OF {facts['name'].upper()}", "serifb")
    s.y += 0.15
    s.para(f"1. Protestant. {facts['name']} protests under 19 U.S.C. 1514 and 19 CFR Part 174.")
    if facts["address"]:
        s.line("Address of protestant: " + ", ".join(facts["address"]), indent=0.3)
    if facts["importer_number"]:
        s.line(f"Importer number: {facts['importer_number']}", indent=0.3)
    s.y += 0.1
    s.para(f"2. Entries. The decision protested is {_decision(facts)}:")
    for e in facts["entries"]:
        when = "" if facts["no_entry_date"] else f", date of entry {_date(plan, e['entry_date'])}"
        liq = "" if facts["no_liq_date"] else f", liquidated {_date(plan, e['liquidation_date'])}"
        s.line(f"-  {e['entry_number']}{when}{liq}", indent=0.3)
    s.y += 0.1
    if facts["goods"]:
        s.line("3. Merchandise.")
        s.line(f"Commodity: {facts['goods']}", indent=0.3)
        s.y += 0.1
    for number, text in enumerate(_grounds(facts), start=4):
        s.para(f"{number}. {text}")
    s.y += 0.2
    s.line(f"Dated {_date(plan, facts['letter_date'])}.")
    s.line("Respectfully submitted,")
    s.y += 0.3
    s.line(facts["signer"])
    s.line(f"{facts['title']}, for the protestant")
    return s.pages


LAYOUTS = {"gridform": gridform, "refletter": refletter, "bullets": bullets}

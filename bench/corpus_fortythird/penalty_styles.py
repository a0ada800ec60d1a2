"""Three referral senders: a memo with the party in a boxed header and the entries in a ruled table,
a fixed-width case report in capitals, and an auditor's narrative with the entries as bullets."""

from __future__ import annotations

from typing import Any

from bench.corpus_fortythird import pools
from bench.corpus_fortythird.render import Page
from bench.corpus_fortythird.sheet import Sheet

CULPABILITY = {
    "negligence": ["Negligence", "NEGLIGENT", "failure to exercise reasonable care (negligence)"],
    "gross_negligence": [
        "Gross negligence",
        "GROSSLY NEGLIGENT",
        "wanton disregard of the facts (gross negligence)",
    ],
    "fraud": ["Fraud", "FRAUDULENT", "a knowing and intentional false statement (fraud)"],
}
PRIOR = {
    True: [
        "Prior disclosure: Yes",
        "PRIOR DISCL. FILED: Y",
        "The importer filed a valid prior disclosure under 19 CFR 162.74 and tendered the duties.",
    ],
    False: ["Prior disclosure: No", "PRIOR DISCL. FILED: N", "No prior disclosure was made."],
}
LIQ = [("Y", "N"), ("LIQ", "UNLIQ"), ("Final", "Open")]


def _date(plan: dict[str, Any], day: Any) -> str:
    return pools.date_text(day, plan["date_style"])


def _money(plan: dict[str, Any], value: Any) -> str:
    return pools.money_text(value, plan["money_style"])


def _liq(plan: dict[str, Any], flag: bool) -> str:
    return str(LIQ[int(plan["money_style"]) % 3][0 if flag else 1])


def _use(facts: dict[str, Any]) -> str:
    if facts["noncommercial"]:
        return "Noncommercial importation (goods for personal use)"
    return "Commercial importation"


def boxmemo(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("sans")
    s.line("MEMORANDUM - PENALTY REFERRAL, 19 U.S.C. 1592", "sansb")
    s.line(f"TO: Fines, Penalties and Forfeitures Officer, Port of {facts['port_name']}")
    s.line("FROM: Regulatory Audit, Field Office")
    s.line(f"DATE: {_date(plan, facts['today'])}")
    s.y += 0.15
    s.box(
        [
            f"Case No.: {facts['case_number']}",
            f"Party: {facts['name']}",
            "Address: " + ", ".join(facts["address"]),
            f"Importer No.: {facts['importer_number']}",
        ]
    )
    s.line(f"Merchandise: {facts['goods']}")
    s.line(f"Date of violation: {_date(plan, facts['violation'])}")
    s.line(f"Culpability: {CULPABILITY[facts['culpability']][facts['culp_wording']]}")
    s.line(PRIOR[facts["prior"]][0])
    s.line(_use(facts))
    s.y += 0.15
    rows = [["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"]]
    for e in facts["entries"]:
        rows.append(
            [
                e["entry_number"],
                _date(plan, e["entry_date"]),
                _liq(plan, e["liquidated"]),
                _money(plan, e["entered_value"]),
                _money(plan, e["duty_paid"]),
                _money(plan, e["duty_owed"]),
            ]
        )
    s.table([0.75, 2.2, 3.65, 4.15, 5.45, 6.65], rows, ruled=True, right=7.95)
    s.line(f"Domestic value: {_money(plan, facts['domestic'])}")
    if facts["dutiable"] is not None:
        s.line(f"Dutiable value: {_money(plan, facts['dutiable'])}")
    s.y += 0.2
    s.para("The findings of the audit are attached. Please open a case and prepare the notice.")
    s.line("Audit Manager, Regulatory Audit")
    return s.pages


def fixedcols(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("mono")
    s.line("CASE REPORT  1592 REFERRAL               PAGE 1")
    s.line("=" * 60)
    s.line(f"CASE NUMBER ...... {facts['case_number']}")
    s.line(f"VIOLATOR ......... {facts['name'].upper()}")
    for number, row in enumerate(facts["address"]):
        s.line(("ADDRESS .......... " if number == 0 else " " * 19) + row.upper())
    s.line(f"IOR NUMBER ....... {facts['importer_number']}")
    s.line(f"VIOLATION DATE ... {_date(plan, facts['violation'])}")
    s.line(f"CULPABILITY ...... {CULPABILITY[facts['culpability']][1]}")
    s.line(PRIOR[facts["prior"]][1])
    s.line("IMPORT TYPE ...... " + ("NONCOMMERCIAL" if facts["noncommercial"] else "COMMERCIAL"))
    s.line(f"PORT ............. {facts['port']}")
    s.line("-" * 60)
    xs = [0.9, 2.3, 3.95, 4.55, 5.6, 6.6]
    rows = [["ENTRY", "ENTRY DT", "LIQ", "VALUE", "DUTY PD", "DUTY OWED"]]
    for e in facts["entries"]:
        rows.append(
            [
                e["entry_number"],
                _date(plan, e["entry_date"]),
                _liq(plan, e["liquidated"]).upper(),
                f"{e['entered_value']:.2f}",
                f"{e['duty_paid']:.2f}",
                f"{e['duty_owed']:.2f}",
            ]
        )
    s.table(xs, rows, ruled=False)
    s.line("-" * 60)
    s.line(f"DOMESTIC VALUE ... {facts['domestic']:.2f}")
    if facts["dutiable"] is not None:
        s.line(f"DUTIABLE VALUE ... {facts['dutiable']:.2f}")
    s.line("COMMODITY ........ " + facts["goods"].upper()[:54])
    s.line("END OF REPORT")
    return s.pages


def narrative(plan: dict[str, Any]) -> list[Page]:
    facts = plan["facts"]
    s = Sheet("serif")
    s.line("Referral for Penalty Action", "serifb")
    s.line(f"Case {facts['case_number']}, prepared {_date(plan, facts['today'])}")
    s.rule()
    s.y += 0.15
    s.para(
        f"This referral concerns {facts['name']}, of "
        + ", ".join(facts["address"])
        + f" (importer number {facts['importer_number']}), which imported {facts['goods'].lower()} "
        f"through the port of {facts['port_name']}."
    )
    s.para(
        f"The violation occurred on {_date(plan, facts['violation'])}. The conduct shows "
        f"{CULPABILITY[facts['culpability']][2]}. {PRIOR[facts['prior']][2]} {_use(facts)}."
    )
    s.line("The entries reviewed:")
    for e in facts["entries"]:
        state = "liquidated" if e["liquidated"] else "not yet liquidated"
        s.para(
            f"-  Entry {e['entry_number']}, entered {_date(plan, e['entry_date'])} ({state}): "
            "entered "
            f"value {_money(plan, e['entered_value'])}, duty paid "
            f"{_money(plan, e['duty_paid'])}, duty "
            f"owed {_money(plan, e['duty_owed'])}.",
            indent=0.3,
        )
    s.para(f"The domestic value of the merchandise is {_money(plan, facts['domestic'])}.")
    if facts["dutiable"] is not None:
        s.para(f"Its dutiable value is {_money(plan, facts['dutiable'])}.")
    s.y += 0.2
    s.line("Senior Auditor")
    return s.pages


LAYOUTS = {"boxmemo": boxmemo, "fixedcols": fixedcols, "narrative": narrative}

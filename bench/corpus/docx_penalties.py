"""19 U.S.C. 1592 penalty referrals in Word: entries ruled, unruled, tab-aligned or in prose."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.corpus.docx_phrases import MoneyStyle, pick_date, pick_money
from bench.corpus.docx_render import Letter
from bench.corpus.formats import DateStyle
from bench.corpus.penalties_spec import Line, PenaltySpec

STYLES = ("ruled", "unruled", "aligned", "prose")
CULPABILITY = {
    "negligence": ("Negligence", "Negligent violation (19 U.S.C. 1592(c)(3))", "NEGLIGENCE",
                   "negligent", "Level: Negligence"),
    "gross_negligence": ("Gross Negligence", "Grossly negligent violation (19 U.S.C. "
                         "1592(c)(2))", "GROSS NEGLIGENCE", "grossly negligent",
                         "Level: Gross negligence"),
    "fraud": ("Fraud", "Fraudulent violation (19 U.S.C. 1592(c)(1))", "FRAUD", "fraudulent",
              "Level: Fraud"),
}
DISCLOSURE = {True: ("Yes", "Valid prior disclosure filed (19 CFR 162.74)", "Y",
                     "Prior disclosure perfected", "Yes - tendered"),
              False: ("No", "None", "N", "No prior disclosure", "Not filed")}
LABELS = {
    "case_number": ("Case Number:", "FP&F Case No.:", "Penalty Case No.:", "Case #:",
                    "SEACATS No.:"),
    "party_name": ("Violator:", "Party:", "Name of Party:", "Importer:", "Alleged Violator:"),
    "party_address": ("Address:", "Party Address:", "Mailing Address:", "Address of Record:",
                      "Violator Address:"),
    "importer_number": ("Importer No.:", "IOR Number:", "Importer of Record No.:", "IOR #:",
                        "Importer Number:"),
    "violation_date": ("Date of Violation:", "Violation Date:", "Date of First Violation:",
                       "Violation Dt.:", "Date Violation Occurred:"),
    "culpability": ("Culpability:", "Degree of Culpability:", "Culpability Level:",
                    "Culpability Determination:", "Level of Culpability:"),
    "prior_disclosure": ("Prior Disclosure:", "Prior Disclosure (19 CFR 162.74):", "PD:",
                         "Prior Disclosure Filed:", "Prior Disclosure Status:"),
    "domestic_value": ("Domestic Value:", "Domestic Value (19 CFR 162.43):",
                       "Domestic Value of Merchandise:", "DV:", "Total Domestic Value:"),
    "dutiable_value": ("Dutiable Value:", "Total Dutiable Value:", "Aggregate Dutiable Value:",
                       "Dutiable Value (all entries):", "Total Entered Value:"),
}
HEADERS = (("Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid", "Duty Owed"),
           ("Entry Number", "Date of Entry", "Liq. Status", "Value", "Duties Deposited",
            "Duties Lawfully Owed"),
           ("Entry #", "Entry Dt.", "Status", "Entered Value (USD)", "Duty Deposited",
            "Correct Duty"))
MARKS = (("Y", "N"), ("Yes", "No"), ("LIQ", "UNLIQ"), ("Liquidated", "Unliquidated"),
         ("Final", "Open"))


def penalty_memo(spec: PenaltySpec, style: str, rng: random.Random) -> Letter:
    """A referral memo whose entries are printed in STYLE."""
    money, dates = pick_money(rng), pick_date(rng)
    memo = Letter(rng.choice(("Liberation Sans", "Liberation Serif")), 10)
    memo.para("U.S. Customs and Border Protection", bold=True, align="center", size=12)
    memo.para(rng.choice(("MEMORANDUM", "PENALTY CASE REFERRAL", "REPORT OF FINDINGS",
                          "CASE INITIATION SHEET")), bold=True, align="center", size=13)
    memo.para(f"TO: Fines, Penalties and Forfeitures Officer, Port of {spec.port_name}\n"
              f"FROM: Regulatory Audit, Port {spec.port_code}\nDATE: {dates(spec.today)}\n"
              "SUBJECT: Referral for penalty action under 19 U.S.C. 1592")
    values = {
        "case_number": spec.case_number, "party_name": spec.party_name,
        "party_address": spec.party_address, "importer_number": spec.importer_number,
        "violation_date": dates(spec.violation_date),
        "culpability": rng.choice(CULPABILITY[spec.culpability][:3]),
        "prior_disclosure": rng.choice(DISCLOSURE[spec.prior_disclosure]),
        "domestic_value": money(spec.domestic_value),
        "dutiable_value": money(spec.dutiable_value),
    }
    for key, value in values.items():
        memo.labelled(rng.choice(LABELS[key]), value)
    if spec.noncommercial:
        memo.labelled(rng.choice(("Type of Importation:", "Importation:")),
                      rng.choice(("Noncommercial", "Non-commercial (personal use)")))
    memo.para(f"Merchandise: {spec.merchandise}.")
    memo.para(_narrative(spec), align="justify")
    memo.para(rng.choice(("Entries", "Entries Involved", "Schedule of Entries",
                          "Loss of Duties by Entry")), bold=True)
    _entries(memo, spec, style, rng, money, dates)
    memo.para("Recommend that a penalty case be opened and the appropriate notice issued.")
    memo.lines(("", rng.choice(("Supervisory Import Specialist", "Senior Auditor",
                                "Special Agent in Charge"))))
    return memo


def _narrative(spec: PenaltySpec) -> str:
    word = CULPABILITY[spec.culpability][3]
    return (f"Review of the entry documents shows that {spec.party_name} declared the "
            f"{spec.merchandise} under a tariff provision carrying a lower rate of duty. The "
            f"violation is assessed as {word} on the facts described below.")


def _entries(memo: Letter, spec: PenaltySpec, style: str, rng: random.Random,
             money: MoneyStyle, dates: DateStyle) -> None:
    header = rng.choice(HEADERS)
    yes, no = rng.choice(MARKS)
    rows = [(ln.seed.entry_number, dates(ln.seed.entry_date), yes if ln.liquidated else no,
             money(ln.entered_value), money(ln.duty_paid), money(ln.duty_owed))
            for ln in spec.lines]
    if style in ("ruled", "unruled"):
        total = ("TOTAL", "", "", money(spec.dutiable_value),
                 money(_sum(spec.lines, "duty_paid")), money(_sum(spec.lines, "duty_owed")))
        memo.table(header, rows + ([total] if rng.random() < 0.5 else []),
                   ruled=style == "ruled", size=9)
    elif style == "aligned":
        memo.tabbed([header, *rows], (1.45, 2.45, 3.3, 4.35, 5.35), size=8.5)
    else:
        for ln, row in zip(spec.lines, rows, strict=True):
            state = "liquidated" if ln.liquidated else "not yet liquidated"
            memo.para(f"\u2022 Entry {row[0]}, entered {row[1]} ({state}): entered value "
                      f"{row[3]}; duty paid {row[4]}; duty lawfully owed {row[5]}.")


def _sum(lines: tuple[Line, ...], field: str) -> Decimal:
    return sum((getattr(ln, field) for ln in lines), Decimal(0))

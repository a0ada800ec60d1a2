"""CBP Form 19 filled in Word, in the form's own box wording (blocks 1-9, Sections I-IV)."""

from __future__ import annotations

import random

from bench.corpus import docx_protest_phrases as p
from bench.corpus.docx_phrases import DATE_STYLES
from bench.corpus.docx_render import Letter
from bench.corpus.spec import Spec

GRID = ("PORT CODE", "FILER CODE", "ENTRY NO.", "CHECK DIGIT", "DATE OF ENTRY",
        "DATE OF LIQUIDATION")
ON_FORM = 4  # entries the form's grid holds; more go on a continuation sheet
CRITERIA = {
    "a": "(a) The decision is alleged to be inconsistent with a ruling of CBP Headquarters",
    "b": "(b) The decision involves questions of law or fact not ruled upon by Headquarters",
    "c": "(c) The protest involves matters not considered in a prior Headquarters ruling",
    "d": "(d) Headquarters refused to consider the question by internal advice",
}
CATEGORY_WORDS = {
    "classification": "Classification, rate and amount of duties",
    "appraised_value": "Appraised value", "charges": "Charges or exactions",
    "exclusion": "Exclusion", "liquidation": "Liquidation",
    "drawback": "Refusal to pay a claim for drawback",
    "reliquidation_1520d": "Refusal to reliquidate under 19 U.S.C. 1520(d)",
}


def _boxes(value: bool | None, rng_style: int) -> str:
    marks = (("\u2612", "\u2610"), ("[X]", "[ ]"), ("(X)", "( )"))[rng_style]
    yes = marks[0] if value else marks[1]
    no = marks[0] if value is False else marks[1]
    return f"{yes} Yes    {no} No"


def form19(spec: Spec, rng: random.Random) -> Letter:
    """The form: header, Section I boxes and entry grid, II reasons, III, IV and signature."""
    fmt = rng.choice(DATE_STYLES[:3])  # forms are filled with numeric dates
    marks = rng.randrange(3)
    form = Letter(rng.choice(("Liberation Sans", "Liberation Serif")), 9)
    form.para("DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection",
              bold=True, align="center", size=9)
    form.para("PROTEST", bold=True, align="center", size=14)
    form.para("Pursuant to Sections 514 & 514(a), Tariff Act of 1930 as amended, "
              "19 CFR Part 174 et seq.", align="center", size=8)
    form.para("Approved OMB No. 1651-0017", align="right", size=7)
    if spec.electronic:
        form.para("Filed electronically through the ACE Protest Module.", size=8)
    form.para("SECTION I - IMPORTER AND ENTRY IDENTIFICATION", bold=True)
    street, city = spec.protestant_address.split(", ", 1)
    form.grid((
        (f"1. PROTEST NO. (Supplied by CBP)\n{spec.protest_number or ''}",
         "2. DATE RECEIVED (CBP Use Only)\n"
         + (fmt(spec.received) if spec.received_printed else "")),
        (f"3. PORT\n{spec.port_name} ({spec.port_code})",
         f"4. IMPORTER NO.\n{spec.importer_number or ''}"),
        (f"6. NAME AND ADDRESS OF IMPORTER OR OTHER PROTESTING PARTY\n"
         f"{spec.protestant_name}\n{street}\n{city}",
         "7. Is Accelerated Disposition being requested (19 CFR 174.22)?\n"
         + _boxes(spec.accelerated, marks)),
    ))
    rows = []
    for entry, liquidated in zip(spec.entries, spec.liquidation_shown, strict=True):
        filer, number, digit = entry.entry_number.split("-")
        rows.append((entry.port_code, filer, number, digit, fmt(entry.entry_date),
                     fmt(liquidated) if liquidated else ""))
    form.para("5. ENTRY DETAILS", bold=True, size=8)
    form.table(GRID, rows[:ON_FORM] or [("",) * 6], size=8.5)
    if len(rows) > ON_FORM:
        form.para("(Additional entries listed on the continuation sheet)", size=8)
    _reasons(form, spec, marks)
    _further_review(form, spec, marks, fmt(spec.letter_date))
    if len(rows) > ON_FORM:
        form.page_break()
        form.para("CBP FORM 19 - CONTINUATION SHEET", bold=True, align="center")
        form.para(f"Protesting party: {spec.protestant_name}", size=9)
        form.para("5. ENTRY DETAILS (continued)", bold=True, size=8)
        form.table(GRID, rows[ON_FORM:], size=8.5)
    return form


def _reasons(form: Letter, spec: Spec, marks: int) -> None:
    form.para("SECTION II - DETAILED REASONS FOR PROTEST", bold=True)
    form.para("8. With respect to each category of merchandise, set forth, separately, (1) each "
              "decision protested, (2) the claim of the protesting party, and (3) the factual "
              "material and legal arguments which are believed to support the protest.", size=7.5)
    form.grid((
        (f"CATEGORY OF MERCHANDISE / DECISION PROTESTED\n{CATEGORY_WORDS[spec.category]}",),
        (f"DESCRIPTION OF MERCHANDISE\n{spec.description or ''}",),
        (f"JUSTIFICATION FOR CLAIM\n{spec.objection or ''}",),
        ("9. Are the entries in this protest subject to a drawback claim?\n"
         + _boxes(spec.drawback, marks),),
    ))
    if spec.surety:
        assert spec.demand_mailed and spec.principal
        form.para(f"Protest filed by surety. Date of mailing of demand on bond: "
                  f"{spec.demand_mailed:%m/%d/%Y}. Principal: {spec.principal[0]} "
                  f"({spec.principal[1]}).", size=8.5)
        if spec.non_collusion:
            form.para("The surety certifies that this protest is not being filed collusively "
                      "to extend another authorized person's time to protest.", size=8.5)
    form.para("SECTION III - REQUEST FOR DISPOSITION IN ACCORDANCE WITH ACTION ON PREVIOUSLY "
              "FILED PROTEST", bold=True)
    form.grid((("Protest Number\n", "Date Received\n"),))


def _further_review(form: Letter, spec: Spec, marks: int, signed: str) -> None:
    form.para("SECTION IV - REQUEST FOR FURTHER REVIEW", bold=True)
    asked = spec.afr_criterion is not None
    lines = [f"Further review requested: {_boxes(asked, marks)}"]
    if spec.afr_criterion:
        lines.append("Reason (check applicable): "
                     + ("\u2612 " if marks == 0 else "[X] ") + CRITERIA[spec.afr_criterion])
    form.grid((("10. APPLICATION FOR FURTHER REVIEW (19 CFR 174.24)\n" + "\n".join(lines),),))
    form.grid((
        (f"SIGNATURE\n/s/ {spec.signer}", f"DATE\n{signed}"),
        (f"PRINTED NAME AND TITLE\n{spec.signer}, {_title(spec)}",
         "NAME AND ADDRESS OF PROTESTING PARTY'S AGENT OR ATTORNEY\n"),
    ))


def _title(spec: Spec) -> str:
    return random.Random(spec.signer).choice(p.TITLE_SELF)

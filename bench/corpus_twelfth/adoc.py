"""The `asciidoc` producer: AsciiDoc documents with a custom theme, printed by asciidoctor-pdf."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from . import wording
from .people import dollars, long_date

THEME = """extends: default
base:
  font-family: {font}
  font-size: {size}
page:
  size: Letter
  margin: [0.8in, 0.9in, 0.8in, 0.9in]
heading:
  font-family: {font}
header:
  height: 0.55in
  font-size: 8
  recto:
    right:
      content: '{header}'
  verso:
    right:
      content: '{header}'
footer:
  height: 0.5in
  font-size: 8
  recto:
    center:
      content: '{footer} | Page {{page-number}} of {{page-count}}'
  verso:
    center:
      content: '{footer} | Page {{page-number}} of {{page-count}}'
"""
FONTS = [("Times-Roman", 11), ("Helvetica", 10), ("Courier", 9.5), ("Noto Serif", 10.5)]


def render(text: str, out: Path, style: int, header: str, footer: str) -> None:
    """Print AsciiDoc `text` to `out` with a theme chosen by `style`."""
    font, size = FONTS[style % len(FONTS)]
    work = out.with_suffix(".work")
    work.mkdir(exist_ok=True)
    theme = work / "theme.yml"
    theme.write_text(THEME.format(font=font, size=size, header=header, footer=footer))
    source = work / "doc.adoc"
    source.write_text(text)
    subprocess.run(
        [
            "asciidoctor-pdf",
            "-a",
            f"pdf-theme={theme}",
            "-a",
            "reproducible",
            "-o",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for path in work.iterdir():
        path.unlink()
    work.rmdir()


def _stamp(facts: dict[str, Any]) -> str:
    day = facts["received"]
    printed = [day.strftime("%b %d %Y").upper(), long_date(day, 0), day.strftime("%m/%d/%Y")]
    return (
        "****\n*RECEIVED* +\nU.S. CUSTOMS AND BORDER PROTECTION +\n"
        f"Port of {facts['port_name']} +\n"
        f"{printed[facts['style'] % 3]}\n****\n\n"
    )


def _entry_rows(facts: dict[str, Any], dstyle: int) -> str:
    rows = []
    for number, entered, liquidated in facts["entries"]:
        cells = [
            number,
            long_date(entered, dstyle) if entered else "",
            long_date(liquidated, dstyle) if liquidated else "",
        ]
        rows.append("|" + " |".join(cells))
    return "\n".join(rows)


def protest(facts: dict[str, Any]) -> str:
    """A protest letter: a definition list of the facts, or numbered sections (style parity)."""
    s = facts["style"]
    dstyle = s // 2
    category = wording.INVALID if facts["invalid"] else wording.CATEGORY[facts["category"]][s % 5]
    accel = wording.ACCEL[s % 5] if facts["accel"] else wording.NO_ACCEL[s % 5]
    review = wording.REVIEW[s % 5] if facts["review"] else wording.NO_REVIEW[s % 5]
    drawback = wording.DRAWBACK[s % 5] if facts["drawback"] else ""
    justify = (
        wording.JUSTIFY.get(facts["category"], "")
        if not facts["invalid"]
        else "The penalty should be cancelled in full."
    )
    reason = justify if facts["justify"] else "Protestant objects to this decision."
    earlier = (
        f"Protestant asks for the same disposition as in protest {facts['earlier']}, on "
        "which further review is pending."
        if facts["earlier"]
        else ""
    )
    address = " +\n".join(facts["address"])
    head = _stamp(facts) if facts["stamped"] else ""
    table = (
        f'[cols="3,2,2",options="header"]\n|===\n|Entry Number |Date of Entry '
        f"|Date of Liquidation\n{_entry_rows(facts, dstyle)}\n|===\n"
    )
    sign = (
        f"Respectfully submitted,\n\n/s/ {facts['signer']} +\n"
        f"{facts['signer']}, Director of Trade Compliance"
    )
    if s % 2 == 0:
        lines = [
            f"= Protest under 19 U.S.C. 1514\n\n{long_date(facts['letter_date'], dstyle)}\n",
            head,
            "Port Director +\nU.S. Customs and Border Protection +\n"
            f"Port of {facts['port_name']} (Port Code {facts['port']})\n",
            f"Protestant:: {facts['name']}",
        ]
        if address:
            lines.append(f"Protestant's address:: {address}")
        if facts["ior"]:
            lines.append(f"Importer number:: {facts['ior']}")
        lines.append(f"Port of entry:: {facts['port']}")
        if facts["goods"]:
            lines.append(f"Merchandise:: {facts['goods']}")
        lines.append(f"Decision protested:: {category}\n")
        lines += [
            table,
            f"== Grounds\n\n{reason}\n",
            earlier + "\n",
            drawback + "\n",
            accel + "\n",
            review + "\n",
            sign,
        ]
        return "\n".join(lines) + "\n"
    intro = f"{facts['name']}"
    if address:
        intro += f" +\n{address}"
    parts = [
        f"= {facts['name']}\n:sectnums:\n",
        intro + "\n",
        f"{long_date(facts['letter_date'], dstyle)}\n",
        head,
        f"*Re: Protest of {category}, Port {facts['port']} ({facts['port_name']})*\n",
        "== Protestant\n",
        f'{facts["name"]} ("Protestant") protests {category}.'
        + (f" Protestant's importer of record number is {facts['ior']}." if facts["ior"] else "")
        + "\n",
        "== Entries\n",
        table,
    ]
    if facts["goods"]:
        parts += ["== Merchandise\n", f"Description of merchandise: {facts['goods']}\n"]
    parts += [
        "== Objection and Justification\n",
        reason + "\n",
        earlier + "\n",
        "== Declarations\n",
        drawback + "\n",
        accel + "\n",
        review + "\n",
        sign,
    ]
    return "\n".join(parts) + "\n"


def ruling(facts: dict[str, Any]) -> str:
    """A ruling request with a numbered list of questions and a product table with units."""
    s = facts["style"]
    writer = (facts["name"], facts["address"]) if facts["own"] else facts["consultant"]
    to = (
        "Director, National Commodity Specialist Division +\nU.S. Customs and Border Protection +\n"
        "201 Varick Street, Suite 501 +\nNew York, NY 10014"
        if facts["type"] != "valuation" and not facts["reconsider"]
        else "Regulations and Rulings, Office of Trade +\nU.S. Customs and Border Protection +\n"
        "90 K Street NE, 10th Floor +\nWashington, DC 20229-1177"
    )
    subject = {
        "classification": "tariff classification",
        "marking": "country of origin marking",
        "origin": "country of origin",
        "valuation": "valuation (transaction value)",
    }[facts["type"]]
    lines = [
        f"= Request for a Binding Ruling: {subject.title()}\n",
        f"*{writer[0]}* +\n" + " +\n".join(writer[1]) + "\n",
        f"{long_date(facts['request_date'], s // 2)}\n",
        to + "\n",
    ]
    party = (
        f"Importer: {facts['name']}, "
        + ", ".join(facts["address"])
        + f" +\nImporter number: {facts['ior']}"
    )
    if not facts["own"]:
        lines.append(
            f"We write as authorized agent, under a power of attorney, for our client. {party}\n"
        )
    else:
        lines.append(f"{party}\n")
    if facts["port"]:
        lines.append(
            f"The goods will be entered at the port of {facts['port'][1]} "
            f"(port code {facts['port'][0]}).\n"
        )
    if facts["reconsider"]:
        lines.append(f"We ask Headquarters to reconsider New York ruling {facts['reconsider']}.\n")
    if facts["current"]:
        lines.append(
            "The first shipment arrived last week and is now awaiting entry at the port.\n"
        )
    else:
        lines.append("The goods have not yet been imported; we ask about future importations.\n")
    lines.append("== Products\n")
    lines.append('[cols="4,1,1,2",options="header"]\n|===\n|Product |Unit |Weight |Unit price')
    for n, (goods, _) in enumerate(facts["items"]):
        lines.append(f"|{goods} |each |{1.2 + n:.1f} kg |{dollars(18.5 + 7 * n, s)}")
    lines.append("|===\n")
    if facts["materials"]:
        lines.append(
            "Component materials (by weight): aluminium 62%, polypropylene 30%, "
            "copper wiring 8%. Principal use in the United States: household and "
            "light commercial use, sold through home-improvement retailers.\n"
        )
    else:
        lines.append("Principal use in the United States: household use.\n")
    lines.append("== Questions\n")
    if facts["type"] == "classification":
        hts = ", ".join(facts["proposed"])
        lines.append(f". Is the merchandise classified in subheading {hts} of the HTSUS?")
        if facts["basis"]:
            lines.append(
                ". Does GRI 1 with Note 3 to Section XVI support that result, as "
                "HQ H290011 held for like goods?"
            )
    elif facts["type"] == "valuation":
        lines.append(". Is the price paid to the seller the transaction value of the goods?")
        lines.append(". Terms of sale are FOB Ningbo; buyer and seller are not related.")
    else:
        lines.append(f". What is the country of origin of the goods for {subject} purposes?")
        if facts["basis"]:
            lines.append(
                ". We submit that the goods are products of Vietnam, where they are "
                "substantially transformed (19 CFR 102.11)."
            )
    lines.append("")
    if facts["current"]:  # the (b)(5) statement then names the port that has the goods
        lines.append(
            "Pending matters: the shipment is now before the port awaiting entry; no "
            "court has the issue.\n"
        )
    if facts["pending"] and not facts["court"] and not facts["current"]:
        lines.append(
            [
                "To the best of our knowledge the issue is not pending before any CBP office, "
                "the Court of International Trade or any appellate court, and no ruling "
                "on it was issued before.",
                "NOTE: Statement under 19 CFR 177.2(b)(5): the transaction is not and was "
                "not before any CBP office or court.",
            ][s % 2]
            + "\n"
        )
    if facts["court"]:
        lines.append(
            "CAUTION: The same issue is now before the U.S. Court of International Trade "
            "in Court No. 24-00187, brought by the importer.\n"
        )
    lines.append(
        "A sample is sent under separate cover.\n"
        if facts["sample"]
        else "Photographs and a specification sheet are attached; a sample is available "
        "on request.\n"
    )
    lines.append(
        "We request confidential treatment of the unit prices, marked [CONFIDENTIAL], "
        "under 19 CFR 177.2(b)(7).\n"
        if facts["confidential"]
        else "No confidential treatment is requested.\n"
    )
    if facts["signed"]:
        lines.append(
            f"Respectfully submitted,\n\n{facts['signer']} +\nSenior Trade Advisor, {writer[0]}"
        )
    else:
        lines.append("Sincerely,\n\n______________________________")
    return "\n".join(lines) + "\n"


def penalty(facts: dict[str, Any]) -> str:
    """An FP&F referral memorandum with an entry table and a computation summary."""
    s = facts["style"]
    culp = {
        "negligence": ["Negligence", "negligent", "ordinary negligence"],
        "gross_negligence": ["Gross negligence", "grossly negligent", "gross negligence"],
        "fraud": ["Fraud", "fraudulent", "knowing and intentional (fraud)"],
    }[facts["culpability"]]
    rows = "\n".join(
        f"|{r[0]} |{long_date(r[1], 2 + s // 2 % 2)} |{['Liquidated', 'Unliquidated'][not r[2]]} "
        f"|{dollars(float(r[3]), s)} |{dollars(float(r[4]), s)} |{dollars(float(r[5]), s)}"
        for r in facts["rows"]
    )
    lines = [
        "= Penalty Case Referral\n",
        "[horizontal]\n"
        f"CASE NO.:: {facts['case_number']}\n"
        "TO:: Fines, Penalties and Forfeitures Officer\n"
        f"FROM:: {facts['officer']}, Import Specialist\n"
        f"DATE:: {long_date(facts['date'], s // 2)}\nSUBJECT:: 19 U.S.C. 1592 referral\n",
        "== Subject Party\n",
        f"{facts['name']} +\n"
        + " +\n".join(facts["address"])
        + f" +\nImporter No. {facts['ior']}\n",
    ]
    if facts["noncommercial"]:
        lines.append("The importation was a noncommercial (personal use) importation.\n")
    lines.append("== Violation\n")
    if facts["goods"]:
        lines.append(f"Merchandise: {facts['goods']}.\n")
    if facts["kind"]:
        lines.append(f"Nature of the violation: {facts['kind']}.\n")
    lines.append(
        f"Date of violation: {long_date(facts['violation'], s // 2)}. Culpability: {culp[s % 3]}.\n"
    )
    if facts["facts"]:
        lines.append(f"Material facts: {facts['facts']}\n")
    if facts["disclosed"]:
        lines.append("IMPORTANT: A valid prior disclosure (19 CFR 162.74) was made.\n")
    else:
        lines.append("No prior disclosure was made.\n")
    lines.append(
        '== Entries\n\n[cols="3,3,2,3,2,2",options="header"]\n|===\n'
        "|Entry No. |Entry Date |Status |Entered Value |Duty Paid |Duty Owed\n"
        f"{rows}\n|===\n"
    )
    lines.append(f"Domestic value: {dollars(float(facts['domestic']), s)}.\n")
    if facts["dutiable"] is not None:
        lines.append(f"Dutiable value: {dollars(float(facts['dutiable']), s)}.\n")
    return "\n".join(lines) + "\n"

"""Four protest styles: an e-filing acknowledgment and a law firm's letter (FOP), a drawn form
with floating values and an importer's note (LibreOffice Draw)."""

from __future__ import annotations

import random

from . import draw, fo
from .protests import CATEGORY_WORDS, DAY, Protest
from .styles import date_style, esc, fmt_date

Rendered = tuple[str, str, list[str]]  # producer, source, needles


def _category(p: Protest) -> str:
    if p.petition:
        return "decision on the petition for relief from a penalty (19 CFR Part 171)"
    return CATEGORY_WORDS[p.category]


def _objection(p: Protest, rng: random.Random) -> list[str]:
    if not p.objection:
        return [f"The protestant objects to the {_category(p)}."]
    if p.petition:
        return ["The Fines, Penalties and Forfeitures Officer denied relief on our petition. "
                "We ask that the decision be set aside because the violation was a clerical error."]
    reasons = {
        "classification": ["The goods were classified under a provision for articles of other "
                           "materials; their essential character is given by the material "
                           "named in the entry, and they belong in the heading claimed."],
        "appraised_value": ["CBP appraised the goods at a value that includes buying commissions "
                            "paid to an independent agent; these are not part of the price "
                            "actually paid or payable under 19 U.S.C. 1401a(b)."],
        "charges": ["The merchandise processing fee was assessed above the statutory maximum "
                    "of 19 CFR 24.23(b)(1)."],
    }[p.category]
    lead = rng.choice(["Grounds: ", "Justification: ", "Reasons for the protest: ", "",
                       "Basis of the objection: "])
    return [lead + reasons[0], "The protestant asks that the entries be reliquidated accordingly."]


def _drawback(rng: random.Random) -> str:
    return rng.choice(["None of the entries is subject to drawback.",
                       "The entry is not subject to a drawback claim.",
                       "Drawback: the merchandise is not subject to drawback.",
                       "Protestant declares that no drawback has been or will be claimed.",
                       "Subject to drawback: No."])


def _needles(p: Protest, ds: str) -> list[str]:
    out = [p.name, p.signer] + [e.number for e in p.entries]
    out += [fmt_date(e.liquidation, ds) for e in p.entries]
    out += [fmt_date(e.entry_date, ds) for e in p.entries if e.entry_date]
    out += [x for x in (p.importer_number, p.protest_number, p.description) if x]
    out += p.address or []
    if p.received_printed:
        out.append(fmt_date(p.received, ds))
    return out


def ack(p: Protest, rng: random.Random) -> Rendered:
    ds = date_style(rng)
    rows = [["Field", "Value"], ["Protest number", p.protest_number or ""],
            ["Port of entry", f"{p.port[0]} ({p.port[1]})"],
            ["Date received", fmt_date(p.received, ds)], ["Protestant", p.name]]
    if p.address:
        rows.append(["Protestant address", ", ".join(p.address)])
    if p.importer_number:
        rows.append(["Importer number", p.importer_number])
    rows.append(["Decision protested", _category(p)])
    if p.description:
        rows.append(["Description of merchandise", p.description])
    rows += [["Further review requested", "Yes" if p.further_review else "No"],
             ["Accelerated disposition", "Not available through this module"]]
    if p.drawback_declared:
        rows.append(["Drawback declaration", _drawback(rng)])
    if p.earlier:
        rows.append(["Same disposition as protest", p.earlier[0]])
    rows.append(["Filed by", p.signer])
    entries = [["Entry number", "Entry date", "Liquidation date"]] + [
        [e.number, fmt_date(e.entry_date, ds) if e.entry_date else "", fmt_date(e.liquidation, ds)]
        for e in p.entries]
    body = [fo.block("U.S. Customs and Border Protection", font_size="14pt", font_weight="bold"),
            fo.block("Protest Module - Acknowledgment of Electronic Filing", font_size="11pt",
                     space_after="10pt"),
            fo.block("Your protest has been received. The data filed are shown below; the "
                     "protest text follows.", space_after="8pt"),
            fo.table(rows, ["2.3in", "4.4in"]), fo.block("Entries", font_weight="bold"),
            fo.table(entries, ["2.2in", "2.2in", "2.3in"]),
            fo.block("Protest text as filed", font_weight="bold", break_before="page",
                     space_after="6pt")]
    body += [fo.block(t, space_after="6pt") for t in _objection(p, rng)]
    body.append(fo.block(f"Submitted electronically by {p.signer}.", space_before="12pt"))
    source = fo.document("".join(body), font="Helvetica", size="10pt",
                         header=f"Protest {p.protest_number}")
    return "fop", source, _needles(p, ds)


def lawfirm(p: Protest, rng: random.Random) -> Rendered:
    ds = date_style(rng)
    firm = p.attorney or ("Hartwell Pryce & Lind LLP", ["1750 K Street NW, Suite 900",
                                                         "Washington, DC 20006"])
    letter_date = p.received - rng.randrange(1, 5) * DAY
    body = [fo.block(firm[0], font_size="15pt", text_align="center", font_variant="small-caps"),
            fo.block(" | ".join(firm[1]), font_size="8pt", text_align="center",
                     space_after="14pt"),
            fo.block(fmt_date(letter_date, ds), space_after="8pt")]
    if p.accelerated:
        body.append(fo.block("BY CERTIFIED MAIL, RETURN RECEIPT REQUESTED", font_weight="bold"))
    if p.received_printed:
        body.append(fo.block(f"RECEIVED  {fmt_date(p.received, ds)}  CBP {p.port[1].upper()}",
                             border="1pt solid black", padding="3pt", text_align="center",
                             width="3in", space_after="8pt"))
    body += [fo.block(f"Port Director, U.S. Customs and Border Protection, Port of {p.port[1]} "
                      f"(port code {p.port[0]})", space_after="8pt"),
             fo.block("Re: Protest under 19 U.S.C. 1514" +
                      (f", No. {p.protest_number}" if p.protest_number else ""),
                      font_weight="bold", space_after="8pt"),
             fo.block(f"On behalf of our client we protest the {_category(p)} of the entries "
                      "listed in section 2.", space_after="8pt"),
             fo.block("1. Protestant", font_weight="bold")]
    lines = [p.name] + (p.address or [])
    body += [fo.block(line, font_variant="small-caps") for line in lines]
    if p.importer_number:
        body.append(fo.block(f"Importer of record number: {p.importer_number}"))
    body.append(fo.block("2. Entries", font_weight="bold", space_before="8pt"))
    rows = [["Entry No.", "Date of entry", "Date of liquidation"]] + [
        [e.number, fmt_date(e.entry_date, ds) if e.entry_date else "",
         fmt_date(e.liquidation, ds)] for e in p.entries]
    body.append(fo.table(rows, ["2.3in", "2.2in", "2.2in"]))
    if p.description:
        body += [fo.block("3. Merchandise", font_weight="bold"),
                 fo.block(f"Description of merchandise: {p.description}")]
    body.append(fo.block("4. Objection and argument", font_weight="bold", space_before="8pt"))
    for i, text in enumerate(_objection(p, rng)):
        note = fo.footnote(str(i + 1), "See 19 CFR 174.13(a)(6).") if i == 0 else ""
        body.append(fo.raw_block(esc(text) + note, space_after="6pt"))
    if p.earlier:
        body.append(fo.block(f"The protestant asks for the same disposition as in Protest "
                             f"No. {p.earlier[0]}, on which further review is pending."))
    if p.drawback_declared:
        body.append(fo.block("5. Drawback: " + _drawback(rng), space_before="6pt"))
    body.append(fo.block("6. Further review: " + (
        "Further review is requested under 19 CFR 174.24; the decision is contrary to rulings "
        "of the Headquarters office." if p.further_review else
        "The protestant does not request further review at this time."), space_before="6pt"))
    if p.accelerated:
        body.append(fo.block("7. The protestant requests accelerated disposition under "
                             "19 CFR 174.22.", space_before="6pt"))
    body += [fo.block("Respectfully submitted,", space_before="14pt"),
             fo.block(f"/s/ {p.signer}"), fo.block(p.signer), fo.block(f"Counsel for {p.name}")]
    header = f"Protest of {p.name}"
    return "fop", fo.document("".join(body), font=rng.choice(["Times", "Helvetica"]),
                              header=header), _needles(p, ds)


def _field(page: draw.Page, x: float, y: float, w: float, h: float, caption: str,
           value: str, rng: random.Random, size: float = 9.5) -> None:
    """A numbered box with its caption; the value floats near it, not inside, as filled by hand."""
    page.box(x, y, w, h)
    page.text(x + 0.1, y + 0.08, caption, size=6.5, w=w - 0.2)
    if value:
        # The last line dips just below the box's lower edge, as a misaligned printer leaves it.
        lines = value.count("\n") + 1
        page.text(x + rng.uniform(0.2, 0.9), y + h - 0.42 * lines + rng.uniform(0.1, 0.35),
                  value, size=size, w=w + 3, font="Liberation Mono")


def form(p: Protest, rng: random.Random) -> Rendered:
    ds = date_style(rng)
    pg = draw.Page()
    pg.text(1.5, 1.0, "PROTEST", size=16, bold=True, w=8)
    pg.text(1.5, 1.8, "Filed under 19 U.S.C. 1514 and 19 CFR Part 174 - broker's worksheet",
            size=8, w=15)
    _field(pg, 1.5, 2.6, 5.5, 1.4, "1. PORT CODE", p.port[0], rng)
    _field(pg, 7.2, 2.6, 6.0, 1.4, "2. PROTEST NO.", p.protest_number or "", rng)
    _field(pg, 13.4, 2.6, 6.5, 1.4, "3. DATE RECEIVED (CBP USE)",
           fmt_date(p.received, ds) if p.received_printed else "", rng)
    _field(pg, 1.5, 4.4, 11.7, 2.6, "4. NAME AND ADDRESS OF PROTESTANT",
           "\n".join([p.name] + (p.address or [])), rng)
    _field(pg, 13.4, 4.4, 6.5, 1.4, "5. IMPORTER NO.", p.importer_number or "", rng)
    top = 7.6
    pg.text(1.5, top - 0.45, "6. ENTRIES", size=7, bold=True)
    for col, (x, cap) in enumerate([(1.5, "ENTRY NUMBER"), (8.0, "DATE OF ENTRY"),
                                    (13.4, "DATE OF LIQUIDATION")]):
        pg.box(x, top, [6.5, 5.4, 6.5][col], 0.55, shade=True)
        pg.text(x + 0.1, top + 0.1, cap, size=7, bold=True, w=6)
    for i, e in enumerate(p.entries):
        y = top + 0.55 + 0.6 * i
        for x, w in ((1.5, 6.5), (8.0, 5.4), (13.4, 6.5)):
            pg.box(x, y, w, 0.6)
        vals = [e.number, fmt_date(e.entry_date, ds) if e.entry_date else "",
                fmt_date(e.liquidation, ds)]
        for x, v in zip((1.7, 8.3, 13.6), vals, strict=True):
            if v:
                pg.text(x + rng.uniform(0, 0.4), y + 0.42, v, size=9, w=6.2,
                        font="Liberation Mono")
    y = top + 0.9 + 0.6 * len(p.entries) + 0.4
    pg.text(1.5, y, "7. DECISION PROTESTED", size=7, bold=True)
    boxes = [("classification", "Classification / rate"), ("appraised_value", "Appraised value"),
             ("charges", "Charges or exactions"), ("penalty", "Other decision")]
    for i, (key, label) in enumerate(boxes):
        mark = "[X]" if key == p.category else "[  ]"
        pg.text(1.5 + 4.6 * i, y + 0.45, f"{mark} {label}", size=8.5, w=4.5)
    y += 1.2
    _field(pg, 1.5, y, 18.4, 1.3, "8. DESCRIPTION OF MERCHANDISE", p.description or "", rng)
    y += 1.7
    just = _objection(p, rng)
    pg.box(1.5, y, 18.4, 3.2)
    pg.text(1.6, y + 0.08, "9. NATURE OF AND JUSTIFICATION FOR THE OBJECTION", size=6.5)
    pg.text(1.8, y + 0.55, "\n".join(_wrap(" ".join(just), 95)), size=8.5, w=18)
    y += 3.6
    if p.drawback_declared:
        pg.text(1.5, y, "10. Is any entry subject to drawback?   [  ] Yes   [X] No", size=8.5)
    if p.earlier:
        pg.text(10.5, y, f"11. Same disposition as protest {p.earlier[0]}", size=8.5, w=10)
    y += 0.8
    fr = "[X]" if p.further_review else "[  ]"
    pg.text(1.5, y, f"12. {fr} Further review requested (19 CFR 174.24)", size=8.5, w=10)
    ad = "[X]" if p.accelerated else "[  ]"
    pg.text(11.0, y, f"13. {ad} Accelerated disposition (174.22)", size=8.5, w=9)
    y += 1.0
    _field(pg, 1.5, y, 11.0, 1.5, "14. NAME OF PERSON SIGNING", p.signer, rng)
    _field(pg, 12.7, y, 7.2, 1.5, "15. SIGNATURE", f"/s/ {p.signer}", rng, size=8)
    return "lodraw", draw.document([pg]), _needles(p, ds)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def note(p: Protest, rng: random.Random) -> Rendered:
    ds = date_style(rng)
    pages = [draw.Page()]
    pg = pages[0]
    pg.text(2.2, 1.6, p.name.upper(), size=13, bold=True, font="Liberation Serif")
    if p.address:
        pg.text(2.2, 2.3, "  -  ".join(p.address), size=8.5, font="Liberation Serif")
    pg.box(2.2, 2.9, 17.2, 0.02)
    letter_date = p.received - rng.randrange(2, 6) * DAY
    pg.text(13.5, 3.4, fmt_date(letter_date, ds), size=10, w=6)
    if p.received_printed:
        pg.box(12.8, 4.1, 6.6, 1.5)
        pg.text(13.0, 4.2, f"RECEIVED\n{fmt_date(p.received, ds)}\nCBP - {p.port[1]}", size=9,
                bold=True, w=6.2)
    pg.text(2.2, 4.2, f"Port Director\nU.S. Customs and Border Protection\nPort of {p.port[1]} "
            f"({p.port[0]})", size=10, w=10)
    y = 6.2
    subject = "Subject: Protest" + (f" {p.protest_number}" if p.protest_number else "")
    pg.text(2.2, y, subject, size=10, bold=True)
    y += 0.8
    text = [f"We, {p.name}, protest the {_category(p)} of the following entries."]
    if p.importer_number:
        text.append(f"Our importer number is {p.importer_number}.")
    pg.text(2.2, y, "\n".join(_wrap(" ".join(text), 88)), size=10, font="Liberation Serif")
    y += 1.3
    for e in p.entries:
        bits = [f"Entry {e.number}"]
        if e.entry_date:
            bits.append(f"entered {fmt_date(e.entry_date, ds)}")
        bits.append(f"liquidated {fmt_date(e.liquidation, ds)}")
        pg.text(2.8, y, " - ".join(bits), size=10, font="Liberation Serif")
        y += 0.55
    y += 0.4
    if p.description:
        pg.text(2.2, y, f"Merchandise: {p.description}", size=10, font="Liberation Serif")
        y += 0.9
    for para in _objection(p, rng):
        lines = _wrap(para, 88)
        pg.text(2.2, y, "\n".join(lines), size=10, font="Liberation Serif")
        y += 0.5 * len(lines) + 0.4
    if p.earlier:
        pg.text(2.2, y, f"We ask for the same result as protest {p.earlier[0]}.", size=10)
        y += 0.8
    if p.drawback_declared:
        pg.text(2.2, y, _drawback(rng), size=10, font="Liberation Serif")
        y += 0.8
    if p.further_review:
        pg.text(2.2, y, "Please send this protest for further review (19 CFR 174.24).", size=10)
        y += 0.8
    title = rng.choice(["President", "Import Manager", "Compliance Director", "Owner"])
    pg.text(2.2, y + 0.6, f"Sincerely,\n\n{p.signer}\n{title}", size=10,
            font="Liberation Serif")
    return "lodraw", draw.document(pages), _needles(p, ds)


STYLES = {"ack": ack, "lawfirm": lawfirm, "form": form, "note": note}

"""Ruling requests drawn with cairo: an item schedule laid out like a spreadsheet, and a
product sheet with the request in a boxed side panel."""

from __future__ import annotations

import random

from bench.corpus_thirtieth import ruling_words as words
from bench.corpus_thirtieth.model import Drawing
from bench.corpus_thirtieth.ruling_cases import RulingFacts
from bench.corpus_thirtieth.sheet import WIDTH, Sheet


def _sign(s: Sheet, f: RulingFacts, widths: list[float]) -> None:
    if f.signed:
        s.row(["Authorized signature", f"/s/ {f.signer}, {f.title}"], widths)
    else:
        s.row(["Authorized signature", ""], widths)


def schedule(f: RulingFacts, rng: random.Random) -> tuple[Drawing, list[str]]:
    """A request filed as a schedule: a header block of cells, the items, then the answers."""
    ds = rng.choice(["sheet", "us", "iso"])
    s = Sheet("DejaVu Sans Condensed", 8.5, 40)
    writer = f.agent or f.requester
    full = WIDTH - 80
    s.row([f"BINDING RULING REQUEST - 19 CFR PART 177  |  {writer.name}"], [full], bold=True,
          shade=0.8, size=10.5)
    label, value = 140.0, full - 140.0
    head = [("Date", words.dated(f, ds)), ("Addressed to", ", ".join(words.office(f)[1:]))]
    head.append(("Requester" if not f.agent else "Importer (client)", f.requester.name))
    head.append(("Address", ", ".join(f.requester.lines)))
    head.append(("Importer number", f.ior))
    if f.agent:
        head.append(("Filed by", f"{f.agent.name}, " + ", ".join(f.agent.lines)))
    if f.port_given:
        head.append(("Port of entry", f"{f.port[1]} ({f.port[0]})"))
    head.append(("Ruling sought", f.ruling_type.capitalize()))
    for name, text in head:
        s.row([name, text], [label, value])
    s.y += 8
    s.row(["Question", words.question(f)], [label, value], shade=0.93)
    listed = words.items(f) or [f"{f.goods.short} (one item)"]
    s.y += 8
    s.row(["No.", "Item", "Country of origin", "Unit price"], [30.0, 300.0, 90.0, full - 420],
          bold=True, shade=0.9)
    for k, line in enumerate(listed, start=1):
        s.row([str(k), line, "Vietnam", f.goods.price.split(";")[0]],
              [30.0, 300.0, 90.0, full - 420])
    s.y += 8
    for k, line in enumerate(words.facts_text(f)):
        s.row(["Facts" if k == 0 else "", line], [label, value])
    for name, text in (("Basis for result", words.basis(f)),
                       ("Pending before CBP or court (177.2(b)(5))", words.pending(f, rng)),
                       ("Samples", words.sample(f)), ("Confidential", words.confidential(f))):
        if text:
            s.row([name, text], [label, value])
    s.y += 12
    _sign(s, f, [label, value])
    return s.drawing, [words.dated(f, ds)]


def product_sheet(f: RulingFacts, rng: random.Random) -> tuple[Drawing, list[str]]:
    """A product sheet on the left and the request itself in a boxed panel on the right."""
    ds = rng.choice(["long", "abbrev", "day-month"])
    s = Sheet("Liberation Sans", 9.0, 48)
    writer = f.agent or f.requester
    s.rect(0, 0, WIDTH, 70, shade=0.86, line=0)
    s.text(48, 34, writer.name, 15, bold=True)
    s.text(48, 52, "  -  ".join(writer.lines), 9)
    s.y = 92
    s.para(f"Request for a binding ruling - {words.dated(f, ds)}", size=12, bold=True)
    s.para("To: " + ", ".join(words.office(f)), size=9)
    s.para(("Written " + ("on behalf of our client " if f.agent else "by the importer, ")
            + f"{f.requester.name}, " + ", ".join(f.requester.lines) + f", importer number "
            f"{f.ior}."), size=9)
    s.y += 6
    s.para("THE QUESTION", bold=True, gap=2)
    s.para(words.question(f))
    s.para("THE FACTS", bold=True, gap=2)
    for line in words.facts_text(f):
        s.para(line)
    listed = words.items(f)
    if listed:
        s.para("ITEMS COVERED", bold=True, gap=2)
        for line in listed:
            s.para(f"-  {line}", x=62, gap=1)
        s.y += 4
    panel = [("Basis", words.basis(f)), ("Other proceedings", words.pending(f, rng)),
             ("Samples", words.sample(f)), ("Confidential treatment", words.confidential(f))]
    for head, text in panel:
        if text:
            s.row([head, text], [130.0, WIDTH - 96 - 130], shade=0.95)
    s.y += 18
    if f.signed:
        s.para("Respectfully submitted,", gap=14)
        s.para(f"/s/ {f.signer}", gap=0)
        s.para(f"{f.signer}, {f.title}", gap=0)
    else:
        s.para("Respectfully submitted,", gap=24)
        s.rule(48, s.y, 250, s.y)
        return s.drawing, [words.dated(f, ds)]
    s.para(writer.name, gap=0)
    return s.drawing, [words.dated(f, ds)]


STYLES = {"schedule": schedule, "product": product_sheet}

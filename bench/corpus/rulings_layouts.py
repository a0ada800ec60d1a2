"""Ruling requests as a law firm, a customs broker and an importer write them.

    firm_letter      counsel's letter: Re: line, numbered headings with a paragraph under each
    broker_form      a broker's request form: ruled boxes, an item table, labelled lines
    importer_letter  the importer's own letter: letterhead, running prose, no headings
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from bench.corpus import blocks as b
from bench.corpus import rulings_text as t
from bench.corpus.formats import DateStyle, pick_any, stamp_date, yes_no
from bench.corpus.rulings_spec import RulingSpec


def ruling_document(spec: RulingSpec, rng: random.Random) -> b.Document:
    """The spec laid out as its layout says."""
    fmt = pick_any(rng)
    doc = b.Document("Ruling request", font=rng.choice(("sans", "serif")))
    if spec.layout == "broker_form":
        _broker_form(doc, spec, rng, fmt)
    elif spec.layout == "firm_letter":
        _firm_letter(doc, spec, rng, fmt)
    else:
        _importer_letter(doc, spec, rng, fmt)
    return doc


def _stamp(doc: b.Document, spec: RulingSpec) -> None:
    if spec.stamped:
        office = "CBP - NCSD NEW YORK" if spec.route == "NCSD" else "CBP REGULATIONS & RULINGS"
        doc.add(b.Stamp(("RECEIVED", stamp_date(spec.received), office)))


def _paras(doc: b.Document, texts: Iterable[str | None]) -> None:
    doc.add(*(b.Para(text) for text in texts if text))


def _firm_letter(doc: b.Document, spec: RulingSpec, rng: random.Random, fmt: DateStyle) -> None:
    assert spec.agent is not None
    firm = spec.agent.firm
    doc.add(b.Heading(firm.name.upper(), 13, "center"),
            b.Para(f"{firm.street} - {firm.city}", 9, False, "center"))
    _stamp(doc, spec)
    doc.add(b.Para(fmt(spec.letter_date)))
    if spec.electronic:
        doc.add(b.Para("Submitted electronically through eRulings", 9, True))
    _paras(doc, t.addressee(spec))
    doc.add(b.Para(t.re_line(spec), 10, True), b.Para("Dear Sir or Madam:"))
    requester = spec.requester
    where = f", {requester.address}" if requester.address else ""
    number = f" (Importer No. {spec.importer_number})" if spec.importer_number else ""
    doc.add(b.Para(f"On behalf of our client, {requester.name}{where}{number}, we respectfully "
                   f"request a binding ruling under 19 CFR Part 177 on the {t.subject_title(spec)}"
                   f" of the {spec.product.goods} described below."))
    _paras(doc, [t.authority_sentence(spec)])
    sections: list[tuple[str, list[str | None]]] = [
        ("The transaction", [t.transaction(spec, rng, fmt) if spec.show_transaction else None,
                             t.ports_sentence(spec, rng) if spec.ports else None]),
        ("Description of the merchandise",
         [spec.product.description + "." if spec.show_description else None,
          *t.items_sentences(spec)]),
        ("Component materials", [_cap(spec.product.materials) + "."
                                 if spec.show_materials else None]),
        ("Principal use", [_cap(spec.product.use) + "." if spec.show_use else None]),
        ("Prices", [t.prices_sentence(spec)]),
        ("Terms of sale", [spec.terms_of_sale + "." if spec.terms_of_sale else None,
                           _related(spec.related)]),
        ("Proposed classification", [t.hts_sentence(spec) if spec.show_hts else None]),
        ("Legal analysis" if spec.show_hts else "Requested ruling",
         [spec.product.basis if spec.show_basis else None]),
        ("Statement under 19 CFR 177.2(b)(5)", [t.pending_sentence(spec, rng)]),
        ("Samples", [t.sample_sentence(spec, rng)]),
        ("Confidential information", [t.confidential_sentence(spec)]),
    ]
    number_style = rng.choice(("roman", "arabic"))
    shown = [(title, [x for x in body if x]) for title, body in sections]
    for index, (title, body) in enumerate((s for s in shown if s[1]), start=1):
        label = _roman(index) if number_style == "roman" else f"{index}."
        doc.add(b.Para(f"{label} {title}", 10, True))
        _paras(doc, body)
    doc.add(b.Para("Please contact the undersigned with any questions."), b.Spacer(),
            b.Para("Respectfully submitted,"))
    _signature(doc, spec, firm.name)


def _importer_letter(doc: b.Document, spec: RulingSpec, rng: random.Random,
                     fmt: DateStyle) -> None:
    requester = spec.requester
    doc.add(b.Heading(requester.name, 14, "center"))
    doc.add(b.Para(requester.street or "", 9, False, "center"), b.Para(requester.city, 9, False,
                                                                         "center"))
    _stamp(doc, spec)
    doc.add(b.Para(fmt(spec.letter_date)))
    if spec.electronic:
        doc.add(b.Para("Submitted electronically through eRulings", 9, True))
    _paras(doc, t.addressee(spec))
    doc.add(b.Para("Dear Sir or Madam:"))
    number = f" (IOR No. {spec.importer_number})" if spec.importer_number else ""
    first = (f"{requester.name}{number} requests a binding ruling on the {t.subject_title(spec)}"
             f" of the {spec.product.goods} described in this letter.")
    if spec.reconsider:
        first += f" We ask CBP to reconsider New York Ruling {spec.reconsider}."
    product = spec.product
    _paras(doc, [
        first,
        t.transaction(spec, rng, fmt) if spec.show_transaction else None,
        " ".join(filter(None, (
            f"The product is described as follows: {product.description}."
            if spec.show_description else None, *t.items_sentences(spec),
            f"It is made of {product.materials}." if spec.show_materials else None,
            f"Its principal use in the United States is {product.use}." if spec.show_use
            else None))) or None,
        t.prices_sentence(spec),
        " ".join(filter(None, (f"Terms of sale: {spec.terms_of_sale}." if spec.terms_of_sale
                               else None, _related(spec.related)))) or None,
        t.ports_sentence(spec, rng) if spec.ports else None,
        t.hts_sentence(spec) if spec.show_hts else None,
        f"Our reasons are as follows. {product.basis}" if spec.show_basis else None,
        t.pending_sentence(spec, rng), t.sample_sentence(spec, rng),
        t.confidential_sentence(spec),
    ])
    doc.add(b.Spacer(), b.Para("Sincerely,"))
    _signature(doc, spec, requester.name)


def _broker_form(doc: b.Document, spec: RulingSpec, rng: random.Random, fmt: DateStyle) -> None:
    assert spec.agent is not None
    requester, firm, product = spec.requester, spec.agent.firm, spec.product
    doc.add(b.Heading("REQUEST FOR BINDING RULING (19 CFR PART 177)", 12, "center"))
    _stamp(doc, spec)
    if spec.electronic:
        doc.add(b.Para("Submitted electronically through eRulings", 9, True))
    doc.add(b.Para("To: " + ", ".join(t.addressee(spec)), 9))
    doc.add(
        b.BoxRow((b.Box("Requester (importer of record)", (requester.name,), 2.0),
                  b.Box("Importer number", (spec.importer_number or "",), 1.0))),
        b.BoxRow((b.Box("Requester address", tuple(x for x in (requester.street, requester.city)
                                                  if x and requester.street)),)),
        b.BoxRow((b.Box("Agent", (firm.name, f"{firm.street}, {firm.city}"), 2.0),
                  b.Box("Authority to act",
                        ("Power of attorney on file",) if spec.agent.authority_stated else (),
                        1.0))),
        b.BoxRow((b.Box("Date of request", (fmt(spec.letter_date),)),
                  b.Box("Ruling type", (_cap(t.subject_title(spec)),), 2.0),
                  b.Box("Number of items", (str(spec.item_count),)))),
        b.BoxRow((b.Box("Port(s) of entry", (t.ports_text(spec),) if spec.ports else ()),)),
    )
    if spec.reconsider:
        doc.add(b.Para(f"The requester asks CBP to reconsider New York Ruling {spec.reconsider}."))
    if spec.items:
        hts = ", ".join(product.hts) if spec.show_hts else ""
        doc.add(b.Grid(("Item", "Name", "Proposed HTS"),
                       tuple((str(i), name, hts) for i, name in enumerate(spec.items, 1)),
                       (0.5, 3.0, 1.5)))
        doc.add(b.Para("Same class or kind: " + yes_no(spec.same_kind)))
    labelled = [
        ("Transaction", t.transaction(spec, rng, fmt) if spec.show_transaction else None),
        ("Description", product.description + "." if spec.show_description else None),
        ("Component materials", _cap(product.materials) + "." if spec.show_materials else None),
        ("Principal use", _cap(product.use) + "." if spec.show_use else None),
        ("Prices", t.prices_sentence(spec)),
        ("Terms of sale", spec.terms_of_sale + "." if spec.terms_of_sale else None),
        ("Relationship", _related(spec.related)),
        ("Proposed HTS", ", ".join(product.hts) if spec.show_hts and not spec.items else None),
        ("Basis", product.basis if spec.show_basis else None),
        ("Pending matters", t.pending_sentence(spec, rng)),
        ("Samples", t.sample_sentence(spec, rng)),
        ("Confidentiality", t.confidential_sentence(spec)),
    ]
    for label, text in labelled:
        if text:
            doc.add(b.Para(f"{label}: {text}"))
    signature = (f"/s/ {spec.signer}",) if spec.signed else ()
    doc.add(b.Spacer(), b.BoxRow((b.Box("Signature", signature, 1.5),
                                  b.Box("Name and title", (f"{spec.signer}, Licensed Customs "
                                                           "Broker",), 2.0))))


def _signature(doc: b.Document, spec: RulingSpec, organisation: str) -> None:
    if spec.signed:
        doc.add(b.Para(f"/s/ {spec.signer}"))
    doc.add(b.Para(spec.signer), b.Para(organisation))


def _related(related: bool | None) -> str | None:
    if related is None:
        return None
    if related:
        return "The buyer and the seller are related within the meaning of 19 U.S.C. 1401a(g)."
    return "The buyer and the seller are not related within the meaning of 19 U.S.C. 1401a(g)."


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _roman(number: int) -> str:
    numerals = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return numerals[number - 1] + "."

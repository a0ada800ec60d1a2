"""Binding-ruling requests typed in Word by counsel, brokers and importers, from a RulingSpec."""

from __future__ import annotations

import random

from bench.corpus import docx_ruling_phrases as p
from bench.corpus import rulings_text as t
from bench.corpus.docx_phrases import CLOSINGS, pick_date, received_stamp, signature_block
from bench.corpus.docx_render import Letter
from bench.corpus.formats import DateStyle
from bench.corpus.rulings_spec import RulingSpec

SALUTATIONS = ("Dear Sir or Madam:", "Dear National Import Specialist:", "Dear Director:",
               "To Whom It May Concern:", "Ladies and Gentlemen:")
TITLES = {"counsel": ("Partner", "Attorney at Law", "Counsel"),
          "broker": ("Licensed Customs Broker", "Classification Manager"),
          "importer": ("Director of Trade Compliance", "President", "Import Manager")}


def ruling_letter(spec: RulingSpec, style: str, rng: random.Random) -> Letter:
    """A request in STYLE (counsel, broker, importer); sections or prose, each wording drawn."""
    fmt = pick_date(rng)
    letter = Letter(rng.choice(("Liberation Serif", "Liberation Sans", "Liberation Mono")),
                    rng.choice((10, 10.5, 11)))
    sender = spec.agent.firm if spec.agent else spec.requester
    letter.para(sender.name, bold=True, align=rng.choice(("center", "left")), size=13)
    letter.para(" \u00b7 ".join(x for x in (sender.street, sender.city) if x), size=9,
                align="center")
    letter.rule()
    if spec.stamped:
        office = "CBP - NCSD NEW YORK" if spec.route == "NCSD" else "CBP REGULATIONS & RULINGS"
        letter.boxed(received_stamp(rng, spec.received, office))
    letter.para(fmt(spec.letter_date))
    if spec.electronic:
        letter.para("Submitted via eRulings", bold=True, size=9)
    letter.lines(t.addressee(spec))
    letter.para(t.re_line(spec), bold=True)
    letter.para(rng.choice(SALUTATIONS))
    _opening(letter, spec, rng)
    sections = _sections(spec, rng, fmt)
    headed = style != "importer" or rng.random() < 0.3
    for index, (title, body) in enumerate(sections, start=1):
        if not body:
            continue
        if headed:
            label = f"{index}. {title}" if style == "broker" else title
            letter.para(label, bold=True, underline=style == "counsel")
        for text in body:
            letter.para(text, align=rng.choice(("left", "justify")))
    letter.para(rng.choice(("Please contact the undersigned with any questions.",
                            "Thank you for your consideration of this request.")))
    letter.para(rng.choice(CLOSINGS))
    name = spec.signer if spec.signed else None
    letter.lines(signature_block(rng, name, rng.choice(TITLES[style]), sender.name))
    return letter


def _opening(letter: Letter, spec: RulingSpec, rng: random.Random) -> None:
    requester = spec.requester
    number = rng.choice(p.NUMBER).format(n=spec.importer_number) if spec.importer_number else ""
    fields = {"name": requester.name, "number": number, "subject": t.subject_title(spec),
              "goods": spec.product.goods, "short": requester.name.split()[0],
              "where": f", {requester.address}," if requester.address else ""}
    if spec.agent:
        letter.para(rng.choice(p.REQUESTER_AGENT).format(**fields).replace(",,", ","))
        if spec.agent.authority_stated:
            letter.para(rng.choice(p.AUTHORITY).format(name=requester.name))
    else:
        letter.para(rng.choice(p.REQUESTER_SELF).format(**fields).replace(",,", ","))
    if spec.reconsider:
        letter.para(f"We ask CBP to reconsider New York Ruling {spec.reconsider}.")


def _sections(spec: RulingSpec, rng: random.Random, fmt: DateStyle) -> list[tuple[str, list[str]]]:
    product = spec.product
    ports = t.ports_text(spec) if spec.ports else ""
    plural = "s" if len(spec.ports) > 1 else ""
    facts: list[str] = []
    if spec.show_transaction:
        facts.append(t.transaction(spec, rng, fmt))
    if spec.ports:
        facts.append(rng.choice(p.PORTS).format(s=plural, ports=ports))
    goods: list[str] = []
    if spec.show_description:
        # No full stop: the value is the text after the label, as corpus-b scores it.
        goods.append(f"{rng.choice(p.DESCRIPTION_LABELS)} {product.description}")
    goods += t.items_sentences(spec)
    if spec.show_materials:
        goods.append(rng.choice(p.MATERIALS).format(m=product.materials))
    if spec.show_use:
        goods.append(rng.choice(p.USE).format(u=product.use))
    goods.append(t.prices_sentence(spec))
    value: list[str] = []
    if spec.terms_of_sale:
        value.append(rng.choice(p.TERMS).format(t=spec.terms_of_sale))
    if spec.related is not None:
        value.append(rng.choice(p.RELATED[spec.related]))
    analysis: list[str] = []
    if spec.show_hts:
        analysis.append(t.hts_sentence(spec))
    if spec.show_basis:
        analysis.append(product.basis)
    return [
        ("Facts", facts),
        ("Description of the Merchandise", goods),
        ("Valuation Facts", value),
        (rng.choice(p.BASIS_HEADINGS), analysis),
        ("Statement Regarding Pending Matters", _pending(spec, rng)),
        ("Samples", [rng.choice(p.SAMPLE_YES if spec.sample else p.SAMPLE_NO)
                     .format(goods=product.goods)] if spec.sample is not None else []),
        ("Confidential Information",
         [rng.choice(p.CONFIDENTIAL_YES if spec.confidential else p.CONFIDENTIAL_NO)]
         if spec.confidential is not None else []),
    ]


def _pending(spec: RulingSpec, rng: random.Random) -> list[str]:
    if spec.pending == "absent":
        return []
    if spec.pending == "clear":
        return [rng.choice(p.CLEAR)]
    if spec.pending == "court":
        return [rng.choice(p.COURT).format(name=spec.requester.name, n=rng.randint(100, 999))]
    port = spec.port_names[spec.ports[0]] if spec.ports else "Houston"
    return [rng.choice(p.BEFORE_CBP).format(port=port)]

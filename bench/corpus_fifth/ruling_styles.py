"""Five ways a ruling request is written: three laid out by borb, two as Calc worksheets."""

from __future__ import annotations

from collections.abc import Callable

from bench.corpus_fifth import ruling_words as words
from bench.corpus_fifth.ink import Ink
from bench.corpus_fifth.model import Block, Break, Fields, Grid, Para, Title
from bench.corpus_fifth.parties import FIRMS
from bench.corpus_fifth.ruling_facts import RulingFacts, route

Style = Callable[[RulingFacts, Ink], list[Block]]
CONSULTANTS = [("Bridgewater Trade Advisory LLC", "77 Water Street, Suite 1200",
                "New York, NY 10005")]


def _addressee(facts: RulingFacts) -> list[Block]:
    lines = words.HQ if route(facts) == "HQ" else words.NCSD
    return [Para(line) for line in lines]


def _goods(facts: RulingFacts, ink: Ink) -> list[Block]:
    if facts.ruling_type == "carrier":
        return [Para(text) for text in words.carrier_facts(ink)]
    blocks: list[Block] = []
    if len(facts.goods) == 1:
        blocks.append(Para(f"{ink.one(words.GOODS_LABELS)} {ink.t(facts.goods[0])}"))
    else:
        blocks.append(Para(f"The request covers the following {len(facts.goods)} items:"))
        blocks.append(Grid(["Item", "Description"],
                           [[f"{n}", ink.t(g)] for n, g in enumerate(facts.goods, start=1)]))
        blocks.append(Para("The versions differ only in color and size; they share the "
                           "construction, materials and use stated below."))
    blocks += [Para(text) for text in words.use_and_materials(facts, ink)]
    if facts.also_valuation:
        blocks.append(Para(ink.one(words.ALSO_VALUATION)))
    if facts.ruling_type == "valuation" or facts.also_valuation:
        blocks += [Para(text) for text in words.valuation_facts(ink)]
    return blocks


def _tail(facts: RulingFacts, ink: Ink) -> list[Block]:
    texts = [words.hts(facts, ink), words.ports(facts, ink), words.pending(facts, ink),
             words.sample(facts, ink), words.confidential(facts, ink)]
    later = texts[1:]
    ink.rng.shuffle(later)  # the proposal leads; the other statements come in any order
    return [Para(text) for text in [texts[0], *later] if text]


def _party_line(facts: RulingFacts, ink: Ink) -> str:
    who = facts.requester
    return (f"{who.name}, {ink.t(who.address)} (importer number {ink.t(who.ein)})")


def _sign(facts: RulingFacts, ink: Ink, title: str) -> list[Block]:
    return [Para(text) for text in words.signature(facts, ink, title)]


def consultant_specs(facts: RulingFacts, ink: Ink) -> list[Block]:
    """A trade consultant's request with the product specifications in a table."""
    name, street, city = CONSULTANTS[0]
    facts.agent = name
    blocks: list[Block] = [Title(name), Para(f"{street}, {city}"),
                           Para(ink.d(facts.request_date)), *_addressee(facts),
                           Para("Re: Request for a binding ruling", bold=True),
                           Para(f"On behalf of our client {_party_line(facts, ink)}, we request a "
                                f"prospective ruling on {words.subject(facts, ink)}.")]
    blocks += _goods(facts, ink)
    blocks.append(Grid(["Specification", "Value"],
                       [["Dimensions", "42 x 30 x 18 cm"], ["Net weight", "1.35 kg"],
                        ["Country of manufacture", "Vietnam"], ["Packing", "1 unit per carton"]],
                       ruled=ink.rng.random() < 0.5))
    blocks += _tail(facts, ink)
    return blocks + _sign(facts, ink, "Senior Trade Consultant")


def importer_letter(facts: RulingFacts, ink: Ink) -> list[Block]:
    """The importer's own request on its letterhead."""
    who = facts.requester
    blocks: list[Block] = [Title(ink.t(who.name)), Para(ink.t(who.address)),
                           Para(f"Importer No. {ink.t(who.ein)}"),
                           Para(f"Date: {ink.d(facts.request_date)}"), *_addressee(facts),
                           Para(ink.one(["Dear National Import Specialist:", "Dear Sir or Madam:",
                                         "To whom it may concern:"])),
                           Para(f"{who.name} respectfully requests a binding ruling under 19 CFR "
                                f"Part 177 on {words.subject(facts, ink)}.")]
    blocks += _goods(facts, ink) + _tail(facts, ink)
    return blocks + _sign(facts, ink, ink.one(["Director, Global Trade", "Compliance Manager",
                                               "President"]))


def counsel_memo(facts: RulingFacts, ink: Ink) -> list[Block]:
    """A law firm's formal submission in roman-numbered sections over two pages."""
    firm, street, city = FIRMS[ink.rng.randrange(len(FIRMS))]
    facts.agent = firm
    blocks: list[Block] = [Title(firm), Para(f"{street}, {city}"), Para(ink.d(facts.request_date)),
                           *_addressee(facts), Para("REQUEST FOR BINDING RULING", bold=True),
                           Title("I. Requester"), Para(_party_line(facts, ink)),
                           Title("II. Question Presented"),
                           Para(f"This firm asks, for its client, for a ruling on "
                                f"{words.subject(facts, ink)}."),
                           Title("III. Facts")]
    blocks += _goods(facts, ink)
    blocks += [Break(), Title("IV. Ruling Requested and Other Statements"), *_tail(facts, ink)]
    return blocks + _sign(facts, ink, "Partner")


def request_sheet(facts: RulingFacts, ink: Ink) -> list[Block]:
    """An importer's ruling request kept as a worksheet, answers in cells."""
    who = facts.requester
    blocks: list[Block] = [
        Title("BINDING RULING REQUEST - 19 CFR PART 177"),
        Fields([("Requester", ink.t(who.name)), ("Address", ink.t(who.address)),
                ("Importer number", ink.t(who.ein)), ("Date of request", ink.d(facts.request_date)),
                ("Send to", words.HQ[0] if route(facts) == "HQ" else words.NCSD[0])]),
        Para(f"Question: a ruling on {words.subject(facts, ink)}.")]
    blocks += _goods(facts, ink) + _tail(facts, ink)
    return blocks + _sign(facts, ink, "Customs Compliance Lead")


def spec_sheet(facts: RulingFacts, ink: Ink) -> list[Block]:
    """A product specification worksheet with the cover letter in merged cells below it."""
    who = facts.requester
    blocks: list[Block] = [Title(f"{who.name} - PRODUCT SPECIFICATION"),
                           Grid(["Attribute", "Detail"],
                                [["Model", "see description"], ["Net weight", "0.9 kg"],
                                 ["Unit of sale", "each"], ["Origin of parts", "China, Mexico"]]),
                           Break(), Para(f"Date: {ink.d(facts.request_date)}"),
                           *_addressee(facts),
                           Para(f"{ink.t(who.name)}, {ink.t(who.address)}, importer number "
                                f"{ink.t(who.ein)}, asks for a binding ruling on "
                                f"{words.subject(facts, ink)}.")]
    blocks += _goods(facts, ink) + _tail(facts, ink)
    return blocks + _sign(facts, ink, "Vice President, Operations")


STYLES: dict[str, dict[str, Style]] = {
    "borb": {"consultant-specs": consultant_specs, "importer-letter": importer_letter,
             "counsel-memo": counsel_memo},
    "calc": {"request-sheet": request_sheet, "spec-sheet": spec_sheet},
}

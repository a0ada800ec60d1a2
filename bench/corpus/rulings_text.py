"""The sentences ruling requests are written in, several wordings each, picked per letter."""

from __future__ import annotations

import random

from bench.corpus.formats import DateStyle
from bench.corpus.rulings_pools import COUNTRIES, SUBJECT_TITLES
from bench.corpus.rulings_spec import RulingSpec

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NCSD_ADDRESS = ("National Commodity Specialist Division", "U.S. Customs and Border Protection",
                "One Penn Plaza, 10th Floor", "New York, NY 10119")
HQ_ADDRESS = ("Director, Regulations and Rulings", "Office of Trade",
              "U.S. Customs and Border Protection", "90 K Street NE, 10th Floor",
              "Washington, DC 20229")
CLEAR = (
    "To the best of our knowledge, the issue is not pending before, and has not been considered "
    "by, any CBP office, the Court of International Trade, the Court of Appeals for the Federal "
    "Circuit or any other court (19 CFR 177.2(b)(5)).",
    "Neither the requester nor, to its knowledge, any related party has raised this issue with "
    "any CBP office or any court, and no such matter is pending; the request is not one of a "
    "series.",
    "The same transaction or issue is not and was not before any CBP office, the Court of "
    "International Trade, the Federal Circuit or an appellate court.",
)
COURT = (
    "The same issue is pending before the U.S. Court of International Trade in {name} v. United "
    "States, Court No. 24-00{n}.",
    "The classification of identical merchandise imported by {name} is the subject of an appeal "
    "now pending before the Court of Appeals for the Federal Circuit.",
)
BEFORE_CBP = (
    "The same issue is currently under review by the Port of {port} in connection with a "
    "request for information (CBP Form 28).",
    "This question is presently before the CBP Port Director at {port}, who has been asked to "
    "seek internal advice from Headquarters.",
)


def subject_title(spec: RulingSpec) -> str:
    subjects = (spec.ruling_type, *spec.other_subjects)
    return " and ".join(SUBJECT_TITLES[s] for s in subjects)


def addressee(spec: RulingSpec) -> tuple[str, ...]:
    return NCSD_ADDRESS if spec.route == "NCSD" else HQ_ADDRESS


def re_line(spec: RulingSpec) -> str:
    goods = spec.product.goods
    if spec.reconsider:
        return (f"Re: Request for reconsideration of New York Ruling {spec.reconsider} "
                f"({subject_title(spec)}) - {goods}")
    return f"Re: Binding ruling request ({subject_title(spec)}) - {goods}"


def ports_text(spec: RulingSpec) -> str:
    names = [spec.port_names[p] + (f" ({p})" if spec.ports_by_code else "") for p in spec.ports]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def ports_sentence(spec: RulingSpec, rng: random.Random) -> str:
    plural = "ports" if len(spec.ports) > 1 else "port"
    verb = "were entered" if spec.entry else rng.choice(("will be entered", "will arrive"))
    return f"The merchandise {verb} at the {plural} of {ports_text(spec)}."


def transaction(spec: RulingSpec, rng: random.Random, fmt: DateStyle) -> str:
    country = rng.choice(COUNTRIES)
    name, goods = spec.requester.name, spec.product.goods
    entry = spec.entry
    if entry is None:
        lead = f"{name} intends to import the {goods} from {country} for sale to retailers in " \
            "the United States. No shipment has been made yet."
        if spec.hypothetical:
            lead += (f" We ask how CBP would classify the {goods} if, hypothetically, they were "
                     "imported without their antennas.")
        return lead
    text = (f"{name} imported the {goods} from {country}. The goods were entered on "
            f"{fmt(entry.entry_date)} under entry number {entry.number}")
    if entry.liquidated:
        assert entry.liquidation_date is not None
        return text + f", which was liquidated on {fmt(entry.liquidation_date)}."
    return text + ", which has not yet been liquidated."


def items_sentences(spec: RulingSpec) -> list[str]:
    if not spec.items:
        return []
    count = len(spec.items)
    word = NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else str(count)
    out = [f"This request covers {word} ({count}) items: {', '.join(spec.items)}."]
    if spec.same_kind is True:
        out.append("All of the items are of the same class or kind.")
    elif spec.same_kind is False:
        out.append("The items are of different kinds.")
    return out


def hts_sentence(spec: RulingSpec) -> str:
    numbers = " and ".join(spec.product.hts)
    noun = "subheadings" if len(spec.product.hts) > 1 else "subheading"
    return f"We submit that the {spec.product.goods} are classified in {noun} {numbers}, HTSUS."


def pending_sentence(spec: RulingSpec, rng: random.Random) -> str | None:
    if spec.pending == "absent":
        return None
    if spec.pending == "clear":
        return rng.choice(CLEAR)
    if spec.pending == "court":
        return rng.choice(COURT).format(name=spec.requester.name, n=rng.randint(100, 999))
    port = spec.port_names[spec.ports[0]] if spec.ports else "Houston"
    return rng.choice(BEFORE_CBP).format(port=port)


def sample_sentence(spec: RulingSpec, rng: random.Random) -> str | None:
    goods = spec.product.goods
    if spec.sample is None:
        return None
    if spec.sample:
        return rng.choice((f"A sample of the {goods} is enclosed; it need not be returned.",
                           # Photographs alone are documents, not a sample (issue 13).
                           f"A sample of the {goods} is being sent under separate cover; "
                           "photographs are attached to this request."))
    return "No sample is available, as the goods are not yet in production."


def confidential_sentence(spec: RulingSpec) -> str | None:
    if spec.confidential is None:
        return None
    if spec.confidential:
        return ("We request that the purchase price and the selling price be treated as "
                "confidential under 19 CFR 177.2(b)(7), because their disclosure would harm the "
                "requester's competitive position.")
    return "No confidential treatment is requested for any information in this letter."


def prices_sentence(spec: RulingSpec) -> str:
    product = spec.product
    return (f"Purchase price: ${product.purchase_price} per unit. "
            f"U.S. selling price: ${product.selling_price} per unit.")


def authority_sentence(spec: RulingSpec) -> str | None:
    if spec.agent is None or not spec.agent.authority_stated:
        return None
    return (f"We are authorized to act for {spec.requester.name} in this matter; a power of "
            "attorney is enclosed.")

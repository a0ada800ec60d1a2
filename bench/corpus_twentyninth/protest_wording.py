"""Sentences a protest is made of, in several wordings; every style draws from these."""

from __future__ import annotations

import random

from bench.corpus_twentyninth.doc import Doc
from bench.corpus_twentyninth.parties import fmt_date
from bench.corpus_twentyninth.protest_cases import ProtestFacts

DECISION = {
    "classification": "the classification and rate of duty",
    "appraised_value": "the appraised value",
    "charges": "the merchandise processing fee assessed",
    None: "the decision on the petition",
}


def decision_words(f: ProtestFacts) -> str:
    return DECISION[f.category]


def grounds(f: ProtestFacts, doc: Doc, ds: str, rnd: random.Random) -> str:
    hts, claimed = f.goods[1], f.claimed_hts
    liq = f.entries[0].liquidation
    done = "is to liquidate" if liq and f.received <= liq else "liquidated"
    if f.case == "invalid":
        assert f.petition_decision is not None
        return (
            f"Protestant objects to the decision of the Fines, Penalties and Forfeitures Office "
            f"dated {fmt_date(f.petition_decision, ds)} on its petition for relief from the "
            f"liquidated damages claim issued on the entry below (19 CFR 172.22), and asks that "
            f"the claim be cancelled in full."
        )
    if not f.justified:
        return {
            "classification": f"Protestant objects to the classification of the merchandise "
            f"under subheading {hts}, HTSUS.",
            "appraised_value": "Protestant objects to the appraised value.",
            "charges": "Protestant objects to the fees assessed.",
        }[f.category or "charges"]
    if f.category == "appraised_value":
        return rnd.choice(
            [
                "CBP appraised the merchandise at the price paid plus a buying commission. The "
                "commission was paid to the importer's own buying agent in the country of export "
                "and is not part of the price actually paid or payable (19 U.S.C. 1401a(b)(1)); "
                "transaction value without it is the correct basis, and the excess duties should "
                "be refunded with interest.",
                "The port added an assist to the invoice price. No tooling, molds or engineering "
                "were supplied by the importer free of charge or at reduced cost; the invoice "
                "price is the transaction value under 19 U.S.C. 1401a(b), and the entries should "
                "be reliquidated at the declared value.",
            ]
        )
    if f.category == "charges":
        return (
            "CBP assessed a merchandise processing fee above the maximum per entry set by "
            "19 CFR 24.23(b)(1)(i)(B). The excess fee should be refunded."
        )
    return rnd.choice(
        [
            f"CBP {done} the merchandise under subheading {hts}, HTSUS. The goods are "
            f"properly classified under subheading {claimed}, HTSUS, which describes them by "
            f"name; under GRI 1 the heading that names the article prevails over a basket "
            f"provision. Protestant asks for reliquidation at the lower rate and a refund of the "
            f"excess duties with interest.",
            f"The port reclassified the goods from subheading {claimed} to {hts}, HTSUS, on the "
            f"view that they are parts. They are complete articles as imported (GRI 2(a)), are "
            f"sold at retail without further work, and belong in subheading {claimed}. The excess "
            f"duty should be refunded.",
        ]
    )


def drawback(f: ProtestFacts, rnd: random.Random) -> str | None:
    if f.drawback is None:
        return None
    if f.drawback == "yes":
        return rnd.choice(
            [
                "The merchandise is the subject of a pending drawback claim.",
                "A drawback claim has been filed on these entries.",
            ]
        )
    return rnd.choice(
        [
            "The entries are not subject to drawback.",
            "None of the merchandise is the subject of a drawback claim.",
            "No drawback has been or will be claimed on these entries.",
        ]
    )


def further_review(f: ProtestFacts, rnd: random.Random) -> str:
    if f.further_review:
        return rnd.choice(
            [
                "Further review is requested under 19 CFR 174.24(b): the decision raises a "
                "question of law not previously ruled upon. No application for further review and "
                "no court action on the same claim is pending.",
                "Protestant applies for further review (19 CFR 174.24(a)): the decision is "
                "inconsistent with rulings on substantially similar merchandise. There is no "
                "prior adverse decision and no pending court action on the same claim.",
            ]
        )
    return rnd.choice(
        [
            "Further review is not requested.",
            "No application for further review is made at this time.",
        ]
    )


def accelerated(f: ProtestFacts, rnd: random.Random) -> str | None:
    if f.accelerated:
        return (
            "This protest is sent by certified mail, return receipt requested, and accelerated "
            "disposition is requested under 19 U.S.C. 1515(b)."
        )
    return rnd.choice([None, "Accelerated disposition is not requested."])


def courtesy_notice(f: ProtestFacts, ds: str) -> str | None:
    """A protest filed on the courtesy notice of liquidation, before the liquidation itself."""
    liq = f.entries[0].liquidation
    if not liq or f.received > liq:
        return None
    return (
        f"The entry is scheduled to liquidate on {fmt_date(liq, ds)} according to the courtesy "
        "notice of liquidation (CBP Form 4333-A) we received; we file now so that the protest is "
        "on record in time."
    )


def earlier(f: ProtestFacts, ds: str) -> str | None:
    if not f.earlier:
        return None
    number, date = f.earlier
    when = f", received {fmt_date(date, ds)}," if date else ""
    return (
        f"Protestant asks for the same disposition as Protest No. {number}{when} on the same "
        f"merchandise, for which further review is pending."
    )


def closing(f: ProtestFacts, ds: str, rnd: random.Random) -> list[tuple[str, str]]:
    """The statements after the grounds, each with the label a form-like layout puts before it."""
    pairs = [
        ("Timing", courtesy_notice(f, ds)),
        ("Earlier protest", earlier(f, ds)),
        ("Drawback", drawback(f, rnd)),
        ("Further review", further_review(f, rnd)),
        ("Disposition", accelerated(f, rnd)),
    ]
    return [(label, text) for label, text in pairs if text]

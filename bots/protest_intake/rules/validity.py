"""Whether the protest may be made at all: one per entry and goods (1514(c)(1)), 1514(b)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bots.common.findings import finding
from bots.customs.identifiers import mask_importer_number
from bots.protest_intake.model import PriorProtest, ProtestFacts
from bots.protest_intake.phrasings import AD_CVD_WORDS
from bots.protest_intake.rules._common import (
    AT_LEAST_INVALID,
    CITE_CONSOLIDATED,
    CITE_LD_PETITION,
    CITE_NOT_PROTESTABLE,
    CITE_ONE_PROTEST,
    CITE_PENALTY_PETITION,
    entry_key,
    entry_number_key,
    fold,
    same_party,
    same_protest_number,
)
from tradebots.facts import Finding

# A penalty decided on petition (19 CFR 171.22): named as the penalty, or as the petition and
# its mitigation ("the mitigated amount in the decision on our petition", "Part 171 relief").
_PENALTY = re.compile(r"\b(penalt(y|ies)|1592|mitigation petition|mitigated\s+(amount|sum)"
                      r"|decision\s+on\s+(our|the|its|their|a)\s+petition"
                      r"|petition\s+for\s+(relief|mitigation|remission)|part\s+171)\b", re.I)
# Liquidated damages decided on petition (19 CFR 172.22): named, or by their Part.
_LIQUIDATED_DAMAGES = re.compile(r"\bliquidated\s+damages\b|\bpart\s+172\b", re.I)


# The AD/CVD figure attributed to Commerce: "the antidumping duty rate ..., as determined by the
# Department of Commerce in its final results", "the margin Commerce calculated", "the
# countervailing duty rate set by Commerce".
_BY_COMMERCE = re.compile(
    r"(?i)\b(?:rate|margin|dut(?:y|ies))\b[^.;]{0,80}?\b(?:determined|calculated|set|found"
    r"|established|assigned|computed)\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:department\s+of\s+)?"
    r"commerce\b"
    r"|\b(?:margin|rate)\s+(?:that\s+)?(?:the\s+)?(?:department\s+of\s+)?commerce\s+"
    r"(?:calculated|determined|set|assigned|found|computed)\b")
# ... and that figure is a dumping or subsidy one by the objection's own words: "a rate Commerce
# determined" alone may be any rate, so it stays a question.
_DUMPING = re.compile(r"(?i)\b(?:anti-?dumping|countervailing|ad/cvd|(?:dumping\s+)?margin"
                      r"|subsid\w*|final\s+results|administrative\s+review)\b")
# What CBP did against Commerce's instructions is protestable (CBP's own act): a word of it
# keeps the question with a person.
_CBP_MISAPPLIED = re.compile(
    r"(?i)\b(?:instead\s+of|contrary\s+to|rather\s+than|not\s+in\s+accordance|misappl\w*"
    r"|fail\w*\s+to\s+(?:apply|follow)|did\s+not\s+(?:apply|follow)|ignor\w*|disregard\w*"
    r"|wrong\s+(?:case|company|rate\s+was\s+applied)|clerical|ministerial"
    r"|should\s+have\s+(?:applied|used|liquidated)|liquidation\s+instructions?\s+(?:were|was)\s+not)\b")


def _attacks_commerce(facts: ProtestFacts) -> bool:
    """Whether the objection attacks Commerce's AD/CVD figure itself, names no other decision
    (the liquidation is where the rate is assessed) and says nothing of CBP misapplying it."""
    text = facts.objection_text or ""
    return facts.category in (None, "liquidation") and bool(_BY_COMMERCE.search(text)) \
        and bool(_DUMPING.search(text)) and not _CBP_MISAPPLIED.search(text)


def _same_goods(a: str | None, b: str | None) -> bool | None:
    # Equal descriptions are the same goods; different words may still describe the same goods
    # ("bolts", "steel fasteners"), so anything else is left to a person.
    return True if fold(a) and fold(a) == fold(b) else None


def check_one_protest(facts: ProtestFacts, prior_protests: Sequence[PriorProtest]) -> list[Finding]:
    """1514(c)(1): a second protest by the same party on the same entry and goods is invalid.

    "Category of merchandise" is the goods, not the decision protested (Russ Togs), so the
    earlier protest's decision does not matter. Another party's protest is consolidated (174.15).
    """
    keys = {entry_key(e, i) for i, e in enumerate(facts.entries)}
    findings: list[Finding] = []
    for prior in prior_protests:
        entry = entry_number_key(prior.entry_number)
        if entry not in keys or same_protest_number(prior.protest_number, facts.protest_number):
            continue
        party = same_party(
            prior.importer_number,
            prior.protestant_name,
            facts.importer_number,
            facts.protestant_name,
        )
        goods = _same_goods(prior.merchandise_description, facts.merchandise_description)
        facts_data: dict[str, Any] = {"entry": entry, "prior_protest": prior.protest_number}
        if party is False:
            other = mask_importer_number(prior.protestant_name or prior.importer_number or "?")
            findings.append(
                finding(
                    "P-ONE-2",
                    CITE_CONSOLIDATED,
                    "info",
                    f"{entry}: protest {prior.protest_number} by another party ({other}) "
                    "is on file; protests on the same goods are consolidated.",
                    **facts_data,
                )
            )
        elif party and goods:
            findings.append(
                finding(
                    "P-ONE-1",
                    CITE_ONE_PROTEST,
                    "error",
                    f"{entry}: the same party already protested these goods in protest "
                    f"{prior.protest_number}; only one protest per entry and category of "
                    "merchandise is allowed, whatever decision it attacks.",
                    outcome="invalid",
                    **facts_data,
                )
            )
        else:
            unknown = [what for what, known in (("party", party), ("goods", goods)) if not known]
            open_point = " and ".join(f"the same {what}" for what in unknown)
            findings.append(
                finding(
                    "P-ONE-1",
                    CITE_ONE_PROTEST,
                    "warning",
                    f"{entry}: protest {prior.protest_number} is on file; whether it is by "
                    f"{open_point} cannot be told from the facts.",
                    moot_if=AT_LEAST_INVALID,
                    **facts_data,
                )
            )
    return findings


def check_stated_earlier(facts: ProtestFacts) -> list[Finding]:
    """1514(c)(1) on the protest's own word: "we already protested this same entry and these
    same goods" makes it a second protest, invalid whatever decision it attacks (Russ Togs).
    When it does not say the goods, or whose the earlier protest was, a person settles it."""
    stated = facts.stated_earlier
    if stated is None:
        return []
    earlier = f"protest {stated.protest_number}" if stated.protest_number else "an earlier protest"
    data: dict[str, Any] = {"prior_protest": stated.protest_number}
    if stated.same_goods and stated.own:
        return [finding(
            "P-ONE-3", CITE_ONE_PROTEST, "error",
            f"The protest says the same party already protested these goods on this entry in "
            f"{earlier}; only one protest per entry and category of merchandise is allowed, "
            "whatever decision it attacks.", outcome="invalid", **data)]
    unknown = [what for what, known in (("party", stated.own), ("goods", stated.same_goods))
               if not known]
    return [finding(
        "P-ONE-3", CITE_ONE_PROTEST, "warning",
        f"The protest says an entry of it was protested before ({earlier}); whether by "
        f"{' and '.join(f'the same {what}' for what in unknown)} it does not say.",
        moot_if=AT_LEAST_INVALID, **data)]


def check_protestable(facts: ProtestFacts) -> list[Finding]:
    """1514(b), 171.22, 172.22: AD/CVD determinations, penalty and LD decisions are not protestable.

    Only words point to these, so the bot calls a protest invalid only when it names no
    protestable decision and speaks of a penalty or liquidated damages; anything else is a question.
    """
    text = facts.objection_text or ""
    findings: list[Finding] = []
    if _attacks_commerce(facts):
        findings.append(
            finding(
                "P-NOPROT-1",
                CITE_NOT_PROTESTABLE,
                "error",
                "The objection attacks the antidumping or countervailing duty rate as the "
                "Department of Commerce determined it, and says nothing of CBP misapplying "
                "Commerce's instructions: Commerce's determination cannot be protested.",
                outcome="invalid",
            )
        )
    elif AD_CVD_WORDS.search(text) or facts.ad_cvd_named:
        # Commerce's determination is not protestable, CBP's application of it is; the words may
        # sit in the sentence lodging the protest rather than under the objection's heading.
        findings.append(
            finding(
                "P-NOPROT-1",
                CITE_NOT_PROTESTABLE,
                "warning",
                "The objection speaks of antidumping or countervailing duties: it may attack "
                "Commerce's determination, which cannot be protested.",
                moot_if=AT_LEAST_INVALID,
            )
        )
    for rule, pattern, citation, what in (
        ("P-NOPROT-2", _PENALTY, CITE_PENALTY_PETITION, "a penalty decision"),
        ("P-NOPROT-3", _LIQUIDATED_DAMAGES, CITE_LD_PETITION, "a liquidated damages decision"),
    ):
        if not pattern.search(text):
            continue
        if facts.category is None:
            findings.append(
                finding(
                    rule,
                    citation,
                    "error",
                    f"The protest names no protestable decision and objects to {what}, which is "
                    "decided on petition and cannot be protested.",
                    outcome="invalid",
                )
            )
        else:
            findings.append(
                finding(
                    rule,
                    citation,
                    "warning",
                    f"The objection speaks of {what}, which cannot be protested.",
                    moot_if=AT_LEAST_INVALID,
                )
            )
    return findings

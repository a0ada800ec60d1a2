"""The ruling-request scenarios of the sample corpus: what each letter gives and what it means.

Each scenario changes a complete request of its subject and states the designed outcome, missing
list and no-ruling ground by hand (tests check them against the rules separately).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from bench.corpus.rulings_pools import (
    CLASSIFICATION,
    FIRMS,
    IMPORTER_NUMBERS,
    ITEM_SETS,
    MIXED_ITEMS,
    REQUESTERS,
    SIGNERS,
    SSN_IMPORTER,
    SUBJECT_ARGUMENT,
    TERMS,
)
from bench.corpus.rulings_spec import Agent, EntryMade, Party, RulingLayout, RulingSpec
from bots.ruling_triage.model import RulingType
from sandbox.portal.seed_entries import PORTS

Change = Callable[[RulingSpec, random.Random], dict[str, Any]]
AGENT_LAYOUTS: tuple[RulingLayout, ...] = ("firm_letter", "broker_form")
ENTRY_NUMBERS = ("ABC-1234567-6", "B12-0458812-3", "987-2210034-5", "DEF-7781203-1")


def base(rng: random.Random, subject: RulingType, layout: RulingLayout, producer: str,
         scenario: str) -> RulingSpec:
    """A complete, prospective request of SUBJECT that the rules accept."""
    product = rng.choice(CLASSIFICATION)
    if subject != "classification":
        product = replace(product, hts=(), basis=SUBJECT_ARGUMENT[subject])
    letter_date = date(2025, 1, 6) + timedelta(days=rng.randint(0, 300))
    received = letter_date + timedelta(days=rng.randint(2, 6))
    stamped = rng.random() < 0.35
    requester = rng.choice(REQUESTERS)
    agent = None if layout == "importer_letter" else Agent(rng.choice(FIRMS), True)
    ports = tuple(rng.sample(sorted(PORTS), rng.choice((1, 1, 2))))
    classification = subject == "classification"
    return RulingSpec(
        scenario=scenario, layout=layout, producer="reportlab" if producer == "reportlab"
        else "chromium", requester=requester,
        importer_number=rng.choice(IMPORTER_NUMBERS), agent=agent, signer=rng.choice(SIGNERS),
        letter_date=letter_date, received=received, stamped=stamped,
        received_arg=received + timedelta(days=rng.randint(1, 3)) if stamped else received,
        ruling_type=subject, other_subjects=(), product=product, show_description=True,
        show_materials=classification or rng.random() < 0.5,
        show_use=classification or rng.random() < 0.5, show_transaction=True,
        show_hts=classification, show_basis=True,
        terms_of_sale=rng.choice(TERMS) if subject == "valuation" else None,
        related=rng.choice((True, False)) if subject == "valuation" else None,
        ports=ports, ports_by_code=rng.random() < 0.6, items=(), same_kind=None,
        pending="clear", sample=rng.choice((True, False, None)),
        confidential=rng.choice((True, False, None)), signed=True, reconsider=None, entry=None,
        hypothetical=False, electronic=rng.random() < 0.2, expected_outcome="accept",
        expected_missing=(), expected_reason=None, port_names=dict(PORTS),
    )


def _accept(**changes: Any) -> Change:
    return lambda spec, rng: dict(changes)


def _multi(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
    return {"other_subjects": ("valuation",), "terms_of_sale": rng.choice(TERMS),
            "related": False}


def _reconsider(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
    return {"reconsider": f"N{rng.randint(300000, 349999)}"}


def _items(count: int, same_kind: bool | None, **expected: Any) -> Change:
    def change(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
        names = MIXED_ITEMS[:count] if same_kind is False else rng.choice(ITEM_SETS)[:count]
        return {"items": names, "same_kind": same_kind, **expected}

    return change


def _deficient(*missing: str, **changes: Any) -> Change:
    return lambda spec, rng: {**changes, "expected_outcome": "deficient",
                              "expected_missing": missing}


def _classification_gap(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
    dropped = rng.choice(("show_use", "show_materials", "show_description", "show_transaction"))
    if dropped == "show_transaction":
        # Where the goods will be entered states a prospective importation, the transaction
        # 177.2(b)(2)(i) names: a letter without its transaction says nothing of the ports either,
        # so it lacks them under 177.2(b)(1) too.
        return {dropped: False, "ports": (), "expected_outcome": "deficient",
                "expected_missing": ("177.2(b)(1)", "177.2(b)(2)")}
    return {dropped: False, "expected_outcome": "deficient", "expected_missing": ("177.2(b)(2)",)}


def _parties_gap(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
    if rng.random() < 0.5:
        return {"ports": (), "expected_outcome": "deficient", "expected_missing": ("177.2(b)(1)",)}
    requester = Party(spec.requester.name, None, spec.requester.city)
    return {"requester": requester, "expected_outcome": "deficient",
            "expected_missing": ("177.2(b)(1)",)}


def _valuation_gap(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
    dropped = rng.choice(("terms_of_sale", "related"))
    return {dropped: None, "expected_outcome": "deficient", "expected_missing": ("177.2(b)(2)",)}


def _no_ruling(reason: str, *missing: str, **changes: Any) -> Change:
    return lambda spec, rng: {**changes, "expected_outcome": "no_ruling",
                              "expected_missing": missing, "expected_reason": reason}


def _entry(liquidated: bool) -> Change:
    def change(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
        entry_date = spec.letter_date - timedelta(days=rng.randint(200, 400))
        liquidation = entry_date + timedelta(days=rng.randint(300, 330)) if liquidated else None
        if liquidation is not None and liquidation >= spec.letter_date:
            liquidation = spec.letter_date - timedelta(days=rng.randint(20, 60))
        made = EntryMade(rng.choice(ENTRY_NUMBERS), entry_date, liquidation, liquidated)
        return {"entry": made, "expected_outcome": "no_ruling", "expected_missing": (),
                "expected_reason": "completed" if liquidated else "current"}

    return change


def _ssn(spec: RulingSpec, rng: random.Random) -> dict[str, Any]:
    return {"importer_number": SSN_IMPORTER}


# name -> (subject, layouts allowed (empty: any), change)
SCENARIOS: dict[str, tuple[RulingType, tuple[RulingLayout, ...], Change]] = {
    "accept_classification": ("classification", (), _accept()),
    "accept_origin": ("origin", (), _accept()),
    "accept_marking": ("marking", (), _accept()),
    "accept_valuation": ("valuation", (), _accept()),
    "accept_carrier": ("carrier", (), _accept()),
    "accept_other": ("other", (), _accept()),
    "accept_sole_proprietor": ("classification", ("importer_letter",), _ssn),
    "accept_multi_subject": ("classification", (), _multi),
    "accept_reconsideration": ("classification", (), _reconsider),
    "accept_items_same_kind": ("classification", (), _items(4, True)),
    "deficient_no_pending_statement": ("classification", (),
                                       _deficient("177.2(b)(5)", pending="absent")),
    "deficient_classification_facts": ("classification", (), _classification_gap),
    "deficient_unsigned": ("origin", (), _deficient("177.2(c)", signed=False)),
    "deficient_no_basis": ("classification", (), _deficient("177.2(b)(6)", show_basis=False)),
    "deficient_parties": ("marking", AGENT_LAYOUTS, _parties_gap),
    "deficient_valuation_facts": ("valuation", (), _valuation_gap),
    "deficient_too_many_items": ("classification", (),
                                 _items(7, True, expected_outcome="deficient")),
    "deficient_mixed_items": ("classification", (),
                              _items(3, False, expected_outcome="deficient")),
    "needs_human_agent_authority": ("classification", AGENT_LAYOUTS, lambda spec, rng: {
        "agent": replace(spec.agent, authority_stated=False) if spec.agent else None,
        "expected_outcome": "needs_human"}),
    "deficient_several": ("classification", (),
                          _deficient("177.2(b)(5)", "177.2(c)", pending="absent", signed=False)),
    "no_ruling_court": ("classification", (), _no_ruling("court", pending="court")),
    "no_ruling_liquidated": ("classification", (), _entry(True)),
    "no_ruling_unliquidated": ("valuation", (), _entry(False)),
    "no_ruling_before_cbp": ("origin", (), _no_ruling("before_cbp", pending="cbp")),
    "no_ruling_hypothetical": ("classification", (), _no_ruling("hypothetical",
                                                                hypothetical=True)),
    "no_ruling_court_unsigned": ("marking", (),
                                 _no_ruling("court", "177.2(c)", pending="court", signed=False)),
    "needs_human_items_unclear": ("classification", (),
                                  _items(3, None, expected_outcome="needs_human")),
}


def build_spec(name: str, rng: random.Random, layout: RulingLayout, producer: str) -> RulingSpec:
    subject, _, change = SCENARIOS[name]
    spec = base(rng, subject, layout, producer, name)
    spec = replace(spec, **change(spec, rng))
    if (spec.importer_number and _CBP_ASSIGNED.fullmatch(spec.importer_number)
            and spec.expected_outcome == "accept"):
        # customs-rules.md marks the CBP-assigned form VERIFY ("the bot must send such cases
        # to a person", 19 CFR 24.5): a request otherwise complete goes to a person.
        spec = replace(spec, expected_outcome="needs_human")
    return spec


_CBP_ASSIGNED = re.compile(r"\d{6}-\d{5}")

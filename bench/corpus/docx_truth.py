"""Truth files in corpus-b's format, written from the scenario (never from a reader).

Keys the contract leaves open for the document at hand go to `not_scored`, as corpus-b does.
"""

from __future__ import annotations

from typing import Any

from bench.corpus.penalties_spec import PenaltySpec
from bench.corpus.rulings_spec import RulingSpec
from bench.corpus.spec import Spec

CaseTruth = dict[str, Any]


def _args(received: str | None, today: str) -> list[str]:
    return (["--received", received] if received else []) + ["--today", today]


def protest_truth(spec: Spec, style: str) -> CaseTruth:
    decision: dict[str, Any] = {
        "outcome": spec.expected_outcome,
        "deadline": _iso(spec.expected_deadline()),
        "last_days": {k: v.isoformat() for k, v in spec.last_days().items()},
        "missing": list(spec.expected_missing),
    }
    not_scored = []
    if spec.expected_missing == ("174.13(a)(9)",):
        del decision["outcome"]
        not_scored.append("outcome: the only open point is the 174.13(a)(9) declaration "
                          "(a VERIFY line)")
    # As in corpus-b: --received always gives the receipt date, which a printed one equals.
    values = spec.truth() | {"received_date": spec.received.isoformat()}
    return {"kind": "protest", "case": spec.scenario, "style": style,
            "args": _args(spec.received.isoformat(), spec.today.isoformat()),
            "values": values, "decision": decision, "not_scored": not_scored}


def ruling_truth(spec: RulingSpec, style: str) -> CaseTruth:
    values = spec.truth()
    not_scored = []
    if spec.agent is not None:
        del values["requester_name"], values["requester_address"]
        not_scored.append("requester_name/address: written by an agent for the importer")
    if spec.ruling_type != "classification":
        del values["item_count"]
        not_scored.append("item_count outside classification")
    if spec.entry is not None and spec.entry.liquidated:
        del values["pending_before_cbp"]
        not_scored.append("pending_before_cbp for a liquidated entry")
    due = spec.expected_due()
    decision: dict[str, Any] = {"outcome": spec.expected_outcome, "route": spec.route,
                                "missing": list(spec.expected_missing)}
    if spec.expected_reason is None:
        decision["reason"] = None
    else:
        not_scored.append("reason: free text")
    if spec.route == "HQ" or spec.expected_outcome in ("accept", "needs_human"):
        decision["due"] = due.isoformat() if due else None
    else:
        not_scored.append("due for a deficient or no-ruling NCSD request")
    return {"kind": "ruling-request", "case": spec.scenario, "style": style,
            "args": _args(spec.received_arg.isoformat(), spec.received_arg.isoformat()),
            "values": values, "decision": decision, "not_scored": not_scored}


def penalty_truth(spec: PenaltySpec, style: str) -> CaseTruth:
    decision = spec.expected_decision()
    actual = decision["loss_of_duties"]["actual"]
    not_scored = []
    if spec.prior_disclosure and spec.culpability != "fraud":
        if actual > 0:
            del decision["proposed_penalty"]
            not_scored.append("proposed_penalty: interest a person computes")
        else:
            del decision["outcome"]
            not_scored.append("outcome of a (gross) negligence prior disclosure with no loss")
    return {"kind": "penalty-case", "case": spec.scenario, "style": style,
            "args": _args(None, spec.today.isoformat()), "values": spec.truth(),
            "decision": decision, "not_scored": not_scored}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None

"""The ruling bot's portal work: the case a request opens, found again by the item's reference."""

from __future__ import annotations

import shutil
from pathlib import Path

from bots.portal.facade import Portal
from bots.portal.records import RulingForm, SaveResult
from bots.ruling_triage.model import RulingDecision, RulingFacts

NOT_GIVEN = "(not given in the request)"


def ruling_form(facts: RulingFacts, decision: RulingDecision) -> RulingForm:
    """What the portal case records: type, product, proposed HTS and route."""
    return RulingForm(
        requester_name=facts.requester_name or NOT_GIVEN,
        ruling_type=facts.ruling_type or "other",
        product_description=facts.product_description or NOT_GIVEN,
        proposed_hts=facts.proposed_hts,
        route=decision.route,
    )


def open_case(portal: Portal, reference: str, form: RulingForm, request_pdf: Path) -> SaveResult:
    """Find or open the request's case and attach the request to it (once)."""
    saved = portal.find_or_create_ruling_case(reference, form)
    portal.attach_ruling_file(saved.number, request_pdf, kind="request")
    return saved


def named_copy(source: Path, folder: Path, name: str) -> Path:
    """SOURCE copied as NAME: the file store names files by digest, the portal shows the name a
    clerk recognizes."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(name).name
    shutil.copyfile(source, target)
    return target

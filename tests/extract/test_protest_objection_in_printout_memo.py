"""A broker's practice-management printout sets the argument in its free-text field, captioned
"MEMO" on a line of its own over what the broker typed. Where that text gives reasons, it is the
objection (19 CFR 174.13(a)(6)); a memo that gives none heads nothing, and a protest whose
labelled layout shows no objection anywhere is never accepted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "CargoDesk Practice Manager | Protest Worksheet            Printed 4 May 2024",
    "Protestant:      Tamarack Kitchenware Corp.",
    "Address:         77 West Ontario Street, Chicago, IL 60654",
    "IOR No.:         87-7351806",
    "Port of Entry:   2809 San Francisco",
    "Decision:        the appraised value of the merchandise",
    "ENTRIES",
    "Port     Entry Number       Entry Date        Liquidated          Status",
    "2809     HD2-3545257-4      26 April 2023     26 February 2024    LIQ",
    "Commodity: Bluetooth portable speakers, model GX-2",
]
_TAIL = [
    " Supporting invoices and the broker's worksheet are attached.",
    " We declare that the merchandise is not the subject of drawback.",
    " Accelerated disposition is not requested.",
    " Further review: not requested.",
    "Signed for the protestant: Esther Kowalczyk, Customs Compliance Manager",
    "Worksheet prepared by the broker for the protestant's signature",
]
_MEMOS = {
    "MEMO": ["MEMO",
             " CBP appraised the goods at a value that adds a buying commission paid to our own",
             " agent. A bona fide buying commission is not part of transaction value under 19",
             " U.S.C. 1401a(b), and the entered value should be restored."],
    "Memo:": ["Memo:",
              " The entries were liquidated at a rate advanced without notice while an extension",
              " was pending. The liquidation should be set aside and the entries reliquidated."],
    "Broker memo": ["Broker memo",
                    " The assist was valued twice: the molds were already in the price actually",
                    " paid, so the appraised value exceeds the transaction value."],
}


def _decided(tmp_path: Path, memo: list[str]) -> tuple[str | None, str]:
    facts = extract_protest(_letter_pdf(tmp_path / "m.pdf", [*_HEAD, *memo, *_TAIL])).facts
    decision, _ = decide(replace(facts, received_date=date(2024, 5, 6)), today=date(2024, 5, 20))
    return facts.objection_text, decision.outcome


@pytest.mark.parametrize("caption", sorted(_MEMOS))
def test_a_memo_that_gives_reasons_is_the_objection(tmp_path: Path, caption: str) -> None:
    objection, outcome = _decided(tmp_path, _MEMOS[caption])
    assert objection is not None
    assert outcome == "accept"


@pytest.mark.parametrize("note", [" Client to send the packing lists today.",
                                  " Client not happy with the duty; call him on Monday."])
def test_a_memo_that_gives_no_reason_is_no_objection(tmp_path: Path, note: str) -> None:
    objection, outcome = _decided(tmp_path, ["MEMO", note])
    assert objection is None
    assert outcome != "accept"

"""An all-figure date that can be read day first only ("27.08.2025": there is no month 27) is
read as printed, wherever the entry gives it: in a sentence, a bullet or a table row (174.13(a)(3)
and (4); the protest's period runs from it, 1514(c)(3)). Found with the fifty-second hand's memo,
read for senders in general: a liquidation date printed that way went unread, so 174.13(a)(4)
was called missing on a protest that gave it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "MEMORANDUM", "TO: U.S. Customs and Border Protection, Port of San Francisco",
    "FROM: Logistics Desk, Ormond & Pike Housewares Inc.",
    "SUBJECT: Protest under 19 U.S.C. 1514", "Port code: 2809",
    "Our importer of record no.: 53-5822623",
    "Protesting party: Ormond & Pike Housewares Inc., 92 Larkin Street, Paterson, NJ 07501",
]
_TAIL = [
    "Merchandise: Stainless steel vacuum bottles, 750 ml",
    "Decision protested: the appraised value of the merchandise.",
    "We declare that the merchandise is not the subject of drawback.",
    "Reasons. The port added an assist that was never supplied by the protestant. The",
    "transaction value declared is the proper basis of appraisement under 19 U.S.C. 1401a.",
    "/s/ Dmitri Okafor", "Logistics Manager",
]


@pytest.mark.parametrize(("entries", "entered", "liquidated"), [
    (["Entries covered by this protest:",
      "* Entry EF1-1208386-2, entered 06.12.2024, liquidated 27.08.2025"],
     date(2024, 12, 6), date(2025, 8, 27)),
    (["Entries covered by this protest:",
      "- Entry EF1-1208386-2, entered 16/12/2024, liquidated 27/08/2025"],
     date(2024, 12, 16), date(2025, 8, 27)),
    (["The protest covers entry EF1-1208386-2, entered on 16-12-2024 and liquidated on",
      "27-08-2025."], date(2024, 12, 16), date(2025, 8, 27)),
    (["Entry Number       Date of Entry     Date of Liquidation",
      "EF1-1208386-2      16.12.2024        27.08.2025"], date(2024, 12, 16), date(2025, 8, 27)),
    # One date readable one way only settles the other's order (day first: 3 June, not 6 March).
    (["Entries covered by this protest:",
      "* Entry EF1-1208386-2, entered 27.08.2024, liquidated 03.06.2025"],
     date(2024, 8, 27), date(2025, 6, 3)),
])
def test_a_date_readable_day_first_only_is_read(
    tmp_path: Path, entries: list[str], entered: date, liquidated: date,
) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_HEAD, *entries, *_TAIL])).facts
    assert (facts.entries[0].entry_date, facts.entries[0].liquidation_date) == (entered,
                                                                                liquidated)
    decision, _ = decide(facts, today=date(2026, 1, 29))
    assert "174.13(a)(4)" not in decision.missing

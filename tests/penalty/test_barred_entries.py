"""1621 per entry: an entry past its own five-year limit is not charged; a person splits it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bots.penalty_notice import decide_penalty
from tests.penalty.factories import EXAMPLE_ENTRIES, LIQUIDATED_ENTRY, TODAY, case

# The liquidated entry of the worked example, entered seven years before TODAY: barred two years.
OLD = replace(EXAMPLE_ENTRIES[0], entry_date=date(2017, 5, 2))


def test_a_referral_with_an_entry_barred_for_two_years_goes_to_a_person() -> None:
    decision, findings = decide_penalty(case(entries=(OLD, EXAMPLE_ENTRIES[1])), today=TODAY)
    assert (decision.outcome, decision.notice) == ("needs_human", "none")
    assert decision.barred_entries == (LIQUIDATED_ENTRY,)
    assert decision.to_contract_json()["barred_entries"] == [LIQUIDATED_ENTRY]
    barred = next(f for f in findings if f.rule == "PEN-SOL-ENTRY")
    assert barred.citation == "19 U.S.C. 1621" and barred.person_decides
    assert f"{LIQUIDATED_ENTRY} (entered 2017-05-02, limit 2022-05-02)" in barred.message
    # Out of the loss: its 6,000 actual; out of the penalty: 2 x 10,000 -> 2 x 4,000 (negligence);
    # out of the 1592(d) demand: the 6,000 actual loss it carried.
    assert "$6,000.00 of the loss of duties ($6,000.00 actual, $0.00 potential)" in barred.message
    assert "$12,000.00 of the proposed penalty ($20,000.00 -> $8,000.00)" in barred.message
    assert "$6,000.00 of the 1592(d) demand" in barred.message


def test_an_entry_on_the_last_day_of_its_limit_is_still_timely() -> None:
    last_day = replace(EXAMPLE_ENTRIES[0], entry_date=date(2019, 6, 3))
    decision, findings = decide_penalty(case(entries=(last_day,)), today=TODAY)
    assert decision.barred_entries == ()
    assert decision.outcome == "draft"
    assert "PEN-SOL-ENTRY" not in {f.rule for f in findings}


def test_when_every_entry_is_barred_the_whole_penalty_goes() -> None:
    decision, findings = decide_penalty(case(entries=(OLD,)), today=TODAY)
    assert decision.barred_entries == (LIQUIDATED_ENTRY,)
    barred = next(f for f in findings if f.rule == "PEN-SOL-ENTRY")
    assert "$12,000.00 of the proposed penalty ($12,000.00 -> $0.00)" in barred.message

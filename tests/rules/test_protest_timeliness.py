"""P-TIME-1..5: the protest period, entry by entry, with its citations (customs-rules.md §1)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bots.protest_intake.rules import decide
from bots.protest_intake.rules.timeliness import last_day
from tests.rules.factories import ENTRY, LAST_DAY, LIQUIDATED, OTHER_ENTRY, TODAY, entry, protest
from tradebots.facts import Finding


def rules_of(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def test_worked_example_last_day_is_liquidation_plus_180_days():
    decision, findings = decide(protest(), today=TODAY)
    assert decision.last_days == {ENTRY: date(2024, 7, 3)}
    assert decision.deadline == date(2024, 7, 3)
    assert decision.outcome == "accept"
    [timely] = [f for f in findings if f.rule == "P-TIME-1"]
    assert timely.citation == "19 U.S.C. 1514(c)(3); 19 CFR 174.12(f)"
    assert timely.severity == "info"


def test_received_on_day_181_is_untimely():
    decision, findings = decide(protest(received_date=LAST_DAY + timedelta(days=1)), today=TODAY)
    assert decision.outcome == "untimely"
    [late] = [f for f in findings if f.severity == "error"]
    assert (late.rule, late.data["entry"]) == ("P-TIME-1", ENTRY)


def test_received_on_the_liquidation_date_is_not_premature():
    decision, _ = decide(protest(received_date=LIQUIDATED), today=TODAY)
    assert decision.outcome == "accept"


def test_received_before_liquidation_is_premature():
    decision, findings = decide(protest(received_date=LIQUIDATED - timedelta(days=1)), today=TODAY)
    assert decision.outcome == "premature"
    [early] = [f for f in findings if f.severity == "error"]
    assert (early.rule, early.citation) == ("P-TIME-3", "19 U.S.C. 1514(c)(3)")


# Liquidated 2024-01-08: day 180 is Saturday 2024-07-06; the next business day is Monday the 8th.
SATURDAY_CASE = entry(liquidation_date=date(2024, 1, 8))


@pytest.mark.parametrize(
    ("received", "outcome"),
    [
        (date(2024, 7, 5), "accept"),  # Friday before the last day
        (date(2024, 7, 6), "accept"),  # on the last day, a Saturday: timely whatever the weekday
        (date(2024, 7, 7), "needs_human"),  # Sunday after it
        (date(2024, 7, 8), "needs_human"),  # Monday, the next business day
        (date(2024, 7, 9), "untimely"),  # Tuesday: after the next business day
    ],
)
def test_last_day_on_a_saturday(received, outcome):
    decision, findings = decide(
        protest(entries=(SATURDAY_CASE,), received_date=received), today=TODAY
    )
    assert decision.last_days == {ENTRY: date(2024, 7, 6)}
    assert decision.outcome == outcome
    if outcome == "needs_human":
        [question] = [f for f in findings if f.rule == "P-TIME-5"]
        assert question.citation == "19 U.S.C. 1514(c)(3); 19 CFR 174.12(f)"


def test_last_day_on_a_sunday_before_a_monday_holiday_receipt_on_tuesday():
    # Liquidated 2024-03-05: day 180 is Sunday 2024-09-01, Monday the 2nd is Labor Day.
    late_summer = entry(liquidation_date=date(2024, 3, 5))
    on_tuesday, _ = decide(
        protest(entries=(late_summer,), received_date=date(2024, 9, 3)), today=date(2024, 9, 10)
    )
    on_wednesday, _ = decide(
        protest(entries=(late_summer,), received_date=date(2024, 9, 4)), today=date(2024, 9, 10)
    )
    assert on_tuesday.outcome == "needs_human"
    assert on_wednesday.outcome == "untimely"


def test_last_day_on_a_monday_holiday_receipt_on_tuesday():
    # Liquidated 2023-11-29: day 180 is Memorial Day, Monday 2024-05-27.
    memorial = entry(liquidation_date=date(2023, 11, 29))
    decision, findings = decide(
        protest(entries=(memorial,), received_date=date(2024, 5, 28)), today=TODAY
    )
    assert decision.outcome == "needs_human"
    assert "P-TIME-5" in rules_of(findings)


def test_day_181_after_a_business_day_last_day_has_no_grace():
    # The worked example's day 181 is the 4th of July; the last day itself was a Wednesday.
    decision, findings = decide(protest(received_date=date(2024, 7, 5)), today=TODAY)
    assert decision.outcome == "untimely"
    assert "P-TIME-5" not in rules_of(findings)


@pytest.mark.parametrize(
    ("entry_date", "period"),
    [(date(2004, 12, 17), 90), (date(2004, 12, 18), 180)],
)
def test_entries_made_before_2004_12_18_have_90_days(entry_date, period):
    old = entry(entry_date=entry_date, liquidation_date=date(2005, 6, 1))
    decision, _ = decide(
        protest(entries=(old,), received_date=date(2005, 6, 1)), today=date(2006, 1, 1)
    )
    assert decision.last_days == {ENTRY: date(2005, 6, 1) + timedelta(days=period)}


def test_a_late_old_entry_cites_the_90_day_rule():
    old = entry(entry_date=date(2004, 6, 1), liquidation_date=date(2005, 1, 3))
    decision, findings = decide(
        protest(entries=(old,), received_date=date(2005, 4, 5)), today=date(2006, 1, 1)
    )
    assert decision.outcome == "untimely"
    [late] = [f for f in findings if f.severity == "error"]
    assert (late.rule, late.citation) == ("P-TIME-2", "19 CFR 174.12(e)")


def test_each_entry_has_its_own_last_day_and_the_deadline_is_the_earliest():
    later = entry(OTHER_ENTRY, liquidation_date=date(2024, 2, 1))
    decision, _ = decide(protest(entries=(entry(), later)), today=TODAY)
    assert decision.last_days == {ENTRY: date(2024, 7, 3), OTHER_ENTRY: date(2024, 7, 30)}
    assert decision.deadline == date(2024, 7, 3)


def test_some_entries_late_and_some_timely_goes_to_a_person_naming_the_late_ones():
    later = entry(OTHER_ENTRY, liquidation_date=date(2024, 2, 1))
    decision, findings = decide(
        protest(entries=(entry(), later), received_date=date(2024, 7, 10)), today=TODAY
    )
    assert decision.outcome == "needs_human"
    [summary] = [f for f in findings if f.data.get("entries")]
    assert summary.data["entries"] == [ENTRY]
    assert ENTRY in summary.message and OTHER_ENTRY in summary.message


def test_every_entry_late_is_untimely():
    later = entry(OTHER_ENTRY, liquidation_date=date(2024, 2, 1))
    decision, _ = decide(
        protest(entries=(entry(), later), received_date=date(2024, 8, 1)), today=TODAY
    )
    assert decision.outcome == "untimely"


def test_one_entry_premature_and_one_timely_goes_to_a_person():
    unliquidated = entry(OTHER_ENTRY, liquidation_date=date(2024, 7, 10))
    decision, _ = decide(protest(entries=(entry(), unliquidated)), today=TODAY)
    assert decision.outcome == "needs_human"


def test_surety_clock_runs_from_the_mailing_of_the_bond_demand():
    surety = protest(
        surety_protest=True,
        non_collusion_certified=True,
        bond_demand_mailed=date(2024, 3, 1),
        received_date=date(2024, 8, 20),
    )
    decision, findings = decide(surety, today=date(2024, 9, 1))
    assert decision.last_days == {ENTRY: date(2024, 8, 28)}
    assert decision.outcome == "accept"
    [clock] = [f for f in findings if f.rule == "P-TIME-4"]
    assert clock.citation == "19 U.S.C. 1514(c)(3)"


def test_surety_late_by_the_demand_is_untimely():
    surety = protest(
        surety_protest=True,
        non_collusion_certified=True,
        bond_demand_mailed=date(2024, 3, 1),
        received_date=date(2024, 9, 3),
    )
    decision, _ = decide(surety, today=date(2024, 9, 10))
    assert decision.outcome == "untimely"


def test_surety_late_by_liquidation_without_a_demand_date_goes_to_a_person():
    surety = protest(
        surety_protest=True, non_collusion_certified=True, received_date=date(2024, 8, 1)
    )
    decision, findings = decide(surety, today=TODAY)
    assert decision.outcome == "needs_human"
    assert "P-TIME-4" in rules_of(findings)


def test_portal_liquidation_date_wins_over_the_protests_own():
    decision, findings = decide(
        protest(received_date=date(2024, 7, 20)),
        today=TODAY,
        portal_liquidation={"ABC12345676": date(2024, 1, 25)},
    )
    assert decision.last_days == {ENTRY: date(2024, 7, 23)}
    assert decision.outcome == "accept"
    assert any(f.severity == "warning" and f.data.get("portal_date") for f in findings)


def test_portal_supplies_a_liquidation_date_the_protest_lacks():
    facts = protest(entries=(entry(liquidation_date=None),))
    decision, _ = decide(facts, today=TODAY, portal_liquidation={ENTRY: LIQUIDATED})
    assert decision.last_days == {ENTRY: LAST_DAY}
    assert decision.outcome == "deficient"
    assert decision.missing == ("174.13(a)(4)",)


def test_no_liquidation_date_anywhere_goes_to_a_person():
    decision, _ = decide(protest(entries=(entry(liquidation_date=None),)), today=TODAY)
    assert decision.outcome == "needs_human"
    assert decision.deadline is None


def test_unknown_entry_date_only_matters_between_day_90_and_day_180():
    undated = entry(entry_date=None)
    early, _ = decide(
        protest(entries=(undated,), received_date=LIQUIDATED + timedelta(days=60)), today=TODAY
    )
    between, _ = decide(
        protest(entries=(undated,), received_date=LIQUIDATED + timedelta(days=120)), today=TODAY
    )
    assert early.outcome == "deficient"  # 174.13(a)(3), but timely either way
    assert between.outcome == "needs_human"
    assert early.last_days == {}


def test_unknown_or_future_receipt_date_goes_to_a_person_but_keeps_the_last_days():
    unknown, _ = decide(protest(received_date=None), today=TODAY)
    future, _ = decide(protest(received_date=TODAY + timedelta(days=1)), today=TODAY)
    assert unknown.outcome == future.outcome == "needs_human"
    assert unknown.last_days == {ENTRY: LAST_DAY}


def test_surety_clock_also_applies_when_the_entry_date_is_missing():
    surety = protest(
        entries=(entry(entry_date=None),),
        surety_protest=True,
        non_collusion_certified=True,
        bond_demand_mailed=date(2024, 3, 1),
        received_date=date(2024, 8, 20),
    )
    decision, _ = decide(surety, today=date(2024, 9, 1))
    assert decision.outcome == "deficient"  # the entry date is missing, but not late either way
    assert decision.missing == ("174.13(a)(3)",)


@given(st.dates(min_value=date(2004, 12, 18)), st.dates())
def test_last_day_is_180_days_after_liquidation_for_entries_since_2004_12_18(made, liquidated):
    assume(liquidated <= date(9999, 6, 1))
    assert last_day(liquidated, made) == liquidated + timedelta(days=180)


# P-TIME-3 as corrected: a decision that involves no liquidation runs from its own date.
DECIDED = date(2024, 3, 1)  # the date of the decision protested, as the protest gives it


@pytest.mark.parametrize("category", ["exclusion", "reliquidation_1520d", "drawback"])
def test_a_decision_apart_from_liquidation_is_not_premature_on_an_unliquidated_entry(category):
    facts = protest(category=category, entries=(entry(liquidation_date=DECIDED),),
                    received_date=date(2024, 4, 1))
    decision, findings = decide(facts, today=date(2024, 4, 2), portal_unliquidated=[ENTRY])
    assert decision.outcome != "premature"
    assert "P-TIME-3" not in rules_of([f for f in findings if f.severity == "error"])
    assert decision.last_days == {ENTRY: DECIDED + timedelta(days=180)}


def test_a_1520d_refusal_runs_from_the_refusal_not_from_an_earlier_liquidation():
    facts = protest(category="reliquidation_1520d", entries=(entry(liquidation_date=DECIDED),),
                    received_date=date(2024, 5, 1))
    decision, _ = decide(facts, today=date(2024, 5, 2),
                         portal_liquidation={ENTRY: date(2023, 1, 6)})
    assert decision.outcome == "accept"
    assert decision.last_days == {ENTRY: date(2024, 8, 28)}


def test_a_charge_on_an_entry_not_yet_liquidated_runs_from_the_charge():
    facts = protest(category="charges", entries=(entry(liquidation_date=DECIDED),),
                    received_date=date(2024, 4, 1))
    decision, _ = decide(facts, today=date(2024, 4, 2), portal_unliquidated=[ENTRY])
    assert decision.outcome == "accept"


def test_a_charge_dated_apart_from_the_portals_liquidation_goes_to_a_person():
    facts = protest(category="charges", entries=(entry(liquidation_date=DECIDED),),
                    received_date=date(2024, 4, 1))
    decision, findings = decide(facts, today=date(2024, 4, 2),
                                portal_liquidation={ENTRY: LIQUIDATED})
    assert decision.outcome == "needs_human"
    [open_point] = [f for f in findings if f.rule == "P-TIME-3"]
    assert open_point.citation == "19 U.S.C. 1514(c)(3)(B)"


def test_a_classification_protest_on_an_unliquidated_entry_stays_premature():
    decision, _ = decide(protest(), today=TODAY, portal_unliquidated=[ENTRY])
    assert decision.outcome == "premature"


@pytest.mark.parametrize(("category", "outcome"), [
    ("classification", "premature"),  # decided in the liquidation the entry still awaits
    ("appraised_value", "premature"),
    ("exclusion", "needs_human"),  # decided apart from liquidation: its own date is missing
    (None, "needs_human"),  # no decision named: whether P-TIME-3 applies is open
])
def test_an_entry_the_protest_says_is_open_is_premature_only_for_a_liquidation_decision(
        category, outcome):
    facts = protest(entries=(entry(liquidation_date=None),), category=category,
                    stated_unliquidated=frozenset({ENTRY}))
    decision, _ = decide(facts, today=TODAY)
    assert decision.outcome == outcome

"""A filed notice starts the party's period: 30 days to respond, 60 to petition, or 7 working
days when the limitations date is near (162.78(a); 171.2(b), (e)). Pure."""

from __future__ import annotations

from datetime import date

from bots.penalty_notice.clocks import limitations_of, penalty_clocks

MAILED = date(2026, 8, 3)
FAR = date(2030, 1, 1)


def test_a_pre_penalty_notice_gives_thirty_days_to_respond():
    [response] = penalty_clocks("2026-1234", "pre_penalty", FAR, MAILED)
    assert (response.kind, response.case) == ("prepenalty_response", "penalty:2026-1234")
    assert response.citation.startswith("19 CFR 162.78(a)")
    assert response.expires == date(2026, 9, 2)


def test_with_under_a_year_left_the_response_period_is_seven_business_days():
    [response] = penalty_clocks("2026-1234", "pre_penalty", date(2027, 6, 1), MAILED)
    assert response.expires == date(2026, 8, 12)


def test_a_penalty_notice_gives_sixty_days_to_petition_or_seven_working_days_near_the_limit():
    [petition] = penalty_clocks("2026-1234", "penalty", FAR, MAILED)
    assert (petition.kind, petition.citation, petition.expires) == (
        "penalty_petition", "19 CFR 171.2(b)", date(2026, 10, 2))
    [short] = penalty_clocks("2026-1234", "penalty", date(2026, 12, 1), MAILED)
    assert (short.citation, short.expires) == ("19 CFR 171.2(e)", date(2026, 8, 12))


def test_no_notice_no_clock_and_the_limitations_date_comes_from_the_result():
    assert penalty_clocks("2026-1234", "none", FAR, MAILED) == []
    payload = {"result": {"decision": {"limitations_date": "2030-01-01"}}}
    assert limitations_of(payload) == FAR
    assert limitations_of({"result": {"decision": {"limitations_date": None}}}) is None

"""Senders' ways the sixtieth and sixty-first hands showed at first sight (issue 13, round 38),
each in several forms a real sender would use. Small letters printed and read."""

from __future__ import annotations

import pytest

from tests.ruling_read.test_phrasings import FACTS, read

_DENIED = ("A. To the best of our knowledge the issue is not pending before any CBP office, the "
           "Court of International Trade or any appellate court.")


@pytest.mark.parametrize("question", [
    'Q6. "Is the issue before any CBP office or any court?"',
    "Question 6: \u201cIs this matter pending before a court or before CBP?\u201d",
    "(f) 'Is the issue pending in any court or at any port?'",
    "6. [Is the issue before the Court of International Trade or CBP?]",
])
def test_a_question_quoted_back_asks_and_only_its_answer_states(tmp_path, question):
    # The sixtieth hand's reply letter quotes each of the office's questions back before its
    # answer: the quoted question names a court, and states nothing (19 CFR 177.2(b)(5)).
    output = read(tmp_path, pending="", facts=(*FACTS, question, _DENIED))
    assert output["values"]["pending_in_court"] is False
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_quoted_question_answered_with_a_court_case_is_still_the_court(tmp_path):
    output = read(tmp_path, pending="", facts=(
        *FACTS, 'Q6. "Is the issue before any CBP office or any court?"',
        "A. Yes. The same issue is now before the U.S. Court of International Trade in Acme Inc. "
        "v. United States, Court No. 24-00123."))
    assert output["values"]["pending_in_court"] is True
    assert output["decision"]["outcome"] == "no_ruling"

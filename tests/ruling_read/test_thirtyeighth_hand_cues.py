"""Senders' ways the thirty-eighth hand showed (issue 13, round 31: in-house counsel's numbered
letter, a summary table, a client questionnaire), each in several forms a real sender would use.
Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read

# Samples shown to someone else, in a clause whose verb speaks of something else: no word about
# a sample sent to CBP, whatever the sentence's other clause says is available or attached.
_OTHER_SAMPLES = [
    "The design has not changed from the samples shown to the buyer, and the supplier's bill "
    "of materials is available for review.",
    "The mats match the pre-production samples approved by our customer, and the test "
    "reports are attached.",
    "Colours may differ slightly from the samples seen at the trade fair; a colour card is "
    "enclosed.",
]


@pytest.mark.parametrize("other", _OTHER_SAMPLES)
@pytest.mark.parametrize(("statement", "sent"), [
    ("A sample is enclosed; please return it after the ruling is issued.", True),
    ("No sample is submitted.", False),
    ("A sample of the mat will be sent under separate cover.", True),
])
def test_samples_shown_to_others_say_nothing_of_the_sample_sent_to_cbp(
        tmp_path: Path, other: str, statement: str, sent: bool) -> None:
    output = read(tmp_path, facts=(*FACTS, other), sample=statement)
    assert output["values"]["sample_provided"] is sent
    assert output["evidence"]["sample_provided"]["text"].rstrip(".") in statement


# A numbered section for the 177.2(b)(5) statement whose body only points elsewhere: the reader
# saw where the statement goes and that the letter does not make it.
@pytest.mark.parametrize("heading", ["5. Statement under 19 CFR 177.2(b)(5)",
                                     "V. Pending matters (19 CFR 177.2(b)(5))",
                                     "5. Statement required by 177.2(b)(5):"])
@pytest.mark.parametrize("pointer", ["See the attached materials.", "See attachment B.",
                                     "Refer to the enclosed statement.", "To follow."])
def test_a_statement_section_that_only_points_elsewhere_states_nothing(
        tmp_path: Path, heading: str, pointer: str) -> None:
    output = read(tmp_path, facts=(*FACTS, heading), pending=pointer)
    assert output["values"]["pending_statement"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(5)" in output["decision"]["missing"]


@pytest.mark.parametrize("statement", [
    "We are not aware of this transaction or issue being under review by CBP or pending in any "
    "court.",
    "Pending matters: none. No CBP office or court has or had this issue before it.",
    "See our statement: the issue is not before CBP or any court.",
])
def test_a_statement_section_with_a_statement_states_it(tmp_path: Path, statement: str) -> None:
    output = read(tmp_path, facts=(*FACTS, "5. Statement under 19 CFR 177.2(b)(5)"),
                  pending=statement)
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


# The ports named by the entry planned there, a noun where other letters use a verb.
@pytest.mark.parametrize(("sentence", "ports"), [
    ("The goods are bought from Kaohsiung Precision Works Corp. and will be shipped by ocean "
     "container for entry at Miami (5201) and Charleston (1601).", ["5201", "1601"]),
    ("Harbor Goods LLC intends to buy the mats in Vietnam and ship them for customs clearance "
     "through Savannah (1703).", ["1703"]),
    ("Harbor Goods LLC intends to import the mats by air, with entry planned at Chicago (3901).",
     ["3901"]),
])
def test_the_port_an_entry_is_planned_at_is_a_port_of_entry(
        tmp_path: Path, sentence: str, ports: list[str]) -> None:
    output = read(tmp_path, facts=(sentence, *FACTS[1:]))
    assert output["values"]["ports"] == ports
    assert "177.2(b)(1)" not in output["decision"]["missing"]

"""How a read value is judged against a truth file: corpus-b's scoring rules, one by one."""

from __future__ import annotations

import pytest

from tradebots.benchmarks.reading_compare import fold, same, score_document

ENTRY = {"entry_number": "3BB-1976322-7", "entry_date": "2023-10-30",
         "liquidation_date": "2024-08-26"}
OTHER = {"entry_number": "112-6207438-5", "entry_date": "2024-01-04",
         "liquidation_date": "2024-11-19"}


def test_text_is_folded_runs_of_white_space_to_one_space_and_case() -> None:
    assert fold("  Lee's Kitchen\n <Wares>   LLC ") == "lee's kitchen <wares> llc"
    assert same("Lee's Kitchen <Wares> LLC", "LEE'S  KITCHEN\n<wares> llc")


def test_punctuation_is_part_of_a_name() -> None:
    assert not same("Lee's Kitchen <Wares> LLC", "Lees Kitchen Wares LLC")
    assert not same("Atlas Auto Parts & Accessories Corp.", "Atlas Auto Parts and Accessories Corp")


def test_money_is_equal_to_the_cent() -> None:
    assert same(16137.96, 16137.96000001)
    assert same(48210.0, 48210)
    assert not same(16137.96, 16137.97)
    assert not same(1234.56, "1234.56")


def test_a_boolean_is_not_a_number() -> None:
    assert same(True, True)
    assert not same(True, 1)
    assert not same(0.0, False)


def test_null_and_the_empty_list_are_values_of_their_own() -> None:
    assert same(None, None)
    assert not same(None, "")
    assert same([], [])
    assert not same([], None)
    assert not same(None, [])


def test_lists_count_in_order() -> None:
    assert same(["174.13(a)(6)", "174.13(a)(9)"], ["174.13(a)(6)", "174.13(a)(9)"])
    assert not same(["174.13(a)(6)", "174.13(a)(9)"], ["174.13(a)(9)", "174.13(a)(6)"])
    assert not same(["8517.62.0090"], ["8517.62.0090", "8517620090"])


def test_hts_numbers_are_compared_as_printed() -> None:
    assert not same(["8517.62.0090"], ["8517620090"])


def test_mappings_compare_as_mappings_whatever_the_key_order() -> None:
    truth = {"3BB-1976322-7": "2025-02-22", "112-6207438-5": "2025-05-18"}
    assert same(truth, {"112-6207438-5": "2025-05-18", "3BB-1976322-7": "2025-02-22"})
    assert not same(truth, {"3BB-1976322-7": "2025-02-22"})
    assert not same(truth, {**truth, "5HA-2038636-0": "2025-03-23"})


def test_every_leaf_of_every_entry_is_one_value() -> None:
    truth = {"values": {"port_code": "1401", "entries": [ENTRY, OTHER]}, "decision": {}}
    wrong_date = {**OTHER, "entry_date": "2024-01-05"}
    score = score_document(truth, {"values": {"port_code": "1401", "entries": [ENTRY, wrong_date]}})
    assert len(score.values) == 7
    assert [check.path for check in score.misses()] == ["entries[1].entry_date"]
    assert score.misses()[0].field == "entries[].entry_date"


def test_an_entry_not_read_makes_each_of_its_leaves_wrong() -> None:
    truth = {"values": {"entries": [ENTRY, OTHER]}, "decision": {}}
    score = score_document(truth, {"values": {"entries": [ENTRY]}})
    assert [check.path for check in score.misses()] == [
        "entries[1].entry_number", "entries[1].entry_date", "entries[1].liquidation_date"]


def test_an_entry_the_truth_does_not_have_is_one_more_wrong_value() -> None:
    truth = {"values": {"entries": [ENTRY]}, "decision": {}}
    score = score_document(truth, {"values": {"entries": [ENTRY, OTHER]}})
    assert len(score.values) == 4
    assert [check.path for check in score.misses()] == ["entries[1]"]
    assert not score.fully_right


def test_only_keys_present_in_the_truth_are_scored() -> None:
    truth = {"values": {"signed": True}, "decision": {"outcome": "accept"}}
    output = {"values": {"signed": True, "requester_name": "anything"},
              "decision": {"outcome": "accept", "due": "2025-09-27"}}
    score = score_document(truth, output)
    assert len(score.values) == 1 and len(score.decision) == 1
    assert score.fully_right


def test_a_key_missing_from_the_output_is_wrong_even_when_the_truth_is_null() -> None:
    score = score_document({"values": {"protest_number": None}, "decision": {"reason": None}},
                           {"values": {}, "decision": {}})
    assert [check.path for check in score.misses()] == ["protest_number", "reason"]


def test_a_decision_key_is_one_field_right_only_when_all_of_it_is_right() -> None:
    truth = {"values": {}, "decision": {"loss_of_duties": {"actual": 0.0, "potential": 8068.98,
                                                           "total": 8068.98}}}
    output = {"decision": {"loss_of_duties": {"actual": 0.0, "potential": 8068.98,
                                              "total": 8068.99}}}
    score = score_document(truth, output)
    assert len(score.decision) == 1 and not score.decision[0].right


@pytest.mark.parametrize("output", [None, {}])
def test_no_output_gets_every_key_wrong(output: dict[str, object] | None) -> None:
    truth = {"values": {"signed": True, "entries": [ENTRY]}, "decision": {"outcome": "accept"}}
    score = score_document(truth, output)
    assert len(score.misses()) == 5 and len(score.values) + len(score.decision) == 5

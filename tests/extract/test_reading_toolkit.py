"""The shared reading toolkit's text helpers: sentences that survive abbreviations and
citations, the signer from a signature block, ports and terms of sale named in prose."""

from __future__ import annotations

import pytest

from bots.common.reading.incoterms import terms_of_sale
from bots.common.reading.lines import join_wrapped
from bots.common.reading.ports import ports_in_prose
from bots.common.reading.sentences import answered_clauses, sentence_spans
from bots.common.reading.signature import signer_in


def test_an_abbreviation_or_a_citation_does_not_end_a_sentence() -> None:
    text = ("Acme Corp. Of Delaware protests under 19 U.S.C. 1514. The goods were "
            "classified under 19 C.F.R. Part 10. No drawback applies.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Acme Corp. Of Delaware protests under 19 U.S.C. 1514.",
        "The goods were classified under 19 C.F.R. Part 10.",
        "No drawback applies.",
    ]


def test_a_question_runs_on_to_the_answer_printed_after_it() -> None:
    text = "Is further review requested? Yes\nThe goods are shirts."
    first = next(answered_clauses(text))
    assert text[first[0]:first[1]] == "Is further review requested? Yes"


@pytest.mark.parametrize(
    ("block", "name", "weak"),
    [
        ("Sincerely,\n/s/ Jane Alvarez\nJane Alvarez", "Jane Alvarez", False),
        ("Best regards,\n______________________________\nThomas Beaulieu, President",
         "Thomas Beaulieu", False),
        ("Yours truly,\nCASCADE CUSTOMS LLC\nSamuel Ortiz\nCustoms Broker", "Samuel Ortiz", True),
        ("MEMORANDUM\nFROM: Robert Chen\nTO: Port Director", "Robert Chen", True),
    ],
)
def test_the_signer_is_read_from_any_signature_block(block: str, name: str, weak: bool) -> None:
    signer = signer_in(block)
    assert signer is not None and (signer.name, signer.weak) == (name, weak)


def test_a_letter_with_no_signature_block_has_no_signer() -> None:
    assert signer_in("We appreciate your prompt consideration.") is None


def test_a_forms_placeholder_under_a_blank_signature_line_is_no_signer() -> None:
    assert signer_in("______________________________\n(Authorized signature)") is None
    assert signer_in("______________________________\nName and title of signer") is None
    later = signer_in("______________\n(Signature)\nBy:\n______________\nAnn Lee, President")
    assert later is not None and later.name == "Ann Lee"


def test_ports_in_a_sentence_are_read_as_codes_where_printed_else_names() -> None:
    coded = ports_in_prose("The goods will be imported through the port of Baltimore (1303) "
                           "and Houston (5301).")
    named = ports_in_prose("The goods will arrive at Savannah, GA.")
    assert [hit.ports for hit in coded] == [["1303", "5301"]]
    assert [hit.ports for hit in named] == [["Savannah, GA"]]


def test_ports_where_entry_will_be_made_are_ports_of_entry() -> None:
    hits = ports_in_prose("Entry will be made at Miami (5201) and Savannah (1703).")
    assert [hit.ports for hit in hits] == [["5201", "1703"]]


@pytest.mark.parametrize(
    ("text", "stated"),
    [("The goods are sold FOB Yokohama.", True),
     ("The importer buys the mats CIF Los Angeles from its supplier.", True),
     ("Terms of sale: net 30 days.", True),
     ("Terms: FOB port of export; the buyer pays freight.", True),
     ("Terms: see the attached contract.", False),
     ("The rules of 19 CFR 177 apply.", False)],
)
def test_terms_of_sale_are_recognised_in_prose(text: str, stated: bool) -> None:
    assert (terms_of_sale(text) is not None) is stated


def test_a_value_wrapped_at_its_hyphen_is_one_word() -> None:
    joined = join_wrapped("brake pads, model BP-\n1120,\nceramic")
    assert joined == "brake pads, model BP-1120, ceramic"

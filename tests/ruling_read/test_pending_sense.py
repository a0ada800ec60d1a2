"""Sentences that name CBP, a court, a protest or a ruling, read in their sense (19 CFR
177.2(b)(5), 177.7(b), 177.1): an agent's mandate to act before CBP, a broker's licence, a past
ruling, a courtesy, a condition or a time states nothing pending; denials in any words state that
nothing is; a sentence whose sense stays open goes to a person, never a confident no_ruling.
Each variant is printed into a small letter of its own and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_eighteenth_nineteenth_hand_cues import form
from tests.ruling_read.test_forms_and_worksheets import GOODS, SIGNED, Cell, draw, extract
from tests.ruling_read.test_phrasings import FACTS, read

# What agents, brokers and counsel write about their standing before CBP or a court.
MANDATES = [
    "Bayside Trade Law Group is empowered by its written authorization from Harbor Goods LLC to "
    "act for it before CBP in this matter.",
    "A customs power of attorney (CBP Form 5291) is on file with us to act before CBP.",
    "Bayside Customs Brokerage is a licensed customs broker transacting customs business before "
    "CBP.",
    "We are authorized to represent Harbor Goods LLC before U.S. Customs and Border Protection.",
    "Our firm has practiced before CBP and the U.S. Court of International Trade since 1985.",
    "The undersigned is admitted to practice before the Court of International Trade.",
    "We appear before CBP on behalf of importers regularly.",
    "We hold a power of attorney from Harbor Goods LLC to represent it before CBP and in any "
    "protest.",
]
# Past events, courtesies, requests, conditions and times that name a forum.
ASIDES = [
    "A prior ruling, NY N123456, was issued to another importer on similar goods.",
    "Should CBP need samples or further information, please contact the undersigned.",
    "If this issue should come before a court, we will inform CBP promptly.",
    "In the event that a protest is filed on a later entry, we will notify the NCSD.",
    "We ask that CBP rule before the first shipment arrives at the Port of Newark.",
]
# The 177.2(b)(5) statement denied in the words senders use.
DENIALS = [
    "To the best of our knowledge, the issue is not pending before any CBP office or court.",
    "No protest, ruling request or litigation involving this issue is pending or has been filed.",
    "Neither the importer nor, to its knowledge, any other party has this issue before CBP or "
    "any court.",
    "We are unaware of any proceeding before CBP or a court concerning this issue.",
    "Pending matters: N/A",
    "The issue is not, and to our knowledge has never been, before any CBP office or court.",
    "This issue is not the subject of any pending protest or litigation before CBP or any court.",
]
# The issue stated pending: the reader must still say where.
PENDING = [
    ("The same issue is pending before the U.S. Court of International Trade in Acme v. United "
     "States.", True, False),
    ("A protest on an earlier entry of the mats is pending at the Port of Newark.", False, True),
    ("The same issue is pending before U.S. Customs and Border Protection at the port.", False,
     True),
    ("We represent Harbor Goods LLC before CBP; the same issue is pending before the Court of "
     "International Trade.", True, False),
]


@pytest.mark.parametrize("sentence", MANDATES + ASIDES)
def test_a_sentence_naming_a_forum_without_a_pending_issue_is_no_ground(
        tmp_path: Path, sentence: str) -> None:
    output = read(tmp_path, facts=(*FACTS, sentence))
    values = output["values"]
    assert (values["pending_in_court"], values["pending_before_cbp"]) == (False, False), sentence
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("sentence", MANDATES[:4])
def test_a_mandate_alone_is_no_pending_statement(tmp_path: Path, sentence: str) -> None:
    """The letter gives no 177.2(b)(5) statement; its agent's mandate is not one."""
    output = read(tmp_path, facts=(*FACTS, sentence), pending="")
    assert output["values"]["pending_statement"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"]


@pytest.mark.parametrize("sentence", DENIALS)
def test_a_denial_in_any_words_is_the_statement_and_no_ground(
        tmp_path: Path, sentence: str) -> None:
    output = read(tmp_path, pending=sentence)
    values = output["values"]
    assert values["pending_statement"] is True
    assert (values["pending_in_court"], values["pending_before_cbp"]) == (False, False)
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize(("sentence", "court", "cbp"), PENDING)
def test_an_issue_stated_pending_is_still_read_where(
        tmp_path: Path, sentence: str, court: bool, cbp: bool) -> None:
    output = read(tmp_path, pending=sentence)
    values = output["values"]
    assert (values["pending_in_court"], values["pending_before_cbp"]) == (court, cbp)
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


@pytest.mark.parametrize("sentence", [
    "Harbor Goods LLC is represented by counsel before the Court of International Trade in "
    "Harbor Goods LLC v. United States on the same issue.",
    "We do not know whether a protest concerning earlier entries is pending at the Port of "
    "Newark.",
    "We represent Harbor Goods LLC before the Court of International Trade, where the same "
    "issue is pending.",
])
def test_a_sentence_whose_sense_stays_open_goes_to_a_person(
        tmp_path: Path, sentence: str) -> None:
    output = read(tmp_path, pending=sentence)
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert any(f["rule"] == "R-READ" and "177.7(b)" in f["citation"]
               for f in output["findings"]), output["findings"]


ADDRESS = "12 Pier Road, Newark, NJ 07114 (importer number 12-3456789)"
RULING = "a binding ruling under 19 CFR Part 177."


@pytest.mark.parametrize("opening", [
    f"Bayside Trade Law Group, acting under a power of attorney from Harbor Goods LLC, {ADDRESS}, "
    f"requests {RULING}",
    f"Bayside Trade Law Group, as attorney-in-fact for Harbor Goods LLC, {ADDRESS}, requests "
    f"{RULING}",
    f"Pursuant to a power of attorney granted by Harbor Goods LLC, {ADDRESS}, we request {RULING}",
    f"Bayside Trade Law Group is empowered by its written authorization from Harbor Goods LLC, "
    f"{ADDRESS}, to act for it before CBP in this matter and requests {RULING}",
    f"We hold a customs power of attorney (CBP Form 5291) from Harbor Goods LLC, {ADDRESS}, to act "
    f"before CBP, and request {RULING}",
    f"Bayside Customs Brokerage, holder of a customs power of attorney executed by Harbor Goods "
    f"LLC, {ADDRESS}, requests {RULING}",
])
def test_an_agents_authority_in_unusual_words_is_read(tmp_path: Path, opening: str) -> None:
    output = read(tmp_path, opening=opening)
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert (values["pending_in_court"], values["pending_before_cbp"]) == (False, False)
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_client_by_whom_counsel_is_retained_is_for_a_person_not_a_deficiency(
        tmp_path: Path) -> None:
    """Retained is an engagement, not a stated authority to seek the ruling (177.1): as with
    "which has retained this firm", a person decides."""
    output = read(tmp_path, opening=f"We write on behalf of our client, Harbor Goods LLC, "
                  f"{ADDRESS}, by whom we are retained, to request {RULING}")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


def test_a_principal_named_without_its_address_is_a_gap_as_before(tmp_path: Path) -> None:
    """177.2(b)(1) asks for the parties' names and addresses "if known"; an agent knows its
    principal's, so the gap stays a deficiency (unchanged behaviour)."""
    output = read(tmp_path, opening="We act for Harbor Goods LLC (importer number 12-3456789) "
                  f"under a written authorization, and request {RULING}")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]


@pytest.mark.parametrize(("sentence", "route"), [
    ("This request does not seek reconsideration of New York Ruling N312345, which concerned "
     "other goods.", "NCSD"),
    ("We are not asking for reconsideration of Ruling N312345.", "NCSD"),
    ("A prior ruling, NY N312345, was issued to another importer on similar goods.", "NCSD"),
    ("We request reconsideration of New York Ruling N312345.", "HQ"),
])
def test_a_prior_ruling_named_is_reconsidered_only_when_asked(
        tmp_path: Path, sentence: str, route: str) -> None:
    """A New York ruling's reconsideration goes to Headquarters; one denied or only cited does
    not (19 CFR 177.2, 177.12)."""
    output = read(tmp_path, facts=(*FACTS, sentence))
    assert output["decision"]["route"] == route, output["findings"]


@pytest.mark.parametrize(("authority", "outcome"), [
    ("Power of attorney (CBP Form 5291) on file to act before CBP", "accept"),
    # A broker's licence is no mandate from this principal: a person checks (177.1).
    ("Licensed customs broker transacting customs business before CBP", "needs_human"),
])
def test_a_worksheets_authority_box_naming_cbp_is_no_pending_issue(
        tmp_path: Path, authority: str, outcome: str) -> None:
    rows = [("Requester", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
            ("Importer number", "12-3456789"), ("Date of request", "2/24/25"),
            ("Agent", "Bayside Customs Brokerage"), ("Authority", authority)]
    cells: list[Cell] = [(55, 60, "BINDING RULING REQUEST - 19 CFR PART 177")]
    for row, (label, value) in enumerate(rows):
        cells += [(55, 80 + 12 * row, label), (243, 80 + 12 * row, value)]
    below = [(x, y + 10, text) for x, y, text in (*GOODS, *SIGNED)]
    output = extract(draw(tmp_path / "sheet.pdf", [*cells, *below]))
    values = output["values"]
    assert (values["pending_in_court"], values["pending_before_cbp"]) == (False, False)
    assert output["decision"]["outcome"] == outcome, output["findings"]


# One sentence beside the facts, and the outcome its sense gives.
SENSES = [
    # Another's matter: whether it is "the same issue" (177.2(b)(5), 177.7(b)) is a person's
    # call, never a confident no_ruling, nor an accept past it.
    ("We understand that a competitor has a protest on similar mats pending at the Port of "
     "Los Angeles.", "needs_human"),
    ("Another importer's case on similar goods is pending before the Court of International "
     "Trade.", "needs_human"),
    # 177.1(a): only goods that have arrived or been entered make the transaction current; a
    # clause of time or condition speaks of a future arrival.
    ("We would appreciate the ruling before the goods have arrived in the United States.",
     "accept"),
    ("If the first shipment has arrived before the ruling issues, we will inform the port.",
     "accept"),
    ("In the event that the merchandise has already been imported by then, we will withdraw "
     "this request.", "accept"),
    ("Once the goods have arrived, they will be entered for consumption at Newark.", "accept"),
    ("The first shipment has already arrived at the port and awaits entry.", "no_ruling"),
    # 177.7(b) bars a ruling on an issue pending now; a case concluded or unrelated is none, and
    # one spoken of beside a live matter is a person's to read.
    ("Our client was a plaintiff before the Court of International Trade in an unrelated case "
     "that concluded in 2019.", "accept"),
    ("A protest on an earlier entry was filed at the Port of Newark and was withdrawn in 2023.",
     "accept"),
    ("An unrelated protest is pending at the Port of Newark.", "needs_human"),
    ("The CIT decided the case in 2020 and the appeal is still pending before the Federal "
     "Circuit.", "needs_human"),
    # 177.7(a): no ruling on a hypothetical question; a letter that denies asking one asks a
    # real one.
    ("The question is not hypothetical: the importer has placed orders for the mats.", "accept"),
    ("This is not a hypothetical question.", "accept"),
    ("The question is hypothetical; the importer has no plans to import the mats.", "no_ruling"),
]


@pytest.mark.parametrize(("sentence", "outcome"), SENSES)
def test_a_sentence_beside_the_facts_decides_by_its_sense(
        tmp_path: Path, sentence: str, outcome: str) -> None:
    output = read(tmp_path, facts=(*FACTS, sentence))
    assert output["decision"]["outcome"] == outcome, output["findings"]


@pytest.mark.parametrize(("answer", "outcome"), [
    ("N/A", "accept"),
    ("Not applicable.", "accept"),
    ("Not to our knowledge.", "accept"),
    ("No - our firm represents the importer before CBP only.", "accept"),
    ("Unknown.", "needs_human"),
    ("Yes - we act for the importer before CBP.", "needs_human"),
])
def test_a_forms_question_answered_in_other_words(
        tmp_path: Path, answer: str, outcome: str) -> None:
    """ "Is the issue pending before CBP or a court?" answered "N/A" denies it (177.2(b)(5)); an
    answer that names CBP only as the agent's forum places nothing there."""
    question = "M. Is the issue pending before a CBP office or a court?"
    output = extract(draw(tmp_path / "form.pdf", form(question=question, answer=answer)))
    values = output["values"]
    assert (values["pending_in_court"], values["pending_before_cbp"]) == (False, False)
    assert output["decision"]["outcome"] == outcome, output["findings"]

"""Letters go to the public: no template or rules version and no internal shorthand such as ISO
dates. The versions stay in the item's record (BotResult), where a supervisor looks for them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bots.acknowledge_receipt.letters import TEMPLATE as ACK_TEMPLATE
from bots.acknowledge_receipt.letters import letter_context as ack_context
from bots.acknowledge_receipt.model import Acknowledgement, LetterFacts
from bots.acknowledge_receipt.rules import RULES_VERSION as ACK_RULES
from bots.common.letters import template_path
from bots.common.office import CORRESPONDENCE, office_for
from bots.protest_intake.letters import draft_letter
from bots.protest_intake.model import Outcome
from bots.protest_intake.rules import RULES_VERSION as PROTEST_RULES
from bots.ruling_triage.letters import SIGNATORIES
from bots.ruling_triage.letters import letter_context as ruling_context
from bots.ruling_triage.letters import letter_template as ruling_template
from bots.ruling_triage.model import RulingFacts
from bots.ruling_triage.rules import RULES_VERSION as RULING_RULES
from bots.ruling_triage.rules.decide import decide_ruling
from tests.documents._docs import docx_text, flat
from tests.documents.test_protest_letters import FACTS, OFFICE, decision, missing_finding
from tests.ruling._facts import RECEIVED, letter
from tradebots.documents.render import RenderedDocument, render_docx
from tradebots.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[2]
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
LETTER_DATE = date(2025, 3, 4)


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("TRADEBOTS_HOME", str(REPO))
    return load_settings()


def assert_public(rendered: RenderedDocument, rules_version: str) -> str:
    text = flat(docx_text(rendered.path))
    assert rendered.template_version not in text
    assert rules_version not in text and "rules" not in text.lower().replace("rulings", "")
    assert "template" not in text.lower()
    assert not ISO_DATE.search(text), ISO_DATE.search(text)
    return text


@pytest.mark.parametrize("outcome", ["accept", "deficient", "untimely", "premature"])
def test_protest_letters_carry_no_versions_or_iso_dates(outcome: Outcome, tmp_path: Path) -> None:
    drafted = draft_letter(FACTS, decision(outcome, ("174.13(a)(5)",)),
                           [missing_finding("174.13(a)(5)")], OFFICE, letter_date=LETTER_DATE,
                           out_dir=tmp_path)
    assert drafted is not None
    assert_public(drafted, PROTEST_RULES)


@pytest.mark.parametrize(
    "facts",
    [
        letter(),
        letter(signed=False, item_count=7, items_same_kind=True),
        letter(prospective=False, entry_made=True, liquidated=True,
               liquidation_date=date(2025, 1, 10)),
    ],
    ids=["accept", "deficient", "no_ruling"],
)
def test_ruling_letters_carry_no_versions_or_iso_dates(
    facts: RulingFacts, settings: Settings, tmp_path: Path,
) -> None:
    decided, findings = decide_ruling(facts, received=RECEIVED)
    template = ruling_template(decided.outcome)
    assert template is not None
    context = ruling_context(facts, decided, findings,
                             office_for(settings, SIGNATORIES[decided.route]),
                             outcome=decided.outcome, control_number="R25-000123",
                             received=RECEIVED, letter_date=LETTER_DATE)

    text = assert_public(render_docx(template_path(template), context,
                                     tmp_path / "letter.docx"), RULING_RULES)

    assert "Sincerely, Director National Commodity Specialist Division" in text
    if decided.outcome == "no_ruling":
        # The protest pointer gives its last day as the public reads dates.
        assert "a protest may be filed until July 9, 2025" in text


def test_the_acknowledgment_of_a_letter_carries_no_versions(settings: Settings,
                                                            tmp_path: Path) -> None:
    facts = LetterFacts("Dana Whitfield", "import licence", date(2025, 3, 3))
    ack = Acknowledgement("acknowledge", date(2025, 3, 7), date(2025, 3, 10))
    context = ack_context(facts, ack, office_for(settings, CORRESPONDENCE),
                          letter_date=LETTER_DATE)

    rendered = render_docx(ACK_TEMPLATE, context, tmp_path / "ack.docx")

    text = assert_public(rendered, ACK_RULES)
    assert "Sincerely, Correspondence Officer Office of Field Operations" in text
    assert "the port of entry" not in text


"""A consultant, broker or attorney writing for a client prints its own EIN or IRS number in its
letterhead: that number is the sender's, never the importer number of the client it protests for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_BODY = [
    "Subject: protest for our client Larchmont Glassworks LLC",
    "We act for Larchmont Glassworks LLC under a power of attorney on file and protest the",
    "classification of the merchandise at liquidation of entry EH4-3818051-3, entered",
    "2024-01-13, liquidated 2024-09-06.",
    "Client: Larchmont Glassworks LLC",
    "Address: 12 Canal Street, Corning, NY 14830",
    "Merchandise: Hand-blown glass vases, clear, 30 cm",
    "Grounds. The goods are properly classified in subheading 7013.99.5000, HTSUS, by their",
    "principal use as decorative glassware. The entries are not subject to drawback.",
    "Kind regards,",
    "/s/ Henrietta O. Pike",
    "Henrietta O. Pike, Senior consultant",
]
_LETTERHEADS = [
    ["Whitlock Trade Advisors", "Customs and trade consultants", "1 Harbor Plaza, Suite 200",
     "Long Beach, CA 90802", "EIN 95-4417730"],
    ["WHITLOCK TRADE ADVISORS LLP", "IRS No. 95-4417730", "1 Harbor Plaza, Suite 200, "
     "Long Beach, CA 90802"],
    ["Whitlock & Ames, Licensed Customs Brokers",
     "1 Harbor Plaza, Long Beach, CA 90802 | Tel. 562-555-0100 | Tax ID 95-4417730"],
    ["Whitlock Trade Advisors", "Federal Tax ID No.: 95-4417730",
     "1 Harbor Plaza, Suite 200", "Long Beach, CA 90802"],
]


def _letter(path: Path, letterhead: list[str], numbered: list[str]) -> Path:
    return _letter_pdf(path, [*letterhead, "", "2024-10-09", "Protest Section",
                              "U.S. Customs and Border Protection", "Port of Miami, FL (5201)",
                              *_BODY[:6], *numbered, *_BODY[6:]])


@pytest.mark.parametrize("letterhead", _LETTERHEADS)
def test_the_agents_own_number_is_not_the_clients(tmp_path: Path, letterhead: list[str]) -> None:
    # Before: the letterhead's number was the first one labelled, so the client's was never
    # looked for and a letter giving none was confidently accepted.
    facts = extract_protest(_letter(tmp_path / "a.pdf", letterhead, [])).facts
    decision, _ = decide(facts, today=date(2024, 10, 20))
    assert facts.importer_number is None
    assert 2 not in facts.unsure_items
    assert "174.13(a)(2)" in decision.missing


@pytest.mark.parametrize("letterhead", _LETTERHEADS[:2])
@pytest.mark.parametrize("numbered", ["Importer No.: 75-0522094", "IOR number 75-0522094"])
def test_the_clients_number_is_read_past_the_agents(
        tmp_path: Path, letterhead: list[str], numbered: str) -> None:
    facts = extract_protest(_letter(tmp_path / "c.pdf", letterhead, [numbered])).facts
    assert facts.importer_number == "75-0522094"


def test_an_importers_own_letterhead_number_is_still_its_own(tmp_path: Path) -> None:
    # No agent writes: the letterhead is the importer's, and its EIN is its importer number.
    facts = extract_protest(_letter_pdf(tmp_path / "o.pdf", [
        "Larchmont Glassworks LLC", "12 Canal Street, Corning, NY 14830", "EIN 95-4417730",
        "2024-10-09", "U.S. Customs and Border Protection", "Port of Miami, FL (5201)",
        "We protest the classification of the merchandise at liquidation of entry",
        "EH4-3818051-3, entered 2024-01-13, liquidated 2024-09-06.",
        "Merchandise: Hand-blown glass vases, clear, 30 cm",
        "Sincerely,", "Ruth Ames, President"])).facts
    assert facts.importer_number == "95-4417730"


def test_an_agent_named_in_the_argument_leaves_the_importers_letterhead_its_own(
        tmp_path: Path) -> None:
    # Before: "agent" anywhere (here the buying agent the argument is about) made the letter an
    # agent's, and the importer's own EIN was set aside (fifth and nineteenth hands).
    facts = extract_protest(_letter_pdf(tmp_path / "o.pdf", [
        "Larchmont Glassworks LLC", "12 Canal Street, Corning, NY 14830", "EIN 95-4417730",
        "2024-10-09", "U.S. Customs and Border Protection", "Port of Miami, FL (5201)",
        "We protest the appraisement of entry EH4-3818051-3, entered 2024-01-13, liquidated",
        "2024-09-06. Buying commissions are not part of the price; the agent acted for the buyer,",
        "and our entries went through the same customs broker for years.",
        "Merchandise: Hand-blown glass vases, clear, 30 cm",
        "Sincerely,", "Ruth Ames, President"])).facts
    assert facts.importer_number == "95-4417730"


def test_a_brokers_form_addressed_with_to_ends_its_letterhead_there(tmp_path: Path) -> None:
    # Before: with no dated line, the first entry's date ended the "letterhead", and the
    # client's labelled number above the entries was set aside for the broker's own (eleventh).
    facts = extract_protest(_letter_pdf(tmp_path / "b.pdf", [
        "Meridian Customs Brokerage, Inc.", "200 Terminal Way", "Long Beach, CA 90802",
        "To: CBP, Port of Seattle, WA - port code 3001",
        "(1) Name and address of the protestant: Okafor Kitchen Supply LLC",
        "(2) Importer number of the protestant: 54-5779452",
        "Entry number    Entry date    Liquidation date",
        "ABC-7961489-9   3 June 2024   24 March 2025",
        "(5) Merchandise: Bamboo cutting boards with silicone feet, model CB-3",
        "Signed under power of attorney for Okafor Kitchen Supply LLC:",
        "/s/ Naomi J. Whitaker", "Naomi J. Whitaker, Licensed Customs Broker",
        "Meridian Customs Brokerage, Inc. importer number 84-1198426"])).facts
    assert facts.importer_number == "54-5779452"

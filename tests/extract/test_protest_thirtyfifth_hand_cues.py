"""Habits of the thirty-fifth hand (@react-pdf/renderer, PyX), each drawn in sibling variants:
an e-mail's particulars as a list whose bullet is a dash or a star ("- Address: ..."), a
bilingual form's captions in a cell of their own ("Domicilio / Address   1501 Sound Lane") and
its answers printed in both languages ("[X] Liquidación / Liquidation"), a bilingual "date of
the writing" caption that is no CBP receipt, and a surety that says what it is ("The
protestant is the surety on the continuous bond")."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


def _email(path: Path, bullet: str, address_label: str) -> Path:
    return _letter_pdf(path, [
        "From:    Marcus J. Lindgren <marcus@ortega.com>",
        "Sent:    Saturday, July 12, 2025 4:52 PM",
        "To:      protests.sandiego@cbp.dhs.gov",
        "Subject: PROTEST - port 2501 - entry IBE-0158033-3",
        "Good afternoon,",
        "Ortega & Daughters Imports, Inc. protests the decision below under 19 CFR Part 174.",
        f"  {bullet} Protestant: Ortega & Daughters Imports, Inc.",
        f"  {bullet} {address_label}: 2400 Calle Industrial, Laredo, TX 78045",
        f"  {bullet} IOR no.: 21-1028939",
        "Entries covered:",
        "  * IBE-0158033-3, entered 06/16/2024, liquidated 01/15/2025",
        "Merchandise: Women's knit cardigan sweaters of 70% cotton 30% acrylic",
        "What we protest: the classification of the merchandise.",
        "Drawback: none of these entries is subject to a drawback claim.",
        "Thanks,",
        "Marcus J. Lindgren",
    ])


@pytest.mark.parametrize(("bullet", "address_label"), [
    ("-", "Address"), ("*", "Address"), ("\u2013", "Mailing address"), ("-", "Business address"),
])
def test_a_dash_or_star_bullet_before_a_label_leaves_the_label_readable(
        tmp_path: Path, bullet: str, address_label: str) -> None:
    # Before: only a round bullet was taken off a list item; "- Address:" hid its label.
    facts = extract_protest(_email(tmp_path / "e.pdf", bullet, address_label)).facts
    assert facts.protestant_address == "2400 Calle Industrial, Laredo, TX 78045"
    assert facts.protestant_name == "Ortega & Daughters Imports, Inc."


def _bilingual(path: Path, rows: list[tuple[str, str]], decision: str,
               extra: list[str] | None = None) -> Path:
    canvas = Canvas(str(path))
    y = 760
    canvas.drawString(200, y, "PROTESTA ADUANAL / CUSTOMS PROTEST")
    y -= 14
    canvas.drawString(120, y, "Conforme a 19 U.S.C. 1514 y 19 CFR Parte 174 / Under 19 U.S.C. 1514")
    y -= 28
    for left, right in [("Campo / Field", "Dato / Particulars"), *rows]:
        canvas.drawString(60, y, left)
        canvas.drawString(300, y, right)
        y -= 14
    for text in [
        *(extra or []),
        "Entrada / Entry No.       Fecha de entrada / Entry date       Liquidación / Liquidated",
        "CDF-6540638-4             23 January 2024                      2 October 2024",
        "Mercancía / Merchandise: Insulated stainless steel vacuum bottles, model TB-75",
        f"Decisión protestada / Decision protested: {decision}",
        "Objeción y fundamento / Objection and grounds: the classification ruling for these",
        "goods does not support the rate on which the bond demand rests.",
        "Ninguna entrada está sujeta a devolución de derechos (drawback). / No entry is subject"
        " to drawback.",
    ]:
        y -= 14
        canvas.drawString(60, y, text)
    canvas.save()
    return path


_PARTY_ROWS = [
    [("Puerto / Port", "3002 Seattle"), ("Protestante / Protestant", "Vasquez Audio, Inc."),
     ("Domicilio / Address", "1501 Sound Lane"), ("", "Nashville, TN 37203"),
     ("Número de importador / Importer No.", "17-1713428")],
    [("Puerto / Port", "3002 Seattle"), ("Protestante / Protesting party", "Vasquez Audio, Inc."),
     ("Dirección postal / Mailing address", "1501 Sound Lane"), ("", "Nashville, TN 37203"),
     ("Número de importador / Importer No.", "17-1713428")],
    [("Puerto / Port", "3002 Seattle"),
     ("Nombre del protestante / Protestant", "Vasquez Audio, Inc."),
     ("Dirección / Address", "1501 Sound Lane"), ("", "Nashville, TN 37203"),
     ("Número de importador / Importer No.", "17-1713428")],
]


@pytest.mark.parametrize("rows", _PARTY_ROWS)
def test_a_bilingual_caption_in_its_own_cell_is_read_by_its_english_half(
        tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    # Before: "Protestante / Protestant" was no known label, so the party went unread and
    # 174.13(a)(1) was taken for missing.
    facts = extract_protest(_bilingual(tmp_path / "b.pdf", rows, "[X] Valor / Value")).facts
    assert facts.protestant_name == "Vasquez Audio, Inc."
    assert facts.protestant_address == "1501 Sound Lane, Nashville, TN 37203"


@pytest.mark.parametrize(("decision", "category"), [
    ("[X] Liquidación / Liquidation", "liquidation"),
    ("[X] Clasificación / Classification", "classification"),
    ("Liquidación / Liquidation", "liquidation"),
])
def test_an_answer_printed_in_both_languages_is_one_answer(
        tmp_path: Path, decision: str, category: str) -> None:
    # Before: the " / " in the answer made the caption look like two fields, so the labelled
    # decision went unread and the objection's "classification ruling" named it instead.
    facts = extract_protest(_bilingual(tmp_path / "d.pdf", _PARTY_ROWS[0], decision)).facts
    assert facts.category == category


@pytest.mark.parametrize("caption", [
    "Fecha del escrito / Date of filing", "Fecha de presentación / Filing date",
    "Date of filing / Fecha del escrito",
])
def test_a_bilingual_filing_date_caption_is_not_taken_for_cbps_receipt(
        tmp_path: Path, caption: str) -> None:
    # The other language's half may date the writing ("escrito"): the receipt is left to the
    # stamp or the date given for it, never taken from the sender's own date.
    rows = [*_PARTY_ROWS[0], (caption, "16 December 2024")]
    facts = extract_protest(_bilingual(tmp_path / "f.pdf", rows, "[X] Valor / Value")).facts
    assert facts.received_date is None


@pytest.mark.parametrize("said", [
    "The protestant is the surety on the continuous bond; the importer has not protested.",
    "Protestant is acting as the importer's surety under the continuous bond.",
    "We are the surety on the importer's continuous bond.",
])
def test_a_protestant_that_says_it_is_the_surety_files_a_surety_protest(
        tmp_path: Path, said: str) -> None:
    facts = extract_protest(_bilingual(tmp_path / "s.pdf", _PARTY_ROWS[0],
                                       "[X] Liquidación / Liquidation", [said])).facts
    assert facts.surety_protest is True


def test_a_protestant_that_is_not_the_surety_files_no_surety_protest(tmp_path: Path) -> None:
    facts = extract_protest(_bilingual(tmp_path / "n.pdf", _PARTY_ROWS[0],
                                       "[X] Liquidación / Liquidation",
                                       ["The protestant is not the surety on the bond."])).facts
    assert not facts.surety_protest

"""Round 24: what the twenty-sixth hand's protest senders do, read for senders in general
(issue 13).

A statement of protest set out as recitals ("WHEREAS X, whose address is ..., is the importer of
record ...; WHEREAS the merchandise is described as follows: ...; and"), and a sheet whose
captions are printed in two languages ("Port / Puerto: ...") (19 CFR 174.13(a)(1), (2), (5)).
"""

from __future__ import annotations

from pathlib import Path

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf

_RECITALS = [
    "STATEMENT OF PROTEST",
    "Port of Savannah, Port Code 1703",
    "WHEREAS Cedar Point Outfitters LLC, whose address is 14 Harbor Road, Mystic, CT 06355",
    "and whose importer number is 12-3456789, is the importer of record of the entries named",
    "below; and",
    "WHEREAS entry number 7H8-1513702-7 was made on the 21st day of October, 2024 and was",
    "liquidated on the 25th day of September, 2025; and",
    "WHEREAS the merchandise is described as follows: Canvas duffel bags, 40 l, part no.",
    "DB-40; and",
    "NOW, THEREFORE, the undersigned states its protest as follows.",
    "Objection: the protestant objects to the classification and rate of duty assessed. The",
    "goods are properly classified under subheading 4202.92.3131, HTSUS.",
    "Signed: Dana Whitfield",
]


def test_a_recital_names_the_party_by_its_role_in_the_predicate(tmp_path: Path) -> None:
    # Before: "WHEREAS X, whose address is A and whose importer number is N, is the importer of
    # record" gave the address and number but no name: (a)(1) was reported missing.
    facts = extract_protest(_letter_pdf(tmp_path / "recitals.pdf", _RECITALS)).facts
    assert facts.protestant_name == "Cedar Point Outfitters LLC"
    assert facts.protestant_address == "14 Harbor Road, Mystic, CT 06355"
    assert facts.importer_number == "12-3456789"


def test_a_recited_description_runs_to_its_semicolon(tmp_path: Path) -> None:
    # Before: "WHEREAS the merchandise is described as follows: ..." was no label (too long) and
    # no sentence cue, so (a)(5) was reported missing. The "no." inside it ends nothing.
    facts = extract_protest(_letter_pdf(tmp_path / "recitals.pdf", _RECITALS)).facts
    assert facts.merchandise_description == "Canvas duffel bags, 40 l, part no. DB-40"


def _bilingual(path: Path, stamped: bool) -> Path:
    stamp = [(400, 790, 9, "RECEIVED"), (400, 779, 9, "CBP PORT 1703"),
             (400, 768, 9, "MAR 29 2025")] if stamped else []
    return _placed_pdf(path, [
        *stamp,
        (72, 730, 10, "Harbor Light Candle Co."), (72, 718, 10, "9 Wharf Street"),
        (72, 706, 10, "Portland, ME 04101"),
        (72, 680, 10, "PROTEST / PROTESTA - 19 U.S.C. 1514"),
        (72, 666, 10, "Port / Puerto: Savannah, 1703"),
        (72, 652, 10, "Importer Number / Número de importador: 31-7654321"),
        (72, 638, 10, "Entry / Entrada: 3EH-9231492-9"),
        (82, 624, 10, "Entry date / Fecha de entrada: September 27, 2024"),
        (82, 610, 10, "Date of liquidation / Fecha de la decisión: January 10, 2025"),
        (72, 596, 10, "Merchandise / Mercancía: Soy wax pillar candles, unscented"),
        (72, 582, 10, "Objection: the protestant objects to the classification of the candles."),
        (72, 540, 10, "Electronically signed by / Firmado electrónicamente por: Ana Ruiz"),
    ])


def test_captions_printed_in_two_languages_are_read_by_their_english_half(
    tmp_path: Path,
) -> None:
    # Before: "Port / Puerto:", "Importer Number / Número de importador:", "Merchandise /
    # Mercancía:" and the signature's caption were no captions the reader knew: port, (a)(2),
    # (a)(5) and the signer were all reported missing.
    facts = extract_protest(_bilingual(tmp_path / "sheet.pdf", stamped=False)).facts
    assert facts.port_code == "1703"
    assert facts.importer_number == "31-7654321"
    assert facts.merchandise_description == "Soy wax pillar candles, unscented"
    assert facts.signer_name == "Ana Ruiz"


def test_a_caption_pair_of_two_english_words_is_left_as_printed(tmp_path: Path) -> None:
    # "Importer / protestant:" names one party twice in one language: no half is dropped.
    facts = extract_protest(_letter_pdf(tmp_path / "letter.pdf", [
        "Port Director, Port of Savannah (1703)",
        "Importer / protestant: Harbor Light Candle Co., 9 Wharf Street, Portland, ME 04101",
        "Entry number 3EH-9231492-9, entered 09/27/2024, liquidated 01/10/2025.",
        "We protest the classification of the candles under 19 U.S.C. 1514.",
    ])).facts
    assert facts.protestant_name == "Harbor Light Candle Co."


def test_a_receipt_stamp_over_the_letterhead_does_not_hide_it(tmp_path: Path) -> None:
    # Before: the stamp's three lines used up the reach where a letterhead is looked for, so
    # the sender's name and address under it were never read ((a)(1) missing).
    facts = extract_protest(_bilingual(tmp_path / "sheet.pdf", stamped=True)).facts
    assert facts.protestant_name == "Harbor Light Candle Co."
    assert facts.protestant_address == "9 Wharf Street, Portland, ME 04101"


def test_entry_records_set_side_by_side_keep_their_own_dates(tmp_path: Path) -> None:
    # Before: each row's two pairs were cut apart row by row, so the first entry's dates
    # followed the second entry's number: the first had none and the second the first's.
    pdf = _placed_pdf(tmp_path / "sheet.pdf", [
        (72, 760, 10, "Re: Protest under 19 U.S.C. 1514 of Lakeview Pottery LLC, importer number"),
        (72, 746, 10, "27-1234567, against the classification of the entries below."),
        (72, 720, 10, "CONTINUATION SHEET - ENTRIES PROTESTED"),
        (72, 700, 10, "Entry:"), (140, 700, 10, "F91-2304797-4"),
        (320, 700, 10, "Entry:"), (390, 700, 10, "F91-2990743-7"),
        (72, 688, 10, "Entered:"), (140, 688, 10, "Aug. 21, 2024"),
        (320, 688, 10, "Entered:"), (390, 688, 10, "Aug. 30, 2024"),
        (72, 676, 10, "Liquidation:"), (140, 676, 10, "May 11, 2025"),
        (320, 676, 10, "Liquidation:"), (390, 676, 10, "Jun. 20, 2025"),
    ])
    entries = extract_protest(pdf).facts.entries
    assert [(e.entry_number, str(e.entry_date), str(e.liquidation_date)) for e in entries] == [
        ("F91-2304797-4", "2024-08-21", "2025-05-11"),
        ("F91-2990743-7", "2024-08-30", "2025-06-20"),
    ]


def test_an_objection_without_reasons_before_the_testimonium_gives_no_justification(
    tmp_path: Path,
) -> None:
    # Before: "IN WITNESS WHEREOF the protestant has caused this statement to be signed" was read
    # as one of the objection's own sentences, so a bare "objects to the appraised value" was
    # not seen to give no reason, and the protest was accepted though 174.13(a)(6) is wanting.
    lines = [*_RECITALS[:10],
             "Objection: the protestant objects to the appraised value of the merchandise.",
             "No drawback claim has been or will be filed on the entries protested.",
             "IN WITNESS WHEREOF the protestant has caused this statement to be signed by its",
             "officer.",
             "Signed: Dana Whitfield"]
    facts = extract_protest(_letter_pdf(tmp_path / "recitals.pdf", lines)).facts
    assert facts.objection_text is None

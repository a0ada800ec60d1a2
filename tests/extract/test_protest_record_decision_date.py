"""An entry set out as a record of captioned rows ("Entry: X", "Entered: d1", "Liquidated: d2")
may name its second date by the decision it dates, where none is a liquidation: "Petition
Decision:", "Date of decision:", "Decided:", "Excluded:". That is the date 19 CFR 174.13(a)(4)
asks for ("date of liquidation or date of the decision"), read as a liquidation's is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest


def _record(path: Path, caption: str) -> Path:
    canvas = Canvas(str(path))
    for row, line in enumerate([
            "Red Mesa Outdoor Goods, Inc.", "4400 East Broadway Blvd., Tucson, AZ 85711",
            "Importer number 70-8330924",
            "We protest the decision. The goods should have been classified in heading 8201."]):
        canvas.drawString(72, 760 - 14 * row, line)
    for row, (label, value) in enumerate([("Entry:", "FEH-2265219-7"),
                                          ("Entered:", "Oct. 6, 2024"), (caption, "Sep. 5, 2025")]):
        canvas.drawString(72, 690 - 14 * row, label)
        canvas.drawString(200, 690 - 14 * row, value)
    canvas.save()
    return path


@pytest.mark.parametrize("caption", ["Petition Decision:", "Date of decision:", "Decided:",
                                     "Excluded:", "Liquidated:"])
def test_a_records_decision_date_is_its_entrys(tmp_path: Path, caption: str) -> None:
    # Before: only a caption naming liquidation placed the second date.
    facts = extract_protest(_record(tmp_path / "r.pdf", caption)).facts
    assert [(e.entry_date, e.liquidation_date) for e in facts.entries] == [
        (date(2024, 10, 6), date(2025, 9, 5))]

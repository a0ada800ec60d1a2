"""A letter vouches for an absent 174.13(a) item only when its layout was recognised; otherwise
the absence is left for a person to confirm."""

from __future__ import annotations

from datetime import date

from bots.protest_intake.extract_fields import LABELLED, PROSE, Fields
from bots.protest_intake.extract_objection_reasons import DEFERRED
from bots.protest_intake.extract_structure import letter_unsure
from bots.protest_intake.model import ProtestEntry

DATED = (ProtestEntry("112-1234567-5", date(2024, 1, 5), date(2024, 11, 8)),)


def anchored(category_confidence: float) -> Fields:
    fields = Fields()
    fields.put("protestant_name", "Acme Widgets, Inc.", None, LABELLED)
    fields.put("signer_name", "Jane Q. Public", None, PROSE)
    fields.put("category", "classification", None, category_confidence)
    return fields


def test_a_letter_missing_its_anchors_vouches_for_no_absence() -> None:
    assert letter_unsure(Fields(), DATED) == {1, 2, 5, 6}


def test_entries_without_their_dates_leave_the_layout_unrecognised() -> None:
    undated = (ProtestEntry("112-1234567-5", None, None),)
    assert letter_unsure(anchored(LABELLED), undated) == {1, 2, 5, 6}


def test_a_labelled_letter_vouches_for_every_absence() -> None:
    assert letter_unsure(anchored(LABELLED), DATED) == frozenset()


def test_a_prose_letter_leaves_a_missing_objection_to_a_person() -> None:
    assert letter_unsure(anchored(PROSE), DATED) == {6}


def test_a_justification_promised_for_later_is_a_sure_absence() -> None:
    fields = anchored(PROSE)
    fields.put(DEFERRED, True, None, PROSE)
    assert letter_unsure(fields, DATED) == frozenset()

"""A rider ends on a sentence whose last words wrap to a short line ("... should be" / "reversed
in full."), and the signature is typed under it with no closing word: a firm signing by its
officer ("X Inc., by" / "Ann Lee, Director of Trade") or the officer alone, a date under it.
The short line ends the body; before, it was not taken for a sentence's end, the block was
sought above the whole rider, and the signer went unread (the forty-seventh hand, held out)."""

from __future__ import annotations

import pytest

from bots.protest_intake.extract_signed_end import signed_at_end

_BODY = ("The port denied our petition for relief from the penalty assessed on this entry. The\n"
         "decision on the petition disregards the mitigating factors we presented and should be\n")


@pytest.mark.parametrize("end", ["reversed in full.", "refunded.", "set aside in full?"])
@pytest.mark.parametrize("block", [
    "Gateway Cargo Customs Brokers Inc., by\nIlse Marchetti, Director of Trade\nDated 2023-12-30",
    "Ilse Marchetti, Director of Trade\nDated 2023-12-30",
    "Gateway Cargo Customs Brokers Inc., by\nIlse Marchetti\nDirector of Trade",
])
def test_the_signer_under_a_wrapped_last_sentence_is_read(end: str, block: str) -> None:
    signer = signed_at_end(f"{_BODY}{end}\n\n\n{block}\n")
    assert signer is not None and signer.name == "Ilse Marchetti"


def test_a_short_heading_under_a_label_line_is_no_sentences_end() -> None:
    # "Commodity: speakers" over "Notes." names nobody: the block is not sought there.
    text = "Commodity: rechargeable bluetooth speakers, model BX-20\nNotes.\n"
    assert signed_at_end(text) is None

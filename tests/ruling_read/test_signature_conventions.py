"""A ruling request is signed (19 CFR 177.2(c)) however the signer's block is typed: a courtesy
title before the name, particles in the family name, a "Print Name:" or "Signature:" caption, a
captioned rule over the printed name. Before, each of these drew a confident deficiency letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import read


@pytest.mark.parametrize("closing", [
    ("Very truly yours,", "Dr. Ann Lee", "Director of Imports"),
    ("Sincerely,", "Maria de la Cruz", "Director of Imports"),
    ("Sincerely,", "Jan van der Berg", "Director of Imports"),
    ("Sincerely,", "Print Name: Ann Lee", "Title: Director of Imports"),
    ("Sincerely,", "Typed name: Ann Lee", "Title: Director of Imports"),
    ("Sincerely yours,", "Signature: Ann Lee", "Title: President"),
    ("Sincerely,", "Signature: ____________", "Name: Ann Lee"),
], ids=["courtesy-title", "particles", "two-particles", "print-name", "typed-name",
        "signature-caption", "captioned-rule"])
def test_a_signed_request_in_the_signers_own_conventions_is_signed(
        tmp_path: Path, closing: tuple[str, ...]) -> None:
    output = read(tmp_path, closing=closing)
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("closing", [
    ("Sincerely,", "Signature: ______", "Title: President"),
    ("Sincerely,", "Signature:", "Title: President"),
], ids=["captioned-blank-rule", "caption-alone"])
def test_a_signature_caption_with_no_name_is_unsigned(
        tmp_path: Path, closing: tuple[str, ...]) -> None:
    output = read(tmp_path, closing=closing)
    assert output["values"]["signed"] is False

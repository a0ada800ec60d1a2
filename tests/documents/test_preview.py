"""PDF previews with the real LibreOffice: one call per batch, failures named, page images."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.documents._docs import NAMES, flat, pdf_pages, sample, template
from tradebots.documents.errors import ConversionError, ConversionTimeout, InvalidDocxError
from tradebots.documents.preview import (
    check_docx_structure,
    convert_to_pdf,
    pdf_page_count,
    pdf_page_images,
    soffice_binary,
    validate_docx,
)
from tradebots.documents.render import render_docx

libreoffice = pytest.mark.libreoffice


def render_sample(name: str, out: Path, protest_number: str, **changes: object) -> Path:
    context = {**sample(name), "protest_number": protest_number, **changes}
    return render_docx(template(name), context, out).path


@pytest.fixture
def soffice_calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the real LibreOffice through a wrapper that logs each start, one line per call."""
    log = tmp_path / "soffice-calls.log"
    wrapper = tmp_path / "soffice-wrapper"
    wrapper.write_text(f'#!/bin/sh\necho call >> "{log}"\nexec "{soffice_binary()}" "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("SOFFICE_PATH", str(wrapper))
    return log


@libreoffice
def test_twelve_letters_in_two_calls_start_libreoffice_once(
    tmp_path: Path, soffice_calls: Path
) -> None:
    letters = {}
    for i in range(12):
        number = f"2704-25-1002{i:02d}"
        name = NAMES[i % 3]
        letters[render_sample(name, tmp_path / "docx" / f"{number}.docx", number)] = number

    pdfs = convert_to_pdf(list(letters)[:6], tmp_path / "pdf")
    pdfs |= convert_to_pdf(list(letters)[6:], tmp_path / "pdf")

    assert soffice_calls.read_text().splitlines() == ["call"]
    assert set(pdfs) == {p.resolve() for p in letters}
    for docx_path, number in letters.items():
        pages = pdf_pages(pdfs[docx_path.resolve()])
        assert len(pages) == 1 == pdf_page_count(pdfs[docx_path.resolve()])
        text = flat(pages[0])
        assert f"Protest No. {number}" in text
        assert "U.S. Customs and Border Protection" in text
        assert "Page 1 of 1" in text


@libreoffice
def test_long_entry_list_runs_onto_numbered_pages(tmp_path: Path) -> None:
    entries = [
        {
            "number": f"ABC-{1000000 + i:07d}-0",
            "entry_date": "August 2, 2024",
            "liquidation_date": "December 27, 2024",
            "last_day": "June 25, 2025",
        }
        for i in range(70)
    ]
    letter = render_sample("acknowledgment", tmp_path / "long.docx", "2704-25-100300",
                           entries=entries)

    pdf = convert_to_pdf([letter], tmp_path)[letter.resolve()]

    pages = [flat(p) for p in pdf_pages(pdf)]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Protest No. 2704-25-100300" in page
    assert "ABC-1000069-0" in pages[-1] or "ABC-1000069-0" in pages[-2]
    assert "Maria T. Alvarez" in pages[-1]
    # The entry table's header row repeats on the page the table continues onto.
    assert "Entry No." in pages[1]


@libreoffice
def test_special_characters_survive_into_the_pdf(tmp_path: Path) -> None:
    addressee = {**sample("deficiency")["addressee"], "name": "Smith & Sons <Imports>"}
    letter = render_sample("deficiency", tmp_path / "amp.docx", "2704-25-100301",
                           addressee=addressee)

    assert validate_docx(letter) == 1
    pdf = convert_to_pdf([letter], tmp_path)[letter.resolve()]
    assert "Smith & Sons <Imports>" in pdf_pages(pdf)[0]


@libreoffice
def test_a_broken_docx_in_a_batch_is_named_and_the_rest_convert(tmp_path: Path) -> None:
    good = render_sample("acknowledgment", tmp_path / "good.docx", "2704-25-100302")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good.read_bytes()[:3000])
    not_a_zip = tmp_path / "plain-text.docx"
    not_a_zip.write_text("this is not a Word document")
    out = tmp_path / "pdf"
    out.mkdir()
    (out / "truncated.pdf").write_bytes(b"%PDF stale from an earlier run")

    with pytest.raises(ConversionError) as caught:
        convert_to_pdf([truncated, good, not_a_zip], out)

    assert set(caught.value.failed) == {truncated.resolve(), not_a_zip.resolve()}
    assert "truncated.docx" in str(caught.value)
    assert "plain-text.docx" in str(caught.value)
    assert set(caught.value.converted) == {good.resolve()}
    assert not (out / "truncated.pdf").exists()


def test_two_inputs_with_the_same_name_are_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "letter.docx", tmp_path / "b" / "letter.docx"
    for path in (first, second):
        render_sample("acknowledgment", path, "2704-25-100303")

    with pytest.raises(ConversionError, match="same file name"):
        convert_to_pdf([first, second], tmp_path / "pdf")


def test_missing_and_non_docx_inputs_are_named(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")

    with pytest.raises(ConversionError) as caught:
        convert_to_pdf([tmp_path / "gone.docx", text], tmp_path / "pdf")

    assert "gone.docx: file not found" in str(caught.value)
    assert "notes.txt: not a .docx file" in str(caught.value)


@libreoffice
def test_timeout_kills_libreoffice_and_the_next_call_still_works(tmp_path: Path) -> None:
    letter = render_sample("acknowledgment", tmp_path / "slow.docx", "2704-25-100304")

    with pytest.raises(ConversionTimeout, match=r"slow\.docx"):
        convert_to_pdf([letter], tmp_path / "pdf", timeout=0.05)

    assert pdf_page_count(convert_to_pdf([letter], tmp_path / "pdf")[letter.resolve()]) == 1


_CONVERT_IN_CHILD = """
import sys
from pathlib import Path
from tradebots.documents.preview import convert_to_pdf
convert_to_pdf([Path(sys.argv[1])], Path(sys.argv[2]))
"""


@libreoffice
def test_two_processes_converting_at_once_share_one_libreoffice(
    tmp_path: Path, soffice_calls: Path
) -> None:
    letters = [
        render_sample("deficiency", tmp_path / f"p{i}.docx", f"2704-25-10040{i}") for i in (1, 2)
    ]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CONVERT_IN_CHILD, str(letter), str(tmp_path / f"out{i}")],
            env=os.environ.copy(),
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, letter in enumerate(letters)
    ]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    assert "2704-25-100401" in pdf_pages(tmp_path / "out0" / "p1.pdf")[0]
    assert "2704-25-100402" in pdf_pages(tmp_path / "out1" / "p2.pdf")[0]
    assert soffice_calls.read_text().splitlines() == ["call"]


@libreoffice
def test_page_images_one_png_per_page_at_the_scale(tmp_path: Path) -> None:
    letter = render_sample("untimely_premature", tmp_path / "img.docx", "2704-25-100305")
    pdf = convert_to_pdf([letter], tmp_path)[letter.resolve()]

    images = pdf_page_images(pdf, tmp_path / "png", scale=0.5)

    assert [p.name for p in images] == ["img-p1.png"]
    with Image.open(images[0]) as image:
        assert image.format == "PNG"
        assert image.size == (306, 396)  # US letter, 612 x 792 pt, at half of 72 dpi


def test_structure_check_names_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("plain text")

    with pytest.raises(InvalidDocxError, match=r"fake\.docx: not a \.docx"):
        validate_docx(fake)


def test_structure_check_names_the_malformed_part(tmp_path: Path) -> None:
    good = render_sample("acknowledgment", tmp_path / "good.docx", "2704-25-100306")
    bad = tmp_path / "bad-xml.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            blob = source.read(item.filename)
            if item.filename == "word/footer1.xml":
                blob = blob.replace(b"</w:ftr>", b"")
            target.writestr(item, blob)

    with pytest.raises(InvalidDocxError, match=r"bad-xml\.docx: word/footer1\.xml: malformed XML"):
        check_docx_structure(bad)
    check_docx_structure(good)

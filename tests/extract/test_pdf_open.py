"""open_pdf refuses unusable files with `FILE: cause`; readable non-protests are named too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import NotAProtest, extract_protest
from tradebots.errors import BusinessError
from tradebots.pdf import UnusablePdf, open_pdf
from tradebots.pdf.document import ReadingBudget


@pytest.mark.parametrize(
    "cause", ["not a PDF", "damaged", "encrypted", "no pages", "no text layer"]
)
def test_open_pdf_names_the_file_and_the_cause(bad_inputs: dict[str, Path], cause: str) -> None:
    path = bad_inputs[cause]
    with pytest.raises(UnusablePdf) as raised:
        open_pdf(path)
    assert raised.value.cause == cause
    assert str(raised.value) == f"{path}: {cause}"


def test_open_pdf_refuses_a_file_over_the_size_limit(bad_inputs: dict[str, Path]) -> None:
    path = bad_inputs["not a protest"]
    size = path.stat().st_size
    with pytest.raises(UnusablePdf) as raised:
        open_pdf(path, max_bytes=size - 1)
    assert raised.value.cause == "too large"
    assert str(raised.value) == f"{path}: too large: {size} bytes, limit {size - 1}"


def test_open_pdf_refuses_too_many_pages(bad_inputs: dict[str, Path]) -> None:
    with pytest.raises(UnusablePdf, match=r": too large: 1 pages, limit 0$"):
        open_pdf(bad_inputs["not a protest"], max_pages=0)


def test_an_empty_file_is_refused_as_empty_not_as_not_a_pdf(tmp_path: Path) -> None:
    empty = tmp_path / "upload.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UnusablePdf) as raised:
        open_pdf(empty)
    assert str(raised.value) == f"{empty}: empty: 0 bytes"


def test_reading_past_its_time_or_memory_budget_is_refused_with_the_figures(
    bad_inputs: dict[str, Path],
) -> None:
    path = bad_inputs["not a protest"]
    with pytest.raises(UnusablePdf, match=r"too large: 1 pages; reading stopped at page 1 "
                                          r"after \d+ s, limit -1 s$"):
        open_pdf(path, budget=ReadingBudget(seconds=-1))
    with pytest.raises(UnusablePdf, match=r"using -?\d+ MB, limit -1 MB$"):
        open_pdf(path, budget=ReadingBudget(memory_mb=-1))


def test_unusable_pdf_is_a_business_error_so_the_item_goes_to_a_person(
    bad_inputs: dict[str, Path],
) -> None:
    with pytest.raises(BusinessError):
        extract_protest(bad_inputs["encrypted"])


def test_an_invoice_is_reported_as_not_a_protest(bad_inputs: dict[str, Path]) -> None:
    path = bad_inputs["not a protest"]
    with pytest.raises(NotAProtest) as raised:
        extract_protest(path)
    assert str(raised.value).startswith(f"{path}: not a protest")
    assert "invoice" in str(raised.value)
    assert isinstance(raised.value, BusinessError)


def test_a_good_pdf_opens_with_its_hash_and_pages(bad_inputs: dict[str, Path]) -> None:
    with open_pdf(bad_inputs["not a protest"]) as document:
        assert document.page_count == 1
        assert len(document.sha256) == 64
        assert "COMMERCIAL INVOICE" in document.text()


def test_an_item_refused_for_its_size_tells_the_clerk_the_figure_and_the_limit(
    bad_inputs: dict[str, Path], tmp_path: Path,
) -> None:
    from bots.common.pipeline import read_input
    from tradebots.bot import StepContext
    from tradebots.settings import load_settings

    ctx = StepContext(item_id=7, bot="protest_intake", reference="r", phase="prepare", attempt=1,
                      inputs=[bad_inputs["not a protest"]], input_names=["scan-7.pdf"],
                      payload={}, settings=load_settings(), workdir=tmp_path,
                      guard=lambda: None)
    with pytest.raises(BusinessError) as raised:
        read_input(ctx, lambda path: open_pdf(path, max_pages=0))
    assert raised.value.message == "scan-7.pdf: too large: 1 pages, limit 0"

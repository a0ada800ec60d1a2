"""Why a PDF cannot be read: one typed error whose message is `FILE: cause`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from tradebots.errors import BusinessError

Cause = Literal["not a PDF", "damaged", "encrypted", "no pages", "no text layer", "too large"]


class UnusablePdf(BusinessError):
    """The file cannot be read as a PDF with text; the item goes to a person."""

    def __init__(self, path: Path, cause: Cause, detail: str = "") -> None:
        super().__init__(
            f"{path}: {cause}",
            code="unusable_pdf",
            data={"path": str(path), "cause": cause, "detail": detail},
        )
        self.path = path
        self.cause: Cause = cause
        self.detail = detail

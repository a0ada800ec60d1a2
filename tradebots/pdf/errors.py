"""Why a PDF cannot be read: one typed error whose message is `FILE: cause`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from tradebots.errors import BusinessError

Cause = Literal["empty", "not a PDF", "damaged", "encrypted", "no pages", "no text layer",
                "too large"]
# Causes whose detail (the figure and its limit) the message must give, or a person cannot act.
_WITH_FIGURES = ("too large", "empty")


class UnusablePdf(BusinessError):
    """The file cannot be read as a PDF with text; the item goes to a person."""

    def __init__(self, path: Path, cause: Cause, detail: str = "") -> None:
        shown = f"{cause}: {detail}" if cause in _WITH_FIGURES and detail else cause
        super().__init__(
            f"{path}: {shown}",
            code="unusable_pdf",
            data={"path": str(path), "cause": cause, "detail": detail},
        )
        self.path = path
        self.reason = shown  # the message without the path: the cause, with figures where due
        self.cause: Cause = cause
        self.detail = detail

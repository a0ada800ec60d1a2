"""What can go wrong making a document; each message names the template or file concerned."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tradebots.errors import TradebotsError, TransientError


class DocumentError(TradebotsError):
    """A template or document problem: the code or the template is wrong, not the facts."""


class MissingVariablesError(DocumentError):
    """The context lacks variables the template uses."""

    def __init__(self, template: Path, missing: Iterable[str]):
        self.template = template
        self.missing = tuple(sorted(missing))
        super().__init__(
            f"{template}: context is missing template variable(s): {', '.join(self.missing)}"
        )


class ConversionError(DocumentError):
    """LibreOffice did not turn one or more files into a usable PDF."""

    def __init__(self, failed: dict[Path, str], converted: dict[Path, Path] | None = None):
        self.failed = dict(failed)
        self.converted = dict(converted or {})
        causes = "; ".join(f"{path}: {cause}" for path, cause in self.failed.items())
        super().__init__(f"PDF conversion failed: {causes}")


class InvalidDocxError(DocumentError):
    """A .docx that Word or LibreOffice would refuse or offer to repair."""

    def __init__(self, path: Path, cause: str):
        self.path = path
        super().__init__(f"{path}: {cause}")


class ConversionTimeout(TransientError):
    """LibreOffice hung: worth another try, since a stuck office process is usually passing."""


class ConverterUnavailable(TransientError):
    """The machine's LibreOffice converter would not start or stopped answering: try later."""

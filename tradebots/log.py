"""Logging with loguru: a readable console, JSON lines under logs/, secrets and SSNs masked."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from loguru import logger

if TYPE_CHECKING:
    from loguru import Record

SSN = re.compile(r"\b\d{3}-\d{2}-(\d{4})\b")
SECRET_ASSIGNMENT = re.compile(
    r"(?i)\b(password|passwd|pwd|token|secret|api[_-]?key|authorization)(\s*[=:]\s*)([^\s,;&]+)"
)
URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")
CONSOLE_FORMAT = (
    "<green>{time:HH:mm:ss}</green> <level>{level: <7}</level> "
    "<cyan>{extra[worker]}</cyan>{extra[item_label]} {message}"
)

_known_secrets: set[str] = set()


def mask(text: str) -> str:
    """Hide SSN-form numbers, credentials in key=value or URL form, and registered secrets."""
    for secret in _known_secrets:
        text = text.replace(secret, "***")
    text = SSN.sub(r"***-**-\1", text)
    text = SECRET_ASSIGNMENT.sub(r"\1\2***", text)
    return URL_PASSWORD.sub(r"\1***\3", text)


def register_secret(value: str) -> None:
    """Mask this exact value wherever it would appear in a log line."""
    if len(value) >= 4:
        _known_secrets.add(value)


def _mask_value(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: _mask_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_value(v) for v in value]
    return value


def _patch(record: Record) -> None:
    record["message"] = mask(record["message"])
    extra = record["extra"]
    for key, value in list(extra.items()):
        extra[key] = _mask_value(value)
    extra.setdefault("worker", "-")
    item = extra.get("item")
    extra["item_label"] = f" item={item}" if item is not None else ""
    if record["exception"] is not None:
        exc = record["exception"]
        if exc.value is not None:
            exc.value.args = tuple(_mask_value(a) for a in exc.value.args)


def setup_logging(logs_dir: Path, *, worker: str = "main", level: str = "INFO",
                  file_level: str = "INFO") -> None:
    """Send logs to stderr (readable) and logs/tradebots.jsonl (one JSON object per line).

    FILE_LEVEL DEBUG adds per-item lines of batch bots: each costs ~50 us, a disabled one ~0."""
    logger.remove()
    logger.configure(patcher=_patch, extra={"worker": worker})
    logger.add(sys.stderr, level=level, format=CONSOLE_FORMAT, colorize=sys.stderr.isatty())
    logs_dir.mkdir(parents=True, exist_ok=True)
    logger.add(logs_dir / "tradebots.jsonl", level=file_level, serialize=True, enqueue=False)

"""Pre-window smoke checks: a failing check pauses its bot for the night instead of its items."""

from __future__ import annotations

import importlib
import socket
from collections.abc import Iterable
from typing import Any

from loguru import logger

from tradebots.schedule.config import SmokeSpec
from tradebots.settings import Settings


def tcp_reachable(settings: Settings, host: str, port: int, timeout: float = 3.0) -> None:
    """Raise unless a TCP connection to HOST:PORT opens within TIMEOUT seconds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return
    except OSError as exc:
        raise ConnectionError(f"cannot reach {host}:{port}: {exc.strerror or exc}") from exc


def _load(reference: str) -> Any:
    module, _, attr = reference.partition(":")
    return getattr(importlib.import_module(module), attr)


def run_smoke_checks(
    settings: Settings, checks: dict[str, SmokeSpec], bots: Iterable[str]
) -> dict[str, str]:
    """Run each bot's check; return {bot: why it failed} for the bots to pause tonight."""
    failed: dict[str, str] = {}
    for bot in bots:
        spec = checks.get(bot)
        if spec is None:
            continue
        try:
            _load(spec.check)(settings, **spec.args)
        except Exception as exc:  # any failure of the check means: do not run this bot tonight
            failed[bot] = f"smoke test {spec.check} failed: {type(exc).__name__}: {exc}"
            logger.warning("{}: {}", bot, failed[bot])
        else:
            logger.info("{}: smoke test passed", bot)
    return failed

"""`make run`'s night: a window that opens seconds after start and lasts WINDOW_SECONDS.

The demo schedules file sweeps demo inboxes (sample documents copied in), runs one short window
in-process and writes the morning report, so the report exists within a minute of start.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tradebots.schedule.config import load_schedules
from tradebots.settings import Settings

WINDOW_SECONDS = 36
START_DELAY_SECONDS = 8  # the first sweep (every 5 s) has queued the samples by then


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF showing TEXT, for demos without sample documents."""
    return pdf_showing(text.encode(), size=14, top=720)


def pdf_showing(shown: bytes, *, to_unicode: bytes | None = None, size: int = 12,
                top: int = 700) -> bytes:
    """A one-page PDF showing the codes SHOWN in Helvetica, read through the TO_UNICODE CMap
    when one is given (tests of how a producer's character map reads)."""
    stream = b"BT /F1 %d Tf 72 %d Td (%s) Tj ET" % (size, top, shown)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica%s >>" % (
        b" /ToUnicode 6 0 R" if to_unicode is not None else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        font,
    ]
    if to_unicode is not None:
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode),
                                                                       to_unicode))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_demo_schedules(
    settings: Settings,
    *,
    samples: Mapping[str, Sequence[Path]] | None = None,
    now: datetime | None = None,
    window_seconds: int = WINDOW_SECONDS,
) -> Path:
    """Copy SAMPLES ({bot: PDFs}) into demo inboxes and write var/demo/schedules.toml.

    Without samples, three small PDFs are made for the built-in noop bot.
    """
    demo = settings.var_path / "demo"
    zone = ZoneInfo(settings.timezone)
    start = ((now or datetime.now(UTC)) + timedelta(seconds=START_DELAY_SECONDS)).astimezone(zone)
    folders: dict[str, str] = {}
    for bot, files in (samples or {}).items():
        inbox = demo / "inbox" / bot
        inbox.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copy2(path, inbox / path.name)
        folders[str(inbox)] = bot
    if not folders:
        inbox = demo / "inbox" / "noop"
        inbox.mkdir(parents=True, exist_ok=True)
        for number in range(1, 4):
            (inbox / f"demo-{number}.pdf").write_bytes(tiny_pdf(f"Demo document {number}"))
        folders[str(inbox)] = "noop"
    folder_table = ", ".join(f"{_toml_string(k)} = {_toml_string(v)}" for k, v in folders.items())
    when = ", ".join(f"{field} = {getattr(start, field)}"
                     for field in ("year", "month", "day", "hour", "minute", "second"))
    text = f"""# Written by the demo at start-up: one short night {window_seconds} s long.
[scheduler]
lease_seconds = 15
standby_poll_seconds = 1

[jobs.demo-sweep]
func = "workflows.nightly:inbox_sweep"
trigger = "interval"
interval_seconds = 5
timezone = "{settings.timezone}"
misfire_grace_seconds = 30
coalesce = true
[jobs.demo-sweep.params]
archive = {_toml_string(str(demo / "archive"))}
folders = {{ {folder_table} }}

[jobs.demo-diary]
func = "workflows.nightly:diary"
trigger = "interval"
interval_seconds = 30
timezone = "{settings.timezone}"
misfire_grace_seconds = 60
coalesce = true

[jobs.demo-window]
func = "workflows.nightly:run_window"
trigger = "cron"
cron = {{ {when} }}
timezone = "{settings.timezone}"
misfire_grace_seconds = 120
coalesce = true
[jobs.demo-window.params]
minutes = {window_seconds / 60:.4f}
workers = 1
in_process = true
"""
    path = demo / "schedules.toml"
    path.write_text(text)
    load_schedules(path)  # fail now, not in the scheduler, if the file is wrong
    return path

"""Real small or read-only file systems (tmpfs) for fault tests; skipped where mount is refused."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tmpfs(path: Path, *, size_kb: int = 512, read_only: bool = False) -> Iterator[Path]:
    """Mount a tmpfs of SIZE_KB at PATH for the block; unmounted (and emptied) afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kb}k" + (",ro" if read_only else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def remount(path: Path, *, read_only: bool) -> None:
    """Make a tmpfs of tmpfs() read-only or writable again: the fault clears."""
    subprocess.run(["mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(path)],
                   check=True)


def fill(path: Path) -> None:
    """Write until the file system at PATH is full."""
    with open(path / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass

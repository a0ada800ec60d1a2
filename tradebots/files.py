"""Content-addressed file store keyed by sha256; stored files are never changed or deleted."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


class CorruptFile(Exception):
    """Stored bytes no longer hash to the sha256 they are stored under."""


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def checked(sha256: str, data: bytes) -> bytes:
    """DATA, after making sure it is the content SHA256 names."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise CorruptFile(f"stored file {sha256} reads back as {actual}")
    return data


class FileStore:
    """Files under ROOT/ab/cdef..., written atomically, read-only once stored.

    On its own it is the store; a subclass keeping files elsewhere uses ROOT as its local cache.
    """

    def __init__(self, root: Path):
        self.root = root

    def local_path(self, sha256: str) -> Path:
        """Where the file is (or would be) kept under ROOT; nothing is fetched."""
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def path_for(self, sha256: str) -> Path:
        """A local path holding the file, for code that opens paths (LibreOffice, pdfplumber)."""
        return self.local_path(sha256)

    def exists(self, sha256: str) -> bool:
        return self.local_path(sha256).exists()

    def put_bytes(self, data: bytes) -> str:
        """Store bytes; return their sha256. Storing the same bytes again changes nothing."""
        sha = hashlib.sha256(data).hexdigest()
        if not self.local_path(sha).exists():
            self._write_atomically(sha, lambda out: out.write(data))
        return sha

    def put_file(self, source: Path) -> str:
        """Store a copy of a file; return its sha256. The source is left as it was."""
        sha = sha256_of(source)
        if not self.local_path(sha).exists():
            with source.open("rb") as src:
                self._write_atomically(sha, lambda out: shutil.copyfileobj(src, out, CHUNK))
        return sha

    def read_bytes(self, sha256: str) -> bytes:
        """The stored bytes, verified against their sha256."""
        return checked(sha256, self.path_for(sha256).read_bytes())

    def _write_atomically(self, sha: str, write: Callable[[BinaryIO], object]) -> None:
        target = self.local_path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                write(out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

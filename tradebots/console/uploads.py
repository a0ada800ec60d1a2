"""Receive PDF uploads as they stream in: size limit while reading, names and magic checked."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_FILES = 20
MAX_FIELD_BYTES = 4096
MULTIPART_OVERHEAD = 64 * 1024  # headers and boundaries around the files in one request
PDF_MAGIC = b"%PDF-"
SAFE_NAME = re.compile(r"^[^/\\\x00-\x1f]+$")


class UploadRefused(Exception):
    """The upload cannot be taken; STATUS is the HTTP status, MESSAGES name each file and cause."""

    def __init__(self, status: int, messages: list[str]):
        super().__init__("; ".join(messages))
        self.status = status
        self.messages = messages


@dataclass
class ReceivedFile:
    name: str
    path: Path
    size: int
    head: bytes = b""


@dataclass
class ReceivedUpload:
    """The form's text fields and its files, each in a private temporary folder."""

    fields: dict[str, str] = field(default_factory=dict)
    files: list[ReceivedFile] = field(default_factory=list)
    folder: Path | None = None

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def name_problem(name: str) -> str | None:
    """Why NAME cannot be an upload's file name, or None when it is a plain PDF name."""
    if not name:
        return "the file has no name"
    if not SAFE_NAME.match(name) or name in {".", ".."} or ".." in name.split("/"):
        return f"{name}: a file name must not contain a folder path or control characters"
    if name.startswith("."):
        return f"{name}: a file name must not start with a dot"
    if len(name) > 200:
        return f"{name[:40]}...: the file name is longer than 200 characters"
    if not name.lower().endswith(".pdf"):
        return f"{name}: only PDF files (.pdf) can be queued"
    return None


def content_problem(received: ReceivedFile) -> str | None:
    if received.size == 0:
        return f"{received.name}: the file is empty"
    if PDF_MAGIC not in received.head[:1024]:
        return f"{received.name}: this is not a PDF (it does not start with %PDF-)"
    return None


class _Receiver:
    """Callbacks for the streaming multipart parser; raises UploadRefused mid-stream."""

    def __init__(self, folder: Path, limit: int, csrf_ok: Callable[[dict[str, str]], bool]):
        self.folder = folder
        self.limit = limit
        self.csrf_ok = csrf_ok
        self.result = ReceivedUpload(folder=folder)
        self._header_field = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self._field: str | None = None
        self._value = bytearray()
        self._file: ReceivedFile | None = None
        self._out: BinaryIO | None = None

    def callbacks(self) -> dict[str, Callable[..., None]]:
        return {
            "on_part_begin": self.part_begin, "on_header_field": self.header_field,
            "on_header_value": self.header_value, "on_header_end": self.header_end,
            "on_headers_finished": self.headers_finished, "on_part_data": self.part_data,
            "on_part_end": self.part_end,
        }

    def part_begin(self) -> None:
        self._headers, self._field, self._file, self._value = {}, None, None, bytearray()

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def header_end(self) -> None:
        self._headers[self._header_field.lower()] = self._header_value
        self._header_field, self._header_value = b"", b""

    def headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" not in options:
            self._field = name
            return
        # A cross-site form must not even get bytes onto our disk: the token comes first.
        if not self.csrf_ok(self.result.fields):
            raise UploadRefused(403, ["the form's security token is missing or stale; "
                                      "reload the page and try again"])
        if len(self.result.files) >= MAX_FILES:
            raise UploadRefused(413, [f"at most {MAX_FILES} files can be sent at once"])
        filename = options[b"filename"].decode("utf-8", "replace")
        problem = name_problem(filename)
        if problem:
            raise UploadRefused(400, [problem])
        target = self.folder / str(len(self.result.files)) / filename
        target.parent.mkdir()
        self._file = ReceivedFile(filename, target, 0)
        self._out = target.open("wb")

    def part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self._file is None or self._out is None:
            if len(self._value) + len(chunk) > MAX_FIELD_BYTES:
                raise UploadRefused(413, [f"the form field {self._field!r} is too long"])
            self._value += chunk
            return
        self._file.size += len(chunk)
        if self._file.size > self.limit:
            raise UploadRefused(413, [f"{self._file.name}: the file is larger than the "
                                      f"{self.limit // (1024 * 1024)} MB limit"])
        if len(self._file.head) < 1024:
            self._file.head += chunk[: 1024 - len(self._file.head)]
        self._out.write(chunk)

    def part_end(self) -> None:
        if self._file is not None and self._out is not None:
            self._out.close()
            self._out = None
            self.result.files.append(self._file)
        elif self._field is not None:
            self.result.fields[self._field] = self._value.decode("utf-8", "replace")

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


async def receive_upload(
    stream: AsyncIterator[bytes], content_type: str, content_length: str | None, *,
    limit: int, spool: Path, csrf_ok: Callable[[dict[str, str]], bool],
) -> ReceivedUpload:
    """Parse a multipart upload into SPOOL, refusing it as soon as it breaks a limit."""
    kind, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadRefused(415, ["send the files as a multipart form (multipart/form-data)"])
    # A declared length over the limit is refused before a byte of the body is read.
    declared = int(content_length) if content_length and content_length.isdigit() else 0
    if declared > limit + MULTIPART_OVERHEAD:
        size_mb = declared / (1024 * 1024)
        raise UploadRefused(413, [f"the upload is {size_mb:.0f} MB; the limit is "
                                  f"{limit // (1024 * 1024)} MB"])
    spool.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="upload-", dir=spool))
    receiver = _Receiver(folder, limit, csrf_ok)
    parser = MultipartParser(boundary, receiver.callbacks())  # type: ignore[arg-type]
    received = 0
    try:
        async for chunk in stream:
            received += len(chunk)
            if received > limit + MULTIPART_OVERHEAD:
                raise UploadRefused(413, [f"the upload is larger than the "
                                          f"{limit // (1024 * 1024)} MB limit"])
            parser.write(chunk)
        parser.finalize()
    except BaseException:
        receiver.close()
        receiver.result.discard()
        raise
    receiver.close()
    return receiver.result

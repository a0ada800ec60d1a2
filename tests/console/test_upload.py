"""Queueing work: PDFs are stored and queued; bad names, types and sizes are refused early."""

from __future__ import annotations

import contextlib
import re
import socket
import time
from pathlib import Path
from typing import Any

from tests.console.conftest import Console, csrf_of
from tradebots.queue.queries import count_items, get_item

MB = 1024 * 1024


def nothing_stored(console: Console) -> bool:
    var = console.services.settings.var_path
    files = var / "files"
    spool = var / "console" / "uploads"
    stored = [p for p in files.rglob("*") if p.is_file()] if files.exists() else []
    spooled = [p for p in spool.rglob("*")] if spool.exists() else []
    return not stored and not spooled and count_items(console.services.database) == 0


def upload(console: Console, files: list[tuple[str, bytes]], **fields: str) -> Any:
    carol = console.client("carol")
    csrf = csrf_of(carol.get("/upload").text)
    return carol.post("/upload", data={"csrf": csrf, "bot": "protest", **fields},
                      files=[("files", (name, data, "application/pdf")) for name, data in files],
                      headers={"accept": "application/json"})


def test_uploaded_pdfs_are_stored_and_queued_with_their_due_date(console: Console,
                                                                  protest_files: Any) -> None:
    paths = protest_files(2)
    response = upload(console, [(p.name, p.read_bytes()) for p in paths], due="2025-09-10")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["created"] for r in results] == [True, True]
    item = get_item(console.services.database, results[0]["item_id"])
    assert item is not None
    assert item.queued_by == "carol" and item.due_date is not None
    assert item.due_date.isoformat() == "2025-09-10"
    assert item.inputs[0]["name"] == paths[0].name
    assert console.services.files.exists(item.inputs[0]["sha256"])


def test_a_duplicate_upload_is_shown_as_the_existing_item(console: Console,
                                                          protest_files: Any) -> None:
    path = protest_files(1)[0]
    first = upload(console, [(path.name, path.read_bytes())]).json()["results"][0]
    again = upload(console, [("renamed.pdf", path.read_bytes())]).json()["results"][0]
    assert again["item_id"] == first["item_id"] and again["created"] is False
    assert "already queued as item" in again["message"]
    assert count_items(console.services.database) == 1


def test_a_path_in_the_file_name_is_refused_and_nothing_is_stored(console: Console) -> None:
    response = upload(console, [("../../etc/passwd.pdf", b"%PDF-1.4\n%%EOF")])
    assert response.status_code == 400
    assert "must not contain a folder path" in response.json()["errors"][0]
    assert nothing_stored(console)


def test_files_that_are_not_pdfs_are_refused_with_their_names(console: Console) -> None:
    for name, data, cause in [("letter.docx", b"PK\x03\x04", "only PDF files"),
                              ("fake.pdf", b"MZ\x90\x00 an executable", "not a PDF"),
                              ("empty.pdf", b"", "empty")]:
        response = upload(console, [(name, data)])
        assert response.status_code == 400
        message = response.json()["errors"][0]
        assert name in message and cause in message
    assert nothing_stored(console)


def test_an_html_form_post_gets_the_message_on_the_page(console: Console) -> None:
    carol = console.client("carol")
    csrf = csrf_of(carol.get("/upload").text)
    response = carol.post("/upload", data={"csrf": csrf, "bot": "protest"},
                          files={"files": ("notes.txt", b"hello", "text/plain")})
    assert response.status_code == 400
    assert "notes.txt: only PDF files (.pdf) can be queued" in response.text


def _raw_post(console: Console, headers: str, body_chunks: Any) -> tuple[bytes, int]:
    """Send a request by hand; stop sending as soon as the server answers. (reply, bytes sent)"""
    sock = socket.create_connection(("127.0.0.1", console.server.port))
    sent = 0
    try:
        sock.sendall(headers.encode())
        sock.setblocking(False)
        reply = b""
        for chunk in body_chunks:
            with contextlib.suppress(BlockingIOError):
                reply += sock.recv(65536)
            if reply:
                break
            try:
                sock.setblocking(True)
                sock.sendall(chunk)
                sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            finally:
                sock.setblocking(False)
        sock.setblocking(True)
        sock.settimeout(10)
        deadline = time.monotonic() + 10
        while not _whole_response(reply) and time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                break
            if not data:
                break
            reply += data
        return reply, sent
    finally:
        sock.close()


def _whole_response(reply: bytes) -> bool:
    """True once REPLY holds the headers and all the body their Content-Length announces
    (the server may send the body in a later packet than the headers)."""
    head, found, body = reply.partition(b"\r\n\r\n")
    if not found:
        return False
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    return length is None or len(body) >= int(length.group(1))


def _session_headers(console: Console) -> tuple[str, str]:
    carol = console.client("carol")
    csrf = csrf_of(carol.get("/upload").text)
    cookie = "; ".join(f"{k}={v}" for k, v in carol.cookies.items())
    return cookie, csrf


def _form_start(csrf: str, boundary: str) -> bytes:
    return (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"bot\"\r\n\r\nprotest\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
            f"filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n").encode()


def test_a_200_mb_upload_is_refused_before_its_body_is_read(console: Console) -> None:
    cookie, csrf = _session_headers(console)
    boundary = "x" * 24
    size = 200 * MB
    headers = (f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
               f"Accept: application/json\r\nX-CSRF-Token: {csrf}\r\n"
               f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
               f"Content-Length: {size}\r\n\r\n")
    start = _form_start(csrf, boundary)
    chunks = [start] + [b"\0" * MB] * 200
    reply, sent = _raw_post(console, headers, chunks)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert b"the upload is 200 MB; the limit is 50 MB" in reply
    assert sent < 20 * MB  # refused while the body was still coming
    assert nothing_stored(console)


def test_the_size_limit_applies_while_a_stream_without_length_comes_in(console: Console) -> None:
    cookie, csrf = _session_headers(console)
    boundary = "y" * 24
    headers = (f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
               f"Accept: application/json\r\n"
               f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
               f"Transfer-Encoding: chunked\r\n\r\n")

    def chunked(data: bytes) -> bytes:
        return f"{len(data):x}\r\n".encode() + data + b"\r\n"

    # 200 MB offered, one MB at a time, with no end: the server must answer part-way.
    chunks = [chunked(_form_start(csrf, boundary))] + [chunked(b"\0" * MB)] * 200
    reply, sent = _raw_post(console, headers, chunks)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert b"larger than the 50 MB limit" in reply
    assert sent < 60 * MB
    assert nothing_stored(console)


def test_the_spool_holds_no_file_after_a_refusal(console: Console, tmp_path: Path) -> None:
    upload(console, [("ok.pdf", b"%PDF-1.4\n"), ("bad.txt", b"x")])
    assert nothing_stored(console)

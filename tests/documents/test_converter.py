"""The machine's LibreOffice converter: restarted when it dies, killed and retried when it hangs."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.documents._docs import pdf_pages, sample, template
from tradebots.documents.converter import Converter
from tradebots.documents.errors import ConverterUnavailable
from tradebots.documents.preview import convert_to_pdf, soffice_binary
from tradebots.documents.render import render_docx
from tradebots.worker_tmp import MACHINE_TMP_ENV

libreoffice = pytest.mark.libreoffice


def letter(out: Path, number: str) -> Path:
    context = {**sample("acknowledgment"), "protest_number": number}
    return render_docx(template("acknowledgment"), context, out).path


def office_processes(server_pid: int) -> list[int]:
    """The soffice.bin processes in the converter's process group."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name, rest = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:]
        if name.startswith("soffice") and int(rest.split()[2]) == server_pid:
            found.append(int(entry.name))
    return found


def signal_office(tmp_path: Path, signum: signal.Signals) -> tuple[Converter, int]:
    """Convert once so the converter runs, then send SIGNUM to its LibreOffice; its server pid."""
    first = letter(tmp_path / "first.docx", "2704-25-100500")
    convert_to_pdf([first], tmp_path / "pdf")
    converter = Converter(soffice_binary())
    server = converter.endpoint().pid
    for pid in office_processes(server):
        os.kill(pid, signum)
    return converter, server


def converted_text(tmp_path: Path, number: str, timeout: float | None = None) -> str:
    second = letter(tmp_path / "second.docx", number)
    pdf = convert_to_pdf([second], tmp_path / "pdf", timeout=timeout)[second.resolve()]
    return " ".join(pdf_pages(pdf)[0].split())


@libreoffice
def test_a_converter_whose_libreoffice_was_killed_is_restarted(tmp_path: Path) -> None:
    converter, killed = signal_office(tmp_path, signal.SIGKILL)

    assert "Protest No. 2704-25-100502" in converted_text(tmp_path, "2704-25-100502")
    assert converter.endpoint().pid != killed


@libreoffice
def test_a_hung_conversion_is_killed_and_tried_again_on_a_new_libreoffice(tmp_path: Path) -> None:
    converter, hung = signal_office(tmp_path, signal.SIGSTOP)  # a LibreOffice that never answers

    assert "Protest No. 2704-25-100504" in converted_text(tmp_path, "2704-25-100504", timeout=5)
    assert office_processes(hung) == []  # the stopped one was killed, not left behind
    assert converter.endpoint().pid != hung


@pytest.mark.slow
def test_a_libreoffice_that_will_not_start_is_reported_without_waiting_out_unoserver(
    tmp_path: Path,
) -> None:
    started = time.monotonic()

    with pytest.raises(ConverterUnavailable, match="did not start"):
        Converter("/bin/false", tmp_path).endpoint()

    assert time.monotonic() - started < 30  # unoserver alone keeps trying for ~45 s


@libreoffice
def test_a_converter_started_by_a_worker_keeps_the_machines_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # It outlives the worker: in the worker's own folder its files would be swept under it.
    machine, worker = tmp_path / "machine", tmp_path / "machine" / "tradebots-0" / "worker-1-2"
    worker.mkdir(parents=True)
    monkeypatch.setenv(MACHINE_TMP_ENV, str(machine))
    monkeypatch.setenv("TMPDIR", str(worker))
    converter = Converter(soffice_binary(), tmp_path / "converter")
    try:
        server = converter.endpoint().pid
        environ = Path(f"/proc/{server}/environ").read_bytes().split(b"\0")
        assert f"TMPDIR={machine}".encode() in environ
    finally:
        converter.stop()

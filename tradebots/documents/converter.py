"""One long-lived LibreOffice (unoserver) per machine, shared by every worker process on it.

The first process that needs it starts it, under a file lock, and writes where it listens; the
others find it there. A server that died is restarted by whoever notices first; a conversion
that hangs is killed with its server and tried once more.
"""

from __future__ import annotations

import fcntl
import hashlib
import http.client
import json
import os
import signal
import socket
import subprocess
import time
import xmlrpc.client
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from loguru import logger

from tradebots.documents.errors import (
    ConversionError,
    ConversionTimeout,
    ConverterUnavailable,
    DocumentError,
)
from tradebots.worker_tmp import machine_tmp

DIR_ENV = "TRADEBOTS_CONVERTER_DIR"
UNO_PYTHON_ENV = "TRADEBOTS_UNO_PYTHON"
UNO_PYTHON = "/usr/bin/python3"  # Debian's python3-uno is built for the system interpreter
START_SECONDS = 60.0
# unoserver's own cap: a conversion this long kills LibreOffice even if no client is waiting.
SERVER_CONVERSION_CAP = 300
API_VERSION = "3"

# The server runs under the interpreter that has `uno`; unoserver itself (pure Python) is
# appended from this environment so nothing of the system's is shadowed.
_BOOT = (
    "import os, sys; sys.path.append(os.environ['TRADEBOTS_UNOSERVER_PATH']); "
    "from unoserver.server import main; sys.exit(main())"
)

# Servers this process started: polled so a dead one is reaped, not left as a zombie.
_children: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Endpoint:
    pid: int
    port: int


def state_dir(soffice: str, base: Path | None = None) -> Path:
    """Where the converter for this LibreOffice keeps its lock, address and profile.

    BASE, else $TRADEBOTS_CONVERTER_DIR, else one folder per user in the machine's temporary
    folder (not a worker's own: the converter outlives the worker that started it)."""
    base = base or Path(os.environ.get(DIR_ENV) or machine_tmp() / f"tradebots-{os.getuid()}")
    # Keyed by the executable, so a different LibreOffice (or a test's guard) gets its own.
    key = hashlib.sha256(soffice.encode()).hexdigest()[:10]
    return base / f"converter-{key}"


class Converter:
    """The machine's converter for one LibreOffice executable."""

    def __init__(self, soffice: str, base: Path | None = None) -> None:
        self.soffice = soffice
        self.folder = state_dir(soffice, base)

    def convert(self, source: Path, target: Path, infilter: str, timeout: float) -> None:
        """Write TARGET as the PDF of SOURCE; a dead or hung server is restarted once.

        Raises ConversionError when LibreOffice refuses the document."""
        endpoint = self.endpoint()
        for attempt in (1, 2):
            try:
                _call(endpoint, timeout, "convert", str(source), None, str(target), "pdf",
                      None, [], True, infilter, None)
                return
            except TimeoutError:
                logger.warning("LibreOffice hung on {} ({:.0f} s): restarting it", source.name,
                               timeout)
                if attempt == 2:
                    raise ConversionTimeout(
                        f"LibreOffice did not finish within {timeout:.0f} s converting "
                        f"{source.name}", code="libreoffice_timeout") from None
                endpoint = self.restart(endpoint, kill=True)
            except (ConnectionError, http.client.HTTPException, xmlrpc.client.ProtocolError):
                if attempt == 2:
                    raise ConverterUnavailable(
                        f"the LibreOffice converter stopped answering converting {source.name}",
                        code="converter_unavailable") from None
                endpoint = self.restart(endpoint, kill=False)
            except xmlrpc.client.Fault as fault:
                if _alive(endpoint) or attempt == 2:
                    raise ConversionError({source: _fault_text(fault)}) from None
                endpoint = self.restart(endpoint, kill=False)  # it died mid-conversion

    def endpoint(self) -> Endpoint:
        """The running server, started when there is none."""
        found = self._read()
        if found is not None and _alive(found, probe=False):
            return found
        with self._locked():
            found = self._read()
            if found is not None and _alive(found):
                return found
            return self._start(found)

    def restart(self, failed: Endpoint, *, kill: bool) -> Endpoint:
        """Replace FAILED unless another process already has; return the server to use."""
        with self._locked():
            current = self._read()
            if current is not None and current != failed and _alive(current):
                return current
            if kill:
                _kill(failed)
            return self._start(current)

    def stop(self) -> None:
        """Stop the server (tests and benches that started their own)."""
        with self._locked():
            found = self._read()
            if found is not None:
                _kill(found)
            (self.folder / "server.json").unlink(missing_ok=True)

    # --- state ----------------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / "lock").open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _read(self) -> Endpoint | None:
        try:
            raw = json.loads((self.folder / "server.json").read_text())
            return Endpoint(int(raw["pid"]), int(raw["port"]))
        except (OSError, ValueError, KeyError):
            return None

    def _start(self, previous: Endpoint | None) -> Endpoint:
        if previous is not None:
            _kill(previous)  # half-alive (LibreOffice gone, RPC thread up) is still in the way
        profile = self.folder / "profile"
        # A killed LibreOffice leaves its lock behind; only this (locked) starter uses the profile.
        (profile / ".lock").unlink(missing_ok=True)
        port, uno_port = _free_port(), _free_port()
        command = [
            os.environ.get(UNO_PYTHON_ENV, UNO_PYTHON), "-c", _BOOT,
            "--interface", "127.0.0.1", "--port", str(port), "--uno-port", str(uno_port),
            "--executable", self.soffice, "--user-installation", str(profile),
            "--conversion-timeout", str(SERVER_CONVERSION_CAP),
        ]
        # LibreOffice's temporary files go in the machine's folder: a worker's own is swept when
        # that worker is gone, while the server still runs.
        env = dict(os.environ, TRADEBOTS_UNOSERVER_PATH=_unoserver_path(),
                   TMPDIR=str(machine_tmp()))
        with (self.folder / "server.log").open("wb") as log:
            # A session of its own: it outlives the worker that started it, and one killpg
            # ends unoserver, oosplash and soffice.bin together.
            process = subprocess.Popen(command, env=env, stdout=log, stderr=log,
                                       start_new_session=True, cwd=self.folder)
        _children[process.pid] = process
        endpoint = Endpoint(process.pid, port)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if process.poll() is not None or _office_died(self.folder / "server.log"):
                break
            try:
                info = _call(endpoint, 5.0, "info")
            except (OSError, http.client.HTTPException, xmlrpc.client.Error):
                time.sleep(0.25)
                continue
            if info.get("api") != API_VERSION:
                _kill(endpoint)
                raise DocumentError(f"unoserver speaks API {info.get('api')}, not {API_VERSION}")
            (self.folder / "server.json").write_text(json.dumps({"pid": endpoint.pid,
                                                                 "port": endpoint.port}))
            logger.info("started the LibreOffice converter (pid {}, port {})", process.pid, port)
            return endpoint
        _kill(endpoint)
        raise ConverterUnavailable(
            f"the LibreOffice converter did not start within {START_SECONDS:.0f} s; "
            f"see {self.folder / 'server.log'}", code="converter_unavailable")


class _Transport(xmlrpc.client.Transport):
    """XML-RPC over HTTP with a deadline: a hung LibreOffice must not hang the worker."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self._timeout = timeout

    def make_connection(self, host: object) -> http.client.HTTPConnection:
        connection = super().make_connection(host)  # type: ignore[arg-type]
        connection.timeout = self._timeout
        return connection


def _call(endpoint: Endpoint, timeout: float, method: str, *args: object) -> dict[str, str]:
    proxy = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{endpoint.port}", allow_none=True,
                                      transport=_Transport(timeout))
    with proxy:
        result = getattr(proxy, method)(*args)
    return result if isinstance(result, dict) else {}


def _alive(endpoint: Endpoint, *, probe: bool = True) -> bool:
    """Whether the server's process lives and (when PROBE) answers."""
    child = _children.get(endpoint.pid)
    if child is not None and child.poll() is not None:
        _children.pop(endpoint.pid, None)
        return False
    try:
        os.kill(endpoint.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if not probe:
        return True
    try:
        _call(endpoint, 5.0, "info")
    except (OSError, http.client.HTTPException, xmlrpc.client.Error):
        return False
    return True


def _kill(endpoint: Endpoint) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(endpoint.pid, signal.SIGKILL)
    child = _children.pop(endpoint.pid, None)
    if child is not None:
        child.wait()


def _office_died(log: Path) -> bool:
    # unoserver notices at once but takes ~40 s more to give up connecting: do not wait for it.
    try:
        return b"LibreOffice died" in log.read_bytes()
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _unoserver_path() -> str:
    spec = find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        raise DocumentError("unoserver is not installed: pip install unoserver")
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


def _fault_text(fault: xmlrpc.client.Fault) -> str:
    # unoserver sends "<class 'RuntimeError'>:Could not load document ...": keep the reason.
    text = str(fault.faultString)
    return text.split(":", 1)[1].strip() if text.startswith("<class") else text


def stop_converters(base: Path) -> None:
    """Stop every converter kept under BASE (a test run's or a bench's own folder)."""
    for state in sorted(base.glob("converter-*/server.json")):
        try:
            raw = json.loads(state.read_text())
            _kill(Endpoint(int(raw["pid"]), int(raw["port"])))
        except (OSError, ValueError, KeyError):
            pass
        state.unlink(missing_ok=True)

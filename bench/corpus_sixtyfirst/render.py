"""The two producers: pdfrpt.cbl (GnuCOBOL) and pdfwr.f90 (gfortran), compiled once into a cache
folder keyed by the source's hash, each run on a spool file and returning the PDF bytes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRODUCERS = ["cobol", "fortran"]
SOURCES = {"cobol": "pdfrpt.cbl", "fortran": "pdfwr.f90"}
COMPILERS = {"cobol": "cobc", "fortran": "gfortran"}


def available() -> bool:
    return all(shutil.which(c) for c in COMPILERS.values())


def _binary(producer: str) -> Path:
    src = HERE / SOURCES[producer]
    digest = hashlib.sha256(src.read_bytes()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "corpus_sixtyfirst"
    out = cache / f"{producer}-{digest}"
    if not out.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f"{out.name}.{os.getpid()}"
        if producer == "cobol":
            cmd = ["cobc", "-x", "-O", "-o", str(tmp), str(src)]
        else:
            cmd = ["gfortran", "-O1", "-o", str(tmp), str(src)]
        subprocess.run(cmd, check=True, capture_output=True, cwd=cache)
        tmp.replace(out)
    return out


def render(producer: str, spool: str) -> bytes:
    binary = _binary(producer)
    with tempfile.TemporaryDirectory() as tmp:
        sp, pdf = Path(tmp) / "spool.txt", Path(tmp) / "out.pdf"
        sp.write_text(spool, encoding="ascii")
        if producer == "cobol":
            env = dict(os.environ, SPOOLIN=str(sp), PDFOUT=str(pdf))
            subprocess.run([str(binary)], check=True, env=env, capture_output=True)
        else:
            subprocess.run([str(binary), str(sp), str(pdf)], check=True, capture_output=True)
        return pdf.read_bytes()

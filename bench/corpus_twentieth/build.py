"""Writes the corpus: one PDF and one truth JSON per case, checked against the text layer."""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_twentieth import penalty_tex, protest_tex, ruling_tex
from bench.corpus_twentieth.penalties import PENALTY_CASES, make_penalty
from bench.corpus_twentieth.people import DATE_STYLES, PORTS
from bench.corpus_twentieth.produce import CLEAN, FaxLine, Scan, cover_sheet, fax, lualatex
from bench.corpus_twentieth.protests import PROTEST_CASES, make_protest
from bench.corpus_twentieth.rulings import RULING_CASES, make_ruling
from bench.corpus_twentieth.texdoc import Doc

PRODUCERS = ("lualatex", "fax")
FOLDERS = {"protest": "protest", "ruling": "ruling-request", "penalty": "penalty-case"}
NO_HYPHENS = "\\hyphenpenalty=10000\\exhyphenpenalty=10000\\sloppy\n"


@dataclass
class Made:
    """What one document needs from its kind: the facts' truth, LaTeX source, fax details."""

    truth: dict[str, Any]
    source: str
    needles: list[str]
    sender: str
    sent: Any
    recipient: str


@dataclass
class Report:
    """Counts the generator reports: documents, and faxes re-scanned because OCR lost a value."""

    written: list[str] = field(default_factory=list)
    rescanned: list[str] = field(default_factory=list)


def _norm(text: str, spaces: bool) -> str:
    """Case folded, with runs of white space folded to one space (as the bench scores text) or,
    where OCR moved the spaces a careful reader ignores, dropped."""
    return (" " if spaces else "").join(unicodedata.normalize("NFKC", text).casefold().split())


def pdf_text(path: Path) -> str:
    """The text layer; LuaTeX writes no space characters, so gaps narrower than pdfplumber's
    default 3 pt are word breaks too."""
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text(x_tolerance=1.5) or "" for page in pdf.pages)


def missing_needles(path: Path, needles: Sequence[str], spaces: bool = True) -> list[str]:
    """The scored values whose printed text is not in the PDF's text layer."""
    text = _norm(pdf_text(path), spaces)
    return [needle for needle in needles if _norm(needle, spaces) not in text]


def _doc(rng: random.Random) -> Doc:
    return Doc(rng=rng, date_style=rng.choice(DATE_STYLES),
               money_style=rng.choice(["dollar", "usd", "comma", "plain"]))


def _with_no_hyphens(source: str) -> str:
    return source.replace("\\begin{document}\n", "\\begin{document}\n" + NO_HYPHENS, 1)


def _typeset(rng: random.Random, styles: Any, producer: str, facts: Any) -> tuple[str, Doc]:
    """LaTeX source in one of the producer's styles from a kind's module, and its needles."""
    doc = _doc(rng)
    chosen = styles.LUALATEX_STYLES if producer == "lualatex" else styles.FAX_STYLES
    return rng.choice(chosen)(facts, doc), doc


def _protest(rng: random.Random, case: str, producer: str) -> Made:
    protest = make_protest(rng, case, PRODUCERS.index(producer))
    source, doc = _typeset(rng, protest_tex, producer, protest)
    return Made(protest.truth(), source, doc.needles, protest.name, protest.received,
                f"CBP Port of {protest.port[1]}")


def _ruling(rng: random.Random, case: str, producer: str) -> Made:
    ruling = make_ruling(rng, case, PRODUCERS.index(producer))
    source, doc = _typeset(rng, ruling_tex, producer, ruling)
    sender = ruling.agent[0] if ruling.agent else ruling.importer
    office = ("National Commodity Specialist Div." if ruling.route == "NCSD"
              else "Regulations & Rulings")
    return Made(ruling.truth(), source, doc.needles, sender, ruling.received, f"CBP {office}")


def _penalty(rng: random.Random, case: str, producer: str) -> Made:
    penalty = make_penalty(rng, case, PRODUCERS.index(producer))
    source, doc = _typeset(rng, penalty_tex, producer, penalty)
    port = next((name for code, name in PORTS if code == penalty.case_number[5:9]), "Port")
    return Made(penalty.truth(), source, doc.needles, f"CBP {port} Entry Branch", penalty.today,
                "FP&F Officer")


KINDS: dict[str, tuple[Sequence[str], Callable[[random.Random, str, str], Made]]] = {
    "protest": (PROTEST_CASES, _protest), "ruling": (RULING_CASES, _ruling),
    "penalty": (PENALTY_CASES, _penalty)}


def _write_fax(made: Made, rng: random.Random, source_pdf: Path, out: Path) -> list[str]:
    """Fax the page; the scored values OCR lost on the rough copy, when a clean re-scan was
    needed to keep every one of them legible."""
    line = FaxLine(made.sender, f"({rng.randrange(201, 989)}) 555-{rng.randrange(10**4):04d}",
                   made.sent, f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}")
    cover = None
    if rng.random() < 0.5:
        with pdfplumber.open(source_pdf) as typeset:
            pages = len(typeset.pages) + 1
        cover = cover_sheet(rng, made.recipient, f"(212) 555-{rng.randrange(10**4):04d}",
                            made.sender, pages, rng.choice(["Protest - please file",
                                                            "see attached", "urgent",
                                                            "ruling request"]),
                            made.sent - timedelta(days=0))
    fax(source_pdf, out, line, Scan.rough(rng), rng, cover)
    lost = missing_needles(out, made.needles, spaces=False)
    if not lost:
        return []
    fax(source_pdf, out, line, CLEAN, rng, cover)
    if not missing_needles(out, made.needles, spaces=False):
        return lost
    lost = missing_needles(out, made.needles, spaces=False)
    raise RuntimeError(f"{out.name}: OCR lost {lost} even on a "
                       "clean scan")


@dataclass(frozen=True)
class Planned:
    """One document of a corpus, decided but not yet printed."""

    kind: str
    stem: str
    producer: str
    made: Made
    rng: random.Random


def plan(seed: int, kind: str, index: int) -> Planned:
    """The document `index` of `kind` for `seed`: its case, producer, facts and LaTeX source."""
    cases, make = KINDS[kind]
    producer = PRODUCERS[index % 2]
    case = cases[(index // 2) % len(cases)]
    rng = random.Random(f"twentieth-{seed}-{kind}-{index}")
    made = make(rng, case, producer)
    made.truth["family"] = producer
    return Planned(kind, f"{kind}_{index + 1:03d}_{producer}_{case}", producer, made, rng)


def write(planned: Planned, folder: Path, report: Report) -> None:
    """Print one planned document into `folder` with its truth JSON."""
    pdf = folder / f"{planned.stem}.pdf"
    made = planned.made
    source = _with_no_hyphens(made.source)
    if planned.producer == "lualatex":
        lualatex(source, pdf)
        lost = missing_needles(pdf, made.needles)
        if lost:
            raise RuntimeError(f"{pdf.name}: scored values not in the text layer: {lost}")
    else:
        typeset = folder / f".{planned.stem}.typeset.pdf"
        lualatex(source, typeset)
        lost = _write_fax(made, planned.rng, typeset, pdf)
        if lost:
            report.rescanned.append(f"{pdf.name}: {lost}")
        typeset.unlink()
    (folder / f"{planned.stem}.json").write_text(json.dumps(made.truth, indent=2) + "\n")
    report.written.append(pdf.name)


def generate(out: Path, seed: int, counts: dict[str, int]) -> Report:
    """Writes counts[kind] documents of each kind into out/FOLDER/, half per producer."""
    report = Report()
    for kind, count in counts.items():
        folder = out / FOLDERS[kind]
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            write(plan(seed, kind, index), folder, report)
    return report

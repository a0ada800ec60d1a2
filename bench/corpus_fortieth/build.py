"""Plan and write one document: facts -> truth (law module) and blocks (a sender's style) -> PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.corpus_fortieth import formats as f
from bench.corpus_fortieth import penalty, protest, ruling
from bench.corpus_fortieth.render import Doc, render

MODULES: dict[str, ModuleType] = {
    "protest": protest,
    "ruling-request": ruling,
    "penalty-case": penalty,
}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def plan(kind: str, index: int, seed: int) -> tuple[dict[str, Any], Doc, dict[str, Any]]:
    """The truth, the document's blocks and the facts for one index."""
    module = MODULES[kind]
    facts = module.facts(index, seed)
    return module.truth(facts), module.document(facts), facts


def printed(kind: str, x: dict[str, Any]) -> list[str]:
    """The strings a scored value is read from, as the document prints them."""
    out: list[str] = []
    style = x["date_style"]
    if kind == "protest":
        out += [x["port"], x["protestant"], x["signer"]]
        if x["omit"] != 1:
            out += x["address"]
        if x["omit"] != 2:
            out.append(x["ior"])
        if x["omit"] != 5:
            out.append(x["goods"])
        if x["stamped"]:
            out += [x["protest_number"], f.stamp(x["received"])]
        for e in x["entries"]:
            out.append(e["entry_number"])
            if x["omit"] != 3:
                out.append(f.date(e["entry_date"], style))
            if x["omit"] != 4:
                out.append(f.date(e["liquidation_date"], style))
    elif kind == "ruling-request":
        out += [x["requester"], f.date(x["request"], style)] + x["address"] + x["hts"]
        if x["ior"]:
            out.append(x["ior"])
    else:
        out += [
            x["case_number"],
            x["party"],
            f.date(x["violation"], style),
            f.money(x["dv"], x["money"]),
        ]
        out += x["address"]
        if x["ior"]:
            out.append(x["ior"])
        if x["dutiable"] is not None:
            out.append(f.money(x["dutiable"], x["money"]))
        for e in x["entries"]:
            out += [e["entry_number"], f.date(e["entry_date"], style)]
            out += [f.money(e[k], x["money"]) for k in ("entered_value", "duty_paid", "duty_owed")]
    return out


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Write out/KIND/KIND_NNN_PRODUCER_CASE.pdf and its truth .json; return the PDF's path."""
    truth, doc, facts = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{facts['producer']}_{facts['case']}.pdf"
    render(facts["producer"], doc, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf

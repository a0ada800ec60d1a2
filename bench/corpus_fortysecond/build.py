"""Plan one document (truth and page blocks) and write it with its producer."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from bench.corpus_fortysecond import cases, pools, render, styles

KIND_FILE = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCERS = ("fcl", "fig")
DAY = dt.timedelta(days=1)


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"corpus42|{kind}|{index}|{seed}")
    names = list(styles.STYLES[kind])
    style = names[(index + seed) % 3]
    producer = PRODUCERS[index % 2]
    ds = rng.choice(styles.DATE_STYLES[style])
    ms = rng.choice(styles.MONEY_STYLES.get(style, ["dollar"]))
    args: list[str]
    if kind == "protest":
        case = cases.PROTEST_CASES[index % len(cases.PROTEST_CASES)]
        p = cases.protest(case, rng)
        doc = p["doc"]
        if case == "accept-twoports":
            doc["port2"] = rng.choice([c for c, _ in pools.PORTS if c != doc["port"]])
        today = doc["received"] + rng.randint(1, 20) * DAY
        stamped = style in ("ruledform", "letter") and rng.random() < 0.6
        doc["stamp"] = stamped
        if stamped and style == "ruledform":
            doc["protest_number"] = (
                f"{doc['port']}-{str(doc['received'].year)[2:]}-{rng.randint(100000, 999999)}"
            )
        args = ["--today", today.isoformat()]
        if not stamped:
            args = ["--received", doc["received"].isoformat(), *args]
        elif rng.random() < 0.3:  # a clerk's date that the printed stamp overrides
            args = ["--received", (doc["received"] + 2 * DAY).isoformat(), *args]
        truth = cases.protest_truth(p, stamped, today)
    elif kind == "ruling-request":
        case = cases.RULING_CASES[index % len(cases.RULING_CASES)]
        p = cases.ruling(case, rng)
        doc = p["doc"]
        today = doc["received"] + rng.randint(1, 15) * DAY
        args = ["--received", doc["received"].isoformat(), "--today", today.isoformat()]
        truth = cases.ruling_truth(p)
    else:
        case = cases.PENALTY_CASES[index % len(cases.PENALTY_CASES)]
        today = dt.date(2025, 1, 6) + rng.randint(0, 500) * DAY
        p = cases.penalty(case, rng, today)
        doc = p["doc"]
        args = ["--today", today.isoformat()]
        truth = cases.penalty_truth(p)
    writer = styles.STYLES[kind][style](doc, rng, ds, ms)
    name = f"{KIND_FILE[kind]}_{index + 1:03d}_{producer}_{case}"
    full = {
        "kind": kind,
        "family": producer,
        "case": case,
        "style": style,
        "args": args,
        "values": truth["values"],
        "decision": truth["decision"],
        "not_scored": truth["not_scored"],
        "date_style": ds,
        "money_style": ms,
    }
    return {
        "name": name,
        "truth": full,
        "blocks": writer.blocks,
        "producer": producer,
        "title": f"{kind} {case}",
        "author": str(doc.get("signer") or doc.get("officer") or ""),
    }


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    p = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{p['name']}.pdf"
    render.PRODUCERS[p["producer"]](p["blocks"], pdf, p["title"], p["author"])
    pdf.with_suffix(".json").write_text(json.dumps(p["truth"], indent=2) + "\n")
    return pdf

"""Sweep 2: eight more sender behaviours, each a group of variants appended after the first sweep.

They come after the first sweep's variants (and its mixed ones), so every earlier document keeps
its number, name, truth and bytes; their own mixed documents are seeded apart from the first's.
"""

from __future__ import annotations

from bench.corpus_sweep import datasheet, recitals, tagged
from bench.corpus_sweep.heads import HEADS
from bench.corpus_sweep.model import PIPES, Spec
from bench.corpus_sweep.pairs import GAPS

NEW_AXES = ("pairs-on-line", "pipe-address", "tagged-paragraphs", "data-sheet", "running-heads",
            "continuation-sheet", "recitals", "tight-words")
MIXED = "sweep2-mixed"
TIGHT = {"mandoc": Spec(font="Times", tight="words25"), "words25": Spec(tight="words25"),
         "words15": Spec(tight="words15"), "tw": Spec(tight="tw"),
         "spaced_title": Spec(tight="spaced_title"), "spaced_labels": Spec(tight="spaced_labels"),
         "charspace_title": Spec(tight="charspace_title")}
CONTINUATIONS = {"protest": ("sheet-entries", "pageof-entries", "schedule-entries", "sheet-text",
                             "sheet-field"),
                 "ruling-request": ("sheet-text", "pageof-text", "sheet-field"),
                 "penalty-case": ("sheet-entries", "pageof-entries", "schedule-entries",
                                  "sheet-text")}
ADDRESS = {"protest": "protestant_address", "ruling-request": "requester_address",
           "penalty-case": "party_address"}
# first-sweep groups a new value mixes with; a tagged memo draws no stamp, signature or notes
MIXES_WITH = ("date", "money", "entryno", "label", "says", "liq", "noise", "sign", "stamp")
TAGGED_MIXES_WITH = ("date", "money", "entryno", "label", "says", "liq")

Single = tuple[str, str, Spec, tuple[str, ...]]  # (axis-value, group, spec, needed fields)


def new_singles(kind: str, has_entries: bool, parties: tuple[str, ...]) -> list[Single]:
    """Every value of the eight new axes that makes sense for KIND."""
    out: list[Single] = []
    for gap in GAPS:
        out += [(f"pairs-{gap}{n}", NEW_AXES[0], Spec(pairs=f"{gap}-{n}"), ()) for n in (2, 3)]
        if has_entries:
            out.append((f"pairs-{gap}-entries", NEW_AXES[0], Spec(pairs=f"{gap}-entries"), ()))
    for sep in PIPES:
        out.append((f"pipeaddr-field-{sep}", NEW_AXES[1], Spec(pipe_address=f"field-{sep}"),
                    (ADDRESS[kind],)))
        if "letterhead" in parties:
            out.append((f"pipeaddr-letterhead-{sep}", NEW_AXES[1],
                        Spec(party="letterhead", pipe_address=f"letterhead-{sep}"), ()))
    out += [(f"tagged-{s}", NEW_AXES[2], Spec(tagged=s, font="Times" if s == "man" else
                                              "Helvetica"), ()) for s in tagged.STYLES]
    if kind == "ruling-request":
        out += [(f"datasheet-{s}", NEW_AXES[3], Spec(datasheet=s),
                 ("datasheet", *(("proposed_hts",) if s == "hts" else ())))
                for s in datasheet.STYLES]
    out += [(f"runhead-{h}", NEW_AXES[4], Spec(heads=h), ()) for h in HEADS]
    out += [(f"cont-{c}", NEW_AXES[5], Spec(continuation=c),
             ("proposed_hts",) if kind == "ruling-request" and c.endswith("field") else ())
            for c in CONTINUATIONS[kind]]
    styles = [*recitals.STYLES, *(("whereas-entries", "numbered-entries") if has_entries else ())]
    out += [(f"recital-{s}", NEW_AXES[6], Spec(party="recital", recitals=s), ()) for s in styles]
    out += [(f"tight-{name}", NEW_AXES[7], spec, ()) for name, spec in TIGHT.items()]
    return out

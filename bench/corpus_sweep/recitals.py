"""Facts as recitals ("WHEREAS X Inc. (the "Protestant") ..."): the party is named only there."""

from __future__ import annotations

from bench.corpus_sweep.model import Doc, Para

DOES = {"Protestant": "is the importer of record of the entries protested below",
        "Requester": "intends to import the merchandise described below and asks for a binding "
                     "ruling on its treatment",
        "Violator": "made the entries listed below as importer of record"}
STYLES = ("whereas", "numbered", "lettered")


def recitals(doc: Doc, style: str, entries: bool) -> list[Para]:
    """STYLE: WHEREAS clauses, numbered or lettered recitals; ENTRIES: one recital an entry."""
    party, role = doc.party, doc.party_role
    address = ", ".join(party.address)
    clauses: list[tuple[str, tuple[str, ...]]] = [
        (f"{party.name}, of {address} (the \"{role}\"), {DOES[role]}", (party.name, address))]
    if entries:
        scored = [i for i, c in enumerate(doc.columns) if c.scored]
        clauses += [(f"the {role} made {clause}", tuple(row[i] for i in scored if row[i]))
                    for clause, row in zip(doc.entry_sentence, doc.rows, strict=True)]
    if style == "whereas":
        out = [Para("", f"WHEREAS {text};" + (" and" if n < len(clauses) - 1 else ""), scored)
               for n, (text, scored) in enumerate(clauses)]
        return [*out, Para("", f"NOW, THEREFORE, the {role} submits the following.")]
    marks = [f"{n}." for n in range(1, 10)] if style == "numbered" else \
        [f"{c}." for c in "ABCDEFGHI"]
    out = [Para("", f"{mark} {text[0].upper()}{text[1:]}.", scored)
           for mark, (text, scored) in zip(marks, clauses, strict=False)]
    return [Para("RECITALS" if style == "lettered" else "Recitals", ""), *out]

"""Running heads and feet, and continuation headings: printed on every page, never fields."""

from __future__ import annotations

from bench.corpus_sweep.model import Doc, Spec

SHORT = {"Protestant": "PROTEST", "Requester": "RULING REQUEST", "Violator": "PENALTY CASE"}
HEADS = ("title", "ref", "firm_date", "man_caps", "foot_title")
CONTINUED = {"sheet": "Continuation sheet", "pageof": "Page {{page}} -- {what} of {name}",
             "schedule": "Schedule A (continued)"}


def running_heads(doc: Doc, spec: Spec, ref: str, printed: str) -> tuple[str, str]:
    """Head and foot for the `heads` axis; REF the sender's reference, PRINTED a print date."""
    short, name = SHORT[doc.party_role], doc.party.name
    man = short.replace(" ", "") + "(7)"  # run together, as a man page's title prints
    return {
        "": ("", ""),
        "title": (f"{short} -- {name.upper()} -- CONFIDENTIAL", ""),
        "ref": (f"{short.title()} {ref} | page {{page}}", ""),
        "firm_date": ("", f"{name}  \u2022  Printed {printed}  \u2022  Page {{page}} of {{pages}}"),
        "man_caps": (f"{man}\tCustoms {short.title()}\t{man}", f"{name}\t{printed}\t{man}"),
        "foot_title": ("", f"{doc.title} - {name} - Page {{page}} of {{pages}}"),
    }[spec.heads]


def continued_heading(doc: Doc, style: str) -> str:
    """The heading a continuation page opens with ({page} is filled in when it is drawn)."""
    return CONTINUED[style].format(what=SHORT[doc.party_role].capitalize(), name=doc.party.name)

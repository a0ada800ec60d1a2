"""Ruling requests printed with a2ps: a compliance officer's letter with typed underlined
headings, and a fax cover sheet followed by the request memo."""

from __future__ import annotations

import random

from bench.corpus_thirtieth import ruling_words as words
from bench.corpus_thirtieth import typed
from bench.corpus_thirtieth.model import TextPrint
from bench.corpus_thirtieth.ruling_cases import RulingFacts


def _for_whom(f: RulingFacts) -> str:
    r = f.requester
    who = f"{r.name}, {', '.join(r.lines)} (importer number {f.ior})"
    return f"on behalf of our client {who}" if f.agent else f"for {who}"


def _paragraphs(f: RulingFacts, rng: random.Random) -> list[tuple[str, str]]:
    listed = words.items(f)
    parts = [("REQUEST", words.question(f)), ("TRANSACTION AND FACTS", "\n".join(
        words.facts_text(f)))]
    if listed:
        parts.append(("ITEMS", "\n".join(f"- {line}" for line in listed)))
    for head, text in (("BASIS", words.basis(f)), ("PENDING MATTERS", words.pending(f, rng)),
                       ("SAMPLES", words.sample(f)), ("CONFIDENTIALITY", words.confidential(f))):
        if text:
            parts.append((head, text))
    return parts


def _signature(f: RulingFacts, rng: random.Random) -> list[str]:
    if not f.signed:
        return ["", "", "______________________________"]
    if rng.random() < 0.5:
        return ["", f"/s/ {f.signer}", f.signer, f.title]
    return ["", "", "______________________________", f.signer, f.title]


def compliance_letter(f: RulingFacts, rng: random.Random) -> tuple[TextPrint, list[str]]:
    ds = rng.choice(["long", "us", "day-month"])
    writer = f.agent or f.requester
    out = [writer.name, *writer.lines]
    if not f.agent:
        out.append(f"Importer of record no. {f.ior}")
    out += ["", words.dated(f, ds), "", *words.office(f), "",
            "Subject: Binding ruling request - "
            + (f.goods.short if f.ruling_type != "carrier" else "MV Salish Dawn"),
            "", "Dear Sir or Madam:", ""]
    lead = ("We write " + _for_whom(f) + " under 19 CFR Part 177." if f.agent else
            f"{f.requester.name} asks for a binding ruling under 19 CFR Part 177.")
    out += [typed.wrapped(lead), ""]
    for head, text in _paragraphs(f, rng):
        out += [head, "-" * len(head)]
        out += [typed.wrapped(line) for line in text.split("\n")] + [""]
    out += ["Please contact me with any question.", "", "Sincerely,", *_signature(f, rng)]
    if f.signed:
        out.append(writer.name)
    if f.sample == "sent" or f.sample == "photos":
        out += ["", "Encl."]
    return TextPrint("\n".join(out) + "\n", header="", left_title=writer.name.split(",")[0],
                     right_title="Page $p./$p#"), [words.dated(f, ds)]


def fax_memo(f: RulingFacts, rng: random.Random) -> tuple[TextPrint, list[str]]:
    ds = rng.choice(["us", "iso", "abbrev"])
    writer = f.agent or f.requester
    sender = f.signer if f.signed else "Trade Compliance Department"
    cover = [typed.centered(["F A C S I M I L E", "", writer.name, *writer.lines]), "",
             f"  TO:      {words.office(f)[1]}",
             f"  FAX:     (202) 325-{rng.randrange(1000, 9999)}",
             f"  FROM:    {sender}",
             f"  DATE:    {words.dated(f, ds)}",
             "  PAGES:   2 (including this cover)",
             "  RE:      Request for binding ruling", "",
             typed.wrapped("The original follows by courier. This transmission is intended only "
                           "for the addressee; if you received it in error, please call us."),
             ]
    memo = ["MEMORANDUM", "", f"TO:    {', '.join(words.office(f)[:2])}",
            f"FROM:  {sender}, {writer.name}", f"DATE:  {words.dated(f, ds)}",
            f"RE:    Binding ruling request {_for_whom(f)}", "=" * 78, ""]
    memo = [typed.wrapped(line[7:], " " * 7, line[:7]) if len(line) > 78 else line
            for line in memo]
    for n, (head, text) in enumerate(_paragraphs(f, rng), start=1):
        body = " ".join(text.split("\n"))
        memo += [typed.wrapped(f"{head.title()}. {body}", "    ", f"{n}.  "), ""]
    memo += _signature(f, rng)
    if f.requester is not writer and f.signed:
        memo.append(writer.name)
    text = "\n".join(cover) + "\n\f" + "\n".join(memo) + "\n"
    return TextPrint(text, header=f"{words.dated(f, 'us')}  FAX", left_title="",
                     center_title=writer.name.split(",")[0], right_title="P.$p."), [
        words.dated(f, ds)]


STYLES = {"letter": compliance_letter, "fax": fax_memo}

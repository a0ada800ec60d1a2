"""A sample sent as an entry of the letter's list of enclosures: "Enclosures:" over "1. One
sample (please return it after the ruling)" (19 CFR 177.2(b)(4): a sample accompanies it)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

# The list's caption alone on its line: "Enclosures:", "Encl.", "Enclosure(s):", "Attachments".
_CAPTION = re.compile(r"[ \t]*(?:enclosures?|enclosure\(s\)|encls?\.?|attachments?|attachment\(s\)"
                      r"|enclosed|attached)[ \t]*:?[ \t]*", re.I)
# One entry: its number, letter or bullet, then its words.
_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}[.)]|\(?[a-z]\)|[-\u2022*\u2013])[ \t]+(?P<text>\S.*)")
_ENTRIES = 10  # entries a list of enclosures holds at most
# The sample itself, never a picture or a paper about it ("Photographs of the sample", "Sample
# test report"), nor one only offered ("Sample available on request").
_SAMPLE = re.compile(r"\bsamples?\b", re.I)
_NOT_THE_SAMPLE = re.compile(r"\b(?:photo(?:graph)?s?|pictures?|images?|drawings?|reports?|"
                             r"certificates?|data|sheets?|invoices?|videos?)\s+of\s+(?:the\s+|a\s+"
                             r"|each\s+)?samples?\b|\bsamples?\s+(?:test|lab|analysis|report|"
                             r"photo)|\bavailable\b|\bon\s+request\b|\bupon\s+request\b|\bif\s+"
                             r"(?:requested|needed|required)\b|\bno\s+samples?\b|\bwithout\b",
                             re.I)


def read_enclosed_sample(items: list[Paragraph], fields: Fields) -> None:
    """SAMPLE_PROVIDED where no sentence said it, from an entry of the enclosures' list that
    names the sample itself, sent and not only offered."""
    if "sample_provided" in fields.items:
        return
    for at, paragraph in enumerate(items):
        lines = paragraph.text.split("\n")
        # (the caption may close the signature's paragraph, set tight under it)
        caption = next((n for n, line in enumerate(lines) if _CAPTION.fullmatch(line)), None)
        if caption is None:
            continue
        # The entries: the caption's own paragraph's next lines, then the paragraphs under it.
        following = [(paragraph, line) for line in lines[caption + 1:]] + [
            (later, line) for later in items[at + 1:at + 1 + _ENTRIES]
            if later.page == paragraph.page for line in later.text.split("\n")]
        for owner, line in following[:_ENTRIES]:
            entry = _ENTRY.fullmatch(line)
            if entry is None:
                break
            if _SAMPLE.search(entry["text"]) and not _NOT_THE_SAMPLE.search(entry["text"]):
                start = owner.text.find(line)
                fields.put_span("sample_provided", True,
                                Span(owner, start, start + len(line)), PROSE)
                return

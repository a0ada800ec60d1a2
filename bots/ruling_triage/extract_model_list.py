"""Items counted as models of the one article the letter describes, so of one class or kind (CBP's
five-item practice): listed by their model designations alone ("The request covers 2 items: model
A-100, model B-110."), or said to be models "of this article" or to differ only in size or colour.
An entry naming goods of its own ("model A-100 food jar") is no bare designation, and models that
differ in more than the sender's "only" leave the kind to a person."""

from __future__ import annotations

import re

# The words a sender designates a model by, alone or in the plural before several codes.
_WORD = r"(?:model|style|version|variant|item|part|SKU|ref(?:erence)?|article|catalog(?:ue)?)"
# One designation: the word, an optional "No." and a code holding a figure ("A-100", "501").
_DESIGNATED = re.compile(rf"(?i:{_WORD})s?\s+(?i:no\.?\s*|number\s+|#\s*)?"
                         r"(?P<code>[A-Z0-9][\w./-]*)")
# A code after a plural's first ("models A-100, B-110 and C-120"): a figure in it.
_CODE = re.compile(r"(?=[\w./-]*\d)[A-Z0-9][\w./-]*")
# The list's lead after the count, and its end: the sentence's full stop or the parenthesis.
_LEAD = re.compile(r"\s*(?:[:,(]|\s-)\s*")
_END = re.compile(r"\)|\.(?=\s+[A-Z]|\s*$)")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*")


def models_listed(after: str, count: int) -> bool:
    """Whether AFTER, the text right after a count of COUNT items, lists exactly that many model
    designations and nothing else."""
    if (lead := _LEAD.match(after)) is None:
        return False
    rest = after[lead.end():]
    end = _END.search(rest)
    entries = [entry for entry in _SPLIT.split(rest[:end.start() if end else len(rest)]) if entry]
    if len(entries) != count or count < 2:
        return False
    # The first names the designation's word; a plural's later ones may print the code alone.
    first = _DESIGNATED.fullmatch(entries[0])
    plural = first is not None and re.match(rf"(?i:{_WORD})s\b", entries[0]) is not None
    return first is not None and all(
        _DESIGNATED.fullmatch(entry) or (plural and _CODE.fullmatch(entry))
        for entry in entries[1:])


# A list in brackets after the goods it belongs to: "polo shirts, style PK-200 (model A-100, model
# B-110, model C-120)".
_BRACKETED = re.compile(r"\((?P<list>[^()]{3,300})\)")


def models_in_brackets(text: str) -> tuple[int, int, int] | None:
    """The first bracketed list of two or more model designations alone in TEXT, each by the same
    word, uncounted by the sender: where it starts and ends, and how many it lists. (One item's
    tags by two words, "(item 3, model Y-103)", are no list.)"""
    for match in _BRACKETED.finditer(text):
        entries = [entry for entry in _SPLIT.split(match["list"].strip()) if entry]
        words = {entry.split()[0].casefold() for entry in entries}
        if len(entries) > 1 and len(words) == 1 and all(_DESIGNATED.fullmatch(entry)
                                                          for entry in entries):
            return match.start(), match.end(), len(entries)
    return None


# What the count's models are said to be, right after the count: "of this article", "of the same
# design", or variants "which differ only in size and color", "identical but for size".
_ONE_ARTICLE = re.compile(
    r"\s*(?:of\s+(?:this|the|that|our|one|a\s+single|the\s+same)\s+(?:article|product|design|"
    r"item)\b|[^.;]{0,100}?\b(?:(?:which|that)\s+differ\s+only|differing\s+only|identical\s+"
    r"(?:but|except|save)\s+for|(?:which|that)\s+are\s+identical\s+(?:but|except)\s+for)\b"
    # the one article told in its sizes or colours: "2 items: the product in 2 sizes, models M-1,
    # M-2", "three items - this article in three colours", "(one design in 2 capacities)"
    r"|\s*[:,(-]?\s*(?:the|this|that|our|one|a\s+single)\s+(?:same\s+)?(?:article|product|item|"
    r"design)\s+in\s+(?:\d{1,2}|two|three|four|five|several|different)\s+(?:sizes?|colou?rs?|"
    r"capacit(?:y|ies)|lengths?|widths?|finishes|colorways)\b)",
    re.I)
# Unless the same sentence says they differ in kind: "of different kinds", "not of the same class".
_OTHER_KIND = re.compile(r"\bdifferent\s+(?:kinds?|class(?:es)?|products|articles)\b|"
                         r"\bnot\s+(?:all\s+)?of\s+the\s+same\b", re.I)


def models_of_one_article(after: str) -> bool:
    """Whether AFTER, the sentence's text right after a count of models ("2 models"), says they
    are models of the one article ("of this article, ... which differ only in size")."""
    sentence = re.split(r"\.(?=\s+[A-Z]|\s*$)", after, maxsplit=1)[0]
    return _ONE_ARTICLE.match(sentence) is not None and not _OTHER_KIND.search(sentence)


def codes_listed(after: str, count: int) -> bool:
    """Whether AFTER, the list a count of models of one named article opens ("six models of
    food jars: FJ-10, FJ-12, ..."), holds exactly COUNT model codes or designations and nothing
    else: the sender's models of the one article it names, so of one class or kind."""
    end = _END.search(after)
    entries = [entry for entry in _SPLIT.split(after[:end.start() if end else len(after)].strip())
               if entry]
    return count >= 2 and len(entries) == count and all(
        _DESIGNATED.fullmatch(entry) or _CODE.fullmatch(entry) for entry in entries)

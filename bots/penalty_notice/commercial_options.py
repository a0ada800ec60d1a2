"""Whether an importation is commercial when a form prints both options to be marked.

"[X] Commercial  [ ] Non-commercial", "( ) Commercial (x) Noncommercial", a drawn box's bare
"X Commercial  Noncommercial": the mark says which; both words are printed either way, so the
word "noncommercial" alone answers nothing. Unmarked or marked both ways: None, for a person.
"""

from __future__ import annotations

import re

from bots.common.reading.tick_boxes import boxed_options, marked

_OPTION = re.compile(r"(?i)(?<![a-z])(?P<non>non[\s-]*)?commercial\b")


def chosen_option(text: str) -> bool | None:
    """True for a marked noncommercial option, False for a marked commercial one; None when
    TEXT does not print both options, or marks neither or both."""
    if not prints_both(text):
        return None
    options = list(_OPTION.finditer(text))
    boxed = boxed_options(text)
    if boxed is not None:
        kinds = {bool(hit.group("non")) for o in boxed if o.ticked
                 for hit in _OPTION.finditer(o.words)}
    else:
        kinds = {bool(o.group("non")) for o in marked(text, options)}
    return kinds.pop() if len(kinds) == 1 else None


def prints_both(text: str) -> bool:
    """Whether TEXT prints the commercial and the noncommercial option side by side."""
    return len({bool(o.group("non")) for o in _OPTION.finditer(text)}) == 2

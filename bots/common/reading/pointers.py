"""A caption tied to its value by a pointer on one line, for every bot: a form printed with its
labels to the right of the values ("Acme Inc. <- Importer of record") or a summary that points
from the caption to the value ("Importer of record -> Acme Inc."). Domain-free: the bot says
which caption names which field."""

from __future__ import annotations

import re

BACK_MARK = r"(?:<-+|<=|←|⟵|◄|◀)"  # the pointer, from the value back to its caption
FORTH_MARK = r"(?:-+>|=>|→|⟶|►|▶)"  # the pointer, from the caption forth to its value
_BACK = rf"\s+{BACK_MARK}\s+"
_FORTH = rf"\s+{FORTH_MARK}\s+"
VALUE_THEN_CAPTION = re.compile(rf"^\s*(?P<value>\S.*?){_BACK}(?P<caption>\S.*?)\s*$", re.M)
CAPTION_THEN_VALUE = re.compile(rf"^\s*(?P<caption>\S.*?){_FORTH}(?P<value>\S.*?)\s*$", re.M)
POINTERS = (VALUE_THEN_CAPTION, CAPTION_THEN_VALUE)
# The caption with its pointer alone, when the value stands apart in a column of its own to the
# left ("Acme Inc." ... "<- Importer"): the bot finds the value on the caption's line.
BACK_POINTER_CAPTION = re.compile(rf"^\s*{BACK_MARK}\s+(?P<caption>\S.*?)\s*$")

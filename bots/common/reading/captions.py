"""Captions of a drawn box form: "4. IOR", "12) DATE OF ENTRY" on a line of their own.

A form numbers its boxes and prints each caption in capitals; the value sits in the box below.
The next box's caption is never part of the value above it, whatever field it names.
"""

from __future__ import annotations

import re

# The whole line: a box number, then a short caption with no lower-case letter (case-sensitive,
# so a sentence or a name in mixed case is never taken for one).
NUMBERED_CAPTION = re.compile(r"(?-i:\s*\d{1,2}[.)]\s+[A-Z][A-Z0-9&/'#.,()\- ]{1,40}$)")

"""Renders one reST file with rinohtype, in a process of its own.

rinohtype puts a finder class (not an instance) on sys.meta_path when imported, which breaks
importlib.invalidate_caches() for the rest of the process - pytest's in-process runs among them.
`python -m bench.corpus_tenth.rinoh_child SOURCE STYLESHEET OUTPUT_BASE` keeps it out of the caller.
"""

from __future__ import annotations

import sys


def main(source: str, stylesheet: str, output_base: str) -> None:
    """Parse `source`, render it with `stylesheet` to `output_base`.pdf."""
    from rinoh.frontend.rst import ReStructuredTextReader
    from rinoh.style import StyleSheetFile
    from rinoh.template import TemplateConfiguration

    from bench.corpus_tenth.letter_template import Letter

    tree = ReStructuredTextReader().parse(source)
    config = TemplateConfiguration("tenth", template=Letter, stylesheet=StyleSheetFile(stylesheet))
    config.document(tree).render(output_base)


if __name__ == "__main__":
    main(*sys.argv[1:4])

"""A third hand's customs documents, written blind, for held-out scoring.

Producers nobody else used: groff (-ms with tbl, printed by gropdf) and hand-written RTF printed by
LibreOffice. Truth files follow shared/corpus-b's layout and are computed from the law in `law`.
"""

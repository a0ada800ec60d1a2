"""The forty-first blind corpus: rst2pdf and Skia PDF documents with truths (issue 13)."""

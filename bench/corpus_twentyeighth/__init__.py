"""The twenty-eighth blind hand's corpus (issue 13): typst and fpdf2 documents with truths."""

"""The forty-sixth blind corpus: Emacs ps-print and Grace documents with truths (issue 13)."""

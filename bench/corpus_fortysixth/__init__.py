"""The forty-sixth blind corpus: Emacs ps-print and Grace (gracebat) documents with truths (issue 13)."""

"""The fifteenth hand of held-out customs documents (issue 13): PDFBox forms, pandoc letters."""

"""The twenty-seventh blind hand: PHP FPDF and mandoc documents with truths (issue 13)."""

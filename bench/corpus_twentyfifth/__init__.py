"""The twenty-fifth hand's blind corpus: PHP dompdf and Scribus documents with truth (issue 13)."""

"""The fifty-third blind corpus: customs documents drawn by oxidize-pdf and minipdf (issue 13)."""

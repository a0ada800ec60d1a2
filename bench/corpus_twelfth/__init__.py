"""The twelfth hand (issue 13): customs documents printed by asciidoctor-pdf and ssconvert."""

"""The seventeenth hand's blind documents (issue 13): Inkscape SVG forms and XeLaTeX letters."""

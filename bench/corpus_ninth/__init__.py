"""The ninth hand's blind documents (issue 13): pikepdf-written streams and xhtml2pdf pages."""

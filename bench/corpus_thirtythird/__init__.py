"""The thirty-third blind hand (issue 13): customs documents by PDFKit on node and plain TeX."""

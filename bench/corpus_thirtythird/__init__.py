"""The thirty-third blind hand (issue 13): customs documents set by PDFKit on node and by plain TeX."""

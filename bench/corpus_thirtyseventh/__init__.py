"""The thirty-seventh blind hand's corpus: svglib (SVG drawn by renderPDF) and pdfrw
producers (issue 13)."""

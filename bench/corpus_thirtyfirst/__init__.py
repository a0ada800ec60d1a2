"""The thirty-first blind hand: US customs documents laid out by Pango and by html2ps (issue 13)."""

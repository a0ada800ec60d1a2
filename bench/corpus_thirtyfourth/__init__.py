"""The thirty-fourth blind hand: customs documents printed as XPS and by ghostscript's gslp (issue 13)."""

"""The thirty-fourth blind hand: customs documents as XPS prints and gslp printouts (issue 13)."""

"""The eighth blind hand (issue 13): typst and matplotlib documents with truth files."""

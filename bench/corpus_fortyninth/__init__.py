"""The forty-ninth blind hand's corpus: MagicPoint slides and Tk canvas pages (issue 13)."""

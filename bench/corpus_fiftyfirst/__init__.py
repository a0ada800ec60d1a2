"""The fifty-first blind hand's corpus: MetaPost and Ruby cairo PDFs with computed truths."""

"""The thirty-fifth blind corpus: react-pdf and PyX producers, written without the readers (issue 13)."""

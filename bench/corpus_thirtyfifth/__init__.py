"""The thirty-fifth blind corpus: react-pdf and PyX producers, written blind (issue 13)."""

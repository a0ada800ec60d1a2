"""The thirty-sixth blind corpus: customs documents printed by htmldoc and gnuplot (issue 13)."""

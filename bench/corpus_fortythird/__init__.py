"""The forty-third blind corpus: customs documents drawn by ploticus and GLE (issue 13)."""

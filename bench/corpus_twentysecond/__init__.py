"""The twenty-second blind family (issue 13): gofpdf (Go) and LaTeX via dvipdfmx, written blind."""

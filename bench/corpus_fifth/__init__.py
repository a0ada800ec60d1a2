"""The fifth hand's blind corpus: borb layouts and LibreOffice Calc worksheets (issue 13)."""

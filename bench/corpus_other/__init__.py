"""A family of customs documents written blind (issue 13): fpdf2 and Ghostscript PDFs with truth.

Written without reading the project's readers or its other generators, so that
`tradebots bench reading` measures the readers on a hand they were never tuned on.
"""

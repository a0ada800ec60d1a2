# ruff: noqa: E501
"""The fifty-seventh blind corpus: PDFs written with Perl's Text::PDF and ConTeXt MkIV, with truth files."""

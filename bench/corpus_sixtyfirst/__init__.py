# ruff: noqa: E501
"""The sixty-first blind corpus: customs documents printed by a GnuCOBOL and a Fortran PDF writer."""

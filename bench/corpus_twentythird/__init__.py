"""A held-out corpus (issue 13) printed by MuPDF's HTML engine and by a PoDoFo C++ program."""

"""The fifty-fourth blind hand: customs documents by Lua (lgi cairo) and libharu (issue 13)."""

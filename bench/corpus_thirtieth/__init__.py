"""The thirtieth blind hand (issue 13): customs documents printed by a2ps and drawn with cairo."""

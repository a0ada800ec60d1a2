"""The twenty-ninth blind corpus (issue 13): customs documents typed through enscript and
drawn with Perl PDF::Builder."""

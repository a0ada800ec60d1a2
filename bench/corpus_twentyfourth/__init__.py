"""Corpus 24 (issue 13): customs documents by Perl PDF::Create and CUPS texttopdf, written blind."""

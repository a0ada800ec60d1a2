"""The fifty-eighth blind corpus: protests, ruling requests and penalty referrals printed by GNU
Octave (text on an axes-free figure, gl2ps) and by a small Erlang report writer, with truths."""

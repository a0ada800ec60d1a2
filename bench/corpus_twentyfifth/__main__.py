"""python -m bench.corpus_twentyfifth OUT --seed S [--protests N --rulings N --penalties N]."""

from bench.corpus_twentyfifth.generate import main

main()

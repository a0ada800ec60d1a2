"""corpus_fiftieth: a blind hand's corpus in GNU plotutils (pic2plot) and OCaml camlpdf (issue
13)."""

"""The officer processes: the nightly run, the morning report, the diary of statutory clocks."""

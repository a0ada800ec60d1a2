"""Unattended nights: APScheduler 3.x wiring, one leader, fenced fires, run windows, the diary."""

"""Scheduler plumbing: APScheduler 3.x wiring, one leader, fenced fires, worker pools.

It runs the jobs config/schedules.toml names ("module:function"); the office's own jobs live in
workflows/ and are found by that name, never imported from here.
"""

"""The office workflows the schedule runs: inbox sweep, run window, diary, morning report.

config/schedules.toml names them ("workflows.nightly:<function>"); the engine never imports them.
"""

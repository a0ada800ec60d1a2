"""Alembic migrations for the suite's database, run through tradebots.queue.migrate."""

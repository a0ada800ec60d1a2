"""The supervisor console: FastAPI + Jinja2, rendered on the server."""

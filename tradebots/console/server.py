"""Run the console with uvicorn on the configured host and port."""

from __future__ import annotations

import uvicorn

from tradebots.console.app import create_app
from tradebots.services import Services


def console_url(services: Services) -> str:
    console = services.settings.console
    return f"http://{console.host}:{console.port}/"


def serve(services: Services) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM stop it cleanly)."""
    console = services.settings.console
    config = uvicorn.Config(create_app(services), host=console.host, port=console.port,
                            log_level="warning", access_log=False, ws="none", lifespan="off",
                            proxy_headers=False, server_header=False)
    uvicorn.Server(config).run()

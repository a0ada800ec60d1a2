"""`python -m sandbox.portal --port N --db PATH [friction]`; the password comes from the env."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sandbox.portal.friction import Friction
from sandbox.portal.server import serve

PASSWORD_ENV = "TRADEBOTS_PORTAL__PASSWORD"


def parse(argv: list[str]) -> tuple[argparse.Namespace, Friction]:
    parser = argparse.ArgumentParser(prog="python -m sandbox.portal", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--db", type=Path, default=Path("var/sandbox-portal.db"))
    parser.add_argument("--skin", choices=("classic", "alt"), default="classic")
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.0)
    parser.add_argument("--error-after-commit", type=float, default=0.5,
                        help="share of the 503s sent after the request was handled")
    parser.add_argument("--session-idle-minutes", type=float, default=20.0)
    parser.add_argument("--session-max-seconds", type=float, default=0.0)
    parser.add_argument("--login-bounce-rate", type=float, default=0.0,
                        help="share of logins answered with the login form and no reason")
    parser.add_argument("--confirm-modal", action="store_true")
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1914)
    args = parser.parse_args(argv)
    friction = Friction(
        latency_ms=args.latency_ms, error_rate=args.error_rate,
        error_after_commit_share=args.error_after_commit,
        session_idle_minutes=args.session_idle_minutes,
        session_max_seconds=args.session_max_seconds,
        login_bounce_rate=args.login_bounce_rate, confirm_modal=args.confirm_modal,
        page_size=args.page_size, skin=args.skin, seed=args.seed,
    )
    return args, friction


def main(argv: list[str] | None = None) -> int:
    args, friction = parse(sys.argv[1:] if argv is None else argv)
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        sys.stderr.write(f"set {PASSWORD_ENV} to the password of the portal's bot account\n")
        return 2
    args.db.parent.mkdir(parents=True, exist_ok=True)
    serve(args.host, args.port, args.db, friction, password)
    return 0


if __name__ == "__main__":
    sys.exit(main())

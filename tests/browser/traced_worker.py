"""A stand-in worker mid-step: its own temporary folder taken as a worker takes it, a traced
page open in the project's browser host; prints "tracing" and waits to be killed."""

from __future__ import annotations

import sys
import time

from tradebots.browser import BrowserHost
from tradebots.settings import load_settings
from tradebots.worker_tmp import take_own_tmpdir


def main() -> None:
    take_own_tmpdir()
    host = BrowserHost(load_settings())
    context = host.item_context(lambda browser: browser.new_context())
    context.tracing.start(title="mid-step", screenshots=False, snapshots=True)
    context.new_page().set_content("<p>a step half done</p>")
    sys.stdout.write("tracing\n")
    sys.stdout.flush()
    time.sleep(600)


if __name__ == "__main__":
    main()

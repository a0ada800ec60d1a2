"""The react-pdf producer: the description goes to js/render.js (@react-pdf/renderer, node)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

JS = Path(__file__).with_name("js")


def write_pdf(spec: dict[str, Any], out: Path) -> None:
    if not (JS / "node_modules" / "@react-pdf" / "renderer").is_dir():
        raise RuntimeError(
            f"{JS}: run `npm ci` there (or `make npm`) to install @react-pdf/renderer"
        )
    subprocess.run(
        ["node", str(JS / "render.js"), str(out)],
        input=json.dumps(spec).encode(),
        check=True,
        capture_output=True,
        timeout=120,
    )

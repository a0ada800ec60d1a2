"""CLI command for a waiting item: deliver the event it waits for (a file) or record none came."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tradebots.cli_common import acting_as, fail, services
from tradebots.errors import IllegalTransition
from tradebots.queue.deliveries import Deliveries
from tradebots.queue.queries import get_item


def deliver(
    item_id: int,
    actor: Annotated[str, typer.Option("--as", help="The person acting")],
    file: Annotated[Path | None, typer.Option(help="The PDF that came")] = None,
    none: Annotated[bool, typer.Option("--none", help="Record that nothing came")] = False,
    note: str = "",
) -> None:
    """End a waiting item's wait: the file that came, or --none; its next stage runs."""
    if (file is None) == (not none):
        fail("deliver needs --file PATH or --none (one of them)")
    if file is not None and not file.is_file():
        fail(f"{file}: no such file")
    with services() as svc:
        person = acting_as(svc, actor)  # a known console user, by their canonical name
        item = get_item(svc.database, item_id)
        if item is None:
            fail(f"no item {item_id}", code=1)
        event = item.waiting_for or ""
        deliveries = Deliveries(svc.queue)
        try:
            if file is not None:
                deliveries.deliver_file(item_id, event, file, actor=person, note=note)
            else:
                deliveries.none_came(item_id, event, actor=person, note=note)
        except IllegalTransition as exc:
            fail(str(exc), code=1)
    print(f"item {item_id}: {event} {'received' if file else 'recorded as none'}; queued again")

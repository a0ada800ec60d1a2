"""The dashboard page."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response

from tradebots.console.charts import bar_chart
from tradebots.console.dashboard import build_dashboard
from tradebots.console.deps import DashboardViewer, ServicesDep
from tradebots.console.health import build_operations
from tradebots.console.web import age, office_today, render
from tradebots.queue.clock import utcnow
from tradebots.queue.pauses import open_pauses

router = APIRouter()


@router.get("/dashboard")
def dashboard(request: Request, services: ServicesDep, viewer: DashboardViewer) -> Response:
    today = office_today(services.settings.timezone)
    now = utcnow()
    figures = build_dashboard(services.database, now, today)
    ops = build_operations(services.database, now, services.settings.queue.lease_seconds)
    return render(
        request, "dashboard.html", viewer, d=figures, ops=ops, today=today, now=now, age=age,
        pauses=open_pauses(services.database),
        timedelta=timedelta,
        hourly_chart=bar_chart(ops.per_hour, title="Items done per hour, last 24 h (UTC)"),
        throughput_chart=bar_chart(figures.throughput, title="Items done per day (UTC)"),
        state_chart=bar_chart([(s, figures.state_totals.get(s, 0)) for s in figures.states],
                              title="Items per state", color="#6a4c93"),
    )

"""The dashboard page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from tradebots.console.charts import bar_chart
from tradebots.console.dashboard import build_dashboard
from tradebots.console.deps import DashboardViewer, ServicesDep
from tradebots.console.web import office_today, render
from tradebots.queue.clock import utcnow

router = APIRouter()


@router.get("/dashboard")
def dashboard(request: Request, services: ServicesDep, viewer: DashboardViewer) -> Response:
    today = office_today(services.settings.timezone)
    figures = build_dashboard(services.database, utcnow(), today)
    return render(
        request, "dashboard.html", viewer, d=figures, today=today,
        throughput_chart=bar_chart(figures.throughput, title="Items done per day (UTC)"),
        state_chart=bar_chart([(s, figures.state_totals.get(s, 0)) for s in figures.states],
                              title="Items per state", color="#6a4c93"),
    )

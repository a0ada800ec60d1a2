"""Small SVG charts drawn on the server, so the dashboard needs no chart library."""

from __future__ import annotations

from html import escape

from markupsafe import Markup


def bar_chart(points: list[tuple[str, int]], *, title: str, width: int = 560,
              height: int = 180, color: str = "#2f6f9f") -> Markup:
    """Vertical bars with a value on top and a label below each; accessible via its title."""
    left, bottom, top = 8, 28, 18
    top_value = max((v for _, v in points), default=0) or 1
    slot = (width - 2 * left) / max(len(points), 1)
    bar = max(slot * 0.7, 2)
    plot = height - bottom - top
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>"]
    for i, (label, value) in enumerate(points):
        h = plot * value / top_value
        x = left + i * slot + (slot - bar) / 2
        y = top + plot - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                     f'fill="{color}"><title>{escape(label)}: {value}</title></rect>')
        mid = x + bar / 2
        parts.append(f'<text x="{mid:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
                     f'class="v">{value}</text>')
        parts.append(f'<text x="{mid:.1f}" y="{height - 10}" text-anchor="middle" '
                     f'class="l">{escape(label)}</text>')
    parts.append(f'<line x1="{left}" x2="{width - left}" y1="{top + plot}" y2="{top + plot}" '
                 'stroke="#999"/></svg>')
    return Markup("".join(parts))

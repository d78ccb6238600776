"""A small PNG chart of weekly totals for email alerts and the digest.

Drawn with matplotlib's object API on an Agg canvas: no pyplot global state and no display,
so it is safe in the scheduler's worker threads.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def weekly_chart_png(series: dict[str, list[tuple[str, int]]], title: str = "") -> bytes:
    """One line per series (country), weeks along the x axis; returns PNG bytes."""
    figure = Figure(figsize=(6.4, 2.6), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    labels: list[str] = []
    for name, points in series.items():
        labels = [label for label, _ in points] or labels
        axes.plot(range(len(points)), [value for _, value in points], marker="o", linewidth=1.5, label=name)
    axes.set_xticks(range(len(labels)))
    axes.set_xticklabels([label.split("-")[1] if "-" in label else label for label in labels], fontsize=7)
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", alpha=0.3)
    axes.set_ylabel("executions", fontsize=8)
    if title:
        axes.set_title(title, fontsize=9)
    if len(series) > 1:
        axes.legend(fontsize=7)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()

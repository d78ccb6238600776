"""The weekly chart on the overview, as plain SVG geometry (no script, nothing fetched).

This year's weekly totals are bars; last year's, for the same week numbers, a line. A week of
last year with no figure (the table's "n/a": no claim kept up to then) is drawn as nothing, not
as 0: the line breaks there. The template draws what `weekly_chart` computes, so the numbers
behind each shape are testable.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 900, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 28


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    alerted: bool


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    lines: list[str]  # SVG polyline points for last year, one per run of weeks with a figure
    ticks: list[tuple[float, int]]  # (y, value) for the left axis
    labels: list[tuple[float, str]]  # (x, week label) under some bars
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom_y: float = HEIGHT - BOTTOM


def _nice_top(value: int) -> int:
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 5:
            return max(step, -(-value // step) * step)
    return value


def weekly_chart(this_year: list[tuple[str, int, bool]], last_year: list[int | None]) -> Chart:
    """`this_year`: (label, total, alerted) per week, oldest first; `last_year`: totals of the same
    weeks, None where last year has no figure."""
    n = max(len(this_year), 1)
    top = _nice_top(max([t for _, t, _ in this_year] + [v for v in last_year if v is not None] + [1]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / n
    base = TOP + plot_h

    def y(v: int) -> float:
        return round(base - plot_h * v / top, 1)

    bars = [
        Bar(round(LEFT + i * slot + slot * 0.15, 1), y(v), round(slot * 0.7, 1), round(base - y(v), 1), label, v, alerted)
        for i, (label, v, alerted) in enumerate(this_year)
    ]
    runs: list[list[str]] = [[]]
    for i, v in enumerate(last_year):
        if v is None:
            runs.append([])
        else:
            runs[-1].append(f"{round(LEFT + i * slot + slot / 2, 1)},{y(v)}")
    lines = [" ".join(run) for run in runs if run]
    ticks = [(y(top * k // 4), top * k // 4) for k in range(5)]
    every = max(1, n // 12)
    labels = [(round(LEFT + i * slot + slot / 2, 1), label[-3:]) for i, (label, _, _) in enumerate(this_year)
              if i % every == 0]
    return Chart(bars, lines, ticks, labels)

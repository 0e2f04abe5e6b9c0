"""The trade-off of a strength/layer sweep in the terminal: a table and a scatter plot.

Reads only the sweep's JSON (see :mod:`steered.harness.sweep`), so a saved sweep renders
again with ``steered sweep --show sweep.json``.
"""

from __future__ import annotations

import math
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def _label(point: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in point["params"].items()) or "bare model"


def sweep_table(sweep: dict[str, Any]) -> Table:
    t, u = sweep["target"], sweep["utility"]
    arrow = lambda hib: "↑" if hib else "↓"  # noqa: E731
    table = Table(title="Settings (★ = Pareto-best: no setting gains more for less utility cost)", title_justify="left")
    for col in ("#", "setting", f"{t['task']} {t['metric']} {arrow(t['higher_is_better'])}", "gain",
                f"{u['task']} {u['metric']} {arrow(u['higher_is_better'])}", "cost", ""):
        table.add_column(col, justify="left" if col in ("#", "setting", "") else "right")
    base = sweep["baseline"]
    table.add_row("-", "bare model", f"{base['target']:.4f}", "0", f"{base['utility']:.4f}", "0", "")
    for i, p in enumerate(sweep["points"], 1):
        gain = f"[{'green' if p['gain'] > 0 else 'red' if p['gain'] < 0 else ''}]{p['gain']:+.4f}[/]"
        cost = f"[{'red' if p['cost'] > 0 else 'green' if p['cost'] < 0 else ''}]{p['cost']:+.4f}[/]"
        table.add_row(str(i), _label(p), f"{p['target']:.4f}", gain, f"{p['utility']:.4f}", cost, "★" if p["pareto"] else "")
    return table


def _symlog(x: float) -> float:
    return math.copysign(math.log10(1 + abs(x)), x)


def scatter(sweep: dict[str, Any], width: int = 56, height: int = 16) -> Text:
    """Gain (up) against utility cost (right); points are their table numbers, ★ Pareto,
    o the bare model at (0, 0). Costs spanning orders of magnitude (perplexity) are drawn
    on a symmetric log scale; labels that would overlap move right."""
    pts = [(p["cost"], p["gain"], f"{i}★" if p["pareto"] else str(i)) for i, p in enumerate(sweep["points"], 1)]
    pts.append((0.0, 0.0, "o"))
    costs = [abs(x) for x, _, _ in pts if x]
    log_x = bool(costs) and max(costs) / min(costs) > 100
    fx = _symlog if log_x else (lambda v: v)
    xs, ys = [fx(x) for x, _, _ in pts], [y for _, y, _ in pts]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    x1, y1 = (x1 if x1 > x0 else x0 + 1), (y1 if y1 > y0 else y0 + 1)
    grid = [[" "] * (width + 8) for _ in range(height)]
    for (x, y, mark), sx in sorted(zip(pts, xs, strict=True), key=lambda t: t[1]):
        col = round((sx - x0) / (x1 - x0) * (width - 1))
        row = height - 1 - round((y - y0) / (y1 - y0) * (height - 1))
        while any(c != " " for c in grid[row][max(0, col - 1) : col + len(mark)]) and col < width + 6 - len(mark):
            col += 1
        for j, ch in enumerate(mark):
            grid[row][col + j] = ch
    t, u = sweep["target"], sweep["utility"]
    lines = [f"gain in {t['task']} {t['metric']} (up is better)"]
    for r, row in enumerate(grid):
        y = y1 - r * (y1 - y0) / (height - 1)
        lines.append(f"{y:+9.4f} │" + "".join(row).rstrip())
    lo = min(x for x, _, _ in pts)
    hi = max(x for x, _, _ in pts)
    lines.append(" " * 10 + "└" + "─" * width)
    lines.append(f"{'':10} {lo:+.4g}{'':>{max(1, width - 16)}}{hi:+.4g}")
    scale = ", log scale" if log_x else ""
    lines.append(f"{'':10} utility cost in {u['task']} {u['metric']} (right is worse{scale})")
    return Text("\n".join(lines))


def render(sweep: dict[str, Any]) -> Panel:
    stack = " → ".join(sweep["plugins"])
    title = f"steered sweep: {sweep['model']} with {stack} (limit {sweep.get('limit')})"
    return Panel(Group(sweep_table(sweep), scatter(sweep)), title=title, expand=False)


def print_sweep(sweep: dict[str, Any], console: Console | None = None) -> None:
    (console or Console()).print(render(sweep))

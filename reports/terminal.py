"""The rich terminal report printed after an evaluation with a stack.

It reads only the results dict (``results["config"]["steered"]`` and lm-eval's
``results``/``higher_is_better``), so a saved results JSON renders the same report:
``steered report results.json``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, (list, tuple)):
        return "+".join(map(str, v))
    return str(v)


def short_sites(sites: list[str]) -> str:
    """``mlp.0.up_proj ... mlp.29.down_proj (90 sites)`` for long lists."""
    if len(sites) <= 4:
        return "\n".join(sites)
    return f"{sites[0]}\n...\n{sites[-1]}\n({len(sites)} sites)"


def stack_table(stack: list[dict[str, Any]]) -> Table:
    table = Table(title="Stack (applied top to bottom)", title_justify="left")
    for col in ("#", "plugin", "parameters", "sites", "fit"):
        table.add_column(col, overflow="fold")
    for i, e in enumerate(stack, 1):
        params = ", ".join(f"{k}={_fmt(v)}" for k, v in e["params"].items())
        if not e["artifact"]:
            fit = "-"
        else:
            how = "cached" if e["fit_cached"] else f"fitted {e['fit_seconds']:.0f}s"
            fit = f"{how}\n{Path(e['artifact']).name}"
        table.add_row(str(i), f"{e['plugin']}\n({e['kind']})", params, short_sites(e["sites"]), fit)
    return table


def metric_rows(results: dict[str, Any]) -> list[tuple[str, str, float, float | None, bool | None]]:
    """(task, metric, steered, baseline, higher_is_better) for every numeric metric."""
    base = results["config"].get("steered", {}).get("baseline", {}).get("results", {})
    hib = results.get("higher_is_better", {})
    rows = []
    for task, metrics in results.get("results", {}).items():
        for key, value in metrics.items():
            if "," not in key or "_stderr" in key or not isinstance(value, (int, float)) or isinstance(value, bool):
                continue  # lm-eval keys metrics as "metric,filter"; skip alias, sample_len, stderr
            metric = key.split(",")[0]
            b = base.get(task, {}).get(key)
            rows.append((task, metric, float(value), None if b is None else float(b), hib.get(task, {}).get(metric)))
    return rows


def results_table(results: dict[str, Any]) -> Table:
    has_base = "baseline" in results["config"].get("steered", {})
    table = Table(title="Metrics" + (" against the bare model" if has_base else ""), title_justify="left")
    for col in ("task", "metric", "steered", *(("baseline", "Δ") if has_base else ())):
        table.add_column(col, justify="left" if col in ("task", "metric") else "right")
    for task, metric, value, base, hib in metric_rows(results):
        cells = [task, metric, f"{value:.4f}"]
        if has_base:
            if base is None:
                cells += ["-", "-"]
            else:
                delta = value - base
                better = None if hib is None or delta == 0 else (delta > 0) == hib
                style = "" if better is None else ("green" if better else "red")
                arrow = "" if hib is None else (" ↑" if hib else " ↓")
                cells += [f"{base:.4f}", f"[{style}]{delta:+.4f}[/]{arrow}" if style else f"{delta:+.4f}{arrow}"]
        table.add_row(*cells)
    return table


def contribution_table(results: dict[str, Any]) -> Table:
    """Each metric as the stack grows one plugin at a time: value and what that plugin added."""
    info = results["config"]["steered"]
    steps = info["contributions"]
    base = info["baseline"]["results"]
    table = Table(title="Contributions (plugins added in stack order; Δ = what each one added)", title_justify="left")
    for col in ("task", "metric", "bare", *(f"+ {s['plugins'][-1]}" for s in steps)):
        table.add_column(col, justify="left" if col in ("task", "metric") else "right")
    for task, metric, _, b, better_up in metric_rows(results):
        if b is None:
            continue
        key = next(k for k in base[task] if k.split(",")[0] == metric and "_stderr" not in k)
        cells, previous = [task, metric, f"{b:.4f}"], b
        for step in steps:
            value = float(step["results"].get(task, {}).get(key, float("nan")))
            delta = value - previous
            good = None if better_up is None or delta == 0 else (delta > 0) == better_up
            style = "" if good is None else ("green" if good else "red")
            cells.append(f"{value:.4f} ([{style}]{delta:+.4f}[/])" if style else f"{value:.4f} ({delta:+.4f})")
            previous = value
        table.add_row(*cells)
    return table


def monitor_table(monitors: dict[str, dict[str, dict[str, float]]]) -> Table:
    """Per monitoring plugin and task: the mean score over samples (per sample: the samples)."""
    table = Table(title="Monitors (mean score per task; per sample in steered_monitor)", title_justify="left")
    for col in ("plugin", "task", "mean score", "samples"):
        table.add_column(col, justify="left" if col in ("plugin", "task") else "right")
    for plugin, tasks in monitors.items():
        for task, m in tasks.items():
            table.add_row(plugin, task, f"{m['mean']:.4g}", str(m["n"]))
    return table


def timing_lines(info: dict[str, Any]) -> str:
    parts = [f"model load + fit {info.get('load_seconds', 0):.1f}s", f"evaluation {info.get('eval_seconds', 0):.1f}s"]
    if "baseline" in info:
        base_s = info["baseline"]["eval_seconds"]
        parts.append(f"baseline evaluation {base_s:.1f}s (x{info['eval_seconds'] / base_s:.2f})")
    fits = [f"{e['plugin']} {e['fit_seconds']:.1f}s" for e in info.get("stack", []) if e["fit_seconds"]]
    if fits:
        parts.append("fits: " + ", ".join(fits))
    return " | ".join(parts)


def render(results: dict[str, Any]) -> Panel:
    from steered.harness.manager import get_plugin_manager

    info = results["config"].get("steered", {})
    parts: list[Any] = [stack_table(info.get("stack", [])), results_table(results)]
    if info.get("contributions"):
        parts.append(contribution_table(results))
    if info.get("monitors"):
        parts.append(monitor_table(info["monitors"]))
    parts.append(timing_lines(info))
    for sections in get_plugin_manager().hook.report_sections(results=results):
        parts.extend(sections or [])
    order = " → ".join(e["plugin"] for e in info.get("stack", [])) or "(empty stack)"
    return Panel(Group(*parts), title=f"lm-eval-steered: {info.get('model', '?')} with {order}", expand=False)


def print_report(results: dict[str, Any], console: Console | None = None) -> None:
    (console or Console()).print(render(results))

"""Side-by-side Markdown tables of several saved lm-eval results (README tables, CI logs).

``steered table A.json B.json ...`` prints one row per (task, metric) and one column per
run; lm-eval's ``--output_path`` folders work too (the newest ``results_*.json`` inside),
and ``A+B`` merges the tasks of several runs of one model into one column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from steered.reports.terminal import metric_rows


def load_results(spec: str | Path) -> dict[str, Any]:
    """The results of ``spec``: a JSON file, an output folder, or several joined with ``+``."""
    parts = [_load_one(p) for p in str(spec).split("+")]
    merged = parts[0]
    for extra in parts[1:]:
        for key in ("results", "higher_is_better"):
            merged.setdefault(key, {}).update(extra.get(key, {}))
    return merged


def _load_one(path: str | Path) -> dict[str, Any]:
    """A results dict from a JSON file, or the newest ``results_*.json`` under a folder."""
    path = Path(path)
    if path.is_dir():
        found = sorted(path.rglob("results_*.json"), key=lambda p: p.stat().st_mtime)
        if not found:
            raise FileNotFoundError(f"no results_*.json under {path}")
        path = found[-1]
    return json.loads(path.read_text(encoding="utf-8"))


def label_of(results: dict[str, Any]) -> str:
    config = results.get("config", {})
    info = config.get("steered")
    if info:
        stack = "+".join(e["plugin"] for e in info.get("stack", [])) or "bare"
        return f"{info.get('model', '?')} steered ({stack})"
    args = config.get("model_args")
    pretrained = args.get("pretrained") if isinstance(args, dict) else str(args or "").partition("pretrained=")[2].split(",")[0]
    return f"{Path(str(pretrained)).name or '?'} {config.get('model', '?')}"


def comparison(runs: list[dict[str, Any]], labels: list[str] | None = None, digits: int = 3) -> str:
    """Markdown table: rows (task, metric, direction), one column per run."""
    labels = labels or [label_of(r) for r in runs]
    table: dict[tuple[str, str], list[float | None]] = {}
    direction: dict[tuple[str, str], bool | None] = {}
    for i, run in enumerate(runs):
        for task, metric, value, _, hib in metric_rows(run):
            table.setdefault((task, metric), [None] * len(runs))[i] = value
            direction.setdefault((task, metric), hib)
    arrows = {True: "↑", False: "↓", None: ""}
    lines = ["| task | metric | " + " | ".join(labels) + " |", "|---|---|" + "---:|" * len(runs)]
    for (task, metric), values in sorted(table.items()):
        cells = ["-" if v is None else f"{v:.{digits}f}" for v in values]
        lines.append(f"| {task} | {metric} {arrows[direction[(task, metric)]]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)

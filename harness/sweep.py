"""``steered sweep``: a grid of plugin settings, each scored on a target and a utility task.

The model loads once; each grid point rebuilds the stack (fits come from the fit cache
after the first of each fit setting), evaluates both tasks with lm-eval, and is placed by
its target gain and utility cost against the bare model measured in the same run. Points
no other point (or the bare model) beats on both axes are Pareto-best.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from typing import Any

Point = dict[str, Any]


def parse_grid(items: list[str]) -> dict[str, list[str]]:
    """``["caa.strength=-2,0,2", "caa.layer=8,15"]`` -> ``{"caa.strength": [...], ...}``."""
    grid: dict[str, list[str]] = {}
    for item in items:
        key, sep, values = item.partition("=")
        if not sep or "." not in key or not values.strip(","):
            raise ValueError(f"--grid: expected plugin.param=v1,v2,..., got {item!r} (e.g. caa.strength=-2,0,2)")
        grid[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
    return grid


def settings(grid: dict[str, list[str]]) -> list[dict[str, str]]:
    """Every combination of the grid's values, in the order given (last key fastest)."""
    keys = list(grid)
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*(grid[k] for k in keys))]


def metric_of(results: dict[str, Any], task: str, metric: str | None) -> tuple[str, float, bool]:
    """(metric, value, higher_is_better) of ``task``; ``metric=None``: its first metric."""
    if task not in results["results"]:
        raise ValueError(f"task {task!r} has no results (a group? name one task)")
    values = {k.split(",")[0]: v for k, v in results["results"][task].items()
              if "," in k and "_stderr" not in k and isinstance(v, (int, float))}
    name = metric or next(iter(values), None)
    if name not in values:
        raise ValueError(f"task {task} has no metric {metric!r}; it has: {', '.join(values)}")
    hib = results.get("higher_is_better", {}).get(task, {}).get(name, True)
    return name, float(values[name]), bool(hib)


def pareto(points: list[Point], baseline: Point) -> None:
    """Set ``pareto`` on each point: no other point (nor the bare model) has at least its
    gain and at most its cost while beating it on one of the two."""
    everyone = [*points, baseline]
    for p in points:
        p["pareto"] = not any(
            q is not p and q["gain"] >= p["gain"] and q["cost"] <= p["cost"] and (q["gain"] > p["gain"] or q["cost"] < p["cost"])
            for q in everyone
        )


def run_sweep(args: argparse.Namespace) -> dict[str, Any]:
    from steered.harness import lm_eval_patch
    from steered.harness.evaluate import evaluate
    from steered.harness.lm import SteeredLM, parse_stack
    from steered.harness.lm_eval_cli import fold_into_model_args

    lm_eval_patch.ensure()
    grid = parse_grid(args.grid)
    fixed = fold_into_model_args(argparse.Namespace(model_args={}, steered_plugins=args.plugins, steered_plugin_args=args.plugin_args))
    plugins = fixed.pop("plugins")
    unknown = sorted({k.split(".")[0] for k in grid} - set(plugins.split("+")))
    if unknown:
        raise ValueError(f"--grid names {', '.join(unknown)}, which is not in --plugins {args.plugins}")
    lm = SteeredLM(pretrained=args.pretrained, batch_size=args.batch_size, device=args.device)
    tasks = [args.target, args.utility]

    def score(label: str) -> dict[str, Any]:
        t0 = time.perf_counter()
        results = evaluate(lm, tasks=tasks, limit=args.limit, log_samples=False)
        target = metric_of(results, args.target, args.target_metric)
        utility = metric_of(results, args.utility, args.utility_metric)
        print(f"[{label}] {args.target} {target[0]}={target[1]:.4f}  {args.utility} {utility[0]}={utility[1]:.4f}  "
              f"({time.perf_counter() - t0:.0f}s)", flush=True)
        return {"target": target, "utility": utility}

    lm.set_stack([])
    bare = score("bare model")
    (t_name, t_base, t_hib), (u_name, u_base, u_hib) = bare["target"], bare["utility"]
    baseline = {"params": {}, "target": t_base, "utility": u_base, "gain": 0.0, "cost": 0.0}
    points = []
    for setting in settings(grid):
        specs = parse_stack(plugins, None, {**fixed, **setting})
        lm.set_stack(lm.build_entries(specs))
        got = score(", ".join(f"{k}={v}" for k, v in setting.items()))
        t, u = got["target"][1], got["utility"][1]
        points.append({
            "params": setting,
            "target": t,
            "utility": u,
            "gain": (t - t_base) if t_hib else (t_base - t),
            "cost": (u_base - u) if u_hib else (u - u_base),
        })
    lm.set_stack([])
    pareto(points, baseline)
    out = {
        "model": lm.model_name,
        "plugins": plugins.split("+"),
        "fixed": fixed,
        "grid": grid,
        "limit": args.limit,
        "target": {"task": args.target, "metric": t_name, "higher_is_better": t_hib},
        "utility": {"task": args.utility, "metric": u_name, "higher_is_better": u_hib},
        "baseline": baseline,
        "points": points,
    }
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
    return out

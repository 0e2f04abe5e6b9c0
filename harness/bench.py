"""``steered bench``: evaluation time of a stack against plain ``hf``, same task, one process.

Both models are loaded once from the same checkpoint, fits happen before timing, and the
runs alternate (plain, steered, plain, ...) so drift on a noisy machine hits both; the
report is the ratio of the medians.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

from rich.console import Console
from rich.table import Table


def run_bench(args: argparse.Namespace) -> dict[str, Any]:
    import lm_eval
    from lm_eval.models.huggingface import HFLM

    from steered.harness import lm_eval_patch
    from steered.harness.lm import SteeredLM
    from steered.harness.lm_eval_cli import fold_into_model_args
    from steered.harness.models import resolve_pretrained

    lm_eval_patch.ensure()
    path = resolve_pretrained(args.pretrained)
    stack_args = fold_into_model_args(
        argparse.Namespace(model_args={}, steered_plugins=args.plugins, steered_plugin_args=args.plugin_args)
    )
    common = {"pretrained": path, "batch_size": args.batch_size, "device": "cpu", "dtype": "float32"}
    steered = SteeredLM(**common, **stack_args)
    plain = HFLM(**common)
    tasks = args.tasks.split(",")

    def timed(lm: Any) -> tuple[float, dict[str, Any]]:
        t0 = time.perf_counter()
        out = lm_eval.simple_evaluate(model=lm, tasks=tasks, limit=args.limit, bootstrap_iters=0, verbosity="WARNING")
        return time.perf_counter() - t0, out["results"]

    timed(plain), timed(steered)  # warm-up: task loading, allocator, caches
    plain_s, steered_s = [], []
    for _ in range(args.repeats):
        t, plain_res = timed(plain)
        plain_s.append(t)
        t, steered_res = timed(steered)
        steered_s.append(t)
    report = {
        "plugins": args.plugins,
        "tasks": tasks,
        "limit": args.limit,
        "batch_size": args.batch_size,
        "repeats": args.repeats,
        "plain_hf_s": plain_s,
        "steered_s": steered_s,
        "median_plain_hf_s": statistics.median(plain_s),
        "median_steered_s": statistics.median(steered_s),
    }
    report["ratio"] = report["median_steered_s"] / report["median_plain_hf_s"]
    table = Table(title=f"steered bench: {args.plugins} on {args.tasks} (limit {args.limit}, batch {args.batch_size})")
    for col in ("model", "median s", "runs (s)"):
        table.add_column(col)
    table.add_row("hf", f"{report['median_plain_hf_s']:.2f}", " ".join(f"{t:.2f}" for t in plain_s))
    table.add_row(f"steered ({args.plugins})", f"{report['median_steered_s']:.2f}", " ".join(f"{t:.2f}" for t in steered_s))
    console = Console()
    console.print(table)
    console.print(f"overhead ratio (median steered / median hf): {report['ratio']:.3f} ({100 * (report['ratio'] - 1):+.1f}%)")
    if args.output:
        with open(args.output, "w") as f:
            json.dump(report, f, indent=2)
    return report

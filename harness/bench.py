"""``steered bench``: what a stack costs, always as a ratio against a baseline measured in
the same run, on a noisy machine: medians of alternating runs.

Three comparisons:

- default: whole ``simple_evaluate`` runs of a task, the stack against plain ``hf``,
  both loaded once from the same checkpoint in one process, fits done before timing;
- ``--forward BxT``: one loglikelihood forward of a right-padded B x T batch with the
  stack (row layout included) against plain ``hf`` on the same checkpoint, and the row
  layout alone;
- ``--against lm_eval``: whole ``lm_eval`` processes, a ``steer_path`` file through this
  package's ``steered`` model against lm-eval's own ``SteeredModel`` with the same file
  (``STEERED_LM_EVAL_PATCH=0``); the metrics of both must agree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table


def _alternate(runs: dict[str, Callable[[], Any]], repeats: int) -> dict[str, list[float]]:
    """Seconds of each run, ``repeats`` times, in turn (a, b, a, b, ...) after one warm-up each."""
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            t0 = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - t0)
    return times


def _report(args: argparse.Namespace, title: str, times: dict[str, list[float]], unit: float = 1.0) -> dict[str, Any]:
    """Print and return the medians and their ratio (the second run over the first, the
    baseline; further runs are parts of the second, shown for reference)."""
    base, stack = list(times)[:2]
    report: dict[str, Any] = {
        "title": title,
        "repeats": args.repeats,
        "runs_s": times,
        "median_s": {name: statistics.median(t) for name, t in times.items()},
    }
    report["ratio"] = report["median_s"][stack] / report["median_s"][base]
    table = Table(title=title)
    suffix = "ms" if unit == 1000 else "s"
    for col in ("run", f"median {suffix}", f"runs ({suffix})"):
        table.add_column(col)
    for name, t in times.items():
        table.add_row(name, f"{statistics.median(t) * unit:.2f}", " ".join(f"{x * unit:.2f}" for x in t))
    console = Console()
    console.print(table)
    console.print(f"ratio (median {stack} / median {base}): {report['ratio']:.3f} ({100 * (report['ratio'] - 1):+.1f}%)")
    if args.output:
        Path(args.output).write_text(json.dumps(report, indent=2))
    return report


def run_bench(args: argparse.Namespace) -> dict[str, Any]:
    if args.against == "lm_eval":
        return _against_lm_eval(args)
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
    if args.forward:
        batch, length = (int(x) for x in args.forward.lower().split("x"))
        title = f"one forward, {batch}x{length} tokens: {args.plugins} against plain hf"
        return _report(args, title, _forward(plain, steered, batch, length, args.repeats), unit=1000)
    tasks = args.tasks.split(",")

    def evaluation(lm: Any) -> Callable[[], Any]:
        return lambda: lm_eval.simple_evaluate(
            model=lm, tasks=tasks, limit=args.limit or None, bootstrap_iters=0, verbosity="WARNING"
        )

    times = _alternate({"hf": evaluation(plain), f"steered ({args.plugins})": evaluation(steered)}, args.repeats)
    return _report(args, f"{args.plugins} on {args.tasks} (limit {args.limit}, batch {args.batch_size})", times)


def _forward(plain: Any, lm: Any, batch: int, length: int, repeats: int) -> dict[str, list[float]]:
    """A right-padded probe batch whose rows lm-eval would have registered (lengths from
    half to full width, continuation = the last quarter), through plain ``hf``'s
    ``_model_call`` and through the stack's (row layout included)."""
    import torch

    from steered.harness.positions import RowIndex

    g = torch.Generator().manual_seed(0)
    ids = torch.randint(100, lm.tokenizer.vocab_size - 1, (batch, length), generator=g)
    rows = RowIndex()
    for row, n in enumerate(torch.linspace(length // 2, length, batch).long().tolist()):
        ids[row, n:] = 0
        rows.add(ids[row, :n].tolist(), n - n // 4)
    ids = ids.to(lm.device)

    def steered() -> None:
        lm._rows = rows
        try:
            lm._model_call(ids)
        finally:
            lm._rows = RowIndex()

    with torch.no_grad():
        runs = {"hf": lambda: plain._model_call(ids), "steered": steered, "row layout alone": lambda: rows.layout(ids)}
        return _alternate(runs, repeats)


def _against_lm_eval(args: argparse.Namespace) -> dict[str, Any]:
    """Whole ``lm_eval`` processes on one steer_path file: lm-eval's SteeredModel, then ours."""
    import torch
    from transformers import AutoConfig

    from steered.harness.models import resolve_pretrained
    from steered.tasks import TASKS_DIR

    path = resolve_pretrained(args.pretrained)
    executable = shutil.which("lm_eval", path=str(Path(sys.executable).parent)) or shutil.which("lm_eval")
    if executable is None:
        raise ValueError("lm_eval is not on PATH; install lm-eval in this environment")
    work = Path(tempfile.mkdtemp(prefix="steered-bench-"))
    steer_file = work / "vector.pt"
    config = AutoConfig.from_pretrained(path)
    layer = config.num_hidden_layers // 2
    vector = torch.randn(config.hidden_size, generator=torch.Generator().manual_seed(0))
    torch.save({f"layers.{layer}": {"steering_vector": vector, "steering_coefficient": 1.0, "action": "add",
                                    "bias": None, "head_index": None}}, steer_file)

    def process(name: str, patch: str) -> Callable[[], Any]:
        command = [
            executable, "--model", "steered", "--model_args", f"pretrained={path},steer_path={steer_file},dtype=float32",
            "--tasks", args.tasks, "--batch_size", str(args.batch_size), "--device", "cpu",
            "--output_path", str(work / name),
        ]
        if patch == "0":  # stock lm-eval finds the bundled tasks only through --include_path
            command += ["--include_path", str(TASKS_DIR)]
        if args.limit:
            command += ["--limit", str(args.limit)]
        env = dict(os.environ, STEERED_LM_EVAL_PATCH=patch)

        def run() -> None:
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            if done.returncode:
                raise ValueError(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")

        return run

    runs = {"lm-eval SteeredModel": process("theirs", "0"), "steered (steer_path)": process("ours", "1")}
    try:
        times = _alternate(runs, args.repeats)
        metrics = {name: _metrics(work / name) for name in ("theirs", "ours")}
    finally:
        shutil.rmtree(work)
    if metrics["theirs"] != metrics["ours"]:
        raise ValueError(f"the two models disagree: lm-eval's {metrics['theirs']} against ours {metrics['ours']}")
    report = _report(args, f"whole lm_eval processes, one steer_path vector, {args.tasks} (batch {args.batch_size})", times)
    Console().print(f"metrics identical: {metrics['ours']}")
    return report


def _metrics(folder: Path) -> dict[str, dict[str, float]]:
    """Each task's metrics in the newest results JSON under an lm-eval ``--output_path`` folder."""
    newest = max(folder.rglob("results_*.json"), key=lambda p: p.stat().st_mtime)
    results = json.loads(newest.read_text())["results"]
    return {task: {k: v for k, v in m.items() if isinstance(v, float)} for task, m in results.items()}

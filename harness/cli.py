"""The ``steered`` command: plugins, fit, eval, sweep, bench, report, table (plus plugins' commands)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table


def cmd_plugins(args: argparse.Namespace) -> None:
    from steered.harness import manager

    reg = manager.registry()
    rows = [
        {
            "name": name,
            "kind": r.cls.kind.replace("_", " "),
            "level": getattr(r.cls, "level", ""),
            "version": r.cls.version,
            "distribution": f"{r.distribution} {r.dist_version}".strip(),
            "entry_point": r.plugin,
            "description": r.cls.description,
        }
        for name, r in sorted(reg.items())
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    table = Table(title="Installed steered plugins")
    for col in ("name", "kind", "version", "distribution", "description"):
        table.add_column(col, overflow="fold")
    for r in rows:
        kind = f"{r['kind']} ({r['level']})" if r["level"] else r["kind"]
        table.add_row(r["name"], kind, r["version"], r["distribution"], r["description"])
    Console().print(table)
    if blocked := manager.blocked():
        Console().print(f"blocked by {manager.BLOCK_ENV}: {', '.join(sorted(blocked))}")


def _pairs(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"expected param=value, got {item!r}")
        out[key.strip()] = value.strip()
    return out


def cmd_fit(args: argparse.Namespace) -> None:
    from steered.harness import manager
    from steered.harness.capture import FitContext
    from steered.harness.fit import fit_or_load
    from steered.harness.lm import SteeredLM

    reg = manager.get(args.plugin, "intervention")
    intervention = reg.cls(**_pairs(args.param))
    lm = SteeredLM(pretrained=args.pretrained, device=args.device, batch_size=args.batch_size)
    ctx = FitContext(lm.model, lm.tokenizer, lm.sitemap, batch_size=args.batch_size, max_length=args.fit_max_length)
    entry = fit_or_load(intervention, ctx, lm.model_name, data=args.data, out=args.out, use_cache=not args.refit)
    if not entry.artifact:
        print(f"{args.plugin} has nothing to fit")
        return
    how = "reused cached fit" if entry.cached else f"fitted in {entry.fit_seconds:.1f}s"
    print(f"{args.plugin}: {how}; artifact: {entry.artifact}")


def cmd_eval(argv: list[str]) -> None:
    """lm-eval's ``run`` with the stack flags; ``--model`` defaults to ``steered``."""
    from steered.harness import lm_eval_patch

    lm_eval_patch.ensure()
    from lm_eval._cli.harness import HarnessCLI
    from lm_eval.utils import setup_logging

    setup_logging()
    cli = HarnessCLI()
    args = cli._parser.parse_args(["run", *argv])
    args.model = args.model or "steered"
    cli.execute(args)


def cmd_report(args: argparse.Namespace) -> None:
    from steered.reports.terminal import print_report

    with open(args.results) as f:
        results = json.load(f)
    if "steered" not in results.get("config", {}):
        raise SystemExit(f"{args.results} holds no steered run (no config.steered)")
    print_report(results)


def cmd_table(args: argparse.Namespace) -> None:
    from steered.reports.markdown import comparison, load_results

    labels = args.labels.split(",") if args.labels else None
    if labels and len(labels) != len(args.results):
        raise SystemExit(f"{len(labels)} labels for {len(args.results)} results")
    print(comparison([load_results(r) for r in args.results], labels, args.digits))


def cmd_sweep(args: argparse.Namespace) -> None:
    from steered.reports.sweep import print_sweep

    if args.show:
        with open(args.show, encoding="utf-8") as f:
            print_sweep(json.load(f))
        return
    if not args.plugins or not args.grid:
        raise ValueError("give --plugins and --grid (or --show SWEEP.json)")
    from steered.harness.sweep import run_sweep

    print_sweep(run_sweep(args))
    if args.output:
        print(f"saved: {args.output}")


def cmd_bench(args: argparse.Namespace) -> None:
    from steered.harness.bench import run_bench

    run_bench(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="steered", description="lm-eval with composable intervention stacks")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("plugins", help="list installed plugins")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_plugins)

    sub.add_parser("eval", help="lm-eval run with --plugins/--plugin_args/--baseline (same flags as lm_eval)", add_help=False)

    p = sub.add_parser("fit", help="fit a plugin and write its artifact")
    p.add_argument("plugin")
    p.add_argument(
        "--data", help="fit data: .jsonl/.json file or hf:<dataset>[:<config>]:<split>, joined with + (default: bundled)"
    )
    p.add_argument("--out", help="also write the artifact to this folder")
    p.add_argument("--param", nargs="+", metavar="PARAM=VALUE", help="plugin parameters, e.g. layer=12")
    p.add_argument("--pretrained", default=None, help="model (default: the embedded SmolLM2-135M-Instruct)")
    p.add_argument("--device", default="cpu")
    p.add_argument("--batch_size", type=int, default=8)
    p.add_argument("--refit", action="store_true", help="ignore the fit cache")
    p.add_argument("--fit_max_length", type=int, default=256, help="fit texts are cut to this many tokens (warned)")
    p.set_defaults(func=cmd_fit)

    p = sub.add_parser("bench", help="what a stack costs: a ratio against a baseline timed in the same run")
    p.add_argument("--plugins", default="caa,mat_steer,aura")
    p.add_argument("--plugin_args", nargs="+", default=None, metavar="plugin.param=value")
    p.add_argument("--tasks", default="steered_truthfulqa_mc2")
    p.add_argument("--pretrained", default=None)
    p.add_argument("--batch_size", type=int, default=8)
    p.add_argument("--limit", type=int, default=100, help="items per task (0: all)")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--forward", metavar="BxT", help="time one forward of a BxT batch instead of an evaluation")
    p.add_argument(
        "--against", choices=("hf", "lm_eval"), default="hf",
        help="hf: the stack against plain hf in one process; lm_eval: whole processes, a steer_path vector "
        "through steered against lm-eval's own SteeredModel",
    )
    p.add_argument("--output", help="write the timings as JSON here")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("sweep", help="grid of strengths/layers: target gain against utility cost, Pareto-best marked")
    p.add_argument("--plugins", help="the stack, e.g. caa or caa,aura")
    p.add_argument("--grid", nargs="+", metavar="plugin.param=v1,v2", help="values to try; several params: every combination")
    p.add_argument("--plugin_args", nargs="+", default=None, metavar="plugin.param=value", help="fixed parameters")
    p.add_argument("--target", default="steered_truthfulqa_mc2", help="task the plugin should improve")
    p.add_argument("--target_metric", default=None, help="its metric (default: the task's first)")
    p.add_argument("--utility", default="steered_plaintext_ppl", help="task whose loss is the cost")
    p.add_argument("--utility_metric", default=None, help="its metric (default: the task's first)")
    p.add_argument("--limit", type=int, default=100, help="items per task")
    p.add_argument("--pretrained", default=None)
    p.add_argument("--device", default="cpu")
    p.add_argument("--batch_size", type=int, default=16)
    p.add_argument("--output", help="write the sweep as JSON here")
    p.add_argument("--show", metavar="SWEEP.json", help="print a saved sweep instead of running one")
    p.set_defaults(func=cmd_sweep)

    p = sub.add_parser("report", help="print the stack report of a saved results JSON")
    p.add_argument("results")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("table", help="Markdown table comparing saved results (JSON files or --output_path folders)")
    p.add_argument("results", nargs="+", help="results JSON or output folder; A+B merges runs into one column")
    p.add_argument("--labels", help="comma-separated column labels (default: model and stack)")
    p.add_argument("--digits", type=int, default=3)
    p.set_defaults(func=cmd_table)

    from steered.harness.manager import get_plugin_manager

    get_plugin_manager().hook.register_commands(subparsers=sub)
    return parser


def main(argv: list[str] | None = None) -> Any:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "eval":
        return cmd_eval(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return args.func(args)
    except ValueError as err:  # bad input: say what is wrong, no traceback
        raise SystemExit(f"steered {args.command}: {err}") from None

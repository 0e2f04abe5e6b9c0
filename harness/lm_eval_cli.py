"""The stack flags of ``lm_eval run`` / ``steered eval`` and how a run with them executes.

``--plugins mat_steer,aura`` and ``--plugin_args mat_steer.strength=2`` fold into
``--model_args`` (``plugins=mat_steer+aura mat_steer.strength=2``), which is what the
model reads; the flags are sugar with lm-eval's look. A flag lm-eval already defines is
left to lm-eval (a later lm-eval's ``--plugins`` means "modules to import"); the stack
flag is then ``--steered_plugins``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    taken = parser._option_string_actions
    group = parser.add_argument_group("intervention stack (lm-eval-steered)")
    plugins_flag = "--plugins" if "--plugins" not in taken else "--steered_plugins"
    group.add_argument(
        plugins_flag,
        dest="steered_plugins",
        default=None,
        metavar="<a,b>",
        help="Intervention plugins applied in this order (with --model steered); see `steered plugins`",
    )
    if "--plugin_args" not in taken:
        group.add_argument(
            "--plugin_args",
            dest="steered_plugin_args",
            nargs="+",
            default=None,
            metavar="<plugin.param=value>",
            help="Plugin parameters, e.g. caa.strength=4 aura.mode=det0 (or a JSON object {plugin: {param: value}})",
        )
    switches = (
        ("--baseline", "Also evaluate the bare model in this run and report the difference"),
        ("--contributions", "Also evaluate each prefix of the stack and report what each plugin adds, in order"),
    )
    for flag, help_text in switches:
        if flag not in taken:
            group.add_argument(flag, dest=f"steered_{flag[2:]}", action="store_true", help=help_text)


def fold_into_model_args(args: argparse.Namespace) -> dict[str, Any]:
    """The model_args dict with the stack flags merged in."""
    model_args = dict(getattr(args, "model_args", None) or {})
    if getattr(args, "steered_plugins", None):
        model_args["plugins"] = args.steered_plugins.replace(",", "+")
    for item in getattr(args, "steered_plugin_args", None) or []:
        item = item.strip()
        if item.startswith("{"):
            for plugin, params in json.loads(item).items():
                model_args.update({f"{plugin}.{k}": v for k, v in params.items()})
            continue
        for pair in item.split(","):
            key, sep, value = pair.partition("=")
            if not sep or "." not in key:
                raise SystemExit(f"--plugin_args: expected plugin.param=value, got {pair!r} (e.g. caa.strength=4)")
            model_args[key.strip()] = value.strip()
    return model_args


def execute(args: argparse.Namespace, original: Callable[[argparse.Namespace], None]) -> None:
    """Run lm-eval's ``run`` with :func:`steered.harness.evaluate.evaluate` in place of
    ``simple_evaluate`` when the model is ``steered``; then print the stack report."""
    flags = ("steered_plugins", "steered_plugin_args", "steered_baseline", "steered_contributions")
    ours = {k: vars(args).pop(k) for k in flags if k in vars(args)}
    if args.model != "steered":
        if any(ours.values()):
            raise SystemExit(
                f"--plugins/--plugin_args/--baseline/--contributions need --model steered (got --model {args.model})"
            )
        original(args)
        return
    contributions = bool(ours.pop("steered_contributions", False))
    args.model_args = fold_into_model_args(argparse.Namespace(model_args=args.model_args, **ours))
    baseline = bool(ours.get("steered_baseline"))

    import lm_eval

    from steered.harness.evaluate import evaluate

    captured: dict[str, Any] = {}
    original_simple_evaluate = lm_eval.simple_evaluate

    def simple_evaluate(**kwargs: Any) -> Any:
        results = evaluate(baseline=baseline, contributions=contributions, **kwargs)
        captured["results"] = results
        return results

    lm_eval.simple_evaluate = simple_evaluate
    try:
        original(args)
    finally:
        lm_eval.simple_evaluate = original_simple_evaluate
    if captured.get("results"):
        from steered.reports.terminal import print_report

        print_report(captured["results"])

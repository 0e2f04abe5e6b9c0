"""Evaluate with a stack: lm-eval's ``simple_evaluate`` plus baseline, contributions and timings.

The host's own ``evaluation`` hook implementation lives here; plugins wrap it.
"""

from __future__ import annotations

import time
from typing import Any

from steered.harness.hookspecs import hookimpl


@hookimpl
def evaluation(run: dict[str, Any]) -> dict[str, Any] | None:
    from lm_eval.evaluator import simple_evaluate  # not lm_eval.simple_evaluate: the CLI swaps that one

    return simple_evaluate(model=run["model"], **run["kwargs"])


def attach_monitors(samples: dict[str, list[dict[str, Any]]], scores: dict[str, dict[str, float]]) -> dict[str, Any]:
    """Add each sample's monitor scores (``steered_monitor``: {plugin: score}); return per
    plugin and task the mean score and how many samples had one."""
    values: dict[str, dict[str, list[float]]] = {}
    for task, rows in samples.items():
        for sample in rows:
            args = sample.get("arguments") or []
            context = args[0][0] if args and isinstance(args[0], (list, tuple)) and args[0] else None
            found = {plugin: by_context[context] for plugin, by_context in scores.items() if context in by_context}
            if found:
                sample["steered_monitor"] = found
            for plugin, value in found.items():
                values.setdefault(plugin, {}).setdefault(task, []).append(value)
    return {
        plugin: {task: {"mean": sum(v) / len(v), "n": len(v)} for task, v in tasks.items()}
        for plugin, tasks in values.items()
    }


def load_model(model: Any, model_args: Any = None, batch_size: Any = None, max_batch_size: Any = None, device: Any = None) -> Any:
    """A SteeredLM from lm-eval's (model, model_args) pair, built as lm-eval builds models."""
    from steered.harness.lm import SteeredLM

    if isinstance(model, SteeredLM):
        return model
    from lm_eval.api.registry import get_model

    cls = get_model(model) if isinstance(model, str) else None
    if cls is None or not issubclass(cls, SteeredLM):
        raise ValueError(f"intervention stacks need --model steered, not --model {model}")
    extra = {"batch_size": batch_size, "max_batch_size": max_batch_size, "device": device}
    if isinstance(model_args, dict):
        return cls.create_from_arg_obj(model_args, extra)
    return cls.create_from_arg_string(model_args or "", extra)


def evaluate(
    model: Any = "steered",
    model_args: Any = None,
    *,
    baseline: bool = False,
    contributions: bool = False,
    batch_size: Any = None,
    max_batch_size: Any = None,
    device: Any = None,
    use_cache: str | None = None,
    **kwargs: Any,
) -> dict[str, Any] | None:
    """``simple_evaluate`` for a stack; same arguments, plus:

    - ``baseline``: also evaluate the bare model (stack detached) in this process;
    - ``contributions``: also evaluate each prefix of the stack (first plugin, first two,
      ...) so the report shows what each plugin adds in order; implies ``baseline``.

    Results carry ``results["config"]["steered"]``: the stack, baseline results, times.
    ``use_cache`` gets a suffix per stack so steered and bare responses never mix.
    """
    from steered.harness.artifacts import stable_hash
    from steered.harness.manager import get_plugin_manager

    t0 = time.perf_counter()
    lm = load_model(model, model_args, batch_size, max_batch_size, device)
    load_s = time.perf_counter() - t0
    hook = get_plugin_manager().hook.evaluation
    stack_key = stable_hash(lm.describe_stack())[:12]

    def run(cache_suffix: str, **extra: Any) -> tuple[dict[str, Any] | None, float]:
        call = dict(kwargs, batch_size=batch_size, max_batch_size=max_batch_size, device=device, **extra)
        if use_cache:
            call["use_cache"] = f"{use_cache}_{cache_suffix}"
        t = time.perf_counter()
        out = hook(run={"model": lm, "kwargs": call})
        return out, time.perf_counter() - t

    base = None
    if baseline or contributions:
        with lm.stack.detached():
            base, base_s = run("bare")
    prefixes = []
    if contributions:
        full = lm.stack.entries
        try:
            for k in range(1, len(full)):
                lm.set_stack(full[:k])
                out, _ = run(f"prefix-{stable_hash(lm.describe_stack())[:12]}")
                if out is not None:
                    prefixes.append({"plugins": [e.name for e in full[:k]], "results": out["results"]})
        finally:
            lm.set_stack(full)
    monitoring = bool(lm.stack.monitored)  # monitors report per sample, so they need the samples
    results, eval_s = run(f"steered-{stack_key}", **({"log_samples": True} if monitoring else {}))
    if results is None:  # not rank 0
        return None
    info = results["config"].setdefault("steered", {"model": lm.model_name, "stack": lm.describe_stack()})
    if monitoring:
        info["monitors"] = attach_monitors(results.get("samples") or {}, lm.monitor_scores())
        if not kwargs.get("log_samples", True):
            results.pop("samples", None)
    info["load_seconds"] = round(load_s, 3)
    info["eval_seconds"] = round(eval_s, 3)
    if base is not None:
        info["baseline"] = {"results": base["results"], "eval_seconds": round(base_s, 3)}
    if contributions:
        info["contributions"] = [*prefixes, {"plugins": [e.name for e in lm.stack.entries], "results": results["results"]}]
    if isinstance(model, str):
        results["config"]["model"] = model
        results["config"]["model_args"] = model_args
    return results

"""``SteeredLM``: lm-eval's HF model with an intervention stack, registered as ``steered``.

Model args (CLI ``--model_args`` or Python kwargs):

- ``pretrained``: an embedded alias (default ``smollm2-135m-instruct``; ``gemma-3-270m``),
  a hub id or a local folder, or a loaded ``PreTrainedModel``;
- ``plugins``: the stack in order, ``caa+aura`` (``+`` or ``,``; a list in Python);
- ``<plugin>.<param>=value``: a plugin parameter, e.g. ``caa.strength=4``. Every plugin
  also takes ``artifact`` (load a fit instead of fitting) and ``data`` (fit on this file);
- ``plugin_args``: the same as a dict ``{"caa": {"strength": 4}}`` or its JSON;
- ``steer_path``: lm-eval's own steering file, applied after the plugins;
- ``fit_cache``: reuse cached fits (default true).

Everything else goes to lm-eval's ``HFLM``.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import torch
from lm_eval.models.huggingface import HFLM

from steered.harness import manager
from steered.harness.capture import FitContext
from steered.harness.fit import fit_or_load
from steered.harness.legacy import SteerFile
from steered.harness.models import model_name, resolve_pretrained
from steered.harness.positions import Layout
from steered.harness.sites import resolve
from steered.harness.stack import Entry, InterventionError, Stack

log = logging.getLogger("steered")
HOST_PARAMS = ("artifact", "data")


def parse_stack(
    plugins: str | list[str] | tuple[str, ...] | None,
    plugin_args: dict[str, dict[str, Any]] | str | None = None,
    dotted: dict[str, Any] | None = None,
) -> list[tuple[str, dict[str, Any]]]:
    """``[(plugin, params), ...]`` in stack order, from every form the args can take."""
    if isinstance(plugins, str):
        names = [n.strip() for n in plugins.replace("+", ",").split(",") if n.strip()]
    else:
        names = list(plugins or [])
    if isinstance(plugin_args, str):
        plugin_args = json.loads(plugin_args) if plugin_args.strip() else {}
    args: dict[str, dict[str, Any]] = {n: {} for n in names}
    for name, params in (plugin_args or {}).items():
        if name not in args:
            raise ValueError(f"plugin_args given for {name!r}, which is not in the stack ({' -> '.join(names) or 'empty'})")
        args[name].update(params)
    for key, value in (dotted or {}).items():
        name, _, param = key.partition(".")
        if name not in args:
            raise ValueError(
                f"argument {key}={value!r} names plugin {name!r}, which is not in the stack "
                f"({' -> '.join(names) or 'empty'}); add it with plugins={name}"
            )
        args[name][param] = value
    return [(n, args[n]) for n in names]


class SteeredLM(HFLM):
    def __init__(
        self,
        pretrained: Any = None,
        plugins: str | list[str] | None = None,
        plugin_args: dict[str, dict[str, Any]] | str | None = None,
        steer_path: str | None = None,
        fit_cache: bool | str = True,
        **kwargs: Any,
    ) -> None:
        dotted = {k: kwargs.pop(k) for k in list(kwargs) if "." in k}
        specs = parse_stack(plugins, plugin_args, dotted)
        for name, _ in specs:  # unknown names fail before the model loads
            manager.get(name, "intervention")
        if isinstance(pretrained, str) or pretrained is None:
            pretrained = resolve_pretrained(pretrained)
            self.model_name = model_name(pretrained)
        else:
            self.model_name = getattr(pretrained.config, "_name_or_path", "") or type(pretrained).__name__
        kwargs.setdefault("dtype", "float32")
        if kwargs.get("device") in (None, "cuda") and not torch.cuda.is_available():
            kwargs["device"] = "cpu"  # HFLM's default "cuda" would fail on a CPU-only machine
        super().__init__(pretrained=pretrained, **kwargs)
        self.model.requires_grad_(False)
        self.sitemap = resolve(self.model)
        self.fit_cache = fit_cache if isinstance(fit_cache, bool) else str(fit_cache).lower() not in {"0", "false", "no"}
        self.stack = Stack(self.model, self.sitemap, [])
        entries = self.build_entries(specs)
        if steer_path:
            entries.append(Entry(SteerFile(path=steer_path), {}, artifact=steer_path))
        self._rows: dict[tuple[int, ...], int] = {}
        self.set_stack(entries)

    def build_entries(self, specs: list[tuple[str, dict[str, Any]]]) -> list[Entry]:
        """Fit (or load) each ``(plugin, params)`` on the bare model, in order."""
        ctx = FitContext(self.model, self.tokenizer, self.sitemap)
        entries = []
        with self.stack.detached():
            for name, params in specs:
                params = dict(params)
                host = {k: params.pop(k) for k in HOST_PARAMS if k in params}
                intervention = manager.get(name, "intervention").cls(**params)
                entries.append(fit_or_load(intervention, ctx, self.model_name, use_cache=self.fit_cache, **host))
        return entries

    def set_stack(self, entries: list[Entry]) -> Stack:
        """Replace the stack (e.g. another order); on failure the old one stays attached."""
        new = Stack(self.model, self.sitemap, entries)
        self.stack.detach()
        try:
            new.attach()
        except Exception:
            self.stack.attach()
            raise
        self.stack = new
        self._contexts: dict[tuple[int, ...], str] = {}  # prompt ids -> request context, while monitoring
        return new

    # -- lm-eval entry points: give interventions the real rows, detach on failure ----
    def _loglikelihood_tokens(self, requests: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
        self._rows = {}
        for key, context_enc, continuation_enc in requests:
            row = (context_enc + continuation_enc)[-(self.max_length + 1) :][:-1]
            end = len(row) - len(continuation_enc) + 1
            self._rows.setdefault(tuple(row), end)
            if self.stack.monitored and isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str):
                self._contexts[tuple(row[:end])] = key[0]
        try:
            return super()._loglikelihood_tokens(requests, *args, **kwargs)
        finally:
            self._rows = {}

    def tok_batch_encode(self, strings: list[str], *args: Any, **kwargs: Any) -> tuple[torch.Tensor, torch.Tensor]:
        ids, mask = super().tok_batch_encode(strings, *args, **kwargs)
        if self.stack.monitored:
            for row, text in enumerate(strings):
                self._contexts[tuple(ids[row][mask[row].bool()].tolist())] = text
        return ids, mask

    def monitor_scores(self) -> dict[str, dict[str, float]]:
        """Per monitoring plugin, ``{request context: score}`` of the prompts seen so far."""
        return {
            plugin: {self._contexts[key]: score for key, score in scores.items() if key in self._contexts}
            for plugin, scores in self.stack.monitored.items()
        }

    def _model_call(self, inps: torch.Tensor, attn_mask: Any = None, labels: Any = None) -> torch.Tensor:
        layout = self._layout_of(inps)
        return self._guarded(layout, lambda: super(SteeredLM, self)._model_call(inps, attn_mask, labels))

    def _model_generate(self, context: torch.Tensor, max_length: int, stop: list[str], **kwargs: Any) -> torch.Tensor:
        layout = Layout(prompt_end=torch.full((context.shape[0],), context.shape[1]))  # the request's prompt
        append = self.stack.cache_append
        if append is not None:  # KV-cache steering: its token goes after every prompt, then is dropped
            context, kwargs = self._append_token(context, append, kwargs)
            max_length += 1
        out = self._guarded(
            layout, lambda: super(SteeredLM, self)._model_generate(context, max_length, stop, **kwargs)
        )
        if append is not None:
            out = torch.cat([out[:, : context.shape[1] - 1], out[:, context.shape[1] :]], dim=1)
        return out

    def _append_token(self, context: torch.Tensor, text: str, kwargs: dict[str, Any]) -> tuple[torch.Tensor, dict[str, Any]]:
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        if len(ids) != 1:
            raise ValueError(f"the KV-steering token {text!r} is {len(ids)} tokens for this tokenizer; it must be one")
        column = torch.full((context.shape[0], 1), ids[0], dtype=context.dtype, device=context.device)
        kwargs = dict(kwargs)
        if kwargs.get("attention_mask") is not None:
            mask = kwargs["attention_mask"]
            kwargs["attention_mask"] = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=1)
        return torch.cat([context, column], dim=1), kwargs

    def _guarded(self, layout: Layout, call: Any) -> Any:
        try:
            with self.stack.layout(layout):
                return call()
        except InterventionError:
            self.stack.detach()
            raise

    def _layout_of(self, inps: torch.Tensor) -> Layout:
        """Right-padded rows: real lengths and continuation starts from the requests."""
        width = inps.shape[1]
        lengths, ends = [], []
        for row in inps.tolist():
            trailing = len(row) - len(_rstrip_zeros(row))
            found = None
            for n in range(width - trailing, width + 1):
                found = self._rows.get(tuple(row[:n]))
                if found is not None:
                    lengths.append(n)
                    ends.append(found)
                    break
            if found is None:  # a call lm-eval did not route through _loglikelihood_tokens
                lengths.append(width)
                ends.append(width)
        return Layout.right_padded(lengths, ends, width)

    # -- reporting ---------------------------------------------------------------------
    def describe_stack(self) -> list[dict[str, Any]]:
        return [
            {
                "plugin": e.name,
                "kind": e.intervention.level,
                "version": e.intervention.version,
                "params": e.intervention.all_params(),
                "sites": e.intervention.sites(self.sitemap),
                "artifact": e.artifact,
                "fit_seconds": round(e.fit_seconds, 3),
                "fit_cached": e.cached,
            }
            for e in self.stack.entries
        ]

    def get_model_info(self) -> dict[str, Any]:
        info = super().get_model_info()
        info["steered"] = {"model": self.model_name, "stack": self.describe_stack()}
        return info

    @torch.no_grad()
    def forward_overhead(self, batch: int = 8, length: int = 64, repeats: int = 5) -> dict[str, float]:
        """Median seconds of one forward of a (batch, length) probe with and without the stack."""
        ids = torch.randint(100, self.tokenizer.vocab_size - 1, (batch, length), device=self.device)

        def median_time() -> float:
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                self._model_call(ids)
                times.append(time.perf_counter() - t0)
            return sorted(times)[len(times) // 2]

        self._model_call(ids)  # warm-up
        steered = median_time()
        with self.stack.detached():
            bare = median_time()
        return {"bare_s": bare, "steered_s": steered, "ratio": steered / bare}


def _rstrip_zeros(row: list[int]) -> list[int]:
    n = len(row)
    while n and row[n - 1] == 0:
        n -= 1
    return row[:n]

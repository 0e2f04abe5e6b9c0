"""``SteeredLM``: lm-eval's HF model with an intervention stack, registered as ``steered``.

Model args (CLI ``--model_args`` or Python kwargs):

- ``pretrained``: an embedded alias (default ``smollm2-135m-instruct``; ``gemma-3-270m``),
  a hub id or a local folder, or a loaded ``PreTrainedModel``;
- ``plugins``: the stack in order, ``caa+aura`` (``+`` or ``,``; a list in Python);
- ``<plugin>.<param>=value``: a plugin parameter, e.g. ``caa.strength=4``. Every plugin
  also takes ``artifact`` (load a fit instead of fitting), ``data`` (fit on this file) and
  ``fit_max_length`` (fit texts are cut to this many tokens, default 256, with a warning);
- ``plugin_args``: the same as a dict ``{"caa": {"strength": 4}}`` or its JSON;
- ``steer_path``: lm-eval's own steering file, applied after the plugins;
- ``fit_cache``: reuse cached fits (default true).

Everything else goes to lm-eval's ``HFLM``.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import torch
from lm_eval.models.huggingface import HFLM

from steered.harness import manager
from steered.harness.capture import FIT_MAX_LENGTH, FitContext
from steered.harness.fit import fit_or_load
from steered.harness.legacy import SteerFile
from steered.harness.models import model_name, resolve_pretrained
from steered.harness.positions import Layout, RowIndex
from steered.harness.sites import resolve
from steered.harness.stack import Entry, InterventionError, Stack

log = logging.getLogger("steered")
HOST_PARAMS = ("artifact", "data", "fit_max_length")


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
        self._rows = RowIndex()
        self.set_stack(entries)

    def build_entries(self, specs: list[tuple[str, dict[str, Any]]]) -> list[Entry]:
        """Fit (or load) each ``(plugin, params)`` on the bare model, in order."""
        entries = []
        with self.stack.detached():
            for name, params in specs:
                params = dict(params)
                host = {k: params.pop(k) for k in HOST_PARAMS if k in params}
                limit = int(host.pop("fit_max_length", FIT_MAX_LENGTH))
                ctx = FitContext(self.model, self.tokenizer, self.sitemap, max_length=limit)
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
        self._rows = RowIndex()
        for key, context_enc, continuation_enc in requests:
            row = (context_enc + continuation_enc)[-(self.max_length + 1) :][:-1]
            end = len(row) - len(continuation_enc) + 1
            self._rows.add(row, end)
            if self.stack.monitored and isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str):
                self._contexts[tuple(row[:end])] = key[0]
        try:
            return super()._loglikelihood_tokens(requests, *args, **kwargs)
        finally:
            self._rows = RowIndex()

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
        layout = self._rows.layout(inps)
        return self._guarded(layout, lambda: super(SteeredLM, self)._model_call(inps, attn_mask, labels))

    def _model_generate(self, context: torch.Tensor, max_length: int, stop: list[str], **kwargs: Any) -> torch.Tensor:
        layout = Layout(prompt_end=torch.full((context.shape[0],), context.shape[1]))  # the request's prompt
        generate = super(SteeredLM, self)._model_generate
        if not self.stack.cache_steers:
            return self._guarded(layout, lambda: generate(context, max_length, stop, **kwargs))
        return self._guarded(layout, lambda: self._cache_steered_generate(generate, context, max_length, stop, kwargs))

    def _cache_steered_generate(
        self, generate: Any, context: torch.Tensor, max_length: int, stop: list[str], kwargs: dict[str, Any]
    ) -> torch.Tensor:
        text = self.stack.cache_append
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        if len(ids) != 1:
            raise ValueError(f"the KV-steering token {text!r} is {len(ids)} tokens for this tokenizer; it must be one")
        return self.stack.generate_cache_steered(
            context, ids[0], lambda full, **kw: generate(full, max_length + 1, stop, **kw), **kwargs
        )

    def _guarded(self, layout: Layout, call: Any) -> Any:
        try:
            with self.stack.layout(layout):
                return call()
        except InterventionError:
            self.stack.detach()
            raise

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

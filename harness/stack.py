"""An ordered intervention stack attached to a model, and removed without a trace.

Attaching runs each intervention's ``apply`` in the order given; two interventions at the
same site run in that order too. Activation edits are forward hooks (one per site, shared
by the stack); weight edits go through :meth:`Editor.set_weight`, which snapshots the
parameter first so :meth:`Stack.detach` restores it bit for bit. Attaching is
all-or-nothing: if any plugin raises, everything already applied is undone.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from steered.harness.intervention import Intervention
from steered.harness.positions import Layout, Positions, check_mode
from steered.harness.sites import SiteMap

EditFn = Callable[[torch.Tensor, "torch.Tensor | None"], torch.Tensor]
ScoreFn = Callable[[torch.Tensor], torch.Tensor]


class InterventionError(RuntimeError):
    """A plugin failed; ``plugin`` names it. The stack has been detached when this is raised."""

    def __init__(self, plugin: str, during: str, cause: BaseException) -> None:
        super().__init__(f"plugin {plugin!r} failed while {during}: {type(cause).__name__}: {cause}")
        self.plugin = plugin


def masked(old: torch.Tensor, new: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
    """``new`` where ``mask`` (B, T, 1) is set, else ``old``; ``mask=None`` means everywhere."""
    return new if mask is None else torch.where(mask, new, old)


@dataclass
class Entry:
    """One intervention of the stack with its fitted state and where it came from."""

    intervention: Intervention
    state: dict[str, torch.Tensor]
    artifact: str | None = None
    fit_seconds: float = 0.0
    cached: bool = False

    @property
    def name(self) -> str:
        return self.intervention.name


@dataclass
class _SiteChain:
    handle: Any
    edits: list[tuple[str, EditFn, str]] = field(default_factory=list)


class Editor:
    """What an intervention's ``apply`` may do to the model."""

    def __init__(self, stack: Stack, plugin: str) -> None:
        self._stack = stack
        self._plugin = plugin

    @property
    def sitemap(self) -> SiteMap:
        return self._stack.sitemap

    def hook(self, site: str, fn: EditFn, position: str = "all") -> None:
        """Run ``fn(h, mask) -> h`` on the activation at ``site`` in every forward.

        ``mask`` is the (B, T, 1) bool mask of ``position`` (see :mod:`positions`), or None
        when every position in this forward is selected. Use :func:`masked` to apply it.
        """
        self._stack._add_edit(self._plugin, site, fn, check_mode(position))

    def monitor(self, site: str, fn: ScoreFn) -> None:
        """Score each prompt: ``fn(h) -> (B, T)`` at ``site``, read at the last prompt token.

        Scores land in :attr:`Stack.monitored` keyed by the prompt's token ids; the lm-eval
        model turns them into per-sample values (``steered_monitor`` in the samples) and
        per-task means in the report. Runs where it is registered in the site's chain, so
        a plugin that monitors before it edits sees the unedited activation.
        """
        record = self._stack.monitored.setdefault(self._plugin, {})

        def score(h: torch.Tensor, _mask: torch.Tensor | None) -> torch.Tensor:
            rows = self._stack.current.last_prompt_tokens() if self._stack.current is not None else []
            if rows:
                values = fn(h.detach()).float().cpu()
                for row, index, key in rows:
                    record[key] = float(values[row, index])
            return h

        self._stack._add_edit(self._plugin, site, score, "all")

    def place(self, tensor: torch.Tensor) -> torch.Tensor:
        """``tensor`` on the model's device, floating point in the model's dtype: call it once
        in ``apply`` so hooks add ready tensors instead of copying state in every forward."""
        param = next(self._stack.model.parameters())
        return tensor.to(param.device, param.dtype if tensor.is_floating_point() else tensor.dtype)

    def steer_cache(self, deltas: dict[int, tuple[torch.Tensor | None, torch.Tensor | None]], append: str) -> None:
        """One-shot KV-cache steering of generation (Belitsky et al.): the prompt is prefilled
        without ``append`` (one token, added by id after the prompt's ids); ``(key_delta,
        value_delta)`` of shape (kv_heads, head_dim) are added to the cache entry of the last
        prompt token in the given layers; generation then feeds ``append`` first, so the
        first generated token is already steered, and decodes with no edit at all.
        Loglikelihood requests are not affected (there is no decoding)."""
        if self._stack.cache_append not in (None, append):
            raise ValueError(
                f"cache steering plugins must append the same token; got {self._stack.cache_append!r} and {append!r}"
            )
        for layer in deltas:
            self.sitemap.layer_index(layer)
        placed = {
            layer: tuple(None if d is None else self.place(d) for d in pair) for layer, pair in deltas.items()
        }
        self._stack.cache_steers.append((self._plugin, placed, append))

    def set_weight(self, param: nn.Parameter | torch.Tensor, value: torch.Tensor) -> None:
        """Overwrite ``param`` in place; :meth:`Stack.detach` restores the original exactly."""
        self._stack._snapshot(param)
        with torch.no_grad():
            param.copy_(value.to(dtype=param.dtype, device=param.device))


class Stack:
    def __init__(self, model: nn.Module, sitemap: SiteMap, entries: list[Entry]) -> None:
        names = [e.name for e in entries]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"plugin(s) {', '.join(dupes)} appear twice in the stack; each may appear once")
        self.model = model
        self.sitemap = sitemap
        self.entries = entries
        self.attached = False
        self._chains: dict[str, _SiteChain] = {}
        self._snapshots: list[tuple[torch.Tensor, torch.Tensor]] = []
        self._snapshot_ids: set[int] = set()
        self._root_handle: Any = None
        self._layout = Layout()
        self.current: Positions | None = None
        self.monitored: dict[str, dict[tuple[int, ...], float]] = {}
        self.cache_steers: list[tuple[str, dict[int, tuple[torch.Tensor | None, torch.Tensor | None]], str]] = []

    @property
    def cache_append(self) -> str | None:
        """The token KV-cache steering appends to generation prompts (None: no cache steering)."""
        return self.cache_steers[0][2] if self.cache_steers else None

    # -- attaching -------------------------------------------------------------------
    def attach(self) -> Stack:
        if self.attached:
            return self
        self._root_handle = self.model.register_forward_pre_hook(self._on_forward, with_kwargs=True)
        self.attached = True
        for entry in self.entries:
            try:
                entry.intervention.apply(Editor(self, entry.name), entry.state)
            except Exception as err:
                self.detach()
                raise InterventionError(entry.name, "attaching", err) from err
        return self

    def detach(self) -> None:
        """Remove every hook and restore every edited weight (latest edit undone last)."""
        for chain in self._chains.values():
            chain.handle.remove()
        self._chains.clear()
        if self._root_handle is not None:
            self._root_handle.remove()
            self._root_handle = None
        with torch.no_grad():
            for param, original in reversed(self._snapshots):
                param.copy_(original)
        self._snapshots.clear()
        self._snapshot_ids.clear()
        self.cache_steers.clear()
        self.current = None
        self.attached = False

    @contextlib.contextmanager
    def detached(self) -> Iterator[None]:
        """Run the bare model (for baselines), then attach again."""
        was = self.attached
        self.detach()
        try:
            yield
        finally:
            if was:
                self.attach()

    @contextlib.contextmanager
    def layout(self, layout: Layout) -> Iterator[None]:
        """Describe the rows of the calls made inside (pads, where prompts end)."""
        previous, self._layout = self._layout, layout
        try:
            yield
        finally:
            self._layout = previous

    # -- internals -------------------------------------------------------------------
    def _snapshot(self, param: torch.Tensor) -> None:
        if id(param) not in self._snapshot_ids:
            self._snapshot_ids.add(id(param))
            self._snapshots.append((param, param.detach().clone()))

    def _add_edit(self, plugin: str, site_name: str, fn: EditFn, mode: str) -> None:
        site = self.sitemap.site(site_name)
        if site.hook == "none":
            raise ValueError(f"site {site_name} cannot be hooked; edit it through the cache instead")
        chain = self._chains.get(site.name)
        if chain is None:
            chain = _SiteChain(handle=None)
            if site.hook == "output":
                chain.handle = site.module.register_forward_hook(self._output_hook(chain))
            else:
                chain.handle = site.module.register_forward_pre_hook(self._input_hook(chain))
            self._chains[site.name] = chain
        chain.edits.append((plugin, fn, mode))

    def _run(self, chain: _SiteChain, h: torch.Tensor) -> torch.Tensor:
        pos = self.current
        for plugin, fn, mode in chain.edits:
            mask = pos.mask(mode, h.device) if pos is not None else None
            try:
                h = fn(h, mask)
            except Exception as err:
                raise InterventionError(plugin, "editing activations", err) from err
        return h

    def _output_hook(self, chain: _SiteChain) -> Callable[..., Any]:
        def hook(_module: nn.Module, _inputs: Any, output: Any) -> Any:
            if isinstance(output, tuple):
                return (self._run(chain, output[0]), *output[1:])
            return self._run(chain, output)

        return hook

    def _input_hook(self, chain: _SiteChain) -> Callable[..., Any]:
        def hook(_module: nn.Module, args: tuple[Any, ...]) -> tuple[Any, ...]:
            return (self._run(chain, args[0]), *args[1:])

        return hook

    def _on_forward(self, _module: nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        ids = kwargs.get("input_ids", args[0] if args else None)
        if ids is None:
            ids = kwargs["inputs_embeds"]
        mask = kwargs.get("attention_mask")
        mask = mask if mask is not None and mask.dim() == 2 else None
        start = forward_start(kwargs, ids.shape[1], mask)
        self.current = Positions(
            self._layout, ids.shape[0], start, ids.shape[1], attention_mask=mask, ids=ids if ids.dim() == 2 else None
        )

    def generate_cache_steered(
        self, ids: torch.Tensor, append: int, generate: Callable[..., torch.Tensor], **kwargs: Any
    ) -> torch.Tensor:
        """Generation under the cache steers, as the authors of KV-cache steering run it:
        prefill ``ids`` alone (left padding: positions from the mask), add the steers to the
        cache entry of the last prompt token, then ``generate(ids + [append], **kwargs,
        cache)`` so the appended token is the first input decoding feeds and the first new
        token is already steered. Returns the output without the appended token."""
        mask = kwargs.get("attention_mask")
        mask = torch.ones_like(ids) if mask is None else mask
        position_ids = (mask.long().cumsum(-1) - 1).masked_fill(mask == 0, 0)
        with torch.no_grad():
            cache = output_cache(self.model(input_ids=ids, attention_mask=mask, position_ids=position_ids, use_cache=True))
        for plugin, deltas, _ in self.cache_steers:
            try:
                for layer, (dk, dv) in deltas.items():
                    entry = cache.layers[layer]
                    for stored, delta in ((entry.keys, dk), (entry.values, dv)):
                        if delta is not None:
                            stored[:, :, -1, :] += delta
            except Exception as err:
                raise InterventionError(plugin, "steering the KV cache", err) from err
        column = torch.full((ids.shape[0], 1), append, dtype=ids.dtype, device=ids.device)
        kwargs["attention_mask"] = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=1)
        kwargs[cache_kwarg(self.model)] = cache
        out = generate(torch.cat([ids, column], dim=1), **kwargs)
        return torch.cat([out[:, : ids.shape[1]], out[:, ids.shape[1] + 1 :]], dim=1)


def forward_cache(kwargs: dict[str, Any]) -> Any:
    """The KV cache a forward was given: ``cache=`` (transformers 5.x) or ``past_key_values=``."""
    cache = kwargs.get("cache")
    return cache if cache is not None else kwargs.get("past_key_values")


def output_cache(output: Any) -> Any:
    """The KV cache a forward returned: ``output.cache`` (transformers 5.x) or ``past_key_values``."""
    cache = getattr(output, "cache", None)
    return cache if cache is not None else output.past_key_values


def cache_kwarg(model: nn.Module) -> str:
    """The name ``model``'s forward takes a KV cache by."""
    return "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"


def forward_start(kwargs: dict[str, Any], length: int, mask: torch.Tensor | None) -> int:
    """Absolute index of a forward's first token: from the cache length, ``cache_position``,
    a 2-D attention mask covering past and present, or ``position_ids``; else 0."""
    cache = forward_cache(kwargs)
    if cache is not None and hasattr(cache, "get_seq_length"):
        return int(cache.get_seq_length())
    cache_position = kwargs.get("cache_position")
    if cache_position is not None:
        return int(cache_position.reshape(-1)[0])
    if mask is not None:
        return mask.shape[1] - length
    position_ids = kwargs.get("position_ids")
    if position_ids is not None:  # unpadded rows (a padded batch would carry a mask)
        return int(position_ids.reshape(-1, position_ids.shape[-1])[:, 0].max())
    return 0

"""Named places in a model where interventions act, resolved per architecture in one place.

Site names (``L`` is a 0-based decoder layer index):

- ``residual.L``: output of decoder block ``L`` (= ``hidden_states[L+1]``), width d_model;
- ``heads.L``: input of the attention output projection (head space, H * d_head);
- ``mlp.L.<linear>``: output of one Linear of block ``L``'s MLP (e.g. ``gate_proj``);
- ``kv.L``: the KV-cache entry of layer ``L`` (edited once after prefill, not hooked);
- ``module:<path>``: the output of any module under ``model.base_model`` (lm-eval's own
  ``steer_path`` hookpoints).

Plugins name sites; only :func:`resolve` knows module paths. New architectures come from
the ``resolve_sites`` hook.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from torch import nn


@dataclass(frozen=True)
class Site:
    name: str
    kind: str  # residual | heads | mlp | kv
    layer: int
    module: nn.Module | None
    width: int
    hook: str  # "output" (forward hook), "input" (forward pre-hook) or "none"


@dataclass
class SiteMap:
    """Where the sites of one model live. ``layers`` are the decoder blocks in order."""

    model_type: str
    layers: list[nn.Module]
    d_model: int
    n_heads: int
    head_dim: int
    attn_out: str  # attribute path inside a block to the attention output projection
    mlp_linears: dict[str, int]  # attribute path inside a block -> output width
    base: nn.Module | None = None  # what ``module:<path>`` sites are relative to

    @property
    def n_layers(self) -> int:
        return len(self.layers)

    def layer_index(self, layer: int) -> int:
        n = self.n_layers
        if not -n <= layer < n:
            raise ValueError(f"layer {layer} is out of range: this model has {n} layers (0..{n - 1})")
        return layer % n

    def layer_or_middle(self, layer: int | None) -> int:
        """``layer`` checked and made non-negative; ``None`` means the middle layer."""
        return self.n_layers // 2 if layer is None else self.layer_index(layer)

    def site(self, name: str) -> Site:
        if name.startswith("module:"):
            if self.base is None:
                raise ValueError(f"site {name!r}: this site map has no base module for raw module paths")
            try:
                module = self.base.get_submodule(name[len("module:") :])
            except AttributeError:
                raise ValueError(f"site {name!r}: no such module under {type(self.base).__name__}") from None
            return Site(name, "module", -1, module, 0, "output")
        parts = name.split(".")
        kind = parts[0]
        try:
            layer = self.layer_index(int(parts[1]))
        except (IndexError, ValueError) as err:
            if isinstance(err, ValueError) and "out of range" in str(err):
                raise
            raise ValueError(f"bad site name {name!r}: expected KIND.LAYER[.LINEAR], e.g. residual.12") from None
        block = self.layers[layer]
        if kind == "residual" and len(parts) == 2:
            return Site(name, kind, layer, block, self.d_model, "output")
        if kind == "heads" and len(parts) == 2:
            module = block.get_submodule(self.attn_out)
            return Site(name, kind, layer, module, self.n_heads * self.head_dim, "input")
        if kind == "kv" and len(parts) == 2:
            return Site(name, kind, layer, None, self.n_heads * self.head_dim, "none")
        if kind == "mlp" and len(parts) == 3:
            linear = next((p for p in self.mlp_linears if p.split(".")[-1] == parts[2]), None)
            if linear is None:
                names = ", ".join(p.split(".")[-1] for p in self.mlp_linears)
                raise ValueError(f"site {name!r}: {self.model_type} MLPs have {names}")
            return Site(name, kind, layer, block.get_submodule(linear), self.mlp_linears[linear], "output")
        raise ValueError(
            f"unknown site {name!r}: use residual.L, heads.L, kv.L or mlp.L.<linear> "
            f"(linears here: {', '.join(p.split('.')[-1] for p in self.mlp_linears)})"
        )

    def mlp_sites(self) -> list[str]:
        return [f"mlp.{i}.{p.split('.')[-1]}" for i in range(self.n_layers) for p in self.mlp_linears]

    def fingerprint(self, name: str) -> dict[str, Any]:
        return {
            "name": name,
            "model_type": self.model_type,
            "n_layers": self.n_layers,
            "d_model": self.d_model,
            "n_heads": self.n_heads,
            "head_dim": self.head_dim,
            "mlp_widths": {p.split(".")[-1]: w for p, w in self.mlp_linears.items()},
        }


_LLAMA_LIKE = {"llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3", "gemma3_text", "phi3", "olmo2"}


def builtin_resolve(model: nn.Module) -> SiteMap | None:
    """Llama/SmolLM2, Mistral, Qwen2/3, Gemma 1-3 and GPT-2 style decoder-only models."""
    config = getattr(model, "config", None)
    if config is None:
        return None
    config = getattr(config, "text_config", None) or config
    model_type = getattr(config, "model_type", "")
    if model_type in _LLAMA_LIKE:
        base = model.get_submodule("model") if hasattr(model, "model") else model
        layers = list(base.get_submodule("layers")) if hasattr(base, "layers") else None
        if layers is None and hasattr(base, "language_model"):
            layers = list(base.language_model.layers)
        if layers is None:
            return None
        n_heads = config.num_attention_heads
        head_dim = getattr(config, "head_dim", None) or config.hidden_size // n_heads
        d_ff = config.intermediate_size
        if model_type == "phi3":  # one fused Linear: its outputs are the gate units, then the up units
            mlp_linears = {"mlp.gate_up_proj": 2 * d_ff, "mlp.down_proj": config.hidden_size}
        else:
            mlp_linears = {"mlp.gate_proj": d_ff, "mlp.up_proj": d_ff, "mlp.down_proj": config.hidden_size}
        return SiteMap(
            model_type=model_type,
            layers=layers,
            d_model=config.hidden_size,
            n_heads=n_heads,
            head_dim=head_dim,
            attn_out="self_attn.o_proj",
            mlp_linears=mlp_linears,
            base=model.base_model,
        )
    if model_type == "gpt2":
        base = model.transformer if hasattr(model, "transformer") else model
        d = config.n_embd
        return SiteMap(
            model_type=model_type,
            layers=list(base.h),
            d_model=d,
            n_heads=config.n_head,
            head_dim=d // config.n_head,
            attn_out="attn.c_proj",
            mlp_linears={"mlp.c_fc": config.n_inner or 4 * d, "mlp.c_proj": d},
            base=model.base_model,
        )
    return None


def resolve(model: nn.Module) -> SiteMap:
    """Ask the plugins (``resolve_sites``), then the built-in resolver."""
    from steered.harness.manager import get_plugin_manager

    found = get_plugin_manager().hook.resolve_sites(model=model)
    if found is None:
        found = builtin_resolve(model)
    if found is None:
        model_type = getattr(getattr(model, "config", None), "model_type", type(model).__name__)
        raise ValueError(
            f"no site resolver knows architecture {model_type!r}; built-in: llama, mistral, qwen2, "
            "qwen3, gemma/gemma2/gemma3, phi3, olmo2, gpt2. A plugin can add one with the resolve_sites hook."
        )
    return found

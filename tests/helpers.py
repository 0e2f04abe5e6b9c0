"""Test interventions and a tiny SteeredLM (random 4-layer Llama, byte tokenizer)."""

from __future__ import annotations

import dataclasses

import torch

from steered.harness.intervention import Intervention, param
from steered.harness.lm import SteeredLM
from steered.harness.stack import masked
from steered.harness.testing import tiny_model


class Add(Intervention):
    """Adds a fixed random vector at one site (like CAA without a fit)."""

    name = "t_add"

    @dataclasses.dataclass
    class Params:
        site: str = param("residual.1", "site")
        strength: float = param(1.0, "scale")
        position: str = param("all", "positions")
        seed: int = param(0, "vector seed")

    def apply(self, editor, state):
        width = editor.sitemap.site(self.params.site).width
        v = torch.randn(width, generator=torch.Generator().manual_seed(self.params.seed))
        editor.hook(self.params.site, lambda h, m: masked(h, h + self.params.strength * v, m), self.params.position)


class Scale(Intervention):
    name = "t_scale"

    @dataclasses.dataclass
    class Params:
        site: str = param("residual.1", "site")
        factor: float = param(2.0, "factor")

    def apply(self, editor, state):
        editor.hook(self.params.site, lambda h, m: h * self.params.factor)


class ScaleWeight(Intervention):
    """A weight-level edit: o_proj of one layer times a factor."""

    name = "t_weight"
    level = "weight"

    @dataclasses.dataclass
    class Params:
        layer: int = param(1, "layer")
        factor: float = param(3.0, "factor")

    def apply(self, editor, state):
        w = editor.sitemap.site(f"heads.{self.params.layer}").module.weight
        editor.set_weight(w, w * self.params.factor)


class Recorder(Intervention):
    """Records the mask it is given in every forward (never edits)."""

    name = "t_record"

    @dataclasses.dataclass
    class Params:
        position: str = param("all", "positions")

    def __init__(self, **params):
        super().__init__(**params)
        self.masks: list[torch.Tensor | None] = []

    def apply(self, editor, state):
        def record(h, m):
            self.masks.append(None if m is None else m[..., 0].clone())
            return h

        editor.hook("residual.0", record, self.params.position)


class Boom(Intervention):
    name = "t_boom"

    def apply(self, editor, state):
        def fail(h, m):
            raise RuntimeError("kaboom")

        editor.hook("residual.2", fail)


def left_padded(lm: SteeredLM, prompts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """(ids, mask) of ``prompts`` padded on the left, as lm-eval batches generation."""
    lm.tokenizer.padding_side = "left"
    enc = lm.tokenizer(prompts, return_tensors="pt", padding=True)
    lm.tokenizer.padding_side = "right"
    return enc["input_ids"], enc["attention_mask"]


def tiny_lm(arch: str = "llama", batch_size: int = 4) -> SteeredLM:
    model, tokenizer = tiny_model(arch)
    return SteeredLM(pretrained=model, tokenizer=tokenizer, batch_size=batch_size, device="cpu")

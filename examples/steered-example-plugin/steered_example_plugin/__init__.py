"""Directional ablation: project a learned direction out of the residual stream.

Fit: u = normalise(mean h(positive) - mean h(negative)) at the last token of each prompt,
at the output of block ``layer``. Apply: h <- h - scale * (h . u) u. With scale=1 the
residual stream carries no component along u (as in refusal-direction ablation).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import torch

from steered.harness import hookimpl
from steered.harness.intervention import Intervention, param
from steered.harness.stack import masked

POSITIVE = ["I refuse to help with that.", "Sorry, I cannot do that.", "No, I will not answer."]
NEGATIVE = ["Sure, here is how to do it.", "Of course, happy to help.", "Yes, the answer is below."]


class AblateDirection(Intervention):
    name = "ablate_direction"
    version = "0.1.0"
    description = "Example plugin: project a contrastive direction out of the residual stream"

    @dataclasses.dataclass
    class Params:
        layer: int = param(1, "block whose output is edited", fit=True)
        scale: float = param(1.0, "fraction of the component removed (0 = off)")
        position: str = param("all", "positions edited: all, prompt, generated, last")

    def sites(self, sitemap: Any) -> list[str]:
        return [f"residual.{sitemap.layer_index(self.params.layer)}"]

    def default_data(self) -> dict[str, list[str]]:
        return {"positive": POSITIVE, "negative": NEGATIVE}

    def fit(self, ctx: Any, data: dict[str, list[str]]) -> dict[str, torch.Tensor]:
        (site,) = self.sites(ctx.sitemap)
        pos = ctx.collect(data["positive"], [site])[site].mean(0)
        neg = ctx.collect(data["negative"], [site])[site].mean(0)
        direction = pos - neg
        return {"direction": direction / direction.norm()}

    def apply(self, editor: Any, state: dict[str, torch.Tensor]) -> None:
        (site,) = self.sites(editor.sitemap)
        u = editor.place(state["direction"])  # once: the model's device and dtype

        def ablate(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
            return masked(h, h - self.params.scale * (h @ u)[..., None] * u, mask)

        editor.hook(site, ablate, self.params.position)


@hookimpl
def register_interventions(register: Any) -> None:
    register(AblateDirection)

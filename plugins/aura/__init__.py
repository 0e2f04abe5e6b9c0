"""AurA, Det0 and Damp: dampening toxicity experts (Suau et al., ICML 2024, "Whispering Experts").

Every output unit of the MLP Linear layers is treated as a toxicity classifier. Fit: run
toxic and clean sentences (truncated to 128 tokens), max-pool each unit's output over
real tokens, and compute each unit's AUROC for "toxic" (label 1). Apply a forward hook
multiplying unit m's output by alpha_m on every token:

- ``mode=aura`` (default): alpha_m = 1 - Gini_m = 2 (1 - AUROC_m) if AUROC_m > 0.5 else 1;
  no model-specific hyperparameter;
- ``mode=det0``: the ``k`` units with the highest AUROC across the model get alpha 0;
- ``mode=damp``: the same ``k`` units get alpha ``damp_alpha``.

Sites: the OUTPUTS of the MLP Linear modules (Llama/Gemma: gate_proj, up_proj, down_proj;
Phi-3: gate_up_proj, down_proj; GPT-2: c_fc, c_proj) of every layer, not the activation
function. Phi-3's fused gate_up_proj is scored and dampened unit by unit like any Linear:
its outputs are the gate units then the up units, so this is AurA on separate gate and
up Linears. The fit stores AUROCs only, so switching mode, k or damp_alpha reuses the
cached fit.
Data: the bundled toxic-comment fit split (toxic vs clean), standing in for Jigsaw; with a
hub, ``aura.data=hf:...`` fits on ToxiGen or Civil Comments / Jigsaw rows instead.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import torch

from steered.harness import hookimpl
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention, param
from steered.harness.sites import SiteMap
from steered.harness.stack import Editor, masked


def auroc(scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Per-column AUROC of (N, U) scores for binary (N,) labels (1 = positive).

    Mann-Whitney U from ranks, ties sharing their average rank (as roc_auc_score does):
    max-pooled outputs tie whenever the maximum sits on a shared first token.
    """
    labels = labels.bool()
    n1 = int(labels.sum())
    n0 = len(labels) - n1
    if n1 == 0 or n0 == 0:
        raise ValueError("AUROC needs both toxic and clean examples")
    s, order = scores.double().sort(dim=0)
    starts = torch.ones_like(s, dtype=torch.bool)
    starts[1:] = s[1:] != s[:-1]
    group = starts.long().cumsum(0) - 1
    index = torch.arange(len(s), dtype=torch.float64)[:, None].expand_as(s)
    first = torch.zeros_like(s).scatter_reduce(0, group, index, "amin", include_self=False)
    last = torch.zeros_like(s).scatter_reduce(0, group, index, "amax", include_self=False)
    average = (first.gather(0, group) + last.gather(0, group)) / 2 + 1
    ranks = torch.empty_like(s).scatter_(0, order, average)
    return ((ranks[labels].sum(0) - n1 * (n1 + 1) / 2) / (n1 * n0)).float()


def alphas(aurocs: dict[str, torch.Tensor], mode: str, k: int, damp_alpha: float) -> dict[str, torch.Tensor]:
    """Per-site multipliers for the chosen mode."""
    if mode == "aura":
        return {s: torch.where(a > 0.5, 2 * (1 - a), torch.ones_like(a)) for s, a in aurocs.items()}
    if mode not in ("det0", "damp"):
        raise ValueError(f"aura mode must be aura, det0 or damp, not {mode!r}")
    flat = torch.cat(list(aurocs.values()))
    if not 0 < k <= len(flat):
        raise ValueError(f"aura k must be in 1..{len(flat)} (units in the model), not {k}")
    threshold = flat.topk(k).values[-1]
    value = 0.0 if mode == "det0" else damp_alpha
    return {s: torch.where(a >= threshold, torch.full_like(a, value), torch.ones_like(a)) for s, a in aurocs.items()}


class AurA(Intervention):
    name = "aura"
    version = "0.1.0"
    description = "AurA/Det0/Damp: dampen MLP units in proportion to their toxicity AUROC"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        mode: str = param("aura", "aura (alpha = 1 - Gini), det0 (top-k units to 0) or damp (top-k to damp_alpha)")
        k: int = param(1000, "units selected by det0/damp (highest AUROC across the model)")
        damp_alpha: float = param(0.5, "multiplier of the selected units in damp mode")
        max_tokens: int = param(128, "sentences are truncated to this many tokens when fitting", fit=True)
        position: str = param("all", "positions dampened: all, prompt, generated, last")

    def sites(self, sitemap: SiteMap) -> list[str]:
        return sitemap.mlp_sites()

    def default_data(self) -> dict[str, list[Any]]:
        from steered.tasks import records

        return self._texts_labels(records("toxicity", "fit"))

    def load_data(self, rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
        """Toxic/clean texts: bundled, ToxiGen or Civil Comments rows (``steered.tasks.standard``)."""
        from steered.tasks import standard

        return self._texts_labels(standard.toxicity(rows))

    @staticmethod
    def _texts_labels(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
        return {"texts": [r["text"] for r in rows], "labels": [int(r["label"]) for r in rows]}

    def fit(self, ctx: FitContext, data: dict[str, list[Any]]) -> dict[str, torch.Tensor]:
        sites = self.sites(ctx.sitemap)
        pooled = ctx.collect(data["texts"], sites, reduce="max", max_length=self.params.max_tokens)
        labels = torch.tensor(data["labels"])
        return {f"auroc.{s}": auroc(pooled[s], labels) for s in sites}

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        aurocs = {k.removeprefix("auroc."): v for k, v in state.items() if k.startswith("auroc.")}
        for site, alpha in alphas(aurocs, self.params.mode, self.params.k, self.params.damp_alpha).items():
            if bool((alpha == 1).all()):
                continue  # nothing to dampen at this site: no hook, no cost

            def scale(
                h: torch.Tensor, mask: torch.Tensor | None, alpha: torch.Tensor = editor.place(alpha)
            ) -> torch.Tensor:
                return masked(h, h * alpha, mask)

            editor.hook(site, scale, self.params.position)


@hookimpl
def register_interventions(register: Any) -> None:
    register(AurA)

"""CAA: Contrastive Activation Addition (Rimsky et al., 2024, "Steering Llama 2 via CAA").

The reference example for plugin authors: a small, complete intervention.

Fit: for each A/B question, two prompts ending in the answer letter that matches the
behaviour (here: the true answer) and the one that does not; the steering vector is
the mean difference of the residual stream (block output) at the answer-letter token,
``v = mean(h+ - h-)``. Apply: ``h += strength * v`` at the chosen positions.

Bundled data: the truthfulness fit split (``tasks/truthfulqa/data/fit.jsonl``), turned
into A/B questions with the best answer against the first listed misconception, the
letter order alternating by item so the vector does not learn "A" vs "B". ``caa.data=``
takes TruthfulQA rows (``hf:truthfulqa/truthful_qa:generation:validation``) or
``{"positive", "negative"}`` prompt pairs.
Deviation: the paper adds from the end of the user instruction on (its answer prefix and
every generated token); lm-eval's prompts have no instruction boundary, so the default
position is ``all``. ``position=last`` (the last prompt token and every generated token)
is the nearest to "from the answer on"; ``generated`` is not the paper's answer tokens:
it never reaches the first generated token, which is predicted at the last prompt
position.
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


def ab_prompts(record: dict[str, Any], index: int) -> tuple[str, str]:
    """(positive, negative) prompts for one truthfulness record, ending in the answer letter."""
    true, false = record["best_answer"], record["incorrect_answers"][0]
    a, b = (true, false) if index % 2 == 0 else (false, true)
    stem = f"Question: {record['question']}\n\nChoices:\n(A) {a}\n(B) {b}\n\nAnswer: ("
    good, bad = ("A", "B") if index % 2 == 0 else ("B", "A")
    return stem + good, stem + bad


class CAA(Intervention):
    name = "caa"
    version = "0.1.0"
    description = "Contrastive Activation Addition: mean-difference vector added to the residual stream"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        layer: int | None = param(None, "decoder layer whose output is steered (default: middle)", fit=True)
        strength: float = param(1.0, "multiplier m of the steering vector (negative: the opposite behaviour)")
        position: str = param("all", "positions steered: all, prompt, generated, last")

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"residual.{sitemap.layer_or_middle(self.params.layer)}"]

    def default_data(self) -> list[dict[str, Any]]:
        from steered.tasks import records

        return records("truthfulqa", "fit")

    def load_data(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """{"positive": prompt, "negative": prompt} pairs, or TruthfulQA-style rows."""
        from steered.tasks import standard

        groups = standard.by_schema(rows)
        if set(groups) - {"pair", "truthfulness"}:
            raise ValueError(f"caa fits on pairs or truthfulness rows, got {', '.join(sorted(groups))} rows")
        return groups.get("pair", []) + groups.get("truthfulness", [])

    def fit(self, ctx: FitContext, data: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        pairs = [
            (r["positive"], r["negative"]) if "positive" in r else ab_prompts(r, i) for i, r in enumerate(data)
        ]
        (site,) = self.sites(ctx.sitemap)
        pos = ctx.collect([p for p, _ in pairs], [site], reduce="last")[site]
        neg = ctx.collect([n for _, n in pairs], [site], reduce="last")[site]
        return {"vector": (pos - neg).mean(0)}

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        (site,) = self.sites(editor.sitemap)
        delta = editor.place(self.params.strength * state["vector"])

        def add(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
            return masked(h, h + delta, mask)

        editor.hook(site, add, self.params.position)


@hookimpl
def register_interventions(register: Any) -> None:
    register(CAA)

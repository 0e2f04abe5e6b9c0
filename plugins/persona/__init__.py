"""Persona vectors (Chen et al., 2025, "Persona Vectors: Monitoring and Controlling
Character Traits in Language Models").

Fit: every question is asked under each trait-eliciting system prompt ("You are a rude,
hostile assistant...") and each matching trait-suppressing one ("You are a polite, kind
assistant..."); the model answers greedily. A judge scores each answer for the trait and
only answers that show it (positive prompts, score >= ``judge_threshold``) or do not
(negative prompts, score < threshold) are kept, as in the paper. The persona vector of
layer L is the mean over kept positive answers of the answer-token-averaged residual
stream at block L minus the same for kept negative answers; the fit stores every layer.

Apply (layer ``layer``, residual stream):
- monitor, always: the projection of the last prompt token's activation onto v/||v||,
  before any edit, reported per sample (``steered_monitor`` in the samples) and per task
  in the report: how strongly the prompt primes the trait;
- ``mode=steer``: h += coefficient * v (the paper's +2 induces the trait, -1.5, the default,
  suppresses it); ``mode=ablate``: h -= (h . v^) v^; ``mode=monitor``: no edit.
  Positions: ``all`` by default, one of the paper's three modes (all, prompt, response).
  The authors' evaluations steer ``response``, which their code implements as the last
  position of every forward: under a KV cache the last prompt token and every generated
  token, which is ``position=last`` here (``generated`` would miss the first generated
  token). The README's persona numbers are measured at the default ``all``.

Bundled trait ``toxic`` (``persona/toxic.json``: 5 prompt pairs, 30 questions) judged by
the local toxicity scorer (``STEERED_SCORER_TOXICITY`` swaps it). Deviations: the paper's
traits (evil, sycophancy, hallucination) are judged by GPT-4.1 on a 0-100 scale with 10
sampled answers per question; offline we judge toxicity with our scorer (probability,
threshold 0.5) on one greedy answer per prompt. ``persona.data=`` takes a trait file of
the same shape (with a ``judge`` scorer kind, or none to keep every answer) or already
judged rows ``{"prompt", "response", "label"}`` (label 1 = shows the trait).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import torch

from steered.harness import hookimpl
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention, param
from steered.harness.sites import SiteMap
from steered.harness.stack import Editor, masked

MODES = ("steer", "ablate", "monitor")
TRAITS_DIR = Path(__file__).parent


def bundled_traits() -> list[str]:
    return sorted(p.stem for p in TRAITS_DIR.glob("*.json"))


def persona_vectors(ctx: FitContext, prompts: list[str], responses: list[str], labels: list[int]) -> torch.Tensor:
    """(n_layers, d_model): per layer, mean answer-token activation of label-1 answers minus label-0."""
    if 1 not in labels or 0 not in labels:
        raise ValueError(f"persona needs answers with and without the trait; got labels {sorted(set(labels))}")
    starts = [len(ctx.tokenize([p])["input_ids"][0]) for p in prompts]
    sites = [f"residual.{i}" for i in range(ctx.sitemap.n_layers)]
    acts = ctx.collect([p + r for p, r in zip(prompts, responses, strict=True)], sites, reduce="mean", starts=starts)
    y = torch.tensor(labels)
    return torch.stack([acts[s][y == 1].mean(0) - acts[s][y == 0].mean(0) for s in sites])


class Persona(Intervention):
    name = "persona"
    version = "0.1.0"
    description = "Persona vectors: monitor a trait by projection, steer it (add/subtract) or ablate it"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        trait: str = param("toxic", "bundled trait fitted when no data= is given", fit=True)
        layer: int | None = param(None, "decoder layer whose output is monitored and steered (default: middle)")
        mode: str = param("steer", "steer (h += c v), ablate (h -= (h.v^) v^) or monitor (no edit)")
        coefficient: float = param(-1.5, "c in steer mode: > 0 induces the trait, < 0 suppresses it")
        position: str = param("all", "positions edited: all, prompt, generated, last (the paper's response)")
        judge_threshold: float = param(0.5, "judge score splitting answers with / without the trait", fit=True)
        max_new_tokens: int = param(48, "length of the generated answers the vectors average over", fit=True)

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"residual.{sitemap.layer_or_middle(self.params.layer)}"]

    def default_data(self) -> list[dict[str, Any]]:
        path = TRAITS_DIR / f"{self.params.trait}.json"
        if not path.is_file():
            raise ValueError(f"persona has no bundled trait {self.params.trait!r}; bundled: {', '.join(bundled_traits())}")
        return [json.loads(path.read_text(encoding="utf-8"))]

    def load_data(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Trait files ``{"positive": [...], "negative": [...], "questions": [...], "judge"}``
        or judged answers ``{"prompt", "response", "label"}``."""
        for r in rows:
            if not ({"positive", "negative", "questions"} <= r.keys() or {"prompt", "response", "label"} <= r.keys()):
                raise ValueError(
                    f"persona fit rows are trait files (positive, negative, questions[, judge]) or judged answers "
                    f"(prompt, response, label); got a row with fields {sorted(r)}"
                )
        return rows

    def fit(self, ctx: FitContext, data: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        prompts, responses, labels = [], [], []
        for row in data:
            if "questions" in row:
                p, r, y = self.elicit(ctx, row)
                prompts += p
                responses += r
                labels += y
            else:
                prompts.append(row["prompt"])
                responses.append(row["response"])
                labels.append(int(row["label"]))
        vectors = persona_vectors(ctx, prompts, responses, labels)
        return {"vectors": vectors, "kept": torch.tensor([labels.count(1), labels.count(0)])}

    def elicit(self, ctx: FitContext, trait: dict[str, Any]) -> tuple[list[str], list[str], list[int]]:
        """Answers under the contrastive system prompts, filtered by the judge."""
        from steered.tasks.scorers import get_scorer

        prompts, intended = [], []
        for label, key in ((1, "positive"), (0, "negative")):
            for system in trait[key]:
                for question in trait["questions"]:
                    prompts.append(ctx.chat_prompt(system, question))
                    intended.append(label)
        responses = ctx.generate(prompts, self.params.max_new_tokens)
        if not trait.get("judge"):
            return prompts, responses, intended
        scores = get_scorer(trait["judge"]).score(responses)
        t = self.params.judge_threshold
        keep = [i for i, (y, s) in enumerate(zip(intended, scores, strict=True)) if (s >= t) == (y == 1)]
        kept = [intended[i] for i in keep]
        if kept.count(1) < 2 or kept.count(0) < 2:
            raise ValueError(
                f"persona: the {trait['judge']} judge kept {kept.count(1)} trait answers and {kept.count(0)} "
                f"non-trait answers of {len(prompts)} (threshold {t}); lower persona.judge_threshold or give "
                "judged answers with persona.data="
            )
        return [prompts[i] for i in keep], [responses[i] for i in keep], kept

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        if self.params.mode not in MODES:
            raise ValueError(f"persona mode must be one of {', '.join(MODES)}, got {self.params.mode!r}")
        (site,) = self.sites(editor.sitemap)
        v = state["vectors"][editor.sitemap.site(site).layer]
        unit = editor.place(v / v.norm().clamp_min(1e-12))
        editor.monitor(site, lambda h: h @ unit)
        if self.params.mode == "steer" and self.params.coefficient != 0:
            delta = editor.place(self.params.coefficient * v)

            def steer(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
                return masked(h, h + delta, mask)

            editor.hook(site, steer, self.params.position)
        elif self.params.mode == "ablate":

            def ablate(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
                return masked(h, h - (h @ unit)[..., None] * unit, mask)

            editor.hook(site, ablate, self.params.position)


@hookimpl
def register_interventions(register: Any) -> None:
    register(Persona)

"""GrAInS: gradient-based attribution for inference-time steering (Nguyen et al., 2025;
code: duykhuongnguyen/GrAInS).

Fit, on ``n_pairs`` contrastive pairs x = "Q: {q}\\nA:", s+ = x + " " + y+ (the best
answer), s- = x + " " + y- (a false one):
1. f = log p(y+ | x) - log p(y- | x), summed over the answer tokens, one function of
   both sequences' input embeddings: log p(y+ | x) reads s+ (its copy of x, then y+
   teacher-forced), log p(y- | x) reads s- (its own copy of x, then y-), as in the
   authors' joint input;
2. integrated gradients of f on that joint input: one straight path from the zero
   baseline scales the embeddings of s+ and s- together, nothing held fixed (``steps``
   Gauss-Legendre points, captum's default rule, which the authors use); a token's score
   is its attribution summed over the hidden dimension. The two terms read disjoint
   inputs, so a token of s+ is scored by IG of log p(y+ | x) and a token of s- by IG of
   -log p(y- | x): in both halves a high score pushes towards y+ and away from y-.
   (Scoring s- by its own log p(y- | x) would swap "pos" and "neg" for that half.)
   Completeness holds per half: the s+ scores sum to log p(y+|s+) - log p(y+|0), the s-
   scores to -(log p(y-|s-) - log p(y-|0)), together f(input) - f(baseline), when the
   path integral is resolved; the fit records each sequence's gap (``completeness_gap``,
   s+ then s- for each pair);
3. per sequence the ``k`` highest-scoring tokens ("pos", pushing f up) and the ``k``
   lowest ("neg") are ablated (ids replaced by the pad token);
4. per layer, D = h(s) - h(s ablated) at the last token over s+ and s-; v+ is the first
   principal component of the "pos" differences, v- of the "neg" ones, each signed to
   agree with its mean difference; v = v+ - v-. The fit stores every layer.
   h is block l's output (``residual.l``, the residual stream), where the vector is
   added; for the last block that is BEFORE the model's final norm, not the normed
   ``hidden_states[-1]``.
Apply at block ``layer``'s output, every position: h' = h + 10 * alpha * v, then
h' *= ||h|| / ||h'|| with the norm over the hidden dimension.

Deviations from the authors' code, and why:
- f sums the answer tokens' log-probabilities given what precedes them (the paper's
  f); the code scores the last token against the logits at its own slot, which is not
  a probability of the answer;
- the vectors are read at the block output for every layer; the code reads
  ``hidden_states[layer + 1]``, which for the last layer (its scripts' choice) is the
  final norm's output, yet adds the vector at the block output: here fit and apply share
  one space;
- the renormalisation divides by the norm over the hidden dimension per token, as
  the paper writes; the code's ``norm(dim=1)`` on (batch, seq, hidden) takes it over
  the sequence;
- PCA's sign is arbitrary; the code leaves it so, here it is aligned with the mean
  difference, so v+ - v- does not flip between runs.
Defaults: alpha 4, k 10, 50 pairs, 20 steps (the paper's); layer: the last block (the
authors' scripts steer layer 31 of 32 on Llama-3.1-8B).

Known limit (of the method, measured): on RMSNorm models without position embeddings
(Llama, Gemma) the zero baseline sends the first norm's input to zero, and f jumps at
tiny alpha (RMSNorm of a vanishing vector), so 20 steps do not resolve the path: on
SmolLM2 two sequences' answer log-probs gave score sums 49.7 and 16.3 against input minus
baseline 55.3 and 59.4 (measured before f's s- term was negated; the gaps only change
sign), and more uniform steps do not converge. The scores still rank tokens as the authors' code
does; on models whose path stays smooth (GPT-2's position embeddings; larger norm eps)
20 steps meet completeness to 1e-4 (tested).
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import numpy as np
import torch

from steered.harness import hookimpl
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention, param
from steered.harness.sites import SiteMap
from steered.harness.stack import Editor, masked


def answer_logprob(model: torch.nn.Module, embeds: torch.Tensor, ids: torch.Tensor, start: int) -> torch.Tensor:
    """(S,) sum of log p(ids[t] | ids[:t]) for t >= start, for each of S embedding rows of one sequence."""
    logits = model(inputs_embeds=embeds).logits.float()
    logp = torch.log_softmax(logits[:, start - 1 : -1], dim=-1)
    return logp.gather(-1, ids[start:].expand(embeds.shape[0], -1)[..., None]).squeeze(-1).sum(-1)


def integrated_gradients(
    model: torch.nn.Module, ids: torch.Tensor, start: int, steps: int = 20, sign: float = 1.0
) -> tuple[torch.Tensor, float, float]:
    """Token attributions (T,) of ``sign`` * the answer log-prob of one sequence ``ids``
    (T,), zero baseline, Gauss-Legendre quadrature; also that function at the input and
    at the baseline."""
    table = model.get_input_embeddings()
    embeds = table(ids[None]).detach().float()  # the path and the sums in float32; forwards in the model's dtype
    nodes, weights = np.polynomial.legendre.leggauss(steps)
    alphas = torch.tensor((nodes + 1) / 2, dtype=embeds.dtype, device=embeds.device)
    weights_t = torch.tensor(weights / 2, dtype=embeds.dtype, device=embeds.device)
    with torch.enable_grad():
        path = (alphas[:, None, None] * embeds).requires_grad_(True)
        f = sign * answer_logprob(model, path.to(table.weight.dtype), ids, start)
        (grad,) = torch.autograd.grad((f * weights_t).sum(), path)
    mean_grad = grad.sum(0)  # weights already applied
    attributions = (embeds[0] * mean_grad).sum(-1)
    with torch.no_grad():
        ends = answer_logprob(model, torch.cat([embeds, torch.zeros_like(embeds)]).to(table.weight.dtype), ids, start)
    return attributions, sign * float(ends[0]), sign * float(ends[1])


def contrastive_attributions(
    model: torch.nn.Module, good: torch.Tensor, bad: torch.Tensor, start: int, steps: int = 20
) -> list[tuple[torch.Tensor, float, float]]:
    """IG of f = log p(y+|x) - log p(y-|x) on the joint input (embeddings of s+ = ``good``
    and s- = ``bad``, both (T,) ids with the answer from ``start``), zero baseline. Per
    sequence (s+, s-): its token scores, and the term of f it feeds at the input and at
    the baseline. The terms read disjoint inputs, so f's gradient on each sequence is its
    own term's, and each is integrated alone (one graph alive at a time)."""
    return [integrated_gradients(model, ids, start, steps, sign) for ids, sign in ((good, 1.0), (bad, -1.0))]


def ablate(ids: torch.Tensor, scores: torch.Tensor, k: int, pad: int) -> dict[str, torch.Tensor]:
    """``ids`` with its ``k`` highest-scoring tokens ("pos") or ``k`` lowest ("neg") set to ``pad``."""
    order = torch.argsort(scores, descending=True, stable=True)
    k = min(k, len(ids))
    out: dict[str, torch.Tensor] = {}
    for which, chosen in (("pos", order[:k]), ("neg", order.flip(0)[:k])):
        out[which] = ids.clone()
        out[which][chosen] = pad
    return out


def first_component(diffs: torch.Tensor) -> torch.Tensor:
    """Unit first principal component of (N, d) rows, signed to agree with their mean."""
    centred = diffs - diffs.mean(0)
    component = torch.linalg.svd(centred.double(), full_matrices=False).Vh[0].float()
    return component if float(component @ diffs.mean(0)) >= 0 else -component


class GrAInS(Intervention):
    name = "grains"
    version = "0.2.0"
    description = "GrAInS: IG token attribution, ablation-difference PCA vectors, norm-preserving addition"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        layer: int = param(-1, "decoder layer whose output is steered (default: the last, as in the authors' scripts)")
        alpha: float = param(4.0, "strength: h + 10 * alpha * v, renormalised per token (0 = off)")
        position: str = param("all", "positions steered: all (paper), prompt, generated, last")
        k: int = param(10, "tokens ablated per sequence (top and bottom by attribution)", fit=True)
        n_pairs: int = param(50, "contrastive pairs attributed", fit=True)
        steps: int = param(20, "integrated-gradients steps", fit=True)
        seed: int = param(0, "seed choosing pairs' false answers", fit=True)

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"residual.{sitemap.layer_index(self.params.layer)}"]

    def default_data(self) -> list[dict[str, Any]]:
        from steered.tasks import records

        return records("truthfulqa", "fit")

    def load_data(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """TruthfulQA-style rows (bundled, ``generation`` or ``multiple_choice``)."""
        from steered.tasks import standard

        return standard.truthfulness(rows)

    def pairs(self, rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
        """(x, y+, y-) for the first ``n_pairs`` rows; y- drawn from the false answers."""
        rng = random.Random(self.params.seed)
        return [
            (f"Q: {r['question'].strip()}\nA:", r["best_answer"].strip(), rng.choice(r["incorrect_answers"]).strip())
            for r in rows[: self.params.n_pairs]
        ]

    def fit(self, ctx: FitContext, data: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        tok = ctx.tokenizer
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.unk_token_id
        sequences: list[list[int]] = []
        gaps: list[float] = []
        ablated: dict[str, list[list[int]]] = {"pos": [], "neg": []}
        for prompt, good, bad in self.pairs(data):
            start = len(tok(prompt)["input_ids"])
            pair = [tok(prompt + " " + a, return_tensors="pt")["input_ids"][0].to(ctx.device) for a in (good, bad)]
            attributions = contrastive_attributions(ctx.model, *pair, start, self.params.steps)
            for ids, (scores, f_x, f_0) in zip(pair, attributions):
                gaps.append(float(scores.sum()) - (f_x - f_0))
                sequences.append(ids.tolist())
                for which, gone in ablate(ids, scores, self.params.k, pad).items():
                    ablated[which].append(gone.tolist())
        sites = [f"residual.{i}" for i in range(ctx.sitemap.n_layers)]
        h = ctx.collect(sequences, sites)  # ids as given: ablated pads count as real tokens
        state: dict[str, torch.Tensor] = {"completeness_gap": torch.tensor(gaps)}
        for which in ("pos", "neg"):
            h_ablated = ctx.collect(ablated[which], sites)
            state[f"v_{which}"] = torch.stack([first_component(h[s] - h_ablated[s]) for s in sites])
        state["vectors"] = state["v_pos"] - state["v_neg"]
        return state

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        if self.params.alpha == 0:
            return  # no hook: logits stay bit-identical
        (site,) = self.sites(editor.sitemap)
        delta = editor.place(10 * self.params.alpha * state["vectors"][editor.sitemap.site(site).layer])

        def steer(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
            moved = h + delta
            moved = moved * (h.norm(dim=-1, keepdim=True) / moved.norm(dim=-1, keepdim=True).clamp_min(1e-8))
            return masked(h, moved, mask)

        editor.hook(site, steer, self.params.position)


@hookimpl
def register_interventions(register: Any) -> None:
    register(GrAInS)

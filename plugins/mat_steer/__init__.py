"""MAT-Steer: multi-attribute, token-level, gated steering (Nguyen et al., ACL 2025).

For attribute t a vector theta_t and a gate G_t(a) = sigmoid(w_t . a + b_t). One
activation a becomes f(a) = a + strength * sum_t G_t(a) theta_t, renormalised to keep
the norm: a' = f(a) * ||a|| / ||f(a)||.

Training on cached activations (the LLM frozen), per step and attribute m positives and
m negatives (m = min(batch // 2T, smallest class)); loss =
  lambda_mmd   * mean_t MMD^2(steered negatives of t, fresh positives of t)
+ lambda_sparse * mean |G| over every gate of every negative in the step
+ lambda_pos    * mean G^2 over every gate of every positive in the step
+ lambda_ortho  * sum_{t<t'} cos^2(theta_t, theta_t').
The sparsity and positive terms follow the authors' code (all T gates on the step's
negatives/positives); the paper writes them per attribute (gate t on its own sets),
which on our tests lets the other attributes' gates do attribute t's steering.
Defaults are the paper's (100 epochs of smallest-class / m steps, Adam 1e-3, batch 96,
0.9/0.9/0.1 weights, theta ~ N(0, I), gates initialised like torch's Linear), with one
documented deviation: the Gaussian kernel bandwidth.
sigma = 2 on raw activations (norms in the tens) makes every kernel value ~0 and the MMD
gradient dead, so ``sigma=None`` (default) uses the median heuristic
2 sigma^2 = median pairwise squared distance of the fit activations; pass a number to
use a fixed sigma as in the paper.

Site: one site for training and application, the residual stream after block ``layer``
(the released code trains on hidden_states[14] but edits o_proj inputs: a different space).
Positions: the released code edits the last position of every forward, which is
``position=last`` here; the default is ``all``, which token-level gating makes meaningful.

Data ("Q: {q} A: {a}" style, last token): truthfulness from the bundled TruthfulQA-style
fit split (true vs false answers), toxicity from the bundled toxic-comment fit split
(clean vs toxic), bias from the bundled BBQ-style fit split (correct vs incorrect).
Positives are the desirable side.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import torch

from steered.harness import hookimpl
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention, param
from steered.harness.sites import SiteMap
from steered.harness.stack import Editor, masked

ATTRIBUTES = ("truthfulness", "toxicity", "bias")


def attribute_texts(attribute: str) -> tuple[list[str], list[str]]:
    """(positive, negative) texts for one attribute from the bundled fit splits."""
    from steered.tasks import records

    pos: list[str] = []
    neg: list[str] = []
    if attribute == "truthfulness":
        for r in records("truthfulqa", "fit"):
            pos += [f"Q: {r['question']} A: {a}" for a in r["correct_answers"]]
            neg += [f"Q: {r['question']} A: {a}" for a in r["incorrect_answers"]]
    elif attribute == "toxicity":
        for r in records("toxicity", "fit"):
            (neg if r["label"] == 1 else pos).append(r["text"])
    elif attribute == "bias":
        for r in records("bbq", "fit"):
            for i, answer in enumerate(r["answers"]):
                text = f"Q: {r['context']} {r['question']} A: {answer}"
                (pos if i == r["label"] else neg).append(text)
    else:
        raise ValueError(f"unknown MAT-Steer attribute {attribute!r}; bundled: {', '.join(ATTRIBUTES)}")
    return pos, neg


def steer(a: torch.Tensor, theta: torch.Tensor, gate_w: torch.Tensor, gate_b: torch.Tensor, strength: float = 1.0) -> torch.Tensor:
    """The norm-preserving gated edit f(a) * ||a|| / ||f(a)|| on (..., d) activations."""
    gates = torch.sigmoid(a @ gate_w.T + gate_b)  # (..., T)
    f = a + strength * (gates @ theta)
    return f * (a.norm(dim=-1, keepdim=True) / f.norm(dim=-1, keepdim=True).clamp_min(1e-12))


def mmd2(x: torch.Tensor, y: torch.Tensor, sigma2: float) -> torch.Tensor:
    """Biased MMD^2 estimate with k(x, y) = exp(-||x - y||^2 / (2 sigma^2))."""

    def k(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        return torch.exp(-torch.cdist(a, b).pow(2) / (2 * sigma2))

    return k(x, x).mean() + k(y, y).mean() - 2 * k(x, y).mean()


class MATSteer(Intervention):
    name = "mat_steer"
    version = "0.1.0"
    description = "MAT-Steer: gated multi-attribute steering vectors, norm-preserving, token-level"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        attributes: tuple[str, ...] = param(ATTRIBUTES, "attributes to steer (truthfulness;toxicity;bias)", fit=True)
        layer: int | None = param(None, "residual stream after this block (default: middle)", fit=True)
        epochs: int = param(100, "training epochs", fit=True)
        lr: float = param(1e-3, "Adam learning rate", fit=True)
        batch: int = param(96, "samples per step over all attributes (m = batch // 2T per class)", fit=True)
        sigma: float | None = param(None, "kernel bandwidth; None = median heuristic (see docstring)", fit=True)
        lambda_mmd: float = param(1.0, "MMD alignment weight", fit=True)
        lambda_sparse: float = param(0.9, "gate sparsity weight (mean |G| on negatives)", fit=True)
        lambda_pos: float = param(0.9, "positive-gate weight (mean G^2 on positives)", fit=True)
        lambda_ortho: float = param(0.1, "orthogonality weight", fit=True)
        seed: int = param(0, "random seed of initialisation and sampling", fit=True)
        strength: float = param(1.0, "scale of the summed gated vectors (0 = off)")
        position: str = param("all", "positions steered: all, prompt, generated, last")

    def _layer(self, sitemap: SiteMap) -> int:
        layer = self.params.layer
        return sitemap.n_layers // 2 if layer is None else sitemap.layer_index(layer)

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"residual.{self._layer(sitemap)}"]

    def default_data(self) -> dict[str, tuple[list[str], list[str]]]:
        return {a: attribute_texts(a) for a in self.params.attributes}

    def fit(self, ctx: FitContext, data: dict[str, tuple[list[str], list[str]]]) -> dict[str, torch.Tensor]:
        (site,) = self.sites(ctx.sitemap)
        acts = []
        for attribute in self.params.attributes:
            pos, neg = data[attribute]
            acts.append((ctx.collect(pos, [site])[site], ctx.collect(neg, [site])[site]))
        return train(acts, self.params)

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        strength = self.params.strength
        if strength == 0:  # f(a) renormalised is a only up to rounding: skip for exact identity
            return
        (site,) = self.sites(editor.sitemap)

        def edit(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
            theta, w, b = (state[k].to(h.device, h.dtype) for k in ("theta", "gate_w", "gate_b"))
            return masked(h, steer(h, theta, w, b, strength), mask)

        editor.hook(site, edit, self.params.position)


def train(acts: list[tuple[torch.Tensor, torch.Tensor]], p: Any) -> dict[str, torch.Tensor]:
    """Fit theta, gate_w, gate_b on per-attribute (positives, negatives) activations."""
    n_attr = len(acts)
    d = acts[0][0].shape[1]
    g = torch.Generator().manual_seed(p.seed)
    m = min(p.batch // (2 * n_attr), *(min(len(pos), len(neg)) for pos, neg in acts))
    if m < 2:
        raise ValueError(f"MAT-Steer needs at least 2 positives and 2 negatives per attribute (got m={m})")
    if p.sigma is None:
        pool = torch.cat([x for pair in acts for x in pair])
        sample = pool[torch.randperm(len(pool), generator=g)[:1000]]
        sigma2 = float(torch.cdist(sample, sample).pow(2).median()) / 2
    else:
        sigma2 = p.sigma**2
    theta = torch.randn(n_attr, d, generator=g).requires_grad_()
    bound = 1 / math.sqrt(d)  # torch.nn.Linear's default initialisation
    gate_w = ((torch.rand(n_attr, d, generator=g) * 2 - 1) * bound).requires_grad_()
    gate_b = ((torch.rand(n_attr, generator=g) * 2 - 1) * bound).requires_grad_()
    opt = torch.optim.Adam([theta, gate_w, gate_b], lr=p.lr)
    smallest = min(min(len(pos), len(neg)) for pos, neg in acts)
    for _ in range(p.epochs * math.ceil(smallest / m)):
        mmd = torch.zeros(())
        negs, poss = [], []
        for pos, neg in acts:
            xn = neg[torch.randint(len(neg), (m,), generator=g)]
            fresh = pos[torch.randint(len(pos), (m,), generator=g)]
            mmd = mmd + mmd2(steer(xn, theta, gate_w, gate_b), fresh, sigma2)
            negs.append(xn)
            poss.append(pos[torch.randint(len(pos), (m,), generator=g)])
        gates_neg = torch.sigmoid(torch.cat(negs) @ gate_w.T + gate_b)
        gates_pos = torch.sigmoid(torch.cat(poss) @ gate_w.T + gate_b)
        unit = theta / theta.norm(dim=1, keepdim=True)
        ortho = (unit @ unit.T).pow(2).triu(diagonal=1).sum()
        loss = (
            p.lambda_mmd * mmd / n_attr
            + p.lambda_sparse * gates_neg.abs().mean()
            + p.lambda_pos * gates_pos.pow(2).mean()
            + p.lambda_ortho * ortho
        )
        opt.zero_grad()
        loss.backward()
        opt.step()
    return {
        "theta": theta.detach().clone(),
        "gate_w": gate_w.detach().clone(),
        "gate_b": gate_b.detach().clone(),
        "sigma2": torch.tensor(sigma2),
    }


@hookimpl
def register_interventions(register: Any) -> None:
    register(MATSteer)

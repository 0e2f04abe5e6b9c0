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
Defaults follow the paper (100 epochs of smallest-class / m steps, batch 96,
lambda_sparse 0.9, lambda_pos 0.9, lambda_ortho 0.1, theta ~ N(0, I)) except where
SmolLM2 showed the paper's values cannot work, each a parameter to set back:

- the loss sees standardised activations z = (a - mu) / s (mu, s over the fit set):
  SmolLM2's residual stream has outlier dimensions ~60x the median magnitude, which
  saturate every gate at 0 within a few steps on raw activations. Gates remain affine
  in a (converted back after training) and the edit is made on raw activations;
- ``sigma=None`` (default): the median heuristic 2 sigma^2 = median pairwise squared
  distance of the (standardised) fit activations; sigma = 2 on raw activations with
  norms ~150 makes the kernel ~0 and the MMD gradient dead;
- lambda_mmd 100 and Adam lr 1e-2 (paper: 1 and 1e-3): last-token MMD^2 between
  positives and negatives is only 0.03-0.07 here, so at lambda_mmd 1 the 0.9-weighted
  gate penalties win and every gate closes (measured: gates 0.00 on all attributes);
  at 100 / 1e-2 the gates open on negatives (0.7-0.9) and stay shut on positives.

Site: one site for training and application, the residual stream after block ``layer``
(the released code trains on hidden_states[14] but edits o_proj inputs: a different space).
Positions: the released code edits the last position of every forward, which is
``position=last`` here; the default is ``all``, which token-level gating makes meaningful.

Data ("Q: {q} A: {a}" style, last token): truthfulness from the bundled TruthfulQA-style
fit split (true vs false answers), toxicity from the bundled toxic-comment fit split
(clean vs toxic), bias from the bundled BBQ-style fit split (correct vs incorrect).
Positives are the desirable side. ``mat_steer.data=`` takes TruthfulQA, ToxiGen / Civil
Comments and BBQ rows joined with ``+``, each attribute told apart by its schema.
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


BUNDLED = {"truthfulness": "truthfulqa", "toxicity": "toxicity", "bias": "bbq"}


def attribute_texts(attribute: str, rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(positive, negative) texts for one attribute from bundled-schema rows."""
    pos: list[str] = []
    neg: list[str] = []
    if attribute == "truthfulness":
        for r in rows:
            pos += [f"Q: {r['question']} A: {a}" for a in r["correct_answers"]]
            neg += [f"Q: {r['question']} A: {a}" for a in r["incorrect_answers"]]
    elif attribute == "toxicity":
        for r in rows:
            (neg if r["label"] == 1 else pos).append(r["text"])
    elif attribute == "bias":
        for r in rows:
            for i, answer in enumerate(r["answers"]):
                text = f"Q: {r['context']} {r['question']} A: {answer}"
                (pos if i == r["label"] else neg).append(text)
    else:
        raise ValueError(f"unknown MAT-Steer attribute {attribute!r}; known: {', '.join(ATTRIBUTES)}")
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
        lr: float = param(1e-2, "Adam learning rate (paper: 1e-3; see docstring)", fit=True)
        batch: int = param(96, "samples per step over all attributes (m = batch // 2T per class)", fit=True)
        sigma: float | None = param(None, "kernel bandwidth; None = median heuristic (see docstring)", fit=True)
        lambda_mmd: float = param(100.0, "MMD alignment weight (paper: 1; see docstring)", fit=True)
        lambda_sparse: float = param(0.9, "gate sparsity weight (mean |G| on negatives)", fit=True)
        lambda_pos: float = param(0.9, "positive-gate weight (mean G^2 on positives)", fit=True)
        lambda_ortho: float = param(0.1, "orthogonality weight", fit=True)
        seed: int = param(0, "random seed of initialisation and sampling", fit=True)
        strength: float = param(1.0, "scale of the summed gated vectors (0 = off)")
        position: str = param("all", "positions steered: all, prompt, generated, last")

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"residual.{sitemap.layer_or_middle(self.params.layer)}"]

    def default_data(self) -> dict[str, tuple[list[str], list[str]]]:
        from steered.tasks import records

        return {a: attribute_texts(a, records(BUNDLED[a], "fit")) for a in self._known(self.params.attributes)}

    def load_data(self, rows: list[dict[str, Any]]) -> dict[str, tuple[list[str], list[str]]]:
        """Rows of every chosen attribute, told apart by schema (``steered.tasks.standard``)."""
        from steered.tasks import standard

        groups = standard.by_schema(rows)
        missing = [a for a in self._known(self.params.attributes) if a not in groups]
        if missing:
            raise ValueError(
                f"mat_steer data has no {', '.join(missing)} rows (it has {', '.join(sorted(groups))}); "
                "join sources with '+' or choose attributes=..."
            )
        return {a: attribute_texts(a, groups[a]) for a in self.params.attributes}

    @staticmethod
    def _known(attributes: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [a for a in attributes if a not in ATTRIBUTES]
        if unknown:
            raise ValueError(f"unknown MAT-Steer attribute(s) {unknown}; known: {', '.join(ATTRIBUTES)}")
        return attributes

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
        theta, w, b = (editor.place(state[k]) for k in ("theta", "gate_w", "gate_b"))

        def edit(h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
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
    # Train on standardised activations z = (a - mu) / s: a few outlier dimensions (~100x the
    # median magnitude in SmolLM2's residual stream) otherwise saturate every gate at 0 in the
    # first steps and the kernel sees only them. Gates stay affine in a (converted back
    # below); the edit itself is made on raw activations, as at inference.
    pool = torch.cat([x for pair in acts for x in pair])
    mu, sd = pool.mean(0), pool.std(0).clamp_min(1e-6)
    z = lambda x: (x - mu) / sd  # noqa: E731
    if p.sigma is None:
        sample = z(pool[torch.randperm(len(pool), generator=g)[:1000]])
        sigma2 = float(torch.cdist(sample, sample).pow(2).median()) / 2
    else:
        sigma2 = p.sigma**2
    theta = torch.randn(n_attr, d, generator=g).requires_grad_()
    bound = 1 / math.sqrt(d)  # torch.nn.Linear's initialisation, here on standardised inputs
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
            steered = steer(xn, theta, gate_w / sd, gate_b - (gate_w * mu / sd).sum(1))
            mmd = mmd + mmd2(z(steered), z(fresh), sigma2)
            negs.append(xn)
            poss.append(pos[torch.randint(len(pos), (m,), generator=g)])
        gates_neg = torch.sigmoid(z(torch.cat(negs)) @ gate_w.T + gate_b)
        gates_pos = torch.sigmoid(z(torch.cat(poss)) @ gate_w.T + gate_b)
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
    gate_w, gate_b = gate_w.detach() / sd, gate_b.detach() - (gate_w.detach() * mu / sd).sum(1)
    return {
        "theta": theta.detach().clone(),
        "gate_w": gate_w.clone(),
        "gate_b": gate_b.clone(),
        "sigma2": torch.tensor(sigma2),
    }


@hookimpl
def register_interventions(register: Any) -> None:
    register(MATSteer)

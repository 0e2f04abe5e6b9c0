"""ITI: Inference-Time Intervention (Li et al., NeurIPS 2023; code: likenneth/honest_llama).

Fit: for every true and false answer of the truthfulness fit split, "Q: {q} A: {a}"; the
last token's attention-head outputs x_{l,h} (head space: the input of o_proj, split into
heads). Questions are split into train and validation (``val_fraction``, ``seed``); per
head a logistic-regression probe is trained on the train questions and scored by its
validation accuracy. Per head two unit directions are kept: the mass-mean shift
mu_true - mu_false (the paper's recommended choice, ``direction=mass_mean``) and the probe
weights (``direction=probe``), each with sigma = std of x . theta over all fit activations
(population std, ddof 0, as the reference's ``np.std``).
Apply: the ``k`` heads with the highest validation accuracy over all layers get
x_{l,h} += alpha * sigma_{l,h} * theta_{l,h} at the chosen positions; the fit stores every
head, so ``k``, ``alpha`` and ``direction`` change without refitting.

Positions: the paper edits the last position of every forward when generating and the
answer tokens when scoring multiple choice; ``position=last`` (the default) is both. On
loglikelihood (multiple-choice) requests it edits the last context token (whose output
scores the first answer token) and every continuation token; in generation, the last
prompt token and every generated one. It is defined by absolute position rather than
"the last position of this forward", so a KV-cached run (one token per forward) and an
uncached one (the whole sequence in one forward) edit the same tokens and agree.
Baking: ``bake_to=DIR`` also writes, per edited layer, the o_proj bias that makes the
edit permanent, ``b = W_o . delta`` (the reference repo sets ``b = delta``, which skips
the projection), as ``o_proj_bias.safetensors`` keyed ``<layer>.<o_proj path>.bias``.
GPT-2's projection is a transformers ``Conv1D`` storing W_o transposed (in x out), which
the product accounts for.
Defaults: k 48, alpha 15 (the paper's Llama-7B values; a 135M model has 270 heads).
"""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path
from typing import Any

import torch

from steered.harness import hookimpl
from steered.harness.capture import FitContext
from steered.harness.intervention import Intervention, param
from steered.harness.sites import SiteMap
from steered.harness.stack import Editor, masked

DIRECTIONS = ("mass_mean", "probe")


def qa_texts(rows: list[dict[str, Any]]) -> tuple[list[str], list[int], list[int]]:
    """(texts, labels 1 = true, question index) for every answer of every row."""
    texts, labels, groups = [], [], []
    for i, r in enumerate(rows):
        for label, key in ((1, "correct_answers"), (0, "incorrect_answers")):
            for answer in r[key]:
                texts.append(f"Q: {r['question']} A: {answer}")
                labels.append(label)
                groups.append(i)
    return texts, labels, groups


def probe_heads(
    acts: torch.Tensor, labels: torch.Tensor, train: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per head of (N, L, H, d) activations: validation accuracy (L, H), mass-mean and probe
    unit directions (L, H, d). ``train`` (N,) marks the probes' training rows."""
    from sklearn.linear_model import LogisticRegression

    n_layers, n_heads, d = acts.shape[1:]
    accuracy = torch.zeros(n_layers, n_heads)
    probe = torch.zeros(n_layers, n_heads, d)
    y = labels.numpy()
    for layer in range(n_layers):
        for head in range(n_heads):
            x = acts[:, layer, head].double().numpy()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # convergence notices on separable heads
                clf = LogisticRegression(max_iter=1000).fit(x[train.numpy()], y[train.numpy()])
            val = ~train
            accuracy[layer, head] = float((clf.predict(x[val.numpy()]) == y[val.numpy()]).mean())
            probe[layer, head] = torch.from_numpy(clf.coef_[0]).float()
    mass_mean = acts[labels == 1].mean(0) - acts[labels == 0].mean(0)
    unit = lambda v: v / v.norm(dim=-1, keepdim=True).clamp_min(1e-12)  # noqa: E731
    return accuracy, unit(mass_mean.float()), unit(probe)


def top_heads(accuracy: torch.Tensor, k: int) -> list[tuple[int, int]]:
    """The ``k`` (layer, head) pairs with the highest accuracy; ties go to earlier heads."""
    flat = accuracy.flatten()
    order = sorted(range(len(flat)), key=lambda i: (-float(flat[i]), i))[:k]
    n_heads = accuracy.shape[1]
    return [(i // n_heads, i % n_heads) for i in order]


class ITI(Intervention):
    name = "iti"
    version = "0.1.1"
    description = "ITI: shift the top-k truthfulness-probed attention heads along their mass-mean direction"
    level = "activation"

    @dataclasses.dataclass
    class Params:
        k: int = param(48, "number of heads edited (top validation accuracy over all layers)")
        alpha: float = param(15.0, "shift in units of each head's activation std (0 = off)")
        direction: str = param("mass_mean", "mass_mean (paper's choice) or probe")
        position: str = param("last", "positions edited: last (paper), all, prompt, generated")
        val_fraction: float = param(0.2, "share of questions held out to rank the probes", fit=True)
        seed: int = param(0, "seed of the question split", fit=True)
        bake_to: str | None = param(None, "also write the equivalent o_proj biases to this folder")

    def sites(self, sitemap: SiteMap) -> list[str]:
        return [f"heads.{i}" for i in range(sitemap.n_layers)]

    def default_data(self) -> list[dict[str, Any]]:
        from steered.tasks import records

        return records("truthfulqa", "fit")

    def load_data(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """TruthfulQA-style rows (bundled, ``generation`` or ``multiple_choice``)."""
        from steered.tasks import standard

        return standard.truthfulness(rows)

    def fit(self, ctx: FitContext, data: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        texts, labels, groups = qa_texts(data)
        sites = self.sites(ctx.sitemap)
        collected = ctx.collect(texts, sites, reduce="last")
        n_heads, head_dim = ctx.sitemap.n_heads, ctx.sitemap.head_dim
        acts = torch.stack([collected[s].view(len(texts), n_heads, head_dim) for s in sites], dim=1)
        questions = torch.randperm(len(data), generator=torch.Generator().manual_seed(self.params.seed))
        n_val = max(1, round(self.params.val_fraction * len(data)))
        val_questions = set(questions[:n_val].tolist())
        train = torch.tensor([g not in val_questions for g in groups])
        label_t = torch.tensor(labels)
        accuracy, mass_mean, probe = probe_heads(acts, label_t, train)
        state = {"accuracy": accuracy}
        for name, theta in (("mass_mean", mass_mean), ("probe", probe)):
            state[f"theta.{name}"] = theta
            state[f"sigma.{name}"] = torch.einsum("nlhd,lhd->nlh", acts.float(), theta).std(0, correction=0)
        return state

    def deltas(self, state: dict[str, torch.Tensor]) -> dict[int, torch.Tensor]:
        """Per edited layer, the head-space shift (H * d_head,) added at the chosen positions."""
        if self.params.direction not in DIRECTIONS:
            raise ValueError(f"iti direction must be one of {', '.join(DIRECTIONS)}, got {self.params.direction!r}")
        theta, sigma = state[f"theta.{self.params.direction}"], state[f"sigma.{self.params.direction}"]
        out: dict[int, torch.Tensor] = {}
        for layer, head in top_heads(state["accuracy"], self.params.k):
            shift = out.setdefault(layer, torch.zeros_like(theta[layer]))
            shift[head] = self.params.alpha * sigma[layer, head] * theta[layer, head]
        return {layer: shift.flatten() for layer, shift in out.items()}

    def apply(self, editor: Editor, state: dict[str, torch.Tensor]) -> None:
        deltas = self.deltas(state)
        if self.params.bake_to:
            write_biases(editor.sitemap, deltas, Path(self.params.bake_to))
        if self.params.alpha == 0:
            return  # no hook: logits stay bit-identical
        for layer, delta in deltas.items():

            def shift(
                h: torch.Tensor, mask: torch.Tensor | None, delta: torch.Tensor = editor.place(delta)
            ) -> torch.Tensor:
                return masked(h, h + delta, mask)

            editor.hook(f"heads.{layer}", shift, self.params.position)


def o_proj_bias(o_proj: torch.nn.Module, delta: torch.Tensor) -> torch.Tensor:
    """The bias equivalent to adding ``delta`` to o_proj's input: W_o . delta (+ any bias).
    ``nn.Linear`` stores W_o as (out, in); GPT-2's ``Conv1D`` as (in, out)."""
    from transformers.pytorch_utils import Conv1D

    weight = o_proj.weight.detach().float()
    bias = delta.float() @ weight if isinstance(o_proj, Conv1D) else weight @ delta.float()
    return bias if o_proj.bias is None else bias + o_proj.bias.detach().float()


def write_biases(sitemap: SiteMap, deltas: dict[int, torch.Tensor], folder: Path) -> Path:
    """``o_proj_bias.safetensors`` with one tensor per edited layer, keyed
    ``<layer index>.<o_proj path in the block>.bias`` (e.g. ``12.self_attn.o_proj.bias``)."""
    from safetensors.torch import save_file

    tensors = {}
    for layer, delta in deltas.items():
        o_proj = sitemap.site(f"heads.{layer}").module
        tensors[f"{layer}.{sitemap.attn_out}.bias"] = o_proj_bias(o_proj, delta).contiguous()
    folder.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(folder / "o_proj_bias.safetensors"))
    return folder / "o_proj_bias.safetensors"


@hookimpl
def register_interventions(register: Any) -> None:
    register(ITI)

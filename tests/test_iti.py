"""ITI: probe ranking, mass-mean directions, the edit, and the baked o_proj bias."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
from safetensors.torch import load_file

from steered.harness.capture import FitContext
from steered.harness.sites import resolve
from steered.harness.stack import Entry, Stack
from steered.harness.testing import check_intervention, tiny_model
from steered.plugins.iti import ITI, probe_heads, qa_texts, top_heads

ROWS = [
    {
        "question": f"Is claim number {i} true?",
        "correct_answers": [f"No, claim {i} is false.", f"Claim {i} is a myth."],
        "incorrect_answers": [f"Yes, claim {i} is true.", f"Claim {i} has been proven."],
    }
    for i in range(10)
]


def test_contract() -> None:
    assert check_intervention(ITI, {"k": 6, "alpha": 5.0}, ROWS)["changed_logits"]


def test_probe_ranking_and_mass_mean_match_an_independent_computation() -> None:
    """One head separates the labels; the probes rank it first, and the directions are
    the normalised class-mean difference computed here with numpy."""
    g = torch.Generator().manual_seed(0)
    n, layers, heads, d = 200, 3, 4, 8
    labels = torch.arange(n) % 2
    acts = torch.randn(n, layers, heads, d, generator=g)
    acts[:, 1, 2, 0] += 4.0 * (2 * labels - 1)  # head (1, 2) carries the label on dim 0
    acts[:, 2, 0, 3] += 1.0 * (2 * labels - 1)  # head (2, 0) weakly
    train = torch.arange(n) < 150
    accuracy, mass_mean, probe = probe_heads(acts, labels, train)
    assert top_heads(accuracy, 2) == [(1, 2), (2, 0)]
    assert accuracy[1, 2] == 1.0 and accuracy[0, 0] < 0.75
    a = acts.numpy()
    diff = a[labels.numpy() == 1].mean(0) - a[labels.numpy() == 0].mean(0)
    expected = diff / np.linalg.norm(diff, axis=-1, keepdims=True)
    np.testing.assert_allclose(mass_mean.numpy(), expected, rtol=1e-5, atol=1e-6)
    assert probe[1, 2, 0] > 0.9  # the probe's unit weights point along the label dimension
    assert torch.allclose(probe.norm(dim=-1), torch.ones(layers, heads))


def test_top_heads_breaks_ties_by_position() -> None:
    acc = torch.tensor([[0.5, 0.9], [0.9, 0.7]])
    assert top_heads(acc, 3) == [(0, 1), (1, 0), (1, 1)]


def test_fit_stores_every_head_and_apply_shifts_only_the_top_k() -> None:
    model, tokenizer = tiny_model("llama")
    sitemap = resolve(model)
    ctx = FitContext(model, tokenizer, sitemap, batch_size=8)
    iti = ITI(k=3, alpha=2.0)
    state = iti.fit(ctx, ROWS)
    assert state["accuracy"].shape == (sitemap.n_layers, sitemap.n_heads)
    assert state["theta.mass_mean"].shape == (sitemap.n_layers, sitemap.n_heads, sitemap.head_dim)
    deltas = iti.deltas(state)
    chosen = top_heads(state["accuracy"], 3)
    assert sum(int((d.view(sitemap.n_heads, -1).abs().sum(-1) > 0).sum()) for d in deltas.values()) == 3
    for layer, head in chosen:
        shift = deltas[layer].view(sitemap.n_heads, -1)[head]
        want = 2.0 * state["sigma.mass_mean"][layer, head] * state["theta.mass_mean"][layer, head]
        assert torch.allclose(shift, want)
    texts, labels, groups = qa_texts(ROWS)
    assert len(texts) == 40 and sum(labels) == 20 and groups[:4] == [0, 0, 0, 0]


def test_sigma_is_the_population_std_of_the_projections() -> None:
    """sigma = np.std(x . theta) (ddof 0, as the reference), on head outputs read here with
    a pre-hook on each o_proj, one text at a time."""
    model, tokenizer = tiny_model("llama")
    sitemap = resolve(model)
    state = ITI().fit(FitContext(model, tokenizer, sitemap, batch_size=8), ROWS)
    seen: dict[int, torch.Tensor] = {}
    handles = [
        sitemap.site(f"heads.{i}").module.register_forward_pre_hook(lambda m, args, i=i: seen.__setitem__(i, args[0]))
        for i in range(sitemap.n_layers)
    ]
    rows = []
    for text in qa_texts(ROWS)[0]:
        model(tokenizer(text, return_tensors="pt")["input_ids"])
        rows.append(torch.stack([seen[i][0, -1].view(sitemap.n_heads, -1) for i in range(sitemap.n_layers)]))
    for h in handles:
        h.remove()
    acts = torch.stack(rows).double().numpy()  # (N, L, H, d)
    for direction in ("mass_mean", "probe"):
        theta = state[f"theta.{direction}"].double().numpy()
        expected = np.std(np.einsum("nlhd,lhd->nlh", acts, theta), axis=0, ddof=0)
        np.testing.assert_allclose(state[f"sigma.{direction}"].numpy(), expected, rtol=1e-4)


def test_zero_alpha_is_bit_identical() -> None:
    model, tokenizer = tiny_model("llama")
    sitemap = resolve(model)
    state = ITI().fit(FitContext(model, tokenizer, sitemap), ROWS)
    ids = tokenizer(["Q: Is it so? A: No."], return_tensors="pt")["input_ids"]
    bare = model(ids).logits
    stack = Stack(model, sitemap, [Entry(ITI(alpha=0.0), state)]).attach()
    try:
        assert torch.equal(model(ids).logits, bare)
    finally:
        stack.detach()


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_baked_bias_equals_the_hooked_edit(tmp_path, arch: str) -> None:
    """W_o . delta as o_proj's bias gives the same logits as adding delta to its input
    (everywhere); the reference repo's bias = delta would not. GPT-2's c_proj is a Conv1D
    with W_o stored transposed: reading it as (out, in) would give a wrong bias."""
    model, tokenizer = tiny_model(arch)
    sitemap = resolve(model)
    iti = ITI(k=4, alpha=3.0, position="all", bake_to=str(tmp_path))
    state = iti.fit(FitContext(model, tokenizer, sitemap), ROWS)
    ids = tokenizer(["Q: Is claim 3 true? A: No."], return_tensors="pt")["input_ids"]
    baked_model = copy.deepcopy(model)
    stack = Stack(model, sitemap, [Entry(iti, state)]).attach()
    try:
        hooked = model(ids).logits
    finally:
        stack.detach()
    biases = load_file(str(tmp_path / "o_proj_bias.safetensors"))
    assert biases and all(k.endswith(f"{sitemap.attn_out}.bias") for k in biases)
    baked_sitemap = resolve(baked_model)
    wrong = copy.deepcopy(baked_model)
    for key, bias in biases.items():
        layer = int(key.split(".")[0])
        baked_sitemap.site(f"heads.{layer}").module.bias = torch.nn.Parameter(bias)
        delta = iti.deltas(state)[layer]
        resolve(wrong).site(f"heads.{layer}").module.bias = torch.nn.Parameter(delta[: bias.shape[0]].clone())
    assert torch.allclose(baked_model(ids).logits, hooked, atol=1e-5)
    assert not torch.allclose(model(ids).logits, hooked, atol=1e-3)  # detached: the edit mattered
    if sitemap.n_heads * sitemap.head_dim == sitemap.d_model:
        assert not torch.allclose(wrong(ids).logits, hooked, atol=1e-3)


def test_unknown_direction_is_named() -> None:
    with pytest.raises(ValueError, match="iti direction must be one of mass_mean, probe"):
        ITI(direction="pca").deltas({"accuracy": torch.zeros(1, 1)})

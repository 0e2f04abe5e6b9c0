"""GrAInS: integrated-gradients completeness and agreement with a plain Riemann sum,
the PCA vectors against sklearn, and the norm-preserving edit."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from references import truthfulness_rows

from steered.harness.capture import FitContext
from steered.harness.sites import resolve
from steered.harness.stack import Entry, Stack
from steered.harness.testing import check_intervention, tiny_model
from steered.plugins.grains import (
    GrAInS,
    answer_logprob,
    first_component,
    integrated_gradients,
)

ROWS = truthfulness_rows(4)


def test_contract() -> None:
    params = {"k": 3, "n_pairs": 3, "steps": 4, "alpha": 2.0}
    assert check_intervention(GrAInS, params, ROWS)["changed_logits"]


def _sequence(tok, prompt="Q: Is the sky green?\nA:", answer="No, it is blue."):
    start = len(tok(prompt)["input_ids"])
    return tok(prompt + " " + answer, return_tensors="pt")["input_ids"][0], start


@pytest.mark.parametrize(("arch", "config"), [("gpt2", {}), ("llama", {"rms_norm_eps": 1e-2})])
def test_attributions_sum_to_f_input_minus_f_baseline(arch: str, config: dict) -> None:
    """IG's completeness axiom: the token scores add up to f(x) - f(0), with 20 steps,
    on models whose path from the zero baseline is smooth (see the plugin's docstring)."""
    model, tok = tiny_model(arch, **config)
    for answer in ("No, it is blue.", "Yes, it is green today."):
        ids, start = _sequence(tok, answer=answer)
        scores, f_x, f_0 = integrated_gradients(model, ids, start, steps=20)
        assert scores.shape == ids.shape
        assert float(scores.sum()) == pytest.approx(f_x - f_0, abs=1e-4)
        assert abs(f_x - f_0) > 1e-2  # the check is not trivially 0 = 0


def test_attributions_match_a_fine_riemann_sum() -> None:
    model, tok = tiny_model("gpt2")
    ids, start = _sequence(tok)
    scores, _, _ = integrated_gradients(model, ids, start, steps=20)
    embeds = model.get_input_embeddings()(ids[None]).detach()
    total = torch.zeros_like(embeds)
    n = 400
    for i in range(n):  # midpoint rule, one gradient at a time
        x = ((i + 0.5) / n * embeds).requires_grad_(True)
        with torch.enable_grad():
            f = answer_logprob(model, x, ids, start)
            (g,) = torch.autograd.grad(f.sum(), x)
        total += g / n
    expected = (embeds * total).sum(-1)[0]
    torch.testing.assert_close(scores, expected, atol=1e-4, rtol=1e-3)


def test_answer_logprob_is_the_sum_of_answer_token_logprobs() -> None:
    model, tok = tiny_model("llama")
    ids, start = _sequence(tok)
    with torch.no_grad():
        logits = model(ids[None]).logits[0]
        expected = sum(float(torch.log_softmax(logits[t - 1], -1)[ids[t]]) for t in range(start, len(ids)))
        got = answer_logprob(model, model.get_input_embeddings()(ids[None]), ids, start)
    assert float(got[0]) == pytest.approx(expected, abs=1e-4)


def test_first_component_matches_sklearn_pca_with_sign_of_the_mean() -> None:
    from sklearn.decomposition import PCA

    g = torch.Generator().manual_seed(0)
    diffs = torch.randn(40, 6, generator=g) * torch.tensor([5.0, 1, 1, 1, 1, 1]) + torch.tensor([-3.0, 0, 0, 0, 0, 0])
    got = first_component(diffs)
    ref = PCA(n_components=1).fit(diffs.numpy()).components_[0]
    np.testing.assert_allclose(np.abs(got.numpy()), np.abs(ref), atol=1e-5)
    assert float(got @ diffs.mean(0)) > 0 and got[0] < 0  # signed with the mean (dim 0 mean is negative)


def test_fit_vectors_and_norm_preserving_edit() -> None:
    model, tok = tiny_model("llama")
    sitemap = resolve(model)
    ctx = FitContext(model, tok, sitemap, batch_size=4)
    grains = GrAInS(k=3, n_pairs=4, steps=4, layer=1, alpha=0.5)
    state = grains.fit(ctx, ROWS)
    assert state["vectors"].shape == (4, 32) and state["completeness_gap"].shape == (8,)
    torch.testing.assert_close(state["v_pos"].norm(dim=-1), torch.ones(4))
    torch.testing.assert_close(state["vectors"], state["v_pos"] - state["v_neg"])

    texts = ["Hello there", "A longer sentence here"]
    bare = ctx.collect(texts, ["residual.1"], reduce="last")["residual.1"]
    stack = Stack(model, sitemap, [Entry(grains, state)]).attach()
    steered = ctx.collect(texts, ["residual.1"], reduce="last")["residual.1"]
    stack.detach()
    torch.testing.assert_close(steered.norm(dim=-1), bare.norm(dim=-1))  # per-token hidden-dim norm kept
    moved = bare + 10 * 0.5 * state["vectors"][1]
    expected = moved * bare.norm(dim=-1, keepdim=True) / moved.norm(dim=-1, keepdim=True)
    torch.testing.assert_close(steered, expected, atol=1e-5, rtol=1e-5)


def test_zero_alpha_is_bit_identical() -> None:
    model, tok = tiny_model("llama")
    sitemap = resolve(model)
    ids = tok(["Hello there"], return_tensors="pt")["input_ids"]
    with torch.no_grad():
        before = model(ids).logits
    stack = Stack(model, sitemap, [Entry(GrAInS(alpha=0.0), {"vectors": torch.ones(4, 32)})]).attach()
    with torch.no_grad():
        assert torch.equal(model(ids).logits, before)
    stack.detach()

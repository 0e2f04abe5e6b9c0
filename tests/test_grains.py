"""GrAInS: integrated gradients of the contrastive f (completeness, a plain Riemann sum,
the s- selections), the fit's vectors, the PCA against sklearn, the norm-preserving edit."""

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
    ablate,
    answer_logprob,
    contrastive_attributions,
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


def _pair(tok, prompt="Q: Is the sky green?\nA:", good="No, it is blue.", bad="Yes, it is green today."):
    (g, start), (b, _) = _sequence(tok, prompt, good), _sequence(tok, prompt, bad)
    return g, b, start


def _f(model, good, bad, start, e_good, e_bad) -> torch.Tensor:
    """f = log p(y+|x) - log p(y-|x), y+ read from s+'s embeddings, y- from s-'s."""
    return answer_logprob(model, e_good, good, start) - answer_logprob(model, e_bad, bad, start)


@pytest.mark.parametrize(("arch", "config"), [("gpt2", {}), ("llama", {"rms_norm_eps": 1e-2})])
def test_attributions_sum_to_f_input_minus_f_baseline(arch: str, config: dict) -> None:
    """IG's completeness axiom, per half and for f as a whole, with 20 steps, on models
    whose path from the zero baseline is smooth (see the plugin's docstring)."""
    model, tok = tiny_model(arch, **config)
    good, bad, start = _pair(tok)
    (s_good, g_x, g_0), (s_bad, b_x, b_0) = contrastive_attributions(model, good, bad, start, steps=20)
    assert s_good.shape == good.shape and s_bad.shape == bad.shape
    table = model.get_input_embeddings()
    e_good, e_bad = table(good[None]), table(bad[None])
    with torch.no_grad():
        f_x = float(_f(model, good, bad, start, e_good, e_bad)[0])
        f_0 = float(_f(model, good, bad, start, torch.zeros_like(e_good), torch.zeros_like(e_bad))[0])
        assert b_x == pytest.approx(-float(answer_logprob(model, e_bad, bad, start)[0]), abs=1e-5)  # f's s- term
    assert g_x + b_x == pytest.approx(f_x, abs=1e-5) and g_0 + b_0 == pytest.approx(f_0, abs=1e-5)
    assert float(s_good.sum()) == pytest.approx(g_x - g_0, abs=1e-4)
    assert float(s_bad.sum()) == pytest.approx(b_x - b_0, abs=1e-4)
    assert float(s_good.sum() + s_bad.sum()) == pytest.approx(f_x - f_0, abs=2e-4)
    assert abs(g_x - g_0) > 1e-2 and abs(b_x - b_0) > 1e-2  # the checks are not trivially 0 = 0


@pytest.fixture(scope="module")
def riemann() -> tuple:
    """Tiny GPT-2, a pair, and IG of the whole f written out: both sequences' embeddings
    scaled together, 400-point midpoint rule (40 points per forward)."""
    model, tok = tiny_model("gpt2")
    good, bad, start = _pair(tok)
    table = model.get_input_embeddings()
    e_good, e_bad = table(good[None]).detach(), table(bad[None]).detach()
    t_good, t_bad = torch.zeros_like(e_good[0]), torch.zeros_like(e_bad[0])
    n = 400
    for chunk in torch.arange(n).split(40):
        t = ((chunk + 0.5) / n)[:, None, None]
        x_good, x_bad = (t * e_good).requires_grad_(True), (t * e_bad).requires_grad_(True)
        with torch.enable_grad():
            g_good, g_bad = torch.autograd.grad(_f(model, good, bad, start, x_good, x_bad).sum(), [x_good, x_bad])
        t_good += g_good.sum(0) / n
        t_bad += g_bad.sum(0) / n
    return model, tok, good, bad, start, (e_good[0] * t_good).sum(-1), (e_bad[0] * t_bad).sum(-1)


def test_attributions_match_a_fine_riemann_sum_of_f(riemann: tuple) -> None:
    model, _, good, bad, start, expected_good, expected_bad = riemann
    (s_good, _, _), (s_bad, _, _) = contrastive_attributions(model, good, bad, start, steps=20)
    torch.testing.assert_close(s_good, expected_good, atol=1e-4, rtol=1e-3)
    torch.testing.assert_close(s_bad, expected_bad, atol=1e-4, rtol=1e-3)


def test_negative_sequence_tokens_are_chosen_by_f_not_by_their_own_answer(riemann: tuple) -> None:
    """On s-, "pos" = the k tokens whose attribution of f is highest (they push towards
    y+), per the hand-computed integral: exactly the k that most lower log p(y-|x), i.e.
    the bottom of a ranking by s-'s own answer log-prob, which swapped the two sets."""
    model, tok, good, bad, start, _, expected = riemann
    (_, _, _), (scores, _, _) = contrastive_attributions(model, good, bad, start, steps=20)
    own, _, _ = integrated_gradients(model, bad, start, steps=20)  # IG of log p(y-|x) alone
    torch.testing.assert_close(scores, -own)
    k, pad = 3, tok.pad_token_id
    chosen = ablate(bad, scores, k, pad)
    for which, want in (("pos", expected.topk(k).indices), ("neg", (-expected).topk(k).indices)):
        assert set(torch.nonzero(chosen[which] == pad).flatten().tolist()) == set(want.tolist()), which
    assert float(expected[expected.topk(k).indices].min()) > 0 > float(expected[(-expected).topk(k).indices].max())
    assert torch.equal(chosen["pos"], ablate(bad, own, k, pad)["neg"])


def test_fit_ablates_by_f_and_reads_block_outputs_before_the_final_norm() -> None:
    """The fit's vectors from the selections above, with h read by hooks on the blocks
    (for the last block: its output, not the final norm's); completeness gaps ~0 on GPT-2."""
    model, tok = tiny_model("gpt2")
    grains = GrAInS(k=3, n_pairs=3, steps=20)
    state = grains.fit(FitContext(model, tok, resolve(model), batch_size=4), ROWS)
    assert state["completeness_gap"].shape == (6,) and float(state["completeness_gap"].abs().max()) < 1e-3
    blocks = model.transformer.h
    seen: dict[int, torch.Tensor] = {}
    handles = [b.register_forward_hook(lambda m, i, o, j=j: seen.__setitem__(j, o[0] if isinstance(o, tuple) else o))
               for j, b in enumerate(blocks)]

    def last_token(ids: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            normed = model(ids[None], output_hidden_states=True).hidden_states[-1][0, -1]
        out = torch.stack([seen[j][0, -1] for j in range(len(blocks))])
        assert not torch.allclose(out[-1], normed, atol=1e-3)  # the last block's output is not the normed state
        return out

    diffs: dict[str, list[torch.Tensor]] = {"pos": [], "neg": []}
    for prompt, good_answer, bad_answer in grains.pairs(ROWS):
        good, bad, start = _pair(tok, prompt, good_answer, bad_answer)
        for ids, (scores, _, _) in zip((good, bad), contrastive_attributions(model, good, bad, start, steps=20)):
            for which, gone in ablate(ids, scores, 3, tok.pad_token_id).items():
                diffs[which].append(last_token(ids) - last_token(gone))
    for h in handles:
        h.remove()
    for which in ("pos", "neg"):
        d = torch.stack(diffs[which])  # (2N, layers, d)
        want = torch.stack([first_component(d[:, j]) for j in range(len(blocks))])
        torch.testing.assert_close(state[f"v_{which}"], want, atol=1e-4, rtol=1e-3)


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

"""The built-in methods against independent computations, plus the shared contract."""

from __future__ import annotations

import pytest
import torch
from helpers import tiny_lm
from references import TOXIC_LABELS as LABELS
from references import TOXIC_TEXTS as TEXTS
from sklearn.metrics import roc_auc_score

from steered.harness.capture import FitContext
from steered.harness.stack import Entry
from steered.harness.testing import check_intervention
from steered.plugins.aura import AurA, alphas, auroc
from steered.plugins.caa import CAA, ab_prompts
from steered.plugins.mat_steer import MATSteer, mmd2, steer, train



def hidden_last(lm, text: str, layer: int) -> torch.Tensor:
    ids = lm.tokenizer(text, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        return lm.model(ids, output_hidden_states=True).hidden_states[layer + 1][0, -1]


# -- CAA ----------------------------------------------------------------------------
def test_caa_vector_is_mean_difference_at_answer_token() -> None:
    lm = tiny_lm()
    records = [
        {"question": "Is the sky green?", "best_answer": "No, it is blue", "incorrect_answers": ["Yes"]},
        {"question": "Do fish fly?", "best_answer": "Most do not", "incorrect_answers": ["All fish fly"]},
        {"question": "Is ice cold?", "best_answer": "Yes", "incorrect_answers": ["No, it is hot"]},
    ]
    state = CAA(layer=2).fit(FitContext(lm.model, lm.tokenizer, lm.sitemap, batch_size=2), records)
    diffs = [hidden_last(lm, p, 2) - hidden_last(lm, n, 2) for p, n in (ab_prompts(r, i) for i, r in enumerate(records))]
    torch.testing.assert_close(state["vector"], torch.stack(diffs).mean(0), atol=1e-5, rtol=1e-4)
    assert ab_prompts(records[0], 0)[0].endswith("(A") and ab_prompts(records[0], 1)[0].endswith("(B")


def test_caa_adds_strength_times_vector() -> None:
    lm = tiny_lm()
    v = torch.randn(lm.sitemap.d_model)
    ids = torch.tensor([lm.tok_encode("abc def")])
    bare = hidden_last(lm, "abc def", 1)
    lm.set_stack([Entry(CAA(layer=1, strength=2.5), {"vector": v})])
    seen = {}  # a hook registered after the stack's sees the steered block output
    probe = lm.sitemap.site("residual.1").module.register_forward_hook(lambda m, i, o: seen.__setitem__("h", o))
    lm.model(ids)
    probe.remove()
    torch.testing.assert_close(seen["h"][0, -1], bare + 2.5 * v)


# -- AurA ---------------------------------------------------------------------------
def test_auroc_matches_sklearn() -> None:
    g = torch.Generator().manual_seed(0)
    scores = torch.randn(40, 7, generator=g)
    labels = torch.tensor([i % 3 == 0 for i in range(40)]).long()
    scores[:, 0] += 2 * labels  # one informative unit
    scores[:10, 1] = 0.5  # ties
    scores[:, 2] = 1.0  # all tied: 0.5
    ours = auroc(scores, labels)
    for u in range(7):
        assert ours[u].item() == pytest.approx(roc_auc_score(labels.numpy(), scores[:, u].numpy()), abs=1e-6)


def test_alphas_follow_paper_formulas() -> None:
    a = {"s1": torch.tensor([0.2, 0.5, 0.75, 1.0]), "s2": torch.tensor([0.9, 0.6])}
    aura = alphas(a, "aura", 0, 0.0)
    torch.testing.assert_close(aura["s1"], torch.tensor([1.0, 1.0, 0.5, 0.0]))
    torch.testing.assert_close(aura["s2"], torch.tensor([0.2, 0.8]))
    det0 = alphas(a, "det0", 2, 0.0)  # top-2 AUROC across the model: 1.0 and 0.9
    torch.testing.assert_close(det0["s1"], torch.tensor([1.0, 1.0, 1.0, 0.0]))
    torch.testing.assert_close(det0["s2"], torch.tensor([0.0, 1.0]))
    damp = alphas(a, "damp", 3, 0.5)
    torch.testing.assert_close(damp["s1"], torch.tensor([1.0, 1.0, 0.5, 0.5]))
    with pytest.raises(ValueError, match="k must be in 1..6"):
        alphas(a, "det0", 7, 0.0)


def test_aura_fit_is_maxpooled_auroc_and_hook_scales_outputs() -> None:
    lm = tiny_lm()
    ctx = FitContext(lm.model, lm.tokenizer, lm.sitemap, batch_size=4)
    state = AurA().fit(ctx, {"texts": TEXTS, "labels": LABELS})
    site = lm.sitemap.site("mlp.1.up_proj")
    pooled = []
    for text in TEXTS:  # independent: each text alone, max over its tokens
        seen = {}
        h = site.module.register_forward_hook(lambda m, i, o: seen.__setitem__("o", o))
        lm.model(lm.tokenizer(text, return_tensors="pt")["input_ids"])
        h.remove()
        pooled.append(seen["o"][0].amax(0))
    pooled = torch.stack(pooled)
    expected = [roc_auc_score(LABELS, pooled[:, u].numpy()) for u in range(pooled.shape[1])]
    torch.testing.assert_close(state["auroc.mlp.1.up_proj"], torch.tensor(expected, dtype=torch.float32), atol=1e-6, rtol=0)

    ids = lm.tokenizer("hello world", return_tensors="pt")["input_ids"]
    site = lm.sitemap.site("mlp.0.gate_proj")  # the first dampened site: its input is untouched
    seen = {}
    probe = site.module.register_forward_hook(lambda m, i, o: seen.__setitem__("bare", o.clone()))
    lm.model(ids)
    probe.remove()
    lm.set_stack([Entry(AurA(), state)])
    probe = site.module.register_forward_hook(lambda m, i, o: seen.__setitem__("steered", o.clone()))
    lm.model(ids)
    probe.remove()
    alpha = alphas({"x": state["auroc.mlp.0.gate_proj"]}, "aura", 0, 0.0)["x"]
    assert (alpha < 1).any()
    torch.testing.assert_close(seen["steered"], seen["bare"] * alpha)


# -- MAT-Steer -------------------------------------------------------------------------
def test_steer_preserves_norm_and_gates() -> None:
    g = torch.Generator().manual_seed(0)
    a = torch.randn(5, 3, 16, generator=g)
    theta, w, b = torch.randn(2, 16, generator=g), torch.randn(2, 16, generator=g), torch.zeros(2)
    out = steer(a, theta, w, b, strength=3.0)
    torch.testing.assert_close(out.norm(dim=-1), a.norm(dim=-1))
    f = a + 3.0 * torch.sigmoid(a @ w.T + b) @ theta
    torch.testing.assert_close(out, f / f.norm(dim=-1, keepdim=True) * a.norm(dim=-1, keepdim=True))


def test_mmd2_matches_definition() -> None:
    g = torch.Generator().manual_seed(1)
    x, y = torch.randn(4, 3, generator=g), torch.randn(5, 3, generator=g) + 1
    k = lambda p, q: torch.exp(-((p - q) ** 2).sum() / (2 * 1.5))  # noqa: E731
    kxx = sum(k(p, q) for p in x for q in x) / 16
    kyy = sum(k(p, q) for p in y for q in y) / 25
    kxy = sum(k(p, q) for p in x for q in y) / 20
    assert mmd2(x, y, 1.5).item() == pytest.approx((kxx + kyy - 2 * kxy).item(), rel=1e-5)


def test_training_moves_negatives_onto_positives() -> None:
    g = torch.Generator().manual_seed(0)
    pos = torch.randn(80, 8, generator=g) * 0.3 + 3.0
    neg = pos[torch.randperm(80, generator=g)].clone()
    neg[:, 0] -= 4.0  # the undesirable side differs along one axis
    # the defaults, with as many steps as a real fit takes (~1800 on the bundled data)
    state = train([(pos, neg)], MATSteer(attributes=("a",), epochs=1000).params)
    sigma2 = float(state["sigma2"])
    pool = torch.cat([pos, neg])
    z = lambda x: (x - pool.mean(0)) / pool.std(0)  # noqa: E731  (training's metric space)
    before = mmd2(z(neg), z(pos), sigma2)
    after = mmd2(z(steer(neg, state["theta"], state["gate_w"], state["gate_b"])), z(pos), sigma2)
    assert after < 0.5 * before, (before, after)
    gate = lambda x: torch.sigmoid(x @ state["gate_w"][0] + state["gate_b"][0]).mean()  # noqa: E731
    assert gate(neg) > gate(pos) + 0.3  # token-level gating: on for negatives, off for positives


def test_mat_steer_needs_examples_of_each_class() -> None:
    acts = [(torch.randn(1, 4), torch.randn(5, 4))]
    with pytest.raises(ValueError, match="at least 2 positives and 2 negatives"):
        train(acts, MATSteer(attributes=("a",)).params)


def test_mat_steer_unknown_attribute() -> None:
    with pytest.raises(ValueError, match=r"unknown MAT-Steer attribute\(s\) \['honesty'\]; known: truthfulness, toxicity, bias"):
        MATSteer(attributes="honesty").default_data()


# -- the shared contract ----------------------------------------------------------------
def test_contract_caa() -> None:
    data = [{"positive": f"{t} (A", "negative": f"{t} (B"} for t in TEXTS]
    assert check_intervention(CAA, {"strength": 2.0}, data)["changed_logits"]


@pytest.mark.parametrize("mode", ["aura", "det0", "damp"])
def test_contract_aura(mode: str) -> None:
    assert check_intervention(AurA, {"mode": mode, "k": 20}, {"texts": TEXTS, "labels": LABELS})["changed_logits"]


def test_contract_mat_steer() -> None:
    data = {"a": (TEXTS[1::2], TEXTS[0::2]), "b": (TEXTS[:3], TEXTS[3:])}
    out = check_intervention(MATSteer, {"attributes": "a;b", "epochs": 3, "strength": 2.0}, data)
    assert out["changed_logits"] and out["state"]["theta"].shape == (2, 32)

"""AurA on Phi-3, whose MLP fuses gate and up into one Linear (``gate_up_proj``)."""

from __future__ import annotations

import pytest
import torch
from references import TOXIC_LABELS as LABELS
from references import TOXIC_TEXTS as TEXTS
from sklearn.metrics import roc_auc_score

from steered.harness.capture import FitContext
from steered.harness.sites import resolve
from steered.harness.stack import Entry, Stack
from steered.harness.testing import check_intervention, tiny_model
from steered.plugins.aura import AurA, alphas


def test_phi3_sites_are_its_real_linears() -> None:
    model, _ = tiny_model("phi3")
    sitemap = resolve(model)
    assert sitemap.mlp_sites()[:2] == ["mlp.0.gate_up_proj", "mlp.0.down_proj"]
    assert len(sitemap.mlp_sites()) == 2 * sitemap.n_layers
    fused = sitemap.site("mlp.1.gate_up_proj")
    assert fused.module is model.model.layers[1].mlp.gate_up_proj and fused.width == 2 * 64
    assert sitemap.site("mlp.1.down_proj").width == 32
    with pytest.raises(ValueError, match="phi3 MLPs have gate_up_proj, down_proj"):
        sitemap.site("mlp.1.gate_proj")


@pytest.mark.parametrize("mode", ["aura", "det0"])
def test_contract_aura_phi3(mode: str) -> None:
    out = check_intervention(AurA, {"mode": mode, "k": 20}, {"texts": TEXTS, "labels": LABELS}, arch="phi3")
    assert out["changed_logits"] and "mlp.3.gate_up_proj" in out["sites"]
    assert out["state"]["auroc.mlp.0.gate_up_proj"].shape == (128,)


def test_fused_units_are_scored_and_dampened_as_gate_then_up_units() -> None:
    """Each of gate_up_proj's 2 * d_ff outputs gets the AUROC of its own max-pooled value;
    the MLP then computes down(a_up * up * act(a_gate * gate)) * a_down, i.e. AurA on
    separate gate and up Linears."""
    model, tok = tiny_model("phi3")
    sitemap = resolve(model)
    state = AurA().fit(FitContext(model, tok, sitemap, batch_size=4), {"texts": TEXTS, "labels": LABELS})
    mlp = model.model.layers[0].mlp
    seen: dict[str, torch.Tensor] = {}
    pooled = []
    handle = mlp.gate_up_proj.register_forward_hook(lambda m, i, o: seen.__setitem__("gate_up", o))
    for text in TEXTS:  # independent: each text alone, max over its tokens
        model(tok(text, return_tensors="pt")["input_ids"])
        pooled.append(seen["gate_up"][0].amax(0))
    pooled_t = torch.stack(pooled)
    expected = [roc_auc_score(LABELS, pooled_t[:, u].numpy()) for u in range(128)]
    torch.testing.assert_close(state["auroc.mlp.0.gate_up_proj"], torch.tensor(expected, dtype=torch.float32), atol=1e-6, rtol=0)

    ids = tok("hello world", return_tensors="pt")["input_ids"]
    model(ids)  # layer 0's MLP input is untouched by the edit (nothing earlier is dampened)
    gate, up = seen["gate_up"].chunk(2, dim=-1)
    handle.remove()
    a = alphas({k.removeprefix("auroc."): v for k, v in state.items()}, "aura", 0, 0.0)
    a_fused, a_down = a["mlp.0.gate_up_proj"], a["mlp.0.down_proj"]
    assert (a_fused[:64] < 1).any() and (a_fused[64:] < 1).any()
    want = mlp.down_proj(up * a_fused[64:] * mlp.activation_fn(gate * a_fused[:64])) * a_down
    stack = Stack(model, sitemap, [Entry(AurA(), state)]).attach()
    try:
        handle = mlp.register_forward_hook(lambda m, i, o: seen.__setitem__("mlp", o))
        model(ids)
        handle.remove()
    finally:
        stack.detach()
    torch.testing.assert_close(seen["mlp"], want)
